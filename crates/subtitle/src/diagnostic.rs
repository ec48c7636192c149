//! Diagnostics: what every check, parser and linter returns instead of printing.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a run.
    Info,
    /// Should be fixed; fails a run only with `--strict`.
    Warning,
    /// Breaks a delivery rule; fails the run (exit 1).
    Error,
}

impl Severity {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parse `info`, `warning` (or `warn`) and `error`.
    pub fn parse(text: &str) -> Option<Severity> {
        match text.trim().to_ascii_lowercase().as_str() {
            "info" | "note" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" | "deny" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One replacement in the decoded source text: bytes `range` become `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// Byte range in the decoded source text (BOM removed).
    #[serde(skip)]
    pub range: Range<usize>,
    /// 1-based line of the start of the range.
    pub line: usize,
    /// 1-based column (in characters) of the start of the range.
    pub column: usize,
    /// 1-based line of the end of the range.
    pub end_line: usize,
    /// 1-based column (in characters) just past the end of the range.
    pub end_column: usize,
    /// The new text.
    pub replacement: String,
}

/// A safe, mechanical fix for a diagnostic. Fixes never reword text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, e.g. "replace `...` with `…`".
    pub description: String,
    /// The edits, non-overlapping, in source order.
    pub edits: Vec<Edit>,
}

/// A finding at a place in a file.
///
/// Lines and columns are 1-based and refer to the original file; columns count Unicode scalar
/// values (characters), the unit SARIF calls `unicodeCodePoints`. The end is exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable kebab-case rule name (`max-cps`, `timestamp-syntax`, …).
    pub rule: &'static str,
    /// Severity after configuration.
    pub severity: Severity,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end.
    pub end_column: usize,
    /// 1-based position of the cue in the file, when the finding is about a cue.
    pub cue: Option<usize>,
    /// One sentence saying what is wrong, with the numbers that matter.
    pub message: String,
    /// A safe fix, if the rule can offer one here.
    pub fix: Option<Fix>,
    /// For findings that compare two files (`pair`): the 1-based line in the other file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_line: Option<usize>,
    /// Byte range in the decoded source (for snippets); not part of the JSON schema.
    #[serde(skip)]
    pub span: Range<usize>,
    /// `message` (and the fix's description) as message ids with arguments, when the producer
    /// gave them: the report layer renders them in the interface language. `message` holds the
    /// English rendering, so a finding reads the same wherever it is not rendered again.
    #[serde(skip)]
    pub localized: Option<Box<Localized>>,
}

/// A finding's texts as data: what the library's interface layer renders in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// The finding's message, when it was given as an id.
    pub message: Option<Message>,
    /// The description of its fix, when it has one worded this way.
    pub fix: Option<Message>,
}

/// Build a [`Message`] in the core: `msg!("timestamp-syntax", found = text)`, the same form
/// as the library's `msg!`, so the library's build script lists the core's ids and arguments
/// too. The core never renders a message; the library's interface layer does.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostic::Message::new($id, vec![$((stringify!($name), $crate::diagnostic::Arg::from($value))),*])
    };
}

/// A message as plain data: a message id of the interface bundles and its named arguments, in
/// the order given. The core never renders it (it knows no bundle); the library does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message id (`max-line-length`, `summary-found` …).
    pub id: &'static str,
    /// Named arguments, in order.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message `id` with `args`.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// The value of argument `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// One argument of a [`Message`]. Numbers stay numbers so the renderer can pick plural forms
/// and write them as the language does (a decimal comma in Spanish). Two numbers are equal when
/// their bits are, so a `NaN` equals itself and `Arg` is `Eq`.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A whole number (plural selection).
    Int(i64),
    /// A number written with exactly this many decimals (`24.0`).
    Fixed(f64, u8),
    /// A number written without a needless `.0` (`17`, `12.5`).
    Num(f64),
    /// Text shown as it is: quoted subtitle text, a time, a name.
    Str(String),
    /// Another message, rendered in the same language first (a reason, a unit).
    Msg(Box<Message>),
    /// Several messages, each rendered, joined with `; `.
    List(Vec<Message>),
}

