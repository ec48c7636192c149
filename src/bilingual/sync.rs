//! Finding the timing transform that maps one language's file onto the other's.
//!
//! Both languages of a film are spotted to the same picture, so most cues of INPUT start where
//! a cue of the reference starts (give or take the few frames two subtitlers' hands differ by),
//! once the transform is undone. The transform is piecewise affine: one rate factor for the
//! whole file (a frame-rate conversion such as 25 → 23.976, or none) and one offset per segment
//! (a cut adds or removes material).
//!
//! 1. **Rate and main offset.** For every candidate ratio, a sample of INPUT starts votes for
//!    the offsets `reference start − ratio × input start` against every reference start; the
//!    true ratio piles its votes into one bin, wrong ones smear them along the drift. The best
//!    ratios are refined with 1 ms bins.
//! 2. **Segments.** Each INPUT cue is matched against the reference under every known offset; a
//!    Viterbi pass picks, cue by cue, the offset that matches, charging a penalty per switch, so
//!    only consistent jumps (cuts) start a new segment. Any offset may open the file (the first
//!    segment is not bound to the main offset). Runs of cues that match under no known offset
//!    vote locally for a new one, and the pass repeats.
//! 3. **Refinement.** Each segment's offset is the least-squares fit (the mean residual) over its
//!    own matched pairs near their median, re-centred until it settles. Then neighbouring
//!    segments whose offsets differ by less than the minimum cut, or a segment that fewer than
//!    [`MIN_SUPPORT`] of its cues support, are merged and refitted: a cut is a sustained jump of
//!    at least the minimum size with several cues on each side. Offsets are kept exactly as a
//!    fraction of the ratio's denominator; every mapped time is rounded once, half away from zero.
//! 4. **Judgement.** The score is the share of INPUT cues whose mapped start lands within the
//!    tolerance of a reference start. A fit with rate 1 and one segment whose offset is within
//!    the tolerance of zero is *already in sync*: the two files differ by spotting, not by a
//!    transform, and the caller should leave INPUT as it is.
//!
//! The cost is linear in the number of cues for a fixed sample size (the global vote compares
//! 128 sampled starts with every reference start): a 1,500-cue film takes a few tens of
//! milliseconds in a release build.
use super::align::{Span, for_each_overlap};
use crate::diagnostic::{Arg, Message};
use crate::msg;
use crate::srt::Document;
use crate::time::{FrameRate, Timestamp, gcd, mul_div_round};
use crate::ui::UiLang;

/// Frame rates whose conversions are tried, every pair in both directions (plus the caller's
/// rate, when given): 23.976, 24, 25, 29.97, 30, 50, 59.94, 60. PAL speed-up (24 or 23.976 → 25)
/// and slow-down (25 → 24 or 23.976) are among the pairs.
const RATES: [(u32, u32); 8] =
    [(24000, 1001), (24, 1), (25, 1), (30000, 1001), (30, 1), (50, 1), (60000, 1001), (60, 1)];
/// INPUT starts used for the global vote (evenly spread over the file).
const SAMPLE: usize = 128;
/// Width of the coarse vote bins, in ms.
const COARSE_BIN: f64 = 40.0;
/// A start matches a reference start when they are this close (ms), about 1.5 frames: the
/// window segmentation and refinement work with (the score uses the caller's tolerance).
const MATCH_MS: f64 = 60.0;
/// Cost, in unmatched cues, of switching offsets between two cues: a segment in mid-file must
/// match 13 more cues than the offsets around it would, so chance runs never make one.
const SWITCH_PENALTY: u32 = 6;
/// Residuals within this distance (ms) of a segment's offset feed its least-squares refinement.
const REFINE_MS: f64 = 200.0;
/// A run of at least this many unmatched cues votes for a new offset.
const MIN_RUN: usize = 4;
/// A segment needs at least this many matched cues of its own; a weaker one joins a neighbour.
pub const MIN_SUPPORT: usize = 4;
/// How far (ms) from the main offset a cut's offset may lie.
const CUT_RADIUS: f64 = 900_000.0;
/// Most offsets (segments' states) considered under one ratio.
const MAX_OFFSETS: usize = 32;
/// Ratios whose coarse vote is at least this share of the best one are examined in full.
const KEEP_RATIO: f64 = 0.5;

/// How to fit and how strictly to judge the fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncOptions {
    /// A frame rate added to the conversions tried (the eight common rates always are).
    pub fps: Option<FrameRate>,
    /// The smallest jump (ms) between two segments' offsets: closer offsets are one segment
    /// whose in-times wander (another subtitler's hand), not a cut.
    pub min_cut_ms: u64,
    /// A mapped start within this many ms of a reference start counts for the score, and a fit
    /// within this many ms of the identity is already in sync.
    pub tolerance_ms: u64,
}

impl Default for SyncOptions {
    /// No extra rate, cuts of half a second or more, a tolerance of 3 frames at 23.976 (126 ms).
    fn default() -> Self {
        SyncOptions { fps: None, min_cut_ms: 500, tolerance_ms: FrameRate::FILM.frames_max_ms(3) }
    }
}

/// One piece of the piecewise-affine map: from `from` on (INPUT time), `t ↦ (t·num + offset) / den`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// The first INPUT time (ms) the segment applies to; the first segment starts at zero.
    pub from: u64,
    /// The offset in units of `1/den` ms (so offsets keep sub-millisecond precision exactly).
    pub offset: i64,
    /// INPUT cues in the segment whose start lands within the tolerance of a reference start
    /// under the segment's offset.
    pub matched: usize,
    /// INPUT cues in the segment.
    pub cues: usize,
    /// The segment's first INPUT cue (its position in the file).
    pub first_cue: usize,
    /// The segment's last INPUT cue (its position in the file).
    pub last_cue: usize,
}

