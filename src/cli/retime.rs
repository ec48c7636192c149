//! `dejamos retime`: read, plan, retime, write; say what happened on stderr.
use super::{GlobalArgs, Outcome, RetimeArgs, notice, warn, write_stdout_bytes};
use crate::bilingual::sync::{SyncFit, SyncOptions};
use crate::decode::{TextEncoding, encode};
use crate::error::Error;
use crate::fsutil::{is_stdio, read_input, same_file, write_atomic, write_backup, write_output};
use crate::retime::{
    Anchor, ApplyOptions, FpsSpec, IssueKind, Operations, Plan, Ratio, Retimed, Selection, TimingIssues, retime,
};
use crate::srt::Document;
use crate::time::{FrameRate, TypedDuration, parse_duration};
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
    let (forced, to_utf8) = encoding_choice(args.encoding.as_deref())?;
    let original = read_input(input, global.max_size)?;
    // The raw bytes are kept only for --backup, and for a file already in sync, which is
    // written back exactly as it was read.
    let keep = (args.in_place && args.backup) || args.reference.is_some();
    let kept = if keep { original.clone() } else { Vec::new() };
    // A `.vtt` goes through the WebVTT reader: its header, NOTE blocks and hour-less times are
    // WebVTT, not unreadable SRT.
    let doc = crate::read::read_bytes(original, input, crate::read::ReadOptions { encoding: forced })?;
    if doc.cues.is_empty() {
        let why = if doc.unparsed_blocks > 0 {
            format!(
                "no readable cues ({} block{} could not be read; `dejamos check` shows why)",
                doc.unparsed_blocks,
                plural(doc.unparsed_blocks)
            )
        } else {
            "no subtitle cues found: is this an SRT file?".to_string()
        };
        return Err(Error::file(input, why));
    }
    if let Some(why) = doc.decode_loss() {
        if args.in_place {
            return Err(Error::file(input, why));
        }
        warn(&format!("{}: {why}", input.display()));
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
                        deliver(args, input, &kept, backup)?;
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
            let plan = Plan::build(&ops, &doc).map_err(|message| Error::file(input, message))?;
            if !ops.sync.is_empty() {
                notice(global, &format!("{}: sync map {}", input.display(), plan.describe()));
            }
            plan
        }
    };
    let mut done = retime(&doc, &plan, ApplyOptions { clamp: args.clamp }).map_err(|e| e.in_file(input))?;
    let output = match (&args.output, args.in_place) {
        (_, true) => Some(input),
        (Some(path), false) => Some(path.as_path()),
        (None, false) => None,
    };
    let bytes = encode_like_input(std::mem::take(&mut done.text), &doc, to_utf8)
        .map_err(|e| e.in_file(output.unwrap_or(input)))?;
    deliver(args, input, &bytes, backup)?;
    report(input, &doc, &done, &plan, global);
    Ok(Outcome::Success)
}

