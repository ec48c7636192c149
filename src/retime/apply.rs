//! Applying a [`Plan`] to a document: new times for the selected cues, written back losslessly.
//!
//! Only timestamp spans change ([`crate::srt::rewrite_times`]); a time that maps to itself keeps
//! its original spelling, and every other byte (text, tags, coordinates, index lines, blank lines,
//! unreadable blocks, line endings) is copied as it was.
use super::plan::{Mapped, Plan};
use crate::diagnostic::Message;
use crate::error::Error;
use crate::msg;
use crate::srt::{Cue, Document, Rewrite, rewrite_times};
use crate::time::Timestamp;

/// How many timing problems a [`TimingIssues`] keeps for display.
pub const SHOWN_ISSUES: usize = 5;

/// Options for [`retime`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ApplyOptions {
    /// Drop cues that end up entirely before zero and clamp starts before zero to zero, instead of
    /// failing.
    pub clamp: bool,
}

/// One cue's start, before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// 1-based position of the cue in the input.
    pub position: usize,
    /// The original start.
    pub before: Timestamp,
    /// The new start.
    pub after: Timestamp,
}

/// What is wrong between two neighbouring cues after retiming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// The later cue starts before the earlier one ends.
    Overlap,
    /// The gap between them is shorter than two frames.
    ShortGap,
}

/// A pair of neighbouring cues that breaks the two-frame minimum gap only after retiming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimingIssue {
    /// Overlap or short gap.
    pub kind: IssueKind,
    /// Position of the earlier cue.
    pub earlier: usize,
    /// Position of the later cue.
    pub later: usize,
    /// Timing line of the later cue (1-based).
    pub line: usize,
    /// Start of the later cue minus end of the earlier one, in ms (negative for overlaps).
    pub gap_ms: i64,
}

/// The timing problems retiming created: the first few, and how many in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimingIssues {
    /// The first [`SHOWN_ISSUES`] problems, in file order.
    pub shown: Vec<TimingIssue>,
    /// How many there are in all.
    pub total: usize,
}

/// The result of [`retime`].
#[derive(Debug, Clone)]
pub struct Retimed {
    /// The new source text (to be encoded like the input).
    pub text: String,
    /// Cues in the input.
    pub cues: usize,
    /// Cues whose start or end changed.
    pub changed: usize,
    /// Cues removed by `--clamp`.
    pub dropped: usize,
    /// Cues whose start `--clamp` moved up to 00:00:00,000.
    pub clamped: usize,
    /// The first changed cue.
    pub first: Option<Change>,
    /// The last changed cue.
    pub last: Option<Change>,
    /// Overlaps and short gaps that retiming introduced.
    pub timing: TimingIssues,
}

impl Retimed {
    /// The one-line summary of a retiming of the file named `name`: how many cues moved, and
    /// where the first and the last changed start went.
    pub fn summary(&self, name: &str) -> Message {
        match (self.first, self.last) {
            (Some(first), Some(last)) if self.changed > 1 => msg!(
                "retime-summary",
                name = name,
                changed = self.changed,
                cues = self.cues,
                first_before = first.before.to_string(),
                first_after = first.after.to_string(),
                first = first.position,
                last_before = last.before.to_string(),
                last_after = last.after.to_string(),
                last = last.position
            ),
            (Some(only), _) => msg!(
                "retime-summary-one",
                name = name,
                cues = self.cues,
                before = only.before.to_string(),
                after = only.after.to_string(),
                cue = only.position
            ),
            _ => msg!("retime-summary-none", name = name, cues = self.cues),
        }
    }
}

