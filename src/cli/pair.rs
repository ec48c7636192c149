//! `dejamos pair`: compare two language versions of one film cue by cue.
use super::say;
use super::{GlobalArgs, Outcome, ReportFormat};
use dejamos::bilingual::{self, pair};
use dejamos::diagnostic::Message;
use dejamos::diagnostic::Severity;
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::msg;
use dejamos::report::{self, FileReport, RenderOptions, Report};
use dejamos::srt::Document;
use dejamos::time::{FrameRate, TypedDuration};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

/// Run the command.
pub fn run(args: &super::PairArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let fps = args.fps.unwrap_or(FrameRate::FILM);
    let tolerance_ms = match args.tolerance {
        Some(TypedDuration::Millis(ms)) => ms,
        // A tolerance of N frames (the value parser refused negative counts) allows the longest
        // N frames can measure.
        Some(TypedDuration::Frames(frames)) => tolerance_ms(fps.frames_max_ms(frames.unsigned_abs())),
        Some(timecode @ TypedDuration::Timecode { .. }) => {
            let flag_error = |e: dejamos::ui::Message| {
                say(&msg!("retime-flag-error", flag = "--tolerance", reason = e, hint = msg!("sync-nothing")))
            };
            timecode.resolve(Some(fps)).map_err(|e| Error::usage(flag_error(e)))?.abs()
        }
        None => tolerance_ms(fps.frames_max_ms(2)),
    };
    if fsutil::is_stdio(&args.a) && fsutil::is_stdio(&args.b) {
        return Err(Error::usage(say(&msg!("pair-stdin-twice"))));
    }
    let a = read(&args.a, global)?;
    let b = read(&args.b, global)?;
    let a_lang = bilingual::file_language(&args.a, &a);
    let b_lang = bilingual::file_language(&args.b, &b);
    let b_name = args.b.display().to_string();
    let options = pair::PairOptions {
        a_lang: a_lang.as_ref().map(|r| r.lang),
        b_lang: b_lang.as_ref().map(|r| r.lang),
        ..pair::PairOptions::new(tolerance_ms, b_name.clone())
    };
    let mut result = pair::pair(&a, &b, &options);
    // Findings on a TTML file point into its XML.
    a.locate_in_origin(&mut result.diagnostics);
    let stats = result.stats.clone();
    let format = report::ReportFormat::from(args.format);
    let detail = format.needs_detail().then(|| {
        let b_language = b_lang.as_ref().map(|r| r.lang.tag().to_string());
        Arc::new(pair::report_detail(&a, &b, &result, &b_name, b_language, tolerance_ms, fps))
    });
    let report = Report {
        files: vec![FileReport {
            path_bytes: None,
            path: args.a.display().to_string(),
            other_path: Some(b_name.clone()),
            language: a_lang.as_ref().map(|r| r.lang.tag().to_string()),
            language_reason: a_lang.as_ref().map(|r| r.source.describe()),
            encoding: a.encoding.name(),
            config: None,
            cues: a.cues.len(),
            diagnostics: result.diagnostics,
            source: Arc::from(a.origin_text()),
            detail,
        }],
        rules: pair::rule_infos(),
        command: "pair",
    };
    let color = super::use_color(global.color, std::io::stdout().is_terminal());
    let run = if format.needs_detail() {
        super::run_info(vec![
            (msg!("setting-frame-rate"), msg!("setting-fps", fps = fps)),
            (msg!("setting-tolerance"), msg!("setting-ms", ms = tolerance_ms)),
        ])
    } else {
        report::RunInfo::default()
    };
    let rendered =
        report::render_with(&report, format, &RenderOptions { color, quiet: global.quiet, lang: global.ui }, &run);
    super::print_stdout(&rendered)?;
    if args.format == ReportFormat::Human {
        let languages = |resolved: &Option<dejamos::lang::Resolved>| match resolved {
            Some(r) => msg!(
                "pair-language",
                tag = r.lang.tag(),
                reason = dejamos::report::language_reason(&r.source.describe(), super::lang())
            ),
            None => msg!("pair-language-unknown"),
        };
        let languages = msg!("pair-languages", a = languages(&a_lang), b = languages(&b_lang));
        let lines: Vec<String> = summary(&stats, &args.a, &args.b)
            .iter()
            .chain([&languages, &sync_line(&a, &b, fps, &args.a, &args.b)])
            .map(say)
            .collect();
        super::notice(global, &lines.join("\n"));
    }
    if let (Some(a_res), Some(b_res)) = (&a_lang, &b_lang)
        && a_res.lang == b_res.lang
    {
        super::notice(global, &say(&msg!("pair-same-language", tag = a_res.lang.tag())));
    }
    let failing = match report.worst() {
        Some(Severity::Error) => true,
        Some(Severity::Warning) => args.strict,
        _ => false,
    };
    Ok(if failing { Outcome::Findings } else { Outcome::Success })
}

/// Read and parse one subtitle file, naming it in any error.
pub(crate) fn read(path: &Path, global: &GlobalArgs) -> Result<Document, Error> {
    let bytes = super::read_input(path, global)?;
    // A `.vtt` goes through the WebVTT reader, so its header and NOTE blocks are not taken for
    // unreadable cues.
    let doc = dejamos::read::read_bytes(bytes, path, dejamos::read::ReadOptions::default())?;
    if let Some(why) = doc.refusal() {
        return Err(Error::new(why).in_file(path));
    }
    if doc.cues.is_empty() {
        // Nothing to pair or merge: an empty file is as unusable as one of unreadable blocks.
        let why = if doc.unparsed_blocks > 0 { msg!("pair-no-readable-cues") } else { msg!("pair-no-cues") };
        return Err(Error::file(path, say(&why)));
    }
    if doc.unparsed_blocks > 0 {
        let name = path.display().to_string();
        super::warn(&say(&msg!("pair-unparsed-blocks", name = name, blocks = doc.unparsed_blocks)));
    }
    Ok(doc)
}

/// The summary printed after the findings in human mode, a message a line.
fn summary(stats: &pair::PairStats, a: &Path, b: &Path) -> Vec<Message> {
    stats.summary(&file_name(a), &file_name(b))
}

/// A file's name without its folder, for the summary.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Milliseconds as the signed tolerance the aligner takes.
fn tolerance_ms(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// The summary's last line: the transform `retime B --reference A` would apply (offset, rate
/// change, segments with their cuts) and its score, or that B is already in sync.
fn sync_line(a: &Document, b: &Document, fps: FrameRate, a_path: &Path, b_path: &Path) -> Message {
    pair::sync_summary(&bilingual::sync::fit(b, a, Some(fps)), &file_name(a_path), &file_name(b_path))
}
