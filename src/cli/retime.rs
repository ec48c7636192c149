//! `dejamos retime`: read, plan, retime, write; say what happened on stderr.
use super::{GlobalArgs, Outcome, RetimeArgs, notice, plural, warn, write_stdout_bytes};
use dejamos::bilingual::sync::{SyncFit, SyncOptions};
use dejamos::decode::{TextEncoding, encode, encode_keeping};
use dejamos::error::Error;
use dejamos::fsutil::{is_stdio, same_file, write_atomic, write_backup, write_output};
use dejamos::retime::{
    Anchor, ApplyOptions, FpsSpec, IssueKind, Operations, Plan, PlanError, RetimeError, Retimed, Selection,
    TimingIssues, retime,
};
use dejamos::srt::Document;
use dejamos::time::{FrameRate, TypedDuration, TypedTime};
use std::path::Path;

/// Run the command.
pub fn run(args: &RetimeArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let input = args.input.as_path();
    if args.in_place && is_stdio(input) {
        return Err(Error::usage("--in-place needs a file: standard input cannot be rewritten"));
    }
    if let Some(output) = &args.output
        && same_file(input, output)
    {
        return Err(Error::file(output, "is the input file: use --in-place to rewrite it"));
    }
    if is_stdio(input) && args.reference.as_deref().is_some_and(is_stdio) {
        return Err(Error::usage("`-` (standard input) can be given only once"));
    }
    let (forced, to_utf8) = encoding_choice(args.encoding);
    let original = super::read_input(input, global)?;
    // The raw bytes are kept only for --backup, and for a file already in sync, which is
    // written back exactly as it was read.
    // And for text not in UTF-8: unchanged lines are copied from them (`encode_keeping`).
    let legacy = std::str::from_utf8(&original).is_err();
    let keep = (args.in_place && args.backup) || args.reference.is_some() || legacy;
    let kept = if keep { original.clone() } else { Vec::new() };
    // A `.vtt` goes through the WebVTT reader: its header, NOTE blocks and hour-less times are
    // WebVTT, not unreadable SRT.
    let doc = dejamos::read::read_bytes(original, input, dejamos::read::ReadOptions { encoding: forced })?;
    if let Some(why) = doc.refusal() {
        return Err(Error::new(why).in_file(input));
    }
    if doc.cues.is_empty() {
        let why = if doc.unparsed_blocks > 0 {
            format!(
                "no readable cues ({} could not be read; `dejamos check` shows why)",
                plural(doc.unparsed_blocks, "block", "blocks")
            )
        } else {
            "no subtitle cues found: is this an SRT file?".to_string()
        };
        return Err(Error::file(input, why));
    }
    // TTML is retimed by rewriting `begin`/`end`/`dur` on each `<p>`, which needs them there.
    if let Some(error) = dejamos::ttml::cannot_rewrite_times(&doc) {
        return Err(error.in_file(input));
    }
    if args.shot_changes.is_some() && doc.format == dejamos::srt::SourceFormat::Ttml {
        return Err(Error::file(
            input,
            "--shot-changes cannot snap a TTML file (it fixes SRT text); convert it to SRT first",
        ));
    }
    // A block whose timing line cannot be read would keep its old time among retimed ones.
    let unreadable: Vec<usize> = doc
        .diagnostics
        .iter()
        .filter(|d| {
            d.rule == dejamos::srt::parse::rules::TIMESTAMP_SYNTAX && d.severity == dejamos::diagnostic::Severity::Error
        })
        .map(|d| d.line)
        .collect();
    // With --force they are left as they are, and the summary says so.
    if let Some(&first) = unreadable.first()
        && !args.force
    {
        let blocks = plural(unreadable.len(), "unreadable timing line", "unreadable timing lines");
        return Err(Error::at_line(
            input,
            first,
            format!(
                "{blocks}: not retimed, since their blocks would keep their old times (`dejamos check` shows them; --force leaves them untouched)"
            ),
        ));
    }
    if let Some(why) = doc.decode_loss() {
        if args.in_place {
            return Err(Error::new(why).in_file(input));
        }
        warn(&format!("{}: {}", input.display(), dejamos::ui::render(super::lang(), &why)));
    }
    let backup: &[u8] = if args.in_place && args.backup { &kept } else { &[] };
    let plan = match &args.reference {
        Some(reference) => {
            let (fit, rate) = reference_fit(args, &doc, reference, global)?;
            match decide(args, &fit, reference, global)? {
                Decision::Write => {}
                Decision::Stop(outcome) => return Ok(outcome),
                Decision::Unchanged => {
                    // Byte for byte what was read: nothing to rewrite in place.
                    if !args.in_place {
                        deliver(args, input, &kept, backup, global)?;
                    }
                    return Ok(Outcome::Success);
                }
            }
            let snap = if args.snap { rate } else { None };
            Plan::from_reference(fit, snap, rate.unwrap_or(FrameRate::FILM))
        }
        None => {
            let ops = operations(args)?;
            if !ops.moves_anything() {
                return Err(Error::usage(
                    "nothing to do: give --shift, --scale, --fps FROM:TO, --sync, --snap or --reference",
                ));
            }
            let plan = Plan::build(&ops, &doc).map_err(|e| Error::file(input, plan_message(&e)))?;
            if !ops.sync.is_empty() {
                notice(global, &format!("{}: sync map {}", input.display(), plan.describe()));
            }
            plan
        }
    };
    let mut done =
        retime(&doc, &plan, ApplyOptions { clamp: args.clamp }).map_err(|e| retime_error(e).in_file(input))?;
    if let Some(shots) = &args.shot_changes {
        let (text, snapped) = snap_to_shots(args, shots, &done.text, &doc)?;
        done.text = text;
        notice(
            global,
            &format!(
                "{}: {} to the shot changes in {}",
                input.display(),
                super::plural(snapped, "time snapped", "times snapped"),
                shots.display()
            ),
        );
    }
    let output = match (&args.output, args.in_place) {
        (_, true) => Some(input),
        (Some(path), false) => Some(path.as_path()),
        (None, false) => None,
    };
    let bytes = encode_like_input(std::mem::take(&mut done.text), &doc, to_utf8, legacy.then_some(kept.as_slice()))
        .map_err(|e| e.in_file(output.unwrap_or(input)))?;
    deliver(args, input, &bytes, backup, global)?;
    report(input, &doc, &done, &plan, global);
    Ok(Outcome::Success)
}

