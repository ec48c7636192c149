//! Timing rules: shortest and longest cue, the gap between cues, and chaining short gaps.
//!
//! Frame-based limits are measured in frames at the file's frame rate (`--fps`). SRT stores
//! whole milliseconds, so a time difference of exactly N frames can be up to a millisecond short
//! of N × (1000 / fps) once both ends are rounded; [`FrameRate::frames_min_ms`] gives the smallest millisecond
//! difference that still counts as N frames.
use super::structure::{by_start, timing_span};
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::{edit, time_text};
use crate::check::rule::{Context, Rule};
use crate::diagnostic::{Diagnostic, Fix};
use crate::srt::Cue;
use crate::time::{FrameRate, Timestamp};

/// The timing rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&MIN_DURATION, min_duration),
        Rule::new(&MAX_DURATION, max_duration),
        Rule::new(&MIN_GAP, min_gap),
        Rule::new(&GAP_CHAINING, gap_chaining),
    ]
}

/// Frames needed to show a cue at least `min_ms` milliseconds (5/6 s → 20 frames at 23.976).
pub fn min_duration_frames(fps: FrameRate, min_ms: u64) -> u64 {
    fps.frames_covering(min_ms)
}

/// `ms` in frames at `fps`, to one decimal, for messages: `1 frame`, `4.8 frames`, `20 frames`.
fn frames_text(fps: FrameRate, ms: i64) -> String {
    let frames = ms as f64 * fps.as_f64() / 1000.0;
    let rounded = (frames * 10.0).round() / 10.0;
    if (rounded - rounded.round()).abs() < f64::EPSILON {
        let whole = rounded.round() as i64;
        format!("{whole} frame{}", if whole == 1 { "" } else { "s" })
    } else {
        format!("{rounded:.1} frames")
    }
}

/// `1 frame`, `2 frames`.
fn frame_count(frames: u64) -> String {
    format!("{frames} frame{}", if frames == 1 { "" } else { "s" })
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
    /// **Fix.** Extends the cue's end to the minimum when the next cue starts late enough to keep the minimum gap after it; otherwise the cue is left for a human (merge it, or move its neighbours).
    pub MIN_DURATION {
        name: "min-duration",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Near(1),
    }
}

