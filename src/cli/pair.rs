//! `dejamos pair`: compare two language versions of one film cue by cue.
use super::{GlobalArgs, Outcome, ReportFormat};
use dejamos::bilingual::{self, pair};
use dejamos::diagnostic::Severity;
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::report::{self, FileReport, RenderOptions, Report};
use dejamos::srt::Document;
use dejamos::time::{FrameRate, Offset, TypedDuration};
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
            timecode.resolve(Some(fps)).map_err(|e| Error::usage(format!("--tolerance: {e}")))?.abs()
        }
        None => tolerance_ms(fps.frames_max_ms(2)),
    };
    if fsutil::is_stdio(&args.a) && fsutil::is_stdio(&args.b) {
        return Err(Error::usage("only one of the two files can be standard input (`-`)"));
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
            ("Frame rate".to_string(), format!("{fps} fps")),
            ("Tolerance".to_string(), format!("{tolerance_ms} ms")),
        ])
    } else {
        report::RunInfo::default()
    };
    let rendered =
        report::render_with(&report, format, &RenderOptions { color, quiet: global.quiet, lang: global.ui }, &run);
    super::print_stdout(&rendered)?;
    if args.format == ReportFormat::Human {
        let languages = |resolved: &Option<dejamos::lang::Resolved>| {
            resolved
                .as_ref()
                .map_or("language unknown".to_string(), |r| format!("{} ({})", r.lang.tag(), r.source.describe()))
        };
        super::notice(
            global,
            &format!(
                "{}\nlanguages: {}, {}\n{}",
                summary(&stats, &args.a, &args.b),
                languages(&a_lang),
                languages(&b_lang),
                sync_line(&a, &b, fps, &args.a, &args.b)
            ),
        );
    }
    if let (Some(a_res), Some(b_res)) = (&a_lang, &b_lang)
        && a_res.lang == b_res.lang
    {
        super::notice(
            global,
            &format!(
                "hint: both files are in the same language ({}): pair compares two language versions; is one of them the wrong file?",
                a_res.lang.tag()
            ),
        );
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
        return Err(Error::file(path, why));
    }
    if doc.cues.is_empty() {
        // Nothing to pair or merge: an empty file is as unusable as one of unreadable blocks.
        let why = if doc.unparsed_blocks > 0 {
            "no readable cues (`dejamos check` shows why)"
        } else {
            "contains no subtitles"
        };
        return Err(Error::file(path, why));
    }
    if doc.unparsed_blocks > 0 {
        super::warn(&format!(
            "{}: {} block(s) could not be read as cues and are ignored (run `dejamos check` for details)",
            path.display(),
            doc.unparsed_blocks
        ));
    }
    Ok(doc)
}

/// The summary printed after the findings in human mode.
fn summary(stats: &pair::PairStats, a: &Path, b: &Path) -> String {
    let name = |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
    let (a, b) = (name(a), name(b));
    let mut out = format!(
        "{a}: {}; {b}: {}\n\
         aligned: {} ({} one-to-one, {} split or merged); without counterpart: {} in {a}, {} in {b}\n",
        super::plural(stats.a_cues, "cue", "cues"),
        super::plural(stats.b_cues, "cue", "cues"),
        super::plural(stats.groups, "group", "groups"),
        stats.pairs,
        stats.groups - stats.pairs,
        stats.a_missing,
        stats.b_missing,
    );
    match (stats.median_offset_ms, stats.largest_offset_ms, stats.largest_offset_at) {
        (Some(median), Some(largest), Some((at_a, at_b))) => out.push_str(&format!(
            "start offset of {b} against {a}: median {}, largest {} (cue {at_a} ↔ cue {at_b})",
            Offset(median),
            Offset(largest)
        )),
        _ => out.push_str("start offset: no one-to-one pairs to measure"),
    }
    out
}

/// Milliseconds as the signed tolerance the aligner takes.
fn tolerance_ms(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// The summary's last line: the transform `retime B --reference A` would apply (offset, rate
/// change, segments with their cuts) and its score, or that B is already in sync.
fn sync_line(a: &Document, b: &Document, fps: FrameRate, a_path: &Path, b_path: &Path) -> String {
    let name = |p: &Path| p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
    let (a_name, b_name) = (name(a_path), name(b_path));
    match bilingual::sync::fit(b, a, Some(fps)) {
        Ok(fit) if fit.in_sync => format!(
            "sync {b_name} → {a_name}: already in sync ({}, within {} ms); score {:.1}%",
            fit.description,
            fit.tolerance_ms,
            fit.score * 100.0
        ),
        Ok(fit) => {
            let segments = super::plural(fit.segments.len(), "segment", "segments");
            let described =
                if fit.segments.len() == 1 { format!("{}, {segments}", fit.description) } else { fit.description };
            format!("sync {b_name} → {a_name}: {described}; score {:.1}%", fit.score * 100.0)
        }
        Err(_) => format!("sync {b_name} → {a_name}: no offset found (too few cues start together)"),
    }
}