/// Write `bytes` where the flags say: over INPUT (after its backup), to `-o`, or to stdout.
fn deliver(args: &RetimeArgs, input: &Path, bytes: &[u8], backup: &[u8], global: &GlobalArgs) -> Result<(), Error> {
    if args.in_place {
        if args.backup {
            let kept = write_backup(input, backup)?;
            super::notice(global, &format!("{}: original kept as {}", input.display(), kept.display()));
        }
        super::warn_other_links(input);
        write_atomic(input, bytes)
    } else if let Some(path) = &args.output {
        write_output(path, bytes)
    } else {
        write_stdout_bytes(bytes)
    }
}

/// `--encoding`: the forced input encoding, and whether to write UTF-8.
///
/// `utf-8` means "write UTF-8": the input is still detected, so a Windows-1252 file is read
/// correctly and converted rather than decoded as broken UTF-8.
fn encoding_choice(encoding: Option<TextEncoding>) -> (Option<TextEncoding>, bool) {
    match encoding {
        None => (None, false),
        Some(encoding) if encoding.is_utf8() => (None, true),
        Some(encoding) => (Some(encoding), false),
    }
}

/// The operations from the flags; timecodes in `--sync` and `--range` are read at the source
/// rate of `--fps`, less `--tc-offset`.
fn operations(args: &RetimeArgs) -> Result<Operations, Error> {
    let rate = args.fps.map(FpsSpec::source_rate);
    let resolve = |flag: &str, time: TypedTime| {
        time.resolve(rate, args.tc_offset).map_err(|e| {
            let hint = if rate.is_none() { ": add --fps RATE" } else { "" };
            Error::usage(format!("{flag}: {e}{hint}"))
        })
    };
    let mut sync = Vec::with_capacity(args.sync.len());
    for anchor in &args.sync {
        sync.push(Anchor { cue: anchor.cue, time: resolve("--sync", anchor.time)? });
    }
    let selection = match (&args.range, args.cues) {
        (Some(range), _) => {
            let from = range.from.map(|t| resolve("--range", t)).transpose()?;
            let to = range.to.map(|t| resolve("--range", t)).transpose()?;
            if let (Some(a), Some(b)) = (from, to)
                && a > b
            {
                return Err(Error::usage(format!("--range: {a}..{b} ends before it starts")));
            }
            Selection::Times { from, to }
        }
        (None, Some(cues)) => cues,
        (None, None) => Selection::default(),
    };
    Ok(Operations { shift: args.shift, scale: args.scale, fps: args.fps, sync, selection, snap: args.snap })
}