impl TimingIssues {
    /// `NAME: retiming left 3 pairs of cues closer than 2 frames at 23.976 fps (written anyway):
    /// cues 4–5 overlap by 120 ms (line 18), …, and 1 more`.
    pub fn describe(&self, name: &str, rate: crate::time::FrameRate) -> Message {
        let issue = |issue: &TimingIssue| match issue.kind {
            IssueKind::Overlap => msg!(
                "retime-issue-overlap",
                earlier = issue.earlier,
                later = issue.later,
                ms = issue.gap_ms.unsigned_abs(),
                line = issue.line
            ),
            IssueKind::ShortGap => msg!(
                "retime-issue-gap",
                earlier = issue.earlier,
                later = issue.later,
                ms = issue.gap_ms,
                line = issue.line
            ),
        };
        // The shown issues as one message: each one, a comma, the rest.
        let list = self.shown.iter().rev().fold(None, |rest: Option<Message>, shown| {
            Some(match rest {
                None => issue(shown),
                Some(rest) => msg!("retime-issue-list", first = issue(shown), rest = rest),
            })
        });
        let more = self.total.saturating_sub(self.shown.len());
        let tail = if more > 0 { msg!("retime-issue-more", more = more) } else { msg!("sync-nothing") };
        msg!(
            "retime-timing-issues",
            name = name,
            pairs = self.total,
            rate = rate.to_string(),
            list = list.unwrap_or_else(|| msg!("sync-nothing")),
            more = tail
        )
    }
}

/// What the last kept cue looked like, for the gap check.
#[derive(Debug, Clone, Copy)]
struct Previous {
    position: usize,
    old_end: Timestamp,
    new_end: Timestamp,
}

/// An error at a cue's timing line.
/// Where a retiming stopped, and why.
fn at_timing(cue: &Cue, message: Message) -> Refusal {
    Refusal { line: cue.timing.line, message }
}

/// A cue [`retime`] cannot place: the 1-based line of its timing line and why, as a message of
/// the interface bundles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The cue's timing line.
    pub line: usize,
    /// Why, naming the cue and its times.
    pub message: Message,
}

impl Refusal {
    /// The refusal as an error on its line, worded in `lang`.
    pub fn error_in(&self, lang: crate::ui::UiLang) -> Error {
        let mut error = Error::usage(crate::ui::render(lang, &self.message));
        error.line = Some(self.line);
        error
    }
}

/// Everything the per-cue closure accumulates.
struct State<'p> {
    plan: &'p Plan,
    options: ApplyOptions,
    /// The shortest gap that is two frames at the plan's rate, as `check`'s min-gap counts it.
    min_gap_ms: i64,
    error: Option<RetimeError>,
    previous: Option<Previous>,
    changed: usize,
    dropped: usize,
    clamped: usize,
    first: Option<Change>,
    last: Option<Change>,
    timing: TimingIssues,
}

/// Why [`retime`] wrote nothing. Each holds the one-line error about the first offending cue, at
/// its timing line and without a path (add it with [`Error::in_file`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetimeError {
    /// A cue would start or end before 00:00:00,000, and [`ApplyOptions::clamp`] was not set.
    BeforeZero(Refusal),
    /// A cue would start or end past the largest time, 9999:59:59,999.
    PastEnd(Refusal),
}

impl RetimeError {
    /// The cue and the reason, whichever the reason.
    pub fn refusal(&self) -> &Refusal {
        match self {
            RetimeError::BeforeZero(refusal) | RetimeError::PastEnd(refusal) => refusal,
        }
    }

    /// The error in English, whichever the reason.
    pub fn into_error(self) -> Error {
        self.refusal().error_in(crate::ui::UiLang::English)
    }
}

impl std::fmt::Display for RetimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.refusal().error_in(crate::ui::UiLang::English).fmt(f)
    }
}

impl std::error::Error for RetimeError {}

impl From<RetimeError> for Error {
    fn from(error: RetimeError) -> Self {
        error.into_error()
    }
}

