//! The rule interface and the per-file context rules read.
use super::declare::RuleInfo;
use crate::diagnostic::Diagnostic;
use crate::srt::{Cue, Document, Subtitle};
use crate::time::{Clock, FrameRate, Timestamp};
use std::ops::Range;
use std::sync::Arc;

pub use crate::lang::Lang;
pub use crate::visible::{CueChars, PlainCue};

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
    /// `shot-change`: how many frames either side of a cut are its zone; `None` is half a
    /// second at the frame rate ([`Thresholds::shot_change_zone`]).
    pub shot_change_zone_frames: Option<u64>,
    /// `shot-change`: an in-time fewer than this many frames before a cut belongs on it; `None`
    /// is three quarters of the zone, rounded (9 of 12).
    pub shot_change_snap_frames: Option<u64>,
    /// `overlap`: overlaps of up to this many frames are fixed by ending the earlier cue sooner.
    pub overlap_fix_frames: u64,
    /// `frame-rate`: the whole frame rates the delivery accepts (`dcp`: 24, 25); `None` accepts any.
    pub frame_rates: Option<Vec<u32>>,
}

impl Thresholds {
    /// The shot-change zone in frames at `fps`: the configured count, else half a second rounded
    /// to the nearest frame (12 at 23.976 and 24 fps, 13 at 25, 15 at 29.97 and 30).
    pub fn shot_change_zone(&self, fps: FrameRate) -> u64 {
        self.shot_change_zone_frames.unwrap_or_else(|| fps.ms_to_nearest_frame(500).max(1) as u64)
    }

    /// Frames before a cut within which an in-time is snapped onto it: the configured count,
    /// else three quarters of the zone, rounded (9 of 12, as Subtitle Edit's Netflix check).
    pub fn shot_change_snap(&self, fps: FrameRate) -> u64 {
        let zone = self.shot_change_zone(fps);
        self.shot_change_snap_frames.unwrap_or((zone * 3 + 2) / 4).min(zone)
    }
}

/// What a file is timed against beyond its own cues, and how boldly its timing may be fixed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimingOptions {
    /// The picture's cuts, sorted and without duplicates, when a shot-change list was given.
    pub shot_changes: Option<Arc<[Timestamp]>>,
    /// How times are written in messages.
    pub clock: Clock,
    /// Also offer fixes that change what the viewer reads (shortening a cue past the maximum).
    pub fix_unsafe: bool,
    /// The full subtitle file a forced narrative is a subset of, when one was given.
    pub full: Option<Arc<[Subtitle]>>,
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
    /// The picture's cuts, sorted, when a shot-change list was given.
    pub shot_changes: Option<&'a [Timestamp]>,
    /// How times are written in messages.
    pub clock: Clock,
    /// Whether fixes that shorten what the viewer reads may be offered.
    pub fix_unsafe: bool,
    /// The full subtitle file of the same language, for a forced narrative's `forced-subset`.
    pub full: Option<&'a [Subtitle]>,
}

/// The most findings of one rule about one cue a rule's list holds; the rest are only counted.
/// Far above what a report lists per cue (`engine::MAX_FINDINGS_PER_RULE_AND_CUE`), so the
/// first findings by position are still among those held for any rule that reports in order;
/// its purpose is memory: a cue line of ten million tags holds a thousand findings, not ten
/// million.
pub const HELD_PER_RULE_AND_CUE: usize = 1000;