/// `--shot-changes`: snap the retimed times near cuts as the `shot-change` rule's fixes do.
/// Returns the new text and how many times moved.
fn snap_to_shots(args: &RetimeArgs, path: &Path, text: &str, doc: &Document) -> Result<(String, usize), Error> {
    use dejamos::check::engine::{Engine, FileSettings};
    use dejamos::check::profile::{Audience, Profile};
    use dejamos::check::rule::TimingOptions;
    use dejamos::check::select::RuleSettings;
    let fps = args.fps.map_or(FrameRate::FILM, FpsSpec::target_rate);
    let options = dejamos::shots::ReadOptions { fps, fps_given: args.fps.is_some(), tc_offset: args.tc_offset };
    let list = dejamos::shots::read_file(path, &options)?;
    let engine = Engine::new();
    let rules = RuleSettings::new(
        engine.infos(),
        Some(vec![
            dejamos::check::select::Selector::parse("shot-change", engine.infos())
                .map_err(|e| Error::usage(e.message))?,
        ]),
        Vec::new(),
        Vec::new(),
    );
    let lang = dejamos::lang::Lang::Other;
    let settings = FileSettings {
        lang,
        fps,
        thresholds: Profile::Netflix.thresholds(lang, Audience::Adult),
        rules: &rules,
        timing: TimingOptions { shot_changes: Some(list.cuts.into()), ..TimingOptions::default() },
    };
    let retimed = dejamos::read::read_text_as(doc.format, text);
    let fixed = dejamos::check::fix::fix_document(&engine, retimed, &settings)?;
    Ok((fixed.doc.source, fixed.applied))
}

/// The one-line error for a retiming that would leave the timeline, with the flag that allows it.
fn retime_error(error: RetimeError) -> Error {
    match error {
        RetimeError::BeforeZero(mut error) => {
            error.message.push_str("; --clamp drops or clamps cues that fall before 00:00:00,000");
            error
        }
        RetimeError::PastEnd(error) => error,
    }
}

/// The one-line message for a plan the library refused, in terms of the flags that asked for it.
fn plan_message(error: &PlanError) -> String {
    match error {
        PlanError::Shift(message) if message.ends_with("needs a frame rate") => {
            format!("--shift: {message}: add --fps RATE")
        }
        PlanError::Shift(message) => format!("--shift: {message}"),
        PlanError::ShiftFramesNeedRate { frames } => {
            format!("--shift: {frames} frames need a frame rate: add --fps RATE")
        }
        PlanError::ShiftWithOneAnchor => {
            "--shift has no effect with one --sync anchor, which sets where cues land: drop one of them".to_string()
        }
        PlanError::TwoAnchorsWithOtherOperations => "two --sync anchors fix both the offset and the speed: --shift, \
                                                     --scale and --fps FROM:TO would have no effect, drop them"
            .to_string(),
        PlanError::SameAnchorCue { cue } => format!("both --sync anchors name cue {cue}: give two different cues"),
        PlanError::AnchorsReverse { first, second } => format!(
            "--sync anchors reverse or collapse the timeline (cue {} at {} but cue {} at {}): check the times",
            first.cue, first.time, second.cue, second.time
        ),
        PlanError::TooManyAnchors => "--sync takes one anchor (a shift) or two (a linear sync), not more".to_string(),
        PlanError::NoSuchCue { anchor, .. } => format!("--sync {}=…: {error}", anchor.cue),
        PlanError::SnapNeedsRate => "--snap needs a frame rate: add --fps RATE".to_string(),
        PlanError::SelectsNothing { selection, count } => {
            let flag = if matches!(selection, Selection::Cues { .. }) { "--cues" } else { "--range" };
            format!("{flag} selects no cue (the file has {})", plural(*count, "cue", "cues"))
        }
        PlanError::SameAnchorStart { .. } | PlanError::TooPrecise => error.to_string(),
    }
}

