//! What the HTML and CSV reports show besides the findings: each file's cues (times, visible
//! text, reading speed), the settings that applied, the file's number in the run (for anchors),
//! and for `pair` the other file aligned cue by cue; and what applies to the whole run.
//!
//! Producers attach a [`FileDetail`] to a [`FileReport`](super::FileReport) only when the format
//! asks for one ([`ReportFormat::needs_detail`](super::ReportFormat::needs_detail)), so the other
//! formats never build it.
use crate::diagnostic::{Diagnostic, Message, Severity};
use crate::document::{Cue, Document};
use crate::time::{FrameRate, Timestamp};
use crate::visible::plain_cue;
use std::ops::Range;

/// One cue as the reports draw and quote it.
#[derive(Debug, Clone, PartialEq)]
pub struct CueBrief {
    /// 1-based position of the cue in its file (what findings call `cue`).
    pub position: usize,
    /// Start time.
    pub start: Timestamp,
    /// End time.
    pub end: Timestamp,
    /// 1-based line of the timing line (what `pair` findings call `other_line`).
    pub line: usize,
    /// Byte range in the decoded source from the timing line's start to the block's end: what
    /// the HTML report quotes for a finding about the cue.
    pub text_span: Range<usize>,
    /// Visible text (markup removed), lines joined with `\n`.
    pub text: String,
    /// Characters (grapheme clusters) of the visible text, line breaks not counted: what
    /// `max-cps` divides by the duration.
    pub chars: usize,
    /// The highest severity of the findings about this cue, if any.
    pub worst: Option<Severity>,
    /// How many findings are about this cue.
    pub findings: usize,
}

impl CueBrief {
    /// Duration in milliseconds (negative when the cue ends before it starts).
    pub fn duration_ms(&self) -> i64 {
        self.end.signed() - self.start.signed()
    }

    /// Reading speed in characters per second, when the cue has text and a positive duration.
    pub fn cps(&self) -> Option<f64> {
        let duration = self.duration_ms();
        (duration > 0 && self.chars > 0).then(|| self.chars as f64 * 1000.0 / duration as f64)
    }

    /// Mark a finding about this cue.
    fn count(&mut self, severity: Severity) {
        self.findings += 1;
        self.worst = self.worst.max(Some(severity));
    }
}

/// The cues of `doc` as the reports need them, with the findings of `found` that are about a
/// cue counted on it (by `Diagnostic::cue`).
pub fn cue_briefs(doc: &Document, found: &[Diagnostic]) -> Vec<CueBrief> {
    let mut cues: Vec<CueBrief> = doc.cues.iter().map(|cue| brief(doc, cue)).collect();
    for d in found {
        if let Some(cue) = d.cue.and_then(|position| find_cue_mut(&mut cues, position)) {
            cue.count(d.severity);
        }
    }
    cues
}

/// One cue's brief.
fn brief(doc: &Document, cue: &Cue) -> CueBrief {
    let plain = plain_cue(doc, cue);
    CueBrief {
        position: cue.position,
        start: cue.start,
        end: cue.end,
        line: cue.timing.line,
        text_span: match &doc.origin {
            // A TTML report shows the XML.
            Some(origin) => origin.xml_span(&(cue.timing.span.start.min(cue.block.end)..cue.block.end)),
            None => cue.timing.span.start.min(cue.block.end)..cue.block.end,
        },
        text: plain.lines.join("\n"),
        chars: plain.chars,
        worst: None,
        findings: 0,
    }
}

/// The cue at 1-based `position` in `cues` (positions are consecutive from 1, so this is a
/// lookup, with a search as a fallback).
pub fn find_cue(cues: &[CueBrief], position: usize) -> Option<&CueBrief> {
    match position.checked_sub(1).and_then(|i| cues.get(i)) {
        Some(cue) if cue.position == position => Some(cue),
        _ => cues.iter().find(|cue| cue.position == position),
    }
}

fn find_cue_mut(cues: &mut [CueBrief], position: usize) -> Option<&mut CueBrief> {
    let index = match position.checked_sub(1).and_then(|i| cues.get(i)) {
        Some(cue) if cue.position == position => position - 1,
        _ => cues.iter().position(|cue| cue.position == position)?,
    };
    cues.get_mut(index)
}

