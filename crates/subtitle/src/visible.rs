//! What the viewer sees: cue text with markup told apart from visible text, counted in grapheme
//! clusters, with byte offsets kept so findings point at the original file. Every command reads
//! visible text through this module (`check`, `pair`, `merge`, `convert`, `locales check`).
//!
//! Markup is HTML-style tags (`<i>`, `</font>`, `<font color="#fff">`, `<br/>`, WebVTT's `<c.x>`,
//! `<v Ana>` and `<00:00:01.500>`) and ASS override blocks (`{\an8}`). Anything that is not
//! well-formed markup is text, so a lone `<` or `{` stays visible ([`pieces`] is the one tokenizer).
//!
//! Counting follows the delivery specs and Subtitle Edit's `CalcAll`: markup is not shown so it is
//! not counted; spaces and punctuation are; line breaks are not. A character is a grapheme
//! cluster, so `…` is one and a decomposed `é` (e + U+0301) is one.
//!
//! Every scan here is linear in the line: a search for a closing bracket stops at the next opening
//! one, so a line of a million `{\an8` without a `}` is read once.
use crate::document::{Cue, Document, SourceFormat};
use crate::markup::{self, Notes, Placement};
use rayon::prelude::*;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One piece of a text line: visible text or markup. Ranges are byte offsets into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Visible text.
    Text(Range<usize>),
    /// An HTML-style tag such as `<i>`, `</i>`, `<font color="red">` or `<br/>`.
    Tag {
        /// The whole tag, `<` to `>`.
        range: Range<usize>,
        /// The tag name as written (`i`, `FONT`).
        name: &'a str,
        /// A closing tag (`</i>`).
        closing: bool,
        /// A self-closing tag (`<br/>`).
        self_closing: bool,
    },
    /// An ASS override block such as `{\an8}` or `{\i1}`, which many players honour in SRT.
    Override(Range<usize>),
}

impl Piece<'_> {
    /// The byte range of the piece in its line.
    pub fn range(&self) -> Range<usize> {
        match self {
            Piece::Text(r) | Piece::Override(r) => r.clone(),
            Piece::Tag { range, .. } => range.clone(),
        }
    }
}

/// The pieces of one text line, in order. Anything that is not well-formed markup is text, so a
/// lone `<` or `{` stays visible.
pub fn pieces(line: &str) -> Pieces<'_> {
    Pieces { line, pos: 0 }
}

/// Iterator returned by [`pieces`].
#[derive(Debug, Clone)]
pub struct Pieces<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let bytes = self.line.as_bytes();
        let start = self.pos;
        if start >= bytes.len() {
            return None;
        }
        if let Some(piece) = markup_at(self.line, start) {
            self.pos = piece.range().end;
            return Some(piece);
        }
        // Text up to the next markup (a `<` or `{` that starts a well-formed tag).
        let mut i = start + 1;
        while let Some(off) = memchr::memchr2(b'<', b'{', bytes.get(i..).unwrap_or_default()) {
            let at = i + off;
            if markup_at(self.line, at).is_some() {
                self.pos = at;
                return Some(Piece::Text(start..at));
            }
            i = at + 1;
        }
        self.pos = bytes.len();
        Some(Piece::Text(start..bytes.len()))
    }
}

