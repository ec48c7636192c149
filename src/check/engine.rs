//! The engine: run the selected rules over one parsed file and return sorted findings.
//!
//! The visible text of every cue ([`PlainCue`](super::rule::PlainCue)) is computed once here and
//! shared by every rule through the [`Context`]; the rules that read a cue's characters
//! ([`Rule::per_cue`]) read them in one pass, each cue's filled once for all of them. Parser
//! findings go through the same selection and severity settings as rule findings, and get their
//! fixes attached here. Which rules run on a file is decided by their declared metadata
//! (languages, formats), never by their names.
use super::declare::RuleInfo;
use super::fix;
use super::rule::{Context, Findings, Lang, Overflow, Rule, Thresholds, TimingOptions, check_cues};
use super::rules;
use super::select::RuleSettings;
use crate::diagnostic::Diagnostic;
use crate::srt::Document;
use crate::time::FrameRate;
use crate::visible::plain_cues;
use rayon::prelude::*;

/// What the engine needs to know about one file.
#[derive(Debug, Clone)]
pub struct FileSettings<'a> {
    /// The language the file is checked as.
    pub lang: Lang,
    /// Frame rate for frame-based rules.
    pub fps: FrameRate,
    /// Thresholds for the language, audience and configuration.
    pub thresholds: Thresholds,
    /// Which rules run and at what severity.
    pub rules: &'a RuleSettings,
    /// Shot changes, how times are written, how boldly timing is fixed.
    pub timing: TimingOptions,
}

/// The rule catalogue, ready to run.
pub struct Engine {
    rules: Vec<Rule>,
    infos: Vec<RuleInfo>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine with every rule of the catalogue.
    pub fn new() -> Self {
        Engine::with_rules(rules::all())
    }

    /// An engine with these rules only.
    pub fn with_rules(rules: Vec<Rule>) -> Self {
        let infos = rules.iter().map(|r| *r.info()).collect();
        Engine { rules, infos }
    }

    /// The catalogue entries, in catalogue order.
    pub fn infos(&self) -> &[RuleInfo] {
        &self.infos
    }

    /// Check a parsed document: parser findings and rule findings, selected, at their configured
    /// severities, sorted by position (then rule name).
    pub fn check(&self, doc: &Document, settings: &FileSettings<'_>) -> Vec<Diagnostic> {
        self.check_spread(doc, settings, doc.cues.len() >= PARALLEL_FROM_CUES)
    }

    /// [`Engine::check`] on the calling thread only, for callers that spread their own work (the
    /// pieces of a large file).
    pub fn check_serial(&self, doc: &Document, settings: &FileSettings<'_>) -> Vec<Diagnostic> {
        self.check_spread(doc, settings, false)
    }

