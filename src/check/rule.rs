//! The rule interface and the per-file context rules read.
use super::declare::RuleInfo;
use crate::diagnostic::Diagnostic;
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

/// A check: it appends the rule's findings for the file to `out`, at the rule's default severity
/// (the engine applies configured severities afterwards). Fixes go in `Diagnostic::fix`. It
/// receives the rule's catalogue entry, so findings carry the rule's name and severity.
pub type CheckFn = fn(&Context<'_>, &'static RuleInfo, &mut Vec<Diagnostic>);

/// One rule of `dejamos check`, ready to run: its catalogue entry (declared with
/// [`declare_rule!`](super::declare)) and its check, or none when a parser reports it.
#[derive(Clone, Copy)]
pub struct Rule {
    info: &'static RuleInfo,
    check: Option<CheckFn>,
}

impl Rule {
    /// A rule with a check of its own.
    pub const fn new(info: &'static RuleInfo, check: CheckFn) -> Rule {
        Rule { info, check: Some(check) }
    }

    /// A rule the SRT or WebVTT parser reports while reading the file: it has a catalogue entry
    /// (docs, severity, selection) and no check of its own.
    pub const fn parser(info: &'static RuleInfo) -> Rule {
        Rule { info, check: None }
    }

    /// The catalogue entry.
    pub fn info(&self) -> &'static RuleInfo {
        self.info
    }

    /// Whether the rule runs on the file of `ctx`, by its metadata (languages, formats) alone.
    pub fn runs_on(&self, ctx: &Context<'_>) -> bool {
        self.info.runs_on(ctx.lang, ctx.doc.format)
    }

    /// Append the rule's findings for the file to `out`, when its metadata says it runs on the
    /// file ([`Rule::runs_on`]); nothing for parser rules.
    pub fn check(&self, ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if let Some(check) = self.check
            && self.runs_on(ctx)
        {
            check(ctx, self.info, out);
        }
    }
}

impl Context<'_> {
    /// A diagnostic of `rule` at its default severity on `span`, about `cue`.
    pub fn diagnostic(&self, info: &RuleInfo, span: Range<usize>, cue: &Cue, message: impl Into<String>) -> Diagnostic {
        self.doc.diagnostic(info.name, info.default_severity, span, Some(cue.position), message)
    }
}
