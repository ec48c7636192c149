//! WebVTT: a tolerant, position-aware parser into the shared [`Document`] model, and a writer.
//!
//! The parser follows the W3C WebVTT syntax: a `WEBVTT` header (with optional text and header
//! lines up to the first blank line), then blocks separated by blank lines: `NOTE` comments
//! (skipped), `STYLE` and `REGION` blocks (skipped with an info diagnostic: dejamos does not
//! apply CSS or regions), and cues (an optional identifier line, a timing line
//! `[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm [settings]`, and text lines). Like the SRT parser it never
//! stops at the first problem and never panics; every deviation becomes a diagnostic with its
//! line and column.
use crate::decode::{EncodingSource, LineEndingCounts, TextEncoding};
use crate::diagnostic::{Diagnostic, LineIndex, Severity, Worded};
use crate::msg;
use crate::srt::parse::rules as srt_rules;
use crate::srt::{Cue, Document, IndexLine, SourceFormat, TextLine, TimingLine};
use crate::time::{MAX_MS, Timestamp};
use std::ops::Range;

/// Rule names only the WebVTT parser reports.
pub mod rules {
    /// The file does not start with `WEBVTT`, or the header is not followed by a blank line.
    pub const VTT_HEADER: &str = "vtt-header";
    /// A `STYLE` or `REGION` block, which dejamos reads past without applying.
    pub const VTT_SKIPPED_BLOCK: &str = "vtt-skipped-block";
}

/// Whether decoded text starts like a WebVTT file (`WEBVTT` then a space, tab, line break or the
/// end), the test both the sniffer and the parser use.
pub fn has_header(text: &str) -> bool {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.strip_prefix("WEBVTT").is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r']))
}

/// A source line: byte range without its line break, and its 1-based number.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    number: usize,
}

/// Parse decoded WebVTT text. The result has `format == SourceFormat::Vtt`; cue identifiers are
/// kept as [`Cue::index`], cue settings as [`TimingLine::settings`].
pub fn parse_vtt(text: &str) -> Document {
    let text_no_bom = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut parser = Parser::new(text_no_bom);
    parser.run();
    let final_newline = text_no_bom.ends_with('\n') || text_no_bom.ends_with('\r');
    parser.diagnostics.sort_by_key(|d| (d.line, d.column));
    Document {
        source: text_no_bom.to_string(),
        format: SourceFormat::Vtt,
        encoding: TextEncoding::UTF_8,
        encoding_source: EncodingSource::ValidUtf8,
        bom: false,
        decode_errors: false,
        line_endings: LineEndingCounts::of(text_no_bom),
        final_newline,
        cues: parser.cues,
        diagnostics: parser.diagnostics,
        unparsed_blocks: parser.unparsed_blocks,
        line_index: LineIndex::new(text_no_bom),
        origin: None,
    }
}

