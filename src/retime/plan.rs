//! Composing the requested operations into one exact map per time.
//!
//! Every operation before `--snap` is affine (t ↦ slope·t + offset), so the whole pipeline is
//! one exact rational affine map `t' = (a·t + b) / d` applied to each ORIGINAL time and rounded
//! once, half away from zero, to the millisecond. `--snap` rounds the exact value to the nearest
//! frame instead. Nothing is rounded twice and nothing accumulates along the file.
use super::ops::{Anchor, FpsSpec, Operations, Ratio, Selection};
use crate::bilingual::sync::SyncFit;
use crate::diagnostic::{Arg, Message};
use crate::msg;
use crate::srt::Document;
use crate::time::{FrameRate, MAX_MS, Timestamp, signed_gcd};

/// Why [`Plan::build`] refused the operations. Each names the operation, not how it was asked
/// for: a caller with flags or fields says which one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// The shift could not be resolved to milliseconds at the source rate (for example a frame
    /// count past the largest time).
    Shift(String),
    /// The shift is a frame count and no frame rate was given.
    ShiftFramesNeedRate {
        /// The frame count.
        frames: i64,
    },
    /// A shift was given together with one sync anchor, which decides the offset itself.
    ShiftWithOneAnchor,
    /// Two sync anchors were given together with a shift, a scale or a rate conversion.
    TwoAnchorsWithOtherOperations,
    /// Both sync anchors name the same cue.
    SameAnchorCue {
        /// The 1-based cue position.
        cue: usize,
    },
    /// The two anchors' cues start at the same time.
    SameAnchorStart {
        /// The first anchor's cue.
        first: usize,
        /// The second anchor's cue.
        second: usize,
        /// Their common start.
        start: Timestamp,
    },
    /// The anchors map a later cue before an earlier one (or both to one time).
    AnchorsReverse {
        /// The first anchor.
        first: Anchor,
        /// The second anchor.
        second: Anchor,
    },
    /// More than two sync anchors.
    TooManyAnchors,
    /// An anchor names a cue the file does not have.
    NoSuchCue {
        /// The anchor.
        anchor: Anchor,
        /// How many cues the file has.
        count: usize,
    },
    /// Snapping was asked for without a frame rate.
    SnapNeedsRate,
    /// The selection picks no cue of the file.
    SelectsNothing {
        /// The selection.
        selection: Selection,
        /// How many cues the file has.
        count: usize,
    },
    /// The composed factors are too precise to compute exactly.
    TooPrecise,
}

impl PlanError {
    /// The reason in words that name no flag, as a message of the interface bundles.
    pub fn message(&self) -> Message {
        match self {
            PlanError::Shift(message) => msg!("retime-plan-shift", reason = message.as_str()),
            PlanError::ShiftFramesNeedRate { frames } => msg!("retime-plan-shift-frames-need-rate", frames = *frames),
            PlanError::ShiftWithOneAnchor => msg!("retime-plan-shift-with-one-anchor"),
            PlanError::TwoAnchorsWithOtherOperations => msg!("retime-plan-two-anchors-and-more"),
            PlanError::SameAnchorCue { cue } => msg!("retime-plan-same-anchor-cue", cue = *cue),
            PlanError::SameAnchorStart { first, second, start } => {
                msg!("retime-plan-same-anchor-start", first = *first, second = *second, start = start.to_string())
            }
            PlanError::AnchorsReverse { first, second } => msg!(
                "retime-plan-anchors-reverse",
                first = first.cue,
                first_time = first.time.to_string(),
                second = second.cue,
                second_time = second.time.to_string(),
            ),
            PlanError::TooManyAnchors => msg!("retime-plan-too-many-anchors"),
            PlanError::NoSuchCue { anchor, count } => msg!("retime-plan-no-such-cue", cue = anchor.cue, count = *count),
            PlanError::SnapNeedsRate => msg!("retime-plan-snap-needs-rate"),
            PlanError::SelectsNothing { count, .. } => msg!("retime-plan-selects-nothing", count = *count),
            PlanError::TooPrecise => msg!("retime-plan-too-precise"),
        }
    }
}