/// Write `bytes` where the flags say: over INPUT (after its backup), to `-o`, or to stdout.
fn deliver(args: &RetimeArgs, input: &Path, bytes: &[u8], backup: &[u8]) -> Result<(), Error> {
    if args.in_place {
        if args.backup {
            write_backup(input, backup)?;
        }
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
fn encoding_choice(label: Option<&str>) -> Result<(Option<TextEncoding>, bool), Error> {
    let Some(label) = label else { return Ok((None, false)) };
    let encoding = TextEncoding::for_label(label).ok_or_else(|| {
        Error::usage(format!("--encoding: `{label}` is not an encoding label (try utf-8, windows-1252, iso-8859-1)"))
    })?;
    Ok(if encoding.is_utf8() { (None, true) } else { (Some(encoding), false) })
}

/// The operations from the flags.
fn operations(args: &RetimeArgs) -> Result<Operations, Error> {
    fn flag(name: &'static str) -> impl Fn(String) -> Error {
        move |message| Error::usage(format!("--{name}: {message}"))
    }
    let shift = args.shift.as_deref().map(parse_shift).transpose().map_err(flag("shift"))?;
    let scale = args.scale.as_deref().map(Ratio::parse).transpose().map_err(flag("scale"))?;
    let fps = args.fps.as_deref().map(FpsSpec::parse).transpose().map_err(flag("fps"))?;
    let sync = args.sync.iter().map(|a| Anchor::parse(a)).collect::<Result<Vec<_>, _>>().map_err(flag("sync"))?;
    let selection = match (&args.range, &args.cues) {
        (Some(range), _) => Selection::parse_times(range).map_err(Error::usage)?,
        (None, Some(cues)) => Selection::parse_cues(cues).map_err(Error::usage)?,
        (None, None) => Selection::All,
    };
    Ok(Operations { shift, scale, fps, sync, selection, snap: args.snap })
}

/// A `--shift` duration; a bare zero (`0`, `-0`, `0.0`) needs no unit.
fn parse_shift(text: &str) -> Result<TypedDuration, String> {
    let digits = text.trim().trim_start_matches(['+', '-']);
    if !digits.is_empty() && digits.bytes().all(|b| b == b'0' || b == b'.') && digits.contains('0') {
        return Ok(TypedDuration::Millis(0));
    }
    parse_duration(text)
}

/// `--reference OTHER`: fit INPUT's timing to OTHER's; the fit and the `--fps` rate, if any.
fn reference_fit(
    args: &RetimeArgs,
    doc: &Document,
    reference: &Path,
    global: &GlobalArgs,
) -> Result<(SyncFit, Option<FrameRate>), Error> {
    let fps = args.fps.as_deref().map(FpsSpec::parse).transpose().map_err(|e| Error::usage(format!("--fps: {e}")))?;
    let rate = match fps {
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
        min_cut_ms: duration_ms("min-cut", args.min_cut.as_deref(), frame_rate)?.unwrap_or(defaults.min_cut_ms),
        tolerance_ms: duration_ms("tolerance", args.tolerance.as_deref(), frame_rate)?
            .unwrap_or(frame_rate.frames_max_ms(3)),
    };
    let other_bytes = read_input(reference, global.max_size)?;
    let other = crate::read::read_bytes(other_bytes, reference, crate::read::ReadOptions::default())?;
    if other.cues.is_empty() {
        return Err(Error::file(reference, "the reference has no readable cues"));
    }
    let fit = crate::bilingual::sync::fit_with(doc, &other, &options).map_err(|e| e.in_file(reference))?;
    Ok((fit, rate))
}

/// A non-negative duration flag in whole ms (frames at `rate`, counted at their longest).
fn duration_ms(flag: &str, text: Option<&str>, rate: FrameRate) -> Result<Option<u64>, Error> {
    let Some(text) = text else { return Ok(None) };
    let negative = || Error::usage(format!("--{flag}: `{text}` is negative; give a duration such as 3f or 125ms"));
    match parse_duration(text).map_err(|e| Error::usage(format!("--{flag}: {e}")))? {
        TypedDuration::Millis(ms) => u64::try_from(ms).map(Some).map_err(|_| negative()),
        TypedDuration::Frames(frames) => {
            u64::try_from(frames).map(|f| Some(rate.frames_max_ms(f))).map_err(|_| negative())
        }
    }
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
fn encode_like_input(text: String, doc: &Document, to_utf8: bool) -> Result<Vec<u8>, Error> {
    let encoding = if to_utf8 { TextEncoding::UTF_8 } else { doc.encoding };
    if encoding.is_utf8() && !doc.bom {
        // The common case needs no copy of what may be a very large text.
        return Ok(text.into_bytes());
    }
    encode(&text, encoding, doc.bom)
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
            "{name}: retimed 1 of {} cue{}; start {} → {} (cue {})",
            done.cues,
            plural(done.cues),
            only.before,
            only.after,
            only.position
        ),
        _ => format!("{name}: no time changed ({} cue{})", done.cues, plural(done.cues)),
    };
    notice(global, &summary);
    if done.dropped > 0 || done.clamped > 0 {
        warn(&format!(
            "{name}: --clamp dropped {} cue{} that fell before 00:00:00,000 and moved {} start{} up to 00:00:00,000",
            done.dropped,
            plural(done.dropped),
            done.clamped,
            plural(done.clamped)
        ));
    }
    if done.timing.total > 0 {
        warn(&format!("{name}: {}", describe_timing(&done.timing, plan.rate)));
    }
    if doc.unparsed_blocks > 0 {
        warn(&format!(
            "{name}: {} block{} could not be read as cues and {} left untouched (`dejamos check` shows why)",
            doc.unparsed_blocks,
            plural(doc.unparsed_blocks),
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
        "retiming left {} pair{} of cues closer than 2 frames at {rate} fps (written anyway): {}{tail}",
        issues.total,
        plural(issues.total),
        listed.join(", ")
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
