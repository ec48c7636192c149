//! The interface language: every message the library produces for people, as a Fluent message id
//! with named arguments, rendered in English (`en-US`) or Mexican Spanish (`es-MX`).
//!
//! The bundles are `locales/ui/<locale>/*.ftl`, embedded in the binary and kept apart from the
//! press copy's bundles. Producers build a [`Message`] with [`msg!`](crate::msg) (id and
//! arguments, plain data that the core crate can carry in a
//! [`Diagnostic`](crate::diagnostic::Diagnostic)); [`render`] picks the bundle. Numbers keep
//! their type until then, so plurals follow Fluent's plural rules and decimals are written as the
//! language writes them (a decimal comma in Spanish); isolation marks are never written.
//!
//! The language is chosen as gettext programs choose theirs ([`UiLang::choose`]); rule
//! documentation stays in English in the rule declarations, and its Spanish lives in the es-MX
//! bundle as `rule-NAME` with one attribute per section ([`rule_summary`], [`rule_docs`]).
mod bundle;
mod errors;
mod fast;
mod registry;

pub use crate::diagnostic::{Arg, Localized, Message};
pub use bundle::{EMBEDDED, FUNCTIONS, new_bundle};
pub use errors::{error, error_as_message, error_line, error_message, install};
pub use registry::{MESSAGES, UsedMessage};

use crate::check::declare::RuleInfo;
use crate::diagnostic::Diagnostic;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::fmt;
use unic_langid::LanguageIdentifier;

/// Build a [`Message`]: `msg!("max-line-length", length = 48, limit = 42)`.
///
/// The id is a string literal and every argument `name = value` (anything with an
/// `Into<`[`Arg`]`>`), so the build script can list every id and argument the code uses
/// ([`MESSAGES`]) for `locales check`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostic::Message::new($id, vec![$((stringify!($name), $crate::diagnostic::Arg::from($value))),*])
    };
}

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UiLang {
    /// American English (`en-US`), the default and the language of the rule declarations.
    #[default]
    English,
    /// Mexican Spanish (`es-MX`).
    Spanish,
}

/// Where the interface language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiSource {
    /// The command line's tag.
    Given,
    /// The variable of this name (`DEJAMOS_UI_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
    Variable(&'static str),
    /// Nothing set: English.
    Default,
}

/// A tag that is not a language tag (`--ui-lang` given `x_?`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadTag(pub String);

impl fmt::Display for BadTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a language tag", self.0)
    }
}

impl std::error::Error for BadTag {}

/// The environment variables read after the command line's tag, in order of precedence.
pub const VARIABLES: [&str; 4] = ["DEJAMOS_UI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

impl UiLang {
    /// Both languages, English first.
    pub const ALL: [UiLang; 2] = [UiLang::English, UiLang::Spanish];

    /// The locale of its bundle: `en-US`, `es-MX`.
    pub const fn tag(self) -> &'static str {
        match self {
            UiLang::English => "en-US",
            UiLang::Spanish => "es-MX",
        }
    }

    /// The locale as a language identifier.
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            UiLang::English => unic_langid::langid!("en-US"),
            UiLang::Spanish => unic_langid::langid!("es-MX"),
        }
    }

    /// The interface language for a tag, negotiated with fluent-langneg against the two bundles:
    /// `es`, `es-ES`, `es_MX.UTF-8` → Spanish; `en-GB`, and any language without a bundle (`fr`)
    /// → English. `C` and `POSIX` are English. Errors when `tag` is not a language tag.
    pub fn negotiate(tag: &str) -> Result<UiLang, BadTag> {
        let Some(cleaned) = posix_to_bcp47(tag) else { return Ok(UiLang::English) };
        let requested: LanguageIdentifier = cleaned.parse().map_err(|_| BadTag(tag.to_string()))?;
        let available: Vec<LanguageIdentifier> = UiLang::ALL.iter().map(|l| l.langid()).collect();
        let default = UiLang::English.langid();
        let chosen = negotiate_languages(&[requested], &available, Some(&default), NegotiationStrategy::Lookup);
        Ok(match chosen.first() {
            Some(id) if **id == UiLang::Spanish.langid() => UiLang::Spanish,
            _ => UiLang::English,
        })
    }

    /// The interface language: `given` (the command line's tag) if any, else the first of
    /// [`VARIABLES`] that `var` finds set and not empty, as gettext reads `LC_ALL`,
    /// `LC_MESSAGES` and `LANG`; else English. A variable that holds no language tag is passed
    /// over; a `given` one is an error.
    pub fn choose(given: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Result<(UiLang, UiSource), BadTag> {
        if let Some(tag) = given {
            return UiLang::negotiate(tag).map(|lang| (lang, UiSource::Given));
        }
        for name in VARIABLES {
            let Some(value) = var(name).filter(|v| !v.trim().is_empty()) else { continue };
            if let Ok(lang) = UiLang::negotiate(&value) {
                return Ok((lang, UiSource::Variable(name)));
            }
        }
        Ok((UiLang::English, UiSource::Default))
    }

    /// [`UiLang::choose`] from the process environment.
    pub fn from_env(given: Option<&str>) -> Result<(UiLang, UiSource), BadTag> {
        UiLang::choose(given, |name| std::env::var(name).ok())
    }

    /// The decimal separator: `.` or `,`.
    pub const fn decimal_separator(self) -> char {
        match self {
            UiLang::English => '.',
            UiLang::Spanish => ',',
        }
    }
}