struct Parser<'a> {
    text: &'a str,
    lines: Vec<Line>,
    cues: Vec<Cue>,
    diagnostics: Vec<Diagnostic>,
    unparsed_blocks: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut lines = Vec::with_capacity(bytes.len() / 24 + 1);
        let mut start = 0;
        let mut number = 1;
        for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if pos < start {
                continue; // the \n of a \r\n
            }
            lines.push(Line { start, end: pos, number });
            start = if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') { pos + 2 } else { pos + 1 };
            number += 1;
        }
        if start < bytes.len() {
            lines.push(Line { start, end: bytes.len(), number });
        }
        Parser { text, lines, cues: Vec::new(), diagnostics: Vec::new(), unparsed_blocks: 0 }
    }

    fn line_text(&self, line: Line) -> &'a str {
        self.text.get(line.start..line.end).unwrap_or("")
    }

    fn is_blank(&self, i: usize) -> bool {
        self.lines.get(i).is_none_or(|&l| crate::srt::is_blank_line(self.line_text(l)))
    }

    fn is_timing(&self, i: usize) -> bool {
        self.lines.get(i).is_some_and(|&l| self.line_text(l).contains("-->"))
    }

    fn diag(
        &mut self,
        rule: &'static str,
        severity: Severity,
        line: Line,
        range: Range<usize>,
        cue: Option<usize>,
        message: Worded,
    ) {
        let text = self.line_text(line);
        let start = floor_boundary(text, range.start.min(text.len()));
        let end = floor_boundary(text, range.end.clamp(start, text.len()));
        let column = text[..start].chars().count() + 1;
        let end_column = column + text[start..end].chars().count();
        let mut diagnostic = Diagnostic {
            rule,
            severity,
            line: line.number,
            column,
            end_line: line.number,
            end_column,
            cue,
            message: String::new(),
            fix: None,
            other_line: None,
            span: line.start + start..line.start + end,
            localized: None,
        };
        diagnostic.set_worded(message);
        self.diagnostics.push(diagnostic);
    }

    fn run(&mut self) {
        let n = self.lines.len();
        let Some(&first) = self.lines.first() else {
            self.diag(
                rules::VTT_HEADER,
                Severity::Error,
                Line { start: 0, end: 0, number: 1 },
                0..0,
                None,
                Worded::new("the file is empty: a WebVTT file starts with `WEBVTT`", msg!("vtt-header-empty")),
            );
            return;
        };
        let mut i = 0;
        if has_header(self.line_text(first)) {
            i = 1;
            // Header lines (`Kind: captions`, `Language: es` …) run to the first blank line.
            while i < n && !self.is_blank(i) {
                if self.is_timing(i) {
                    let line = self.lines[i];
                    self.diag(
                        rules::VTT_HEADER,
                        Severity::Warning,
                        line,
                        0..0,
                        None,
                        Worded::new(
                            "a blank line must separate the header from the first cue",
                            msg!("vtt-header-blank-line"),
                        ),
                    );
                    // Step back to an identifier line right before the timing line, if any.
                    if i > 1 && !self.line_text(self.lines[i - 1]).contains(':') {
                        i -= 1;
                    }
                    break;
                }
                i += 1;
            }
        } else {
            let len = self.line_text(first).len();
            let shown: String = self.line_text(first).chars().take(30).collect();
            self.diag(
                rules::VTT_HEADER,
                Severity::Error,
                first,
                0..len,
                None,
                Worded::new(
                    format!("a WebVTT file must start with `WEBVTT`, not `{shown}`"),
                    msg!("vtt-header-missing", found = &shown),
                ),
            );
        }
        while i < n {
            if self.is_blank(i) {
                i += 1;
                continue;
            }
            i = self.block(i);
        }
    }

    /// Read the block starting at non-blank line `i`; return the index after it.
    fn block(&mut self, i: usize) -> usize {
        let n = self.lines.len();
        let first = self.lines[i];
        let first_text = self.line_text(first);
        let block_end = |parser: &Self, from: usize| {
            let mut j = from;
            while j < n && !parser.is_blank(j) {
                j += 1;
            }
            j
        };
        let keyword = |word: &str| {
            first_text.strip_prefix(word).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
        };
        if keyword("NOTE") {
            return block_end(self, i + 1);
        }
        if (keyword("STYLE") || keyword("REGION")) && !self.is_timing(i) {
            let name = if keyword("STYLE") { "STYLE" } else { "REGION" };
            self.diag(
                rules::VTT_SKIPPED_BLOCK,
                Severity::Info,
                first,
                0..first_text.len(),
                None,
                Worded::new(
                    format!(
                        "{name} block skipped: dejamos keeps the cues and does not apply WebVTT {}",
                        if name == "STYLE" { "CSS" } else { "regions" }
                    ),
                    if name == "STYLE" { msg!("vtt-style-skipped") } else { msg!("vtt-region-skipped") },
                ),
            );
            return block_end(self, i + 1);
        }
        let (identifier_at, timing_at) = if self.is_timing(i) {
            (None, i)
        } else if i + 1 < n && self.is_timing(i + 1) {
            (Some(i), i + 1)
        } else {
            let end = block_end(self, i + 1);
            let shown: String = first_text.chars().take(40).collect();
            self.diag(
                srt_rules::STRAY_TEXT,
                Severity::Error,
                first,
                0..first_text.len(),
                None,
                Worded::new(
                    format!(
                        "text outside any cue: `{shown}`; a cue needs a timing line `00:00:01.000 --> 00:00:02.000`"
                    ),
                    msg!("vtt-stray-text", text = &shown),
                ),
            );
            self.unparsed_blocks += 1;
            return end;
        };
        let position = self.cues.len() + 1;
        let timing_line = self.lines[timing_at];
        // Text lines run to a blank line; a line with `-->` starts the next cue (WebVTT text
        // cannot contain `-->`).
        let mut j = timing_at + 1;
        let mut text_lines = Vec::new();
        while j < n && !self.is_blank(j) && !self.is_timing(j) {
            text_lines.push(TextLine { line: self.lines[j].number, span: self.lines[j].start..self.lines[j].end });
            j += 1;
        }
        if j < n && self.is_timing(j) {
            // No blank line before the next cue. Its identifier, if it has one, is the line we
            // just took as text: take a bare number as the identifier, anything else as text.
            if let Some(last) = text_lines.last() {
                let last_text = self.text.get(last.span.clone()).unwrap_or("").trim();
                if !last_text.is_empty() && last_text.bytes().all(|b| b.is_ascii_digit()) {
                    text_lines.pop();
                    j -= 1;
                }
            }
            let line = self.lines[j];
            self.diag(
                srt_rules::BLANK_LINES,
                Severity::Warning,
                line,
                0..0,
                Some(position),
                Worded::new(
                    format!("no blank line between cue {position} and the next cue"),
                    msg!("vtt-blank-line-missing", cue = position),
                ),
            );
        }
        match parse_timing(self.line_text(timing_line)) {
            Ok(timing) => {
                for issue in timing.issues {
                    self.diag(
                        srt_rules::TIMESTAMP_SYNTAX,
                        issue.severity,
                        timing_line,
                        issue.range,
                        Some(position),
                        issue.message,
                    );
                }
                let index = identifier_at.map(|at| {
                    let line = self.lines[at];
                    let value = crate::srt::parse::parse_index(self.line_text(line));
                    IndexLine { line: line.number, span: line.start..line.end, value }
                });
                let block_first = identifier_at.unwrap_or(timing_at);
                let (last_end, last_number) =
                    text_lines.last().map_or((timing_line.end, timing_line.number), |t| (t.span.end, t.line));
                self.cues.push(Cue {
                    position,
                    index,
                    start: timing.start,
                    end: timing.end,
                    timing: TimingLine::from_relative(
                        timing_line.number,
                        timing_line.start..timing_line.end,
                        timing.start_span,
                        timing.end_span,
                        timing.settings,
                    ),
                    lines: text_lines,
                    block: self.lines[block_first].start..last_end,
                    first_line: self.lines[block_first].number,
                    last_line: last_number,
                });
            }
            Err(issue) => {
                self.diag(srt_rules::TIMESTAMP_SYNTAX, Severity::Error, timing_line, issue.range, None, issue.message);
                self.unparsed_blocks += 1;
            }
        }
        j
    }
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A parsed timing line; ranges relative to the line start.
struct Timing {
    start: Timestamp,
    end: Timestamp,
    start_span: Range<usize>,
    end_span: Range<usize>,
    settings: Option<Range<usize>>,
    issues: Vec<Issue>,
}