    /// [`Engine::check`], with the rules run on the thread pool or one after the other.
    fn check_spread(&self, doc: &Document, settings: &FileSettings<'_>, parallel: bool) -> Vec<Diagnostic> {
        let selection = settings.rules;
        let mut out: Vec<Diagnostic> = doc.diagnostics.iter().filter(|d| selection.enabled(d.rule)).cloned().collect();
        fix::attach_parser_fixes(doc, &mut out);
        let plain = plain_cues(doc);
        let ctx = Context {
            doc,
            lang: settings.lang,
            fps: settings.fps,
            thresholds: &settings.thresholds,
            plain: &plain,
            shot_changes: settings.timing.shot_changes.as_deref(),
            clock: settings.timing.clock,
            fix_unsafe: settings.timing.fix_unsafe,
            full: settings.timing.full.as_deref(),
        };
        // Findings rules counted without holding them (`Findings`): the closing notes count them.
        let mut overflow = Overflow::new();
        let runs = |rule: &&Rule| selection.enabled(rule.info().name) && rule.runs_on(&ctx);
        // The rules that read the file cue by cue share one pass over its cues (each cue's
        // characters filled once); each other rule reads the whole file on its own.
        let (cue_rules, file_rules): (Vec<Rule>, Vec<Rule>) =
            self.rules.iter().filter(runs).copied().partition(Rule::reads_cues);
        if parallel {
            // Rules are independent readers of the same context: on a long file each one (and
            // the pass of the cue-by-cue rules) runs on its own worker; the sort below puts the
            // joined lists in the serial loop's order.
            let found: Vec<(Vec<Diagnostic>, Overflow)> = file_rules
                .par_iter()
                .map(Some)
                .chain(rayon::iter::once(None))
                .map(|rule| {
                    let mut found = Findings::new();
                    match rule {
                        Some(rule) => rule.check(&ctx, &mut found),
                        None => check_cues(&ctx, &cue_rules, &mut found),
                    }
                    found.into_parts()
                })
                .collect();
            // Room for all of them at once, then each rule's list is moved in and freed: growing
            // `out` by doubling would hold up to three copies of a million findings.
            out.reserve_exact(found.iter().map(|(list, _)| list.len()).sum());
            for (rule_findings, counted) in found {
                out.extend(rule_findings);
                overflow.extend(counted);
            }
        } else {
            let mut found = Findings::new();
            for rule in &file_rules {
                rule.check(&ctx, &mut found);
            }
            check_cues(&ctx, &cue_rules, &mut found);
            let (list, counted) = found.into_parts();
            out.extend(list);
            overflow = counted;
        }
        // Findings of different rules never share a sort key (it ends with the rule's name), and
        // the sort is stable, so the order does not depend on how the rules were grouped.
        for diagnostic in &mut out {
            diagnostic.severity = selection.severity(diagnostic.rule, diagnostic.severity);
        }
        for ((rule, _), (_, severity)) in overflow.iter_mut() {
            *severity = selection.severity(rule, *severity);
        }
        if parallel {
            out.par_sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        } else {
            out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        }
        bound_per_cue(&mut out, &overflow);
        out
    }
}

/// The most findings of one rule listed for one cue: the first this many by position are kept,
/// and the rest become one closing note ([`bound_per_cue`]).
pub const MAX_FINDINGS_PER_RULE_AND_CUE: usize = 20;