impl std::fmt::Display for PlanError {
    /// The reason in English, in words that name no flag.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ui::render(crate::ui::UiLang::English, &self.message()))
    }
}

impl std::error::Error for PlanError {}

/// An exact affine map on milliseconds: `t' = (a·t + b) / d`, with `a > 0` and `d > 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Affine {
    a: i128,
    b: i128,
    d: i128,
}

impl Affine {
    /// t' = t.
    pub const IDENTITY: Affine = Affine { a: 1, b: 0, d: 1 };

    /// Then move by `ms` milliseconds.
    pub fn then_shift(self, ms: i64) -> Option<Affine> {
        let b = self.b.checked_add(i128::from(ms).checked_mul(self.d)?)?;
        Some(Affine { b, ..self }.reduced())
    }

    /// Then multiply by `factor`.
    pub fn then_scale(self, factor: Ratio) -> Option<Affine> {
        Some(
            Affine {
                a: self.a.checked_mul(factor.num())?,
                b: self.b.checked_mul(factor.num())?,
                d: self.d.checked_mul(factor.den())?,
            }
            .reduced(),
        )
    }

    /// Keep the slope, but choose the offset so that `original` maps exactly to `target`.
    pub fn anchored(self, original: Timestamp, target: Timestamp) -> Option<Affine> {
        // (a·t − a·o + y·d) / d: at t = o this is exactly y.
        let b =
            i128::from(target.ms()).checked_mul(self.d)?.checked_sub(self.a.checked_mul(i128::from(original.ms()))?)?;
        Some(Affine { b, ..self }.reduced())
    }

    /// The line through two anchors `(o1 → y1)` and `(o2 → y2)`; `None` unless it rises.
    pub fn through(o1: Timestamp, y1: Timestamp, o2: Timestamp, y2: Timestamp) -> Option<Affine> {
        let (o1, y1, o2, y2) = (i128::from(o1.ms()), i128::from(y1.ms()), i128::from(o2.ms()), i128::from(y2.ms()));
        let (mut a, mut d) = (y2 - y1, o2 - o1);
        if d < 0 {
            a = -a;
            d = -d;
        }
        if a <= 0 || d == 0 {
            return None;
        }
        // y1 + (t − o1)·a/d = (a·t − a·o1 + y1·d) / d
        Some(Affine { a, b: y1 * d - a * o1, d }.reduced())
    }

    /// The slope as a fraction.
    pub fn slope(self) -> Ratio {
        Ratio::new(self.a, self.d).unwrap_or(Ratio::ONE)
    }

    /// The offset `b / d` in milliseconds, for display.
    pub fn offset_ms(self) -> f64 {
        self.b as f64 / self.d as f64
    }

    /// Whether this map leaves every time where it is.
    pub fn is_identity(self) -> bool {
        self == Affine::IDENTITY
    }

    fn reduced(self) -> Affine {
        let g = signed_gcd(signed_gcd(self.a, self.b), self.d);
        Affine { a: self.a / g, b: self.b / g, d: self.d / g }
    }
}

/// `n / d` rounded half away from zero; `d > 0`.
fn div_round(n: i128, d: i128) -> i128 {
    // Nearly every value fits in 64 bits, where division is several times faster than in i128.
    if let (Ok(magnitude), Ok(divisor)) = (u64::try_from(n.unsigned_abs()), u64::try_from(d))
        && let Some(sum) = magnitude.checked_add(divisor / 2)
    {
        let quotient = i128::from(sum / divisor);
        return if n < 0 { -quotient } else { quotient };
    }
    let half = d / 2;
    if n >= 0 { (n + half) / d } else { -((-n + half) / d) }
}

/// Where one time lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mapped {
    /// A signed millisecond value: valid when `0..=MAX_MS`.
    Ms(i64),
    /// Before zero, by an amount the map does not say (a reference fit).
    BeforeZero,
    /// Beyond anything representable.
    TooLarge,
}

