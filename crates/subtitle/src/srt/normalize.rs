//! `fmt`'s library half: turn a parsed document into canonical SRT bytes and say what changed.
use super::{Document, WriteOptions, write_document_to};
use crate::decode::LineEndings;
use crate::diagnostic::{Arg, Message, Severity};
use crate::msg;
use std::io::{self, Write};

/// What canonical output should look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// CRLF instead of LF.
    pub crlf: bool,
    /// Write a UTF-8 BOM.
    pub bom: bool,
}

/// The canonical bytes of a document and the reasons they differ from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// UTF-8 canonical SRT.
    pub bytes: Vec<u8>,
    /// What changed, as interface messages (`fmt-change-*`), empty when the output equals the
    /// input.
    pub changes: Vec<Message>,
}

/// Why a document cannot be normalised without losing text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Lines (1-based) of the blocks that could not be read.
    pub lines: Vec<usize>,
    /// The explanation, as an interface message (`fmt-refusal`).
    pub message: Message,
}

/// Normalise `doc`: UTF-8, canonical timestamps, indices 1..N, one line-ending style, one blank
/// line between blocks and a final line break. Text lines are never changed.
///
/// Refuses (rather than drop text) when the parser could not read some blocks.
pub fn normalize(doc: &Document, original: &[u8], options: NormalizeOptions) -> Result<Normalized, Refusal> {
    let canonical = canonical(doc, options)?;
    let mut bytes = Vec::with_capacity(doc.source.len() + 3);
    // Writing into memory cannot fail.
    let _ = canonical.write_to(&mut bytes);
    let changes = if bytes == original { Vec::new() } else { describe_changes(doc, options) };
    Ok(Normalized { bytes, changes })
}

/// A document that can be written canonically: what [`normalize`] makes, written out piece by
/// piece instead of held in memory.
#[derive(Debug, Clone, Copy)]
pub struct Canonical<'a> {
    doc: &'a Document,
    options: NormalizeOptions,
}

/// The canonical form of `doc`, or why it has none (blocks the parser could not read, whose
/// text would be lost).
pub fn canonical(doc: &Document, options: NormalizeOptions) -> Result<Canonical<'_>, Refusal> {
    if doc.unparsed_blocks > 0 {
        return Err(refusal(doc));
    }
    Ok(Canonical { doc, options })
}

impl Canonical<'_> {
    /// Write the canonical bytes (UTF-8, with a BOM if asked) into `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.options.bom {
            out.write_all(UTF8_BOM)?;
        }
        let line_endings = if self.options.crlf { LineEndings::Crlf } else { LineEndings::Lf };
        write_document_to(self.doc, &WriteOptions { line_endings, bom: self.options.bom, start_index: 1 }, out)
    }

    /// Write the canonical bytes into `out` and tell whether they differ from `original`, in
    /// one pass.
    pub fn write_compared(&self, original: &[u8], out: &mut dyn Write) -> io::Result<bool> {
        let mut compared = Compared { original, at: 0, equal: true, inner: out };
        self.write_to(&mut compared)?;
        Ok(!compared.matched())
    }

    /// What normalising changes, empty when the canonical bytes are `original`.
    pub fn changes(&self, original: &[u8]) -> Vec<Message> {
        // Compares without keeping the canonical bytes; a sink cannot fail.
        match self.write_compared(original, &mut io::sink()) {
            Ok(false) => Vec::new(),
            _ => describe_changes(self.doc, self.options),
        }
    }

    /// [`Canonical::changes`] for output already compared by [`Canonical::write_compared`].
    pub fn describe(&self, changed: bool) -> Vec<Message> {
        if changed { describe_changes(self.doc, self.options) } else { Vec::new() }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A writer that passes everything on and compares it with the bytes it should equal.
struct Compared<'o, 'w> {
    original: &'o [u8],
    at: usize,
    equal: bool,
    inner: &'w mut dyn Write,
}

impl Compared<'_, '_> {
    /// Whether everything written equals all of the original.
    fn matched(&self) -> bool {
        self.equal && self.at == self.original.len()
    }
}

impl Write for Compared<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write_all(buf)?;
        let end = self.at.saturating_add(buf.len());
        self.equal = self.equal && self.original.get(self.at..end) == Some(buf);
        self.at = end;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Why `doc` cannot be normalised: the blocks that could not be read, by line.
fn refusal(doc: &Document) -> Refusal {
    let lines: Vec<usize> = doc
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.cue.is_none())
        .filter(|d| d.rule == "timestamp-syntax" || d.rule == "stray-text")
        .map(|d| d.line)
        .collect();
    // The first unreadable block's reason, as the parser worded it.
    let reason = doc.diagnostics.iter().find(|d| d.severity == Severity::Error && d.cue.is_none()).map_or(
        Arg::Str(String::new()),
        |d| {
            let reason = d
                .localized
                .as_ref()
                .and_then(|l| l.message.clone())
                .unwrap_or_else(|| msg!("error-text", text = d.message.as_str()));
            Arg::from(msg!("fmt-refusal-reason", reason = reason))
        },
    );
    let shown: Vec<String> = lines.iter().take(5).map(|l| l.to_string()).collect();
    Refusal {
        message: msg!(
            "fmt-refusal",
            blocks = doc.unparsed_blocks,
            count = lines.len(),
            lines = shown.join(", "),
            more = lines.len().saturating_sub(5),
            reason = reason
        ),
        lines,
    }
}

