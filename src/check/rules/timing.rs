//! Timing rules: shortest and longest cue, the gap between cues, chaining short gaps, and
//! timing to the picture's cuts.
//!
//! Timing fixes move out-times (and, onto a cut, in-times) only, and only when the result keeps
//! every timing rule ([`keeps_timing`]); an extension goes into free time only
//! ([`extend_end`]).
//!
//! Frame-based limits are measured in frames at the file's frame rate (`--fps`). SRT stores
//! whole milliseconds, so a time difference of exactly N frames can be up to a millisecond short
//! of N × (1000 / fps) once both ends are rounded; [`FrameRate::frames_min_ms`] gives the smallest millisecond
//! difference that still counts as N frames.
use super::structure::{by_start, timing_span};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::Proposal;
use crate::check::fix::{edit, time_text};
use crate::check::rule::{Context, Findings, Rule};
use crate::msg;
use crate::srt::Cue;
use crate::time::{FrameRate, Timestamp};
use crate::ui::{Arg, Message};

/// The timing rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&MIN_DURATION, min_duration),
        Rule::new(&MAX_DURATION, max_duration),
        Rule::new(&MIN_GAP, min_gap),
        Rule::new(&GAP_CHAINING, gap_chaining),
        Rule::new(&SHOT_CHANGE, shot_change),
    ]
}

/// Frames from `cut` to `time` at `fps` (positive after the cut), each on its nearest frame.
pub fn frames_from(fps: FrameRate, cut: Timestamp, time: Timestamp) -> i64 {
    fps.ms_to_nearest_frame(time.signed()) - fps.ms_to_nearest_frame(cut.signed())
}

/// The cut nearest `time` in a sorted list (the earlier one on a tie).
pub fn nearest_cut(cuts: &[Timestamp], time: Timestamp) -> Option<Timestamp> {
    let at = cuts.partition_point(|c| *c < time);
    let before = at.checked_sub(1).and_then(|i| cuts.get(i)).copied();
    let after = cuts.get(at).copied();
    match (before, after) {
        (Some(b), Some(a)) => Some(if time.since(b).ms() <= a.since(time).ms() { b } else { a }),
        (b, a) => b.or(a),
    }
}

/// Whether cue `order[k]` retimed to `start..end` keeps the timing rules on the sides that
/// move: its duration not below the minimum nor above the maximum (unless it moves toward
/// them), its reading speed within the limit (or no faster than before), the minimum gap to the
/// cues before and after it, and, with shot changes, a moved in-time on a cut or outside its
/// zone and a moved out-time 2 frames before a cut or outside its zone.
pub(crate) fn keeps_timing(ctx: &Context<'_>, order: &[usize], k: usize, start: Timestamp, end: Timestamp) -> bool {
    let cues = &ctx.doc.cues;
    let Some(&i) = order.get(k) else { return false };
    let cue = &cues[i];
    let fps = ctx.fps;
    let t = ctx.thresholds;
    let (was, duration) = (cue.duration_ms(), end.signed() - start.signed());
    if duration <= 0 {
        return false;
    }
    let minimum = fps.frames_min_ms(min_duration_frames(fps, t.min_duration_ms)) as i64;
    if duration < minimum && duration < was {
        return false;
    }
    if duration > t.max_duration_ms as i64 && duration > was {
        return false;
    }
    let chars = ctx.plain.get(i).map_or(0, |p| p.chars);
    let cps = |ms: i64| (chars as f64 * 1000.0 / ms as f64 * 10.0).round() / 10.0;
    if chars > 0 && duration < was && cps(duration) > t.max_cps {
        return false;
    }
    let gap = fps.frames_min_ms(t.min_gap_frames) as i64;
    // The cue before in time order (an earlier one ending later is an overlap, reported as such).
    if start < cue.start
        && let Some(&p) = k.checked_sub(1).and_then(|p| order.get(p))
        && cues[p].end.signed() > start.signed() - gap
        && cues[p].end > cues[p].start
    {
        return false;
    }
    if end > cue.end && order.get(k + 1).is_some_and(|&n| cues[n].start.signed() - end.signed() < gap) {
        return false;
    }
    if let Some(cuts) = ctx.shot_changes {
        let zone = t.shot_change_zone(fps) as i64;
        if start != cue.start
            && let Some(cut) = nearest_cut(cuts, start)
        {
            let d = frames_from(fps, cut, start);
            if d != 0 && d.abs() < zone {
                return false;
            }
        }
        if end != cue.end
            && let Some(cut) = nearest_cut(cuts, end)
        {
            let d = frames_from(fps, cut, end);
            if cut > start && d != -(t.min_gap_frames as i64) && d.abs() < zone {
                return false;
            }
        }
    }
    true
}

