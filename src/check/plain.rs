//! What a viewer sees: cue text with markup removed, counted in grapheme clusters.
//!
//! Counting follows the delivery specs and Subtitle Edit's `CalcAll`: tags (`<i>`, `</i>`,
//! `<font …>`) and ASS override blocks (`{\an8}`) are not shown so they are not counted; spaces
//! and punctuation are; line breaks are not. A character is a grapheme cluster, so `…` is one and
//! a decomposed `é` (e + U+0301) is one.
use super::rule::PlainCue;
use crate::scan::NextByte;
use crate::srt::{Cue, Document, SourceFormat};
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// The visible text of every cue of `doc`, in cue order. Computed once per file by the engine.
pub fn plain_cues(doc: &Document) -> Vec<PlainCue> {
    if doc.cues.len() >= super::engine::PARALLEL_FROM_CUES {
        doc.cues.par_iter().map(|cue| plain_cue(doc, cue)).collect()
    } else {
        doc.cues.iter().map(|cue| plain_cue(doc, cue)).collect()
    }
}

/// The visible text of one cue.
fn plain_cue(doc: &Document, cue: &Cue) -> PlainCue {
    let mut plain = PlainCue {
        lines: Vec::with_capacity(cue.lines.len()),
        line_lengths: Vec::with_capacity(cue.lines.len()),
        chars: 0,
    };
    let mut push = |raw: &str| {
        let visible = strip_markup(raw);
        let length = grapheme_count(&visible);
        plain.chars += length;
        plain.line_lengths.push(length);
        plain.lines.push(visible);
    };
    match doc.format {
        SourceFormat::Srt => cue.text_lines(doc).for_each(&mut push),
        // WebVTT markup (voices, classes, entities, karaoke timestamps) read as SRT-style text first.
        SourceFormat::Vtt => crate::convert::srt_style_lines(doc, cue).iter().for_each(|l| push(l)),
    }
    plain
}

