//! `dejamos retime`: read, plan, retime, write; say what happened on stderr.
use super::say;
use super::{GlobalArgs, Outcome, RetimeArgs, notice, warn, write_stdout_bytes};
use dejamos::bilingual::sync::{SyncFit, SyncOptions};
use dejamos::decode::{TextEncoding, encode, encode_keeping};
use dejamos::diagnostic::{Arg, Message};
use dejamos::error::Error;
use dejamos::fsutil::{is_stdio, same_file, write_atomic, write_backup, write_output};
use dejamos::msg;
use dejamos::retime::{
    Anchor, ApplyOptions, FpsSpec, Operations, Plan, PlanError, RetimeError, Retimed, Selection, retime,
};
use dejamos::srt::Document;
use dejamos::time::{FrameRate, TypedDuration, TypedTime};
use std::path::Path;

/// Run the command.
pub fn run(args: &RetimeArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let input = args.input.as_path();
    if args.in_place && is_stdio(input) {
        return Err(Error::usage(say(&msg!("retime-in-place-stdin"))));
    }
    if let Some(output) = &args.output
        && same_file(input, output)
    {
        return Err(Error::file(output, say(&msg!("retime-output-is-input"))));
    }
    if is_stdio(input) && args.reference.as_deref().is_some_and(is_stdio) {
        return Err(Error::usage(say(&msg!("cli-stdin-once"))));
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
            msg!("retime-no-readable-cues", blocks = doc.unparsed_blocks)
        } else {
            msg!("retime-no-cues")
        };
        return Err(Error::file(input, say(&why)));
    }
    // TTML is retimed by rewriting `begin`/`end`/`dur` on each `<p>`, which needs them there.
    if let Some(error) = dejamos::ttml::cannot_rewrite_times(&doc) {
        return Err(error.in_file(input));
    }
    if args.shot_changes.is_some() && doc.format == dejamos::srt::SourceFormat::Ttml {
        return Err(Error::file(input, say(&msg!("retime-shots-ttml"))));
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
        let why = msg!("retime-unreadable-timing", count = unreadable.len());
        return Err(Error::at_line(input, first, say(&why)));
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
                return Err(Error::usage(say(&msg!("retime-nothing-to-do"))));
            }
            let plan = Plan::build(&ops, &doc).map_err(|e| Error::file(input, say(&plan_message(&e))))?;
            if !ops.sync.is_empty() {
                let map = msg!("retime-sync-map", name = input.display().to_string(), map = plan.described());
                notice(global, &say(&map));
            }
            plan
        }
    };
    let mut done =
        retime(&doc, &plan, ApplyOptions { clamp: args.clamp }).map_err(|e| retime_error(e).in_file(input))?;
    if let Some(shots) = &args.shot_changes {
        let (text, snapped) = snap_to_shots(args, shots, &done.text, &doc)?;
        done.text = text;
        let snapped = msg!(
            "retime-snapped",
            name = input.display().to_string(),
            count = snapped,
            shots = shots.display().to_string()
        );
        notice(global, &say(&snapped));
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
            let kept = msg!("retime-backup", name = input.display().to_string(), kept = kept.display().to_string());
            super::notice(global, &say(&kept));
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
            let hint = if rate.is_none() { msg!("retime-hint-add-fps") } else { msg!("sync-nothing") };
            Error::usage(say(&msg!("retime-flag-error", flag = flag, reason = e, hint = hint)))
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
                let range = format!("{a}..{b}");
                return Err(Error::usage(say(&msg!("retime-range-flag-reversed", range = range))));
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
    let refusal = error.refusal();
    let message = match error {
        RetimeError::BeforeZero(_) => msg!("retime-clamp-hint", reason = refusal.message.clone()),
        RetimeError::PastEnd(_) => refusal.message.clone(),
    };
    let mut error = Error::usage(say(&message));
    error.line = Some(refusal.line);
    error
}

/// The one-line message for a plan the library refused, in terms of the flags that asked for it.
fn plan_message(error: &PlanError) -> Message {
    match error {
        PlanError::Shift(message) if message.ends_with("needs a frame rate") => {
            msg!("retime-flag-error", flag = "--shift", reason = message.as_str(), hint = msg!("retime-hint-add-fps"))
        }
        PlanError::Shift(message) => {
            msg!("retime-flag-error", flag = "--shift", reason = message.as_str(), hint = msg!("sync-nothing"))
        }
        PlanError::ShiftFramesNeedRate { frames } => msg!("retime-shift-frames-need-fps", frames = *frames),
        PlanError::ShiftWithOneAnchor => msg!("retime-shift-with-one-sync"),
        PlanError::TwoAnchorsWithOtherOperations => msg!("retime-two-syncs-and-more"),
        PlanError::SameAnchorCue { cue } => msg!("retime-same-sync-cue", cue = *cue),
        PlanError::AnchorsReverse { first, second } => msg!(
            "retime-syncs-reverse",
            first = first.cue,
            first_time = first.time.to_string(),
            second = second.cue,
            second_time = second.time.to_string()
        ),
        PlanError::TooManyAnchors => msg!("retime-too-many-syncs"),
        PlanError::NoSuchCue { anchor, .. } => {
            msg!("retime-sync-no-such-cue", cue = anchor.cue, reason = error.message())
        }
        PlanError::SnapNeedsRate => msg!("retime-snap-needs-fps"),
        PlanError::SelectsNothing { selection, count } => {
            let flag = if matches!(selection, Selection::Cues { .. }) { "--cues" } else { "--range" };
            msg!("retime-selects-nothing", flag = flag, count = *count)
        }
        PlanError::SameAnchorStart { .. } | PlanError::TooPrecise => error.message(),
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
            return Err(Error::usage(say(&msg!("retime-reference-fps-convert"))));
        }
        Some(FpsSpec::Rate(rate)) => Some(rate),
        None => None,
    };
    if args.snap && rate.is_none() {
        return Err(Error::usage(say(&msg!("retime-snap-needs-fps"))));
    }
    if !(0.0..=100.0).contains(&args.threshold) {
        return Err(Error::usage(say(&msg!("retime-bad-threshold", threshold = args.threshold))));
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
        return Err(Error::file(reference, say(&msg!("retime-reference-no-cues"))));
    }
    let fit =
        dejamos::bilingual::sync::fit_with(doc, &other, &options).map_err(|e| Error::file(reference, say(&e.0)))?;
    Ok((fit, rate))
}