/// A problem in a timing line; `range` relative to the line start.
struct Issue {
    severity: Severity,
    range: Range<usize>,
    message: Worded,
}

/// Parse `[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm [settings]`.
fn parse_timing(text: &str) -> Result<Timing, Issue> {
    let arrow = text.find("-->").ok_or_else(|| Issue {
        severity: Severity::Error,
        range: 0..text.len(),
        message: Worded::new("timing line has no ` --> `", msg!("vtt-timing-no-arrow")),
    })?;
    let left = &text[..arrow];
    let start_from = left.len() - left.trim_start().len();
    let start_to = left.trim_end().len();
    let after = arrow + 3;
    let right = &text[after..];
    let end_from = after + (right.len() - right.trim_start().len());
    let end_to = text[end_from..].find(char::is_whitespace).map_or(text.len(), |p| end_from + p);
    let rest_from = end_to + (text[end_to..].len() - text[end_to..].trim_start().len());
    let trimmed_len = text.trim_end().len();
    let settings = (rest_from < trimmed_len).then_some(rest_from..trimmed_len);
    if start_to <= start_from {
        return Err(Issue {
            severity: Severity::Error,
            range: 0..arrow,
            message: Worded::new("the start time is missing", msg!("timing-no-start")),
        });
    }
    if end_to <= end_from {
        return Err(Issue {
            severity: Severity::Error,
            range: arrow..text.len(),
            message: Worded::new("the end time is missing", msg!("timing-no-end")),
        });
    }
    let mut issues = Vec::new();
    if start_to == arrow || end_from == after {
        issues.push(Issue {
            severity: Severity::Warning,
            range: start_to..end_from,
            message: Worded::new("WebVTT needs a space or tab on each side of `-->`", msg!("vtt-arrow-spaces")),
        });
    }
    let start = parse_timestamp(&text[start_from..start_to], start_from, &mut issues)?;
    let end = parse_timestamp(&text[end_from..end_to], end_from, &mut issues)?;
    Ok(Timing { start, end, start_span: start_from..start_to, end_span: end_from..end_to, settings, issues })
}

