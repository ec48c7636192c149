//! Writing SRT: canonical output from owned cues, and lossless timestamp rewriting in place.
use super::{Cue, Document, Subtitle};
use crate::decode::LineEndings;
use crate::time::{Timestamp, push_padded};
use std::io::{self, Write};

/// Options for canonical output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteOptions {
    /// Line endings to write (`None` and `Mixed` write LF).
    pub line_endings: LineEndings,
    /// Whether the caller will write a BOM (kept here so options travel together).
    pub bom: bool,
    /// Number cues 1..N (otherwise `start_index` onwards is still used: SRT needs an index).
    pub start_index: u64,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions { line_endings: LineEndings::Lf, bom: false, start_index: 1 }
    }
}

/// Canonical SRT: `N`, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, the text lines, one blank line between
/// blocks, and a final line break.
pub fn write_subtitles(subtitles: &[Subtitle], options: &WriteOptions) -> String {
    let size: usize = subtitles.iter().map(|s| 40 + s.lines.iter().map(|l| l.len() + 2).sum::<usize>()).sum();
    let mut out = String::with_capacity(size);
    write_cues(
        subtitles.iter().map(|s| (s.start, s.end, s.lines.iter().map(String::as_str))),
        options,
        &mut out,
        |_| Ok(()),
    )
    .map(|()| out)
    .unwrap_or_default()
}

/// Canonical SRT straight from a parsed document: the same bytes as
/// `write_subtitles(&doc.subtitles(), options)`, without copying every text line first.
pub fn write_document(doc: &Document, options: &WriteOptions) -> String {
    let mut out = String::with_capacity(doc.source.len() + doc.cues.len() * 8);
    // Keeping everything in `out` cannot fail.
    let _ = write_cues(document_cues(doc), options, &mut out, |_| Ok(()));
    out
}

/// [`write_document`] into `out` as it goes, a block of cues at a time, so that a large file's
/// canonical text is never held whole.
pub fn write_document_to(doc: &Document, options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut buffer = String::with_capacity(SPILL_AT + 4096);
    write_cues(document_cues(doc), options, &mut buffer, |buffer| {
        out.write_all(buffer.as_bytes())?;
        buffer.clear();
        Ok(())
    })
}

/// How much canonical text [`write_document_to`] gathers before passing it on.
const SPILL_AT: usize = 64 * 1024;

fn document_cues(doc: &Document) -> impl Iterator<Item = (Timestamp, Timestamp, impl Iterator<Item = &str>)> {
    doc.cues.iter().map(|cue| (cue.start, cue.end, cue.text_lines(doc)))
}

/// Write the cues into `buffer`, calling `spill` whenever it holds [`SPILL_AT`] bytes and once at
/// the end; a `spill` that leaves the buffer as it is collects everything.
fn write_cues<'a, L: Iterator<Item = &'a str>>(
    cues: impl Iterator<Item = (Timestamp, Timestamp, L)>,
    options: &WriteOptions,
    out: &mut String,
    mut spill: impl FnMut(&mut String) -> io::Result<()>,
) -> io::Result<()> {
    let newline = options.line_endings.newline();
    let mut index = options.start_index;
    let mut spilled_at = out.len();
    for (i, (start, end, lines)) in cues.enumerate() {
        if i > 0 {
            out.push_str(newline);
        }
        push_padded(out, index, 1);
        index = index.saturating_add(1);
        out.push_str(newline);
        start.write_srt(out, ',');
        out.push_str(" --> ");
        end.write_srt(out, ',');
        out.push_str(newline);
        for line in lines {
            out.push_str(line);
            out.push_str(newline);
        }
        if out.len() >= spilled_at + SPILL_AT {
            spill(out)?;
            spilled_at = out.len();
        }
    }
    spill(out)
}

/// What to do with one cue's times in [`rewrite_times`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rewrite {
    /// Leave the cue exactly as written.
    Keep,
    /// Give the cue these times; the rest of the block is kept byte for byte.
    Times(Timestamp, Timestamp),
    /// Remove the whole block (and the blank line after it).
    Drop,
}