/// `line` without HTML-style tags (`<i>`, `</font>`, `<font color="#fff">`) and ASS override
/// blocks (`{\an8}`). A `<` that does not open a tag (`<<`, `a < b`) is kept.
pub fn strip_markup(line: &str) -> String {
    if memchr::memchr2(b'<', b'{', line.as_bytes()).is_none() {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut braces = NextByte::new(b'}');
    let mut pos = 0;
    while let Some(found) = memchr::memchr2(b'<', b'{', &line.as_bytes()[pos..]) {
        let at = pos + found;
        out.push_str(&line[pos..at]);
        match markup_len_at(line, at, &mut braces) {
            Some(len) => pos = at + len,
            None => {
                // Keep the literal bracket (one byte: both are ASCII).
                out.push_str(&line[at..at + 1]);
                pos = at + 1;
            }
        }
    }
    out.push_str(&line[pos..]);
    out
}

/// If `text` starts with a tag or an override block, its length in bytes.
pub fn markup_len(text: &str) -> Option<usize> {
    markup_len_at(text, 0, &mut NextByte::new(b'}'))
}

/// [`markup_len`] of `line[at..]`. `braces` finds the `}` that ends an override block; one
/// [`NextByte`] serves a whole line, so a line of `{\an8` without a `}` is searched once, not
/// once per `{`.
fn markup_len_at(line: &str, at: usize, braces: &mut NextByte) -> Option<usize> {
    let bytes = line.as_bytes();
    match bytes.get(at)? {
        b'<' => {
            let name_at = if bytes.get(at + 1) == Some(&b'/') { at + 2 } else { at + 1 };
            if !bytes.get(name_at)?.is_ascii_alphabetic() {
                return None;
            }
            // The `>`, unless a second `<` comes first: then this was not a tag (`<i <b>`). The
            // search stops at that `<`, so the tags of a line are read once in all.
            let close = memchr::memchr2(b'>', b'<', &bytes[name_at..])? + name_at;
            (bytes[close] == b'>').then_some(close + 1 - at)
        }
        b'{' => {
            if bytes.get(at + 1) != Some(&b'\\') {
                return None;
            }
            braces.at_or_after(bytes, at).map(|close| close + 1 - at)
        }
        _ => None,
    }
}

/// Grapheme clusters in `text`.
///
/// Fast path: characters below U+0300 (ASCII, Latin-1, Latin Extended) and the punctuation block
/// U+2010–U+2027 never join a neighbour into a cluster (there is no CR LF inside a line), so each
/// is one cluster. Anything else goes through full segmentation.
pub fn grapheme_count(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    let mut count = 0;
    for c in text.chars() {
        if (c as u32) >= 0x300 && !('\u{2010}'..='\u{2027}').contains(&c) {
            return text.graphemes(true).count();
        }
        count += 1;
    }
    count
}

/// Byte offset in the raw line `raw` (markup included) where visible grapheme number `n`
/// (0-based) starts, or the line's length if it has fewer. Used to underline exactly the
/// characters past a limit.
pub fn raw_offset_of_grapheme(raw: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut at = 0;
    let mut braces = NextByte::new(b'}');
    while at < raw.len() {
        let tail = &raw[at..];
        if let Some(len) = markup_len_at(raw, at, &mut braces) {
            at += len;
            continue;
        }
        // The next run of visible text up to the next possible markup start.
        let skip = tail.chars().next().map_or(1, char::len_utf8);
        let run_end = tail[skip..].find(['<', '{']).map_or(tail.len(), |p| p + skip);
        for (offset, _) in tail[..run_end].grapheme_indices(true) {
            if seen == n {
                return at + offset;
            }
            seen += 1;
        }
        at += run_end;
    }
    raw.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    #[test]
    fn markup_is_removed_and_literal_brackets_kept() {
        assert_eq!(strip_markup("<i>Hola</i>"), "Hola");
        assert_eq!(strip_markup("{\\an8}<font color=\"#ffff00\">Arriba</font>"), "Arriba");
        assert_eq!(strip_markup("a < b << c {x}"), "a < b << c {x}");
        assert_eq!(strip_markup("<i unclosed"), "<i unclosed");
    }

    #[test]
    fn unclosed_markup_on_a_very_long_line_is_read_once() {
        // A million `{\\an8` without a `}`: searching the rest of the line for one at each `{`
        // would read 2.5 × 10^12 bytes (minutes); the search is made once.
        let line = format!("{}x", "{\\an8".repeat(1_000_000));
        assert_eq!(strip_markup(&line), line);
        let line = format!("{}x", "{\\".repeat(300_000));
        assert_eq!(raw_offset_of_grapheme(&line, 600_000), 600_000);
        let line = format!("{}x{{\\an8}}", "<i ".repeat(1_000_000));
        assert_eq!(strip_markup(&line), line[..line.len() - 6]);
        // Without a `{` between, a `{\` still runs to the first `}`.
        assert_eq!(strip_markup("a{\\b{\\c}d}e"), "ad}e");
    }

    #[test]
    fn graphemes_count_as_one_character() {
        assert_eq!(grapheme_count("Espera…"), 7);
        assert_eq!(grapheme_count("Me\u{301}xico"), 6);
        assert_eq!(grapheme_count("¿Adónde vas?"), 12);
        assert_eq!(grapheme_count("👨‍👩‍👧 family"), 8);
    }

    #[test]
    fn plain_cues_count_without_tags_or_line_breaks() {
        let doc = parse_str("1\n00:00:01,000 --> 00:00:02,000\n<i>¿Adónde vas?</i>\n- A El Paso.\n");
        let plain = plain_cues(&doc);
        assert_eq!(plain[0].lines, vec!["¿Adónde vas?", "- A El Paso."]);
        assert_eq!(plain[0].line_lengths, vec![12, 12]);
        assert_eq!(plain[0].chars, 24);
    }

    #[test]
    fn raw_offsets_skip_markup() {
        let raw = "<i>ab</i>cé";
        assert_eq!(raw_offset_of_grapheme(raw, 0), 3);
        assert_eq!(raw_offset_of_grapheme(raw, 2), 9);
        assert_eq!(raw_offset_of_grapheme(raw, 3), 10);
        assert_eq!(raw_offset_of_grapheme(raw, 4), raw.len());
    }
}