impl Mapped {
    /// The timestamp, if the value is in range.
    pub fn timestamp(self) -> Option<Timestamp> {
        match self {
            Mapped::Ms(ms) => Timestamp::from_signed_ms(i128::from(ms)),
            Mapped::BeforeZero | Mapped::TooLarge => None,
        }
    }

    /// Whether the value is before 00:00:00,000.
    pub fn is_negative(self) -> bool {
        matches!(self, Mapped::BeforeZero) || matches!(self, Mapped::Ms(ms) if ms < 0)
    }

    /// Whether the value is past the largest timestamp.
    pub fn is_too_large(self) -> bool {
        matches!(self, Mapped::TooLarge) || matches!(self, Mapped::Ms(ms) if ms > MAX_MS as i64)
    }
}

impl Mapped {
    /// `00:00:01,200`, `-00:00:01,200`, `before 00:00:00,000`, as a message.
    pub fn message(self) -> Message {
        match self {
            Mapped::Ms(ms) => {
                let abs = ms.unsigned_abs();
                let (h, m, s, milli) = (abs / 3_600_000, abs / 60_000 % 60, abs / 1000 % 60, abs % 1000);
                let sign = if ms < 0 { "-" } else { "" };
                msg!("retime-time", time = format!("{sign}{h:02}:{m:02}:{s:02},{milli:03}"))
            }
            Mapped::BeforeZero => msg!("retime-before-start-of-timeline"),
            Mapped::TooLarge => msg!("retime-after-end-of-timeline"),
        }
    }
}

impl std::fmt::Display for Mapped {
    /// [`Mapped::message`] in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ui::render(crate::ui::UiLang::English, &self.message()))
    }
}

/// How times are mapped: an exact affine map from the operations, or a fit to a reference file.
#[derive(Debug, Clone)]
pub enum TimeMap {
    /// Shift, scale, frame-rate conversion and sync, composed.
    Affine(Affine),
    /// `--reference`: the transform another file's timing implies.
    Reference(SyncFit),
}

/// Everything needed to retime one document: the map, the optional snap, and which cues.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The map from original to new times.
    pub map: TimeMap,
    /// Snap results to frame boundaries at this rate.
    pub snap: Option<FrameRate>,
    /// Which cues change.
    pub selection: Selection,
    /// The rate the result is judged at for gaps (`--fps`, else 23.976).
    pub rate: FrameRate,
}

impl Plan {
    /// Compose `ops` for `doc` (sync anchors refer to its cues).
    ///
    /// Order: shift → scale and `--fps FROM:TO` → sync → snap.
    pub fn build(ops: &Operations, doc: &Document) -> Result<Plan, PlanError> {
        let too_precise = || PlanError::TooPrecise;
        let mut map = Affine::IDENTITY;
        if let Some(shift) = ops.shift {
            let rate = ops.fps.map(FpsSpec::source_rate);
            if let (crate::time::TypedDuration::Frames(frames), None) = (shift, rate) {
                return Err(PlanError::ShiftFramesNeedRate { frames });
            }
            let ms = shift.resolve(rate).map_err(|e| PlanError::Shift(e.into()))?;
            map = map.then_shift(ms).ok_or_else(too_precise)?;
        }
        for factor in [ops.scale, ops.fps.and_then(FpsSpec::conversion)].into_iter().flatten() {
            map = map.then_scale(factor).ok_or_else(too_precise)?;
        }
        map = match ops.sync.as_slice() {
            [] => map,
            [anchor] => {
                if ops.shift.is_some() {
                    return Err(PlanError::ShiftWithOneAnchor);
                }
                let original = anchor_start(doc, anchor)?;
                map.anchored(original, anchor.time).ok_or_else(too_precise)?
            }
            [first, second] => {
                if ops.shift.is_some() || ops.scale.is_some() || ops.fps.and_then(FpsSpec::conversion).is_some() {
                    return Err(PlanError::TwoAnchorsWithOtherOperations);
                }
                if first.cue == second.cue {
                    return Err(PlanError::SameAnchorCue { cue: first.cue });
                }
                let (o1, o2) = (anchor_start(doc, first)?, anchor_start(doc, second)?);
                if o1 == o2 {
                    return Err(PlanError::SameAnchorStart { first: first.cue, second: second.cue, start: o1 });
                }
                Affine::through(o1, first.time, o2, second.time)
                    .ok_or(PlanError::AnchorsReverse { first: *first, second: *second })?
            }
            _ => return Err(PlanError::TooManyAnchors),
        };
        let snap =
            if ops.snap { Some(ops.fps.map(FpsSpec::target_rate).ok_or(PlanError::SnapNeedsRate)?) } else { None };
        check_headroom(map, snap).ok_or_else(too_precise)?;
        let rate = ops.fps.map_or(FrameRate::FILM, FpsSpec::target_rate);
        let plan = Plan { map: TimeMap::Affine(map), snap, selection: ops.selection, rate };
        plan.check_selection(doc)?;
        Ok(plan)
    }

