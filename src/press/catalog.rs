//! Where the press copy comes from: `film.toml` plus one folder of `.ftl` files per locale,
//! either embedded in the binary or read from a folder given with `--locales DIR`.
//!
//! A [`Localizer`] formats one locale's messages. It never falls back to another locale: a
//! missing message or any Fluent error is an [`Error`] naming the locale and the message id.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::facts::Facts;
use super::fluent::{FUNCTIONS, new_bundle, new_bundle_chain};
use super::rich::Rich;
use crate::error::{Error, IoAction};
use crate::fsutil;
use crate::msg;
use crate::ui::{Message, error};

/// The locales folder compiled into the binary: `(path relative to locales/, contents)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("film.toml", include_str!("../../locales/film.toml")),
    ("en-US/press.ftl", include_str!("../../locales/en-US/press.ftl")),
    ("en-US/credits.ftl", include_str!("../../locales/en-US/credits.ftl")),
    ("en-US/festivals.ftl", include_str!("../../locales/en-US/festivals.ftl")),
    ("en-US/copy.ftl", include_str!("../../locales/en-US/copy.ftl")),
    ("en-GB/press.ftl", include_str!("../../locales/en-GB/press.ftl")),
    ("en-GB/copy.ftl", include_str!("../../locales/en-GB/copy.ftl")),
    ("es-MX/press.ftl", include_str!("../../locales/es-MX/press.ftl")),
    ("es-MX/credits.ftl", include_str!("../../locales/es-MX/credits.ftl")),
    ("es-MX/festivals.ftl", include_str!("../../locales/es-MX/festivals.ftl")),
    ("es-MX/copy.ftl", include_str!("../../locales/es-MX/copy.ftl")),
];

/// The name of the facts file inside a locales folder.
pub const FACTS_FILE: &str = "film.toml";

/// The locale used when negotiation finds no match.
pub const DEFAULT_LOCALE: &str = "en-US";

/// The complete locale of each language. Any other locale of the same language (`en-GB`) is
/// an overlay: its folder holds only the messages that differ, and every other message comes
/// from this one, through the bundle's fallback chain.
pub const LANGUAGE_DEFAULTS: &[&str] = &["en-US", "es-MX"];

/// Requests answered by another locale of the same language when it is available: Australia
/// and New Zealand write British English.
pub const REGION_ALIASES: &[(&str, &str)] = &[("en-AU", "en-GB"), ("en-NZ", "en-GB")];

/// ISO 639-2 codes and the ISO 639-1 codes they stand for (`spa` → `es`).
const THREE_LETTER: &[(&str, &str)] = &[
    ("spa", "es"),
    ("eng", "en"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("deu", "de"),
    ("ger", "de"),
    ("ita", "it"),
    ("por", "pt"),
    ("cat", "ca"),
    ("nld", "nl"),
    ("dut", "nl"),
    ("jpn", "ja"),
    ("zho", "zh"),
    ("chi", "zh"),
    ("kor", "ko"),
    ("rus", "ru"),
    ("ara", "ar"),
];

/// The locale `locale` falls back to for the messages it does not define: the complete locale
/// of its language among `available` ([`LANGUAGE_DEFAULTS`]), or `None` for a complete locale.
pub fn parent_of(locale: &LanguageIdentifier, available: &[LanguageIdentifier]) -> Option<LanguageIdentifier> {
    let tag = locale.to_string();
    if LANGUAGE_DEFAULTS.contains(&tag.as_str()) {
        return None;
    }
    available
        .iter()
        .find(|l| l.language == locale.language && LANGUAGE_DEFAULTS.contains(&l.to_string().as_str()))
        .cloned()
}

/// One locale's Fluent files.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    /// The locale (the folder name).
    pub locale: LanguageIdentifier,
    /// The folder, as shown in messages.
    pub dir: PathBuf,
    /// `(path, contents)` of each `.ftl` file, sorted by name.
    pub files: Vec<(PathBuf, String)>,
}

