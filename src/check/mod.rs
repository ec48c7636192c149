//! `check`: the rule catalogue, language profiles, configuration and fixes.
//!
//! Every rule is one unit implementing [`rule::Rule`]: its catalogue entry ([`RuleInfo`]: name,
//! category, default severity, docs) and its check, plus its fix where it has one. The
//! catalogue that `dejamos rules` prints and the checks that run come from the same list.
//!
//! A file goes through [`check_file`]: parse, settle its language ([`resolve_language`]), run
//! the [`engine::Engine`], and with `fix` apply the fixes ([`fix::fix_document`]) and check
//! again. Nothing here prints or writes; `cli/check.rs` does.
//!
//! [`RuleInfo`]: crate::diagnostic::RuleInfo
pub mod config;
pub mod docs;
pub mod engine;
pub mod filelang;
pub mod fix;
pub mod lang;
pub mod plain;
pub mod profile;
pub mod rule;
pub mod rules;
pub mod select;

use crate::decode::TextEncoding;
use crate::error::Result;
use crate::report::FileReport;
use crate::srt::Document;
use config::{LangOrigin, Settings};
use engine::{Engine, FileSettings};
use rule::Lang;
use std::path::Path;
use std::sync::Arc;

/// The language a file is checked as, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    /// The language the rules use.
    pub lang: Lang,
    /// The tag reported (`es-MX`, `en`), or `None` when unknown.
    pub tag: Option<String>,
    /// Why: `--lang`, `file name`, `…/dejamos.toml [lang] "pattern"`, `detected from the text (…)`.
    pub reason: String,
}

/// Settle a file's language: `--lang`, else the file name, else the configuration's `[lang]`
/// patterns, else detection from the text, else unknown (language-neutral rules only).
pub fn resolve_language(settings: &Settings, doc: &Document) -> Language {
    if let Some((tag, origin)) = &settings.lang {
        let reason = match origin {
            LangOrigin::Flag => "--lang".to_string(),
            LangOrigin::FileName(_) => "file name".to_string(),
            LangOrigin::Config { pattern, path } => format!("{} [lang] \"{pattern}\"", path.display()),
        };
        return Language { lang: tag.lang, tag: Some(tag.tag.clone()), reason };
    }
    match lang::detect_document(doc) {
        Some((lang, confidence)) if lang != Lang::Other => Language {
            lang,
            tag: Some(lang.tag().to_string()),
            reason: format!("detected from the text ({:.0}% sure)", (confidence * 100.0).clamp(0.0, 100.0)),
        },
        _ => Language {
            lang: Lang::Other,
            tag: None,
            reason: "unknown (no --lang, nothing in the file name, not detected): language rules skipped".to_string(),
        },
    }
}

/// Options for reading and fixing one file.
#[derive(Debug, Clone, Copy, Default)]
pub struct FileOptions {
    /// `--encoding`.
    pub encoding: Option<TextEncoding>,
    /// Apply fixes.
    pub fix: bool,
    /// Leave the source text out of the report: only the human format shows snippets, and a
    /// copy of a large file is the biggest allocation a check makes.
    pub without_source: bool,
}

/// The fixed file, when fixing.
#[derive(Debug, Clone)]
pub struct Fixed {
    /// The bytes to write.
    pub bytes: Vec<u8>,
    /// Whether they differ from the input.
    pub changed: bool,
    /// Fixes applied.
    pub applied: usize,
    /// The encoding the file had when it is being converted to UTF-8 (or losing its BOM).
    pub reencoded_from: Option<String>,
    /// The text before fixing (for `--diff`).
    pub original_text: String,
}

/// One checked file.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The report entry (after fixing, when fixing).
    pub report: FileReport,
    /// The fixed file, when fixing.
    pub fixed: Option<Fixed>,
}