/// `--reference OTHER`: fit INPUT's timing to OTHER's; the fit and the `--fps` rate, if any.
fn reference_fit(
    args: &RetimeArgs,
    doc: &Document,
    reference: &Path,
    global: &GlobalArgs,
) -> Result<(SyncFit, Option<FrameRate>), Error> {
    let rate = match args.fps {
        Some(FpsSpec::Convert { .. }) => {
            return Err(Error::usage(
                "--reference finds the frame-rate change itself: give --fps one rate (for --snap), not FROM:TO",
            ));
        }
        Some(FpsSpec::Rate(rate)) => Some(rate),
        None => None,
    };
    if args.snap && rate.is_none() {
        return Err(Error::usage("--snap needs a frame rate: add --fps RATE"));
    }
    if !(0.0..=100.0).contains(&args.threshold) {
        return Err(Error::usage(format!("--threshold: {} is not a percentage from 0 to 100", args.threshold)));
    }
    let frame_rate = rate.unwrap_or(FrameRate::FILM);
    let defaults = SyncOptions::default();
    let options = SyncOptions {
        fps: rate,
        min_cut_ms: match args.min_cut {
            Some(duration) => duration_ms("--min-cut", duration, frame_rate)?,
            None => defaults.min_cut_ms,
        },
        tolerance_ms: match args.tolerance {
            Some(duration) => duration_ms("--tolerance", duration, frame_rate)?,
            None => frame_rate.frames_max_ms(3),
        },
    };
    let other_bytes = super::read_input(reference, global)?;
    let other = dejamos::read::read_bytes(other_bytes, reference, dejamos::read::ReadOptions::default())?;
    if other.cues.is_empty() {
        return Err(Error::file(reference, "the reference has no readable cues"));
    }
    let fit = dejamos::bilingual::sync::fit_with(doc, &other, &options).map_err(|e| e.in_file(reference))?;
    Ok((fit, rate))
}

/// A duration the value parser has checked is not negative, in whole ms (frames at `rate`,
/// counted at their longest; a timecode at `rate`).
fn duration_ms(flag: &str, duration: TypedDuration, rate: FrameRate) -> Result<u64, Error> {
    Ok(match duration {
        TypedDuration::Millis(ms) => ms.unsigned_abs(),
        TypedDuration::Frames(frames) => rate.frames_max_ms(frames.unsigned_abs()),
        timecode @ TypedDuration::Timecode { .. } => {
            timecode.resolve(Some(rate)).map_err(|e| Error::usage(format!("{flag}: {e}")))?.unsigned_abs()
        }
    })
}

/// What `--reference` does with a fit.
enum Decision {
    /// Apply the fit and write the result.
    Write,
    /// Already in sync: write INPUT back byte for byte.
    Unchanged,
    /// Write nothing and end with this outcome (a dry run, or a fit below the threshold).
    Stop(Outcome),
}

/// Say what the fit is and decide: the dead band and the quality gate, unless `--force`;
/// `--dry-run` prints the plan on stdout and stops.
fn decide(args: &RetimeArgs, fit: &SyncFit, reference: &Path, global: &GlobalArgs) -> Result<Decision, Error> {
    let (name, other) = (args.input.display(), reference.display());
    let threshold = args.threshold / 100.0;
    let score = format!(
        "score {:.1}% ({} of {} cue starts within {} ms of a reference start)",
        fit.score * 100.0,
        fit.within,
        fit.input_cues,
        fit.tolerance_ms
    );
    let worst = fit.worst.map_or(String::new(), |w| {
        let cues = if w.first_cue == w.last_cue {
            format!("cue {}", w.first_cue)
        } else {
            format!("cues {}–{}", w.first_cue, w.last_cue)
        };
        format!("; worst stretch: {cues} ({} → {})", w.start, w.end)
    });
    let (decision, verdict) = if fit.in_sync && !args.force {
        (
            Decision::Unchanged,
            format!("already in sync (within {} ms of the identity): left unchanged", fit.tolerance_ms),
        )
    } else if !fit.passes(threshold) && !args.force {
        (Decision::Stop(Outcome::Findings), format!("score below the {}% threshold: nothing written", args.threshold))
    } else {
        (Decision::Write, "retimed".to_string())
    };
    if args.dry_run {
        let verdict = match decision {
            Decision::Unchanged => "would leave the file unchanged (already in sync)".to_string(),
            Decision::Stop(_) => format!("would write nothing (score below the {}% threshold{worst})", args.threshold),
            Decision::Write => "would write the retimed file".to_string(),
        };
        let plan = fit.plan();
        super::print_stdout(&format!("{name} onto {other}: dry run, nothing written\n{plan}\nverdict: {verdict}\n"))?;
        return Ok(Decision::Stop(match decision {
            Decision::Stop(outcome) => outcome,
            _ => Outcome::Success,
        }));
    }
    match decision {
        Decision::Stop(_) => eprintln!(
            "error: {name}: fitted to {other}: {}; {score}, below the {}% threshold{worst}; \
             nothing written (--force writes it anyway)",
            fit.description, args.threshold
        ),
        _ => notice(global, &format!("{name}: fitted to {other}: {}; {score}; {verdict}", fit.description)),
    }
    if fit.in_sync && !args.force && !fit.passes(threshold) {
        warn(&format!(
            "{name}: in sync as a whole, but only {:.1}% of cue starts land near the reference's{worst}",
            fit.score * 100.0
        ));
    }
    if args.force && !fit.passes(threshold) {
        warn(&format!("{name}: --force: written with a score below the {}% threshold{worst}", args.threshold));
    }
    Ok(decision)
}