/// A duration the value parser has checked is not negative, in whole ms (frames at `rate`,
/// counted at their longest; a timecode at `rate`).
fn duration_ms(flag: &str, duration: TypedDuration, rate: FrameRate) -> Result<u64, Error> {
    Ok(match duration {
        TypedDuration::Millis(ms) => ms.unsigned_abs(),
        TypedDuration::Frames(frames) => rate.frames_max_ms(frames.unsigned_abs()),
        timecode @ TypedDuration::Timecode { .. } => {
            let flag_error = |e: dejamos::ui::Message| {
                say(&msg!("retime-flag-error", flag = flag, reason = e, hint = msg!("sync-nothing")))
            };
            timecode.resolve(Some(rate)).map_err(|e| Error::usage(flag_error(e)))?.unsigned_abs()
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
    let (name, other) = (args.input.display().to_string(), reference.display().to_string());
    let threshold = args.threshold / 100.0;
    let score = msg!(
        "retime-score",
        score = Arg::Fixed(fit.score * 100.0, 1),
        within = fit.within,
        cues = fit.input_cues,
        tolerance = fit.tolerance_ms
    );
    let worst = fit.worst.map_or_else(
        || msg!("sync-nothing"),
        |w| {
            let cues = if w.first_cue == w.last_cue {
                msg!("pair-cue", cue = w.first_cue)
            } else {
                msg!("pair-cues-range", first = w.first_cue, last = w.last_cue)
            };
            msg!("retime-worst", cues = cues, start = w.start.to_string(), end = w.end.to_string())
        },
    );
    let (decision, verdict) = if fit.in_sync && !args.force {
        (Decision::Unchanged, msg!("retime-verdict-in-sync", tolerance = fit.tolerance_ms))
    } else if !fit.passes(threshold) && !args.force {
        (Decision::Stop(Outcome::Findings), msg!("retime-verdict-below", threshold = args.threshold))
    } else {
        (Decision::Write, msg!("retime-verdict-retimed"))
    };
    if args.dry_run {
        let verdict = match decision {
            Decision::Unchanged => msg!("retime-dry-unchanged"),
            Decision::Stop(_) => msg!("retime-dry-below", threshold = args.threshold, worst = worst.clone()),
            Decision::Write => msg!("retime-dry-write"),
        };
        let plan = fit.plan_in(super::lang());
        let head = say(&msg!("retime-dry-run", name = name.as_str(), other = other.as_str()));
        let verdict = say(&msg!("retime-dry-verdict", verdict = verdict));
        super::print_stdout(&format!("{head}\n{plan}\n{verdict}\n"))?;
        return Ok(Decision::Stop(match decision {
            Decision::Stop(outcome) => outcome,
            _ => Outcome::Success,
        }));
    }
    match decision {
        Decision::Stop(_) => eprintln!(
            "{}",
            say(&msg!(
                "retime-below-threshold",
                name = name.as_str(),
                other = other.as_str(),
                description = fit.described.clone(),
                score = score.clone(),
                threshold = args.threshold,
                worst = worst.clone()
            ))
        ),
        _ => notice(
            global,
            &say(&msg!(
                "retime-fitted",
                name = name.as_str(),
                other = other.as_str(),
                description = fit.described.clone(),
                score = score.clone(),
                verdict = verdict
            )),
        ),
    }
    if fit.in_sync && !args.force && !fit.passes(threshold) {
        warn(&say(&msg!(
            "retime-in-sync-low-score",
            name = name.as_str(),
            score = Arg::Fixed(fit.score * 100.0, 1),
            worst = worst.clone()
        )));
    }
    if args.force && !fit.passes(threshold) {
        warn(&say(&msg!("retime-forced-below", name = name.as_str(), threshold = args.threshold, worst = worst)));
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
    let name = input.display().to_string();
    notice(global, &say(&done.summary(&name)));
    if done.dropped > 0 || done.clamped > 0 {
        warn(&say(&msg!("retime-clamped", name = name.as_str(), dropped = done.dropped, clamped = done.clamped)));
    }
    if done.timing.total > 0 {
        warn(&say(&done.timing.describe(&name, plan.rate)));
    }
    if doc.unparsed_blocks > 0 {
        warn(&say(&msg!("retime-unparsed-blocks", name = name.as_str(), blocks = doc.unparsed_blocks)));
    }
}
