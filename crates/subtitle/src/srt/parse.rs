//! The tolerant SRT parser.
//!
//! It never stops at the first problem: every block it can read becomes a [`Cue`], everything
//! else becomes a [`Diagnostic`] with a rule name, line and column, and parsing goes on. It
//! accepts what real files contain (a period before milliseconds, missing indices, 1–2 digit
//! fields, coordinates, extra blank lines, no final newline) and reports each deviation from
//! canonical SRT so that delivery checks can see it.
use super::{Cue, Document, IndexLine, SourceFormat, TextLine, TimingLine};
use crate::decode::{self, LineEndingCounts, TextEncoding};
use crate::diagnostic::{Diagnostic, LineIndex, Severity, Worded, offset};
use crate::error::Result;
use crate::msg;
use crate::time::{MAX_MS, Timestamp};
use std::ops::Range;

/// Rule names the parser reports. The check catalogue documents each of them.
pub mod rules {
    /// Malformed timing line or timestamp, or a non-canonical one.
    pub const TIMESTAMP_SYNTAX: &str = "timestamp-syntax";
    /// Missing, non-numeric or out-of-sequence index.
    pub const INDEX_SEQUENCE: &str = "index-sequence";
    /// Text outside any cue.
    pub const STRAY_TEXT: &str = "stray-text";
    /// Extra blank lines between blocks.
    pub const BLANK_LINES: &str = "blank-lines";
    /// A blank line inside a cue's text.
    pub const BLANK_LINE_IN_CUE: &str = "blank-line-in-cue";
    /// Coordinates after the end time.
    pub const COORDINATES: &str = "coordinates";
    /// No line break at the end of the file.
    pub const FINAL_NEWLINE: &str = "final-newline";
    /// NUL and other control characters.
    pub const GLYPH: &str = "glyph";
    /// A block with an index line and text but no timing line.
    pub const MISSING_TIMING: &str = "missing-timing";
    /// A block that starts right after the previous cue's text, with no blank line between.
    pub const BLANK_LINE_MISSING: &str = "blank-line-missing";
}

/// Options for parsing.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseOptions {
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<TextEncoding>,
}

/// Decode bytes and parse them as SRT.
pub fn parse_bytes(bytes: &[u8], options: ParseOptions) -> Result<Document> {
    Ok(parse_decoded(decode::decode(bytes, options.encoding)?))
}

/// [`parse_bytes`], taking ownership of the bytes so that a UTF-8 file becomes the document's
/// source without a copy. The bytes come back when they were not used that way (another
/// encoding, a BOM); otherwise `doc.source` holds exactly them.
pub fn parse_vec(bytes: Vec<u8>, options: ParseOptions) -> Result<(Document, Option<Vec<u8>>)> {
    let (decoded, unused) = decode::decode_owned(bytes, options.encoding)?;
    Ok((parse_decoded(decoded), unused))
}

/// Parse decoded text; it becomes the document's source (moved, not copied), with what is known
/// about the original bytes.
pub fn parse_decoded(decoded: decode::Decoded) -> Document {
    let mut doc = Parser::new(&decoded.text).run();
    doc.note_decoding(&decoded);
    doc.source = decoded.text;
    doc
}

/// Parse already-decoded text as SRT, taking ownership so the text is not copied (it becomes
/// the document's source).
pub fn parse_string(text: String) -> Document {
    let mut doc = Parser::new(&text).run();
    doc.source = text;
    doc
}

/// Parse already-decoded text as SRT (UTF-8, no BOM assumed).
pub fn parse_str(text: &str) -> Document {
    let mut doc = Parser::new(text).run();
    doc.source = text.to_string();
    doc
}

/// Where a piece of a file starts, for parsing it on its own: the 1-based number of its first
/// line in the file, and how many cues come before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Line number (in the whole file) of the piece's first line.
    pub line: usize,
    /// Cues in the file before the piece.
    pub cues: usize,
}

/// Parse a piece of a file that starts at a block: line numbers and cue positions are the
/// file's (from `origin`), byte spans are the piece's own. The cues of a piece are those of the
/// whole file when the piece starts at a block after a blank line; its parser findings at its
/// edges are not (the caller takes the whole file's, from [`scan`]).
pub fn parse_piece(text: String, origin: Origin) -> Document {
    let mut parser = Parser::new(&text);
    parser.origin = origin;
    let mut doc = parser.run();
    doc.source = text;
    doc
}

/// Parse `text` without keeping its cues: each one is shown to `observe` as it is read, and the
/// document that comes back has no cues and no source, but every parser finding, the line
/// endings and the counts. For a file too large to hold as cues.
pub fn scan(text: &str, observe: &mut dyn FnMut(&Cue)) -> Document {
    let mut parser = Parser::new(text);
    parser.observe = Some(observe);
    parser.run()
}

/// A line of the source: byte range without its line break, and its 1-based number.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    number: usize,
}

struct Parser<'a, 'o> {
    text: &'a str,
    /// Where the text starts in its file (the whole file: line 1, no cues before).
    origin: Origin,
    /// Cues read so far.
    cue_count: usize,
    /// When set, cues are shown to it instead of kept.
    observe: Option<&'o mut dyn FnMut(&Cue)>,
    /// Lines to parse (a final line break does not start one).
    line_count: usize,
    diagnostics: Vec<Diagnostic>,
    cues: Vec<Cue>,
    unparsed_blocks: usize,
    line_starts: Vec<u32>,
    /// The last index that broke the sequence, while the sequence has not resumed.
    wrong_index: Option<u64>,
    /// The kind of each line, classified once: block detection asks about most lines several
    /// times.
    kinds: Vec<Kind>,
}

/// What a line is, for block detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    Timing,
    Other,
}