/// How far an out-time can move into free time.
pub(crate) struct Extension {
    /// The new out-time.
    pub end: Timestamp,
    /// Whether it reaches the time wanted.
    pub reached: bool,
    /// What stops it short (`cue 7 starts at …`), when it is stopped.
    pub stop: Message,
}

/// Extend cue `order[k]`'s out-time toward `want` into free time: up to the minimum gap before
/// the next cue, 2 frames before the next cut after its end, and the maximum duration. An end
/// that would land in a cut's zone goes to 2 frames before that cut instead. `Err` says what
/// leaves no room at all.
pub(crate) fn extend_end(ctx: &Context<'_>, order: &[usize], k: usize, want: Timestamp) -> Result<Extension, Message> {
    let cues = &ctx.doc.cues;
    let cue = &cues[order[k]];
    let fps = ctx.fps;
    let t = ctx.thresholds;
    let gap = t.min_gap_frames;
    let mut limits: Vec<(Timestamp, Message)> = Vec::new();
    if let Some(next) = order.get(k + 1).map(|&n| &cues[n])
        && let Some(before_next) = frames_before(fps, next.start, gap)
    {
        limits.push((before_next, msg!("stop-next-cue", cue = next.position, time = ctx.time(next.start))));
    }
    let mut cut_limit = None;
    if let Some(cuts) = ctx.shot_changes
        && let Some(&cut) = cuts.get(cuts.partition_point(|c| *c <= cue.end))
        && let Some(before_cut) = frames_before(fps, cut, gap)
    {
        cut_limit = Some((cut, before_cut));
        limits.push((before_cut, msg!("stop-cut", time = ctx.time(cut))));
    }
    if let Some(longest) = Timestamp::from_ms(cue.start.ms() + t.max_duration_ms) {
        limits.push((longest, msg!("stop-max-duration", ms = t.max_duration_ms)));
    }
    let (limit, stop) = match limits.into_iter().min_by_key(|(time, _)| *time) {
        Some((limit, stop)) => (limit, Some(stop)),
        None => (want, None),
    };
    let mut end = want.min(limit);
    if let Some((cut, before_cut)) = cut_limit
        && end < before_cut
        && frames_from(fps, cut, end) > -(t.shot_change_zone(fps) as i64)
        && before_cut <= limit
    {
        end = before_cut;
    }
    if end <= cue.end || !keeps_timing(ctx, order, k, cue.start, end) {
        return Err(stop.unwrap_or_else(|| msg!("stop-no-room")));
    }
    Ok(Extension { end, reached: end >= want, stop: stop.unwrap_or_else(|| msg!("stop-no-room")) })
}

/// Frames needed to show a cue at least `min_ms` milliseconds (5/6 s → 20 frames at 23.976).
pub fn min_duration_frames(fps: FrameRate, min_ms: u64) -> u64 {
    fps.frames_covering(min_ms)
}

/// `ms` in frames at `fps`, for messages: `1 frame` and `20 frames` when `ms` is a whole number
/// of frames (as [`FrameRate::frames_ms`] counts them), else to one decimal rounded down
/// (`19.9 frames` for 833 ms at 23.976), so a length under a limit never reads as the limit.
fn frames_text(fps: FrameRate, ms: i64) -> Message {
    let nearest = fps.ms_to_nearest_frame(ms);
    if let Ok(whole) = u64::try_from(nearest)
        && u64::try_from(ms).is_ok_and(|ms| fps.frames_ms(whole).contains(&ms))
    {
        return frame_count(whole);
    }
    let tenths = (ms as f64 * fps.as_f64() / 100.0).floor() / 10.0;
    msg!("frames-fraction", count = Arg::Fixed(tenths, 1))
}

/// `1 frame`, `2 frames`: a nested message, so each language writes the unit and its plural.
fn frame_count(frames: u64) -> Message {
    msg!("frames", count = frames)
}

/// The time `frames` frames before `target`, on a frame boundary when `target` is on one, and
/// never closer than `fps.frames_min_ms(frames)` to it.
pub fn frames_before(fps: FrameRate, target: Timestamp, frames: u64) -> Option<Timestamp> {
    let frame = fps.ms_to_nearest_frame(target.signed());
    let aligned = fps.frames_to_ms(frame - frames as i64);
    let minimum = fps.frames_min_ms(frames) as i64;
    let ms = if target.signed() - aligned >= minimum { aligned } else { target.signed() - minimum };
    Timestamp::from_signed_ms(i128::from(ms))
}