/// A POSIX locale name (`es_MX.UTF-8`, `de_DE@euro`) as a BCP 47 tag (`es-MX`); `None` for the
/// C locale (`C`, `C.UTF-8`, `POSIX`), which is English.
fn posix_to_bcp47(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let base = tag.split(['.', '@']).next().unwrap_or(tag);
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    Some(base.replace('_', "-"))
}

/// `message` in `lang`. A message missing from the language's bundle falls back to English, and
/// one missing from both renders as its id (`locales check` reports both).
pub fn render(lang: UiLang, message: &Message) -> String {
    bundle::format(lang, message)
}

/// [`render`] of a message without arguments.
pub fn text(lang: UiLang, id: &'static str) -> String {
    bundle::format(lang, &Message::new(id, Vec::new()))
}

/// The message `id` in `lang` if a bundle defines it, without falling back: for texts whose
/// English lives in the code (rule documentation, `--help`).
pub fn lookup(lang: UiLang, id: &str) -> Option<String> {
    bundle::lookup(lang, id)
}

/// The attribute `attribute` of message `id` in `lang`, if the bundle has it (no fallback).
pub fn lookup_attribute(lang: UiLang, id: &str, attribute: &str) -> Option<String> {
    bundle::lookup_attribute(lang, id, attribute)
}