impl<'a> Parser<'a, '_> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        // Only line starts are stored (a line's end is found from the next start), and each line
        // is classified once: on large files these two arrays are most of the parser's memory.
        let mut line_starts = Vec::with_capacity(bytes.len() / 18 + 2);
        let mut kinds = Vec::with_capacity(bytes.len() / 18 + 2);
        let mut start = 0;
        for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if pos < start {
                continue; // the \n of a \r\n already consumed
            }
            line_starts.push(offset(start));
            kinds.push(classify(&text[start..pos]));
            start = if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') { pos + 2 } else { pos + 1 };
        }
        if start < bytes.len() {
            line_starts.push(offset(start));
            kinds.push(classify(&text[start..]));
        }
        let line_count = line_starts.len();
        if start == bytes.len() {
            // The empty line after a final line break: in the line index, not a line to parse.
            line_starts.push(offset(start));
        }
        // A cue takes about four lines.
        let cues = Vec::with_capacity(line_count / 4 + 1);
        Parser {
            text,
            origin: Origin { line: 1, cues: 0 },
            cue_count: 0,
            observe: None,
            line_count,
            diagnostics: Vec::new(),
            cues,
            unparsed_blocks: 0,
            line_starts,
            wrong_index: None,
            kinds,
        }
    }

    /// Line `i` (0-based, below `line_count`): its start, its end before the line break, and its
    /// 1-based number.
    fn line(&self, i: usize) -> Line {
        let bytes = self.text.as_bytes();
        let start = self.line_starts.get(i).map_or(bytes.len(), |&s| s as usize);
        let end = match self.line_starts.get(i + 1).map(|&s| s as usize) {
            Some(next) if next > start => {
                let mut end = next;
                if bytes[end - 1] == b'\n' {
                    end -= 1;
                    if end > start && bytes[end - 1] == b'\r' {
                        end -= 1;
                    }
                } else if bytes[end - 1] == b'\r' {
                    end -= 1;
                }
                end
            }
            _ => bytes.len(),
        };
        Line { start, end, number: self.origin.line + i }
    }

    fn line_text(&self, line: Line) -> &'a str {
        &self.text[line.start..line.end]
    }

    /// The kind of line `i`, classified once in [`Parser::new`]: block detection asks several
    /// times per line, and on a 100 MB file re-classifying dominated the parse.
    fn kind(&self, i: usize) -> Kind {
        self.kinds.get(i).copied().unwrap_or(Kind::Blank)
    }

    /// A diagnostic on line `line` covering bytes `range` relative to the line start.
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
        let start = range.start.min(text.len());
        let end = range.end.clamp(start, text.len());
        let column = text.get(..start).map_or(start, |s| s.chars().count()) + 1;
        let end_column = column + text.get(start..end).map_or(end - start, |s| s.chars().count());
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

    /// Whether a block (cue) starts at line `i`: a timing line, or an index line right before one.
    fn block_starts_at(&self, i: usize) -> bool {
        match self.kind(i) {
            Kind::Timing => true,
            Kind::Other => {
                i + 1 < self.line_count
                    && self.kind(i + 1) == Kind::Timing
                    && is_index_like(self.line_text(self.line(i)))
            }
            Kind::Blank => false,
        }
    }

    fn run(mut self) -> Document {
        self.report_control_bytes();
        let n = self.line_count;
        let mut i = 0;
        let mut blank_run = 0usize;
        let mut blank_run_start = 0usize;
        let mut seen_block = false;
        let mut expected_index = self.origin.cues as u64 + 1;
        while i < n {
            match self.kind(i) {
                Kind::Blank => {
                    if blank_run == 0 {
                        blank_run_start = i;
                    }
                    blank_run += 1;
                    i += 1;
                    continue;
                }
                _ => {
                    self.report_blank_run(blank_run, blank_run_start, seen_block, false);
                    blank_run = 0;
                }
            }
            // Find the timing line of this block.
            let (index_at, timing_at) = if self.kind(i) == Kind::Timing {
                (None, i)
            } else if i + 1 < n && self.kind(i + 1) == Kind::Timing {
                (Some(i), i + 1)
            } else {
                // Not a cue: stray text up to the next blank line or block start.
                let first = self.line(i);
                let mut j = i + 1;
                while j < n && self.kind(j) != Kind::Blank && !self.block_starts_at(j) {
                    j += 1;
                }
                if self.paragraph_then_block(i) {
                    // An index line over a timing line without its arrow (`00:00:03,000 ->
                    // 00:00:04,000`): the fault is in the timing line, so say so there.
                    let timing_line = self.line(i + 1);
                    if let Err(error) = parse_timing_line(self.line_text(timing_line)) {
                        self.diag(
                            rules::TIMESTAMP_SYNTAX,
                            Severity::Error,
                            timing_line,
                            error.range,
                            None,
                            error.message,
                        );
                        self.unparsed_blocks += 1;
                        self.skip_index(i, &mut expected_index);
                        i = j;
                        seen_block = true;
                        continue;
                    }
                }
                let count = j - i;
                if count > 1 && parse_index(self.line_text(first)).is_some() {
                    // An index line over text: a cue whose timing line is missing.
                    let len = self.line_text(first).len();
                    let index = self.line_text(first).trim().to_string();
                    self.diag(
                        rules::MISSING_TIMING,
                        Severity::Error,
                        first,
                        0..len,
                        None,
                        Worded::new(
                            format!(
                                "block {index} has no timing line: its text is never shown; add the timing line under the index"
                            ),
                            msg!("missing-timing", index = &index),
                        ),
                    );
                    self.unparsed_blocks += 1;
                    self.skip_index(i, &mut expected_index);
                    i = j;
                    seen_block = true;
                    continue;
                }
                let shown: String = self.line_text(first).chars().take(40).collect();
                let len = self.line_text(first).len();
                let more = if count > 1 {
                    format!(" (and {} more line{})", count - 1, if count > 2 { "s" } else { "" })
                } else {
                    String::new()
                };
                let message = if count > 1 {
                    msg!("stray-text-lines", text = &shown, more = count - 1)
                } else {
                    msg!("stray-text", text = &shown)
                };
                self.diag(
                    rules::STRAY_TEXT,
                    Severity::Error,
                    first,
                    0..len,
                    None,
                    Worded::new(
                        format!("text outside any cue: `{shown}`{more}; a cue needs an index line and a timing line"),
                        message,
                    ),
                );
                self.unparsed_blocks += 1;
                i = j;
                seen_block = true;
                continue;
            };
            let position = self.origin.cues + self.cue_count + 1;
            // The timing line.
            let timing_line = self.line(timing_at);
            let parsed = parse_timing_line(self.line_text(timing_line));
            // Text lines: until a blank line or the start of the next block.
            let mut j = timing_at + 1;
            let mut text_lines = Vec::new();
            loop {
                while j < n && self.kind(j) != Kind::Blank && !self.block_starts_at(j) {
                    let line = self.line(j);
                    if self.line_text(line).trim().is_empty() {
                        self.diag(
                            rules::BLANK_LINE_IN_CUE,
                            Severity::Error,
                            line,
                            0..0,
                            Some(position),
                            Worded::new(
                                format!(
                                    "line of only white space inside cue {position}: some players end the cue here, \
                                     others show an empty line"
                                ),
                                msg!("blank-line-in-cue-spaces", cue = position),
                            ),
                        );
                    }
                    text_lines.push(TextLine { line: line.number, span: line.start..line.end });
                    j += 1;
                }
                // A blank line followed by text that cannot start a block: the text belongs here.
                let mut k = j;
                while k < n && self.kind(k) == Kind::Blank {
                    k += 1;
                }
                if k > j
                    && k < n
                    && !text_lines.is_empty()
                    && !self.block_starts_at(k)
                    && !self.paragraph_then_block(k)
                    && !self.index_without_timing(k, index_at, expected_index)
                {
                    let blank = self.line(j);
                    self.diag(
                        rules::BLANK_LINE_IN_CUE,
                        Severity::Error,
                        blank,
                        0..0,
                        Some(position),
                        Worded::new(
                            format!(
                                "blank line inside cue {position}: most players end the cue here and drop the rest"
                            ),
                            msg!("blank-line-in-cue", cue = position),
                        ),
                    );
                    j = k;
                    continue;
                }
                if j < n && self.kind(j) != Kind::Blank {
                    // The text stopped at the start of the next block, with no blank line before it.
                    let next = self.line(j);
                    self.diag(
                        rules::BLANK_LINE_MISSING,
                        Severity::Error,
                        next,
                        0..0,
                        Some(position),
                        Worded::new(
                            format!(
                                "no blank line between cue {position} and the next: players may read the next index as text"
                            ),
                            msg!("blank-line-missing", cue = position),
                        ),
                    );
                }
                break;
            }
            let block_first = index_at.unwrap_or(timing_at);
            // The block ends at its last text line (j may have passed blank lines inside the cue).
            let last_line = text_lines.last().map_or(timing_line, |t: &TextLine| Line {
                start: t.span.start,
                end: t.span.end,
                number: t.line,
            });
            match parsed {
                Ok(timing) => {
                    for issue in &timing.issues {
                        self.diag(
                            rules::TIMESTAMP_SYNTAX,
                            issue.severity,
                            timing_line,
                            issue.range.clone(),
                            Some(position),
                            issue.message.clone(),
                        );
                    }
                    if let Some(settings) = &timing.settings {
                        self.diag(
                            rules::COORDINATES,
                            Severity::Warning,
                            timing_line,
                            settings.clone(),
                            Some(position),
                            {
                                let data = &self.line_text(timing_line)[settings.clone()];
                                Worded::new(
                                    format!(
                                        "data after the end time (`{data}`): delivery specs allow no positioning here"
                                    ),
                                    msg!("coordinates", data = data),
                                )
                            },
                        );
                    }
                    let index = index_at.map(|at| {
                        let line = self.line(at);
                        let value = parse_index(self.line_text(line));
                        IndexLine { line: line.number, span: line.start..line.end, value }
                    });
                    self.check_index(
                        index.as_ref(),
                        index_at.map(|a| self.line(a)),
                        timing_line,
                        position,
                        &mut expected_index,
                    );
                    let cue = Cue {
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
                        block: self.line(block_first).start..last_line.end,
                        first_line: self.line(block_first).number,
                        last_line: last_line.number,
                    };
                    self.cue_count += 1;
                    match self.observe.as_mut() {
                        Some(observe) => observe(&cue),
                        None => self.cues.push(cue),
                    }
                }
                Err(error) => {
                    self.diag(rules::TIMESTAMP_SYNTAX, Severity::Error, timing_line, error.range, None, error.message);
                    self.unparsed_blocks += 1;
                    if let Some(at) = index_at {
                        self.skip_index(at, &mut expected_index);
                    }
                }
            }
            seen_block = true;
            i = j;
        }
        self.report_blank_run(blank_run, blank_run_start, seen_block, true);
        let final_newline = self.text.ends_with('\n') || self.text.ends_with('\r');
        if !final_newline
            && !self.text.is_empty()
            && let Some(last) = self.line_count.checked_sub(1).map(|i| self.line(i))
        {
            let len = last.end - last.start;
            let message = Worded::new("the file does not end with a line break", msg!("final-newline"));
            self.diag(rules::FINAL_NEWLINE, Severity::Warning, last, len..len, None, message);
        }
        self.diagnostics.sort_by_key(|d| (d.line, d.column));
        Document {
            line_endings: LineEndingCounts::of(self.text),
            source: String::new(), // filled in by the caller, which owns or copies the text
            format: SourceFormat::Srt,
            encoding: TextEncoding::UTF_8,
            encoding_source: decode::EncodingSource::ValidUtf8,
            bom: false,
            decode_errors: false,
            final_newline,
            cues: self.cues,
            diagnostics: self.diagnostics,
            unparsed_blocks: self.unparsed_blocks,
            line_index: LineIndex::from_starts_at(self.line_starts, self.origin.line),
            origin: None,
        }
    }

    /// Whether line `k` starts a paragraph that is directly followed by a block start: an index
    /// line whose timing line is broken, which we must not swallow as cue text.
    fn paragraph_then_block(&self, k: usize) -> bool {
        let text = self.line_text(self.line(k));
        is_index_like(text) && k + 1 < self.line_count && looks_like_broken_timing(self.line_text(self.line(k + 1)))
    }

    /// Whether line `k`, after a blank line inside the cue indexed by line `index_at`, is the
    /// index of the next block with its timing line missing: the number that follows the cue's
    /// (or the one expected next), over a line of text.
    fn index_without_timing(&self, k: usize, index_at: Option<usize>, expected: u64) -> bool {
        if k + 1 >= self.line_count || self.kind(k + 1) != Kind::Other {
            return false;
        }
        let Some(value) = parse_index(self.line_text(self.line(k))) else { return false };
        let current = index_at.and_then(|at| parse_index(self.line_text(self.line(at))));
        current.map_or(value == expected.saturating_add(1), |c| value == c.saturating_add(1))
            || value == expected.saturating_add(1)
    }

    fn report_blank_run(&mut self, run: usize, start: usize, seen_block: bool, at_end: bool) {
        if run == 0 {
            return;
        }
        let message = if !seen_block {
            Worded::new(
                format!("{run} blank line{} before the first cue", if run > 1 { "s" } else { "" }),
                msg!("blank-lines-before-first", count = run),
            )
        } else if at_end {
            // One blank line after the last block is common and harmless.
            if run <= 1 {
                return;
            }
            Worded::new(format!("{run} blank lines at the end of the file"), msg!("blank-lines-at-end", count = run))
        } else if run > 1 {
            Worded::new(
                format!("{run} blank lines between cues where one is expected"),
                msg!("blank-lines-between", count = run),
            )
        } else {
            return;
        };
        let line = self.line(start);
        self.diag(rules::BLANK_LINES, Severity::Warning, line, 0..(line.end - line.start), None, message);
    }

    /// An unreadable block numbered as expected still takes its number: the next cue is not
    /// out of sequence for following it (its timing line is the one finding).
    fn skip_index(&self, at: usize, expected: &mut u64) {
        if parse_index(self.line_text(self.line(at))) == Some(*expected) {
            *expected += 1;
        }
    }

    fn check_index(
        &mut self,
        index: Option<&IndexLine>,
        index_line: Option<Line>,
        timing_line: Line,
        position: usize,
        expected: &mut u64,
    ) {
        match (index, index_line) {
            (None, _) | (_, None) => {
                self.diag(
                    rules::INDEX_SEQUENCE,
                    Severity::Error,
                    timing_line,
                    0..0,
                    Some(position),
                    Worded::new(
                        format!("cue {position} has no index line (expected {expected})"),
                        msg!("index-missing", cue = position, expected = *expected),
                    ),
                );
                *expected += 1;
            }
            (Some(index), Some(line)) => {
                let text = self.line_text(line);
                let len = text.len();
                match index.value {
                    // After a wrong index, one equal to the cue's position is the sequence resuming:
                    // report each break once, not every index after it (but a repeat is wrong).
                    Some(value)
                        if value == *expected
                            || (value == position as u64 && self.wrong_index.is_some_and(|bad| bad != value)) =>
                    {
                        self.wrong_index = None;
                        if text.len() != text.trim().len() {
                            self.diag(
                                rules::INDEX_SEQUENCE,
                                Severity::Warning,
                                line,
                                0..len,
                                Some(position),
                                Worded::new(
                                    format!("index `{}` has spaces around it", text.trim()),
                                    msg!("index-spaces", index = text.trim()),
                                ),
                            );
                        }
                        *expected = value.saturating_add(1);
                    }
                    Some(value) => {
                        self.diag(
                            rules::INDEX_SEQUENCE,
                            Severity::Error,
                            line,
                            0..len,
                            Some(position),
                            Worded::new(
                                format!(
                                    "index {value} where {expected} was expected (indices must run 1, 2, 3 … in order)"
                                ),
                                msg!("index-out-of-sequence", index = value, expected = *expected),
                            ),
                        );
                        self.wrong_index = Some(value);
                        *expected = value.saturating_add(1);
                    }
                    None => {
                        let trimmed = text.trim();
                        let message = if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
                            Worded::new(
                                format!("index of {} digits is too large (expected {expected})", trimmed.len()),
                                msg!("index-too-large", digits = trimmed.len(), expected = *expected),
                            )
                        } else {
                            let shown: String = trimmed.chars().take(30).collect();
                            Worded::new(
                                format!("index `{shown}` is not a number (expected {expected})"),
                                msg!("index-not-a-number", index = &shown, expected = *expected),
                            )
                        };
                        self.diag(rules::INDEX_SEQUENCE, Severity::Error, line, 0..len, Some(position), message);
                        *expected += 1;
                    }
                }
            }
        }
    }

    fn report_control_bytes(&mut self) {
        const LIMIT: usize = 1000;
        let bytes = self.text.as_bytes();
        let mut reported = 0;
        let mut last_line = 0;
        for pos in memchr::memchr_iter(0, bytes) {
            let line_at = self.line_starts_partition(pos);
            let line = self.line_for(line_at, pos);
            if line.number == last_line {
                continue;
            }
            last_line = line.number;
            let rel = pos - line.start;
            self.diag(
                rules::GLYPH,
                Severity::Error,
                line,
                rel..rel + 1,
                None,
                Worded::new("NUL byte (U+0000): the file is damaged or not plain text", msg!("glyph-nul")),
            );
            reported += 1;
            if reported >= LIMIT {
                break;
            }
        }
    }

    fn line_starts_partition(&self, pos: usize) -> usize {
        self.line_starts[..self.line_count].partition_point(|&start| start as usize <= pos).saturating_sub(1)
    }

    fn line_for(&self, at: usize, pos: usize) -> Line {
        if at < self.line_count { self.line(at) } else { Line { start: pos, end: pos, number: self.origin.line + at } }
    }
}