/// The time `frames` frames after `from`, on a frame boundary when `from` is on one.
pub fn frames_after(fps: FrameRate, from: Timestamp, frames: u64) -> Option<Timestamp> {
    let frame = fps.ms_to_nearest_frame(from.signed());
    let aligned = fps.frames_to_ms(frame + frames as i64);
    let minimum = fps.frames_min_ms(frames) as i64;
    let ms =
        if aligned - from.signed() >= minimum { aligned } else { from.signed() + fps.frames_max_ms(frames) as i64 };
    Timestamp::from_signed_ms(i128::from(ms))
}

declare_rule! {
    /// a cue is shown for less than 5/6 of a second (rounded up to whole frames)
    ///
    /// **What it does.** Reports cues shorter than the minimum duration: 5/6 s rounded up to whole frames at `--fps`, which is 20 frames (834 ms) at 23.976 fps, 20 frames (833 ms) at 24, 21 frames (840 ms) at 25 and 25 frames at 29.97. Cues that end at or before their start are left to `end-before-start`.
    ///
    /// **Why.** A subtitle shown for less than a second cannot be read; the eye needs time to find it and take it in, and it reads as a flicker.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements: "Minimum duration: 5/6 second per event (e.g. 20 frames for 24fps)"; Supplementals page: "25 frames for 29.97fps". Option: `[thresholds] min-duration-ms` (before frame rounding).
    ///
    /// **Example.**
    /// ```srt
    /// 7
    /// 00:02:10,000 --> 00:02:10,600
    /// Sí.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 7
    /// 00:02:10,000 --> 00:02:10,834
    /// Sí.
    /// ```
    ///
    /// **Fix.** Extends the cue's end into free time: toward the minimum, but never closer than the minimum gap to the next cue, never closer than 2 frames to the next shot change, and never past the maximum duration. The fix says how far it got; with no room at all the finding says what is in the way, and the cue is left for a human (merge it, or move its neighbours).
    pub MIN_DURATION {
        name: "min-duration",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Near(1),
        help: "lengthen the cue to at least 5/6 of a second, or merge it with a neighbour",
    }
}

fn min_duration(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let fps = ctx.fps;
    let frames = min_duration_frames(fps, ctx.thresholds.min_duration_ms);
    let minimum = fps.frames_min_ms(frames) as i64;
    let cues = &ctx.doc.cues;
    let order = by_start(cues);
    for (k, &i) in order.iter().enumerate() {
        let cue = &cues[i];
        let duration = cue.duration_ms();
        if duration <= 0 || duration >= minimum {
            continue;
        }
        let message = msg!(
            "min-duration",
            cue = cue.position,
            duration = duration,
            frames = frames_text(fps, duration),
            minimum = minimum,
            minimum_frames = frames,
            fps = fps
        );
        let mut diagnostic = ctx.finding(info, timing_span(cue), cue, message.clone());
        // Extend into free time only, keeping the minimum gap to the next cue and the next cut.
        if let Some(want) = frames_after(fps, cue.start, frames) {
            match extend_end(ctx, &order, k, want) {
                Ok(extension) => {
                    let description = if extension.reached {
                        msg!("fix-min-duration", end = ctx.time(extension.end), frames = frames)
                    } else {
                        let short = want.signed() - extension.end.signed();
                        msg!(
                            "fix-min-duration-as-far-as",
                            end = ctx.time(extension.end),
                            stop = extension.stop,
                            short = short
                        )
                    };
                    let edits = vec![edit(ctx.doc, cue.timing.end_span.clone(), time_text(ctx.doc, extension.end))];
                    Proposal { description, edits }.attach(&mut diagnostic);
                }
                Err(stop) => {
                    crate::ui::set_message(
                        &mut diagnostic,
                        msg!("min-duration-no-room", message = message, stop = stop),
                    );
                }
            }
        }
        out.push(diagnostic);
    }
}

declare_rule! {
    /// a cue is shown for more than 7 seconds
    ///
    /// **What it does.** Reports cues shown for longer than 7 seconds (7000 ms).
    ///
    /// **Why.** A subtitle that stays after its line has been spoken makes viewers read it again and drifts out of sync with the picture; long speeches are split into several events.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements: "Maximum duration: 7 seconds per event". Subtitle Edit's Netflix check also flags > 7000 ms. Option: `[thresholds] max-duration-ms` (7007 allows 168 frames at 23.976).
    ///
    /// **Example.**
    /// ```srt
    /// 12
    /// 00:05:00,000 --> 00:05:09,500
    /// Mi papá trabajó treinta años en El Paso para construir esta casa.
    /// ```
    ///
    /// **Use instead.** Split the text into two events of at most 7 s each, or shorten the cue.
    ///
    /// **Fix.** Only with `--fix-unsafe`, since it shortens what the viewer has to read the text: ends the cue at the last frame boundary within the maximum, when the reading speed stays within its limit.
    pub MAX_DURATION {
        name: "max-duration",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "split the cue in two, or end it sooner",
    }
}

