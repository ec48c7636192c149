//! English left inside a Spanish message: each sentence is read by the subtitle language
//! detector ([`crate::lang::detect_cue`]), which only answers when the language is clear. Titles
//! of works (`<i …>…</i>`), quoted names (« »), placeables and `@verbatim` messages are left out.
use super::model::{Locale, Sink};
use super::prose::{self, PLACEABLE};
use crate::lang::{Lang, detect_cue};
use crate::msg;

/// Check every message of a Spanish locale.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    if locale.langid.language.as_str() != "es" {
        return;
    }
    for entry in locale.messages().filter(|e| !e.verbatim) {
        let Some(file) = locale.file(entry.file) else { continue };
        let Some(prose) = prose::of_entry(entry, file) else { continue };
        for (start, end) in english_sentences(&prose.text) {
            sink.push(
                "english-in-spanish",
                locale,
                entry.file,
                prose.span(start, end),
                Some(entry.key()),
                msg!("locales-english-in-spanish", text = prose.text[start..end].trim()),
            );
        }
    }
}

/// Byte ranges of the sentences of `text` the detector reads as English.
pub(crate) fn english_sentences(text: &str) -> Vec<(usize, usize)> {
    let masked = mask_titles(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in masked.char_indices() {
        let ends = matches!(c, '.' | '?' | '!' | ':' | ';') || at + c.len_utf8() == masked.len();
        if !ends {
            continue;
        }
        let end = at + c.len_utf8();
        let sentence = &masked[start..end];
        if detect_cue(sentence) == Some(Lang::English) {
            out.push((start, end));
        }
        start = end;
    }
    out
}

/// `text` with titles (`<i …>…</i>`), « » quotes and placeables blanked out, byte for byte.
fn mask_titles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut hidden = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("<i") {
            hidden = true;
        }
        if c == '«' {
            hidden = true;
        }
        let blank = hidden || c == PLACEABLE;
        if blank {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
        if rest.starts_with("</i>") {
            out.push_str("   ");
            rest = &rest[4..];
            hidden = false;
            continue;
        }
        if c == '»' {
            hidden = false;
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_sentences_are_found_and_titles_are_not() {
        let text = "Julián construye una casa nueva. He quietly starts building a house next to his home.";
        let found = english_sentences(text);
        assert_eq!(found.len(), 1);
        assert!(text[found[0].0..found[0].1].contains("quietly"));
        let titles = "Su corto <i lang=\"en\">An Uncertain Future and the house of the living</i> se estrenó en 2018.";
        assert!(english_sentences(titles).is_empty());
        assert!(english_sentences("La revista la incluyó en «25 New Faces of Independent Film».").is_empty());
        assert_eq!(mask_titles("a <i>bc</i> d").len(), "a <i>bc</i> d".len());
    }
}