/// Keep at most [`MAX_FINDINGS_PER_RULE_AND_CUE`] findings of each rule in each cue, the first
/// by position, and replace the rest with one note of the same rule at the first one left out:
/// "and K more …", at the highest severity of those left out and without a fix. Findings about
/// no cue are kept. `found` is sorted by position and stays so.
///
/// This is the one bound on what a report holds per cue, so every format lists the same
/// findings: a cue line of a million tags gives 21 findings of `unbalanced-tag`, not a million.
pub fn bound_per_cue(found: &mut Vec<Diagnostic>, overflow: &Overflow) {
    use std::collections::HashMap;
    let mut seen: HashMap<(&'static str, usize), usize> = HashMap::new();
    for d in found.iter() {
        if let Some(cue) = d.cue {
            *seen.entry((d.rule, cue)).or_default() += 1;
        }
    }
    for (key, (count, _)) in overflow {
        *seen.entry(*key).or_default() += count;
    }
    if seen.values().all(|&n| n <= MAX_FINDINGS_PER_RULE_AND_CUE) {
        return;
    }
    // How many of each (rule, cue) were met so far, and where in `kept` the note standing for
    // the rest is (placed where the first of them was).
    let mut listed: HashMap<(&'static str, usize), usize> = HashMap::new();
    let mut notes: HashMap<(&'static str, usize), usize> = HashMap::new();
    let mut kept = Vec::with_capacity(found.len().min(seen.len() * (MAX_FINDINGS_PER_RULE_AND_CUE + 1)));
    for d in found.drain(..) {
        let Some(cue) = d.cue else {
            kept.push(d);
            continue;
        };
        let key = (d.rule, cue);
        let count = listed.entry(key).or_default();
        *count += 1;
        if *count <= MAX_FINDINGS_PER_RULE_AND_CUE {
            kept.push(d);
        } else if let Some(note) = notes.get(&key).and_then(|&at| kept.get_mut(at)) {
            note.severity = note.severity.max(d.severity);
        } else {
            let more = seen.get(&key).copied().unwrap_or(0).saturating_sub(MAX_FINDINGS_PER_RULE_AND_CUE);
            let mut note = Diagnostic { fix: None, other_line: None, localized: None, ..d };
            if let Some((_, severity)) = overflow.get(&key) {
                note.severity = note.severity.max(*severity);
            }
            crate::ui::set_message(
                &mut note,
                crate::msg!("more-findings-in-cue", count = more, cue = cue, shown = MAX_FINDINGS_PER_RULE_AND_CUE),
            );
            notes.insert(key, kept.len());
            kept.push(note);
        }
    }
    *found = kept;
}

/// From this many cues (or findings) a file's rules run in parallel: below it the work is too
/// small to pay for the hand-off, and batches of files are already spread over the workers.
pub const PARALLEL_FROM_CUES: usize = 2_000;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::profile::Audience;
    use crate::check::profile::Profile;
    use crate::check::rule::Lang;
    use crate::check::select::RuleSettings;
    use crate::srt::{SourceFormat, parse_string};

    /// The sample with planted defects, repeated until it is long enough to be checked in
    /// parallel, with cue numbers running on so the copies do not trip `index-sequence`.
    fn long_defective_file() -> Document {
        let sample = include_str!("../../samples/the-house.es.srt");
        let mut text = String::new();
        let mut number = 0usize;
        while number < PARALLEL_FROM_CUES + 500 {
            for block in sample.split("\n\n").filter(|b| !b.trim().is_empty()) {
                number += 1;
                let rest = block.split_once('\n').map_or("", |(_, rest)| rest);
                text.push_str(&format!("{number}\n{rest}\n\n"));
            }
        }
        parse_string(text)
    }

    #[test]
    fn rules_run_in_parallel_find_exactly_what_the_serial_loop_finds() {
        let engine = Engine::new();
        let doc = long_defective_file();
        assert!(doc.cues.len() >= PARALLEL_FROM_CUES);
        let rules = RuleSettings::new(engine.infos(), None, Vec::new(), Vec::new());
        let settings = FileSettings {
            lang: Lang::Spanish,
            fps: FrameRate::FILM,
            thresholds: Profile::Netflix.thresholds(Lang::Spanish, Audience::Adult),
            rules: &rules,
            timing: TimingOptions::default(),
        };
        let serial = engine.check_spread(&doc, &settings, false);
        let parallel = engine.check_spread(&doc, &settings, true);
        let distinct_rules: std::collections::BTreeSet<_> = serial.iter().map(|d| d.rule).collect();
        assert!(distinct_rules.len() >= 10, "the sample exercises many rules: {distinct_rules:?}");
        assert_eq!(parallel, serial);
        assert_eq!(engine.check(&doc, &settings), serial);
    }

    crate::check::declare::declare_rule! {
        /// a finding on every cue, in Spanish files
        ///
        /// A test rule.
        ONLY_SPANISH {
            name: "only-spanish",
            command: Check,
            category: Spanish,
            langs: SPANISH,
            formats: SUBTITLES,
            severity: Warning,
            fix: None,
            reach: Cue,
        }
    }

    crate::check::declare::declare_rule! {
        /// a finding on every cue, in SRT files
        ///
        /// A test rule.
        ONLY_SRT {
            name: "only-srt",
            command: Check,
            category: Text,
            langs: ALL,
            formats: SRT,
            severity: Warning,
            fix: None,
            reach: Cue,
        }
    }

    /// A check that finds something on every cue: only the metadata can keep it from running.
    fn every_cue(ctx: &Context<'_>, info: &'static RuleInfo, out: &mut Findings) {
        for cue in &ctx.doc.cues {
            out.push(ctx.diagnostic(info, cue.block.clone(), cue, "found"));
        }
    }

    #[test]
    fn the_engine_runs_rules_by_their_declared_languages_and_formats() {
        let engine = Engine::with_rules(vec![Rule::new(&ONLY_SPANISH, every_cue), Rule::new(&ONLY_SRT, every_cue)]);
        let rules = RuleSettings::defaults(engine.infos());
        let check = |doc: &Document, lang: Lang| {
            let settings = FileSettings {
                lang,
                fps: FrameRate::FILM,
                thresholds: Profile::Netflix.thresholds(lang, Audience::Adult),
                rules: &rules,
                timing: TimingOptions::default(),
            };
            let found: std::collections::BTreeSet<_> = engine.check(doc, &settings).iter().map(|d| d.rule).collect();
            found.into_iter().collect::<Vec<_>>()
        };
        let srt = parse_string("1\n00:00:01,000 --> 00:00:02,000\nHola.\n".to_string());
        assert_eq!(check(&srt, Lang::Spanish), ["only-spanish", "only-srt"]);
        assert_eq!(check(&srt, Lang::English), ["only-srt"]);
        assert_eq!(check(&srt, Lang::Other), ["only-srt"]);
        let mut vtt = srt.clone();
        vtt.format = SourceFormat::Vtt;
        assert_eq!(check(&vtt, Lang::Spanish), ["only-spanish"]);
        assert!(check(&vtt, Lang::English).is_empty());
    }

    /// A check that reports every character of every cue's first line, in order: its list holds
    /// only `HELD_PER_RULE_AND_CUE` of them per cue however long the cue.
    fn every_character(ctx: &Context<'_>, info: &'static RuleInfo, out: &mut Findings) {
        for cue in &ctx.doc.cues {
            let Some(line) = cue.lines.first() else { continue };
            for at in line.span.start..line.span.end {
                out.push(ctx.diagnostic(info, at..at + 1, cue, "found"));
            }
        }
    }

    #[test]
    fn findings_beyond_what_a_rule_may_hold_are_counted_in_the_closing_note() {
        use crate::check::rule::HELD_PER_RULE_AND_CUE;
        let mut held = Findings::new();
        let doc = parse_string(format!("1\n00:00:01,000 --> 00:00:02,000\n{}\n", "x".repeat(5_000)));
        let engine = Engine::with_rules(vec![Rule::new(&ONLY_SRT, every_character)]);
        let ctx_rules = RuleSettings::defaults(engine.infos());
        let settings = FileSettings {
            lang: Lang::Spanish,
            fps: FrameRate::FILM,
            thresholds: Profile::Netflix.thresholds(Lang::Spanish, Audience::Adult),
            rules: &ctx_rules,
            timing: TimingOptions::default(),
        };
        let found = engine.check(&doc, &settings);
        assert_eq!(found.len(), MAX_FINDINGS_PER_RULE_AND_CUE + 1, "{found:#?}");
        let note = found.last().expect("the note");
        assert!(note.message.contains("4980 more"), "{}", note.message);
        // The first listed are the first by position.
        let first_text_column = found.first().map(|d| d.column);
        assert_eq!(first_text_column, Some(1));
        // The list itself holds no more than its bound.
        let ctx = Context {
            doc: &doc,
            lang: Lang::Spanish,
            fps: FrameRate::FILM,
            thresholds: &settings.thresholds,
            plain: &plain_cues(&doc),
            shot_changes: None,
            clock: TimingOptions::default().clock,
            fix_unsafe: false,
            full: None,
        };
        every_character(&ctx, &ONLY_SRT, &mut held);
        assert_eq!(held.held().len(), HELD_PER_RULE_AND_CUE);
        let (_, overflow) = held.into_parts();
        assert_eq!(overflow.get(&("only-srt", 1)).map(|c| c.0), Some(5_000 - HELD_PER_RULE_AND_CUE));
    }
}
