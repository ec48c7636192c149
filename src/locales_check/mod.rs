//! `dejamos locales check`: a linter for the Fluent (`.ftl`) bundles behind the press copy.
//!
//! Translators edit `.ftl` files by hand; a renamed variable, a missing message or a straight quote
//! must be caught before the copy ships, with a finding that points at the line. The linter works on
//! data ([`LocaleSet`]: locale tag → files with their text), so it lints the embedded locales, a
//! folder on disk, or a test's strings the same way. It never prints: [`lint`] returns a
//! [`Report`] of ordinary diagnostics, one entry per file, which the report layer writes in any
//! of its formats, as for `check`.
//!
//! The checks, grouped by category (see [`RULES`] for the catalogue):
//! syntax, structure, parity with the reference locale, arguments (against the table of
//! arguments the code passes, [`ArgsSpec`]), selectors, rendering with sample arguments,
//! typography per locale, and untranslated values.

mod arguments;
mod load;
mod model;
mod parity;
mod plural;
mod references;
mod render;
mod rules;
mod selectors;
mod structure;
mod syntax;
mod typography;
mod untranslated;
// Checks added with the press kit (issue 20), one per file.
mod english_in_spanish;
mod film_facts;
mod inverted_marks;
mod plural_cldr;
mod prose;
mod selector_only;
mod spanish_style;
mod unsupported_markup;

pub use arguments::{ArgSpec, ArgsSpec, SampleValue};
pub use load::load_dir;
pub use rules::{RULES, rule_info};

use crate::diagnostic::Message;
use crate::error::Error;
use crate::msg;
use crate::report::{FileReport, Report};
use fluent_bundle::{FluentBundle, FluentResource};
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// The comment marker that declares a value identical in every locale (a name or a title), so the
/// `untranslated` check leaves it alone. Put it in the comment right above a message or term, or
/// in a `##` group comment to cover every entry of the group.
pub const VERBATIM_MARKER: &str = "@verbatim";

/// The comment marker with which a translation declares that it leaves out, on purpose, a
/// variable the reference uses: `# @ignores $original-title (the Spanish title is the original)`
/// right above the message. `missing-variable` then stays quiet for the variables on that line.
pub const IGNORES_MARKER: &str = "@ignores";

/// An error's words in English: errors carry text, and the linter's are worded by the interface
/// bundles like its findings.
fn english(message: Message) -> String {
    crate::ui::render(crate::ui::UiLang::English, &message)
}

/// One `.ftl` file of a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFile {
    /// The path shown in findings (`locales/es-MX/press.ftl`).
    pub path: String,
    /// The file name inside the locale folder (`press.ftl`); files with the same name in two
    /// locales are counterparts.
    pub name: String,
    /// The file's text, decoded as UTF-8 (a byte-order mark, if any, is kept so it can be reported).
    pub text: String,
}

/// The files of one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// The locale tag, as the folder is named (`en-US`, `es-MX`).
    pub tag: String,
    /// Its `.ftl` files, sorted by name.
    pub files: Vec<LocaleFile>,
}

/// Every locale to lint, each with its files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleSet {
    /// The locales, sorted by tag.
    pub locales: Vec<Locale>,
    /// `film.toml`, when the folder has one (`name` is `film.toml`).
    pub facts: Option<LocaleFile>,
}

impl LocaleSet {
    /// Build a set from `(locale, [(file name, text)])` pairs, as the embedded locales are
    /// exposed; findings show paths as `ROOT/<locale>/<file>`. Locales and files are sorted, and
    /// files whose name does not end in `.ftl` are left out.
    pub fn from_pairs(root: &str, pairs: Vec<(String, Vec<(String, String)>)>) -> Self {
        let mut locales: Vec<Locale> = pairs
            .into_iter()
            .map(|(tag, files)| {
                let mut files: Vec<LocaleFile> = files
                    .into_iter()
                    .filter(|(name, _)| name.ends_with(".ftl"))
                    .map(|(name, text)| LocaleFile { path: format!("{root}/{tag}/{name}"), name, text })
                    .collect();
                files.sort_by(|a, b| a.name.cmp(&b.name));
                Locale { tag, files }
            })
            .filter(|locale| !locale.files.is_empty())
            .collect();
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        LocaleSet { locales, facts: None }
    }