/// Retime `doc` with `plan`.
///
/// Fails, writing nothing, when a selected cue would start or end before zero (unless
/// `options.clamp`) or past the largest timestamp; the error names the first such cue.
pub fn retime(doc: &Document, plan: &Plan, options: ApplyOptions) -> Result<Retimed, RetimeError> {
    let mut state = State {
        plan,
        options,
        min_gap_ms: i64::try_from(plan.rate.frames_min_ms(2)).unwrap_or(i64::MAX),
        error: None,
        previous: None,
        changed: 0,
        dropped: 0,
        clamped: 0,
        first: None,
        last: None,
        timing: TimingIssues::default(),
    };
    let text = rewrite_times(doc, |cue| state.decide(cue));
    if let Some(error) = state.error {
        return Err(error);
    }
    Ok(Retimed {
        text,
        cues: doc.cues.len(),
        changed: state.changed,
        dropped: state.dropped,
        clamped: state.clamped,
        first: state.first,
        last: state.last,
        timing: state.timing,
    })
}

impl State<'_> {
    fn decide(&mut self, cue: &Cue) -> Rewrite {
        if self.error.is_some() {
            return Rewrite::Keep;
        }
        if !self.plan.selection.contains(cue) {
            self.check_gap(cue, cue.start, cue.end);
            return Rewrite::Keep;
        }
        let (start, end) = self.plan.map_cue(cue.start, cue.end);
        let (start, end) = match (start.timestamp(), end.timestamp()) {
            (Some(start), Some(end)) => (start, end),
            _ => match self.out_of_range(cue, start, end) {
                Some(times) => times,
                None => return Rewrite::Drop,
            },
        };
        if start != cue.start || end != cue.end {
            self.changed += 1;
            let change = Change { position: cue.position, before: cue.start, after: start };
            self.first.get_or_insert(change);
            self.last = Some(change);
        }
        self.check_gap(cue, start, end);
        if start == cue.start && end == cue.end { Rewrite::Keep } else { Rewrite::Times(start, end) }
    }

    /// Handle a cue with a time outside the timeline: the clamped times, `None` to drop the cue,
    /// or an error recorded in `self.error` (and any times, which will not be written).
    fn out_of_range(&mut self, cue: &Cue, start: Mapped, end: Mapped) -> Option<(Timestamp, Timestamp)> {
        let fallback = Some((cue.start, cue.end));
        for (which, mapped, was) in [(msg!("retime-end"), end, cue.end), (msg!("retime-start"), start, cue.start)] {
            if mapped.is_too_large() {
                let message = msg!(
                    "retime-past-end",
                    cue = cue.position,
                    which = which,
                    mapped = mapped.message(),
                    was = was.to_string(),
                );
                self.error = Some(RetimeError::PastEnd(at_timing(cue, message)));
                return fallback;
            }
        }
        if !self.options.clamp {
            let (which, mapped, was) = if start.is_negative() {
                (msg!("retime-start"), start, cue.start)
            } else {
                (msg!("retime-end"), end, cue.end)
            };
            let message = msg!(
                "retime-before-zero",
                cue = cue.position,
                which = which,
                mapped = mapped.message(),
                was = was.to_string(),
            );
            self.error = Some(RetimeError::BeforeZero(at_timing(cue, message)));
            return fallback;
        }
        // Entirely before zero (or ending exactly at zero from before it): the cue goes.
        let end = match end.timestamp() {
            Some(end) if !(end == Timestamp::ZERO && start.is_negative()) => end,
            _ => {
                self.dropped += 1;
                return None;
            }
        };
        self.clamped += 1;
        Some((start.timestamp().unwrap_or(Timestamp::ZERO), end))
    }

    /// Record a gap problem between the previous kept cue and this one if retiming created it.
    fn check_gap(&mut self, cue: &Cue, start: Timestamp, end: Timestamp) {
        if let Some(previous) = self.previous {
            let old_gap = cue.start.since(previous.old_end).ms();
            let new_gap = start.since(previous.new_end).ms();
            if self.is_short(new_gap) && !self.is_short(old_gap) {
                self.timing.total += 1;
                if self.timing.shown.len() < SHOWN_ISSUES {
                    self.timing.shown.push(TimingIssue {
                        kind: if new_gap < 0 { IssueKind::Overlap } else { IssueKind::ShortGap },
                        earlier: previous.position,
                        later: cue.position,
                        line: cue.timing.line,
                        gap_ms: new_gap,
                    });
                }
            }
        }
        self.previous = Some(Previous { position: cue.position, old_end: cue.end, new_end: end });
    }

    /// Whether a gap is under two frames. Millisecond times round each end to the nearest
    /// millisecond, so 83 ms is two frames at 23.976 (83.4 ms): the same test as `check`'s
    /// min-gap, so that what retime warns about is what check reports.
    fn is_short(&self, gap_ms: i64) -> bool {
        gap_ms < self.min_gap_ms
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retime::ops::{Operations, Selection};
    use crate::srt::parse_str;
    use crate::time::TypedDuration;

    const FILE: &str = "1\n00:00:01,000 --> 00:00:02,000\nHola.\n\n2\n00:00:02,500 --> 00:00:04,000\n¿Qué tal?\n\n\
                        3\n00:00:05,000 --> 00:00:06,000\nAdiós.\n";

    fn run(ops: &Operations, clamp: bool) -> Result<Retimed, Error> {
        let doc = parse_str(FILE);
        let plan = Plan::build(ops, &doc).map_err(|e| Error::usage(e.to_string()))?;
        Ok(retime(&doc, &plan, ApplyOptions { clamp })?)
    }

    fn shift(ms: i64) -> Operations {
        Operations { shift: Some(TypedDuration::Millis(ms)), ..Operations::default() }
    }

    #[test]
    fn negative_result_names_the_first_cue_and_its_line() {
        let err = run(&shift(-1500), false).expect_err("cue 1 goes negative");
        assert_eq!(err.line, Some(2));
        assert!(err.message.starts_with("cue 1 would start at -00:00:00,500 (now 00:00:01,000)"), "{}", err.message);
    }

    #[test]
    fn clamp_drops_cues_before_zero_and_clamps_the_rest() {
        let done = run(&shift(-2600), true).expect("clamped");
        assert_eq!((done.dropped, done.clamped, done.changed), (1, 1, 2));
        assert_eq!(
            done.text,
            "2\n00:00:00,000 --> 00:00:01,400\n¿Qué tal?\n\n3\n00:00:02,400 --> 00:00:03,400\nAdiós.\n"
        );
    }

    #[test]
    fn ranges_leave_other_cues_alone_and_report_new_overlaps() {
        let ops = Operations { selection: Selection::Cues { from: 2, to: Some(2) }, ..shift(-600) };
        let done = run(&ops, false).expect("retimed");
        assert_eq!(done.changed, 1);
        assert!(done.text.contains("00:00:01,900 --> 00:00:03,400"));
        assert_eq!(done.timing.total, 1);
        let issue = done.timing.shown[0];
        assert_eq!(
            (issue.kind, issue.earlier, issue.later, issue.line, issue.gap_ms),
            (IssueKind::Overlap, 1, 2, 6, -100)
        );
    }

    #[test]
    fn short_gaps_count_at_the_plan_rate() {
        // 2.000 → 2.080 is an 80 ms gap: under two frames at 23.976 (83.4 ms).
        let ops = Operations { selection: Selection::Cues { from: 2, to: None }, ..shift(-420) };
        let done = run(&ops, false).expect("retimed");
        assert_eq!(done.timing.total, 1);
        assert_eq!(done.timing.shown[0].kind, IssueKind::ShortGap);
        assert_eq!(done.timing.shown[0].gap_ms, 80);
        // 83 ms is two frames at 23.976 as `check`'s min-gap counts them (both ends rounded to
        // the millisecond); 82 ms is not.
        let ops = Operations { selection: Selection::Cues { from: 2, to: None }, ..shift(-417) };
        assert_eq!(run(&ops, false).expect("retimed").timing.total, 0);
        let ops = Operations { selection: Selection::Cues { from: 2, to: None }, ..shift(-418) };
        assert_eq!(run(&ops, false).expect("retimed").timing.shown[0].gap_ms, 82);
    }

    #[test]
    fn zero_shift_is_byte_identical() {
        let done = run(&shift(0), false).expect("retimed");
        assert_eq!(done.text, FILE);
        assert_eq!(done.changed, 0);
        assert!(done.first.is_none());
    }
}