fn max_duration(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let maximum = ctx.thresholds.max_duration_ms as i64;
    let fps = ctx.fps;
    let order = by_start(&ctx.doc.cues);
    for (k, &i) in order.iter().enumerate() {
        let cue = &ctx.doc.cues[i];
        let duration = cue.duration_ms();
        if duration > maximum {
            let message =
                msg!("max-duration", cue = cue.position, duration = seconds(duration), maximum = seconds(maximum));
            let mut diagnostic = ctx.finding(info, timing_span(cue), cue, message);
            // The last frame boundary within the maximum.
            let within = fps.frames_to_ms(fps.whole_frames(cue.start.signed() + maximum));
            if ctx.fix_unsafe
                && let Some(end) = Timestamp::from_signed_ms(i128::from(within))
                && end > cue.start
                && keeps_timing(ctx, &order, k, cue.start, end)
            {
                let description = msg!("fix-max-duration", end = ctx.time(end), maximum = seconds(maximum));
                let edits = vec![edit(ctx.doc, cue.timing.end_span.clone(), time_text(ctx.doc, end))];
                Proposal { description, edits }.attach(&mut diagnostic);
            }
            out.push(diagnostic);
        }
    }
}

/// `1.5`, `7`, `9.25`: seconds without trailing zeros, as a number the interface language
/// writes (`1,5` in Spanish).
fn seconds(ms: i64) -> Arg {
    let text = format!("{}.{:03}", ms / 1000, (ms % 1000).abs());
    let text = text.trim_end_matches('0');
    let decimals = text.split_once('.').map_or(0, |(_, frac)| u8::try_from(frac.len()).unwrap_or(3));
    Arg::Fixed(ms as f64 / 1000.0, decimals)
}

/// Consecutive cues in time order (each with the cue that ends last before it), skipping pairs
/// that overlap (the `overlap` rule reports those).
fn gaps<'a>(cues: &'a [Cue]) -> impl Iterator<Item = (&'a Cue, &'a Cue, i64)> + 'a {
    let order = by_start(cues);
    gap_positions(cues, &order).into_iter().map(move |(p, k, gap)| (&cues[order[p]], &cues[order[k]], gap))
}

/// [`gaps`] as positions in `order` (from [`by_start`]): (earlier, later, gap in ms).
fn gap_positions(cues: &[Cue], order: &[usize]) -> Vec<(usize, usize, i64)> {
    let mut latest: Option<usize> = None;
    let mut out = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let cue = &cues[i];
        if let Some(p) = latest {
            let previous = &cues[order[p]];
            let gap = cue.start.signed() - previous.end.signed();
            if gap >= 0 && previous.end > previous.start {
                out.push((p, k, gap));
            }
        }
        if latest.is_none_or(|l| cue.end > cues[order[l]].end) {
            latest = Some(k);
        }
    }
    out
}

declare_rule! {
    /// less than 2 frames between one cue and the next
    ///
    /// **What it does.** Reports a cue that starts less than 2 frames after the previous cue ends, at `--fps` (83 ms at 23.976), on the later cue's timing line. Overlaps are `overlap`'s.
    ///
    /// **Why.** Without a gap the eye cannot tell that the subtitle changed, especially when the two events look alike; Netflix requires the 2-frame gap at every frame rate.
    ///
    /// **Source.** Netflix Timed Text Style Guide, Subtitle Timing Guidelines: "The minimum frame gap remains as 2 frames for all frame rates". Option: `[thresholds] min-gap-frames`.
    ///
    /// **Example.**
    /// ```srt
    /// 3
    /// 00:00:10,000 --> 00:00:12,000
    /// Aquí va la cocina.
    ///
    /// 4
    /// 00:00:12,042 --> 00:00:14,000
    /// Y aquí, el cuarto de mi mamá.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 3
    /// 00:00:10,000 --> 00:00:11,959
    /// Aquí va la cocina.
    ///
    /// 4
    /// 00:00:12,042 --> 00:00:14,000
    /// Y aquí, el cuarto de mi mamá.
    /// ```
    ///
    /// **Fix.** Ends the earlier cue 2 frames before the later one starts, when it still lasts the minimum duration and keeps its reading speed; otherwise the pair is left for a human.
    pub MIN_GAP {
        name: "min-gap",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Earlier,
        help: "end the earlier cue 2 frames before the next one starts",
    }
}