/// The markup piece starting at byte `at`, if one does.
fn markup_at(line: &str, at: usize) -> Option<Piece<'_>> {
    let bytes = line.as_bytes();
    match bytes.get(at)? {
        b'<' => {
            let mut j = at + 1;
            let closing = bytes.get(j) == Some(&b'/');
            if closing {
                j += 1;
            }
            let name_start = j;
            if !closing && bytes.get(j)?.is_ascii_digit() {
                // A WebVTT timestamp tag (`<00:00:01.500>`): markup, never shown. Only digits,
                // `:` and `.` may come before the `>`, so the scan stops at the first other
                // byte instead of searching the rest of the line for a `>`.
                let inner = bytes.get(j..)?;
                let close = inner.iter().position(|b| !(b.is_ascii_digit() || matches!(b, b':' | b'.')))?;
                let timestamp = inner[close] == b'>' && inner[..close].contains(&b':');
                return timestamp.then_some(Piece::Tag {
                    range: at..j + close + 1,
                    name: "",
                    closing: false,
                    self_closing: true,
                });
            }
            if !bytes.get(j)?.is_ascii_alphabetic() {
                return None;
            }
            while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                j += 1;
            }
            let name = line.get(name_start..j)?;
            match bytes.get(j)? {
                b'>' => {}
                // Attributes (`<font color="…">`), WebVTT classes (`<c.yellow>`) and annotations
                // (`<v Julián>`): up to the next `>`, with no `<` in between.
                b' ' | b'\t' | b'/' | b'.' => {
                    // Attributes: up to the next `>`, with no `<` in between. Searching for
                    // either stops at the next `<`, where the next candidate tag starts, so the
                    // candidates of a line are scanned once in all (searching the rest of the
                    // line for a `>` that never comes made a line of `<font ` quadratic).
                    let rest = bytes.get(j..)?;
                    let close = memchr::memchr2(b'>', b'<', rest)?;
                    if rest[close] != b'>' {
                        return None;
                    }
                    j += close;
                }
                _ => return None,
            }
            let self_closing = j > 0 && bytes.get(j - 1) == Some(&b'/');
            Some(Piece::Tag { range: at..j + 1, name, closing, self_closing })
        }
        b'{' => {
            if bytes.get(at + 1) != Some(&b'\\') {
                return None;
            }
            // Up to the next `}`, with no `{` in between: the search for either stops where the
            // next candidate block starts (a line of `{\an8` without a `}` was quadratic).
            let rest = bytes.get(at + 1..)?;
            let close = memchr::memchr2(b'}', b'{', rest)?;
            if rest[close] != b'}' {
                return None;
            }
            Some(Piece::Override(at..at + close + 2))
        }
        _ => None,
    }
}

/// One visible character of a cue, with where it is in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vis {
    /// The character; `'\n'` separates the cue's text lines.
    pub ch: char,
    /// Byte offset in `doc.source` (for the line separator: the start of the next line).
    pub at: usize,
}

impl Vis {
    /// Byte offset just past the character in the source.
    pub fn end(&self) -> usize {
        if self.ch == '\n' { self.at } else { self.at + self.ch.len_utf8() }
    }
}

/// A reusable buffer holding a cue's visible characters: rules that read sentences fill it once
/// per cue instead of allocating.
#[derive(Debug, Default)]
pub struct CueChars {
    /// The visible characters, lines separated by `'\n'`.
    pub chars: Vec<Vis>,
}

impl CueChars {
    /// Refill the buffer with `cue`'s visible text.
    pub fn fill(&mut self, doc: &Document, cue: &Cue) {
        self.fill_from(&doc.source, cue);
    }

    /// [`CueChars::fill`] from the text `cue`'s spans point into.
    ///
    /// Room for every character of the cue's lines (markup included, so at most that) is made
    /// once, before filling: growing the buffer by doubling held up to three times its final
    /// size while copying (48 bytes a character on a long line), and kept up to twice it.
    pub fn fill_from(&mut self, source: &str, cue: &Cue) {
        self.chars.clear();
        let most: usize = cue
            .lines
            .iter()
            .map(|l| source.get(l.span.clone()).map_or(0, |t| t.bytes().filter(|b| b & 0xC0 != 0x80).count()) + 1)
            .sum();
        self.chars.reserve_exact(most);
        for (index, text_line) in cue.lines.iter().enumerate() {
            let base = text_line.span.start;
            if index > 0 {
                self.chars.push(Vis { ch: '\n', at: base });
            }
            let line = source.get(text_line.span.clone()).unwrap_or("");
            for piece in pieces(line) {
                if let Piece::Text(range) = piece {
                    let text = line.get(range.clone()).unwrap_or("");
                    for (offset, ch) in text.char_indices() {
                        self.chars.push(Vis { ch, at: base + range.start + offset });
                    }
                }
            }
        }
    }

    /// The character at `i`, or `None` past either end.
    pub fn ch(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|v| v.ch)
    }

    /// The source byte range of characters `from..to` (indices into `chars`).
    pub fn span(&self, from: usize, to: usize) -> Range<usize> {
        let start = self.chars.get(from).map_or(0, |v| v.at);
        let end = to.checked_sub(1).and_then(|i| self.chars.get(i)).map_or(start, Vis::end);
        start..end.max(start)
    }

    /// Index of the first character after `i` that is not a space (`' '` or no-break space).
    pub fn skip_spaces(&self, mut i: usize) -> usize {
        while self.ch(i).is_some_and(is_space) {
            i += 1;
        }
        i
    }

    /// The last character that is not a space or a closing quote/bracket, with its index.
    pub fn last_significant(&self) -> Option<(usize, char)> {
        self.chars.iter().enumerate().rev().find(|(_, v)| !is_space(v.ch) && !is_closer(v.ch)).map(|(i, v)| (i, v.ch))
    }

    /// Whether the character at `i` is a dialogue dash: a hyphen (or en/em dash) that is the first
    /// visible non-space character of its line and is not part of `--`.
    pub fn is_dialogue_dash(&self, i: usize) -> bool {
        let Some(ch) = self.ch(i) else { return false };
        if !is_dash(ch) || self.ch(i + 1).is_some_and(is_dash) {
            return false;
        }
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.ch(j) {
                Some('\n') => return true,
                Some(c) if is_space(c) => {}
                _ => return false,
            }
        }
        true
    }
}

