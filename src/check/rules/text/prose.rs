//! Words and sentences in a cue's visible text, shared by the language-specific rules.
use crate::srt::{Cue, Document};
use crate::visible::{CueChars, is_closer, is_space, is_word_char, last_significant_char};

/// A word: indices `from..to` into [`CueChars::chars`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// First character index.
    pub from: usize,
    /// Index just past the last character.
    pub to: usize,
    /// Whether the word is the first of a sentence.
    pub sentence_start: bool,
}

impl Word {
    /// Whether the word, lowercased, equals `lower` (which must be lowercase).
    pub fn is(&self, buf: &CueChars, lower: &str) -> bool {
        self.is_any(buf, &[lower])
    }

    /// Whether the word is one of `words` (lowercase). The word is lowercased once, on the stack.
    pub fn is_any(&self, buf: &CueChars, words: &[&str]) -> bool {
        let mut scratch = [0u8; 32];
        self.lowercase(buf, &mut scratch).is_some_and(|w| words.contains(&w))
    }

    /// The word in lowercase, written into `scratch`; `None` if it does not fit (no word in the
    /// rules' lists is that long).
    fn lowercase<'s>(&self, buf: &CueChars, scratch: &'s mut [u8; 32]) -> Option<&'s str> {
        let mut len = 0;
        for v in buf.chars.get(self.from..self.to)? {
            for c in v.ch.to_lowercase() {
                let end = len + c.len_utf8();
                c.encode_utf8(scratch.get_mut(len..end)?);
                len = end;
            }
        }
        std::str::from_utf8(scratch.get(..len)?).ok()
    }

    /// Whether every character is an ASCII digit.
    pub fn is_digits(&self, buf: &CueChars) -> bool {
        buf.chars.get(self.from..self.to).is_some_and(|c| !c.is_empty() && c.iter().all(|v| v.ch.is_ascii_digit()))
    }

    /// The word's value when it is a number of at most 9 digits.
    pub fn number(&self, buf: &CueChars) -> Option<u32> {
        if !self.is_digits(buf) || self.to - self.from > 9 {
            return None;
        }
        buf.chars.get(self.from..self.to)?.iter().try_fold(0u32, |n, v| Some(n * 10 + v.ch.to_digit(10)?))
    }

    /// Whether the word starts with an uppercase letter and has no other uppercase letters.
    pub fn is_capitalized(&self, buf: &CueChars) -> bool {
        let Some(chars) = buf.chars.get(self.from..self.to) else { return false };
        let mut iter = chars.iter();
        iter.next().is_some_and(|v| v.ch.is_uppercase()) && iter.all(|v| !v.ch.is_uppercase())
    }
}

/// Whether `ch` at index `i` is part of an ellipsis: `…` or a run of two or more dots.
pub fn is_ellipsis_at(buf: &CueChars, i: usize) -> bool {
    match buf.ch(i) {
        Some('…') => true,
        Some('.') => buf.ch(i + 1) == Some('.') || (i > 0 && buf.ch(i - 1) == Some('.')),
        _ => false,
    }
}

/// Whether the character at `i` is the first visible character of its line, ignoring spaces and
/// a dialogue dash before it.
pub fn starts_line(buf: &CueChars, i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match buf.ch(j) {
            Some('\n') => return true,
            Some(c) if is_space(c) => {}
            Some(_) if buf.is_dialogue_dash(j) => {}
            // The dots of a leading `...` belong to the same opening ellipsis.
            Some('.') if buf.ch(i) == Some('.') => {}
            _ => return false,
        }
    }
    true
}

/// Whether a cue's text ends its sentence (its last significant character is `.`, `?`, `!` or
/// `…`), so the next cue starts a new one. An empty cue ends the sentence.
pub fn ends_sentence(buf: &CueChars) -> bool {
    match buf.last_significant() {
        None => true,
        Some((_, c)) => matches!(c, '.' | '?' | '!' | '…'),
    }
}

/// [`ends_sentence`] without filling a buffer.
pub fn cue_ends_sentence(doc: &Document, cue: &Cue) -> bool {
    last_significant_char(doc, cue).is_none_or(|c| matches!(c, '.' | '?' | '!' | '…'))
}

/// The words of a cue with whether each one starts a sentence. `starts_sentence` says whether
/// the cue's first word does (see [`ends_sentence`] on the cue before).
pub fn words(buf: &CueChars, starts_sentence: bool) -> Words<'_> {
    Words { buf, i: 0, at_start: starts_sentence }
}

