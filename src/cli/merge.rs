//! `dejamos merge`: dual-language subtitles, TOP's lines above BOTTOM's.
use super::pair::read;
use super::{GlobalArgs, Outcome};
use dejamos::bilingual::{self, merge};
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::msg;
use dejamos::srt::{WriteOptions, write_subtitles};
use std::path::Path;

/// A positive offset as the interface writes it (`0.500s`).
fn merge_offset(ms: i64) -> dejamos::diagnostic::Message {
    bilingual::pair::offset(ms, false)
}

/// Run the command.
pub fn run(args: &super::MergeArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let fps = args.fps.unwrap_or(dejamos::time::FrameRate::FILM);
    let output = args.output.as_deref().unwrap_or(Path::new(fsutil::STDIO));
    for input in [&args.top, &args.bottom] {
        if fsutil::same_file(output, input) {
            return Err(Error::file(output, dejamos::ui::render(super::lang(), &msg!("merge-output-is-input"))));
        }
    }
    if fsutil::is_stdio(&args.top) && fsutil::is_stdio(&args.bottom) {
        return Err(Error::usage(dejamos::ui::render(super::lang(), &msg!("pair-stdin-twice"))));
    }
    let top = read(&args.top, global)?;
    let bottom = read(&args.bottom, global)?;
    let options = merge::MergeOptions {
        min_gap_ms: i64::try_from(fps.frames_min_ms(2)).unwrap_or(i64::MAX),
        bottom_italic: args.bottom_italic,
        top_lang: bilingual::file_language(&args.top, &top).map(|r| r.lang),
        bottom_lang: bilingual::file_language(&args.bottom, &bottom).map(|r| r.lang),
    };
    let merged = merge::merge(&top, &bottom, &options);
    let text = write_subtitles(&merged.subtitles, &WriteOptions::default());
    fsutil::write_output(output, text.as_bytes())?;
    let lang = super::lang();
    let name =
        if fsutil::is_stdio(output) { dejamos::ui::text(lang, "merge-stdout") } else { output.display().to_string() };
    if let Some(median) = merged.median_offset_ms.filter(|m| m.abs() > options.min_gap_ms) {
        let direction = if median > 0 { msg!("merge-later") } else { msg!("merge-earlier") };
        let warning = msg!(
            "merge-out-of-sync",
            bottom = args.bottom.display().to_string(),
            offset = merge_offset(median.abs()),
            direction = direction,
            top = args.top.display().to_string(),
        );
        super::warn(&dejamos::ui::render(lang, &warning));
    }
    for warning in &merged.warnings {
        let line = msg!(
            "merge-warning",
            name = name.as_str(),
            cue = warning.cue,
            start = warning.start.to_string(),
            warning = warning.message.clone(),
        );
        super::warn(&dejamos::ui::render(lang, &line));
    }
    let summary = msg!(
        "merge-summary",
        cues = merged.subtitles.len(),
        both = merged.merged,
        groups = merged.groups,
        top_only = merged.top_only,
        top = args.top.display().to_string(),
        bottom_only = merged.bottom_only,
        bottom = args.bottom.display().to_string(),
        trimmed = merged.trimmed
    );
    super::notice(global, &dejamos::ui::render(lang, &summary));
    Ok(Outcome::Success)
}