/// What a line is, for block detection.
fn classify(text: &str) -> Kind {
    if is_blank_line(text) {
        Kind::Blank
    } else if looks_like_timing(text) {
        Kind::Timing
    } else {
        Kind::Other
    }
}

/// Whether a line is blank: nothing but its line break. A line of spaces, tabs, no-break
/// spaces, U+3000, U+2028, NEL or form feeds is text (other readers show it or keep the cue
/// going), never the blank line that ends a block, so nothing that reads or rewrites a file
/// may take it for one.
pub fn is_blank_line(line: &str) -> bool {
    line.bytes().all(|b| b == b'\n' || b == b'\r')
}

/// Whether a line can be an index line: a short line with no spaces inside (numbers, or junk
/// like `1a` that we still want to treat as the block's index line).
fn is_index_like(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.len() <= 64 && !t.contains(char::is_whitespace)
}

/// The value of an index line, if it is a number that fits.
pub(crate) fn parse_index(text: &str) -> Option<u64> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// Whether a line is meant as a timing line (it has an arrow and starts like a time).
pub(crate) fn looks_like_timing(text: &str) -> bool {
    // The cheap test first: most text lines fail it without scanning for the arrow.
    let t = text.trim_start();
    t.as_bytes().first().is_some_and(|b| b.is_ascii_digit() || *b == b'-' || *b == b'+') && text.contains("-->")
}