impl PartialEq for Arg {
    fn eq(&self, other: &Arg) -> bool {
        match (self, other) {
            (Arg::Int(a), Arg::Int(b)) => a == b,
            (Arg::Fixed(a, x), Arg::Fixed(b, y)) => a.to_bits() == b.to_bits() && x == y,
            (Arg::Num(a), Arg::Num(b)) => a.to_bits() == b.to_bits(),
            (Arg::Str(a), Arg::Str(b)) => a == b,
            (Arg::Msg(a), Arg::Msg(b)) => a == b,
            (Arg::List(a), Arg::List(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Arg {}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl From<f64> for Arg {
    fn from(value: f64) -> Arg {
        Arg::Num(value)
    }
}

impl fmt::Display for Message {
    /// The message in English, worded by the renderer the library installs
    /// ([`crate::error::set_english`]); before that, its id and arguments.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::error::english(self))
    }
}

impl From<Message> for String {
    /// [`Message`]'s English wording, for callers that keep errors as text.
    fn from(message: Message) -> String {
        message.to_string()
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Str(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Str(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Str(value.clone())
    }
}

impl From<char> for Arg {
    fn from(value: char) -> Arg {
        Arg::Str(value.to_string())
    }
}

impl From<Vec<Message>> for Arg {
    fn from(value: Vec<Message>) -> Arg {
        Arg::List(value)
    }
}

impl From<crate::time::FrameRate> for Arg {
    /// A frame rate as people write it (`23.976`, `25`): a number with the decimals of its
    /// `Display`, so Spanish writes `23,976`.
    fn from(value: crate::time::FrameRate) -> Arg {
        let text = value.to_string();
        let decimals = text.split_once('.').map_or(0, |(_, frac)| u8::try_from(frac.len()).unwrap_or(u8::MAX));
        Arg::Fixed(value.as_f64(), decimals)
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Msg(Box::new(value))
    }
}

/// A message the core words itself in English (a parser has no bundle) and gives as an id with
/// arguments too, for the library to render in the interface language. Both say the same: a
/// test in the library renders every id in English and compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    /// The English text, as `Diagnostic::message` carries it.
    pub english: String,
    /// The same as a message id with arguments.
    pub message: Message,
}

impl Worded {
    /// `english`, given as `message` too.
    pub fn new(english: impl Into<String>, message: Message) -> Worded {
        Worded { english: english.into(), message }
    }
}

impl Diagnostic {
    /// Sort key: position first, then rule name, so output order is stable.
    pub fn sort_key(&self) -> (usize, usize, &'static str) {
        (self.line, self.column, self.rule)
    }

    /// Give the diagnostic its message: `message` the English text, `localized` the id.
    pub fn set_worded(&mut self, worded: Worded) {
        self.message = worded.english;
        match self.localized.as_mut() {
            Some(l) => l.message = Some(worded.message),
            None => self.localized = Some(Box::new(Localized { message: Some(worded.message), fix: None })),
        }
    }

    /// The id of the message, when it was given as one.
    pub fn message_id(&self) -> Option<&'static str> {
        self.localized.as_ref().and_then(|l| l.message.as_ref()).map(|m| m.id)
    }
}

/// Maps byte offsets in a text to 1-based line and character-column positions.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, the same way the SRT parser splits them.
/// The longest text a [`LineIndex`] (and so a parsed document) can describe: 4 GiB less a byte.
/// Inputs are refused before they reach it (`fsutil::read_input`).
pub const MAX_TEXT: usize = u32::MAX as usize;

/// A byte offset as the line index stores it (offsets past [`MAX_TEXT`] stop there).
pub(crate) fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offsets of the line starts, as `u32`: on a large file the index is a line start per
    /// 20 bytes or so, and texts over 4 GiB are not read (see [`MAX_TEXT`]).
    starts: Vec<u32>,
    /// The number of the first line: 1, or for a piece of a file, where the piece starts.
    first_line: usize,
    /// Character counts at every [`MARK_STRIDE`]-th byte, built the first time a column is asked
    /// for far from its line start (see [`CharMarks`]).
    marks: OnceLock<CharMarks>,
}

/// Bytes between two entries of [`CharMarks`]: a column is counted from the nearest mark at or
/// before it, so no count reads more than this many bytes (and three more).
const MARK_STRIDE: usize = 256;

/// How many characters precede every [`MARK_STRIDE`]-th byte of a text.
///
/// Columns count characters from the line start, and a finding far into a long line used to
/// count the whole way there: with a finding per tag on a line of a million tags that made
/// `check` quadratic. Subtitle lines are short, so the marks are built only for a text with a
/// long line that has findings, once, in one pass; every column after that costs at most two
/// counts of [`MARK_STRIDE`] bytes, wherever it is in the line.
#[derive(Debug, Clone)]
struct CharMarks {
    /// The length of the text the marks were built for (a guard: a [`LineIndex`] always meets
    /// the same text).
    len: usize,
    /// `chars[k]`: characters in the text before [`mark`]`(text, k)`.
    chars: Vec<u32>,
}

/// Mark `k` of a text: the first character boundary at or after byte `k * MARK_STRIDE`.
fn mark(text: &str, k: usize) -> usize {
    let mut at = (k * MARK_STRIDE).min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

impl CharMarks {
    fn new(text: &str) -> CharMarks {
        let mut chars = Vec::with_capacity(text.len() / MARK_STRIDE + 1);
        let (mut count, mut from) = (0usize, 0);
        chars.push(0);
        for k in 1..=text.len() / MARK_STRIDE {
            let to = mark(text, k);
            count += text[from..to].chars().count();
            chars.push(u32::try_from(count).unwrap_or(u32::MAX));
            from = to;
        }
        CharMarks { len: text.len(), chars }
    }

    /// Characters in `text` before byte `at`, a character boundary: the count at the mark of
    /// `at`'s stride, plus the characters from the mark to `at` (the mark is the first boundary
    /// at or after the stride's start, so it is not past `at`).
    fn before(&self, text: &str, at: usize) -> usize {
        let k = at / MARK_STRIDE;
        let from = mark(text, k);
        self.chars.get(k).map_or(0, |&c| c as usize) + text[from..at].chars().count()
    }
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(pos) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + pos;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
            starts.push(offset(next));
            i = next;
            if i >= bytes.len() {
                break;
            }
        }
        LineIndex { starts, first_line: 1, marks: OnceLock::new() }
    }

    /// An index from line starts already known (sorted, the first one 0).
    pub fn from_starts(starts: Vec<usize>) -> Self {
        Self::from_starts_at(starts.into_iter().map(offset).collect(), 1)
    }

    /// [`LineIndex::from_starts`] for a text whose first line is line `first_line` of its file:
    /// positions come out as the file's line numbers.
    pub(crate) fn from_starts_at(starts: Vec<u32>, first_line: usize) -> Self {
        let starts = if starts.is_empty() { vec![0] } else { starts };
        LineIndex { starts, first_line: first_line.max(1), marks: OnceLock::new() }
    }

    /// 1-based (line, column) of byte `offset`; the column counts characters.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s as usize <= offset).max(1);
        let start = self.starts[line - 1] as usize;
        let column = self.chars_between(text, start, offset) + 1;
        (line + self.first_line - 1, column)
    }

    /// Characters in `text[from..to]` (`from <= to <= text.len()`), or its length in bytes when
    /// the range does not fall on character boundaries. A short range is counted; a long one is
    /// looked up in the [`CharMarks`], so a column costs the same wherever it is in its line.
    fn chars_between(&self, text: &str, from: usize, to: usize) -> usize {
        let Some(between) = text.get(from..to) else { return to.saturating_sub(from) };
        if between.len() <= 2 * MARK_STRIDE {
            return between.chars().count();
        }
        let marks = self.marks.get_or_init(|| CharMarks::new(text));
        if marks.len != text.len() {
            return between.chars().count();
        }
        marks.before(text, to) - marks.before(text, from)
    }

    /// 1-based (line, column) of both ends of `span`. A span within one line (nearly every
    /// finding) is located with one search: on files with many findings the second search was a
    /// measurable share of `check`.
    pub fn span_position(&self, text: &str, span: &std::ops::Range<usize>) -> ((usize, usize), (usize, usize)) {
        let (line, column) = self.position(text, span.start);
        let start = span.start.min(text.len());
        let end = span.end.min(text.len());
        let next_line_start = self.starts.get(line + 1 - self.first_line).map_or(usize::MAX, |&s| s as usize);
        match text.get(start..end) {
            Some(_) if end >= start && end < next_line_start => {
                ((line, column), (line, column + self.chars_between(text, start, end)))
            }
            _ => ((line, column), self.position(text, span.end)),
        }
    }

    /// Byte offset where 1-based `line` starts, if it exists.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        line.checked_sub(self.first_line).and_then(|i| self.starts.get(i)).map(|&s| s as usize)
    }

