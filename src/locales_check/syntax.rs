//! Syntax: parse errors and junk, a byte-order mark, lone CR line endings, tab-indented lines.
use super::model::{Locale, MAX_NESTING, Sink};
use crate::msg;
use fluent_syntax::parser::ErrorKind;
use std::ops::Range;

/// Report every parse problem of every file of `locale`.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    for (index, file) in locale.files.iter().enumerate() {
        if file.bom {
            sink.push("bom", locale, index, 0..'\u{FEFF}'.len_utf8(), None, msg!("locales-bom"));
        }
        if let Some(at) = file.too_deep {
            sink.push("syntax-error", locale, index, at..at + 1, None, msg!("locales-too-deep", levels = MAX_NESTING));
            continue;
        }
        if let Some(at) = lone_carriage_return(file.text) {
            sink.push("line-endings", locale, index, at..at + 1, None, msg!("locales-lone-cr"));
        }
        let tab_lines = tab_indented_lines(file.text);
        for line in &tab_lines {
            sink.push("tab-indent", locale, index, line.start..line.start + 1, None, msg!("locales-tab-indent"));
        }
        for error in &file.errors {
            let junk = error.slice.clone().unwrap_or_else(|| error.pos.clone());
            // A tab-indented line already explains its junk; one finding per cause.
            if tab_lines.iter().any(|t| junk.start <= t.start && t.start < junk.end) {
                continue;
            }
            // Point at the dropped entry (its first non-blank line); say where the parser failed.
            let junk_start = junk.start.min(file.text.len());
            let lead = file.text.get(junk_start..junk.end.min(file.text.len())).unwrap_or("");
            let skipped = lead.len() - lead.trim_start().len();
            let start = junk_start + skipped;
            let first_line = lead.trim_start().lines().next().unwrap_or("").trim_end();
            let end = start + first_line.len();
            let (line, _) = file.index.position(file.text, start);
            let (fail_line, fail_column) = file.index.position(file.text, error.pos.start);
            let at = if fail_line == line {
                msg!("sync-nothing")
            } else {
                msg!("locales-failed-at", line = fail_line, column = fail_column)
            };
            let (rule, message) = match &error.kind {
                ErrorKind::MissingDefaultVariant => {
                    ("select-without-default", msg!("locales-no-default-variant", entry = first_line))
                }
                kind => (
                    "syntax-error",
                    msg!("locales-syntax-error", error = kind.to_string(), at = at, entry = first_line),
                ),
            };
            sink.push(rule, locale, index, start..end, None, message);
        }
    }
}

/// Byte ranges of the non-blank lines that start with a tab.
fn tab_indented_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.starts_with('\t') && !content.trim().is_empty() {
            out.push(offset..offset + content.len());
        }
        offset += line.len();
    }
    out
}

/// The offset of the first CR not followed by LF, if any.
fn lone_carriage_return(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', bytes).find(|&at| bytes.get(at + 1) != Some(&b'\n'))
}