/// Encode the new text the way the input was stored (or as UTF-8 for `--encoding utf-8`).
/// With the `original` bytes, the lines left unchanged keep them exactly.
fn encode_like_input(text: String, doc: &Document, to_utf8: bool, original: Option<&[u8]>) -> Result<Vec<u8>, Error> {
    let encoding = if to_utf8 { TextEncoding::UTF_8 } else { doc.encoding };
    if encoding.is_utf8() && !doc.bom {
        // The common case needs no copy of what may be a very large text.
        return Ok(text.into_bytes());
    }
    match original {
        Some(original) => encode_keeping(&text, encoding, doc.bom, &doc.source, original),
        None => encode(&text, encoding, doc.bom),
    }
}

/// The summary line and warnings on stderr.
fn report(input: &Path, doc: &Document, done: &Retimed, plan: &Plan, global: &GlobalArgs) {
    let name = input.display();
    let summary = match (done.first, done.last) {
        (Some(first), Some(last)) if done.changed > 1 => format!(
            "{name}: retimed {} of {} cues; first start {} → {} (cue {}), last {} → {} (cue {})",
            done.changed, done.cues, first.before, first.after, first.position, last.before, last.after, last.position
        ),
        (Some(only), _) => format!(
            "{name}: retimed 1 of {}; start {} → {} (cue {})",
            plural(done.cues, "cue", "cues"),
            only.before,
            only.after,
            only.position
        ),
        _ => format!("{name}: no time changed ({})", plural(done.cues, "cue", "cues")),
    };
    notice(global, &summary);
    if done.dropped > 0 || done.clamped > 0 {
        warn(&format!(
            "{name}: --clamp dropped {} that fell before 00:00:00,000 and moved {} up to 00:00:00,000",
            plural(done.dropped, "cue", "cues"),
            plural(done.clamped, "start", "starts")
        ));
    }
    if done.timing.total > 0 {
        warn(&format!("{name}: {}", describe_timing(&done.timing, plan.rate)));
    }
    if doc.unparsed_blocks > 0 {
        warn(&format!(
            "{name}: {} could not be read as cues and {} left untouched (`dejamos check` shows why)",
            plural(doc.unparsed_blocks, "block", "blocks"),
            if doc.unparsed_blocks == 1 { "was" } else { "were" }
        ));
    }
}

/// `retiming left 3 cue pairs under the 2-frame gap at 23.976 fps: cues 4–5 overlap by 120 ms
/// (line 18), …, and 1 more`.
fn describe_timing(issues: &TimingIssues, rate: FrameRate) -> String {
    let listed: Vec<String> = issues
        .shown
        .iter()
        .map(|issue| match issue.kind {
            IssueKind::Overlap => format!(
                "cues {}–{} overlap by {} ms (line {})",
                issue.earlier,
                issue.later,
                issue.gap_ms.unsigned_abs(),
                issue.line
            ),
            IssueKind::ShortGap => {
                format!("cues {}–{} are {} ms apart (line {})", issue.earlier, issue.later, issue.gap_ms, issue.line)
            }
        })
        .collect();
    let more = issues.total - issues.shown.len();
    let tail = if more > 0 { format!(", and {more} more") } else { String::new() };
    format!(
        "retiming left {} of cues closer than 2 frames at {rate} fps (written anyway): {}{tail}",
        plural(issues.total, "pair", "pairs"),
        listed.join(", ")
    )
}
