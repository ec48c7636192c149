//! How a rule is declared: `declare_rule!` and the typed metadata it produces ([`RuleInfo`]).
//!
//! Every rule of every command (`check`, `pair`, `locales check`) is declared the same way, in the
//! style of clippy's `declare_clippy_lint!`: its documentation is its doc comment, and its metadata
//! is typed, so the engine selects rules by what they declare (languages, formats) and never by
//! their names or by category strings.
//!
//! ```ignore
//! declare_rule! {
//!     /// a cue ends at or before the moment it starts
//!     ///
//!     /// **What it does.** Reports cues whose end time is not after their start time.
//!     pub END_BEFORE_START {
//!         name: "end-before-start",
//!         command: Check,
//!         category: Structure,
//!         langs: ALL,
//!         formats: SUBTITLES,
//!         severity: Error,
//!         fix: None,
//!         reach: Cue,
//!     }
//! }
//! ```
//!
//! The doc comment's first paragraph (one line) is the summary; the rest is the Markdown
//! documentation `dejamos rules NAME` prints. A doc comment of one paragraph is both. One leading
//! space is removed from every line, as rustdoc does for `/// ` comments.
use crate::check::rule::Lang;
use crate::diagnostic::Severity;
use crate::srt::SourceFormat;
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;

/// The command that runs a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    /// `dejamos check`, on one subtitle file.
    Check,
    /// `dejamos pair`, on two language versions of one film.
    Pair,
    /// `dejamos locales check`, on the Fluent locale files.
    LocalesCheck,
}

impl Command {
    /// The command as typed on the command line: `check`, `pair`, `locales check`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Pair => "pair",
            // not user-facing: the command's name as typed, the same in every language
            Command::LocalesCheck => "locales check",
        }
    }
}

/// A rule's category: what `--select CATEGORY` (or the `locales check` report) groups it under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// File and cue structure (`check`), or duplicate definitions (`locales check`).
    Structure,
    /// Cue timing.
    Timing,
    /// Lines and reading speed.
    Layout,
    /// Markup, whitespace, characters.
    Text,
    /// Spanish typography.
    Spanish,
    /// English typography.
    English,
    /// The language of the text.
    Language,
    /// Subtitles for the deaf and hard of hearing: brackets, speaker IDs, lyrics.
    Sdh,
    /// Forced narratives and their full file.
    Forced,
    /// Two language versions compared (`pair`).
    Bilingual,
    /// Fluent syntax (`locales check`).
    Syntax,
    /// Messages present in one locale and not in the reference (`locales check`).
    Parity,
    /// Arguments the code passes (`locales check`).
    Arguments,
    /// Select expressions (`locales check`).
    Selectors,
    /// Formatted output (`locales check`).
    Rendering,
    /// Typography of the translated strings (`locales check`).
    Typography,
    /// Strings left untranslated (`locales check`).
    Translation,
    /// The film's facts in `film.toml` and what the press kit needs of the locales (`locales check`).
    Facts,
}

impl Category {
    /// The lowercase name used in selectors and every output format.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Structure => "structure",
            Category::Timing => "timing",
            Category::Layout => "layout",
            Category::Text => "text",
            Category::Spanish => "spanish",
            Category::English => "english",
            Category::Language => "language",
            Category::Sdh => "sdh",
            Category::Forced => "forced",
            Category::Bilingual => "bilingual",
            Category::Syntax => "syntax",
            Category::Parity => "parity",
            Category::Arguments => "arguments",
            Category::Selectors => "selectors",
            Category::Rendering => "rendering",
            Category::Typography => "typography",
            Category::Translation => "translation",
            Category::Facts => "facts",
        }
    }
}

impl Category {
    /// Every category, in the order of the enum.
    pub const ALL: [Category; 18] = [
        Category::Structure,
        Category::Timing,
        Category::Layout,
        Category::Text,
        Category::Spanish,
        Category::English,
        Category::Language,
        Category::Sdh,
        Category::Forced,
        Category::Bilingual,
        Category::Syntax,
        Category::Parity,
        Category::Arguments,
        Category::Selectors,
        Category::Rendering,
        Category::Typography,
        Category::Translation,
        Category::Facts,
    ];