/// Whether a line looks like a timing line gone wrong: two time-like groups.
fn looks_like_broken_timing(text: &str) -> bool {
    if looks_like_timing(text) {
        return true;
    }
    let bytes = text.as_bytes();
    let mut groups = 0;
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i].is_ascii_digit() && bytes[i + 1] == b':' && bytes[i + 2].is_ascii_digit() {
            groups += 1;
            i += 3;
        } else {
            i += 1;
        }
    }
    groups >= 4
}

/// A parsed timing line; ranges are relative to the line start.
#[derive(Debug)]
struct ParsedTiming {
    start: Timestamp,
    end: Timestamp,
    start_span: Range<usize>,
    end_span: Range<usize>,
    settings: Option<Range<usize>>,
    issues: Vec<Issue>,
}

/// A problem in a timing line; `range` is relative to the line start.
#[derive(Debug)]
struct Issue {
    severity: Severity,
    range: Range<usize>,
    message: Worded,
}

/// Parse `HH:MM:SS,mmm --> HH:MM:SS,mmm [X1:… Y2:…]`, leniently.
fn parse_timing_line(text: &str) -> Result<ParsedTiming, Issue> {
    // Nearly every line of a real file is exactly `HH:MM:SS,mmm --> HH:MM:SS,mmm`.
    if let (Some(start), Some(b" --> "), Some(end)) = (
        text.get(..12).and_then(canonical_timestamp),
        text.as_bytes().get(12..17),
        text.get(17..).and_then(canonical_timestamp),
    ) {
        return Ok(ParsedTiming {
            start,
            end,
            start_span: 0..12,
            end_span: 17..text.len(),
            settings: None,
            issues: Vec::new(),
        });
    }
    let Some(arrow) = text.find("-->") else {
        return Err(Issue {
            severity: Severity::Error,
            range: 0..text.len(),
            message: Worded::new("timing line has no ` --> ` between the times", msg!("timing-no-arrow")),
        });
    };
    let mut issues = Vec::new();
    let left = &text[..arrow];
    let start_from = left.len() - left.trim_start().len();
    // Measured from `start_from` so that a blank left side gives an empty (not inverted) range.
    let start_to = start_from + left[start_from..].trim_end().len();
    let after = arrow + 3;
    let right = &text[after..];
    let end_from = after + (right.len() - right.trim_start().len());
    let end_to = text[end_from..].find(char::is_whitespace).map_or(text.len(), |p| end_from + p);
    let rest_from = end_to + (text[end_to..].len() - text[end_to..].trim_start().len());
    let settings = (rest_from < text.trim_end().len()).then(|| rest_from..text.trim_end().len());
    if start_from > 0 {
        issues.push(Issue {
            severity: Severity::Warning,
            range: 0..start_from,
            message: Worded::new("whitespace before the start time", msg!("timing-leading-space")),
        });
    }
    if start_to == start_from {
        return Err(Issue {
            severity: Severity::Error,
            range: 0..arrow,
            message: Worded::new("the start time is missing", msg!("timing-no-start")),
        });
    }
    if end_to == end_from {
        return Err(Issue {
            severity: Severity::Error,
            range: arrow..text.len(),
            message: Worded::new("the end time is missing", msg!("timing-no-end")),
        });
    }
    if &text[start_to..arrow] != " " || &text[after..end_from] != " " {
        issues.push(Issue {
            severity: Severity::Warning,
            range: start_to..end_from,
            message: Worded::new(
                "the arrow should be ` --> `, with one space on each side",
                msg!("timing-arrow-spaces"),
            ),
        });
    }
    if settings.is_none() && text.trim_end().len() < text.len() {
        issues.push(Issue {
            severity: Severity::Warning,
            range: text.trim_end().len()..text.len(),
            message: Worded::new("trailing whitespace after the end time", msg!("timing-trailing-space")),
        });
    }
    let start = parse_timestamp(&text[start_from..start_to], start_from, &mut issues)?;
    let end = parse_timestamp(&text[end_from..end_to], end_from, &mut issues)?;
    Ok(ParsedTiming { start, end, start_span: start_from..start_to, end_span: end_from..end_to, settings, issues })
}