    /// Number of lines (a text ending in a newline has an empty last line).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the index is empty (never: every text has a first line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_of_a_file_gives_the_files_line_numbers() {
        let text = "ab\ncé\nx";
        let whole = LineIndex::new(text);
        let piece = LineIndex::from_starts_at(vec![0, 3, 7], 41);
        for at in 0..text.len() {
            let (line, column) = whole.position(text, at);
            assert_eq!(piece.position(text, at), (line + 40, column));
            assert_eq!(piece.span_position(text, &(at..text.len())).0, (line + 40, column));
        }
        assert_eq!(piece.line_start(42), Some(3));
        assert_eq!(piece.line_start(40), None);
    }

    #[test]
    fn positions_count_characters_and_all_line_endings() {
        let text = "ab\r\ncé\rx\ny";
        let index = LineIndex::new(text);
        assert_eq!(index.len(), 4);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 4), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(index.position(text, 7), (2, 3));
        assert_eq!(index.position(text, 8), (3, 1));
        assert_eq!(index.position(text, 10), (4, 1));
    }

    #[test]
    fn columns_far_into_a_long_line_count_characters() {
        let long: String = (0..2000).map(|i| ["a", "é", "漢", "😀", "<i>"][i % 5]).collect();
        let text = format!("x\r\n{long}\ny\n{long}");
        let index = LineIndex::new(&text);
        let y = text.find('y').expect("y");
        for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
            let (line, start) = match at {
                _ if at >= y + 2 => (4, y + 2),
                _ if at >= y => (3, y),
                _ if at >= 3 => (2, 3),
                _ => (1, 0),
            };
            let expected = (line, text[start..at].chars().count() + 1);
            assert_eq!(index.position(&text, at), expected, "offset {at}");
        }
        // Inside a character, a column counts bytes, as it always has.
        let inside = 3 + long.find('é').expect("é") + 1;
        assert_eq!(index.position(&text, inside), (2, inside - 3 + 1));
    }

    #[test]
    fn columns_along_a_very_long_line_cost_the_same_each() {
        // A million tags on one line. Counting each column from the line start would read
        // 2 × 10^12 bytes (minutes); the marks make it a moment.
        let text = format!("1\n{}\n", "<é>".repeat(1_000_000));
        let index = LineIndex::new(&text);
        let mut last = (0, 0);
        for tag in 0..1_000_000 {
            let at = 2 + 4 * tag;
            let ((line, column), end) = index.span_position(&text, &(at..at + 4));
            assert_eq!((line, column), (2, 3 * tag + 1));
            last = end;
        }
        assert_eq!(last, (2, 3_000_001));
    }

    #[test]
    fn span_positions_agree_with_two_lookups() {
        let text = "ab\r\ncé x\ry\n\nzz";
        let index = LineIndex::new(text);
        for start in 0..=text.len() {
            for end in start..=text.len() + 2 {
                if !text.is_char_boundary(start.min(text.len())) || !text.is_char_boundary(end.min(text.len())) {
                    continue;
                }
                let span = start..end;
                assert_eq!(
                    index.span_position(text, &span),
                    (index.position(text, start), index.position(text, end)),
                    "span {span:?}"
                );
            }
        }
    }
}
