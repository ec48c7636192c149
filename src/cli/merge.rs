//! `dejamos merge`: dual-language subtitles, TOP's lines above BOTTOM's.
use super::pair::read;
use super::{GlobalArgs, Outcome};
use dejamos::bilingual::{self, merge};
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::srt::{WriteOptions, write_subtitles};
use std::path::Path;

/// Run the command.
pub fn run(args: &super::MergeArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let fps = args.fps.unwrap_or(dejamos::time::FrameRate::FILM);
    let output = args.output.as_deref().unwrap_or(Path::new(fsutil::STDIO));
    for input in [&args.top, &args.bottom] {
        if fsutil::same_file(output, input) {
            return Err(Error::file(output, "is one of the inputs; write the merged file somewhere else"));
        }
    }
    if fsutil::is_stdio(&args.top) && fsutil::is_stdio(&args.bottom) {
        return Err(Error::usage("only one of the two files can be standard input (`-`)"));
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
    let name = if fsutil::is_stdio(output) { "<stdout>".to_string() } else { output.display().to_string() };
    if let Some(median) = merged.median_offset_ms.filter(|m| m.abs() > options.min_gap_ms) {
        let direction = if median > 0 { "later" } else { "earlier" };
        super::warn(&format!(
            "the files look out of sync: {bottom}'s cues start {} {direction} than {top}'s (median); \
             sync it first with `dejamos retime {bottom} --reference {top}`",
            dejamos::time::Offset(median.abs()).to_string().trim_start_matches('+'),
            bottom = args.bottom.display(),
            top = args.top.display(),
        ));
    }
    for warning in &merged.warnings {
        super::warn(&format!("{name}: cue {} ({}): {}", warning.cue, warning.start, warning.message));
    }
    let summary = dejamos::msg!(
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
    super::notice(global, &dejamos::ui::render(super::lang(), &summary));
    Ok(Outcome::Success)
}