/// The last visible character of a cue that is not a space or a closing quote or bracket,
/// found without filling a [`CueChars`].
pub fn last_significant_char(doc: &Document, cue: &Cue) -> Option<char> {
    for text_line in cue.lines.iter().rev() {
        let line = doc.slice(&text_line.span);
        let mut last = None;
        for piece in pieces(line) {
            if let Piece::Text(range) = piece
                && let Some(c) = line.get(range).and_then(|t| t.chars().rev().find(|&c| !is_space(c) && !is_closer(c)))
            {
                last = Some(c);
            }
        }
        if last.is_some() {
            return last;
        }
    }
    None
}

/// A space as subtitles use it: ASCII space or no-break space.
pub fn is_space(ch: char) -> bool {
    ch == ' ' || ch == '\u{a0}'
}

/// A hyphen, en dash or em dash.
pub fn is_dash(ch: char) -> bool {
    matches!(ch, '-' | '\u{2013}' | '\u{2014}')
}

/// A closing quotation mark or bracket that may follow sentence-final punctuation.
pub fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '»' | '”' | '’' | ')' | ']')
}

/// A character that belongs to a word (letters, digits, combining marks, apostrophes inside).
pub fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || matches!(ch, '\u{300}'..='\u{36f}')
}

/// `line` without markup: the concatenated text [`pieces`].
pub fn strip_markup(line: &str) -> String {
    if memchr::memchr2(b'<', b'{', line.as_bytes()).is_none() {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    for piece in pieces(line) {
        if let Piece::Text(range) = piece {
            out.push_str(line.get(range).unwrap_or(""));
        }
    }
    out
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
    for piece in pieces(raw) {
        if let Piece::Text(range) = piece {
            let text = raw.get(range.clone()).unwrap_or("");
            for (offset, _) in text.grapheme_indices(true) {
                if seen == n {
                    return range.start + offset;
                }
                seen += 1;
            }
        }
    }
    raw.len()
}

/// A cue's visible text: markup removed, per line, with counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlainCue {
    /// Visible text per line.
    pub lines: Vec<String>,
    /// Grapheme clusters per visible line.
    pub line_lengths: Vec<usize>,
    /// Grapheme clusters in all lines (line breaks not counted).
    pub chars: usize,
}

impl PlainCue {
    /// The visible text of raw text lines (SRT-style markup).
    pub fn of_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> PlainCue {
        let mut plain = PlainCue::default();
        for raw in lines {
            plain.push_line(raw);
        }
        plain
    }

    fn push_line(&mut self, raw: &str) {
        let visible = strip_markup(raw);
        let length = grapheme_count(&visible);
        self.chars += length;
        self.line_lengths.push(length);
        self.lines.push(visible);
    }
}

/// From this many cues a document's visible text is computed on the thread pool.
pub const PARALLEL_FROM_CUES: usize = 2_000;

/// The visible text of every cue of `doc`, in cue order.
pub fn plain_cues(doc: &Document) -> Vec<PlainCue> {
    if doc.cues.len() >= PARALLEL_FROM_CUES {
        doc.cues.par_iter().map(|cue| plain_cue(doc, cue)).collect()
    } else {
        doc.cues.iter().map(|cue| plain_cue(doc, cue)).collect()
    }
}

/// The visible text of one cue of `doc`, whatever its format.
pub fn plain_cue(doc: &Document, cue: &Cue) -> PlainCue {
    match doc.format {
        // TTML is read into SRT-style cue text.
        SourceFormat::Srt | SourceFormat::Ttml => PlainCue::of_lines(cue.text_lines(doc)),
        // WebVTT markup (voices, classes, entities, karaoke timestamps) read as SRT-style text first.
        SourceFormat::Vtt => PlainCue::of_lines(srt_style_lines(doc, cue).iter().map(String::as_str)),
    }
}

