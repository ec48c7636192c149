//! The catalogue of `locales check` rules: stable names, categories, default severities.
use crate::diagnostic::{RuleInfo, Severity};

const fn rule(
    name: &'static str,
    category: &'static str,
    default_severity: Severity,
    summary: &'static str,
) -> RuleInfo {
    RuleInfo { name, category, default_severity, summary, fixable: false, docs: summary }
}

use Severity::{Error as E, Info as I, Warning as W};

/// Every rule of `dejamos locales check`, in report order.
pub const RULES: &[RuleInfo] = &[
    rule("syntax-error", "syntax", E, "The file does not parse: the entry is dropped as junk."),
    rule("bom", "syntax", E, "The file starts with a byte-order mark, which turns its first entry into junk."),
    rule("tab-indent", "syntax", E, "A line is indented with a tab; Fluent only accepts spaces, so the line is junk."),
    rule("line-endings", "syntax", E, "A line ends with a lone CR, which Fluent does not read as a line break."),
    rule("duplicate-id", "structure", E, "A message or term is defined twice in a locale; the bundle keeps the first."),
    rule("name-collision", "structure", E, "A term and a message (or a function) share a name; the bundle drops one."),
    rule("duplicate-attribute", "structure", E, "An attribute is defined twice in one message or term."),
    rule(
        "duplicate-variant",
        "structure",
        E,
        "A select expression repeats a variant key; only the first is reachable.",
    ),
    rule("select-without-default", "structure", E, "A select expression has no `*[default]` variant."),
    rule("missing-message", "parity", E, "A message of the reference locale is missing."),
    rule("extra-message", "parity", W, "A message is not in the reference locale (renamed or obsolete)."),
    rule("missing-attribute", "parity", E, "An attribute of the reference message is missing."),
    rule("extra-attribute", "parity", W, "An attribute is not in the reference message."),
    rule("missing-value", "parity", E, "The reference message has a value; this one has only attributes."),
    rule("extra-value", "parity", W, "The reference message has no value; this one has one."),
    rule("missing-term", "parity", W, "A term of the reference locale is missing."),
    rule("extra-term", "parity", I, "A term is not in the reference locale (fine when the grammar needs it)."),
    rule("missing-variable", "parity", E, "The reference uses an argument that this translation ignores."),
    rule(
        "undefined-reference",
        "parity",
        E,
        "A reference to a message, attribute or term this locale does not define.",
    ),
    rule("unknown-function", "parity", E, "A function the code does not register (only NUMBER and DATETIME exist)."),
    rule("unknown-argument", "arguments", E, "A `$variable` the code never passes to this message."),
    rule("unused-argument", "arguments", W, "The code passes an argument that no locale uses."),
    rule(
        "gender-select",
        "selectors",
        E,
        "A gender select must cover `female` and `male` and default to a neutral form.",
    ),
    rule("plural-category", "selectors", W, "A plural variant the locale's plural rules never select."),
    rule("unreachable-variant", "selectors", E, "A numeric variant placed after the plural category that catches it."),
    rule("render-error", "rendering", E, "Formatting with sample arguments reports a Fluent error."),
    rule("isolation-mark", "rendering", E, "Formatted output contains U+2068/U+2069 isolation marks."),
    rule("unresolved-placeable", "rendering", E, "Formatted output contains a leftover `{`."),
    rule(
        "markup",
        "rendering",
        E,
        "Formatted output has `<i>` markup press refuses: unclosed, nested, or a `lang` that is no language tag.",
    ),
    rule("straight-apostrophe", "typography", W, "A straight apostrophe `'`: use ’ (or ‘ ’ for quotes)."),
    rule("straight-quotes", "typography", W, "Straight double quotes: en-US uses “ ”, es-MX « »."),
    rule("ellipsis", "typography", W, "Three periods `...`: use the ellipsis character …."),
    rule("quote-style", "typography", W, "es-MX: first-level quotes are « »; “ ” go inside them."),
    rule("guion-accent", "typography", W, "es-MX: `guion` has no accent since the 2010 Ortografía."),
    rule("month-case", "typography", W, "es-MX: months and weekdays are lowercase."),
    rule("estreno", "typography", W, "es-MX: `estreno`, not `premier` or `première`."),
    rule("unit-symbol", "typography", W, "es-MX: unit symbols (`min`, `h`) take no period and no plural."),
    rule("trailing-whitespace", "typography", W, "A line ends with spaces or tabs."),
    rule("final-newline", "typography", W, "The file does not end with a newline."),
    rule(
        "untranslated",
        "translation",
        W,
        "The value is identical to the reference's (mark names and titles `@verbatim`).",
    ),
    // Added with the press kit (issue 20).
    rule("film-toml", "facts", E, "`film.toml` does not parse or holds an invalid value (schema, date, code, id)."),
    rule("needed-message", "facts", E, "A complete locale (the reference too) lacks a message press needs."),
    rule("word-limit", "facts", E, "A section is longer than its word limit in `film.toml`."),
    rule("missing-plural-category", "selectors", E, "A plural select lacks a category the locale's CLDR rules select."),
    rule("unsupported-markup", "rendering", E, "Markup other than `<i>` that press would print literally."),
    rule("english-in-spanish", "translation", W, "A sentence of a Spanish message reads as English."),
    rule("inverted-marks", "typography", W, "es: a `?` or `!` without its opening `¿` or `¡`, or the reverse."),
];

/// The catalogue entry of `name`.
pub fn rule_info(name: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_unique_kebab_case() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(rule.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", rule.name);
            assert!(RULES.iter().skip(i + 1).all(|r| r.name != rule.name), "duplicate {}", rule.name);
        }
    }

    #[test]
    fn typography_and_untranslated_are_warnings() {
        for rule in RULES.iter().filter(|r| r.category == "typography" || r.category == "translation") {
            assert_eq!(rule.default_severity, Severity::Warning, "{}", rule.name);
        }
    }
}