/// Where rules put their findings: a list that holds at most [`HELD_PER_RULE_AND_CUE`] findings
/// of one rule about one cue and counts the rest, with the highest severity among them, for the
/// engine's closing note.
#[derive(Debug, Default)]
pub struct Findings {
    list: Vec<Diagnostic>,
    held: std::collections::HashMap<(&'static str, usize), usize>,
    overflow: Overflow,
    last_kept: bool,
}

/// Per rule and cue, the findings counted but not held: how many, and their highest severity.
pub type Overflow = std::collections::HashMap<(&'static str, usize), (usize, crate::diagnostic::Severity)>;

impl Findings {
    /// An empty list.
    pub fn new() -> Findings {
        Findings::default()
    }

    /// Add `finding`, or only count it when its rule already has the most held for its cue.
    pub fn push(&mut self, finding: Diagnostic) {
        if let Some(cue) = finding.cue {
            let held = self.held.entry((finding.rule, cue)).or_default();
            if *held >= HELD_PER_RULE_AND_CUE {
                let counted = self.overflow.entry((finding.rule, cue)).or_insert((0, finding.severity));
                counted.0 += 1;
                counted.1 = counted.1.max(finding.severity);
                self.last_kept = false;
                return;
            }
            *held += 1;
        }
        self.list.push(finding);
        self.last_kept = true;
    }

    /// Add every finding of `findings`.
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Diagnostic>) {
        for finding in findings {
            self.push(finding);
        }
    }

    /// The finding just added, if it was held.
    pub fn last_mut(&mut self) -> Option<&mut Diagnostic> {
        if self.last_kept { self.list.last_mut() } else { None }
    }

    /// The findings held, in the order added.
    pub fn held(&self) -> &[Diagnostic] {
        &self.list
    }

    /// The findings held and those only counted.
    pub fn into_parts(self) -> (Vec<Diagnostic>, Overflow) {
        (self.list, self.overflow)
    }
}

/// A check: it appends the rule's findings for the file to `out`, at the rule's default severity
/// (the engine applies configured severities afterwards). Fixes go in `Diagnostic::fix`. It
/// receives the rule's catalogue entry, so findings carry the rule's name and severity.
pub type CheckFn = fn(&Context<'_>, &'static RuleInfo, &mut Findings);

/// A check that reads the file one cue at a time, in order, from the cue's visible characters,
/// which the engine fills once per cue for every such rule ([`Rule::per_cue`]).
pub type CueFn = fn(&Context<'_>, &'static RuleInfo, &Cue, &CueChars, &mut Findings);

/// A check that reads the file one cue at a time, in order, and carries state from cue to cue
/// (an open quotation, the previous cue's text): one value per file, made by a [`NewCueCheck`].
pub trait CueCheck {
    /// Append the findings of `cue`, whose visible characters are `chars`.
    fn cue(&mut self, ctx: &Context<'_>, cue: &Cue, chars: &CueChars, out: &mut Findings);

    /// Append the findings held back until the file's last cue has been read.
    fn end(&mut self, _ctx: &Context<'_>, _out: &mut Findings) {}
}

/// Makes a rule's [`CueCheck`] for one file, at its start.
pub type NewCueCheck = fn(&'static RuleInfo) -> Box<dyn CueCheck>;

/// How a rule reads a file.
#[derive(Clone, Copy)]
enum Kind {
    /// The SRT or WebVTT parser reports it.
    Parser,
    /// The whole file at once.
    File(CheckFn),
    /// Cue by cue, without state.
    Cue(CueFn),
    /// Cue by cue, with state carried between cues.
    CueState(NewCueCheck),
}

/// One rule of `dejamos check`, ready to run: its catalogue entry (declared with
/// [`declare_rule!`](super::declare)) and its check, or none when a parser reports it.
#[derive(Clone, Copy)]
pub struct Rule {
    info: &'static RuleInfo,
    kind: Kind,
}

impl Rule {
    /// A rule with a check of its own that reads the whole file.
    pub const fn new(info: &'static RuleInfo, check: CheckFn) -> Rule {
        Rule { info, kind: Kind::File(check) }
    }

    /// A rule that reads each cue's visible characters on their own: the engine fills them once
    /// per cue for all such rules instead of once per rule.
    pub const fn per_cue(info: &'static RuleInfo, check: CueFn) -> Rule {
        Rule { info, kind: Kind::Cue(check) }
    }

    /// [`Rule::per_cue`] for a rule that carries state from one cue to the next.
    pub const fn per_cue_with_state(info: &'static RuleInfo, new: NewCueCheck) -> Rule {
        Rule { info, kind: Kind::CueState(new) }
    }

    /// A rule the SRT or WebVTT parser reports while reading the file: it has a catalogue entry
    /// (docs, severity, selection) and no check of its own.
    pub const fn parser(info: &'static RuleInfo) -> Rule {
        Rule { info, kind: Kind::Parser }
    }

    /// The catalogue entry.
    pub fn info(&self) -> &'static RuleInfo {
        self.info
    }

    /// Whether the rule runs on the file of `ctx`, by its metadata (languages, formats) alone.
    pub fn runs_on(&self, ctx: &Context<'_>) -> bool {
        self.info.runs_on(ctx.lang, ctx.doc.format)
    }

    /// Whether the rule reads the file cue by cue ([`Rule::per_cue`]).
    pub fn reads_cues(&self) -> bool {
        matches!(self.kind, Kind::Cue(_) | Kind::CueState(_))
    }

    /// Append the rule's findings for the file to `out`, when its metadata says it runs on the
    /// file ([`Rule::runs_on`]); nothing for parser rules.
    pub fn check(&self, ctx: &Context<'_>, out: &mut Findings) {
        if !self.runs_on(ctx) {
            return;
        }
        match self.kind {
            Kind::Parser => {}
            Kind::File(check) => check(ctx, self.info, out),
            Kind::Cue(_) | Kind::CueState(_) => check_cues(ctx, std::slice::from_ref(self), out),
        }
    }
}

/// Run the cue-by-cue rules `rules` over the file of `ctx` in one pass: each cue's visible
/// characters are filled once, and every rule reads them before the next cue is filled, so the
/// memory held is one cue's, whatever the file's length. Rules that do not read cues are
/// skipped. Each rule's findings keep their order among themselves.
pub fn check_cues(ctx: &Context<'_>, rules: &[Rule], out: &mut Findings) {
    enum Runner {
        Plain(&'static RuleInfo, CueFn),
        State(Box<dyn CueCheck>),
    }
    let mut runners: Vec<Runner> = rules
        .iter()
        .filter_map(|rule| match rule.kind {
            Kind::Cue(check) => Some(Runner::Plain(rule.info, check)),
            Kind::CueState(new) => Some(Runner::State(new(rule.info))),
            Kind::Parser | Kind::File(_) => None,
        })
        .collect();
    if runners.is_empty() {
        return;
    }
    let mut chars = CueChars::default();
    for cue in &ctx.doc.cues {
        chars.fill(ctx.doc, cue);
        for runner in &mut runners {
            match runner {
                Runner::Plain(info, check) => check(ctx, info, cue, &chars, out),
                Runner::State(state) => state.cue(ctx, cue, &chars, out),
            }
        }
    }
    for runner in &mut runners {
        if let Runner::State(state) = runner {
            state.end(ctx, out);
        }
    }
}

impl Context<'_> {
    /// `time` as the report writes times: `00:01:02,500`, or an SMPTE timecode.
    pub fn time(&self, time: Timestamp) -> String {
        self.clock.show(time)
    }

    /// A finding of `rule` at its default severity on `span`, about `cue`, with its message as
    /// an id and arguments ([`msg!`](crate::msg)): the one way a rule words a finding. The
    /// English rendering goes in `message`; the report layer renders the interface language.
    pub fn finding(&self, info: &RuleInfo, span: Range<usize>, cue: &Cue, message: crate::ui::Message) -> Diagnostic {
        let mut d = self.doc.diagnostic(info.name, info.default_severity, span, Some(cue.position), String::new());
        crate::ui::set_message(&mut d, message);
        d
    }

    /// A diagnostic of `rule` at its default severity on `span`, about `cue`.
    pub fn diagnostic(&self, info: &RuleInfo, span: Range<usize>, cue: &Cue, message: impl Into<String>) -> Diagnostic {
        self.doc.diagnostic(info.name, info.default_severity, span, Some(cue.position), message)
    }
}