fn min_gap(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let fps = ctx.fps;
    let frames = ctx.thresholds.min_gap_frames;
    let minimum = fps.frames_min_ms(frames) as i64;
    let cues = &ctx.doc.cues;
    let order = by_start(cues);
    for (p, k, gap) in gap_positions(cues, &order) {
        let (previous, cue) = (&cues[order[p]], &cues[order[k]]);
        if gap < minimum {
            let message = msg!(
                "min-gap",
                gap = gap,
                frames = frames_text(fps, gap),
                cue = previous.position,
                line = previous.timing.line,
                minimum_frames = frame_count(frames),
                minimum = minimum,
                fps = fps
            );
            let mut diagnostic = ctx.finding(info, cue.timing.start_span.clone(), cue, message);
            crate::check::fix::attach(&mut diagnostic, pull_back(ctx, &order, p, cue));
            out.push(diagnostic);
        }
    }
}

/// The fix that ends cue `order[p]` the minimum gap before `later` starts, when that keeps the
/// timing rules ([`keeps_timing`]).
pub(crate) fn pull_back(ctx: &Context<'_>, order: &[usize], p: usize, later: &Cue) -> Option<Proposal> {
    let earlier = &ctx.doc.cues[*order.get(p)?];
    let frames = ctx.thresholds.min_gap_frames;
    let end = frames_before(ctx.fps, later.start, frames)?;
    (end < earlier.end && end > earlier.start && keeps_timing(ctx, order, p, earlier.start, end)).then(|| Proposal {
        description: msg!(
            "fix-pull-back",
            cue = earlier.position,
            end = ctx.time(end),
            frames = frame_count(frames),
            next = later.position
        ),
        edits: vec![edit(ctx.doc, earlier.timing.end_span.clone(), time_text(ctx.doc, end))],
    })
}

declare_rule! {
    /// a gap of 3 frames to just under half a second that should be closed to 2 frames
    ///
    /// **What it does.** Reports a cue that starts at least 3 frames and less than half a second after the previous cue ends (3–11 frames at 23.976 and 24 fps, 3–12 at 25), on the later cue's timing line.
    ///
    /// **Why.** A short blank between two subtitles makes the screen flash. Netflix asks for such gaps to be closed by moving the earlier cue's out-time to 2 frames before the next in-time, so that the subtitles chain.
    ///
    /// **Source.** Netflix Timed Text Style Guide, Subtitle Timing Guidelines (gaps of 12 frames or fewer are closed to 2 frames; "2 frames or half a second or more"); Subtitle Edit `NetflixCheckBridgeGaps` ("Close gaps between subtitles of 3-11 frames (inclusive) to 2 frames"). Option: `[thresholds] gap-chaining-below-ms`.
    ///
    /// **Example.**
    /// ```srt
    /// 5
    /// 00:01:00,000 --> 00:01:03,000
    /// Cada fin de semana cruzaba la frontera.
    ///
    /// 6
    /// 00:01:03,250 --> 00:01:05,500
    /// Y cada lunes volvía a trabajar.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 5
    /// 00:01:00,000 --> 00:01:03,167
    /// Cada fin de semana cruzaba la frontera.
    ///
    /// 6
    /// 00:01:03,250 --> 00:01:05,500
    /// Y cada lunes volvía a trabajar.
    /// ```
    ///
    /// **Fix.** Moves the earlier cue's end to 2 frames before the next cue starts, unless that would make it longer than the maximum duration.
    pub GAP_CHAINING {
        name: "gap-chaining",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Earlier,
        help: "close the gap to 2 frames by extending the earlier cue",
    }
}

fn gap_chaining(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let fps = ctx.fps;
    let from = fps.frames_min_ms(3) as i64;
    let below = ctx.thresholds.gap_chaining_below_ms as i64;
    let keep = ctx.thresholds.min_gap_frames;
    let maximum = ctx.thresholds.max_duration_ms as i64;
    for (previous, cue, gap) in gaps(&ctx.doc.cues) {
        if gap < from || gap >= below {
            continue;
        }
        let message = msg!(
            "gap-chaining",
            gap = gap,
            frames = frames_text(fps, gap),
            cue = previous.position,
            line = previous.timing.line,
            keep = frame_count(keep)
        );
        let mut diagnostic = ctx.finding(info, cue.timing.start_span.clone(), cue, message);
        if let Some(new_end) = frames_before(fps, cue.start, keep)
            && new_end > previous.end
            && new_end.signed() - previous.start.signed() <= maximum
        {
            let description = msg!(
                "fix-gap-chaining",
                cue = previous.position,
                end = new_end.to_string(),
                keep = keep,
                next = cue.position
            );
            let edits = vec![edit(ctx.doc, previous.timing.end_span.clone(), time_text(ctx.doc, new_end))];
            Proposal { description, edits }.attach(&mut diagnostic);
        }
        out.push(diagnostic);
    }
}

