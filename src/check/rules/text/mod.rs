//! Text rules: markup, whitespace, characters, ellipses and dialogue dashes. They read what the
//! viewer sees (tags removed) and point at the bytes in the original file.
//!
//! [`plain_cue`] turns a cue's raw lines into the [`PlainCue`] every rule reads; the engine
//! builds one per cue before running the rules.
mod dialogue;
mod ellipsis;
mod glyph;
pub mod markup;
mod mojibake;
pub(crate) mod prose;
mod tags;
mod whitespace;

pub use mojibake::repair as repair_mojibake;
pub(crate) use whitespace::deletions as whitespace_deletions;

use crate::check::rule::{PlainCue, Rule};
use crate::diagnostic::Edit;
use crate::srt::Document;
use markup::{Piece, pieces};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The text rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&tags::UNBALANCED, tags::unbalanced_tag),
        Rule::new(&tags::DISALLOWED, tags::disallowed_tag),
        Rule::new(&whitespace::INFO, whitespace::whitespace),
        Rule::new(&glyph::INFO, glyph::glyph),
        Rule::new(&mojibake::INFO, mojibake::mojibake),
        Rule::new(&ellipsis::INFO, ellipsis::ellipsis),
        Rule::new(&dialogue::INFO, dialogue::dialogue_dash),
    ]
}

/// A cue's visible text from its raw lines: tags (`<i>`, `</font>`) and ASS override blocks
/// (`{\an8}`) removed, with grapheme-cluster counts per line and in total (line breaks are not
/// counted; spaces and punctuation are).
pub fn plain_cue<'a>(text_lines: impl IntoIterator<Item = &'a str>) -> PlainCue {
    let mut plain = PlainCue::default();
    for line in text_lines {
        let mut visible = String::with_capacity(line.len());
        for piece in pieces(line) {
            if let Piece::Text(range) = piece {
                visible.push_str(line.get(range).unwrap_or(""));
            }
        }
        let count = grapheme_count(&visible);
        plain.chars += count;
        plain.line_lengths.push(count);
        plain.lines.push(visible);
    }
    plain
}

/// Grapheme clusters in one line of text. Below U+0300 every character is a cluster of its own
/// (the only exception, CR LF, cannot occur inside a line), which covers Spanish and English
/// text without running the segmenter.
pub fn grapheme_count(line: &str) -> usize {
    if line.is_ascii() {
        line.len()
    } else if line.chars().all(|c| (c as u32) < 0x300) {
        line.chars().count()
    } else {
        line.graphemes(true).count()
    }
}

/// An edit replacing `range` of the document's source with `replacement`.
pub(crate) fn edit(doc: &Document, range: Range<usize>, replacement: impl Into<String>) -> Edit {
    let (line, column) = doc.position(range.start);
    let (end_line, end_column) = doc.position(range.end);
    Edit { range, line, column, end_line, end_column, replacement: replacement.into() }
}

/// Up to `max` characters of `text`, with `…` when cut, for quoting text in messages.
pub(crate) fn quote(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_cue_strips_markup_and_counts_graphemes() {
        let plain = plain_cue(["<i>¿Qué?</i>", "{\\an8}Cafe\u{301} <b>sí</b>"]);
        assert_eq!(plain.lines, ["¿Qué?", "Cafe\u{301} sí"]);
        assert_eq!(plain.line_lengths, [5, 7]);
        assert_eq!(plain.chars, 12);
    }

    #[test]
    fn grapheme_count_fast_paths_agree_with_the_segmenter() {
        for text in ["", "abc", "¿Qué? ¡Sí! Año «x» …", "e\u{301}", "👍🏽 ok", "\t\u{ad}x", "한국어", "🇲🇽"]
        {
            assert_eq!(grapheme_count(text), text.graphemes(true).count(), "{text:?}");
        }
    }

    #[test]
    fn plain_cue_keeps_text_that_only_looks_like_markup() {
        let plain = plain_cue(["a < b…"]);
        assert_eq!(plain.lines, ["a < b…"]);
        assert_eq!(plain.chars, 6);
    }
}
