//! `check`: the rule catalogue, language profiles, configuration and fixes.
//!
//! Every rule is declared once with `declare_rule!` ([`declare`]): its catalogue entry
//! ([`RuleInfo`]: name, command, category, languages, formats, default severity, fix, reach,
//! docs from its doc comment), bound to its check as a [`rule::Rule`], plus its fix where it has
//! one. The catalogue that `dejamos rules` prints ([`rules::catalogue`], every command's rules)
//! and the checks that run come from the same declarations.
//!
//! A file goes through [`check_file`]: parse, settle its language ([`resolve_language`]), run
//! the [`engine::Engine`], and with `fix` apply the fixes ([`fix::fix_document`]) and check
//! again. Nothing here prints or writes; `cli/check.rs` does.
//!
pub mod config;
pub mod declare;
pub mod docs;
pub mod engine;
pub mod fix;
pub mod pieces;
pub mod profile;
pub mod rule;
pub mod rules;
pub mod select;

pub use declare::RuleInfo;

use crate::decode::TextEncoding;
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::lang::{self, LangSource};
use crate::report::{FileDetail, FileReport};
use crate::srt::Document;
use config::Settings;
use engine::{Engine, FileSettings};
use pieces::{FileFacts, Outline, Sizes};
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
    resolve_language_by(settings, || lang::detect_document(doc))
}

/// [`resolve_language`], with detection (called only when nothing else settles the language)
/// given as a function. The order and the confidence rule are [`crate::lang::resolve`]'s.
pub fn resolve_language_by(settings: &Settings, detect: impl FnOnce() -> Option<(Lang, f64)>) -> Language {
    let resolved = crate::lang::resolve(settings.lang.clone(), detect);
    let reason = match &resolved.source {
        LangSource::Given => "--lang".to_string(),
        // In English: the report layer words the reasons it knows again (`report::language_reason`).
        LangSource::Unknown => crate::ui::render(crate::ui::UiLang::English, &crate::msg!("language-unknown-skipped")),
        source => source.describe(),
    };
    Language { lang: resolved.lang, tag: resolved.tag, reason }
}

/// Options for reading and fixing one file.
#[derive(Debug, Clone, Copy)]
pub struct FileOptions {
    /// `--encoding`.
    pub encoding: Option<TextEncoding>,
    /// Apply fixes.
    pub fix: bool,
    /// Leave the source text out of the report: only the human format shows snippets, and a
    /// copy of a large file is the biggest allocation a check makes.
    pub without_source: bool,
    /// Check SRT files of at least this many bytes piece by piece ([`pieces`]), when not fixing.
    pub pieces_from: u64,
    /// Also apply fixes that shorten what the viewer reads (`max-duration`).
    pub fix_unsafe: bool,
    /// Attach a [`FileDetail`] (cues, settings) to the report entry, for the formats that
    /// [need one](crate::report::ReportFormat::needs_detail). Its number is 0 until the caller
    /// sets it ([`FileReport::numbered`]).
    pub detail: bool,
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
    /// The encoding the file had, worded (`fix-from-*`), when it is being converted to UTF-8 (or
    /// losing its BOM).
    pub reencoded_from: Option<crate::diagnostic::Message>,
    /// The text before fixing (for `--diff`).
    pub original_text: String,
    /// Findings per rule before fixing ([`fix::FixResult::found_before`]).
    pub found_before: Vec<(&'static str, usize)>,
}

/// One checked file.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The report entry (after fixing, when fixing).
    pub report: FileReport,
    /// The fixed file, when fixing.
    pub fixed: Option<Fixed>,
}

impl Default for FileOptions {
    fn default() -> Self {
        FileOptions {
            encoding: None,
            fix: false,
            without_source: false,
            pieces_from: u64::MAX,
            fix_unsafe: false,
            detail: false,
        }
    }
}

/// A file checked piece by piece as its report is written ([`Large::check`]).
#[derive(Debug)]
pub struct Large<'s> {
    /// Its report entry, without findings.
    pub head: FileReport,
    text: String,
    outline: Outline,
    lang: Lang,
    settings: &'s Settings,
}

/// A file checked whole, or one ready to be checked piece by piece.
#[derive(Debug)]
pub enum Prepared<'s> {
    /// Checked (and fixed) whole.
    Whole(Box<Checked>),
    /// Large: checked when its findings can be written.
    Large(Box<Large<'s>>),
}