/// A run of INPUT cues, by 1-based position in time order and by INPUT time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    /// First cue of the run.
    pub first_cue: usize,
    /// Last cue of the run (inclusive).
    pub last_cue: usize,
    /// Start of the first cue (INPUT time).
    pub start: Timestamp,
    /// End of the last cue (INPUT time).
    pub end: Timestamp,
}

/// The transform found by [`fit`] and how well it lines INPUT up with the reference.
#[derive(Debug, Clone)]
pub struct SyncFit {
    /// Human description in English: offset, rate factor, cuts with the offsets on both sides,
    /// e.g. `offset +2.500 s, rate 25 → 23.976 (×1.042708), 2 segments (cut at 00:31:12,400:
    /// +2.500 s → −0.500 s)`; [`SyncFit::described`] is the same as a message.
    pub description: String,
    /// [`SyncFit::description`] as a message of the interface bundles, to render in any language.
    pub described: Message,
    /// Share of INPUT cues that overlap a reference cue after mapping (0..=1). Not a quality
    /// signal (a cue 2 s off still overlaps); see [`SyncFit::score`].
    pub overlap: f64,
    /// Share of INPUT cues whose mapped start lands within the tolerance of a reference start
    /// (0..=1): the quality of the fit.
    pub score: f64,
    /// INPUT cues counted by `score`.
    pub within: usize,
    /// The tolerance (ms) the score and the dead band used.
    pub tolerance_ms: u64,
    /// The best fit is the identity give or take the tolerance: rate 1, one segment, offset
    /// within the tolerance of zero. INPUT should be left as it is.
    pub in_sync: bool,
    /// The longest run of consecutive INPUT cues none of which the score counts, if any.
    pub worst: Option<Stretch>,
    /// Rate factor numerator: mapped time = input time × `ratio_num / ratio_den` + offset.
    pub ratio_num: i64,
    /// Rate factor denominator.
    pub ratio_den: i64,
    /// The frame-rate conversion the ratio stands for (`from`, `to`), when it is not 1.
    pub rates: Option<(FrameRate, FrameRate)>,
    /// The segments, ordered by `from`; never empty.
    pub segments: Vec<Segment>,
    /// INPUT cues whose start lands within the tolerance of a reference start under their segment's offset.
    pub matched: usize,
    /// INPUT cues.
    pub input_cues: usize,
}

impl SyncFit {
    /// Map one time of INPUT onto the reference's timeline (`None` if it would be negative).
    pub fn map(&self, time: Timestamp) -> Option<Timestamp> {
        self.map_with(self.segment_at(time.ms()), time)
    }

    /// Map a cue's start and end with the segment of its start, so a cue that straddles a cut
    /// keeps its duration. `None` if the start would be negative.
    pub fn map_cue(&self, start: Timestamp, end: Timestamp) -> Option<(Timestamp, Timestamp)> {
        let segment = self.segment_at(start.ms());
        let mapped_start = self.map_with(segment, start)?;
        let mapped_end = self.map_with(segment, end)?;
        Some((mapped_start, mapped_end.max(mapped_start)))
    }

    /// The offset of segment `index` in milliseconds (fractional).
    pub fn offset_ms(&self, index: usize) -> Option<f64> {
        self.segments.get(index).map(|s| s.offset as f64 / self.ratio_den as f64)
    }

    /// The rate factor as a float, for display.
    pub fn ratio(&self) -> f64 {
        self.ratio_num as f64 / self.ratio_den as f64
    }

    /// Whether the score reaches `threshold` (a share, 0..=1).
    pub fn passes(&self, threshold: f64) -> bool {
        self.score >= threshold
    }

    /// The plan over several lines, in English: see [`SyncFit::plan_lines`].
    pub fn plan(&self) -> String {
        self.plan_in(UiLang::English)
    }

    /// The plan over several lines, in `lang`.
    pub fn plan_in(&self, lang: UiLang) -> String {
        let lines: Vec<String> = self.plan_lines().iter().map(|line| crate::ui::render(lang, line)).collect();
        lines.join("\n")
    }

    /// The plan, one message a line: rate, one line per segment (its cues, where it starts and
    /// its offset), one per cut (where, and the offsets on both sides), and the score.
    pub fn plan_lines(&self) -> Vec<Message> {
        let ratio = Arg::Fixed(self.ratio(), 6);
        let mut out = vec![match self.rates {
            Some((from, to)) => {
                msg!("sync-plan-rate-convert", from = from.to_string(), to = to.to_string(), ratio = ratio)
            }
            None if self.ratio_num != self.ratio_den => msg!("sync-plan-rate-factor", ratio = ratio),
            None => msg!("sync-plan-rate-unchanged"),
        }];
        for (i, segment) in self.segments.iter().enumerate() {
            let from = Timestamp::from_ms(segment.from).unwrap_or(Timestamp::ZERO);
            out.push(msg!(
                "sync-plan-segment",
                segment = i + 1,
                first = segment.first_cue,
                last = segment.last_cue,
                from = from.to_string(),
                offset = seconds(self.offset_ms(i).unwrap_or(0.0)),
                matched = segment.matched,
                cues = segment.cues,
            ));
        }
        for (i, pair) in self.segments.windows(2).enumerate() {
            let at = Timestamp::from_ms(pair[1].from).unwrap_or(Timestamp::ZERO);
            let (before, after) = (self.offset_ms(i).unwrap_or(0.0), self.offset_ms(i + 1).unwrap_or(0.0));
            out.push(msg!(
                "sync-plan-cut",
                at = at.to_string(),
                before = seconds(before),
                after = seconds(after),
                jump = seconds(after - before),
            ));
        }
        out.push(msg!(
            "sync-plan-score",
            score = Arg::Fixed(self.score * 100.0, 1),
            within = self.within,
            cues = self.input_cues,
            tolerance = self.tolerance_ms,
        ));
        out
    }