    /// A plan that maps times with a reference fit, then optionally snaps.
    pub fn from_reference(fit: SyncFit, snap: Option<FrameRate>, rate: FrameRate) -> Plan {
        Plan { map: TimeMap::Reference(fit), snap, selection: Selection::All, rate }
    }

    /// Error unless the selection picks at least one cue of `doc`.
    fn check_selection(&self, doc: &Document) -> Result<(), PlanError> {
        if self.selection == Selection::All || doc.cues.iter().any(|cue| self.selection.contains(cue)) {
            return Ok(());
        }
        Err(PlanError::SelectsNothing { selection: self.selection, count: doc.cues.len() })
    }

    /// Where `time` lands.
    pub fn map(&self, time: Timestamp) -> Mapped {
        match &self.map {
            TimeMap::Affine(affine) => map_affine(*affine, self.snap, time),
            TimeMap::Reference(fit) => fit.map(time).map_or(Mapped::BeforeZero, |mapped| self.snapped(mapped)),
        }
    }

    /// Where a cue's start and end land. A reference fit maps both with the segment of the start,
    /// so a cue that straddles a cut keeps its duration.
    pub fn map_cue(&self, start: Timestamp, end: Timestamp) -> (Mapped, Mapped) {
        let TimeMap::Reference(fit) = &self.map else { return (self.map(start), self.map(end)) };
        match fit.map_cue(start, end) {
            Some((start, end)) => (self.snapped(start), self.snapped(end)),
            None => (Mapped::BeforeZero, fit.map(end).map_or(Mapped::BeforeZero, |end| self.snapped(end))),
        }
    }

    /// A mapped timestamp, snapped if the plan snaps.
    fn snapped(&self, time: Timestamp) -> Mapped {
        match self.snap {
            None => Mapped::Ms(time.signed()),
            Some(rate) => Mapped::Ms(rate.snap_ms(time.signed())),
        }
    }

    /// The composed affine map, unless this plan follows a reference.
    pub fn affine(&self) -> Option<Affine> {
        match &self.map {
            TimeMap::Affine(affine) => Some(*affine),
            TimeMap::Reference(_) => None,
        }
    }

    /// Whether no time can move.
    pub fn is_identity(&self) -> bool {
        self.snap.is_none() && self.affine().is_some_and(Affine::is_identity)
    }

    /// `t × 25025/24000 (1.042708) + 1.200s`: the composed map, for messages, in English.
    pub fn describe(&self) -> String {
        crate::ui::render(crate::ui::UiLang::English, &self.described())
    }

