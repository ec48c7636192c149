//! The rules, one unit each, grouped by category in one file per category.
//!
//! [`all`] lists the rules `check` runs; [`catalogue`] lists every rule of every command (`check`,
//! `pair`, `locales check`): `dejamos rules` prints it, so the docs and the checks cannot drift
//! apart. Every entry is declared with `declare_rule!` ([`crate::check::declare`]).
use super::declare::{Command, RuleInfo};
use super::rule::Rule;

pub mod delivery;
pub mod english;
pub mod language;
pub mod layout;
pub mod spanish;
pub mod structure;
pub mod structure_parser;
pub mod text;
pub mod timing;

/// Every rule of `dejamos check`, in catalogue order, ready to run.
pub fn all() -> Vec<Rule> {
    let mut rules = Vec::new();
    for family in [
        structure_parser::rules(),
        structure::rules(),
        timing::rules(),
        layout::rules(),
        text::rules(),
        spanish::rules(),
        english::rules(),
        language::rules(),
        delivery::rules(),
    ] {
        rules.extend(family);
    }
    rules
}

/// The catalogue entries of [`all`] (the rules of `dejamos check`), in the same order.
pub fn check_catalogue() -> Vec<RuleInfo> {
    all().iter().map(|r| *r.info()).collect()
}

/// Every rule of every command, in catalogue order: `check`'s, then `pair`'s, then
/// `locales check`'s. A name is unique within its command; a few names are shared by rules of
/// different commands (`line-endings` of `check` and of `locales check`).
pub fn catalogue() -> Vec<RuleInfo> {
    let mut infos = check_catalogue();
    infos.extend(crate::bilingual::pair::RULES.iter().map(|r| **r));
    infos.extend(crate::locales_check::RULES.iter().map(|r| **r));
    infos
}

/// The rules named `name` in [`catalogue`]: one, or one per command that has a rule of that name.
pub fn named(name: &str) -> Vec<RuleInfo> {
    catalogue().into_iter().filter(|r| r.name == name).collect()
}

/// The entries of `command` in [`catalogue`].
pub fn of_command(command: Command) -> Vec<RuleInfo> {
    catalogue().into_iter().filter(|r| r.command == command).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let infos = check_catalogue();
        let mut seen = HashSet::new();
        for info in &infos {
            assert!(seen.insert(info.name), "duplicate rule {}", info.name);
            assert!(
                info.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                info.name
            );
            // The text helper's categories document themselves in their own files.
            if !matches!(info.category.as_str(), "structure" | "timing" | "layout") {
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
        let names: HashSet<_> = check_catalogue().iter().map(|i| i.name).collect();
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

    #[test]
    fn every_rule_of_every_command_is_named_once_in_its_command_and_documented() {
        let infos = catalogue();
        let mut seen = HashSet::new();
        for info in &infos {
            assert!(seen.insert((info.command, info.name)), "duplicate {} rule {}", info.command.as_str(), info.name);
            assert!(!info.name.is_empty() && !info.command.as_str().is_empty());
            assert!(!info.summary.trim().is_empty(), "{} has no summary", info.name);
            assert!(!info.docs.trim().is_empty(), "{} has no docs", info.name);
            assert!(!info.summary.contains('\n'), "{}: the summary is one line", info.name);
            assert!(!info.docs.contains("\n#"), "{}: headings would break the README's rule sections", info.name);
        }
        for info in &infos {
            // The help line of a finding without a fix says what to do, not what is wrong.
            assert!(!info.help.trim().is_empty(), "{} {} has no help line", info.command.as_str(), info.name);
            assert!(info.help != info.summary, "{}: the help line restates the summary", info.name);
            assert!(info.help.starts_with(|c: char| c.is_lowercase()), "{}: help lines start in lowercase", info.name);
            assert!(!info.help.ends_with('.'), "{}: help lines end without a period", info.name);
        }
        for command in [Command::Check, Command::Pair, Command::LocalesCheck] {
            assert!(infos.iter().any(|i| i.command == command), "no rule of {}", command.as_str());
        }
        assert_eq!(of_command(Command::Check), check_catalogue());
        // Shared names are between commands, never within one.
        assert_eq!(named("line-endings").len(), 2);
    }

    #[test]
    fn declared_names_are_the_names_parsers_and_pair_report() {
        use crate::srt::parse::rules as parser;
        for (info, name) in [
            (&structure_parser::TIMESTAMP_SYNTAX, parser::TIMESTAMP_SYNTAX),
            (&structure_parser::INDEX_SEQUENCE, parser::INDEX_SEQUENCE),
            (&structure_parser::STRAY_TEXT, parser::STRAY_TEXT),
            (&structure_parser::BLANK_LINES, parser::BLANK_LINES),
            (&structure_parser::BLANK_LINE_IN_CUE, parser::BLANK_LINE_IN_CUE),
            (&structure_parser::MISSING_TIMING, parser::MISSING_TIMING),
            (&structure_parser::BLANK_LINE_MISSING, parser::BLANK_LINE_MISSING),
            (&structure_parser::COORDINATES, parser::COORDINATES),
            (&structure_parser::FINAL_NEWLINE, parser::FINAL_NEWLINE),
            (&structure_parser::VTT_HEADER, crate::vtt::rules::VTT_HEADER),
            (&structure_parser::VTT_SKIPPED_BLOCK, crate::vtt::rules::VTT_SKIPPED_BLOCK),
        ] {
            assert_eq!(info.name, name);
        }
        use crate::bilingual::pair::{self, rules as reported};
        let pair_names: Vec<&str> = pair::RULES.iter().map(|r| r.name).collect();
        assert_eq!(
            pair_names,
            [reported::MISSING_COUNTERPART, reported::TIMING_MISMATCH, reported::UNTRANSLATED, reported::SPLIT_MERGE]
        );
    }
}