/// Parse a WebVTT timestamp: `MM:SS.mmm` or `HH…:MM:SS.mmm`. A comma before the milliseconds
/// (an SRT habit) is accepted with a warning.
fn parse_timestamp(token: &str, offset: usize, issues: &mut Vec<Issue>) -> Result<Timestamp, Issue> {
    let range = offset..offset + token.len();
    let bad = |english: String, message| Issue {
        severity: Severity::Error,
        range: range.clone(),
        message: Worded::new(english, message),
    };
    let Some(separator_at) = token.rfind(['.', ',']) else {
        return Err(bad(
            format!("`{token}` is not a WebVTT time: use HH:MM:SS.mmm"),
            msg!("vtt-time-syntax", time = token),
        ));
    };
    let (clock, millis) = (&token[..separator_at], &token[separator_at + 1..]);
    if token.as_bytes()[separator_at] == b',' {
        issues.push(Issue {
            severity: Severity::Warning,
            range: range.clone(),
            message: Worded::new(
                format!("`{token}` uses `,` before the milliseconds; WebVTT uses `.`"),
                msg!("vtt-time-comma", time = token),
            ),
        });
    }
    let fields: Vec<&str> = clock.split(':').collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(2..=3).contains(&fields.len()) || !fields.iter().all(|f| digits(f)) || !digits(millis) {
        return Err(bad(
            format!("`{token}` is not a WebVTT time: use HH:MM:SS.mmm"),
            msg!("vtt-time-syntax", time = token),
        ));
    }
    if millis.len() != 3 {
        return Err(bad(
            format!("`{token}` must have exactly three digits of milliseconds"),
            msg!("vtt-time-millis", time = token),
        ));
    }
    let (hours, minutes, seconds) = match fields.as_slice() {
        [h, m, s] => (Some(*h), *m, *s),
        [m, s] => (None, *m, *s),
        _ => {
            return Err(bad(
                format!("`{token}` is not a WebVTT time: use HH:MM:SS.mmm"),
                msg!("vtt-time-syntax", time = token),
            ));
        }
    };
    if minutes.len() != 2 || seconds.len() != 2 || hours.is_some_and(|h| h.len() < 2) {
        return Err(bad(format!("`{token}` must be zero-padded: HH:MM:SS.mmm"), msg!("vtt-time-padded", time = token)));
    }
    let h: u64 = match hours {
        Some(h) if h.len() > 6 => u64::MAX,
        Some(h) => h.parse().unwrap_or(u64::MAX),
        None => 0,
    };
    let m: u64 = minutes.parse().unwrap_or(0);
    let s: u64 = seconds.parse().unwrap_or(0);
    let ms: u64 = millis.parse().unwrap_or(0);
    if m > 59 || s > 59 {
        return Err(bad(
            format!("`{token}`: minutes and seconds run from 00 to 59"),
            msg!("vtt-time-fields", time = token),
        ));
    }
    let total = h.checked_mul(3_600_000).and_then(|v| v.checked_add(m * 60_000 + s * 1000 + ms));
    match total.filter(|&t| t <= MAX_MS).and_then(Timestamp::from_ms) {
        Some(t) => Ok(t),
        None => Err(bad(
            format!("`{token}` is out of range (the largest time is 9999:59:59.999)"),
            msg!("time-out-of-range", time = token, largest = "9999:59:59.999"),
        )),
    }
}

