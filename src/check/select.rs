//! Which rules run, and at what severity: `--select`, `--ignore` and `[severity]`.
//!
//! A selector is a rule name (`max-cps`), a category (`timing`) or `all`. Names are checked
//! against the catalogue so a typo is an error with a suggestion, never a silently empty run.
use crate::check::declare::{Command, RuleInfo};
use crate::diagnostic::Severity;
use crate::error::Result;
use crate::msg;
use crate::ui::{Message, error};
use std::collections::HashMap;

/// Every category, including those whose rules live on other branches, so that selecting a
/// category is never an error just because it is empty in this build.
pub const CATEGORIES: &[&str] =
    &["structure", "timing", "layout", "text", "spanish", "english", "language", "sdh", "forced"];

/// One `--select`/`--ignore` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// Every rule.
    All,
    /// Every rule of a category.
    Category(&'static str),
    /// One rule.
    Rule(&'static str),
}

impl Selector {
    /// Parse a selector, checking it against the catalogue (the rules of `check`). A rule of
    /// another command is refused with the command that runs it.
    pub fn parse(text: &str, catalogue: &[RuleInfo]) -> Result<Selector> {
        let wanted = text.trim().to_ascii_lowercase();
        if wanted == "all" {
            return Ok(Selector::All);
        }
        if let Some(category) = CATEGORIES.iter().find(|c| **c == wanted) {
            return Ok(Selector::Category(category));
        }
        if let Some(info) = catalogue.iter().find(|i| i.name == wanted) {
            return Ok(Selector::Rule(info.name));
        }
        let elsewhere: Vec<&str> = crate::check::rules::named(&wanted)
            .iter()
            .filter(|info| info.command != Command::Check)
            .map(|info| info.command.as_str())
            .collect();
        if !elsewhere.is_empty() {
            let name = text.trim();
            return Err(error(match elsewhere.as_slice() {
                [first, second, ..] => {
                    msg!("error-rule-of-two-commands", name = name, first = *first, second = *second)
                }
                _ => msg!("error-rule-of-other-command", name = name, command = elsewhere.join(" ")),
            }));
        }
        let names = catalogue.iter().map(|i| i.name).chain(CATEGORIES.iter().copied()).chain(["all"]);
        Err(error(msg!("error-unknown-rule", name = text.trim(), hint = did_you_mean(&wanted, names))))
    }

    fn matches(&self, name: &str, category: &str) -> bool {
        match self {
            Selector::All => true,
            Selector::Category(c) => *c == category,
            Selector::Rule(r) => *r == name,
        }
    }

    /// How specific the selector is: a rule beats a category beats `all`.
    fn specificity(&self) -> u8 {
        match self {
            Selector::All => 0,
            Selector::Category(_) => 1,
            Selector::Rule(_) => 2,
        }
    }
}

/// `; did you mean `x`?` for the closest known name, else where the names are listed.
pub fn did_you_mean<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Message {
    let best = known
        .into_iter()
        .map(|name| (edit_distance(wanted, name), name))
        .filter(|&(d, name)| d <= 2.max(name.len() / 3))
        .min();
    match best {
        Some((_, name)) => msg!("error-did-you-mean", name = name),
        None => msg!("error-rules-lists-them"),
    }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The rules that run and their severities, for one file.
#[derive(Debug, Clone, Default)]
pub struct RuleSettings {
    /// Selected rules; `None` means the default (every rule).
    select: Option<Vec<Selector>>,
    /// Rules turned off.
    ignore: Vec<Selector>,
    /// Severity per selector (`[severity]`): the most specific match wins.
    severities: Vec<(Selector, Option<Severity>)>,
    /// Category per rule name, from the catalogue (plus the parser's `glyph`).
    categories: HashMap<&'static str, &'static str>,
    /// Rules the profile leaves off unless `select` names them, their category or `all`.
    off_by_default: Vec<&'static str>,
}

impl RuleSettings {
    /// Settings from selectors. `severities` maps a selector to a severity, or `None` for `off`.
    pub fn new(
        catalogue: &[RuleInfo],
        select: Option<Vec<Selector>>,
        ignore: Vec<Selector>,
        severities: Vec<(Selector, Option<Severity>)>,
    ) -> Self {
        let mut categories: HashMap<&'static str, &'static str> =
            catalogue.iter().map(|info| (info.name, info.category.as_str())).collect();
        // The parser reports NUL bytes as `glyph`, a text rule, even where that rule is not built in.
        categories.entry(crate::srt::parse::rules::GLYPH).or_insert("text");
        RuleSettings { select, ignore, severities, categories, off_by_default: Vec::new() }
    }

    /// These settings with `rules` off unless the selection names them, their category or `all`
    /// (a profile's [`off_by_default`](crate::check::profile::Profile::off_by_default)).
    pub fn with_off_by_default(mut self, rules: Vec<&'static str>) -> Self {
        self.off_by_default = rules;
        self
    }

    /// Every rule at its default severity.
    pub fn defaults(catalogue: &[RuleInfo]) -> Self {
        RuleSettings::new(catalogue, None, Vec::new(), Vec::new())
    }

    /// The category of a rule name (`structure` for parser rules not in the catalogue).
    pub fn category(&self, name: &str) -> &'static str {
        self.categories.get(name).copied().unwrap_or("structure")
    }

    /// Whether the rule runs.
    pub fn enabled(&self, name: &str) -> bool {
        let category = self.category(name);
        let selected = match &self.select {
            Some(selectors) => selectors.iter().any(|sel| sel.matches(name, category)),
            None => !self.off_by_default.contains(&name),
        };
        let ignored = self.ignore.iter().any(|sel| sel.matches(name, category));
        selected && !ignored && self.configured_severity(name) != Some(None)
    }

    /// The configured severity of a rule: `Some(Some(s))` set, `Some(None)` off, `None` default.
    pub fn configured_severity(&self, name: &str) -> Option<Option<Severity>> {
        let category = self.category(name);
        self.severities
            .iter()
            .filter(|(sel, _)| sel.matches(name, category))
            .max_by_key(|(sel, _)| sel.specificity())
            .map(|(_, severity)| *severity)
    }

    /// The severity a finding of `name` is reported at, given the severity its rule chose.
    pub fn severity(&self, name: &str, reported: Severity) -> Severity {
        match self.configured_severity(name) {
            Some(Some(severity)) => severity,
            _ => reported,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::check_catalogue as catalogue;

    #[test]
    fn selectors_and_suggestions() {
        let cat = catalogue();
        assert_eq!(Selector::parse("timing", &cat).ok(), Some(Selector::Category("timing")));
        assert_eq!(Selector::parse("MAX-CPS", &cat).ok(), Some(Selector::Rule("max-cps")));
        let err = Selector::parse("max-cpss", &cat).expect_err("unknown");
        assert!(err.message.contains("did you mean `max-cps`?"), "{}", err.message);
        let err = Selector::parse("zzzzzzzzzz", &cat).expect_err("unknown");
        assert!(err.message.contains("dejamos rules"), "{}", err.message);
    }

    #[test]
    fn select_ignore_and_severity() {
        let cat = catalogue();
        let rule = |n: &str| Selector::parse(n, &cat).expect("known");
        let settings = RuleSettings::new(
            &cat,
            Some(vec![rule("timing"), rule("max-cps")]),
            vec![rule("gap-chaining")],
            vec![(rule("timing"), Some(Severity::Warning)), (rule("min-gap"), None)],
        );
        assert!(settings.enabled("min-duration"));
        assert!(settings.enabled("max-cps"));
        assert!(!settings.enabled("gap-chaining"));
        assert!(!settings.enabled("max-lines"));
        assert!(!settings.enabled("min-gap"), "off in [severity]");
        assert_eq!(settings.severity("min-duration", Severity::Error), Severity::Warning);
        assert_eq!(settings.severity("max-cps", Severity::Error), Severity::Error);
    }

    #[test]
    fn a_rule_off_by_default_runs_only_when_selected() {
        let cat = catalogue();
        let off = || vec!["line-balance"];
        let settings = RuleSettings::defaults(&cat).with_off_by_default(off());
        assert!(!settings.enabled("line-balance"));
        assert!(settings.enabled("line-break"));
        for selector in ["line-balance", "layout", "all"] {
            let select = Some(vec![Selector::parse(selector, &cat).expect("known")]);
            let settings = RuleSettings::new(&cat, select, Vec::new(), Vec::new()).with_off_by_default(off());
            assert!(settings.enabled("line-balance"), "{selector}");
        }
    }

    #[test]
    fn a_rule_of_another_command_is_named_with_its_command() {
        let cat = catalogue();
        let err = Selector::parse("missing-counterpart", &cat).expect_err("a pair rule");
        assert!(err.message.contains("`dejamos pair`"), "{}", err.message);
        let err = Selector::parse("isolation-mark", &cat).expect_err("a locales check rule");
        assert!(err.message.contains("`dejamos locales check`"), "{}", err.message);
        assert_eq!(Selector::parse("line-endings", &cat).ok(), Some(Selector::Rule("line-endings")));
    }
}