    /// The category named `name` (as [`Category::as_str`] writes it).
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Category {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Category {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The languages of the files a rule runs on: a set of [`Lang`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Langs(u8);

impl Langs {
    /// Spanish files only.
    pub const SPANISH: Langs = Langs(1);
    /// English files only.
    pub const ENGLISH: Langs = Langs(2);
    /// Spanish and English files: the languages the rule knows, not files in any other language.
    pub const KNOWN: Langs = Langs(1 | 2);
    /// Files in every language.
    pub const ALL: Langs = Langs(1 | 2 | 4);

    const fn bit(lang: Lang) -> u8 {
        match lang {
            Lang::Spanish => 1,
            Lang::English => 2,
            Lang::Other => 4,
        }
    }

    /// Whether a file in `lang` is in the set.
    pub const fn contains(self, lang: Lang) -> bool {
        self.0 & Langs::bit(lang) != 0
    }

    /// `all`, or the tags of the languages (`es`, `en`, `es, en`).
    pub fn describe(self) -> String {
        if self == Langs::ALL {
            return "all".to_string();
        }
        let tags: Vec<&str> = [Lang::Spanish, Lang::English, Lang::Other]
            .into_iter()
            .filter(|&l| self.contains(l))
            .map(Lang::tag)
            .collect();
        tags.join(", ")
    }
}

/// The file formats a rule runs on: a set, with room for more subtitle formats (TTML).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Formats(u8);

impl Formats {
    /// SubRip (`.srt`).
    pub const SRT: Formats = Formats(1);
    /// WebVTT (`.vtt`).
    pub const WEBVTT: Formats = Formats(2);
    /// Every subtitle format dejamos reads.
    pub const SUBTITLES: Formats = Formats(1 | 2);
    /// Fluent locale files (`.ftl`), which `locales check` reads.
    pub const FLUENT: Formats = Formats(8);

    /// Whether a subtitle file in `format` is in the set. TTML is read into SubRip cue text
    /// ([`crate::ttml`]), so the rules that run on SRT run on it.
    pub const fn includes(self, format: SourceFormat) -> bool {
        let bit = match format {
            SourceFormat::Srt | SourceFormat::Ttml => 1,
            SourceFormat::Vtt => 2,
        };
        self.0 & bit != 0
    }

    /// The formats' names: `srt, webvtt`, `fluent`.
    pub fn describe(self) -> String {
        let names: Vec<&str> = [(1, "srt"), (2, "webvtt"), (8, "fluent")]
            .into_iter()
            .filter(|&(bit, _)| self.0 & bit != 0)
            .map(|(_, name)| name)
            .collect();
        names.join(", ")
    }
}

/// What `--fix` can do about a rule's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FixKind {
    /// No fix: the text needs a person.
    None,
    /// A safe, mechanical fix that `--fix` applies.
    Safe,
}

/// How far from the cue it reports a rule reads. Checking a large file in pieces
/// ([`crate::check::pieces`]) relies on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reach {
    /// The cue it reports and nothing else.
    Cue,
    /// Up to this many cues before and after it.
    Near(u8),
    /// The earlier cue that ends last, however far back it is (gap and overlap rules).
    Earlier,
    /// State carried from cue to cue until a cue settles it (open `¿` and `¡`).
    Carried,
    /// The whole file: the finding is about the file, or its fix spans it.
    File,
}

impl Reach {
    /// `cue`, `2 cues`, `earlier cue`, `carried`, `file`.
    pub fn describe(self) -> String {
        match self {
            Reach::Cue => "cue".to_string(),
            Reach::Near(n) => format!("{n} cue{}", if n == 1 { "" } else { "s" }),
            // not user-facing: a value of `rules --format json`, machine-stable in every language
            Reach::Earlier => "earlier cue".to_string(),
            Reach::Carried => "carried".to_string(),
            Reach::File => "file".to_string(),
        }
    }
}

/// A rule's catalogue entry: its typed metadata and documentation, without the check itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable kebab-case name. Unique within a command; `pair`, `check` and `locales check`
    /// each have a few names in common with another command.
    pub name: &'static str,
    /// The command that runs it.
    pub command: Command,
    /// Its category.
    pub category: Category,
    /// The languages of the files it runs on.
    pub langs: Langs,
    /// The file formats it runs on.
    pub formats: Formats,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// What `--fix` can do.
    pub fix: FixKind,
    /// How far from its cue it reads.
    pub reach: Reach,
    /// One-line summary (the doc comment's first paragraph).
    pub summary: &'static str,
    /// Full documentation in Markdown (the rest of the doc comment; the summary when there is no
    /// more).
    pub docs: &'static str,
    /// What to do about a finding, in one imperative line (`break the line elsewhere, shorten
    /// the text, or split the cue`): the help line of a finding that has no fix. Empty when the
    /// declaration gives none (reports then fall back to the summary).
    pub help: &'static str,
}

impl RuleInfo {
    /// Whether `--fix` can fix it.
    pub const fn fixable(&self) -> bool {
        matches!(self.fix, FixKind::Safe)
    }