/// Parse one timestamp leniently; `offset` is its position in the line, for issue ranges.
fn parse_timestamp(token: &str, offset: usize, issues: &mut Vec<Issue>) -> Result<Timestamp, Issue> {
    match canonical_timestamp(token) {
        Some(time) => Ok(time),
        None => parse_timestamp_lenient(token, offset, issues),
    }
}

/// [`parse_timestamp`] for every spelling, reporting each deviation from canonical SRT.
fn parse_timestamp_lenient(token: &str, offset: usize, issues: &mut Vec<Issue>) -> Result<Timestamp, Issue> {
    let range = offset..offset + token.len();
    let bad = |english: String, message| Issue {
        severity: Severity::Error,
        range: range.clone(),
        message: Worded::new(english, message),
    };
    if token.starts_with('-') {
        return Err(bad(
            format!("`{token}` is negative: times start at 00:00:00,000"),
            msg!("time-negative", time = token),
        ));
    }
    // Split off the milliseconds at the last separator after the seconds.
    let colon_fields: Vec<&str> = token.split(':').collect();
    let (clock, millis, separator) = match colon_fields.len() {
        3 => {
            let last = colon_fields[2];
            match last.find([',', '.']) {
                Some(p) => {
                    (&token[..token.len() - (last.len() - p)], Some(&last[p + 1..]), Some(last.as_bytes()[p] as char))
                }
                None => (token, None, None),
            }
        }
        // `HH:MM:SS:mmm` uses a colon before the milliseconds.
        4 => (&token[..token.len() - colon_fields[3].len() - 1], Some(colon_fields[3]), Some(':')),
        _ => {
            return Err(bad(
                format!("`{token}` is not a time: use HH:MM:SS,mmm"),
                msg!("time-not-a-time", time = token),
            ));
        }
    };
    let fields: Vec<&str> = clock.split(':').collect();
    if fields.len() != 3 || fields.iter().any(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad(format!("`{token}` is not a time: use HH:MM:SS,mmm"), msg!("time-not-a-time", time = token)));
    }
    let millis_text = millis.unwrap_or("");
    if millis.is_some() && (millis_text.is_empty() || !millis_text.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad(
            format!("`{token}` has a malformed milliseconds field"),
            msg!("time-bad-millis", time = token),
        ));
    }
    if millis_text.len() > 3 {
        return Err(bad(
            format!("`{token}` has {} digits of milliseconds; SRT allows 3", millis_text.len()),
            msg!("time-long-millis", time = token, digits = millis_text.len()),
        ));
    }
    let (hours, minutes, seconds) = (fields[0], fields[1], fields[2]);
    if minutes.len() > 2 || seconds.len() > 2 {
        return Err(bad(
            format!("`{token}`: minutes and seconds take at most two digits"),
            msg!("time-long-fields", time = token),
        ));
    }
    let h: u64 = if hours.len() > 6 { u64::MAX } else { hours.parse().unwrap_or(u64::MAX) };
    let m: u64 = minutes.parse().unwrap_or(0);
    let s: u64 = seconds.parse().unwrap_or(0);
    let ms: u64 = if millis_text.is_empty() { 0 } else { millis_text.parse().unwrap_or(0) };
    if m > 59 {
        return Err(bad(format!("`{token}`: {m} minutes is over 59"), msg!("time-minutes", time = token, minutes = m)));
    }
    if s > 59 {
        return Err(bad(format!("`{token}`: {s} seconds is over 59"), msg!("time-seconds", time = token, seconds = s)));
    }
    let total = h.checked_mul(3_600_000).and_then(|v| v.checked_add(m * 60_000 + s * 1000 + ms));
    let Some(total) = total.filter(|&t| t <= MAX_MS) else {
        return Err(bad(
            format!("`{token}` is out of range (the largest time is 9999:59:59,999)"),
            msg!("time-out-of-range", time = token, largest = "9999:59:59,999"),
        ));
    };
    // Lenient forms: accepted, reported.
    match separator {
        None => issues.push(Issue {
            severity: Severity::Warning,
            range: range.clone(),
            message: Worded::new(
                format!("`{token}` has no milliseconds: write HH:MM:SS,mmm"),
                msg!("time-no-millis", time = token),
            ),
        }),
        Some(',') => {}
        Some(c) => issues.push(Issue {
            severity: Severity::Warning,
            range: range.clone(),
            message: Worded::new(
                format!("`{token}` uses `{c}` before the milliseconds; SRT uses a comma"),
                msg!("time-separator", time = token, separator = c),
            ),
        }),
    }
    if !millis_text.is_empty() && millis_text.len() < 3 {
        issues.push(Issue {
            severity: Severity::Warning,
            range: range.clone(),
            message: {
                let decimal = if millis_text.len() == 1 { ms * 100 } else { ms * 10 };
                let digits = millis_text.len();
                if decimal == ms {
                    Worded::new(
                        format!("`{token}` has a {digits}-digit milliseconds field; write 3 digits (`{ms:03}`)"),
                        msg!("time-short-millis", time = token, digits = digits, padded = format!("{ms:03}")),
                    )
                } else {
                    Worded::new(
                        format!(
                            "`{token}` has a {digits}-digit milliseconds field, read as {ms} ms (not {decimal} ms, as a decimal would be); write 3 digits"
                        ),
                        msg!("time-short-millis-read-as", time = token, digits = digits, ms = ms, decimal = decimal),
                    )
                }
            },
        });
    }
    if hours.len() != 2 && !(hours.len() > 2 && h > 99 && !hours.starts_with('0'))
        || minutes.len() != 2
        || seconds.len() != 2
    {
        issues.push(Issue {
            severity: Severity::Warning,
            range: range.clone(),
            message: Worded::new(
                format!("`{token}` is not zero-padded: write HH:MM:SS,mmm"),
                msg!("time-not-padded", time = token),
            ),
        });
    }
    Ok(Timestamp::from_ms(total).unwrap_or(Timestamp::ZERO))
}

