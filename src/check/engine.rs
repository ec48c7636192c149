//! The engine: run the selected rules over one parsed file and return sorted findings.
//!
//! The visible text of every cue ([`PlainCue`](super::rule::PlainCue)) is computed once here and
//! shared by every rule through the [`Context`]. Parser findings go through the same selection
//! and severity settings as rule findings, and get their fixes attached here.
use super::fix;
use super::plain::plain_cues;
use super::rule::{Context, Lang, Rule, Thresholds};
use super::rules;
use super::select::RuleSettings;
use crate::diagnostic::{Diagnostic, RuleInfo};
use crate::srt::Document;
use crate::time::FrameRate;

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
}

/// The rule catalogue, ready to run.
pub struct Engine {
    rules: Vec<Box<dyn Rule>>,
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
        let rules = rules::all();
        let infos = rules.iter().map(|r| r.info()).collect();
        Engine { rules, infos }
    }

    /// The catalogue entries, in catalogue order.
    pub fn infos(&self) -> &[RuleInfo] {
        &self.infos
    }

    /// Check a parsed document: parser findings and rule findings, selected, at their configured
    /// severities, sorted by position (then rule name).
    pub fn check(&self, doc: &Document, settings: &FileSettings<'_>) -> Vec<Diagnostic> {
        let selection = settings.rules;
        let mut out: Vec<Diagnostic> = doc.diagnostics.iter().filter(|d| selection.enabled(d.rule)).cloned().collect();
        fix::attach_parser_fixes(doc, &mut out);
        let plain = plain_cues(doc);
        let ctx =
            Context { doc, lang: settings.lang, fps: settings.fps, thresholds: &settings.thresholds, plain: &plain };
        for (rule, info) in self.rules.iter().zip(&self.infos) {
            if !selection.enabled(info.name) || !applies_to(info.category, settings.lang) {
                continue;
            }
            rule.check(&ctx, &mut out);
        }
        for diagnostic in &mut out {
            diagnostic.severity = selection.severity(diagnostic.rule, diagnostic.severity);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out
    }
}

/// Whether rules of `category` apply to a file in `lang`: Spanish and English typography rules
/// only run on files in that language.
pub fn applies_to(category: &str, lang: Lang) -> bool {
    match category {
        "spanish" => lang == Lang::Spanish,
        "english" => lang == Lang::English,
        _ => true,
    }
}