declare_rule! {
    /// an in-time or out-time a few frames from a shot change
    ///
    /// **What it does.** With a list of the picture's cuts (`--shot-changes FILE`, `[shot_changes]` in `dejamos.toml`, or `film.shots` next to `film.es.srt`), reports times that sit badly against a cut. The zone is half a second at `--fps` (12 frames at 23.976 and 24 fps, 13 at 25, 15 at 29.97 and 30); the snap distance is three quarters of it (9 frames of 12); the gap before a cut is the minimum gap (2 frames):
    ///
    /// - an in-time within the zone after a cut belongs on the cut;
    /// - an in-time less than the snap distance before a cut belongs on the cut; from there to the edge of the zone it should leave the zone (start a full zone before the cut), which is reported and not fixed, since an in-time moves off the speech only by a person's decision;
    /// - an out-time within the zone before a cut, on it, or a frame after it belongs 2 frames before the cut;
    /// - a cue that crosses a cut and ends within the zone after it flashes into the next shot: it belongs 2 frames before the cut.
    ///
    /// Each finding names the cut (its time and how many frames away) and the time the fix would set.
    ///
    /// **Why.** Subtitles should sit neatly within shots: a subtitle that appears or disappears a few frames from a cut makes the eye jump twice, and one that crosses a cut by a few frames flickers across it.
    ///
    /// **Source.** Netflix Timed Text Style Guide, Subtitle Timing Guidelines (shot changes; "half a second" is 12 frames at 24 fps and 15 at 30; the minimum gap stays 2 frames at every rate); Subtitle Edit `NetflixCheckShotChange` (in-cues within 12 frames after a cut snap to it; 1–8 frames before snap, 9–11 frames before pull to 12; out-cues within 12 frames go 2 frames before the cut). Options: `[thresholds] shot-change-zone-frames`, `shot-change-snap-frames`, `min-gap-frames`.
    ///
    /// **Example.** A cut at 00:01:00,000 (23.976 fps):
    /// ```srt
    /// 9
    /// 00:01:00,125 --> 00:01:02,500
    /// Aquí empezó todo.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 9
    /// 00:01:00,000 --> 00:01:02,500
    /// Aquí empezó todo.
    /// ```
    ///
    /// **Fix.** Snaps the in-time onto the cut, or moves the out-time to 2 frames before it, when the cue keeps its minimum duration, maximum duration, reading speed and the minimum gap to its neighbours.
    pub SHOT_CHANGE {
        name: "shot-change",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Near(1),
        help: "move the in-time onto the cut or the out-time 2 frames before it, or clear of its zone",
    }
}

/// A cut as findings name it: its time and its timecode at the file's rate (`00:01:00,000
/// (00:01:00:00)`), or only the timecode when the report writes timecodes.
fn cut_label(ctx: &Context<'_>, cut: Timestamp) -> String {
    match ctx.clock {
        crate::time::Clock::Millis => {
            format!("{} ({})", ctx.time(cut), crate::time::Timecode::of_time(cut, ctx.fps, None))
        }
        crate::time::Clock::Smpte { .. } => ctx.time(cut),
    }
}

/// `3 frames`, `1 frame` between a time and a cut.
fn away(frames: i64) -> Message {
    frame_count(frames.unsigned_abs())
}