/// A canonical `HH:MM:SS,mmm` (hours: two digits, or more without a leading zero) with minutes
/// and seconds under 60, read without allocating: the fast path for well-formed files. Anything
/// else goes through the lenient parser, which reports it.
fn canonical_timestamp(token: &str) -> Option<Timestamp> {
    let b = token.as_bytes();
    let n = b.len();
    if !(12..=16).contains(&n) || b[n - 4] != b',' || b[n - 7] != b':' || b[n - 10] != b':' {
        return None;
    }
    let hours = &b[..n - 10];
    if hours.len() > 2 && hours.first() == Some(&b'0') {
        return None;
    }
    let digit = |i: usize| b.get(i).filter(|d| d.is_ascii_digit()).map(|d| u64::from(d - b'0'));
    let mut h = 0;
    for i in 0..hours.len() {
        h = h * 10 + digit(i)?;
    }
    let pair = |i: usize| Some(digit(i)? * 10 + digit(i + 1)?);
    let (m, s) = (pair(n - 9)?, pair(n - 6)?);
    let ms = digit(n - 3)? * 100 + pair(n - 2)?;
    if m > 59 || s > 59 {
        return None;
    }
    Timestamp::from_ms(h * 3_600_000 + m * 60_000 + s * 1000 + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_fast_path_agrees_with_the_lenient_parser() {
        for token in [
            "00:00:00,000",
            "99:59:59,999",
            "01:02:03,004",
            "00:60:00,000",
            "00:00:60,000",
            "0a:00:00,000",
            "399:59:48,906",
            "9999:59:59,999",
            "10000:00:00,000",
            "012:00:00,000",
            "1:02:03,004",
        ] {
            let mut issues = Vec::new();
            let slow = parse_timestamp_lenient(token, 0, &mut issues).ok();
            assert_eq!(canonical_timestamp(token), slow.filter(|_| issues.is_empty()), "{token}");
        }
    }

    fn rules_at(doc: &Document) -> Vec<(&'static str, usize, usize)> {
        doc.diagnostics.iter().map(|d| (d.rule, d.line, d.column)).collect()
    }

    #[test]
    fn canonical_file_parses_cleanly() {
        let text = "1\n00:00:01,000 --> 00:00:02,500\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\n<i>A El Paso.</i>\nMañana.\n";
        let doc = parse_str(text);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert_eq!(doc.cues.len(), 2);
        let cue = &doc.cues[1];
        assert_eq!((cue.start.ms(), cue.end.ms()), (3000, 4000));
        assert_eq!(cue.text(&doc), "<i>A El Paso.</i>\nMañana.");
        assert_eq!((cue.first_line, cue.last_line, cue.timing.line), (5, 8, 6));
        assert_eq!(doc.slice(&cue.timing.start_span), "00:00:03,000");
        assert_eq!(cue.index.as_ref().and_then(|i| i.value), Some(2));
    }

    #[test]
    fn period_and_short_milliseconds_are_accepted_and_reported() {
        let doc = parse_str("1\n00:00:01.5 --> 00:00:02,500\nHola\n");
        assert_eq!(doc.cues[0].start.ms(), 1005);
        let found = rules_at(&doc);
        assert!(
            found.iter().all(|&(rule, line, col)| rule == "timestamp-syntax" && line == 2 && col == 1),
            "{found:?}"
        );
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("read as 5 ms")));
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("uses `.`")));
    }

    #[test]
    fn minutes_over_59_is_an_error_at_the_timestamp() {
        let doc = parse_str("1\n00:00:01,000 --> 00:75:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n");
        assert_eq!(doc.cues.len(), 1, "the broken block is skipped, the next one read");
        assert_eq!(doc.unparsed_blocks, 1);
        let d = &doc.diagnostics[0];
        assert_eq!((d.rule, d.line, d.column, d.end_column), ("timestamp-syntax", 2, 18, 30));
        assert!(d.message.contains("75 minutes"));
    }

    #[test]
    fn missing_arrow_and_garbage_are_reported_and_parsing_goes_on() {
        // A missing arrow is the timing line's fault, reported there, not as stray text.
        for arrow in [" ", " -> ", " --"] {
            let text = format!("1\n00:00:01,000{arrow}00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n");
            let doc = parse_str(&text);
            assert_eq!(doc.cues.len(), 1, "{arrow:?}");
            assert_eq!(doc.unparsed_blocks, 1, "{arrow:?}");
            assert_eq!(rules_at(&doc), vec![("timestamp-syntax", 2, 1)], "{arrow:?}");
        }
        // An unreadable time likewise: the block keeps its number, so cue 2 is in sequence.
        let doc = parse_str("1\n00:75:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n");
        assert_eq!(rules_at(&doc), vec![("timestamp-syntax", 2, 1)]);
        // Text that is no cue at all is stray text.
        let doc = parse_str("Subtitles by nobody\n\n1\n00:00:01,000 --> 00:00:02,000\nHola\n");
        assert_eq!(doc.cues.len(), 1);
        assert_eq!(rules_at(&doc), vec![("stray-text", 1, 1)]);
    }

    #[test]
    fn missing_index_and_wrong_sequence() {
        let doc = parse_str(
            "00:00:01,000 --> 00:00:02,000\nHola\n\n5\n00:00:03,000 --> 00:00:04,000\nAdiós\n\nx1\n00:00:05,000 --> 00:00:06,000\nYa\n",
        );
        assert_eq!(doc.cues.len(), 3);
        let found = rules_at(&doc);
        assert!(found.contains(&("index-sequence", 1, 1)), "{found:?}");
        assert!(found.contains(&("index-sequence", 4, 1)), "{found:?}");
        assert!(found.contains(&("index-sequence", 8, 1)), "{found:?}");
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("not a number")));
    }

    #[test]
    fn one_wrong_index_is_reported_once_but_a_repeat_is_wrong_too() {
        let cue = |i: &str, s: u32| format!("{i}\n00:00:{s:02},000 --> 00:00:{s:02},500\nx\n\n");
        let resumed: String = [cue("1", 1), cue("7", 2), cue("3", 3), cue("4", 4)].concat();
        let doc = parse_str(&resumed);
        let found: Vec<_> = doc.diagnostics.iter().map(|d| (d.rule, d.line)).collect();
        assert_eq!(found, vec![("index-sequence", 5)]);
        let repeated: String = [cue("1", 1), cue("3", 2), cue("3", 3)].concat();
        let doc = parse_str(&repeated);
        let found: Vec<_> = doc.diagnostics.iter().map(|d| (d.rule, d.line)).collect();
        assert_eq!(found, vec![("index-sequence", 5), ("index-sequence", 9)]);
    }

    #[test]
    fn forty_digit_index_does_not_overflow() {
        let doc = parse_str("1234567890123456789012345678901234567890\n00:00:01,000 --> 00:00:02,000\nHola\n");
        assert_eq!(doc.cues.len(), 1);
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("too large")));
    }

    #[test]
    fn coordinates_blank_lines_and_final_newline() {
        let doc = parse_str(
            "\n1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:200 Y1:10 Y2:20\nHola\n\n\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós",
        );
        assert_eq!(doc.cues.len(), 2);
        assert_eq!(
            doc.slice(doc.cues[0].timing.settings.as_ref().expect("coordinates kept")),
            "X1:100 X2:200 Y1:10 Y2:20"
        );
        let found = rules_at(&doc);
        assert!(found.contains(&("blank-lines", 1, 1)), "{found:?}");
        assert!(found.contains(&("coordinates", 3, 31)), "{found:?}");
        assert!(found.contains(&("blank-lines", 5, 1)), "{found:?}");
        assert!(found.iter().any(|&(rule, line, _)| rule == "final-newline" && line == 10), "{found:?}");
        assert!(!doc.final_newline);
    }

    #[test]
    fn blank_line_inside_cue_keeps_the_text() {
        let doc =
            parse_str("1\n00:00:01,000 --> 00:00:02,000\nHola\n\ny adiós\n\n2\n00:00:03,000 --> 00:00:04,000\nYa\n");
        assert_eq!(doc.cues.len(), 2);
        assert_eq!(doc.cues[0].text(&doc), "Hola\ny adiós");
        assert!(rules_at(&doc).contains(&("blank-line-in-cue", 4, 1)));
    }

    #[test]
    fn no_blank_line_between_blocks() {
        let doc = parse_str("1\n00:00:01,000 --> 00:00:02,000\nHola\n2\n00:00:03,000 --> 00:00:04,000\nYa\n");
        assert_eq!(doc.cues.len(), 2);
        assert_eq!(doc.cues[0].text(&doc), "Hola");
    }

    #[test]
    fn crlf_and_lone_cr() {
        let doc = parse_str("1\r\n00:00:01,000 --> 00:00:02,000\r\nHola\r\n\r\n2\r00:00:03,000 --> 00:00:04,000\rYa\r");
        assert_eq!(doc.cues.len(), 2);
        assert_eq!(doc.cues[1].text(&doc), "Ya");
        assert_eq!(doc.cues[1].timing.line, 6);
    }

    #[test]
    fn nul_bytes_and_absurd_times() {
        let doc =
            parse_str("1\n00:00:01,000 --> 99999999999:00:00,000\nHo\0la\n\n2\n999:99:99,999 --> 1000:00:00,000\nx\n");
        assert!(doc.diagnostics.iter().any(|d| d.rule == "glyph" && d.line == 3 && d.column == 3));
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("out of range")));
        assert!(doc.diagnostics.iter().any(|d| d.message.contains("over 59")));
        assert!(doc.cues.is_empty());
    }

    #[test]
    fn empty_cue_has_no_lines() {
        let doc = parse_str("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nYa\n");
        assert_eq!(doc.cues.len(), 2);
        assert!(doc.cues[0].lines.is_empty());
    }

    #[test]
    fn arrow_with_only_whitespace_before_it_is_a_missing_start_time() {
        // Found by proptest: the start-time range came out inverted and slicing panicked.
        let doc = parse_str(" --> 00:00:01,000\nHola\n");
        assert!(doc.cues.is_empty());
        assert_eq!(doc.unparsed_blocks, 1);
        let d = doc.diagnostics.iter().find(|d| d.message.contains("start time is missing")).expect("reported");
        assert_eq!((d.rule, d.line, d.column), ("timestamp-syntax", 1, 1));
    }

    #[test]
    fn the_canonical_fast_path_agrees_with_the_general_parser() {
        for line in [
            "00:00:01,000 --> 00:00:02,500",
            "99:59:59,999 --> 00:00:00,000",
            "00:60:00,000 --> 00:00:02,500",
            "00:00:60,000 --> 00:00:02,500",
            "00:00:01.000 --> 00:00:02,500",
            "00:00:01,000 --> 00:00:02,500 ",
            "00:00:01,000 --> 00:00:02,50a",
            "0a:00:01,000 --> 00:00:02,500",
            "00:00:01,000 -->  00:00:02,500",
        ] {
            let fast = parse_timing_line(line);
            let general = {
                // The general path alone: the same line with its fast path defeated by a prefix
                // that only shifts ranges.
                let shifted = format!(" {line}");
                parse_timing_line(&shifted).map(|t| (t.start, t.end, t.issues.len() - 1))
            };
            match (fast, general) {
                (Ok(f), Ok(g)) => assert_eq!((f.start, f.end, f.issues.len()), g, "{line}"),
                (Err(_), Err(_)) => {}
                (f, g) => panic!("{line}: fast {f:?} vs general {g:?}"),
            }
        }
    }

    #[test]
    fn empty_input() {
        let doc = parse_str("");
        assert!(doc.cues.is_empty() && doc.diagnostics.is_empty());
    }
}