/// A number as `lang` writes it with `decimals` decimals: `24.0`, `24,0`.
pub fn decimal(lang: UiLang, value: f64, decimals: u8) -> String {
    let text = format!("{value:.*}", usize::from(decimals));
    match lang.decimal_separator() {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

/// The rule's one-line summary in `lang`: its declaration's in English, the value of
/// [`rule_id`] in Spanish (the English one while a translation is missing).
pub fn rule_summary(lang: UiLang, info: &RuleInfo) -> String {
    match lang {
        UiLang::English => info.summary.to_string(),
        UiLang::Spanish => lookup(lang, &rule_id(info)).unwrap_or_else(|| info.summary.to_string()),
    }
}

/// What to do about a finding of the rule, in `lang`: its declaration's `help` in English, the
/// attribute `.help` of [`rule_id`] in Spanish (the English one while a translation is missing).
pub fn rule_help(lang: UiLang, info: &RuleInfo) -> String {
    match lang {
        UiLang::English => info.help.to_string(),
        UiLang::Spanish => lookup_attribute(lang, &rule_id(info), "help").unwrap_or_else(|| info.help.to_string()),
    }
}

/// The sections of a rule's documentation, by the bold lead that opens their paragraph, with the
/// attribute of [`rule_id`] that holds their prose in another language.
pub const RULE_SECTIONS: [(&str, &str); 6] = [
    ("**What it does.**", "what"),
    ("**Why.**", "why"),
    ("**Source.**", "source"),
    ("**Example.**", "example"),
    ("**Use instead.**", "instead"),
    ("**Fix.**", "fix"),
];

/// The rule's documentation (Markdown) in `lang`. The English docs are the source: in Spanish
/// each paragraph that opens with a section's lead (`**Why.**`) gets the lead and the prose of
/// that section's attribute (`.why`), any other prose paragraph the attribute `.pN` (its
/// 1-based position), and code stays as it is. A paragraph without a translation stays English.
pub fn rule_docs(lang: UiLang, info: &RuleInfo) -> String {
    if lang == UiLang::English {
        return info.docs.to_string();
    }
    let id = rule_id(info);
    let attribute = |name: &str| lookup_attribute(lang, &id, name);
    let mut in_code = false;
    let paragraphs: Vec<String> = info
        .docs
        .split("\n\n")
        .enumerate()
        .map(|(index, paragraph)| {
            let was_in_code = in_code;
            in_code ^= paragraph.matches("```").count() % 2 == 1;
            if was_in_code {
                paragraph.to_string()
            } else if let Some((lead, name)) = RULE_SECTIONS.iter().find(|(lead, _)| paragraph.starts_with(lead)) {
                let rest = &paragraph[lead.len()..];
                // The prose runs to the first code fence; the code and what follows it stay.
                let (prose, code) = match rest.find("\n```") {
                    Some(at) => rest.split_at(at),
                    None => (rest, ""),
                };
                let lead = lookup(lang, &format!("rule-section-{name}")).unwrap_or_else(|| (*lead).to_string());
                let prose = match attribute(name) {
                    Some(text) => format!(" {text}"),
                    None if prose.trim().is_empty() => String::new(),
                    None => prose.to_string(),
                };
                format!("{lead}{prose}{code}")
            } else if paragraph.starts_with("```") {
                paragraph.to_string()
            } else {
                attribute(&format!("p{}", index + 1)).unwrap_or_else(|| paragraph.to_string())
            }
        })
        .collect();
    paragraphs.join("\n\n")
}

/// The bundle id of a rule's documentation: `rule-max-cps` (its value the summary, its
/// attributes the sections of [`rule_docs`]); rules of `pair` and `locales check` are
/// `rule-pair-NAME` and `rule-locales-NAME`, since a few names repeat across commands.
pub fn rule_id(info: &RuleInfo) -> String {
    use crate::check::declare::Command;
    match info.command {
        Command::Check => format!("rule-{}", info.name),
        Command::Pair => format!("rule-pair-{}", info.name),
        Command::LocalesCheck => format!("rule-locales-{}", info.name),
    }
}

/// Render `d`'s message and fix description in `lang` from their ids, when it has them.
pub fn localize(d: &mut Diagnostic, lang: UiLang) {
    let Some(localized) = d.localized.as_deref() else { return };
    if let Some(message) = &localized.message {
        d.message = render(lang, message);
    }
    if let (Some(fix), Some(message)) = (d.fix.as_mut(), localized.fix.as_ref()) {
        fix.description = render(lang, message);
    }
}

/// Give `d` its message as an id with arguments, rendered in English into `message`.
pub fn set_message(d: &mut Diagnostic, message: Message) {
    d.message = render(UiLang::English, &message);
    match d.localized.as_mut() {
        Some(l) => l.message = Some(message),
        None => d.localized = Some(Box::new(Localized { message: Some(message), fix: None })),
    }
}

/// Give `d` a fix whose description is a message id with arguments (rendered in English into
/// `description`).
pub fn set_fix(d: &mut Diagnostic, description: Message, edits: Vec<crate::diagnostic::Edit>) {
    d.fix = Some(crate::diagnostic::Fix { description: render(UiLang::English, &description), edits });
    match d.localized.as_mut() {
        Some(l) => l.fix = Some(description),
        None => d.localized = Some(Box::new(Localized { message: None, fix: Some(description) })),
    }
}

#[cfg(test)]
mod tests;
