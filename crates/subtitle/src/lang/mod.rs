//! Languages: the [`Lang`] the checks use, language tags as people write them (`es`, `es-MX`,
//! `spa`, `es_MX.UTF-8`), the language hidden in a file name, detection from text, and the one
//! [`resolve`]r every command uses to settle a file's language.
//!
//! The order is fixed: a language given by the caller (the command line), then the file name,
//! then a configuration pattern, then detection from the text when the detector is at least
//! [`MIN_CONFIDENCE`] sure. Anything less leaves the language unknown.
mod detect;
mod tag;

pub use detect::{
    Evidence, detect, detect_cue, detect_cue_lines, detect_document, detect_evidence, document_evidence, evidence,
    evidence_of_lines,
};
pub use tag::{LangTag, lang_from_file_name, parse_given_tag, parse_lang_tag};

use std::path::{Path, PathBuf};

/// The language a file is checked as. Spanish covers es, es-419, es-MX and es-ES.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Spanish (Latin America and Spain).
    Spanish,
    /// English (US).
    English,
    /// Any other language: only language-neutral rules run.
    Other,
}

impl Lang {
    /// The short tag: `es`, `en`, or `und`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Spanish => "es",
            Lang::English => "en",
            Lang::Other => "und",
        }
    }

    /// The English name of the language, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Spanish => "Spanish",
            Lang::English => "English",
            Lang::Other => "another language",
        }
    }
}

/// The least detector confidence (0 to 1) that settles a file's language. Below it the language
/// stays unknown and only language-neutral rules run: a wrong guess would flood the report with
/// the other language's typography findings.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// Where a file's language came from.
#[derive(Debug, Clone, PartialEq)]
pub enum LangSource {
    /// Given by the caller (the command line).
    Given,
    /// The file name; the piece of the name that says it.
    FileName(String),
    /// A pattern of a configuration file.
    Config {
        /// The pattern that matched.
        pattern: String,
        /// The configuration file.
        path: PathBuf,
    },
    /// Detected from the text, with the detector's confidence (0 to 1).
    Detected {
        /// The detector's confidence.
        confidence: f64,
    },
    /// Nothing said it and the detector was not sure.
    Unknown,
}

impl LangSource {
    /// Why, in words, for reports: `file name`, `detected from the text (83% sure)`. A caller
    /// that knows how the language was given (a flag) says that instead of `given`.
    pub fn describe(&self) -> String {
        match self {
            LangSource::Given => "given".to_string(),
            LangSource::FileName(_) => "file name".to_string(),
            LangSource::Config { pattern, path } => format!("{} [lang] \"{pattern}\"", path.display()),
            LangSource::Detected { confidence } => {
                format!("detected from the text ({:.0}% sure)", (confidence * 100.0).clamp(0.0, 100.0))
            }
            LangSource::Unknown => "unknown (not given, nothing in the file name, not detected)".to_string(),
        }
    }
}

/// A file's settled language.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The language the rules use.
    pub lang: Lang,
    /// The tag (`es-MX`, `en`), or `None` when unknown.
    pub tag: Option<String>,
    /// Where it came from.
    pub source: LangSource,
}

/// What is known of a file's language before its text is read, in the resolver's order: the
/// given tag, else the file name, else `config` (a configuration pattern for `path`, asked only
/// when the first two say nothing).
pub fn settle(
    given: Option<&LangTag>,
    path: &Path,
    config: impl FnOnce(&Path) -> Option<(LangTag, String, PathBuf)>,
) -> Option<(LangTag, LangSource)> {
    if let Some(tag) = given {
        return Some((tag.clone(), LangSource::Given));
    }
    if let Some((tag, piece)) = lang_from_file_name(path) {
        return Some((tag, LangSource::FileName(piece)));
    }
    config(path).map(|(tag, pattern, path)| (tag, LangSource::Config { pattern, path }))
}

/// A file's language: what [`settle`] found, else `detect` (called only then) when it is at least
/// [`MIN_CONFIDENCE`] sure of Spanish or English, else unknown.
pub fn resolve(settled: Option<(LangTag, LangSource)>, detect: impl FnOnce() -> Option<(Lang, f64)>) -> Resolved {
    if let Some((tag, source)) = settled {
        return Resolved { lang: tag.lang, tag: Some(tag.tag), source };
    }
    match detect() {
        Some((lang, confidence)) if lang != Lang::Other && confidence >= MIN_CONFIDENCE => {
            Resolved { lang, tag: Some(lang.tag().to_string()), source: LangSource::Detected { confidence } }
        }
        _ => Resolved { lang: Lang::Other, tag: None, source: LangSource::Unknown },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_config(_: &Path) -> Option<(LangTag, String, PathBuf)> {
        None
    }

    #[test]
    fn the_order_is_given_then_file_name_then_config_then_detection() {
        let fr = parse_lang_tag("fr");
        let es_mx = parse_lang_tag("es-MX");
        let config = |_: &Path| es_mx.clone().map(|t| (t, "*.srt".to_string(), PathBuf::from("dejamos.toml")));
        let given = settle(fr.as_ref(), Path::new("film.en.srt"), config);
        assert_eq!(given.as_ref().map(|(t, s)| (t.tag.as_str(), s)), Some(("fr", &LangSource::Given)));
        let named = settle(None, Path::new("film.en.srt"), config);
        assert_eq!(named.as_ref().map(|(t, _)| t.tag.as_str()), Some("en"));
        let configured = settle(None, Path::new("film.srt"), config);
        assert!(matches!(configured, Some((_, LangSource::Config { .. }))));
        assert_eq!(settle(None, Path::new("film.srt"), no_config), None);
        let resolved = resolve(named, || panic!("detection is not asked when the name says it"));
        assert_eq!(resolved.lang, Lang::English);
    }

    #[test]
    fn detection_settles_only_when_sure() {
        let sure = resolve(None, || Some((Lang::Spanish, MIN_CONFIDENCE)));
        assert_eq!((sure.lang, sure.tag.as_deref()), (Lang::Spanish, Some("es")));
        let unsure = resolve(None, || Some((Lang::Spanish, MIN_CONFIDENCE - 0.01)));
        assert_eq!((unsure.lang, unsure.source), (Lang::Other, LangSource::Unknown));
        let other = resolve(None, || Some((Lang::Other, 0.9)));
        assert_eq!(other.lang, Lang::Other);
    }
}
