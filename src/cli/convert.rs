//! `dejamos convert`: SRT, WebVTT or TTML in; SRT, WebVTT or TTML (IMSC 1.1 Text) out.
use dejamos::msg;

use super::say;
use super::{ConvertArgs, GlobalArgs, Outcome, notice, warn};
use dejamos::convert::{self, ConvertOptions, Format};
use dejamos::error::{Error, Result};
use dejamos::fsutil;
use dejamos::lang::LangSource;
use dejamos::srt::ParseOptions;
use std::path::Path;

/// Run the command.
pub fn run(args: &ConvertArgs, global: &GlobalArgs) -> Result<Outcome> {
    let encoding = args.encoding;
    let fps = args.fps;
    let lang = args.lang.clone();
    let output = args.output.as_deref().unwrap_or(Path::new(fsutil::STDIO));
    if fsutil::same_file(&args.input, output) {
        return Err(Error::file(output, say(&msg!("convert-output-is-input"))));
    }
    let to = target_format(args.to.map(Into::into), output)?;
    if to != Format::Ttml && (args.fps.is_some() || args.lang.is_some()) {
        warn(&say(&msg!("convert-ttml-only-options")));
    }
    let bytes = super::read_input(&args.input, global)?;
    let doc = convert::read_source(bytes, &args.input, ParseOptions { encoding })?;
    if let Some(why) = doc.refusal() {
        return Err(Error::new(why).in_file(&args.input));
    }
    let blocking = convert::blocking_findings(&doc);
    if !blocking.is_empty() {
        let shown = dejamos::read::shown(&args.input);
        for d in &blocking {
            eprintln!("{shown}:{}:{}: error[{}] {}", d.line, d.column, d.rule, d.message);
        }
        if !args.force {
            let text = msg!("convert-refused", path = shown.to_string(), errors = blocking.len());
            eprintln!("{}", say(&msg!("cli-error", text = say(&text))));
            return Ok(Outcome::Findings);
        }
        warn(&say(&msg!("convert-forced", path = shown.to_string(), errors = blocking.len())));
    }
    // STYLE and REGION blocks are read past; say so, since their styling does not carry over.
    for d in doc.diagnostics.iter().filter(|d| d.rule == dejamos::vtt::rules::VTT_SKIPPED_BLOCK) {
        notice(global, &format!("{}:{}: {}", args.input.display(), d.line, d.message));
    }
    let doc = if args.strip_sdh {
        let stripped = convert::strip_sdh(&doc);
        let input = args.input.display();
        for removal in &stripped.removed {
            notice(global, &format!("{input}:{}: cue {}: removed `{}`", removal.line, removal.cue, removal.text));
        }
        notice(
            global,
            &say(&msg!(
                "convert-stripped-sdh",
                labels = stripped.removed.len(),
                cues = stripped.dropped.len(),
                dashes = stripped.dashes_repaired.len()
            )),
        );
        if stripped.doc.has_no_subtitles() {
            return Err(Error::file(&args.input, "has nothing but SDH labels: the non-SDH version would be empty"));
        }
        stripped.doc
    } else {
        doc
    };
    let converted = convert::convert(&doc, &ConvertOptions { to, fps, lang, path: Some(args.input.clone()) })
        .map_err(|e| e.in_file(&args.input))?;
    for note in &converted.notes {
        warn(&format!("{}: {}", args.input.display(), dejamos::ui::render(super::lang(), note)));
    }
    fsutil::write_output(output, converted.text.as_bytes())?;
    if !fsutil::is_stdio(output) {
        let from = match doc.format {
            dejamos::srt::SourceFormat::Srt => "SRT",
            dejamos::srt::SourceFormat::Vtt => "WebVTT",
            dejamos::srt::SourceFormat::Ttml => "TTML",
        };
        // The attribute as written in the TTML file.
        let attribute = |tag: &str| format!("xml:lang=\"{tag}\"");
        let language = match &converted.lang {
            Some((tag, LangSource::Given)) => msg!("convert-lang-given", attribute = attribute(tag)).into(),
            Some((tag, LangSource::FileName(_))) => msg!("convert-lang-file-name", attribute = attribute(tag)).into(),
            Some((tag, LangSource::Detected { .. })) => {
                msg!("convert-lang-detected", attribute = attribute(tag)).into()
            }
            Some((tag, LangSource::Config { .. })) => msg!("convert-lang-config", attribute = attribute(tag)).into(),
            Some((_, LangSource::Unknown)) => msg!("convert-lang-unknown", attribute = attribute("und")).into(),
            None => dejamos::diagnostic::Arg::from(""),
        };
        let text = msg!(
            "convert-done",
            count = converted.cues,
            from = from,
            to = format_name(to),
            language = language,
            path = output.display().to_string()
        );
        notice(global, &say(&text));
    }
    Ok(Outcome::Success)
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Srt => "SRT",
        Format::Vtt => "WebVTT",
        Format::Ttml => "TTML (IMSC 1.1 Text)",
    }
}

/// The output format: `--to`, else OUTPUT's extension. A `--to` that contradicts a subtitle
/// extension is refused rather than writing, say, TTML into `film.vtt`.
fn target_format(to: Option<Format>, output: &Path) -> Result<Format> {
    let by_extension = if fsutil::is_stdio(output) { None } else { convert::format_of_path(output) };
    match (to, by_extension) {
        (Some(to), Some(ext)) if to != ext => {
            Err(Error::usage(format!("--to {} contradicts the extension of {}", format_name(to), output.display())))
        }
        (Some(to), _) => Ok(to),
        (None, Some(ext)) => Ok(ext),
        (None, None) => Err(Error::usage(
            "say which format to write: --to srt|vtt|ttml, or an OUTPUT ending in .srt, .vtt or .ttml",
        )),
    }
}