/// Iterator returned by [`words`].
#[derive(Debug)]
pub struct Words<'b> {
    buf: &'b CueChars,
    i: usize,
    at_start: bool,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let buf = self.buf;
        while let Some(ch) = buf.ch(self.i) {
            let i = self.i;
            if is_word_char(ch) {
                let mut j = i + 1;
                while let Some(c) = buf.ch(j) {
                    let inner_apostrophe =
                        matches!(c, '\'' | '’') && buf.ch(j + 1).is_some_and(char::is_alphabetic) && j > i;
                    if is_word_char(c) || inner_apostrophe {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let word = Word { from: i, to: j, sentence_start: self.at_start };
                self.at_start = false;
                self.i = j;
                return Some(word);
            }
            if buf.is_dialogue_dash(i) {
                self.at_start = true;
            } else if is_ellipsis_at(buf, i) {
                // A leading ellipsis continues a sentence; elsewhere it may end one.
                self.at_start = !starts_line(buf, i);
            } else {
                match ch {
                    '.' => {
                        let between_digits = i > 0
                            && buf.ch(i - 1).is_some_and(|c| c.is_ascii_digit())
                            && buf.ch(i + 1).is_some_and(|c| c.is_ascii_digit());
                        if !between_digits {
                            self.at_start = true;
                        }
                    }
                    '?' | '!' => self.at_start = true,
                    _ => {}
                }
            }
            self.i += 1;
        }
        None
    }
}

/// The word before index `i` (skipping spaces only), if any.
pub fn word_before(buf: &CueChars, i: usize) -> Option<Word> {
    let mut j = i;
    while j > 0 && buf.ch(j - 1).is_some_and(|c| is_space(c) || c == '\n') {
        j -= 1;
    }
    let to = j;
    while j > 0 && buf.ch(j - 1).is_some_and(is_word_char) {
        j -= 1;
    }
    (j < to).then_some(Word { from: j, to, sentence_start: false })
}

/// The word after index `i` (skipping spaces only), if any.
pub fn word_after(buf: &CueChars, i: usize) -> Option<Word> {
    let mut j = i;
    while buf.ch(j).is_some_and(|c| is_space(c) || c == '\n') {
        j += 1;
    }
    let from = j;
    while buf.ch(j).is_some_and(|c| {
        is_word_char(c) || matches!(c, '.' | '\'' | '’') && j > from && buf.ch(j + 1).is_some_and(char::is_alphabetic)
    }) {
        j += 1;
    }
    (from < j).then_some(Word { from, to: j, sentence_start: false })
}

/// Whether the characters before index `i` on the same line, after skipping spaces, end with a
/// sentence-final mark (`.`, `?`, `!`, `…`), possibly followed by closing quotes.
pub fn after_sentence_end(buf: &CueChars, i: usize) -> bool {
    let mut j = i;
    while j > 0 && buf.ch(j - 1).is_some_and(is_space) {
        j -= 1;
    }
    while j > 0 && buf.ch(j - 1).is_some_and(is_closer) {
        j -= 1;
    }
    j > 0 && buf.ch(j - 1).is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn starts(text: &str, carried: bool) -> Vec<(String, bool)> {
        let doc = parse_str(&format!("1\n00:00:01,000 --> 00:00:02,000\n{text}\n"));
        let mut buf = CueChars::default();
        buf.fill(&doc, &doc.cues[0]);
        words(&buf, carried)
            .map(|w| (buf.chars[w.from..w.to].iter().map(|v| v.ch).collect(), w.sentence_start))
            .collect()
    }

    #[test]
    fn sentence_starts_follow_punctuation_dashes_and_ellipses() {
        let got = starts("Sí. ¿Y tú? Bien…\n- …y luego 3.5 días", true);
        let flags: Vec<bool> = got.iter().map(|(_, s)| *s).collect();
        let names: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(names, ["Sí", "Y", "tú", "Bien", "y", "luego", "3", "5", "días"]);
        assert_eq!(flags, [true, true, false, true, false, false, false, false, false]);
    }

    #[test]
    fn continued_cue_does_not_start_a_sentence() {
        assert_eq!(starts("marzo llegó", false)[0], ("marzo".to_string(), false));
        assert_eq!(starts("don't go", true)[0], ("don't".to_string(), true));
    }
}
