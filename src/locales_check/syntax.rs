//! Syntax: parse errors and junk, a byte-order mark, lone CR line endings, tab-indented lines.
use super::model::{Locale, MAX_NESTING, Sink};
use fluent_syntax::parser::ErrorKind;
use std::ops::Range;

/// Report every parse problem of every file of `locale`.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    for (index, file) in locale.files.iter().enumerate() {
        if file.bom {
            sink.push(
                "bom",
                locale,
                index,
                0..'\u{FEFF}'.len_utf8(),
                None,
                "the file starts with a byte-order mark (U+FEFF), which makes its first entry junk; save it as \
                 UTF-8 without BOM"
                    .to_string(),
            );
        }
        if let Some(at) = file.too_deep {
            sink.push(
                "syntax-error",
                locale,
                index,
                at..at + 1,
                None,
                format!("placeables nest more than {MAX_NESTING} levels deep here; the file is not checked further"),
            );
            continue;
        }
        if let Some(at) = lone_carriage_return(file.text) {
            sink.push(
                "line-endings",
                locale,
                index,
                at..at + 1,
                None,
                "a line ends with a lone CR (old Mac line endings); Fluent breaks lines only at LF and CRLF, so \
                 the lines run together and their messages are lost: save the file with LF"
                    .to_string(),
            );
        }
        let tab_lines = tab_indented_lines(file.text);
        for line in &tab_lines {
            sink.push(
                "tab-indent",
                locale,
                index,
                line.start..line.start + 1,
                None,
                "this line is indented with a tab; Fluent only accepts spaces for indentation, so the line is \
                 dropped as junk"
                    .to_string(),
            );
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
            let at = if fail_line == line { String::new() } else { format!(" (at {fail_line}:{fail_column})") };
            let (rule, message) = match &error.kind {
                ErrorKind::MissingDefaultVariant => (
                    "select-without-default",
                    format!(
                        "this select expression has no default variant: mark one with `*`, as in `*[other]`; \
                         the entry `{first_line}` is dropped"
                    ),
                ),
                kind => ("syntax-error", format!("{kind}{at}; the entry `{first_line}` is dropped as junk")),
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