    /// Whether it runs on a file in `lang` and `format`, by its metadata alone.
    pub const fn runs_on(&self, lang: Lang, format: SourceFormat) -> bool {
        self.langs.contains(lang) && self.formats.includes(format)
    }
}

impl Serialize for RuleInfo {
    /// The fields of the JSON rule reference: the first six are those of earlier releases.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("RuleInfo", 10)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("category", self.category.as_str())?;
        s.serialize_field("default_severity", &self.default_severity)?;
        s.serialize_field("summary", self.summary)?;
        s.serialize_field("fixable", &self.fixable())?;
        s.serialize_field("docs", self.docs)?;
        s.serialize_field("command", self.command.as_str())?;
        s.serialize_field("languages", &self.langs.describe())?;
        s.serialize_field("formats", &self.formats.describe())?;
        s.serialize_field("reach", &self.reach.describe())?;
        s.end()
    }
}

/// The length of `raw` (doc comment lines, each ending in `\n`) once one leading space is
/// removed from each line. For `declare_rule!`.
#[doc(hidden)]
pub const fn stripped_len(raw: &str) -> usize {
    let bytes = raw.as_bytes();
    let (mut i, mut len, mut line_start) = (0, 0, true);
    while i < bytes.len() {
        if !(line_start && bytes[i] == b' ') {
            len += 1;
        }
        line_start = bytes[i] == b'\n';
        i += 1;
    }
    len
}

/// `raw` with one leading space removed from each line; `N` is [`stripped_len`] of it. For
/// `declare_rule!`.
#[doc(hidden)]
pub const fn strip<const N: usize>(raw: &str) -> [u8; N] {
    let bytes = raw.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut j, mut line_start) = (0, 0, true);
    while i < bytes.len() {
        if !(line_start && bytes[i] == b' ') {
            out[j] = bytes[i];
            j += 1;
        }
        line_start = bytes[i] == b'\n';
        i += 1;
    }
    out
}

/// The summary (first paragraph, trimmed) and the docs (the rest, or the summary when there is
/// no rest) of a stripped doc comment. For `declare_rule!`.
#[doc(hidden)]
pub const fn summary_and_docs(text: &'static [u8]) -> (&'static str, &'static str) {
    let mut end = 0;
    while end < text.len() && !(text[end] == b'\n' && end + 1 < text.len() && text[end + 1] == b'\n') {
        end += 1;
    }
    let (first, rest) = text.split_at(end);
    let summary = utf8(first.trim_ascii());
    let rest = if rest.len() >= 2 { rest.split_at(2).1 } else { rest };
    let docs = if rest.trim_ascii().is_empty() { summary } else { utf8(rest) };
    (summary, docs)
}

const fn utf8(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // not user-facing: a compile-time error for whoever writes a rule's docs
        Err(_) => panic!("a rule's doc comment is cut inside a character"),
    }
}