fn describe_changes(doc: &Document, options: NormalizeOptions) -> Vec<Message> {
    let mut changes = Vec::new();
    if !doc.encoding.is_utf8() {
        changes.push(msg!("fmt-change-reencode", from = doc.encoding.name()));
    }
    match (doc.bom, options.bom) {
        (true, false) => changes.push(msg!("fmt-change-remove-bom")),
        (false, true) => changes.push(msg!("fmt-change-add-bom")),
        _ => {}
    }
    let want = if options.crlf { LineEndings::Crlf } else { LineEndings::Lf };
    let style = doc.line_endings.style();
    if style != want && style != LineEndings::None {
        // `mixed` is a word, the other styles are names.
        let from = match style {
            LineEndings::Mixed => Arg::from(msg!("fmt-line-endings-mixed")),
            _ => Arg::from(style.name()),
        };
        changes.push(msg!("fmt-change-line-endings", from = from, to = want.name()));
    }
    // Written exactly as its position: the number, digits only, no leading zero.
    let canonical_index = |c: &super::Cue| {
        c.index.as_ref().is_some_and(|i| {
            let text = doc.slice(&i.span);
            i.value == Some(c.position as u64) && !text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let renumbered = doc.cues.iter().filter(|c| !canonical_index(c)).count();
    if renumbered > 0 {
        changes.push(msg!("fmt-change-renumber", count = renumbered));
    }
    let mut canonical = String::with_capacity(40);
    let retimed = doc
        .cues
        .iter()
        .filter(|c| {
            canonical.clear();
            c.start.write_srt(&mut canonical, ',');
            canonical.push_str(" --> ");
            c.end.write_srt(&mut canonical, ',');
            let written = doc.slice(&c.timing.span);
            written != canonical && written.trim_end() != canonical || c.timing.settings.is_some()
        })
        .count();
    if retimed > 0 {
        changes.push(msg!("fmt-change-timing", count = retimed));
    }
    if doc.diagnostics.iter().any(|d| d.rule == "blank-lines" || d.rule == "blank-line-in-cue") {
        changes.push(msg!("fmt-change-blank-lines"));
    }
    if !doc.final_newline && !doc.cues.is_empty() {
        changes.push(msg!("fmt-change-final-line-break"));
    }
    if changes.is_empty() {
        changes.push(msg!("fmt-change-whitespace"));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::{ParseOptions, parse_bytes};

    fn run(bytes: &[u8], options: NormalizeOptions) -> Result<Normalized, Refusal> {
        let doc = parse_bytes(bytes, ParseOptions::default()).expect("decodes");
        normalize(&doc, bytes, options)
    }

    #[test]
    fn canonical_input_is_unchanged() {
        let input = b"1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdi\xc3\xb3s\n";
        let out = run(input, NormalizeOptions { crlf: false, bom: false }).expect("normalises");
        assert_eq!(out.bytes, input);
        assert!(out.changes.is_empty());
    }

    #[test]
    fn lenient_input_is_made_canonical_and_the_changes_named() {
        let input = "\u{feff}5\r\n0:0:1.5 --> 00:00:02,000\r\nHola\r\n\r\n\r\n00:00:03,000-->00:00:04,000\r\nAdiós";
        let out = run(input.as_bytes(), NormalizeOptions { crlf: false, bom: false }).expect("normalises");
        assert_eq!(
            String::from_utf8(out.bytes).expect("utf-8"),
            "1\n00:00:01,005 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n"
        );
        assert_eq!(
            out.changes,
            vec![
                msg!("fmt-change-remove-bom"),
                msg!("fmt-change-line-endings", from = "crlf", to = "lf"),
                msg!("fmt-change-renumber", count = 2),
                msg!("fmt-change-timing", count = 2),
                msg!("fmt-change-blank-lines"),
                msg!("fmt-change-final-line-break"),
            ]
        );
    }

    #[test]
    fn streamed_output_and_comparison_agree_with_the_whole_output() {
        let canonical_input =
            b"1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdi\xc3\xb3s\n";
        let lenient = "\u{feff}5\r\n0:0:1.5 --> 00:00:02,000\r\nHola\r\n\r\n\r\n00:00:03,000-->00:00:04,000\r\nAdiós";
        // Long enough that the writer hands its text on in several pieces.
        let long: String = (1..=3000)
            .map(|i| format!("{i}\n00:00:01,000 --> 00:00:02,000\nLínea {i}\n"))
            .collect::<Vec<_>>()
            .join("\n");
        for input in [canonical_input.as_slice(), lenient.as_bytes(), long.as_bytes()] {
            for options in [NormalizeOptions { crlf: false, bom: false }, NormalizeOptions { crlf: true, bom: true }] {
                let doc = parse_bytes(input, ParseOptions::default()).expect("decodes");
                let whole = normalize(&doc, input, options).expect("normalises");
                let canonical = canonical(&doc, options).expect("normalises");
                let mut streamed = Vec::new();
                let changed = canonical.write_compared(input, &mut streamed).expect("writes");
                assert_eq!(streamed, whole.bytes);
                assert_eq!(changed, !whole.changes.is_empty());
                assert_eq!(canonical.changes(input), whole.changes);
                assert_eq!(canonical.describe(changed), whole.changes);
            }
        }
        let doc = parse_bytes(long.as_bytes(), ParseOptions::default()).expect("decodes");
        let options = NormalizeOptions { crlf: false, bom: false };
        assert!(canonical(&doc, options).expect("normalises").changes(long.as_bytes()).is_empty());
        // Output that stops short of the input, or runs past it, is a change.
        assert!(!canonical(&doc, options).expect("normalises").changes(&long.as_bytes()[..long.len() - 1]).is_empty());
        assert!(!canonical(&doc, options).expect("normalises").changes(format!("{long}\n").as_bytes()).is_empty());
    }

    #[test]
    fn unreadable_blocks_are_refused_not_dropped() {
        let input = b"1\n00:00:01,000 --> 00:00:02,000\nHola\n\n2\n00:61:03,000 --> 00:00:04,000\nLost text\n";
        let refusal = run(input, NormalizeOptions { crlf: false, bom: false }).expect_err("refuses");
        assert_eq!(refusal.lines, vec![6]);
        assert_eq!(refusal.message.id, "fmt-refusal");
        assert_eq!(refusal.message.arg("blocks"), Some(&Arg::Int(1)));
        assert_eq!(refusal.message.arg("lines"), Some(&Arg::Str("6".to_string())));
    }

    #[test]
    fn windows_1252_becomes_utf8_with_crlf_on_request() {
        let input = b"1\r\n00:00:01,000 --> 00:00:02,000\r\n\xbfQu\xe9 hora es?\r\n";
        let out = run(input, NormalizeOptions { crlf: true, bom: false }).expect("normalises");
        assert_eq!(out.bytes, "1\r\n00:00:01,000 --> 00:00:02,000\r\n¿Qué hora es?\r\n".as_bytes());
        assert!(out.changes.contains(&msg!("fmt-change-reencode", from = "windows-1252")));
    }
}
