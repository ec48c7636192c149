//! The rule interface and the per-file context rules read.
use crate::diagnostic::{Diagnostic, RuleInfo};
use crate::srt::{Cue, Document};
use crate::time::FrameRate;
use std::ops::Range;

pub use crate::lang::Lang;
pub use crate::visible::PlainCue;

/// Thresholds and switches a profile (and the config file) sets. All durations in ms.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    /// `max-lines`: text lines per cue.
    pub max_lines: usize,
    /// `max-line-length`: characters (grapheme clusters, tags excluded) per line.
    pub max_line_length: usize,
    /// `max-cps`: characters per second.
    pub max_cps: f64,
    /// `min-duration`: shortest cue, before rounding up to whole frames.
    pub min_duration_ms: u64,
    /// `max-duration`: longest cue.
    pub max_duration_ms: u64,
    /// `min-gap`: fewest frames between cues.
    pub min_gap_frames: u64,
    /// `gap-chaining`: gaps shorter than this (ms) and at least 3 frames should be closed.
    pub gap_chaining_below_ms: u64,
    /// `disallowed-tag`: tag names allowed in text (lowercase, e.g. `i`).
    pub allowed_tags: Vec<String>,
}

/// Everything a rule may read about a file.
pub struct Context<'a> {
    /// The parsed file.
    pub doc: &'a Document,
    /// Its language.
    pub lang: Lang,
    /// Frame rate for frame-based rules.
    pub fps: FrameRate,
    /// Thresholds from the profile and configuration.
    pub thresholds: &'a Thresholds,
    /// Per cue (same order as `doc.cues`): the text with tags removed, precomputed once.
    pub plain: &'a [PlainCue],
}

/// One validation rule: its catalogue entry and its check.
pub trait Rule: Send + Sync {
    /// The catalogue entry (name, category, default severity, summary, docs, fixable).
    fn info(&self) -> RuleInfo;

    /// Append this rule's findings for the file to `out`, at the rule's default severity; the
    /// engine applies configured severities afterwards. Fixes go in `Diagnostic::fix`.
    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Diagnostic>);
}

impl Context<'_> {
    /// A diagnostic of `rule` at its default severity on `span`, about `cue`.
    pub fn diagnostic(&self, info: &RuleInfo, span: Range<usize>, cue: &Cue, message: impl Into<String>) -> Diagnostic {
        self.doc.diagnostic(info.name, info.default_severity, span, Some(cue.position), message)
    }
}