/// Parse input bytes as SRT, or as WebVTT when the file is a `.vtt` (or standard input starts
/// with `WEBVTT`).
pub fn parse_input(path: &Path, bytes: Vec<u8>, encoding: Option<TextEncoding>) -> Result<Document> {
    let (decoded, _) = crate::decode::decode_owned(bytes, encoding).map_err(|e| e.in_file(path))?;
    let is_vtt = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => ext.eq_ignore_ascii_case("vtt"),
        None => crate::fsutil::is_stdio(path) && crate::convert::vtt::has_header(&decoded.text),
    };
    // SRT takes the decoded text without copying it: files can be hundreds of megabytes.
    let mut doc =
        if is_vtt { crate::convert::vtt::parse_vtt(&decoded.text) } else { crate::srt::parse_string(decoded.text) };
    doc.encoding = decoded.encoding;
    doc.encoding_source = decoded.source;
    doc.bom = decoded.bom;
    Ok(doc)
}

/// Check (and with `options.fix`, fix) one file's bytes.
pub fn check_file(
    engine: &Engine,
    settings: &Settings,
    display_path: &str,
    path: &Path,
    bytes: Vec<u8>,
    options: FileOptions,
) -> Result<Checked> {
    // Only --fix compares its output with the input; otherwise the bytes become the text.
    let original = if options.fix { bytes.clone() } else { Vec::new() };
    let doc = parse_input(path, bytes, options.encoding)?;
    // An empty deliverable is not a clean one: refuse it as fmt and retime do.
    if doc.has_no_subtitles() {
        return Err(crate::error::Error::file(path, "contains no subtitles"));
    }
    let language = resolve_language(settings, &doc);
    let file_settings = FileSettings {
        lang: language.lang,
        fps: settings.fps,
        thresholds: settings.thresholds(language.lang),
        rules: &settings.rules,
    };
    let (doc, diagnostics, fixed) = if options.fix {
        let original_text = doc.source.clone();
        let result = fix::fix_document(engine, doc, &file_settings).map_err(|e| e.in_file(path))?;
        let fixed = Fixed {
            changed: result.bytes != original,
            bytes: result.bytes,
            applied: result.applied,
            reencoded_from: result.reencoded_from,
            original_text,
        };
        (result.doc, result.diagnostics, Some(fixed))
    } else {
        let diagnostics = engine.check(&doc, &file_settings);
        (doc, diagnostics, None)
    };
    let report = FileReport {
        path: display_path.to_string(),
        other_path: None,
        language: language.tag,
        language_reason: Some(language.reason),
        encoding: doc.encoding.name(),
        cues: doc.cues.len(),
        diagnostics,
        source: if options.without_source { Arc::from("") } else { Arc::from(doc.source.as_str()) },
    };
    Ok(Checked { report, fixed })
}

/// Helpers for the rules' unit tests: check a text with only some rules enabled.
#[cfg(test)]
pub mod testing {
    use super::engine::{Engine, FileSettings};
    use super::profile::Profile;
    use super::rule::Lang;
    use super::select::{RuleSettings, Selector};
    use crate::cli::Audience;
    use crate::diagnostic::Diagnostic;
    use crate::srt::parse_str;
    use crate::time::FrameRate;

    /// Findings of `rules` on `text` checked as `lang` at 23.976 fps with the Netflix profile.
    pub fn check_lang(text: &str, rules: &[&str], lang: Lang) -> Vec<Diagnostic> {
        let engine = Engine::new();
        let select = rules.iter().map(|r| Selector::parse(r, engine.infos()).expect("known rule")).collect();
        let settings = RuleSettings::new(engine.infos(), Some(select), Vec::new(), Vec::new());
        let file = FileSettings {
            lang,
            fps: FrameRate::FILM,
            thresholds: Profile::Netflix.thresholds(lang, Audience::Adult),
            rules: &settings,
        };
        engine.check(&parse_str(text), &file)
    }

    /// Findings of `rules` on Spanish `text`.
    pub fn check_with(text: &str, rules: &[&str]) -> Vec<Diagnostic> {
        check_lang(text, rules, Lang::Spanish)
    }

    /// (line, column) of each finding of `rule` on Spanish `text`.
    pub fn findings(text: &str, rule: &str) -> Vec<(usize, usize)> {
        check_with(text, &[rule]).iter().map(|d| (d.line, d.column)).collect()
    }
}