/// [`check_file`], except that an SRT file of at least `options.pieces_from` bytes that can be
/// checked in pieces ([`pieces`]) is only read and outlined here, and checked by [`Large::check`].
pub fn prepare_file<'s>(
    engine: &Engine,
    settings: &'s Settings,
    display_path: &str,
    path: &Path,
    bytes: Vec<u8>,
    options: FileOptions,
) -> Result<Prepared<'s>> {
    if options.fix || (bytes.len() as u64) < options.pieces_from {
        return check_file(engine, settings, display_path, path, bytes, options).map(|c| Prepared::Whole(Box::new(c)));
    }
    let (decoded, _) = crate::decode::decode_owned(bytes, options.encoding).map_err(|e| e.in_file(path))?;
    if crate::read::sniff(path, &decoded.text) != crate::document::SourceFormat::Srt {
        return check_decoded(engine, settings, display_path, path, decoded, options)
            .map(|c| Prepared::Whole(Box::new(c)));
    }
    let facts = FileFacts { encoding: decoded.encoding, encoding_source: decoded.source, bom: decoded.bom };
    let known = settings.lang.as_ref().map(|(tag, _)| tag.lang);
    match Outline::scan(&decoded.text, facts, known, Sizes::default()) {
        Ok(outline) => {
            let evidence = outline.evidence;
            let language = resolve_language_by(settings, || evidence.and_then(lang::detect_evidence));
            let head = FileReport {
                path: display_path.to_string(),
                path_bytes: crate::report::non_utf8_path_bytes(path),
                other_path: None,
                language: language.tag,
                language_reason: Some(language.reason),
                encoding: facts.encoding.name(),
                config: settings.config.as_ref().map(|p| p.display().to_string()),
                cues: outline.cues,
                diagnostics: Vec::new(),
                source: Arc::from(""),
                detail: options.detail.then(|| Arc::new(file_detail(settings, language.lang, None))),
            };
            Ok(Prepared::Large(Box::new(Large { head, text: decoded.text, outline, lang: language.lang, settings })))
        }
        Err(_) => {
            check_decoded(engine, settings, display_path, path, decoded, options).map(|c| Prepared::Whole(Box::new(c)))
        }
    }
}

impl Large<'_> {
    /// Check the file piece by piece, `batch` pieces at a time in parallel on `pool`, and hand
    /// each piece's findings to `emit` (on the calling thread) as soon as the pieces before it
    /// are done. `render` turns them into what `emit` takes, on the worker that found them.
    /// Stops at the first error `emit` returns.
    pub fn check<R: Send, E>(
        &self,
        engine: &Engine,
        pool: &rayon::ThreadPool,
        batch: usize,
        render: impl Fn(&str, &[Diagnostic]) -> R + Sync,
        mut emit: impl FnMut(R) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        use rayon::prelude::*;
        let file_settings = FileSettings {
            lang: self.lang,
            fps: self.settings.fps,
            thresholds: self.settings.thresholds(self.lang),
            rules: &self.settings.rules,
            timing: self.settings.timing.clone(),
        };
        let count = self.outline.pieces();
        let mut first = 0;
        while first < count {
            let last = (first + batch.max(1)).min(count);
            let rendered: Vec<R> = pool.install(|| {
                (first..last)
                    .into_par_iter()
                    .map(|k| render(&self.text, &self.outline.check_piece(k, &self.text, engine, &file_settings)))
                    .collect()
            });
            for part in rendered {
                emit(part)?;
            }
            first = last;
        }
        Ok(())
    }
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
    let doc = crate::read::read_bytes(bytes, path, crate::read::ReadOptions { encoding: options.encoding })?;
    check_document(engine, settings, display_path, path, doc, original, options)
}

/// [`check_file`] on text already decoded (never fixing: the original bytes are gone).
fn check_decoded(
    engine: &Engine,
    settings: &Settings,
    display_path: &str,
    path: &Path,
    decoded: crate::decode::Decoded,
    options: FileOptions,
) -> Result<Checked> {
    let doc = crate::read::read_decoded(path, decoded)?;
    check_document(engine, settings, display_path, path, doc, Vec::new(), FileOptions { fix: false, ..options })
}