/// Facts and Fluent files for every available locale.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The film's facts.
    pub facts: Facts,
    /// Available locales, sorted by tag.
    pub locales: Vec<LocaleFiles>,
}

impl Catalog {
    /// The copy embedded in the binary (paths shown as `locales/…`).
    pub fn embedded() -> Result<Catalog, Error> {
        let root = Path::new("locales");
        let mut facts_text = None;
        let mut by_locale: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        for (path, text) in EMBEDDED {
            match path.split_once('/') {
                Some((locale, _)) => {
                    by_locale.entry((*locale).to_string()).or_default().push((root.join(path), (*text).to_string()))
                }
                None => facts_text = Some(*text),
            }
        }
        let facts = Facts::parse(&root.join(FACTS_FILE), facts_text.unwrap_or_default())?;
        let mut locales = Vec::new();
        for (tag, mut files) in by_locale {
            files.sort();
            let locale = tag.parse().map_err(|_| error(msg!("error-press-not-locale")).in_file(root.join(&tag)))?;
            locales.push(LocaleFiles { locale, dir: root.join(&tag), files });
        }
        Ok(Catalog { facts, locales })
    }

    /// Read `dir/film.toml` and every `dir/<locale>/*.ftl` (folders whose name is a locale).
    pub fn from_dir(dir: &Path, max_size: u64) -> Result<Catalog, Error> {
        let facts_path = dir.join(FACTS_FILE);
        let facts = Facts::parse(&facts_path, &read_text(&facts_path, max_size)?)?;
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, IoAction::Read, &e))?;
        let mut locales = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, IoAction::Read, &e))?;
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            if !path.is_dir() || name.starts_with('.') {
                continue;
            }
            let Ok(locale) = name.parse::<LanguageIdentifier>() else { continue };
            let mut files = Vec::new();
            for file in std::fs::read_dir(&path).map_err(|e| Error::io(&path, IoAction::Read, &e))? {
                let file = file.map_err(|e| Error::io(&path, IoAction::Read, &e))?.path();
                if file.is_file() && file.extension().is_some_and(|e| e == "ftl") {
                    let text = read_text(&file, max_size)?;
                    files.push((file, text));
                }
            }
            if files.is_empty() {
                continue;
            }
            files.sort();
            locales.push(LocaleFiles { locale, dir: path, files });
        }
        if locales.is_empty() {
            return Err(error(msg!("error-press-no-locales")).in_file(dir));
        }
        locales.sort_by_key(|l| l.locale.to_string());
        Ok(Catalog { facts, locales })
    }

    /// The available locales, sorted by tag.
    pub fn available(&self) -> Vec<LanguageIdentifier> {
        self.locales.iter().map(|l| l.locale.clone()).collect()
    }

    /// Build the localizer for one available locale, with its parent ([`parent_of`]) as the
    /// fallback for the messages it does not define.
    pub fn localizer(&self, locale: &LanguageIdentifier) -> Result<Localizer, Error> {
        let files = self
            .locales
            .iter()
            .find(|l| &l.locale == locale)
            .ok_or_else(|| error(msg!("error-press-locale-unavailable", locale = locale.to_string())))?;
        let parent = parent_of(locale, &self.available()).and_then(|p| self.locales.iter().find(|l| l.locale == p));
        match parent {
            Some(parent) => Localizer::with_parent(files, parent),
            None => Localizer::new(files),
        }
    }
}

fn read_text(path: &Path, max_size: u64) -> Result<String, Error> {
    let bytes = fsutil::read_input(path, max_size)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = e.as_bytes().iter().take(offset).filter(|b| **b == b'\n').count() + 1;
        error(msg!("error-press-not-utf8")).in_file(path).on_line(line)
    })?;
    // Fluent reads a byte-order mark as junk; it carries no meaning in UTF-8.
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// The result of matching a requested language against the available locales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locales to render, in order.
    pub locales: Vec<LanguageIdentifier>,
    /// A one-line notice when no locale of the requested language exists and another was used.
    pub warning: Option<Message>,
}

