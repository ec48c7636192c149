//! The catalogue of `locales check` rules: stable names, categories, default severities.
use crate::check::declare::{RuleInfo, declare_rule};
#[cfg(test)]
use crate::diagnostic::Severity;

/// Every rule of `dejamos locales check`, in report order.
pub static RULES: &[&RuleInfo] = &[
    &SYNTAX_ERROR,
    &BOM,
    &TAB_INDENT,
    &LINE_ENDINGS,
    &DUPLICATE_ID,
    &NAME_COLLISION,
    &DUPLICATE_ATTRIBUTE,
    &DUPLICATE_VARIANT,
    &SELECT_WITHOUT_DEFAULT,
    &MISSING_MESSAGE,
    &EXTRA_MESSAGE,
    &MISSING_ATTRIBUTE,
    &EXTRA_ATTRIBUTE,
    &MISSING_VALUE,
    &EXTRA_VALUE,
    &MISSING_TERM,
    &EXTRA_TERM,
    &MISSING_VARIABLE,
    &UNDEFINED_REFERENCE,
    &UNKNOWN_FUNCTION,
    &UNKNOWN_ARGUMENT,
    &UNUSED_ARGUMENT,
    &GENDER_SELECT,
    &PLURAL_CATEGORY,
    &UNREACHABLE_VARIANT,
    &RENDER_ERROR,
    &ISOLATION_MARK,
    &UNRESOLVED_PLACEABLE,
    &MARKUP,
    &STRAIGHT_APOSTROPHE,
    &STRAIGHT_QUOTES,
    &ELLIPSIS,
    &QUOTE_STYLE,
    &GUION_ACCENT,
    &MONTH_CASE,
    &ESTRENO,
    &UNIT_SYMBOL,
    &TRAILING_WHITESPACE,
    &FINAL_NEWLINE,
    &UNTRANSLATED,
    &FILM_TOML,
    &NEEDED_MESSAGE,
    &WORD_LIMIT,
    &MISSING_PLURAL_CATEGORY,
    &UNSUPPORTED_MARKUP,
    &ENGLISH_IN_SPANISH,
    &INVERTED_MARKS,
];

declare_rule! {
    /// The file does not parse: the entry is dropped as junk.
    pub SYNTAX_ERROR {
        name: "syntax-error",
        command: LocalesCheck,
        category: Syntax,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "fix the Fluent syntax at the reported place so the entry parses",
    }
}

declare_rule! {
    /// The file starts with a byte-order mark, which turns its first entry into junk.
    pub BOM {
        name: "bom",
        command: LocalesCheck,
        category: Syntax,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "save the file without a byte-order mark",
    }
}

declare_rule! {
    /// A line is indented with a tab; Fluent only accepts spaces, so the line is junk.
    pub TAB_INDENT {
        name: "tab-indent",
        command: LocalesCheck,
        category: Syntax,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "indent with spaces, not tabs",
    }
}

declare_rule! {
    /// A line ends with a lone CR, which Fluent does not read as a line break.
    pub LINE_ENDINGS {
        name: "line-endings",
        command: LocalesCheck,
        category: Syntax,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "use LF line endings",
    }
}

declare_rule! {
    /// A message or term is defined twice in a locale; the bundle keeps the first.
    pub DUPLICATE_ID {
        name: "duplicate-id",
        command: LocalesCheck,
        category: Structure,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "delete or rename one of the two definitions",
    }
}

declare_rule! {
    /// A term and a message (or a function) share a name; the bundle drops one.
    pub NAME_COLLISION {
        name: "name-collision",
        command: LocalesCheck,
        category: Structure,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "rename the term or the message",
    }
}

declare_rule! {
    /// An attribute is defined twice in one message or term.
    pub DUPLICATE_ATTRIBUTE {
        name: "duplicate-attribute",
        command: LocalesCheck,
        category: Structure,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "delete or rename one of the two attributes",
    }
}

declare_rule! {
    /// A select expression repeats a variant key; only the first is reachable.
    pub DUPLICATE_VARIANT {
        name: "duplicate-variant",
        command: LocalesCheck,
        category: Structure,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "delete or rename the repeated variant key",
    }
}

declare_rule! {
    /// A select expression has no `*[default]` variant.
    pub SELECT_WITHOUT_DEFAULT {
        name: "select-without-default",
        command: LocalesCheck,
        category: Structure,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "mark one variant as the default with `*`",
    }
}

declare_rule! {
    /// A message of the reference locale is missing.
    pub MISSING_MESSAGE {
        name: "missing-message",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "translate the message into this locale",
    }
}