/// One cue ready for writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VttCue {
    /// The identifier line, if any (must not contain `-->` or a line break).
    pub identifier: Option<String>,
    /// Start time.
    pub start: Timestamp,
    /// End time.
    pub end: Timestamp,
    /// Cue settings (`line:0 align:start`), if any.
    pub settings: Option<String>,
    /// Escaped text lines (never empty lines: a blank line would end the cue).
    pub lines: Vec<String>,
}

/// The header block of a WebVTT text (`WEBVTT …` and the header lines after it, up to the first
/// blank line, without line breaks at the end), if the text has a well-formed one.
pub fn header_block(text: &str) -> Option<&str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !has_header(text) {
        return None;
    }
    let mut end = 0;
    for line in text.split_inclusive(['\n']) {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() || content.contains("-->") || content.contains('\r') {
            break;
        }
        end += line.len();
    }
    let header = text.get(..end)?.trim_end_matches(['\n', '\r']);
    (!header.is_empty()).then_some(header)
}

/// Write a WebVTT file: `WEBVTT`, a blank line, then each cue and a blank line between cues.
pub fn write_vtt(cues: &[VttCue]) -> String {
    write_vtt_with_header("WEBVTT", cues)
}

/// [`write_vtt`] with a header block of your own (`WEBVTT - Title\nKind: subtitles`); it must
/// start with `WEBVTT` and contain no blank line. Line breaks in it are written as LF.
pub fn write_vtt_with_header(header: &str, cues: &[VttCue]) -> String {
    let mut out = String::with_capacity(cues.len() * 64 + header.len() + 8);
    for line in header.lines() {
        out.push_str(line);
        out.push('\n');
    }
    for cue in cues {
        out.push('\n');
        if let Some(identifier) = &cue.identifier {
            out.push_str(identifier);
            out.push('\n');
        }
        cue.start.write_srt(&mut out, '.');
        out.push_str(" --> ");
        cue.end.write_srt(&mut out, '.');
        if let Some(settings) = &cue.settings {
            out.push(' ');
            out.push_str(settings);
        }
        out.push('\n');
        for line in &cue.lines {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(doc: &Document) -> Vec<(&'static str, usize, usize)> {
        doc.diagnostics.iter().map(|d| (d.rule, d.line, d.column)).collect()
    }

    #[test]
    fn header_identifiers_settings_and_short_times() {
        let text = "WEBVTT - Lo que dejamos atrás\nKind: captions\nLanguage: es\n\nuno\n00:01.000 --> 00:02.500 line:0 align:start\n¿Adónde vas?\n\n2\n01:00:03.000 --> 01:00:04.000\n<i>A El Paso.</i>\nMañana.\n";
        let doc = parse_vtt(text);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.format, SourceFormat::Vtt);
        assert_eq!(doc.cues.len(), 2);
        let first = &doc.cues[0];
        assert_eq!((first.start.ms(), first.end.ms()), (1000, 2500));
        assert_eq!(doc.slice(&first.index.as_ref().expect("identifier").span), "uno");
        assert_eq!(doc.slice(first.timing.settings.as_ref().expect("settings")), "line:0 align:start");
        assert_eq!(doc.slice(&first.timing.start_span), "00:01.000");
        let second = &doc.cues[1];
        assert_eq!(second.start.ms(), 3_603_000);
        assert_eq!(second.index.as_ref().and_then(|i| i.value), Some(2));
        assert_eq!(second.text(&doc), "<i>A El Paso.</i>\nMañana.");
        assert_eq!((second.first_line, second.timing.line, second.last_line), (9, 10, 12));
    }

    #[test]
    fn note_style_and_region_blocks_are_skipped() {
        let text = "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nNOTE a comment\nthat spans --> lines\n\nREGION\nid:fred\n\nNOTE\n\n00:00:01.000 --> 00:00:02.000\nHola\n";
        let doc = parse_vtt(text);
        assert_eq!(doc.cues.len(), 1);
        assert_eq!(doc.cues[0].text(&doc), "Hola");
        assert_eq!(found(&doc), [("vtt-skipped-block", 3, 1), ("vtt-skipped-block", 9, 1)]);
        assert!(doc.diagnostics.iter().all(|d| d.severity == Severity::Info));
    }

    #[test]
    fn missing_header_is_an_error_at_line_one() {
        let doc = parse_vtt("1\n00:00:01,000 --> 00:00:02,000\nHola\n");
        assert_eq!(doc.diagnostics[0].rule, "vtt-header");
        assert_eq!(doc.diagnostics[0].severity, Severity::Error);
        assert_eq!(doc.diagnostics[0].line, 1);
        // Still tolerant: the cue is read, the comma reported.
        assert_eq!(doc.cues.len(), 1);
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("uses `,`")));
        assert!(!has_header("WEBVTTX\n") && has_header("WEBVTT") && has_header("\u{FEFF}WEBVTT\tx"));
    }

    #[test]
    fn bad_times_are_reported_where_they_are_and_parsing_goes_on() {
        let text = "WEBVTT\n\n00:00:01.5 --> 00:00:02.000\nMal\n\n00:00:03.000 --> 00:00:04.000\nBien\n\nsuelto\n";
        let doc = parse_vtt(text);
        assert_eq!(doc.cues.len(), 1);
        assert_eq!(doc.unparsed_blocks, 2);
        assert_eq!(found(&doc), [("timestamp-syntax", 3, 1), ("stray-text", 9, 1)]);
    }

    #[test]
    fn crlf_empty_cues_and_missing_blank_lines() {
        let text = "WEBVTT\r\n00:00:01.000 --> 00:00:02.000\r\n\r\n00:00:03.000 --> 00:00:04.000\r\nUno\r\n00:00:05.000 --> 00:00:06.000\r\nDos";
        let doc = parse_vtt(text);
        assert_eq!(doc.cues.len(), 3);
        assert!(doc.cues[0].lines.is_empty());
        assert_eq!(doc.cues[1].text(&doc), "Uno");
        assert_eq!(doc.cues[2].text(&doc), "Dos");
        assert!(!doc.final_newline);
        let rules: Vec<_> = doc.diagnostics.iter().map(|d| d.rule).collect();
        assert_eq!(rules, ["vtt-header", "blank-lines"]);
    }

    #[test]
    fn hostile_input_never_panics() {
        for text in [
            "",
            "WEBVTT",
            "WEBVTT\n\n-->",
            "WEBVTT\n\n99999999999:00.000 --> 1:2",
            "WEBVTT\n\né --> ñ\n",
            "\u{FEFF}WEBVTT\n\nx\n-->\n",
        ] {
            let _ = parse_vtt(text);
        }
    }

    #[test]
    fn header_blocks_are_found_and_kept_well_formed() {
        assert_eq!(
            header_block("WEBVTT - Título\r\nKind: subtitles\r\n\r\n00:01.000 --> 00:02.000\r\nx\r\n"),
            Some("WEBVTT - Título\r\nKind: subtitles")
        );
        assert_eq!(header_block("WEBVTT\n00:01.000 --> 00:02.000\n"), Some("WEBVTT"));
        assert_eq!(header_block("1\n00:01.000 --> 00:02.000\n"), None);
        let text = write_vtt_with_header("WEBVTT - Título\r\nKind: subtitles", &[]);
        assert_eq!(text, "WEBVTT - Título\nKind: subtitles\n");
    }

    #[test]
    fn writer_produces_what_the_parser_reads() {
        let cues = vec![
            VttCue {
                identifier: Some("1".into()),
                start: Timestamp::ZERO,
                end: Timestamp::from_ms(1500).expect("ms"),
                settings: Some("line:0".into()),
                lines: vec!["Hola &amp; adiós".into()],
            },
            VttCue {
                identifier: None,
                start: Timestamp::from_ms(3_600_000).expect("ms"),
                end: Timestamp::from_ms(3_601_000).expect("ms"),
                settings: None,
                lines: vec![],
            },
        ];
        let text = write_vtt(&cues);
        assert_eq!(
            text,
            "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500 line:0\nHola &amp; adiós\n\n01:00:00.000 --> 01:00:01.000\n"
        );
        let doc = parse_vtt(&text);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.cues.len(), 2);
    }
}
