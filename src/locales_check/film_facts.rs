//! `film.toml` against the locales: the file parses and every value is valid (dates, codes,
//! ids, references between tables); every complete locale, the reference included, defines
//! every message the composer needs and every message an id in `film.toml` selects; and no
//! section is longer than its word limit (`[limits]`). An overlay locale (`en-GB`) is held to
//! none of this: its parent supplies what it does not define.
use crate::msg;
use std::path::{Path, PathBuf};

use super::model::{Locale, Sink};
use super::{LocaleSet, rules};
use crate::diagnostic::{Diagnostic, LineIndex, Severity};
use crate::error::Error;
use crate::press::catalog::{Catalog, LocaleFiles, parent_of};
use crate::press::compose::{self, Options, REQUIRED_MESSAGES, Section};
use crate::press::facts::Facts;
use crate::press::stats;
use crate::report::FileReport;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Check `set`'s `film.toml`, if it has one: its report entry (with any problem of the file
/// itself) comes back; missing messages and long sections go to `sink` on the locale.
pub(crate) fn check(set: &LocaleSet, locales: &[Locale<'_, '_>], sink: &mut Sink) -> Option<FileReport> {
    let file = set.facts.as_ref()?;
    let mut report = FileReport {
        path_bytes: None,
        path: file.path.clone(),
        other_path: None,
        language: None,
        language_reason: None,
        encoding: "UTF-8".to_string(),
        config: None,
        cues: 0,
        diagnostics: Vec::new(),
        source: Arc::from(file.text.as_str()),
        detail: None,
    };
    let facts = match Facts::parse(Path::new(&file.path), &file.text) {
        Ok(facts) => facts,
        Err(error) => {
            report.diagnostics.push(file_finding(&file.text, &error));
            return Some(report);
        }
    };
    let langids: Vec<LanguageIdentifier> = locales.iter().map(|l| l.langid.clone()).collect();
    let mut needed: Vec<(String, crate::diagnostic::Message)> =
        REQUIRED_MESSAGES.iter().map(|id| ((*id).to_string(), msg!("locales-press-composer"))).collect();
    needed.extend(facts.message_ids().into_iter().map(|(id, what)| (id, msg!("locales-film-toml-needs", what = what))));
    for locale in locales.iter().filter(|l| parent_of(&l.langid, &langids).is_none()) {
        if locale.files.is_empty() {
            continue;
        }
        for (id, who) in &needed {
            if locale.get(super::model::Kind::Message, id).is_none() {
                sink.push(
                    "needed-message",
                    locale,
                    0,
                    0..0,
                    Some(id.clone()),
                    msg!("locales-needed-by-press", id = id, locale = locale.tag, who = who.clone()),
                );
            }
        }
    }
    word_limits(set, &facts, locales, &langids, sink);
    Some(report)
}

/// Compose each complete locale and report sections over their limit, on the message.
fn word_limits(
    set: &LocaleSet,
    facts: &Facts,
    locales: &[Locale<'_, '_>],
    langids: &[LanguageIdentifier],
    sink: &mut Sink,
) {
    if facts.limits.is_empty() {
        return;
    }
    let files: Vec<LocaleFiles> = set
        .locales
        .iter()
        .zip(langids)
        .map(|(locale, langid)| LocaleFiles {
            locale: langid.clone(),
            dir: PathBuf::from(&locale.tag),
            files: locale.files.iter().map(|f| (PathBuf::from(&f.path), f.text.clone())).collect(),
        })
        .collect();
    let catalog = Catalog { facts: facts.clone(), locales: files };
    let sections = [Section::Logline, Section::Synopsis, Section::Bio, Section::Statement];
    for locale in locales.iter().filter(|l| parent_of(&l.langid, langids).is_none()) {
        // A locale that does not compose has findings of its own already.
        let Ok(l10n) = catalog.localizer(&locale.langid) else { continue };
        let Ok(copy) = compose::compose(facts, &l10n, &sections, Options::default()) else { continue };
        for row in stats::compute(std::slice::from_ref(&copy), &facts.limits) {
            let (Some(limit), true) = (row.limit, row.over_limit()) else { continue };
            let id = row.limit_id();
            let Some(entry) = locale.get(super::model::Kind::Message, &id) else { continue };
            sink.at_entry(
                "word-limit",
                locale,
                entry,
                msg!(
                    "locales-word-limit",
                    id = id.as_str(),
                    words = row.words,
                    limit = limit,
                    over = row.words - limit
                ),
            );
        }
    }
}

/// A `film-toml` finding at the start of the line the parse error names (the first line when
/// it names none).
fn file_finding(text: &str, error: &Error) -> Diagnostic {
    let index = LineIndex::new(text);
    let line = error.line.unwrap_or(1);
    let at = index.line_start(line).unwrap_or(0);
    Diagnostic {
        rule: "film-toml",
        severity: rules::rule_info("film-toml").map_or(Severity::Error, |i| i.default_severity),
        line,
        column: 1,
        end_line: line,
        end_column: 1,
        cue: None,
        message: error.message.clone(),
        fix: None,
        other_line: None,
        span: at..at,
        localized: None,
    }
}