/// Rewrite timestamps in the source, leaving every other byte as it was.
///
/// `decide` is called once per cue. A timestamp whose value does not change keeps its original
/// spelling; a changed one is written canonically, keeping a `.` separator if the file used one.
pub fn rewrite_times(doc: &Document, mut decide: impl FnMut(&Cue) -> Rewrite) -> String {
    if let Some(origin) = &doc.origin {
        return crate::ttml::rewrite_times(doc, origin, decide);
    }
    let source = doc.source.as_str();
    let mut out = String::with_capacity(source.len() + source.len() / 50);
    let mut copied = 0;
    let cues = &doc.cues;
    for (i, cue) in cues.iter().enumerate() {
        match decide(cue) {
            Rewrite::Keep => {}
            Rewrite::Times(start, end) => {
                for (span, old, new) in
                    [(&cue.timing.start_span, cue.start, start), (&cue.timing.end_span, cue.end, end)]
                {
                    if old == new {
                        continue;
                    }
                    out.push_str(&source[copied..span.start]);
                    let separator = if source[span.clone()].contains('.') { '.' } else { ',' };
                    new.write_srt(&mut out, separator);
                    copied = span.end;
                }
            }
            Rewrite::Drop => {
                out.push_str(&source[copied..cue.block.start]);
                // Remove up to the next block's first line, or to the end of the file.
                copied = match cues.get(i + 1) {
                    Some(next) => next.block.start,
                    None => source.len(),
                };
                if cues.get(i + 1).is_none() {
                    // Keep the file's final line break when the last cue goes.
                    let trailing_newline = doc.line_endings.dominant().newline();
                    if doc.final_newline && !out.is_empty() && !out.ends_with('\n') && !out.ends_with('\r') {
                        out.push_str(trailing_newline);
                    }
                    // Drop the blank separator line that preceded the removed block.
                    while out.ends_with("\n\n") || out.ends_with("\r\n\r\n") || out.ends_with("\r\r") {
                        let cut = if out.ends_with("\r\n\r\n") { 2 } else { 1 };
                        out.truncate(out.len() - cut);
                    }
                }
            }
        }
    }
    out.push_str(&source[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    const CANONICAL: &str = "1\n00:00:01,000 --> 00:00:02,500\n¿Adónde vas?\n\n2\n00:00:03,000 --> 00:00:04,000\n<i>A El Paso.</i>\nMañana.\n";

    #[test]
    fn canonical_text_round_trips_exactly() {
        let doc = parse_str(CANONICAL);
        assert_eq!(write_subtitles(&doc.subtitles(), &WriteOptions::default()), CANONICAL);
        let crlf = CANONICAL.replace('\n', "\r\n");
        let doc = parse_str(&crlf);
        let options = WriteOptions { line_endings: LineEndings::Crlf, ..WriteOptions::default() };
        assert_eq!(write_subtitles(&doc.subtitles(), &options), crlf);
    }

    #[test]
    fn writing_a_document_equals_writing_its_subtitles() {
        let text = "\u{feff}7\r\n0:0:1.5 --> 00:00:02,500 X1:1\r\nHola\r\n\r\ny adiós\r\n\r\n00:00:03,000 --> 00:00:04,000\r\n\r\n";
        let doc = parse_str(text);
        for line_endings in [LineEndings::Lf, LineEndings::Crlf, LineEndings::Cr] {
            let options = WriteOptions { line_endings, bom: false, start_index: 18_446_744_073_709_551_614 };
            assert_eq!(write_document(&doc, &options), write_subtitles(&doc.subtitles(), &options));
        }
        assert!(
            write_document(&doc, &WriteOptions::default())
                .starts_with("1\n00:00:01,005 --> 00:00:02,500\nHola\ny adiós\n\n2\n")
        );
    }

    #[test]
    fn unchanged_times_keep_their_spelling() {
        let text = "1\n0:0:1.5 --> 00:00:02,500 X1:1\nHola\n";
        let doc = parse_str(text);
        assert_eq!(rewrite_times(&doc, |c| Rewrite::Times(c.start, c.end)), text);
        assert_eq!(rewrite_times(&doc, |_| Rewrite::Keep), text);
    }

    #[test]
    fn changed_times_are_canonical_and_nothing_else_moves() {
        let text = "1\r\n0:0:1.5 --> 00:00:02,500 X1:1\r\nHola\r\n";
        let doc = parse_str(text);
        let shifted = rewrite_times(&doc, |c| {
            Rewrite::Times(
                Timestamp::from_ms(c.start.ms() + 1000).unwrap_or(c.start),
                Timestamp::from_ms(c.end.ms() + 1000).unwrap_or(c.end),
            )
        });
        assert_eq!(shifted, "1\r\n00:00:02.005 --> 00:00:03,500 X1:1\r\nHola\r\n");
    }

    #[test]
    fn dropping_cues_removes_whole_blocks() {
        let doc = parse_str(CANONICAL);
        let first_dropped = rewrite_times(&doc, |c| if c.position == 1 { Rewrite::Drop } else { Rewrite::Keep });
        assert_eq!(first_dropped, "2\n00:00:03,000 --> 00:00:04,000\n<i>A El Paso.</i>\nMañana.\n");
        let last_dropped = rewrite_times(&doc, |c| if c.position == 2 { Rewrite::Drop } else { Rewrite::Keep });
        assert_eq!(last_dropped, "1\n00:00:01,000 --> 00:00:02,500\n¿Adónde vas?\n");
    }
}