    /// [`Plan::describe`] as a message of the interface bundles.
    pub fn described(&self) -> Message {
        match &self.map {
            TimeMap::Reference(fit) => fit.described.clone(),
            TimeMap::Affine(affine) => {
                let slope = affine.slope();
                let offset = affine.offset_ms();
                let sign = if offset < 0.0 { '-' } else { '+' };
                let factor = if slope == Ratio::ONE {
                    msg!("sync-nothing")
                } else {
                    msg!("retime-map-factor", slope = slope.to_string(), value = Arg::Fixed(slope.as_f64(), 6))
                };
                let snap = self
                    .snap
                    .map_or_else(|| msg!("sync-nothing"), |rate| msg!("retime-map-snap", fps = rate.to_string()));
                msg!(
                    "retime-map",
                    factor = factor,
                    sign = sign,
                    offset = Arg::Fixed(offset.abs() / 1000.0, 3),
                    snap = snap
                )
            }
        }
    }
}

/// The original start of an anchor's cue.
fn anchor_start(doc: &Document, anchor: &Anchor) -> Result<Timestamp, PlanError> {
    let count = doc.cues.len();
    doc.cues.get(anchor.cue.wrapping_sub(1)).map(|cue| cue.start).ok_or(PlanError::NoSuchCue { anchor: *anchor, count })
}

/// Whether every time up to [`MAX_MS`] can be mapped (and snapped) without overflowing `i128`.
fn check_headroom(map: Affine, snap: Option<FrameRate>) -> Option<()> {
    let top = map.a.checked_mul(i128::from(MAX_MS))?.checked_add(map.b.abs())?;
    if let Some(rate) = snap {
        top.checked_mul(i128::from(rate.num()))?;
        map.d.checked_mul(1000)?.checked_mul(i128::from(rate.den()))?;
    }
    Some(())
}