/// A cue's visible text with its lines joined by a space (blank lines left out), for comparing
/// and detecting languages.
pub fn visible_text(cue: &Cue, doc: &Document) -> String {
    let mut out = String::new();
    for line in plain_cue(doc, cue).lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// A cue's text lines as SRT would write them: for WebVTT cues, character references decoded
/// (`&amp;` → `&`), `<i>`/`<b>`/`<u>` kept and other tags dropped; SRT cues as written. Lets
/// text rules written for SRT read WebVTT cues (positions then refer to these lines, not to
/// the source bytes).
pub fn srt_style_lines(doc: &Document, cue: &Cue) -> Vec<String> {
    match doc.format {
        SourceFormat::Srt | SourceFormat::Ttml => cue.text_lines(doc).map(str::to_string).collect(),
        SourceFormat::Vtt => {
            let mut notes = Notes::default();
            let mut markup = markup::parse_vtt(cue.text_lines(doc), &mut notes);
            // Placement is not text.
            markup.placement = Placement::default();
            let lines = markup::to_srt_lines(&markup, &mut notes);
            if cue.lines.is_empty() { Vec::new() } else { lines }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn kinds(line: &str) -> Vec<String> {
        pieces(line)
            .map(|p| match p {
                Piece::Text(r) => format!("T({})", &line[r]),
                Piece::Tag { name, closing, self_closing, .. } => {
                    format!("{}{name}{}", if closing { "</" } else { "<" }, if self_closing { "/>" } else { ">" })
                }
                Piece::Override(r) => format!("O({})", &line[r]),
            })
            .collect()
    }

    #[test]
    fn splits_tags_overrides_and_text() {
        assert_eq!(kinds("<i>Hola</i>"), ["<i>", "T(Hola)", "</i>"]);
        assert_eq!(kinds("{\\an8}Arriba"), ["O({\\an8})", "T(Arriba)"]);
        assert_eq!(kinds("a <font color=\"red\">b</font>"), ["T(a )", "<font>", "T(b)", "</font>"]);
        assert_eq!(kinds("x<br/>y"), ["T(x)", "<br/>", "T(y)"]);
        assert_eq!(kinds("<c.yellow>sí</c> <00:00:01.500>no"), ["<c>", "T(sí)", "</c>", "T( )", "</>", "T(no)"]);
        assert_eq!(kinds("<v Julián>Hola"), ["<v>", "T(Hola)"]);
    }

    #[test]
    fn malformed_markup_is_text() {
        assert_eq!(kinds("a < b"), ["T(a < b)"]);
        assert_eq!(kinds("<3 te quiero"), ["T(<3 te quiero)"]);
        assert_eq!(kinds("<10> y <3:x>"), ["T(<10> y <3:x>)"]);
        assert_eq!(kinds("{sin barra}"), ["T({sin barra})"]);
        assert_eq!(kinds("<i"), ["T(<i)"]);
        assert_eq!(kinds("<i x<b>"), ["T(<i x)", "<b>"]);
        assert_eq!(kinds(""), Vec::<String>::new());
    }

    #[test]
    fn markup_ends_at_the_first_closing_bracket_with_no_opening_one_before_it() {
        assert_eq!(kinds("{\\a{\\b}c"), ["T({\\a)", "O({\\b})", "T(c)"]);
        assert_eq!(kinds("<font a<b x>y"), ["T(<font a)", "<b>", "T(y)"]);
        assert_eq!(kinds("<1:2<3:4>x"), ["T(<1:2)", "</>", "T(x)"]);
        assert_eq!(kinds("<1:2 3:4>"), ["T(<1:2 3:4>)"]);
        assert_eq!(kinds("<12>"), ["T(<12>)"]);
    }

    #[test]
    fn unclosed_markup_on_a_very_long_line_is_read_once() {
        // A million openings without their closing bracket. Searching the rest of the line for
        // it at each one would read 10^12 bytes or more (minutes); each byte is read about once.
        for (opening, closed) in [("{\\an8", "{\\an8}"), ("<font ", "<font>"), ("<1:2", "<1:2>")] {
            let line = format!("{}{closed}", opening.repeat(1_000_000));
            let all: Vec<Piece<'_>> = pieces(&line).collect();
            assert_eq!(all.len(), 2, "{opening}");
            assert_eq!(all[0], Piece::Text(0..line.len() - closed.len()), "{opening}");
            assert_eq!(all[1].range(), line.len() - closed.len()..line.len(), "{opening}");
        }
    }

    #[test]
    fn cue_chars_keep_source_offsets() {
        let doc = crate::srt::parse_str("1\n00:00:01,000 --> 00:00:02,000\n<i>- Sí</i>\n-No\n");
        let mut buf = CueChars::default();
        buf.fill(&doc, &doc.cues[0]);
        let text: String = buf.chars.iter().map(|v| v.ch).collect();
        assert_eq!(text, "- Sí\n-No");
        let accent = buf.chars.iter().find(|v| v.ch == 'í').expect("í");
        assert_eq!(&doc.source[accent.at..accent.end()], "í");
        assert!(buf.is_dialogue_dash(0));
        assert!(buf.is_dialogue_dash(5));
        assert!(!buf.is_dialogue_dash(2));
    }

    #[test]
    fn a_long_lines_character_table_is_filled_without_doubling() {
        // A million visible characters: growing by doubling left room for 1,048,576 (and held
        // three times that while copying); the room is made once, for the line's characters.
        let doc =
            crate::srt::parse_str(&format!("1\n00:00:01,000 --> 00:00:02,000\n<i>{}</i>\n", "ñ".repeat(1_000_000)));
        let mut buf = CueChars::default();
        buf.fill(&doc, &doc.cues[0]);
        assert_eq!(buf.chars.len(), 1_000_000);
        assert!(buf.chars.capacity() <= 1_000_000 + 8, "room for {}", buf.chars.capacity());
    }

    #[test]
    fn markup_is_removed_and_literal_brackets_kept() {
        assert_eq!(strip_markup("<i>Hola</i>"), "Hola");
        assert_eq!(strip_markup("{\\an8}<font color=\"#ffff00\">Arriba</font>"), "Arriba");
        assert_eq!(strip_markup("a < b << c {x}"), "a < b << c {x}");
        assert_eq!(strip_markup("<i unclosed"), "<i unclosed");
    }

    #[test]
    fn unclosed_markup_is_stripped_in_one_pass() {
        // A million `{\\an8` without a `}`: searching the rest of the line for one at each `{`
        // would read 2.5 × 10^12 bytes (minutes); the search is made once.
        let line = format!("{}x", "{\\an8".repeat(1_000_000));
        assert_eq!(strip_markup(&line), line);
        let line = format!("{}x", "{\\".repeat(300_000));
        assert_eq!(raw_offset_of_grapheme(&line, 600_000), 600_000);
        let line = format!("{}x{{\\an8}}", "<i ".repeat(1_000_000));
        assert_eq!(strip_markup(&line), line[..line.len() - 6]);
        // Without a `{` between, a `{\` still runs to the first `}`.
        assert_eq!(strip_markup("a{\\b{\\c}d}e"), "a{\\bd}e");
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

    #[test]
    fn of_lines_strips_markup_and_counts_graphemes() {
        let plain = PlainCue::of_lines(["<i>¿Qué?</i>", "{\\an8}Cafe\u{301} <b>sí</b>"]);
        assert_eq!(plain.lines, ["¿Qué?", "Cafe\u{301} sí"]);
        assert_eq!(plain.line_lengths, [5, 7]);
        assert_eq!(plain.chars, 12);
        let plain = PlainCue::of_lines(["a < b…"]);
        assert_eq!(plain.lines, ["a < b…"]);
        assert_eq!(plain.chars, 6);
    }

    #[test]
    fn grapheme_count_fast_paths_agree_with_the_segmenter() {
        for text in ["", "abc", "¿Qué? ¡Sí! Año «x» …", "e\u{301}", "👍🏽 ok", "\t\u{ad}x", "한국어", "🇲🇽", "–\u{301}"]
        {
            assert_eq!(grapheme_count(text), text.graphemes(true).count(), "{text:?}");
        }
    }

    #[test]
    fn vtt_cues_read_as_srt_style_lines() {
        let doc = crate::vtt::parse_vtt(
            "WEBVTT\n\n00:01.000 --> 00:02.000 line:0\n<v Ana>Tom &amp; Jerry</v>\n<i>sí</i>\n\n00:03.000 --> 00:04.000\n",
        );
        assert_eq!(srt_style_lines(&doc, &doc.cues[0]), ["Tom & Jerry", "<i>sí</i>"]);
        assert!(srt_style_lines(&doc, &doc.cues[1]).is_empty());
        assert_eq!(visible_text(&doc.cues[0], &doc), "Tom & Jerry sí");
    }
}
