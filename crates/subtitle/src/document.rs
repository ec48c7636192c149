//! The lossless document model every format is read into: the decoded source text and, for every
//! cue, the byte spans of its index line, timing line, timestamps and text lines. Nothing is copied
//! out of the source until asked for, which keeps reading fast and makes exact rewrites possible.
use crate::decode::{EncodingSource, LineEndingCounts, TextEncoding};
use crate::diagnostic::{Arg, Diagnostic, LineIndex, Message, Severity};
use crate::time::Timestamp;
use std::ops::Range;

/// The format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// SubRip.
    Srt,
    /// WebVTT.
    Vtt,
    /// TTML (TTML1, IMSC 1.1 Text), read into SubRip-style cue text ([`crate::ttml`]).
    Ttml,
}

impl SourceFormat {
    /// Every format dejamos reads, in the order messages name them.
    pub const ALL: &'static [SourceFormat] = &[SourceFormat::Srt, SourceFormat::Vtt, SourceFormat::Ttml];

    /// The format's usual name, for messages: `SRT`, `WebVTT`, `TTML`.
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Srt => "SRT",
            SourceFormat::Vtt => "WebVTT",
            SourceFormat::Ttml => "TTML",
        }
    }

    /// The formats read, as a message argument: `SRT, WebVTT and TTML` (message
    /// `formats-read`, so each language words its "and"); a single format is its name.
    pub fn names_read() -> Arg {
        let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                Arg::from(crate::msg!("formats-read", rest = rest.join(", "), last = *last))
            }
            _ => Arg::from(names.concat()),
        }
    }
}

/// A parsed subtitle file.
#[derive(Debug, Clone)]
pub struct Document {
    /// The decoded text, without BOM.
    pub source: String,
    /// What the source was read as.
    pub format: SourceFormat,
    /// The encoding of the original bytes.
    pub encoding: TextEncoding,
    /// How the encoding was determined.
    pub encoding_source: EncodingSource,
    /// Whether the original bytes had a BOM.
    pub bom: bool,
    /// Whether some bytes could not be decoded and became U+FFFD: writing the text back would
    /// lose them, so commands that rewrite the input refuse.
    pub decode_errors: bool,
    /// Line-ending counts in the source.
    pub line_endings: LineEndingCounts,
    /// Whether the source ends with a line break.
    pub final_newline: bool,
    /// The cues, in file order.
    pub cues: Vec<Cue>,
    /// Problems the parser found (structure and syntax), in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Blocks that could not be read as cues. Writing the document would lose their text, so
    /// writers refuse while this is non-zero.
    pub unparsed_blocks: usize,
    /// Line starts, for converting byte offsets to line and column.
    pub line_index: LineIndex,
    /// For a document read from TTML, the XML and where each byte of `source` comes from in it
    /// (findings are moved there with [`Document::locate_in_origin`]); `None` for SRT and WebVTT,
    /// whose `source` is the file's text.
    pub origin: Option<Box<crate::ttml::TtmlSource>>,
}

/// One subtitle event as written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// 1-based position of the cue in the file.
    pub position: usize,
    /// The index line, if the block has one.
    pub index: Option<IndexLine>,
    /// Start time.
    pub start: Timestamp,
    /// End time.
    pub end: Timestamp,
    /// Where the timing line and its parts are.
    pub timing: TimingLine,
    /// The text lines, exactly as written (tags included).
    pub lines: Vec<TextLine>,
    /// Byte range of the whole block, from its first line's start to its last line's end
    /// (no trailing newline).
    pub block: Range<usize>,
    /// 1-based line number of the block's first line.
    pub first_line: usize,
    /// 1-based line number of the block's last line.
    pub last_line: usize,
}

/// The index line of a block, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexLine {
    /// 1-based line number.
    pub line: usize,
    /// Byte range of the line (no newline).
    pub span: Range<usize>,
    /// The number, if the line is a number that fits in a u64.
    pub value: Option<u64>,
}

/// The timing line of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimingLine {
    /// 1-based line number.
    pub line: usize,
    /// Byte range of the whole line (no newline).
    pub span: Range<usize>,
    /// Byte range of the start timestamp.
    pub start_span: Range<usize>,
    /// Byte range of the end timestamp.
    pub end_span: Range<usize>,
    /// Byte range of anything after the end time (`X1:… Y2:…` coordinates, or VTT settings).
    pub settings: Option<Range<usize>>,
}

impl TimingLine {
    /// A timing line at `span` (1-based line `line`) whose timestamp and settings ranges are
    /// given relative to the line's start, as the parsers find them.
    pub fn from_relative(
        line: usize,
        span: Range<usize>,
        start: Range<usize>,
        end: Range<usize>,
        settings: Option<Range<usize>>,
    ) -> TimingLine {
        let at = span.start;
        TimingLine {
            line,
            start_span: at + start.start..at + start.end,
            end_span: at + end.start..at + end.end,
            settings: settings.map(|s| at + s.start..at + s.end),
            span,
        }
    }
}