/// Turn what someone typed into a language identifier to match: POSIX names (`es_MX.UTF-8`)
/// lose their encoding and modifier, extension and private-use subtags (`-u-ca-buddhist`,
/// `-x-…`) are dropped, and three-letter codes become two-letter ones (`spa` → `es`). `C` and
/// `POSIX` mean no preference (`None`). An empty or malformed tag is an error message.
pub fn normalize_request(requested: &str) -> Result<Option<LanguageIdentifier>, Message> {
    let requested = requested.trim();
    if requested.is_empty() {
        return Err(msg!("error-press-empty-tag"));
    }
    if requested == "C" || requested == "POSIX" {
        return Ok(None);
    }
    let posix = requested.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let mut subtags: Vec<&str> = Vec::new();
    for subtag in posix.split('-') {
        // A singleton starts an extension (`u`, `t`) or private use (`x`): nothing to match on.
        if subtag.len() == 1 {
            break;
        }
        subtags.push(subtag);
    }
    let malformed = || msg!("error-press-bad-tag", tag = requested);
    let Some(first) = subtags.first() else { return Err(malformed()) };
    let language = first.to_ascii_lowercase();
    let language = THREE_LETTER.iter().find(|(three, _)| *three == language).map_or(language.as_str(), |(_, two)| two);
    let rest = subtags.get(1..).unwrap_or_default().join("-");
    let tag = if rest.is_empty() { language.to_string() } else { format!("{language}-{rest}") };
    tag.parse::<LanguageIdentifier>().map(Some).map_err(|_| malformed())
}

/// Match `requested` (`es`, `es-AR`, `en_GB.UTF-8`, `spa`, `es-MX-u-ca-buddhist`, `all` …)
/// against `available`.
///
/// `all` renders one locale per language (every locale but the overlays). A request for a region with an alias ([`REGION_ALIASES`]) gets
/// that locale; another region of an available language gets the language's locale silently.
/// A language with no locale falls back to en-US (or the first available locale) with a
/// one-line notice naming what was used. An empty or malformed tag is an error message.
pub fn negotiate(requested: &str, available: &[LanguageIdentifier]) -> Result<Negotiated, Message> {
    if requested.trim().eq_ignore_ascii_case("all") {
        // One copy per language: overlays such as en-GB differ only in spelling and dates.
        let locales = available.iter().filter(|l| parent_of(l, available).is_none()).cloned().collect();
        return Ok(Negotiated { locales, warning: None });
    }
    let wanted = normalize_request(requested)?;
    let default_locale: Option<LanguageIdentifier> = DEFAULT_LOCALE.parse().ok();
    let default = available.iter().find(|l| Some(*l) == default_locale.as_ref()).or(available.first()).cloned();
    let matched = wanted.as_ref().and_then(|wanted| {
        let tag = wanted.to_string();
        let alias = REGION_ALIASES
            .iter()
            .filter(|(from, _)| *from == tag)
            .find_map(|(_, to)| available.iter().find(|l| l.to_string() == *to));
        if let Some(alias) = alias {
            return Some(alias.clone());
        }
        // An exact locale first; a region of a language goes to the language's complete locale.
        if let Some(exact) = available.iter().find(|l| *l == wanted) {
            return Some(exact.clone());
        }
        let complete: Vec<LanguageIdentifier> =
            available.iter().filter(|l| LANGUAGE_DEFAULTS.contains(&l.to_string().as_str())).cloned().collect();
        let pool = if complete.is_empty() { available } else { complete.as_slice() };
        negotiate_languages(std::slice::from_ref(wanted), pool, None, NegotiationStrategy::Filtering)
            .first()
            .map(|l| (*l).clone())
    });
    Ok(match (matched, default) {
        (Some(locale), _) => Negotiated { locales: vec![locale], warning: None },
        (None, Some(default)) => Negotiated {
            warning: Some(msg!("press-fallback", requested = requested.trim(), used = default.to_string())),
            locales: vec![default],
        },
        (None, None) => Negotiated { locales: Vec::new(), warning: Some(msg!("press-no-locales")) },
    })
}