fn min_duration(ctx: &Context<'_>, info: &RuleInfo, out: &mut Vec<Diagnostic>) {
    let fps = ctx.fps;
    let frames = min_duration_frames(fps, ctx.thresholds.min_duration_ms);
    let minimum = fps.frames_min_ms(frames) as i64;
    let gap_ms = fps.frames_min_ms(ctx.thresholds.min_gap_frames) as i64;
    let cues = &ctx.doc.cues;
    let order = by_start(cues);
    for (k, &i) in order.iter().enumerate() {
        let cue = &cues[i];
        let duration = cue.duration_ms();
        if duration <= 0 || duration >= minimum {
            continue;
        }
        let mut diagnostic = ctx.diagnostic(
            info,
            timing_span(cue),
            cue,
            format!(
                "cue {} lasts {duration} ms ({}); the minimum is {minimum} ms ({frames} frames at {fps} fps)",
                cue.position,
                frames_text(fps, duration)
            ),
        );
        // Extend into free time only, keeping the minimum gap to the next cue in time.
        if let Some(new_end) = frames_after(fps, cue.start, frames) {
            let room =
                order.get(k + 1).map(|&n| &cues[n]).is_none_or(|next| next.start.signed() - new_end.signed() >= gap_ms);
            if room && new_end > cue.end {
                diagnostic.fix = Some(Fix {
                    description: format!("extend the cue to {new_end} ({frames} frames)"),
                    edits: vec![edit(ctx.doc, cue.timing.end_span.clone(), time_text(ctx.doc, new_end))],
                });
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
    pub MAX_DURATION {
        name: "max-duration",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
    }
}

fn max_duration(ctx: &Context<'_>, info: &RuleInfo, out: &mut Vec<Diagnostic>) {
    let maximum = ctx.thresholds.max_duration_ms as i64;
    for cue in &ctx.doc.cues {
        let duration = cue.duration_ms();
        if duration > maximum {
            out.push(ctx.diagnostic(
                info,
                timing_span(cue),
                cue,
                format!("cue {} lasts {} s; the maximum is {} s", cue.position, seconds(duration), seconds(maximum)),
            ));
        }
    }
}

/// `1.5`, `7`, `9.25`: seconds without trailing zeros.
fn seconds(ms: i64) -> String {
    let text = format!("{}.{:03}", ms / 1000, (ms % 1000).abs());
    let text = text.trim_end_matches('0');
    text.strip_suffix('.').unwrap_or(text).to_string()
}

/// Consecutive cues in time order (each with the cue that ends last before it), skipping pairs
/// that overlap (the `overlap` rule reports those).
fn gaps<'a>(cues: &'a [Cue]) -> impl Iterator<Item = (&'a Cue, &'a Cue, i64)> + 'a {
    let order = by_start(cues);
    let mut latest: Option<&'a Cue> = None;
    order.into_iter().filter_map(move |i| {
        let cue = &cues[i];
        let pair = latest.map(|previous| (previous, cue, cue.start.signed() - previous.end.signed()));
        if latest.is_none_or(|l| cue.end > l.end) {
            latest = Some(cue);
        }
        pair.filter(|&(previous, _, gap)| gap >= 0 && previous.end > previous.start)
    })
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
    pub MIN_GAP {
        name: "min-gap",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Earlier,
    }
}

fn min_gap(ctx: &Context<'_>, info: &RuleInfo, out: &mut Vec<Diagnostic>) {
    let fps = ctx.fps;
    let frames = ctx.thresholds.min_gap_frames;
    let minimum = fps.frames_min_ms(frames) as i64;
    for (previous, cue, gap) in gaps(&ctx.doc.cues) {
        if gap < minimum {
            out.push(ctx.diagnostic(
                info,
                cue.timing.start_span.clone(),
                cue,
                format!(
                    "{gap} ms ({}) after cue {} (line {}) ends; the minimum gap is {} ({minimum} ms at {fps} fps)",
                    frames_text(fps, gap),
                    previous.position,
                    previous.timing.line,
                    frame_count(frames)
                ),
            ));
        }
    }
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
    }
}

fn gap_chaining(ctx: &Context<'_>, info: &RuleInfo, out: &mut Vec<Diagnostic>) {
    let fps = ctx.fps;
    let from = fps.frames_min_ms(3) as i64;
    let below = ctx.thresholds.gap_chaining_below_ms as i64;
    let keep = ctx.thresholds.min_gap_frames;
    let maximum = ctx.thresholds.max_duration_ms as i64;
    for (previous, cue, gap) in gaps(&ctx.doc.cues) {
        if gap < from || gap >= below {
            continue;
        }
        let mut diagnostic = ctx.diagnostic(
            info,
            cue.timing.start_span.clone(),
            cue,
            format!(
                "{gap} ms ({}) after cue {} (line {}) ends: close the gap to {}",
                frames_text(fps, gap),
                previous.position,
                previous.timing.line,
                frame_count(keep)
            ),
        );
        if let Some(new_end) = frames_before(fps, cue.start, keep)
            && new_end > previous.end
            && new_end.signed() - previous.start.signed() <= maximum
        {
            diagnostic.fix = Some(Fix {
                description: format!(
                    "end cue {} at {new_end}, {keep} frames before cue {}",
                    previous.position, cue.position
                ),
                edits: vec![edit(ctx.doc, previous.timing.end_span.clone(), time_text(ctx.doc, new_end))],
            });
        }
        out.push(diagnostic);
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
        let tight = "1\n00:00:01,000 --> 00:00:01,500\nSí.\n\n2\n00:00:01,800 --> 00:00:06,000\nNo.\n";
        assert!(check_with(tight, &["min-duration"])[0].fix.is_none());
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
        // 3.337 s is frame 80; 2 frames earlier is frame 78 = 3253 ms.
        assert_eq!(diags[0].fix.as_ref().expect("fix").edits[0].replacement, "00:00:03,253");
    }
}