/// One line of cue text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    /// 1-based line number.
    pub line: usize,
    /// Byte range of the line (no newline).
    pub span: Range<usize>,
}

/// An owned cue: what a writer needs. Equal cues write equal bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subtitle {
    /// Start time.
    pub start: Timestamp,
    /// End time.
    pub end: Timestamp,
    /// Text lines, tags included.
    pub lines: Vec<String>,
}

impl Document {
    /// Record what is known about the bytes the source was decoded from.
    pub fn note_decoding(&mut self, decoded: &crate::decode::Decoded) {
        self.encoding = decoded.encoding;
        self.encoding_source = decoded.source;
        self.bom = decoded.bom;
        self.decode_errors = decoded.had_errors;
    }

    /// Why the text must not be written back in place of the file, when decoding replaced
    /// bytes with U+FFFD.
    pub fn decode_loss(&self) -> Option<Message> {
        self.decode_errors.then(|| crate::msg!("error-decode-loss", encoding = self.encoding.name()))
    }

    /// The source text in `span`.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        self.source.get(span.clone()).unwrap_or("")
    }

    /// 1-based (line, column) of a byte offset; columns count characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.line_index.position(&self.source, offset)
    }

    /// A diagnostic covering `span` of the source.
    pub fn diagnostic(
        &self,
        rule: &'static str,
        severity: Severity,
        span: Range<usize>,
        cue: Option<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let ((line, column), (end_line, end_column)) = self.line_index.span_position(&self.source, &span);
        Diagnostic {
            rule,
            severity,
            line,
            column,
            end_line,
            end_column,
            cue,
            message: message.into(),
            fix: None,
            other_line: None,
            span,
            localized: None,
        }
    }

    /// Owned copies of the cues.
    pub fn subtitles(&self) -> Vec<Subtitle> {
        self.cues.iter().map(|cue| cue.to_subtitle(self)).collect()
    }

    /// Whether the file holds no subtitles at all: no cues and no unreadable blocks (empty, a BOM
    /// alone, only blank lines or a bare WebVTT header). Commands refuse such a file.
    pub fn has_no_subtitles(&self) -> bool {
        self.cues.is_empty() && self.unparsed_blocks == 0
    }

    /// Why this document cannot be taken as a subtitle file, if it cannot: it holds no subtitles
    /// ("contains no subtitles"), or its text is in none of the formats dejamos reads (read as
    /// SRT, nothing in it looks like a timing line: no `-->`, and no line starting with a time
    /// such as `00:01`). Every command refuses such an input instead of reporting its content as
    /// stray text. The reason reads after the path.
    pub fn refusal(&self) -> Option<Message> {
        if !self.cues.is_empty() {
            return None;
        }
        let starts_with_time = |line: &str| {
            let line = line.trim_start().as_bytes();
            let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=4).contains(&digits)
                && line.get(digits) == Some(&b':')
                && line.get(digits + 1).is_some_and(u8::is_ascii_digit)
        };
        if self.format == SourceFormat::Srt
            && !self.source.trim().is_empty()
            && !self.source.contains("-->")
            && !self.source.lines().any(starts_with_time)
        {
            let head = self.source.trim_start().get(..200).unwrap_or(self.source.trim_start());
            let looks_like = if head.starts_with("[Script Info]") {
                Some("ASS/SSA")
            } else if head.starts_with('<') {
                Some("XML")
            } else if head.starts_with('{') && head.contains("}{") {
                Some("MicroDVD")
            } else {
                None
            };
            let formats = SourceFormat::names_read();
            return Some(match looks_like {
                Some(kind) => crate::msg!("error-no-format-looks-like", formats = formats, kind = kind),
                None => crate::msg!("error-no-format", formats = formats),
            });
        }
        self.has_no_subtitles().then(|| crate::msg!("error-no-subtitles"))
    }

    /// Whether the parser found error-severity problems.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

impl Cue {
    /// The text lines as string slices of the document's source.
    pub fn text_lines<'a>(&'a self, doc: &'a Document) -> impl Iterator<Item = &'a str> + 'a {
        self.lines.iter().map(move |l| doc.slice(&l.span))
    }

    /// The text lines joined with `\n`.
    pub fn text(&self, doc: &Document) -> String {
        let mut out = String::new();
        for (i, line) in self.text_lines(doc).enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(line);
        }
        out
    }

    /// `end - start` in milliseconds (negative when the end is before the start).
    pub fn duration_ms(&self) -> i64 {
        self.end.signed() - self.start.signed()
    }

    /// An owned copy.
    pub fn to_subtitle(&self, doc: &Document) -> Subtitle {
        Subtitle { start: self.start, end: self.end, lines: self.text_lines(doc).map(str::to_string).collect() }
    }
}