    /// Build a set from `(path relative to the locales folder, text)` pairs such as
    /// `("es-MX/press.ftl", "…")`, the shape of an embedded folder. Paths that are not
    /// `<locale>/<file>.ftl` (`film.toml`, nested folders) are left out.
    pub fn from_relative_paths(root: &str, files: &[(&str, &str)]) -> Self {
        let mut grouped: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for (path, text) in files {
            let Some((tag, name)) = path.split_once('/') else { continue };
            if name.contains('/') {
                continue;
            }
            match grouped.iter_mut().find(|(t, _)| t == tag) {
                Some((_, list)) => list.push((name.to_string(), (*text).to_string())),
                None => grouped.push((tag.to_string(), vec![(name.to_string(), (*text).to_string())])),
            }
        }
        let mut set = LocaleSet::from_pairs(root, grouped);
        set.facts = files.iter().find(|(path, _)| *path == crate::press::catalog::FACTS_FILE).map(|(name, text)| {
            LocaleFile { path: format!("{root}/{name}"), name: (*name).to_string(), text: (*text).to_string() }
        });
        set
    }

    /// The locale tags, in order.
    pub fn tags(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.tag.as_str()).collect()
    }

    /// The text of the file shown as `path`, for snippets.
    pub fn source(&self, path: &str) -> Option<&str> {
        self.locales.iter().flat_map(|l| &l.files).find(|f| f.path == path).map(|f| f.text.as_str())
    }

    /// Number of files in every locale.
    pub fn file_count(&self) -> usize {
        self.locales.iter().map(|l| l.files.len()).sum()
    }
}

/// Builds a bundle for a locale the way the renderer does (functions registered, isolation off).
pub type BundleFactory = fn(&LanguageIdentifier) -> FluentBundle<FluentResource>;

/// What to lint against.
#[derive(Debug, Clone)]
pub struct Options {
    /// The reference locale (`en-US`): parity and untranslated checks compare against it.
    pub reference: String,
    /// The arguments the code passes to each message, with sample values.
    pub args: ArgsSpec,
    /// Function names the code registers (`NUMBER`, `DATETIME`).
    pub functions: Vec<String>,
    /// How bundles are built for the rendering check and plural rules.
    pub new_bundle: BundleFactory,
    /// Message ids the code renders, each with where it does (`src/report/mod.rs:250`): every
    /// complete locale must define them (`needed-message`). Empty for the press bundles, whose
    /// needs the composer and `film.toml` state.
    pub needed: Vec<(String, String)>,
    /// Ids a translation may define although the reference does not, because the reference's
    /// text lives in the code (rule documentation and `--help`, declared in English).
    pub in_code: BTreeSet<String>,
    /// Lint interface texts rather than press copy: `<i>` and other markup are plain text (the
    /// markup checks are off), and text between backticks is code, which the typography checks
    /// leave alone.
    pub interface: bool,
}

impl Options {
    /// The interface bundles' contract (`locales/ui`): `en-US` reference, the ids and arguments
    /// the code uses ([`crate::ui::MESSAGES`]), `NUMBER` only, and the rule documentation's ids
    /// as defined in the code. The binary adds the ids of its `--help` texts to `in_code`.
    pub fn interface() -> Self {
        let mut args = ArgsSpec::new();
        let mut needed = Vec::new();
        for used in crate::ui::MESSAGES {
            let samples: Vec<(&str, SampleValue)> = used.args.iter().map(|a| (*a, SampleValue::Num(3.0))).collect();
            args = args.with(used.id, &samples);
            needed.push((used.id.to_string(), used.at.to_string()));
        }
        let mut in_code: BTreeSet<String> = crate::check::rules::catalogue().iter().map(crate::ui::rule_id).collect();
        // The profiles' summaries and sources are declared in English in the code (check::profile).
        in_code.extend(crate::check::profile::Profile::ALL.iter().map(|p| format!("profile-{}", p.name())));
        Options {
            reference: "en-US".to_string(),
            args,
            functions: crate::ui::FUNCTIONS.iter().map(|f| (*f).to_string()).collect(),
            new_bundle: crate::ui::new_bundle,
            needed,
            in_code,
            interface: true,
        }
    }
}

impl Default for Options {
    /// The press renderer's contract: `en-US` reference, [`crate::press::args::MESSAGE_ARGS`],
    /// [`crate::press::fluent::FUNCTIONS`] and [`crate::press::fluent::new_bundle`].
    fn default() -> Self {
        Options {
            reference: "en-US".to_string(),
            args: ArgsSpec::from_press(),
            functions: crate::press::fluent::FUNCTIONS.iter().map(|f| (*f).to_string()).collect(),
            new_bundle: crate::press::fluent::new_bundle,
            needed: Vec::new(),
            in_code: BTreeSet::new(),
            interface: false,
        }
    }
}

