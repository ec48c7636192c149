//! The rules, one unit each, grouped by category in one file per category.
//!
//! [`all`] is the catalogue: `dejamos rules` prints it and `check` runs it, so the docs and the
//! checks cannot drift apart.
use super::rule::{Context, Rule};
use crate::diagnostic::{Diagnostic, RuleInfo};

pub mod layout;
pub mod structure;
pub mod structure_parser;
pub mod timing;

/// A rule made of a catalogue entry and a check function: the plain, macro-free way to write
/// one unit per rule (as cargo's lint table does).
pub struct FnRule {
    /// The catalogue entry.
    pub info: RuleInfo,
    /// The check; it receives the entry so findings carry the rule's name and severity.
    pub check: fn(&Context<'_>, &RuleInfo, &mut Vec<Diagnostic>),
}

impl Rule for FnRule {
    fn info(&self) -> RuleInfo {
        self.info
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        (self.check)(ctx, &self.info, out);
    }
}

/// A rule the SRT parser reports: it has a catalogue entry (docs, severity, selection) and no
/// check of its own.
pub fn parser_rule(info: RuleInfo) -> FnRule {
    FnRule { info, check: |_, _, _| {} }
}

pub mod english;
pub mod language;
pub mod spanish;
pub mod text;

/// Every rule, in catalogue order.
pub fn all() -> Vec<Box<dyn Rule>> {
    let mut rules: Vec<Box<dyn Rule>> = Vec::new();
    for family in [structure_parser::rules(), structure::rules(), timing::rules(), layout::rules()] {
        rules.extend(family.into_iter().map(|rule| Box::new(rule) as Box<dyn Rule>));
    }
    rules.extend(text::rules());
    rules.extend(spanish::rules());
    rules.extend(english::rules());
    rules.extend(language::rules());
    rules
}

/// The catalogue entries of [`all`], in the same order.
pub fn catalogue() -> Vec<RuleInfo> {
    all().iter().map(|r| r.info()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let infos = catalogue();
        let mut seen = HashSet::new();
        for info in &infos {
            assert!(seen.insert(info.name), "duplicate rule {}", info.name);
            assert!(
                info.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                info.name
            );
            // The text helper's categories document themselves in their own files.
            if !matches!(info.category, "structure" | "timing" | "layout") {
                continue;
            }
            for section in ["**What it does.**", "**Why.**", "**Source.**", "**Example.**", "**Use instead.**"] {
                assert!(info.docs.contains(section), "{} docs lack {section}", info.name);
            }
            assert!(!info.summary.ends_with('.'), "{} summary ends with a period", info.name);
        }
    }

    #[test]
    fn the_issue_s_structure_timing_and_layout_rules_exist() {
        let names: HashSet<_> = catalogue().iter().map(|i| i.name).collect();
        for name in [
            "timestamp-syntax",
            "index-sequence",
            "end-before-start",
            "out-of-order",
            "overlap",
            "empty-cue",
            "encoding",
            "line-endings",
            "min-duration",
            "max-duration",
            "min-gap",
            "gap-chaining",
            "max-lines",
            "max-line-length",
            "max-cps",
            "fits-one-line",
        ] {
            assert!(names.contains(name), "missing rule {name}");
        }
    }
}