declare_rule! {
    /// A message is not in the reference locale (renamed or obsolete).
    pub EXTRA_MESSAGE {
        name: "extra-message",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "delete the message, or add it to the reference locale",
    }
}

declare_rule! {
    /// An attribute of the reference message is missing.
    pub MISSING_ATTRIBUTE {
        name: "missing-attribute",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "translate the missing attribute",
    }
}

declare_rule! {
    /// An attribute is not in the reference message.
    pub EXTRA_ATTRIBUTE {
        name: "extra-attribute",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "delete the attribute, or add it to the reference message",
    }
}

declare_rule! {
    /// The reference message has a value; this one has only attributes.
    pub MISSING_VALUE {
        name: "missing-value",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "give the message a value, as the reference does",
    }
}

declare_rule! {
    /// The reference message has no value; this one has one.
    pub EXTRA_VALUE {
        name: "extra-value",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "delete the value, or add one to the reference message",
    }
}

declare_rule! {
    /// A term of the reference locale is missing.
    pub MISSING_TERM {
        name: "missing-term",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "define the term in this locale",
    }
}

declare_rule! {
    /// A term is not in the reference locale (fine when the grammar needs it).
    pub EXTRA_TERM {
        name: "extra-term",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Info,
        fix: None,
        reach: File,
        help: "delete the term unless the locale's grammar needs it",
    }
}

declare_rule! {
    /// The reference uses an argument that this translation ignores.
    pub MISSING_VARIABLE {
        name: "missing-variable",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "use the argument in the translation, as the reference does",
    }
}

declare_rule! {
    /// A reference to a message, attribute or term this locale does not define.
    pub UNDEFINED_REFERENCE {
        name: "undefined-reference",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "define what the reference names, or point it at something defined",
    }
}

declare_rule! {
    /// A function the code does not register (only NUMBER and DATETIME exist).
    pub UNKNOWN_FUNCTION {
        name: "unknown-function",
        command: LocalesCheck,
        category: Parity,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "use `NUMBER` or `DATETIME`, the functions the code registers",
    }
}

declare_rule! {
    /// A `$variable` the code never passes to this message.
    pub UNKNOWN_ARGUMENT {
        name: "unknown-argument",
        command: LocalesCheck,
        category: Arguments,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "use an argument the code passes, or pass this one from the code",
    }
}

declare_rule! {
    /// The code passes an argument that no locale uses.
    pub UNUSED_ARGUMENT {
        name: "unused-argument",
        command: LocalesCheck,
        category: Arguments,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "use the argument in a locale, or stop passing it from the code",
    }
}

declare_rule! {
    /// A gender select must cover `female` and `male` and default to a neutral form.
    pub GENDER_SELECT {
        name: "gender-select",
        command: LocalesCheck,
        category: Selectors,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "cover `female` and `male` and make a neutral form the default",
    }
}

declare_rule! {
    /// A plural variant the locale's plural rules never select.
    pub PLURAL_CATEGORY {
        name: "plural-category",
        command: LocalesCheck,
        category: Selectors,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "use the plural categories the locale's rules select",
    }
}

declare_rule! {
    /// A numeric variant placed after the plural category that catches it.
    pub UNREACHABLE_VARIANT {
        name: "unreachable-variant",
        command: LocalesCheck,
        category: Selectors,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "move the numeric variant before the plural category that catches it",
    }
}

declare_rule! {
    /// Formatting with sample arguments reports a Fluent error.
    pub RENDER_ERROR {
        name: "render-error",
        command: LocalesCheck,
        category: Rendering,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "fix the message so it formats with the sample arguments",
    }
}

declare_rule! {
    /// Formatted output contains U+2068/U+2069 isolation marks.
    pub ISOLATION_MARK {
        name: "isolation-mark",
        command: LocalesCheck,
        category: Rendering,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "format without isolation marks where the output is not bidirectional text",
    }
}

declare_rule! {
    /// Formatted output contains a leftover `{`.
    pub UNRESOLVED_PLACEABLE {
        name: "unresolved-placeable",
        command: LocalesCheck,
        category: Rendering,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "close or remove the leftover `{`",
    }
}

declare_rule! {
    /// Formatted output has `<i>` markup press refuses: unclosed, nested, or a `lang` that is no language tag.
    pub MARKUP {
        name: "markup",
        command: LocalesCheck,
        category: Rendering,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "close the `<i>`, do not nest it, and give `lang` a language tag",
    }
}