/// Everything the HTML and CSV reports know about one file besides its findings.
#[derive(Debug, Clone, PartialEq)]
pub struct FileDetail {
    /// The file's 1-based number in the run (its place among the inputs): anchors are
    /// `#file-{number}` and `#file-{number}-cue-{cue}`, stable as long as the inputs are.
    pub number: usize,
    /// The settings that applied to the file, as label and value (`Profile`, `netflix`) messages
    /// the report renders in its language, in the order they are shown.
    pub settings: Vec<(Message, Message)>,
    /// The cues, in file order; `None` when they were not kept (a file checked piece by piece).
    pub cues: Option<Vec<CueBrief>>,
    /// The frame rate the file was checked at: the timeline marks gaps under 2 frames of it.
    pub fps: FrameRate,
    /// The reading-speed limit (characters per second) for the reading-speed strip, if any.
    pub max_cps: Option<f64>,
    /// Shot changes, when they were given (`--shot-changes`, a sibling `.shots` file or
    /// `dejamos.toml`): drawn as lines on the timeline.
    pub shot_changes: Option<Vec<Timestamp>>,
    /// For `pair`: the other file, aligned cue by cue with this one.
    pub pair: Option<PairView>,
}

impl FileDetail {
    /// A detail with nothing but the file's number.
    pub fn numbered(number: usize) -> FileDetail {
        FileDetail {
            number,
            settings: Vec::new(),
            cues: None,
            fps: FrameRate::default(),
            max_cps: None,
            shot_changes: None,
            pair: None,
        }
    }
}

/// The second file of a `pair` report, aligned with the first.
#[derive(Debug, Clone, PartialEq)]
pub struct PairView {
    /// The second file's path as given.
    pub path: String,
    /// Its language tag, if known.
    pub language: Option<String>,
    /// Its cues (findings are counted on the first file's cues, except a cue that exists only
    /// here, which is counted on its own brief).
    pub cues: Vec<CueBrief>,
    /// The aligned rows in time order: groups of overlapping cues, and cues alone.
    pub rows: Vec<AlignedRow>,
    /// The largest start or end difference (ms) before `timing-mismatch`.
    pub tolerance_ms: i64,
}

/// One row of the side-by-side view: indices into the first file's cues (`a`) and the second's
/// (`b`). One side is empty for a cue without counterpart; one index on each side is a 1:1 pair;
/// more on one side is a split or merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignedRow {
    /// Indices into the first file's cues.
    pub a: Vec<usize>,
    /// Indices into the second file's cues.
    pub b: Vec<usize>,
}

impl AlignedRow {
    /// What kind of row this is.
    pub fn kind(&self) -> RowKind {
        match (self.a.len(), self.b.len()) {
            (0, _) => RowKind::MissingHere,
            (_, 0) => RowKind::MissingThere,
            (1, 1) => RowKind::Pair,
            (1, _) => RowKind::Split,
            (_, 1) => RowKind::Merged,
            _ => RowKind::Group,
        }
    }
}

/// The kinds of [`AlignedRow`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// One cue on each side.
    Pair,
    /// One cue of the first file split into several of the second.
    Split,
    /// Several cues of the first file merged into one of the second.
    Merged,
    /// Several on each side overlapping as one group.
    Group,
    /// A cue of the second file with nothing in the first.
    MissingHere,
    /// A cue of the first file with nothing in the second.
    MissingThere,
}

/// What applies to the whole run, for the HTML report's summary: what the command line gave,
/// when the report was made. Everything is optional; the report leaves out what is not given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunInfo {
    /// When the report was made, in seconds since the Unix epoch (UTC).
    pub generated: Option<i64>,
    /// The command line, as the user would type it again.
    pub command_line: Option<String>,
    /// Settings of the run as label and value (`Frame rate`, `23.976`), in order, as messages
    /// the report renders in its language.
    pub settings: Vec<(Message, Message)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn briefs_count_findings_on_their_cues_and_measure_reading_speed() {
        let doc = crate::srt::parse_str(
            "1\n00:00:01,000 --> 00:00:03,000\n<i>Hola,</i>\nJulián.\n\n2\n00:00:04,000 --> 00:00:04,000\nYa.\n",
        );
        let mut d = doc.diagnostic("ellipsis", Severity::Warning, 0..1, Some(1), "m");
        let cues = cue_briefs(&doc, std::slice::from_ref(&d));
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[0].text, "Hola,\nJulián.");
        assert_eq!(cues[0].chars, 12);
        assert_eq!(cues[0].cps(), Some(6.0));
        assert_eq!((cues[0].worst, cues[0].findings), (Some(Severity::Warning), 1));
        assert_eq!(cues[1].cps(), None, "a zero-length cue has no reading speed");
        assert!(doc.source[cues[0].text_span.clone()].starts_with("00:00:01,000"));
        d.cue = Some(9);
        assert_eq!(cue_briefs(&doc, &[d])[0].findings, 0, "a cue that does not exist marks nothing");
        assert_eq!(find_cue(&cues, 2).map(|c| c.line), Some(7));
        assert!(find_cue(&cues, 0).is_none());
    }
}