    fn segment_at(&self, ms: u64) -> &Segment {
        let index = self.segments.partition_point(|s| s.from <= ms).saturating_sub(1);
        // `segments` is never empty (fit always builds at least one), but stay total anyway.
        self.segments.get(index).unwrap_or(&IDENTITY)
    }

    fn map_with(&self, segment: &Segment, time: Timestamp) -> Option<Timestamp> {
        let value = i128::from(time.ms()) * i128::from(self.ratio_num) + i128::from(segment.offset);
        Timestamp::from_signed_ms(mul_div_round(value, 1, i128::from(self.ratio_den.max(1))))
    }
}

const IDENTITY: Segment = Segment { from: 0, offset: 0, matched: 0, cues: 0, first_cue: 1, last_cue: 1 };

/// A candidate rate factor `num / den` and the conversion it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ratio {
    num: i64,
    den: i64,
    rates: Option<(FrameRate, FrameRate)>,
}

impl Ratio {
    fn value(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

/// 1 and every conversion between two rates of the family (both directions).
fn candidate_ratios(fps: Option<FrameRate>) -> Vec<Ratio> {
    let mut rates: Vec<FrameRate> = RATES.iter().filter_map(|&(n, d)| FrameRate::new(n, d)).collect();
    if let Some(rate) = fps.filter(|r| !rates.contains(r)) {
        rates.push(rate);
    }
    let mut out = vec![Ratio { num: 1, den: 1, rates: None }];
    for &from in &rates {
        for &to in &rates {
            // Times scale by from/to: a file timed at 25 fps shown at 23.976 lasts 25/23.976 longer.
            let num = u64::from(from.num()) * u64::from(to.den());
            let den = u64::from(from.den()) * u64::from(to.num());
            let g = u64::try_from(gcd(u128::from(num), u128::from(den))).unwrap_or(1);
            let (num, den) = ((num / g) as i64, (den / g) as i64);
            if !out.iter().any(|r| r.num == num && r.den == den) {
                out.push(Ratio { num, den, rates: Some((from, to)) });
            }
        }
    }
    out
}

/// Why [`fit_with`] found no transform: a message of the interface bundles, naming no flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncError(pub Message);

impl std::fmt::Display for SyncError {
    /// The reason in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ui::render(UiLang::English, &self.0))
    }
}

impl std::error::Error for SyncError {}

/// What [`fit_with`] returns.
pub type Result<T, E = SyncError> = std::result::Result<T, E>;

/// [`fit_with`] with the default options and `fps` added to the rates tried.
pub fn fit(input: &Document, reference: &Document, fps: Option<FrameRate>) -> Result<SyncFit> {
    fit_with(input, reference, &SyncOptions { fps, ..SyncOptions::default() })
}

/// Find the transform that best maps `input` onto `reference`, and judge it.
///
/// Fails when either file has no cues, or when too few cues line up under any transform for
/// the result to mean anything (not the same film). A fit that is found but poor is returned
/// with its [`SyncFit::score`]; a fit within the tolerance of the identity has
/// [`SyncFit::in_sync`] set. Deciding what to do with either is the caller's.
pub fn fit_with(input: &Document, reference: &Document, options: &SyncOptions) -> Result<SyncFit> {
    let mut order: Vec<(Span, usize)> = input.cues.iter().map(|c| (Span::of(c), c.position)).collect();
    order.sort_by_key(|(s, _)| (s.start, s.end));
    let cues: Vec<Span> = order.iter().map(|(s, _)| *s).collect();
    let mut refs: Vec<i64> = reference.cues.iter().map(|c| c.start.signed()).collect();
    refs.sort_unstable();
    if cues.is_empty() {
        return Err(SyncError(msg!("sync-no-input-cues")));
    }
    if refs.is_empty() {
        return Err(SyncError(msg!("sync-no-reference-cues")));
    }
    let starts: Vec<i64> = cues.iter().map(|s| s.start).collect();
    let (min_cut, tolerance) = (options.min_cut_ms as f64, options.tolerance_ms as f64);

    // 1. Which ratios pile their votes into one offset?
    let step = starts.len().div_ceil(SAMPLE).max(1);
    let sample: Vec<i64> = starts.iter().step_by(step).copied().collect();
    let mut scored: Vec<(u32, f64, Ratio)> = candidate_ratios(options.fps)
        .into_iter()
        .filter_map(|ratio| {
            let mapped: Vec<f64> = sample.iter().map(|&x| x as f64 * ratio.value()).collect();
            let (lo, hi) = offset_range(&mapped, &refs)?;
            coarse_peak(&mapped, &refs, lo, hi).map(|(offset, votes)| (votes, offset, ratio))
        })
        .collect();
    // Best votes first; on a tie the simpler ratio (1 comes first in the candidates).
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    let best_votes = scored.first().map_or(0, |s| s.0);

    // 2. Segment under each promising ratio; keep the one that matches most cues.
    let mut best: Option<Model> = None;
    for &(votes, coarse, ratio) in scored.iter().take(3) {
        if f64::from(votes) < f64::from(best_votes) * KEEP_RATIO {
            break;
        }
        let mapped: Vec<f64> = starts.iter().map(|&x| x as f64 * ratio.value()).collect();
        let Some((main, _)) = fine_peak(&mapped, &refs, coarse, 2.0 * COARSE_BIN) else { continue };
        let model = segment(&mapped, &refs, ratio, main, min_cut);
        if best.as_ref().is_none_or(|b| model.score > b.score) {
            best = Some(model);
        }
    }
    let Some(model) = best else {
        return Err(SyncError(msg!("sync-nothing-lines-up")));
    };
    let needed = (starts.len().min(refs.len()) as f64 * 0.2).ceil().max(2.0) as usize;
    if model.matched < needed.min(starts.len()) {
        return Err(SyncError(msg!("sync-too-few-match", matched = model.matched, cues = starts.len())));
    }

    // 3. Each segment's offset from its own cues; then weak or too-close segments merge.
    let mut pieces: Vec<Piece> = Vec::new();
    let mut index = 0;
    while index < starts.len() {
        let state = model.states[index];
        let mut end = index;
        while end < starts.len() && model.states[end] == state {
            end += 1;
        }
        let seed = model.offsets.get(state).copied().unwrap_or(0.0);
        pieces.push(Piece::fitted(&model.mapped, &refs, index, end, seed, tolerance));
        index = end;
    }
    split_edges(&mut pieces, &model.mapped, &refs, min_cut, tolerance);
    consolidate(&mut pieces, &model.mapped, &refs, min_cut, tolerance);

    let ratio = model.ratio;
    let segments: Vec<Segment> = pieces
        .iter()
        .map(|piece| {
            let from = match piece.from.checked_sub(1) {
                None => 0,
                Some(before) => {
                    // Between the previous cue's end and this cue's start, so both map with their
                    // own segment.
                    let (prev, this) = (cues[before], cues[piece.from]);
                    if prev.end < this.start { (prev.end + this.start) / 2 } else { this.start }
                }
            };
            Segment {
                from: u64::try_from(from).unwrap_or(0),
                offset: (piece.offset * ratio.den as f64).round() as i64,
                matched: piece.matched,
                cues: piece.to - piece.from,
                first_cue: order.get(piece.from).map_or(0, |o| o.1),
                last_cue: order.get(piece.to.saturating_sub(1)).map_or(0, |o| o.1),
            }
        })
        .collect();
    let matched = segments.iter().map(|s| s.matched).sum();
    let mut fit = SyncFit {
        description: String::new(),
        described: msg!("sync-plan-rate-unchanged"),
        overlap: 0.0,
        score: 0.0,
        within: 0,
        tolerance_ms: options.tolerance_ms,
        in_sync: false,
        worst: None,
        ratio_num: ratio.num,
        ratio_den: ratio.den,
        rates: ratio.rates,
        segments,
        matched,
        input_cues: starts.len(),
    };
    fit.overlap = overlap(&fit, input, reference);
    judge(&mut fit, &order, &refs);
    fit.described = describe(&fit);
    fit.description = crate::ui::render(UiLang::English, &fit.described);
    Ok(fit)
}

/// A run of INPUT cues (indices in time order) under one offset, while segments are settled.
#[derive(Debug, Clone, Copy)]
struct Piece {
    from: usize,
    to: usize,
    /// Offset in ms.
    offset: f64,
    /// Cues within the tolerance of a reference start under `offset`.
    matched: usize,
}

impl Piece {
    /// The piece `from..to` with its offset refined from `seed` on its own cues, and how many of
    /// them start within `tolerance` of a reference start under it.
    fn fitted(mapped: &[f64], refs: &[i64], from: usize, to: usize, seed: f64, tolerance: f64) -> Piece {
        let starts = mapped.get(from..to).unwrap_or(&[]);
        let mut offset = seed;
        // The vote's peak may sit a frame or two off centre when the reference's in-times
        // wander; re-centring the window converges in a step or two.
        for _ in 0..4 {
            let residuals: Vec<f64> = starts
                .iter()
                .zip(matches(starts, refs, offset, REFINE_MS))
                .filter_map(|(&x, r)| r.map(|r| r as f64 - x))
                .collect();
            let Some(refined) = refine(&residuals) else { break };
            let settled = (refined - offset).abs() < 0.001;
            offset = refined;
            if settled {
                break;
            }
        }
        let matched = matches(starts, refs, offset, tolerance).iter().filter(|m| m.is_some()).count();
        Piece { from, to, offset, matched }
    }
}

/// Give the first and the last few cues their own segment when they match under another
/// offset: a cut a handful of cues from either end is worth less than a switch to the Viterbi
/// pass, but those cues deserve their own offset as much as any. The edge run (up to the first
/// two cues in a row that match under its piece's offset) needs [`MIN_SUPPORT`] cues, two
/// thirds of them and at least
/// [`MIN_SUPPORT`] within `tolerance` of a reference start under the new one (a short run is
/// judged with the caller's tolerance, as the score is, since a few frames of difference in
/// spotting would leave it too few matches), and a jump of at least `min_cut`.
fn split_edges(pieces: &mut Vec<Piece>, mapped: &[f64], refs: &[i64], min_cut: f64, tolerance: f64) {
    let matched_under = |i: usize, offset: f64| {
        let x = mapped.get(i..=i).unwrap_or(&[]);
        matches(x, refs, offset, MATCH_MS).first().is_some_and(Option::is_some)
    };
    for leading in [true, false] {
        let Some(&piece) = (if leading { pieces.first() } else { pieces.last() }) else { return };
        let starts = mapped.get(piece.from..piece.to).unwrap_or(&[]);
        let hits = matches(starts, refs, piece.offset, MATCH_MS);
        // The edge runs until two cues in a row match under the piece's offset: one chance
        // match does not end it.
        let ordered: Vec<bool> = if leading {
            hits.iter().map(Option::is_some).collect()
        } else {
            hits.iter().rev().map(Option::is_some).collect()
        };
        let run = ordered.windows(2).position(|w| w[0] && w[1]).unwrap_or(ordered.len());
        if run < MIN_SUPPORT || run >= starts.len() {
            continue;
        }
        let mut cut = if leading { piece.from + run } else { piece.to - run };
        let edge = if leading { piece.from..cut } else { cut..piece.to };
        let Some(offset) = edge_offset(mapped.get(edge.clone()).unwrap_or(&[]), refs, piece.offset) else { continue };
        // Cues at the boundary that match under the edge's offset and not the piece's go with
        // the edge (the run stopped at a chance match, or the cut sits a cue further in).
        while (piece.from..piece.to).contains(&if leading { cut } else { cut.wrapping_sub(1) }) {
            let i = if leading { cut } else { cut - 1 };
            if !matched_under(i, offset) || matched_under(i, piece.offset) {
                break;
            }
            cut = if leading { cut + 1 } else { cut - 1 };
        }
        if cut <= piece.from || cut >= piece.to {
            continue;
        }
        let (head, tail) = if leading {
            (
                Piece::fitted(mapped, refs, piece.from, cut, offset, tolerance),
                Piece::fitted(mapped, refs, cut, piece.to, piece.offset, tolerance),
            )
        } else {
            (
                Piece::fitted(mapped, refs, piece.from, cut, piece.offset, tolerance),
                Piece::fitted(mapped, refs, cut, piece.to, offset, tolerance),
            )
        };
        let (new, edge) = if leading { (head, piece.from..cut) } else { (tail, cut..piece.to) };
        let support = new.matched;
        if support >= MIN_SUPPORT && support * 3 >= edge.len() * 2 && (head.offset - tail.offset).abs() >= min_cut {
            let at = if leading { 0 } else { pieces.len() - 1 };
            pieces.splice(at..=at, [head, tail]);
        }
    }
}

/// The offset a short run of starts votes for, within [`CUT_RADIUS`] of `around`.
fn edge_offset(run: &[f64], refs: &[i64], around: f64) -> Option<f64> {
    let (lo, hi) = offset_range(run, refs)?;
    let (lo, hi) = (lo.max(around - CUT_RADIUS), hi.min(around + CUT_RADIUS));
    if lo >= hi {
        return None;
    }
    let (coarse, _) = coarse_peak(run, refs, lo, hi)?;
    fine_peak(run, refs, coarse, 2.0 * COARSE_BIN).map(|(offset, _)| offset)
}

/// Merge neighbouring pieces until every jump is at least `min_cut` ms and every piece has
/// [`MIN_SUPPORT`] matched cues (or one piece is left). A merged piece is refitted on all its
/// cues, starting from the offset of the part with more matches.
fn consolidate(pieces: &mut Vec<Piece>, mapped: &[f64], refs: &[i64], min_cut: f64, tolerance: f64) {
    while pieces.len() > 1 {
        let close = pieces.windows(2).position(|w| (w[0].offset - w[1].offset).abs() < min_cut);
        let weak = || {
            let (i, _) =
                pieces.iter().enumerate().filter(|(_, p)| p.matched < MIN_SUPPORT).min_by_key(|(_, p)| p.matched)?;
            // A weak piece joins the neighbour whose offset is nearer.
            let distance = |j: usize| pieces.get(j).map_or(f64::MAX, |p| (p.offset - pieces[i].offset).abs());
            // The pair (left, left + 1) to merge: with the left neighbour when it is nearer or
            // there is no right one.
            match i.checked_sub(1) {
                Some(before) if i + 1 >= pieces.len() || distance(before) <= distance(i + 1) => Some(before),
                _ => Some(i),
            }
        };
        let Some(left) = close.or_else(weak).filter(|&left| left + 1 < pieces.len()) else { break };
        let (a, b) = (pieces[left], pieces[left + 1]);
        let seed = if a.matched >= b.matched { a.offset } else { b.offset };
        pieces[left] = Piece::fitted(mapped, refs, a.from, b.to, seed, tolerance);
        pieces.remove(left + 1);
    }
}

/// Score `fit` against the reference starts: which INPUT cues (in time order, with their
/// positions) land within the tolerance, the share, the worst run, and the dead band.
fn judge(fit: &mut SyncFit, order: &[(Span, usize)], refs: &[i64]) {
    let tolerance = i64::try_from(fit.tolerance_ms).unwrap_or(i64::MAX);
    let hit: Vec<bool> = order
        .iter()
        .map(|(span, _)| {
            let Some(mapped) = u64::try_from(span.start).ok().and_then(Timestamp::from_ms).and_then(|t| fit.map(t))
            else {
                return false;
            };
            let at = mapped.signed();
            let next = refs.partition_point(|&r| r < at);
            let near = |k: Option<usize>| k.and_then(|k| refs.get(k)).is_some_and(|&r| (r - at).abs() <= tolerance);
            near(Some(next)) || near(next.checked_sub(1))
        })
        .collect();
    fit.within = hit.iter().filter(|&&h| h).count();
    fit.score = fit.within as f64 / hit.len().max(1) as f64;
    let mut worst: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < hit.len() {
        if hit[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < hit.len() && !hit[i] {
            i += 1;
        }
        if worst.is_none_or(|(a, b)| i - start > b - a) {
            worst = Some((start, i));
        }
    }
    fit.worst = worst.and_then(|(a, b)| {
        let ((first, first_position), (last, last_position)) = (order.get(a)?, order.get(b - 1)?);
        Some(Stretch {
            first_cue: *first_position,
            last_cue: *last_position,
            start: Timestamp::from_signed_ms(i128::from(first.start))?,
            end: Timestamp::from_signed_ms(i128::from(last.end))?,
        })
    });
    let offset = fit.offset_ms(0).unwrap_or(f64::MAX);
    fit.in_sync = fit.ratio_num == fit.ratio_den && fit.segments.len() == 1 && offset.abs() <= fit.tolerance_ms as f64;
}

/// The smallest and largest possible `reference − mapped input` difference.
fn offset_range(mapped: &[f64], refs: &[i64]) -> Option<(f64, f64)> {
    let (first, last) = (*refs.first()? as f64, *refs.last()? as f64);
    let (lo, hi) = mapped.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    (lo <= hi).then_some((first - hi - 1.0, last - lo + 1.0))
}

/// Vote with every (input, reference) pair whose difference is in `lo..=hi`, in coarse bins;
/// return the centre of the best pair of adjacent bins and its votes.
fn coarse_peak(mapped: &[f64], refs: &[i64], lo: f64, hi: f64) -> Option<(f64, u32)> {
    // Keep the histogram bounded even for absurd time spans (the format allows 9,999 hours).
    let bin = COARSE_BIN.max((hi - lo) / 4_000_000.0);
    let bins = ((hi - lo) / bin).ceil() as usize + 2;
    let mut histogram = vec![0u32; bins];
    let refs: Vec<f64> = refs.iter().map(|&r| r as f64).collect();
    for &x in mapped {
        let first = refs.partition_point(|&r| r - x < lo);
        for &r in refs.get(first..).unwrap_or(&[]) {
            let d = r - x;
            if d > hi {
                break;
            }
            if let Some(slot) = histogram.get_mut(((d - lo) / bin) as usize) {
                *slot += 1;
            }
        }
    }
    let (k, votes) = histogram.windows(2).map(|w| w[0] + w[1]).enumerate().max_by_key(|&(k, v)| (v, usize::MAX - k))?;
    (votes > 0).then_some((lo + (k as f64 + 1.0) * bin, votes))
}

/// Refine an offset to the millisecond: 1 ms bins within `radius` of `center`, smoothed over
/// ±3 ms; the best bin and the votes within [`MATCH_MS`] of it.
fn fine_peak(mapped: &[f64], refs: &[i64], center: f64, radius: f64) -> Option<(f64, usize)> {
    let lo = (center - radius).floor();
    let bins = (2.0 * radius).ceil() as usize + 1;
    let mut histogram = vec![0u32; bins];
    for &x in mapped {
        let first = refs.partition_point(|&r| (r as f64) - x < lo);
        for &r in refs.get(first..).unwrap_or(&[]) {
            let d = r as f64 - x - lo;
            if d >= bins as f64 {
                break;
            }
            if let Some(slot) = histogram.get_mut(d.round() as usize) {
                *slot += 1;
            }
        }
    }
    const HALF: usize = 3;
    let mut best: Option<(usize, u32)> = None;
    let mut window: u32 = histogram.iter().take(HALF).sum();
    for k in 0..bins {
        if let Some(&v) = histogram.get(k + HALF) {
            window += v;
        }
        if best.is_none_or(|(_, b)| window > b) {
            best = Some((k, window));
        }
        if k >= HALF {
            window -= histogram.get(k - HALF).copied().unwrap_or(0);
        }
    }
    let (k, votes) = best?;
    if votes == 0 {
        return None;
    }
    let offset = lo + k as f64;
    let matched = matches(mapped, refs, offset, MATCH_MS).iter().filter(|m| m.is_some()).count();
    Some((offset, matched))
}

/// For each mapped input start (sorted), the nearest reference start within `tolerance` ms
/// under `offset`, by value.
fn matches(mapped: &[f64], refs: &[i64], offset: f64, tolerance: f64) -> Vec<Option<i64>> {
    let mut j = 0;
    mapped
        .iter()
        .map(|&x| {
            let target = x + offset;
            while j < refs.len() && (refs[j] as f64) < target - tolerance {
                j += 1;
            }
            let mut nearest: Option<i64> = None;
            for &r in refs.get(j..).unwrap_or(&[]) {
                let distance = (r as f64 - target).abs();
                if r as f64 > target + tolerance {
                    break;
                }
                if nearest.is_none_or(|n| distance < (n as f64 - target).abs()) {
                    nearest = Some(r);
                }
            }
            nearest
        })
        .collect()
}

/// The result of segmenting under one ratio.
struct Model {
    ratio: Ratio,
    /// Input starts × ratio.
    mapped: Vec<f64>,
    /// Known offsets (ms); state `k` of a cue means `offsets[k]`.
    offsets: Vec<f64>,
    /// Per input cue: its offset state.
    states: Vec<usize>,
    /// Cues matched.
    matched: usize,
    /// Matched cues minus switch penalties (higher is better).
    score: i64,
}

/// Find the offsets and the cue-by-cue assignment to them under `ratio`.
fn segment(mapped: &[f64], refs: &[i64], ratio: Ratio, main: f64, min_cut: f64) -> Model {
    let mut offsets = vec![main];
    let mut table = vec![matches(mapped, refs, main, MATCH_MS)];
    let mut states = viterbi(&table);
    // Each pass may add one offset per long unmatched run; a film has a handful of cuts.
    for _ in 0..12 {
        let mut added = false;
        for (from, to) in unmatched_runs(&table, &states) {
            let run = mapped.get(from..to).unwrap_or(&[]);
            let Some((lo, hi)) = offset_range(run, refs) else { continue };
            let (lo, hi) = (lo.max(main - CUT_RADIUS), hi.min(main + CUT_RADIUS));
            if lo >= hi {
                continue;
            }
            let Some((coarse, _)) = coarse_peak(run, refs, lo, hi) else { continue };
            let Some((offset, votes)) = fine_peak(run, refs, coarse, 2.0 * COARSE_BIN) else { continue };
            // A short run finds some offset where three of its starts happen to match; ask for
            // at least MIN_RUN matches, and a third of the run.
            let enough = votes >= MIN_RUN && votes * 3 >= run.len();
            let distinct = offsets.iter().all(|o| (o - offset).abs() >= min_cut);
            if enough && distinct && offsets.len() < MAX_OFFSETS {
                offsets.push(offset);
                table.push(matches(mapped, refs, offset, MATCH_MS));
                added = true;
            }
        }
        if !added {
            break;
        }
        states = viterbi(&table);
    }
    let pairs: Vec<Option<i64>> =
        states.iter().enumerate().map(|(i, &s)| table.get(s).and_then(|t| t.get(i).copied().flatten())).collect();
    let matched = pairs.iter().filter(|p| p.is_some()).count();
    let switches = states.windows(2).filter(|w| w[0] != w[1]).count();
    let score = matched as i64 - (switches as i64) * i64::from(SWITCH_PENALTY);
    Model { ratio, mapped: mapped.to_vec(), offsets, states, matched, score }
}

/// The cheapest assignment of cues to offsets: 1 per unmatched cue, [`SWITCH_PENALTY`] per
/// switch. Every offset is free at the start, so the cues before the first cut keep their own
/// offset however much the rest of the file outweighs them.
fn viterbi(table: &[Vec<Option<i64>>]) -> Vec<usize> {
    let states = table.len();
    let n = table.first().map_or(0, Vec::len);
    if states == 0 || n == 0 {
        return vec![0; n];
    }
    let miss = |k: usize, i: usize| u32::from(table[k].get(i).is_none_or(Option::is_none));
    let mut cost: Vec<u32> = vec![0; states];
    for (k, c) in cost.iter_mut().enumerate() {
        *c += miss(k, 0);
    }
    let mut back = vec![0u8; n * states];
    let mut next = vec![0u32; states];
    for i in 1..n {
        let (best_state, best_cost) = cost.iter().copied().enumerate().min_by_key(|&(k, c)| (c, k)).unwrap_or((0, 0));
        for k in 0..states {
            // On a tie, switch here rather than earlier: cues between two segments that match
            // under neither keep the earlier offset, and the cut lands just before the first
            // cue that proves the new one.
            let (from, c) = if k == best_state || cost[k] < best_cost + SWITCH_PENALTY {
                (k, cost[k])
            } else {
                (best_state, best_cost + SWITCH_PENALTY)
            };
            next[k] = c + miss(k, i);
            back[i * states + k] = from as u8;
        }
        std::mem::swap(&mut cost, &mut next);
    }
    let mut state = cost.iter().copied().enumerate().min_by_key(|&(k, c)| (c, k)).map_or(0, |(k, _)| k);
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = state;
        state = usize::from(back[i * states + state]);
    }
    out
}

/// Ranges of at least [`MIN_RUN`] consecutive cues unmatched under their assigned offset.
fn unmatched_runs(table: &[Vec<Option<i64>>], states: &[usize]) -> Vec<(usize, usize)> {
    let unmatched = |i: usize| table.get(states[i]).and_then(|t| t.get(i)).is_none_or(Option::is_none);
    let mut runs = Vec::new();
    let mut i = 0;
    while i < states.len() {
        if !unmatched(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < states.len() && unmatched(i) {
            i += 1;
        }
        if i - start >= MIN_RUN {
            runs.push((start, i));
        }
    }
    runs
}

/// Least-squares offset (the mean residual) over the residuals near their median, so a stray
/// match a frame away does not pull the fit.
fn refine(residuals: &[f64]) -> Option<f64> {
    let mut sorted = residuals.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = *sorted.get(sorted.len().checked_sub(1)? / 2)?;
    let near: Vec<f64> = sorted.into_iter().filter(|r| (r - median).abs() <= MATCH_MS / 2.0).collect();
    (!near.is_empty()).then(|| near.iter().sum::<f64>() / near.len() as f64)
}

/// Share of mapped INPUT cues overlapping a reference cue.
fn overlap(fit: &SyncFit, input: &Document, reference: &Document) -> f64 {
    let mapped: Vec<Span> = input
        .cues
        .iter()
        .filter_map(|c| fit.map_cue(c.start, c.end))
        .map(|(s, e)| Span { start: s.signed(), end: e.signed().max(s.signed() + 1) })
        .collect();
    if mapped.is_empty() {
        return 0.0;
    }
    let refs: Vec<Span> = reference.cues.iter().map(Span::of).collect();
    let mut hit = vec![false; mapped.len()];
    for_each_overlap(&mapped, &refs, |i, _, _| hit[i] = true);
    hit.iter().filter(|&&h| h).count() as f64 / mapped.len() as f64
}

/// `+2.500 s`, `−3.000 s` (with a real minus sign; the decimals as the language writes them).
fn seconds(ms: f64) -> Message {
    // Shown to the millisecond: a value that rounds to zero is +0.000, never −0.000.
    let whole = ms.round();
    let sign = if whole < 0.0 { '−' } else { '+' };
    msg!("sync-seconds", sign = sign, seconds = Arg::Fixed(whole.abs() / 1000.0, 3))
}

/// The fit in one line: its offset, its rate change if any, and its cuts if any.
fn describe(fit: &SyncFit) -> Message {
    let ratio = Arg::Fixed(fit.ratio(), 6);
    let rate = match fit.rates {
        Some((from, to)) => msg!("sync-rate-convert", from = from.to_string(), to = to.to_string(), ratio = ratio),
        None if fit.ratio_num != fit.ratio_den => msg!("sync-rate-factor", ratio = ratio),
        None => msg!("sync-nothing"),
    };
    let segments = if fit.segments.len() > 1 {
        let cuts: Vec<Message> = fit
            .segments
            .windows(2)
            .enumerate()
            .map(|(i, pair)| {
                let at = Timestamp::from_ms(pair[1].from).unwrap_or(Timestamp::ZERO);
                let (before, after) = (fit.offset_ms(i).unwrap_or(0.0), fit.offset_ms(i + 1).unwrap_or(0.0));
                msg!("sync-cut", at = at.to_string(), before = seconds(before), after = seconds(after))
            })
            .collect();
        msg!("sync-segments", count = fit.segments.len(), cuts = cuts)
    } else {
        msg!("sync-nothing")
    };
    msg!("sync-description", offset = seconds(fit.offset_ms(0).unwrap_or(0.0)), rate = rate, segments = segments)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::{Subtitle, WriteOptions, parse_str, write_subtitles};

    /// A small template: `n` cues of 1.5–3 s with varied gaps, frame-ish times.
    fn template(n: usize) -> Vec<(u64, u64)> {
        let mut t = 2_000u64;
        let mut seed = 7u64;
        (0..n)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let duration = 1_500 + (seed >> 33) % 1_500;
                let gap = [83, 125, 250, 500, 1_200, 3_000][((seed >> 20) % 6) as usize];
                let cue = (t, t + duration);
                t += duration + gap;
                cue
            })
            .collect()
    }