/// Check (and fix) a parsed file; `original` is its bytes when fixing.
fn check_document(
    engine: &Engine,
    settings: &Settings,
    display_path: &str,
    path: &Path,
    doc: Document,
    original: Vec<u8>,
    options: FileOptions,
) -> Result<Checked> {
    // An empty deliverable is not a clean one: refuse it as fmt and retime do.
    if let Some(why) = doc.refusal() {
        return Err(crate::ui::error(why).in_file(path));
    }
    // Fixing writes the whole text back.
    if options.fix
        && let Some(why) = doc.decode_loss()
    {
        return Err(crate::ui::error(crate::msg!("error-cannot-fix", reason = why)).in_file(path));
    }
    // Fixes edit the SRT-style cue text a TTML file is read into, not its XML.
    if options.fix && doc.format == crate::document::SourceFormat::Ttml {
        return Err(crate::ui::error(crate::msg!("error-cannot-fix-ttml")).in_file(path));
    }
    let language = resolve_language(settings, &doc);
    let file_settings = FileSettings {
        lang: language.lang,
        fps: settings.fps,
        thresholds: settings.thresholds(language.lang),
        rules: &settings.rules,
        timing: rule::TimingOptions { fix_unsafe: options.fix_unsafe, ..settings.timing.clone() },
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
            found_before: result.found_before,
        };
        (result.doc, result.diagnostics, Some(fixed))
    } else {
        let mut diagnostics = engine.check(&doc, &file_settings);
        // Findings on a TTML file point into its XML.
        doc.locate_in_origin(&mut diagnostics);
        (doc, diagnostics, None)
    };
    let detail = options
        .detail
        .then(|| Arc::new(file_detail(settings, language.lang, Some(crate::report::cue_briefs(&doc, &diagnostics)))));
    let report = FileReport {
        path: display_path.to_string(),
        path_bytes: crate::report::non_utf8_path_bytes(path),
        other_path: None,
        language: language.tag,
        language_reason: Some(language.reason),
        encoding: doc.encoding.name(),
        config: settings.config.as_ref().map(|p| p.display().to_string()),
        cues: doc.cues.len(),
        diagnostics,
        source: if options.without_source { Arc::from("") } else { Arc::from(doc.origin_text()) },
        detail,
    };
    Ok(Checked { report, fixed })
}

/// The settings that apply to a file as the reports show them, label and value: profile,
/// audience, frame rate and configuration file (the reading-speed limit depends on the language:
/// [`FileDetail::settings`] adds it). The report renders them in its language.
pub fn setting_facts(settings: &Settings) -> Vec<(crate::ui::Message, crate::ui::Message)> {
    let config = match &settings.config {
        Some(path) => crate::msg!("setting-value", value = path.display().to_string()),
        None => crate::msg!("setting-no-configuration"),
    };
    vec![
        (crate::msg!("setting-profile"), crate::msg!("setting-value", value = settings.profile.name())),
        (
            crate::msg!("setting-audience"),
            crate::msg!("setting-value", value = profile::audience_name(settings.audience)),
        ),
        (crate::msg!("setting-frame-rate"), crate::msg!("setting-fps", fps = settings.fps)),
        (crate::msg!("setting-configuration"), config),
    ]
}

/// A file's [`FileDetail`] (number 0) for `settings` and language `lang`, with `cues` if kept.
fn file_detail(settings: &Settings, lang: Lang, cues: Option<Vec<crate::report::CueBrief>>) -> FileDetail {
    let max_cps = settings.thresholds(lang).max_cps;
    let mut facts = setting_facts(settings);
    facts.push((crate::msg!("setting-reading-speed"), crate::msg!("setting-cps", limit = max_cps)));
    let shot_changes = settings.timing.shot_changes.as_ref().map(|cuts| cuts.to_vec());
    FileDetail {
        settings: facts,
        cues,
        fps: settings.fps,
        max_cps: Some(max_cps),
        shot_changes,
        ..FileDetail::numbered(0)
    }
}

/// Helpers for the rules' unit tests: check a text with only some rules enabled.
#[cfg(test)]
pub mod testing {
    use super::engine::{Engine, FileSettings};
    use super::profile::Profile;
    use super::rule::Lang;
    use super::select::{RuleSettings, Selector};
    use crate::check::profile::Audience;
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
            timing: Default::default(),
        };
        engine.check(&parse_str(text), &file)
    }

    /// Findings of `rules` on Spanish `text` against shot changes at `cuts` (ms), at `fps`.
    pub fn check_shots(text: &str, rules: &[&str], cuts: &[u64], fps: FrameRate) -> Vec<Diagnostic> {
        let engine = Engine::new();
        let select = rules.iter().map(|r| Selector::parse(r, engine.infos()).expect("known rule")).collect();
        let settings = RuleSettings::new(engine.infos(), Some(select), Vec::new(), Vec::new());
        let cuts: Vec<crate::time::Timestamp> =
            cuts.iter().map(|&ms| crate::time::Timestamp::from_ms(ms).expect("time")).collect();
        let file = FileSettings {
            lang: Lang::Spanish,
            fps,
            thresholds: Profile::Netflix.thresholds(Lang::Spanish, Audience::Adult),
            rules: &settings,
            timing: super::rule::TimingOptions { shot_changes: Some(cuts.into()), ..Default::default() },
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