declare_rule! {
    /// A straight apostrophe `'`: use ’ (or ‘ ’ for quotes).
    pub STRAIGHT_APOSTROPHE {
        name: "straight-apostrophe",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write ’ (or ‘ ’ as quotation marks)",
    }
}

declare_rule! {
    /// Straight double quotes: en-US uses “ ”, es-MX « ».
    pub STRAIGHT_QUOTES {
        name: "straight-quotes",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write the locale's quotation marks (en-US “ ”, es-MX « »)",
    }
}

declare_rule! {
    /// Three periods `...`: use the ellipsis character ….
    pub ELLIPSIS {
        name: "ellipsis",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write the ellipsis as the single character …",
    }
}

declare_rule! {
    /// es-MX: first-level quotes are « »; “ ” go inside them.
    pub QUOTE_STYLE {
        name: "quote-style",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write « » for first-level quotations, “ ” inside them",
    }
}

declare_rule! {
    /// es-MX: `guion` has no accent since the 2010 Ortografía.
    pub GUION_ACCENT {
        name: "guion-accent",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write `guion`, without an accent",
    }
}

declare_rule! {
    /// es-MX: months and weekdays are lowercase.
    pub MONTH_CASE {
        name: "month-case",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write the month or weekday in lowercase",
    }
}

declare_rule! {
    /// es-MX: `estreno`, not `premier` or `première`.
    pub ESTRENO {
        name: "estreno",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write `estreno`",
    }
}

declare_rule! {
    /// es-MX: unit symbols (`min`, `h`) take no period and no plural.
    pub UNIT_SYMBOL {
        name: "unit-symbol",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "write the unit symbol without a period and without a plural",
    }
}

declare_rule! {
    /// A line ends with spaces or tabs.
    pub TRAILING_WHITESPACE {
        name: "trailing-whitespace",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "delete the spaces or tabs at the end of the line",
    }
}

declare_rule! {
    /// The file does not end with a newline.
    pub FINAL_NEWLINE {
        name: "final-newline",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "end the file with a newline",
    }
}

declare_rule! {
    /// The value is identical to the reference's (mark names and titles `@verbatim`).
    pub UNTRANSLATED {
        name: "untranslated",
        command: LocalesCheck,
        category: Translation,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "translate the value, or mark names and titles `@verbatim`",
    }
}

/// The catalogue entry of `name`.
pub fn rule_info(name: &str) -> Option<&'static RuleInfo> {
    RULES.iter().copied().find(|r| r.name == name)
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

declare_rule! {
    /// `film.toml` does not parse or holds an invalid value (schema, date, code, id).
    pub FILM_TOML {
        name: "film-toml",
        command: LocalesCheck,
        category: Facts,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "correct the value in `film.toml` so it matches the schema",
    }
}

declare_rule! {
    /// A complete locale (the reference too) lacks a message press needs.
    pub NEEDED_MESSAGE {
        name: "needed-message",
        command: LocalesCheck,
        category: Facts,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "add the message press needs to the locale",
    }
}

declare_rule! {
    /// A section is longer than its word limit in `film.toml`.
    pub WORD_LIMIT {
        name: "word-limit",
        command: LocalesCheck,
        category: Facts,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "shorten the section to its word limit in `film.toml`",
    }
}

declare_rule! {
    /// A plural select lacks a category the locale's CLDR rules select.
    pub MISSING_PLURAL_CATEGORY {
        name: "missing-plural-category",
        command: LocalesCheck,
        category: Selectors,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "add the plural variant the locale's CLDR rules select",
    }
}

declare_rule! {
    /// Markup other than `<i>` that press would print literally.
    pub UNSUPPORTED_MARKUP {
        name: "unsupported-markup",
        command: LocalesCheck,
        category: Rendering,
        langs: ALL,
        formats: FLUENT,
        severity: Error,
        fix: None,
        reach: File,
        help: "remove the markup; only `<i>` is printed",
    }
}

declare_rule! {
    /// A sentence of a Spanish message reads as English.
    pub ENGLISH_IN_SPANISH {
        name: "english-in-spanish",
        command: LocalesCheck,
        category: Translation,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "translate the sentence into Spanish",
    }
}

declare_rule! {
    /// es: a `?` or `!` without its opening `¿` or `¡`, or the reverse.
    pub INVERTED_MARKS {
        name: "inverted-marks",
        command: LocalesCheck,
        category: Typography,
        langs: ALL,
        formats: FLUENT,
        severity: Warning,
        fix: None,
        reach: File,
        help: "add the opening `¿` or `¡` where the question or exclamation starts",
    }
}