    fn doc(times: &[(u64, u64)]) -> Document {
        let subs: Vec<Subtitle> = times
            .iter()
            .filter_map(|&(s, e)| {
                Some(Subtitle {
                    start: Timestamp::from_ms(s)?,
                    end: Timestamp::from_ms(e)?,
                    lines: vec!["Hola".into()],
                })
            })
            .collect();
        parse_str(&write_subtitles(&subs, &WriteOptions::default()))
    }

    #[test]
    fn candidates_include_the_pal_and_ntsc_conversions() {
        let ratios = candidate_ratios(None);
        assert!(ratios.iter().any(|r| (r.num, r.den) == (1001, 960)), "25 → 23.976");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (960, 1001)), "23.976 → 25");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (1001, 1000)), "24 → 23.976");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (5, 4)), "29.97 → 23.976");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (24, 25)), "24 → 25, PAL speed-up");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (2, 1)), "50 → 25");
        assert!(ratios.iter().any(|r| (r.num, r.den) == (1001, 1000)), "60 → 59.94");
        // 1, and every distinct ratio of two of the eight rates.
        assert_eq!(ratios.len(), 41);
    }

    #[test]
    fn a_plain_shift_is_found_exactly() {
        let reference = template(200);
        let input: Vec<(u64, u64)> = reference.iter().map(|&(s, e)| (s + 2_500, e + 2_500)).collect();
        let fit = fit(&doc(&input), &doc(&reference), None).expect("fit");
        assert_eq!((fit.ratio_num, fit.ratio_den), (1, 1));
        assert_eq!(fit.segments.len(), 1);
        assert_eq!(fit.description, "offset −2.500 s");
        for (&(s, _), &(truth, _)) in input.iter().zip(&reference) {
            assert_eq!(fit.map(Timestamp::from_ms(s).expect("ms")).map(Timestamp::ms), Some(truth));
        }
        assert!((fit.overlap - 1.0).abs() < 1e-9);
        assert!((fit.score - 1.0).abs() < 1e-9 && fit.worst.is_none() && !fit.in_sync);
    }

    #[test]
    fn a_shift_within_the_tolerance_is_already_in_sync() {
        let reference = template(200);
        for by in [0, 40, 83, 120] {
            let input: Vec<(u64, u64)> = reference.iter().map(|&(s, e)| (s + by, e + by)).collect();
            let fit = fit(&doc(&input), &doc(&reference), None).expect("fit");
            assert!(fit.in_sync, "{by} ms: {}", fit.description);
        }
        let input: Vec<(u64, u64)> = reference.iter().map(|&(s, e)| (s + 200, e + 200)).collect();
        let fit = fit(&doc(&input), &doc(&reference), None).expect("fit");
        assert!(!fit.in_sync, "{}", fit.description);
    }

    #[test]
    fn the_worst_stretch_is_the_longest_run_that_lands_nowhere() {
        let reference = template(200);
        // Cues 81–120 moved by their own amounts: no offset fits them.
        let input: Vec<(u64, u64)> = reference
            .iter()
            .enumerate()
            .map(
                |(i, &(s, e))| {
                    if (80..120).contains(&i) { (s + 300 + 7 * i as u64, e + 300 + 7 * i as u64) } else { (s, e) }
                },
            )
            .collect();
        let fit = fit(&doc(&input), &doc(&reference), None).expect("fit");
        let worst = fit.worst.expect("a stretch");
        assert!(worst.first_cue <= 81 && worst.last_cue >= 115, "{worst:?}");
        assert!(fit.score < 0.85, "{}", fit.score);
        assert!(fit.plan().contains("score: "), "{}", fit.plan());
    }

    #[test]
    fn unrelated_files_are_refused() {
        let a = doc(&[(1_000, 2_000), (5_000, 6_000), (9_000, 9_500), (20_000, 22_000)]);
        let b = doc(&[(1_300, 2_000), (7_100, 7_400), (13_000, 13_500), (50_100, 52_000)]);
        assert!(fit(&a, &b, None).is_err());
        assert!(fit(&doc(&[]), &b, None).is_err());
    }

    #[test]
    fn viterbi_switches_only_for_consistent_runs() {
        let m = |v: &str| v.bytes().map(|b| (b == b'1').then_some(0)).collect::<Vec<_>>();
        // Offset 1 matches one stray cue early and a short run in the middle (not worth two
        // switches), then a long run at the end (worth one).
        let table = vec![m("1110111111000001111111111100000000000"), m("0001000000111110000000000011111111111")];
        let expected: Vec<usize> =
            "0000000000000000000000000011111111111".bytes().map(|b| usize::from(b - b'0')).collect();
        assert_eq!(viterbi(&table), expected);
    }
}