/// Lint every locale of `set` against `options.reference`.
///
/// The report has an entry for every file, in locale and file order, whose `language` is the
/// locale tag (with the reason `reference` for the reference locale); each file's findings are
/// sorted by position and rule, and a finding about a message or term names its id in the
/// message. The rules are [`RULES`] and the command `locales check`. Fails (exit 2) only when
/// the set cannot be linted at all: no locales, the reference locale missing, or a folder name
/// that is not a language tag.
pub fn lint(set: &LocaleSet, options: &Options) -> Result<Report, Error> {
    if set.locales.is_empty() {
        return Err(Error::usage(english(msg!("locales-none"))));
    }
    let parsed = model::parse_set(set)?;
    let locales = model::build(&parsed);
    // `en-us` names the same locale as `en-US`.
    let wanted: Option<LanguageIdentifier> = options.reference.parse().ok();
    let Some(reference) = locales.iter().position(|l| l.tag == options.reference || wanted.as_ref() == Some(&l.langid))
    else {
        return Err(Error::usage(english(msg!(
            "locales-no-reference",
            reference = options.reference.as_str(),
            found = set.tags().join(", ")
        ))));
    };
    let mut sink = model::Sink::default();
    let langids: Vec<LanguageIdentifier> = locales.iter().map(|l| l.langid.clone()).collect();
    // An overlay holds only what differs; as the reference, its complete parent stands in.
    let reference = locales
        .get(reference)
        .and_then(|l| crate::press::catalog::parent_of(&l.langid, &langids))
        .and_then(|parent| locales.iter().position(|l| l.langid == parent))
        .unwrap_or(reference);
    let plurals: Vec<plural::PluralRules> =
        locales.iter().map(|l| plural::PluralRules::probe(options.new_bundle, &l.langid)).collect();
    let flows: Vec<arguments::Flow<'_>> = locales.iter().map(|l| arguments::Flow::new(l, &options.args)).collect();
    for (i, (locale, flow)) in locales.iter().zip(&flows).enumerate() {
        syntax::check(locale, &mut sink);
        structure::check(locale, &options.functions, &mut sink);
        parity::check_references(locale, &options.functions, &mut sink);
        let unknown = arguments::check_unknown(locale, flow, &mut sink);
        let rules = plurals.get(i).cloned().unwrap_or_default();
        selectors::check(locale, &options.args, &rules, &mut sink);
        render::check(locale, options, &rules, &unknown, flow, &mut sink);
        typography::check(locale, &mut sink);
        plural_cldr::check(locale, &options.args, &rules, &mut sink);
        english_in_spanish::check(locale, &mut sink);
        inverted_marks::check(locale, &mut sink);
        unsupported_markup::check(locale, &mut sink);
        spanish_style::check(locale, &mut sink);
        // An overlay (en-GB over en-US) holds only what differs; its parent supplies the rest.
        let overlay = crate::press::catalog::parent_of(&locale.langid, &langids).is_some();
        if i != reference
            && !overlay
            && let (Some(reference), Some(reference_flow)) = (locales.get(reference), flows.get(reference))
        {
            parity::check_against(locale, reference, (flow, reference_flow), &mut sink);
            untranslated::check(locale, reference, &mut sink);
        }
    }
    if let Some(reference) = locales.get(reference) {
        arguments::check_unused(&locales, &flows, reference, &options.args, &mut sink);
    }
    for locale in locales.iter().filter(|l| crate::press::catalog::parent_of(&l.langid, &langids).is_none()) {
        for (id, at) in &options.needed {
            if !locale.files.is_empty() && locale.get(model::Kind::Message, id).is_none() {
                let message = msg!("locales-needed-message", id = id, locale = locale.tag, at = at);
                sink.push("needed-message", locale, 0, 0..0, Some(id.clone()), message);
            }
        }
    }
    sink.allow_extra(&options.in_code);
    if options.interface {
        sink.interface_only(&locales);
    }
    let facts = film_facts::check(set, &locales, &mut sink);
    let mut files: Vec<FileReport> = facts.into_iter().collect();
    files.extend(sink.finish(&locales, reference));
    // not user-facing: the command's name, as reports name it
    Ok(Report { files, rules: RULES.iter().map(|&r| *r).collect(), command: "locales check" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_group_by_locale_and_skip_other_files() {
        let set = LocaleSet::from_relative_paths(
            "locales",
            &[
                ("film.toml", "runtime = 72"),
                ("es-MX/press.ftl", "b = B\n"),
                ("en-US/press.ftl", "a = A\n"),
                ("en-US/notes.txt", "x"),
                ("en-US/old/press.ftl", "z = Z\n"),
                ("es-MX/credits.ftl", "c = C\n"),
            ],
        );
        assert_eq!(set.tags(), ["en-US", "es-MX"]);
        let paths: Vec<&str> = set.locales.iter().flat_map(|l| l.files.iter().map(|f| f.path.as_str())).collect();
        assert_eq!(paths, ["locales/en-US/press.ftl", "locales/es-MX/credits.ftl", "locales/es-MX/press.ftl"]);
    }
}