/// Declare a rule: its doc comment (summary, then Markdown docs) and typed metadata, as one
/// `static` [`RuleInfo`]. See the [module documentation](self) for the form; every field is
/// required, in that order, then an optional `help: "…"` (what to do about a finding, one
/// imperative line). `langs` and `formats` name the constants of [`Langs`] and
/// [`Formats`]; `reach` is a [`Reach`] variant (`Near(1)`).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        $vis:vis $ident:ident {
            name: $name:literal,
            command: $command:ident,
            category: $category:ident,
            langs: $langs:ident,
            formats: $formats:ident,
            severity: $severity:ident,
            fix: $fix:ident,
            reach: $reach:ident $(($n:literal))?,
            $(help: $help:literal,)?
        }
    ) => {
        #[doc = concat!("The `", $name, "` rule: `dejamos rules ", $name, "` prints its documentation.")]
        $vis static $ident: $crate::check::declare::RuleInfo = {
            const RAW: &str = concat!($($doc, "\n"),+);
            const LEN: usize = $crate::check::declare::stripped_len(RAW);
            const TEXT: [u8; LEN] = $crate::check::declare::strip::<LEN>(RAW);
            const PARTS: (&str, &str) = $crate::check::declare::summary_and_docs(&TEXT);
            $crate::check::declare::RuleInfo {
                name: $name,
                command: $crate::check::declare::Command::$command,
                category: $crate::check::declare::Category::$category,
                langs: $crate::check::declare::Langs::$langs,
                formats: $crate::check::declare::Formats::$formats,
                default_severity: $crate::diagnostic::Severity::$severity,
                fix: $crate::check::declare::FixKind::$fix,
                reach: $crate::check::declare::Reach::$reach $(($n))?,
                summary: PARTS.0,
                docs: PARTS.1,
                help: concat!("" $(, $help)?),
            }
        };
    };
}
pub(crate) use declare_rule;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_name_reads_back() {
        for category in Category::ALL {
            assert_eq!(Category::from_name(category.as_str()), Some(category));
        }
        let names: std::collections::HashSet<_> = Category::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), Category::ALL.len());
    }

    declare_rule! {
        /// a summary
        ///
        /// **What it does.** Something.
        ///
        /// ```srt
        ///   indented
        /// ```
        EXAMPLE {
            name: "example",
            command: Check,
            category: Spanish,
            langs: SPANISH,
            formats: SRT,
            severity: Warning,
            fix: Safe,
            reach: Near(2),
        }
    }

    declare_rule! {
        /// Only a summary.
        SHORT {
            name: "short",
            command: LocalesCheck,
            category: Syntax,
            langs: ALL,
            formats: FLUENT,
            severity: Error,
            fix: None,
            reach: File,
        }
    }

    #[test]
    fn the_doc_comment_is_the_summary_then_the_docs() {
        assert_eq!(EXAMPLE.summary, "a summary");
        assert_eq!(EXAMPLE.docs, "**What it does.** Something.\n\n```srt\n  indented\n```\n");
        assert_eq!(EXAMPLE.reach, Reach::Near(2));
        assert!(EXAMPLE.fixable());
        assert_eq!(SHORT.summary, "Only a summary.");
        assert_eq!(SHORT.docs, "Only a summary.");
        assert!(!SHORT.fixable());
    }

    #[test]
    fn languages_and_formats_decide_where_a_rule_runs() {
        assert!(EXAMPLE.runs_on(Lang::Spanish, SourceFormat::Srt));
        assert!(!EXAMPLE.runs_on(Lang::English, SourceFormat::Srt));
        assert!(!EXAMPLE.runs_on(Lang::Spanish, SourceFormat::Vtt));
        assert!(!SHORT.runs_on(Lang::Spanish, SourceFormat::Srt));
        assert_eq!(Langs::KNOWN.describe(), "es, en");
        assert_eq!(Formats::SUBTITLES.describe(), "srt, webvtt");
    }
}