/// Formats one locale's messages; every failure is an error, never a fallback.
pub struct Localizer {
    locale: LanguageIdentifier,
    tag: String,
    dir: PathBuf,
    bundle: FluentBundle<FluentResource>,
    /// Message id → (file, line) where it is defined.
    defined_at: BTreeMap<String, (PathBuf, usize)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locale", &self.tag).field("dir", &self.dir).finish_non_exhaustive()
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes().iter().take(offset).filter(|b| **b == b'\n').count() + 1
}

impl Localizer {
    /// Parse and add every file of one locale.
    pub fn new(files: &LocaleFiles) -> Result<Localizer, Error> {
        let mut bundle = new_bundle(&files.locale);
        let mut defined_at: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
        for (path, text) in &files.files {
            if let Some(at) = super::fluent::nesting_overflow(text) {
                let message = msg!("error-press-nesting", depth = super::fluent::MAX_NESTING);
                return Err(error(message).in_file(path).on_line(line_of(text, at)));
            }
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(resource) => resource,
                Err((_, errors)) => {
                    let first = errors.first();
                    let line = first.map_or(1, |e| line_of(text, e.pos.start));
                    let what = first.map_or_else(String::new, |e| e.to_string());
                    return Err(error(msg!("error-press-syntax-at", reason = what)).in_file(path).on_line(line));
                }
            };
            let lines = super::fluent::LineStarts::new(text);
            for entry in resource.entries() {
                let (prefix, id) = match entry {
                    ast::Entry::Message(m) => ("", m.id.name),
                    ast::Entry::Term(t) => ("-", t.id.name),
                    _ => continue,
                };
                let offset = (id.as_ptr() as usize).saturating_sub(resource.source().as_ptr() as usize);
                let key = format!("{prefix}{id}");
                if let Some((first_path, first_line)) = defined_at.get(&key) {
                    let first = format!("{}:{first_line}", first_path.display());
                    let message = msg!("error-press-duplicate", id = key.as_str(), first = first);
                    return Err(error(message).in_file(path).on_line(lines.line(offset)));
                }
                defined_at.insert(key, (path.clone(), lines.line(offset)));
            }
            if let Err(errors) = bundle.add_resource(resource) {
                let what = errors.first().map_or_else(String::new, |e| e.to_string());
                return Err(error(msg!("error-text", text = what)).in_file(path));
            }
        }
        Ok(Localizer {
            tag: files.locale.to_string(),
            locale: files.locale.clone(),
            dir: files.dir.clone(),
            bundle,
            defined_at,
        })
    }

    /// Parse and add every file of `files`, then the messages of `parent` that `files` does not
    /// define (the parent's own duplicates and syntax errors are still errors). Dates and plurals
    /// follow `files`' locale.
    pub fn with_parent(files: &LocaleFiles, parent: &LocaleFiles) -> Result<Localizer, Error> {
        let mut own = Localizer::new(files)?;
        let base = Localizer::new(parent)?;
        let mut bundle = new_bundle_chain(&[files.locale.clone(), parent.locale.clone()]);
        for (path, text) in files.files.iter().chain(&parent.files) {
            let Ok(resource) = FluentResource::try_new(text.clone()) else {
                return Err(error(msg!("error-press-syntax")).in_file(path));
            };
            // The first definition wins: an override, then the parent's message. The collisions
            // this reports are exactly the overrides.
            let _ = bundle.add_resource(resource);
        }
        for (id, at) in base.defined_at {
            own.defined_at.entry(id).or_insert(at);
        }
        own.bundle = bundle;
        Ok(own)
    }

    /// The locale.
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    /// The locale as a BCP 47 tag.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// Every message id (not terms) this locale defines, sorted.
    pub fn message_ids(&self) -> Vec<&str> {
        self.defined_at.keys().filter(|k| !k.starts_with('-')).map(String::as_str).collect()
    }

    fn error_at(&self, id: &str, reason: Message) -> Error {
        let message = error(msg!("error-press-message", id = id, locale = self.tag.as_str(), reason = reason));
        match self.defined_at.get(id) {
            Some((path, line)) => message.in_file(path).on_line(*line),
            None => message.in_file(&self.dir),
        }
    }

    /// Format message `id` with `args`. Missing message, missing value, any resolver error and
    /// an unresolved function call are errors naming the locale and the id.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, Error> {
        let message = self.bundle.get_message(id).ok_or_else(|| {
            error(msg!("error-press-missing", id = id, locale = self.tag.as_str())).in_file(&self.dir)
        })?;
        let pattern = message.value().ok_or_else(|| self.error_at(id, msg!("error-press-no-value")))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(error) = errors.first() {
            return Err(self.error_at(id, msg!("error-text", text = error.to_string())));
        }
        // A function that fails (DATETIME on a bad date) writes `NAME()` without reporting.
        if let Some(name) = FUNCTIONS.iter().find(|f| text.contains(&format!("{f}()"))) {
            return Err(self.error_at(id, msg!("error-press-function", function = *name)));
        }
        Ok(text.into_owned())
    }

    /// Format message `id` as rich text (translator `<i>` markup and title arguments).
    pub fn rich(&self, id: &str, args: Option<&FluentArgs>) -> Result<Rich, Error> {
        let text = self.format(id, args)?;
        Rich::from_formatted(&text).map_err(|e| self.error_at(id, e))
    }

    /// Format a prose message as paragraphs: split at blank lines, the lines of each paragraph
    /// joined with single spaces (translators wrap long copy freely). Markup cannot span
    /// paragraphs.
    pub fn paragraphs(&self, id: &str, args: Option<&FluentArgs>) -> Result<Vec<Rich>, Error> {
        let text = self.format(id, args)?;
        let mut out = Vec::new();
        for paragraph in text.split("\n\n") {
            let joined = paragraph.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
            if !joined.is_empty() {
                out.push(Rich::from_formatted(&joined).map_err(|e| self.error_at(id, e))?);
            }
        }
        Ok(out)
    }

    /// Format message `id` as plain text (markup checked, then removed).
    pub fn plain(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, Error> {
        self.rich(id, args).map(|r| r.to_plain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    fn available() -> Vec<LanguageIdentifier> {
        vec![langid!("en-US"), langid!("es-MX")]
    }

    fn with_gb() -> Vec<LanguageIdentifier> {
        vec![langid!("en-GB"), langid!("en-US"), langid!("es-MX")]
    }

    fn chosen(wanted: &str) -> Result<Vec<LanguageIdentifier>, Message> {
        negotiate(wanted, &with_gb()).map(|n| n.locales)
    }

    #[test]
    fn spanish_variants_reach_mexican_spanish() {
        for wanted in [
            "es",
            "es-419",
            "es-AR",
            "es-ES",
            "es-MX",
            "ES",
            "es_MX.UTF-8",
            "es_AR",
            "spa",
            "es-MX-u-ca-buddhist",
            "es-x-test",
        ] {
            assert_eq!(
                negotiate(wanted, &with_gb()),
                Ok(Negotiated { locales: vec![langid!("es-MX")], warning: None }),
                "{wanted}"
            );
        }
    }

    #[test]
    fn english_variants_reach_us_or_british_english() {
        for wanted in ["en", "en-US", "en_US.UTF-8", "eng", "en-CA", "en-US-u-ca-gregory"] {
            assert_eq!(chosen(wanted), Ok(vec![langid!("en-US")]), "{wanted}");
        }
        for wanted in ["en-GB", "en-AU", "en-NZ", "en_GB.UTF-8", "en-AU-u-ca-gregory"] {
            assert_eq!(chosen(wanted), Ok(vec![langid!("en-GB")]), "{wanted}");
        }
        // Without an en-GB bundle, British requests get US English.
        assert_eq!(negotiate("en-AU", &available()).map(|n| n.locales), Ok(vec![langid!("en-US")]));
    }

    #[test]
    fn other_languages_fall_back_with_a_notice() {
        for wanted in ["fr", "de-DE", "fra", "C"] {
            let got = negotiate(wanted, &available()).expect("well-formed");
            assert_eq!(got.locales, [langid!("en-US")]);
            let warning = got.warning.map(|w| crate::ui::render(crate::ui::UiLang::English, &w));
            assert!(warning.is_some_and(|w| w.contains("using en-US")), "{wanted}");
        }
    }

    #[test]
    fn empty_and_malformed_tags_are_errors() {
        for wanted in ["", "  ", "??", "x-private", "e", "123", "es-MX-toolongsubtag"] {
            assert!(negotiate(wanted, &available()).is_err(), "{wanted:?}");
        }
    }

    #[test]
    fn embedded_catalog_loads() {
        let catalog = Catalog::embedded().expect("embedded copy is valid");
        assert_eq!(catalog.available(), with_gb());
        for locale in catalog.available() {
            let localizer = catalog.localizer(&locale).expect("bundle builds");
            assert!(localizer.message_ids().len() > 50);
        }
    }

    fn localizer(source: &str) -> Localizer {
        let files = LocaleFiles {
            locale: langid!("es-MX"),
            dir: PathBuf::from("locales/es-MX"),
            files: vec![(PathBuf::from("locales/es-MX/a.ftl"), source.to_string())],
        };
        Localizer::new(&files).expect("valid")
    }

    #[test]
    fn missing_messages_and_variables_are_errors() {
        let l10n = localizer("a = Hola\nb = Hola, { $name }\nc = { DATETIME($d) }\n");
        assert_eq!(l10n.format("a", None).expect("ok"), "Hola");
        let err = l10n.format("zzz", None).expect_err("missing");
        assert_eq!(err.to_string(), "locales/es-MX: message `zzz` is missing in locale es-MX (no fallback)");
        let err = l10n.format("b", None).expect_err("no args");
        assert_eq!(
            err.to_string(),
            "locales/es-MX/a.ftl:2: message `b` (es-MX): Resolver error: Unknown variable: $name"
        );
        let mut args = FluentArgs::new();
        args.set("d", "not a date");
        assert!(l10n.format("c", Some(&args)).expect_err("bad date").message.contains("DATETIME()"));
    }

    #[test]
    fn prose_splits_into_paragraphs_and_keeps_no_break_spaces() {
        let l10n = localizer("a =\n    Uno\n    dos <i>tres</i>.\n\n    72\u{a0}min\n");
        let paragraphs: Vec<String> = l10n.paragraphs("a", None).expect("ok").iter().map(|p| p.to_markdown()).collect();
        assert_eq!(paragraphs, ["Uno dos *tres*.", "72\u{a0}min"]);
        let l10n = localizer("a =\n    <i>Uno\n\n    dos</i>\n");
        assert!(l10n.paragraphs("a", None).expect_err("spans paragraphs").message.contains("never closed"));
    }

    #[test]
    fn syntax_errors_and_duplicates_name_the_line() {
        let files = LocaleFiles {
            locale: langid!("en-US"),
            dir: PathBuf::from("x"),
            files: vec![(PathBuf::from("x/a.ftl"), "a = 1\nb = { $x\nc = 3\n".to_string())],
        };
        let err = Localizer::new(&files).expect_err("junk");
        assert_eq!(err.line, Some(3), "{err}");
        let files = LocaleFiles {
            locale: langid!("en-US"),
            dir: PathBuf::from("x"),
            files: vec![
                (PathBuf::from("x/a.ftl"), "a = 1\n".to_string()),
                (PathBuf::from("x/b.ftl"), "\na = 2\n".to_string()),
            ],
        };
        assert_eq!(
            Localizer::new(&files).expect_err("dup").to_string(),
            "x/b.ftl:2: `a` is already defined at x/a.ftl:1"
        );
    }
}