fn shot_change(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let Some(cuts) = ctx.shot_changes.filter(|c| !c.is_empty()) else { return };
    let fps = ctx.fps;
    let zone = ctx.thresholds.shot_change_zone(fps) as i64;
    let snap = ctx.thresholds.shot_change_snap(fps) as i64;
    let gap = ctx.thresholds.min_gap_frames;
    let cues = &ctx.doc.cues;
    let order = by_start(cues);
    for (k, &i) in order.iter().enumerate() {
        let cue = &cues[i];
        if cue.end <= cue.start {
            continue;
        }
        if let Some(cut) = nearest_cut(cuts, cue.start) {
            let d = frames_from(fps, cut, cue.start);
            let at = cut_label(ctx, cut);
            let on = ctx.time(cut);
            let n = cue.position;
            let found = if d > 0 && d < zone {
                Some((msg!("shot-change-start-after", cue = n, frames = away(d), cut = &at, on = &on), true))
            } else if d < 0 && -d < snap {
                Some((msg!("shot-change-start-before", cue = n, frames = away(d), cut = &at, on = &on), true))
            } else if d < 0 && -d < zone {
                let clear = frames_before(fps, cut, zone as u64).map_or_else(String::new, |t| ctx.time(t));
                let message = msg!(
                    "shot-change-start-zone",
                    cue = n,
                    frames = away(d),
                    cut = &at,
                    zone = zone,
                    clear = clear,
                    on = &on
                );
                Some((message, false))
            } else {
                None
            };
            if let Some((message, snaps)) = found {
                let mut diagnostic = ctx.finding(info, cue.timing.start_span.clone(), cue, message);
                if snaps && keeps_timing(ctx, &order, k, cut, cue.end) {
                    let description = msg!("fix-shot-change-start", cue = n, on = &on);
                    let edits = vec![edit(ctx.doc, cue.timing.start_span.clone(), time_text(ctx.doc, cut))];
                    Proposal { description, edits }.attach(&mut diagnostic);
                }
                out.push(diagnostic);
            }
        }
        if let Some(cut) = nearest_cut(cuts, cue.end)
            && cut > cue.start
            && let Some(target) = frames_before(fps, cut, gap)
        {
            let d = frames_from(fps, cut, cue.end);
            let at = cut_label(ctx, cut);
            let goal = ctx.time(target);
            let n = cue.position;
            let message = if d == -(gap as i64) || d <= -zone || d >= zone {
                None
            } else if d < -(gap as i64) {
                Some(msg!(
                    "shot-change-end-early",
                    cue = n,
                    frames = away(d),
                    cut = &at,
                    gap = frame_count(gap),
                    goal = &goal
                ))
            } else if d.unsigned_abs() < gap {
                let place = match d {
                    0 => msg!("shot-change-on-cut"),
                    d if d < 0 => msg!("shot-change-before-cut", frames = away(d)),
                    d => msg!("shot-change-after-cut", frames = away(d)),
                };
                Some(msg!(
                    "shot-change-end-near",
                    cue = n,
                    place = place,
                    cut = &at,
                    gap = frame_count(gap),
                    goal = &goal
                ))
            } else {
                Some(msg!(
                    "shot-change-end-crosses",
                    cue = n,
                    cut = &at,
                    frames = away(d),
                    gap = frame_count(gap),
                    goal = &goal
                ))
            };
            if let Some(message) = message {
                let mut diagnostic = ctx.finding(info, cue.timing.end_span.clone(), cue, message);
                if target > cue.start && keeps_timing(ctx, &order, k, cue.start, target) {
                    let description = msg!("fix-shot-change-end", cue = n, goal = &goal, gap = frame_count(gap));
                    let edits = vec![edit(ctx.doc, cue.timing.end_span.clone(), time_text(ctx.doc, target))];
                    Proposal { description, edits }.attach(&mut diagnostic);
                }
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{check_with, findings};

    #[test]
    fn frame_thresholds_at_common_rates() {
        let film = FrameRate::FILM;
        assert_eq!(min_duration_frames(film, 833), 20);
        assert_eq!(film.frames_min_ms(20), 834);
        assert_eq!(film.frames_min_ms(2), 83);
        assert_eq!(film.frames_min_ms(3), 125);
        assert_eq!(film.frames_min_ms(12), 500);
        let pal = FrameRate::parse("25").expect("rate");
        assert_eq!(min_duration_frames(pal, 833), 21);
        assert_eq!(pal.frames_min_ms(21), 840);
        let ntsc = FrameRate::parse("29.97").expect("rate");
        assert_eq!(min_duration_frames(ntsc, 833), 25);
    }

    fn two_cues(first_end: &str, second_start: &str) -> String {
        format!(
            "1\n00:00:01,000 --> {first_end}\nPrimera línea.\n\n2\n{second_start} --> 00:00:06,000\nSegunda línea.\n"
        )
    }

    #[test]
    fn min_duration_boundary_at_23_976() {
        // 833 ms is 19.98 frames: too short. 834 ms is 20 frames.
        let short = "1\n00:00:01,000 --> 00:00:01,833\nSí.\n";
        assert_eq!(findings(short, "min-duration"), vec![(2, 1)]);
        let enough = "1\n00:00:01,000 --> 00:00:01,834\nSí.\n";
        assert!(findings(enough, "min-duration").is_empty());
    }

    #[test]
    fn min_duration_fix_only_with_room() {
        let roomy = "1\n00:00:01,001 --> 00:00:01,500\nSí.\n\n2\n00:00:05,000 --> 00:00:06,000\nNo.\n";
        let diags = check_with(roomy, &["min-duration"]);
        let fix = diags[0].fix.as_ref().expect("room to extend");
        // Frame 24 (1001 ms) + 20 frames = frame 44 = 1835 ms.
        assert_eq!(fix.edits[0].replacement, "00:00:01,835");
        // Not enough room: it goes as far as 2 frames before cue 2 (frame 43 − 2 = 1710 ms) and
        // says how far that is from the minimum.
        let tight = "1\n00:00:01,000 --> 00:00:01,500\nSí.\n\n2\n00:00:01,800 --> 00:00:06,000\nNo.\n";
        let diags = check_with(tight, &["min-duration"]);
        let fix = diags[0].fix.as_ref().expect("some room");
        assert_eq!(fix.edits[0].replacement, "00:00:01,710");
        assert!(fix.description.contains("as far as cue 2 starts at 00:00:01,800 allows"), "{}", fix.description);
        let none = "1\n00:00:01,000 --> 00:00:01,500\nSí.\n\n2\n00:00:01,560 --> 00:00:06,000\nNo.\n";
        let diags = check_with(none, &["min-duration"]);
        assert!(diags[0].fix.is_none());
        assert!(
            diags[0].message.ends_with("; no room to extend it: cue 2 starts at 00:00:01,560"),
            "{}",
            diags[0].message
        );
    }

    #[test]
    fn max_duration_boundary() {
        let at_limit = "1\n00:00:01,000 --> 00:00:08,000\nUna frase larga.\n";
        assert!(findings(at_limit, "max-duration").is_empty());
        let over = "1\n00:00:01,000 --> 00:00:08,001\nUna frase larga.\n";
        assert_eq!(findings(over, "max-duration"), vec![(2, 1)]);
    }

    #[test]
    fn min_gap_under_two_frames() {
        assert_eq!(findings(&two_cues("00:00:03,000", "00:00:03,042"), "min-gap"), vec![(6, 1)]);
        assert_eq!(findings(&two_cues("00:00:03,000", "00:00:03,000"), "min-gap"), vec![(6, 1)]);
        assert!(findings(&two_cues("00:00:03,000", "00:00:03,083"), "min-gap").is_empty());
        // Overlaps belong to `overlap`.
        assert!(findings(&two_cues("00:00:03,000", "00:00:02,500"), "min-gap").is_empty());
    }

    #[test]
    fn gap_chaining_range_and_fix() {
        assert!(findings(&two_cues("00:00:03,000", "00:00:03,083"), "gap-chaining").is_empty());
        assert_eq!(findings(&two_cues("00:00:03,000", "00:00:03,125"), "gap-chaining"), vec![(6, 1)]);
        assert_eq!(findings(&two_cues("00:00:03,000", "00:00:03,459"), "gap-chaining"), vec![(6, 1)]);
        // 12 frames at 23.976 is 500.5 ms: half a second, left alone.
        assert!(findings(&two_cues("00:00:03,000", "00:00:03,500"), "gap-chaining").is_empty());
        let diags = check_with(&two_cues("00:00:03,003", "00:00:03,337"), &["gap-chaining"]);
        let _ = &diags;
        // 3.337 s is frame 80; 2 frames earlier is frame 78 = 3253 ms.
        assert_eq!(diags[0].fix.as_ref().expect("fix").edits[0].replacement, "00:00:03,253");
    }

    #[test]
    fn the_shot_change_zone_scales_with_the_frame_rate() {
        let t = crate::check::profile::Profile::Netflix
            .thresholds(crate::check::rule::Lang::Spanish, crate::check::profile::Audience::Adult);
        let rate = |r: &str| FrameRate::parse(r).expect("rate");
        assert_eq!((t.shot_change_zone(rate("24")), t.shot_change_snap(rate("24"))), (12, 9));
        assert_eq!((t.shot_change_zone(FrameRate::FILM), t.shot_change_snap(FrameRate::FILM)), (12, 9));
        assert_eq!((t.shot_change_zone(rate("25")), t.shot_change_snap(rate("25"))), (13, 10));
        assert_eq!((t.shot_change_zone(rate("30")), t.shot_change_snap(rate("30"))), (15, 11));
        assert_eq!(t.shot_change_zone(rate("29.97")), 15);
        assert_eq!(t.shot_change_zone(rate("59.94")), 30);
    }

    #[test]
    fn shot_change_findings_and_fixes_at_25_fps() {
        use crate::check::testing::check_shots;
        // 25 fps: a frame is 40 ms, the zone 13 frames, the snap distance 10.
        let pal = FrameRate::parse("25").expect("rate");
        let text = "1
00:00:10,120 --> 00:00:12,000
Tres cuadros después.
";
        let found = check_shots(text, &["shot-change"], &[10_000], pal);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("starts 3 frames after the cut at 00:00:10,000"), "{}", found[0].message);
        assert_eq!(found[0].fix.as_ref().expect("fix").edits[0].replacement, "00:00:10,000");
        let ends = "1
00:00:07,000 --> 00:00:09,800
Cinco antes.
";
        let found = check_shots(ends, &["shot-change"], &[10_000], pal);
        assert_eq!(found[0].fix.as_ref().expect("fix").edits[0].replacement, "00:00:09,920");
        // Far from any cut: nothing.
        assert!(check_shots(text, &["shot-change"], &[20_000], pal).is_empty());
    }
}