fn map_affine(map: Affine, snap: Option<FrameRate>, time: Timestamp) -> Mapped {
    let exact = map.a.checked_mul(i128::from(time.ms())).and_then(|v| v.checked_add(map.b));
    let Some(exact) = exact else { return Mapped::TooLarge };
    let ms = match snap {
        None if map.d == 1 => exact,
        None => div_round(exact, map.d),
        Some(rate) => {
            // frame = round(exact/d · num / (1000·den)); ms = round(frame · 1000·den / num).
            let (num, den) = (i128::from(rate.num()), i128::from(rate.den()) * 1000);
            let frame = match (exact.checked_mul(num), map.d.checked_mul(den)) {
                (Some(n), Some(d)) => div_round(n, d),
                _ => return Mapped::TooLarge,
            };
            match frame.checked_mul(den) {
                Some(n) => div_round(n, num),
                None => return Mapped::TooLarge,
            }
        }
    };
    i64::try_from(ms).map_or(Mapped::TooLarge, Mapped::Ms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn ts(ms: u64) -> Timestamp {
        Timestamp::from_ms(ms).expect("in range")
    }

    const FILE: &str = "1\n00:00:01,000 --> 00:00:02,000\nHola.\n\n2\n00:00:10,000 --> 00:00:12,000\n¿Qué tal?\n\n\
                        3\n00:01:40,000 --> 00:01:42,500\nAdiós.\n";

    #[test]
    fn shift_then_conversion_is_one_exact_map() {
        let doc = parse_str(FILE);
        let ops = Operations {
            shift: Some(crate::time::TypedDuration::Millis(1000)),
            fps: Some(FpsSpec::parse("25:23.976").expect("rate")),
            ..Operations::default()
        };
        let plan = Plan::build(&ops, &doc).expect("plan");
        // (100000 + 1000) × 25·1001/24000 = 105313.541… → 105314.
        assert_eq!(plan.map(ts(100_000)), Mapped::Ms(105_314));
        assert_eq!(plan.map(ts(0)), Mapped::Ms(1043)); // 1042.708…
        assert_eq!(plan.rate, FrameRate::FILM);
    }

    #[test]
    fn two_anchors_land_exactly_and_one_anchor_keeps_the_speed() {
        let doc = parse_str(FILE);
        let sync = vec![Anchor { cue: 1, time: ts(1_500) }, Anchor { cue: 3, time: ts(104_321) }];
        let plan = Plan::build(&Operations { sync, ..Operations::default() }, &doc).expect("plan");
        assert_eq!(plan.map(ts(1_000)), Mapped::Ms(1_500));
        assert_eq!(plan.map(ts(100_000)), Mapped::Ms(104_321));
        let one = Operations {
            sync: vec![Anchor { cue: 2, time: ts(11_000) }],
            scale: Some(Ratio::parse("2").expect("factor")),
            ..Operations::default()
        };
        let plan = Plan::build(&one, &doc).expect("plan");
        assert_eq!(plan.map(ts(10_000)), Mapped::Ms(11_000));
        assert_eq!(plan.map(ts(12_000)), Mapped::Ms(15_000));
    }

    #[test]
    fn contradictory_or_impossible_requests_are_refused() {
        let doc = parse_str(FILE);
        let reversed = Operations {
            sync: vec![Anchor { cue: 1, time: ts(50_000) }, Anchor { cue: 3, time: ts(10_000) }],
            ..Operations::default()
        };
        assert!(Plan::build(&reversed, &doc).is_err());
        let missing = Operations { sync: vec![Anchor { cue: 9, time: ts(1) }], ..Operations::default() };
        let err = Plan::build(&missing, &doc).expect_err("no cue 9");
        assert_eq!(err, PlanError::NoSuchCue { anchor: Anchor { cue: 9, time: ts(1) }, count: 3 });
        assert_eq!(err.to_string(), "there is no cue 9 (the file has 3 cues)");
        let snap = Operations { snap: true, ..Operations::default() };
        assert_eq!(Plan::build(&snap, &doc).expect_err("needs fps"), PlanError::SnapNeedsRate);
        let frames = Operations { shift: Some(crate::time::TypedDuration::Frames(12)), ..Operations::default() };
        assert_eq!(Plan::build(&frames, &doc).expect_err("needs fps"), PlanError::ShiftFramesNeedRate { frames: 12 });
        let selection = Selection::Cues { from: 5, to: None };
        let nothing = Operations { selection, ..Operations::default() };
        assert_eq!(
            Plan::build(&nothing, &doc).expect_err("selects nothing"),
            PlanError::SelectsNothing { selection, count: 3 }
        );
    }

    #[test]
    fn snapping_rounds_the_exact_value_to_a_frame() {
        let doc = parse_str(FILE);
        let ops = Operations { snap: true, fps: Some(FpsSpec::parse("25").expect("rate")), ..Operations::default() };
        let plan = Plan::build(&ops, &doc).expect("plan");
        assert_eq!(plan.map(ts(1_019)), Mapped::Ms(1_000));
        assert_eq!(plan.map(ts(1_020)), Mapped::Ms(1_040));
        let film = Operations { snap: true, fps: Some(FpsSpec::Rate(FrameRate::FILM)), ..Operations::default() };
        let plan = Plan::build(&film, &doc).expect("plan");
        assert_eq!(plan.map(ts(1_000)), Mapped::Ms(1_001));
    }

    #[test]
    fn rounding_is_half_away_from_zero_in_both_widths() {
        for (n, d, q) in [(5, 10, 1), (-5, 10, -1), (4, 10, 0), (-4, 10, 0), (15, 10, 2), (-15, 10, -2), (7, 3, 2)] {
            assert_eq!(div_round(n, d), q, "{n}/{d}");
            let big = i128::from(u64::MAX) * 8;
            assert_eq!(div_round(n * big, d * big), q, "{n}/{d} in i128");
        }
    }

    #[test]
    fn negative_results_format_with_a_sign() {
        assert_eq!(Mapped::Ms(-1_200).to_string(), "-00:00:01,200");
        assert!(Mapped::Ms(-1).is_negative());
        assert!(Mapped::Ms(MAX_MS as i64 + 1).is_too_large());
        assert_eq!(Mapped::Ms(MAX_MS as i64 + 1).to_string(), "10000:00:00,000");
    }
}
