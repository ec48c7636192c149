//! Spanish opens questions and exclamations with `¿` and `¡`: every `?` needs its `¿` earlier
//! in the same sentence, every `¿` its `?` (and the same for `¡ !`).
use super::model::{Locale, Sink};
use super::prose;
use crate::diagnostic::Message;
use crate::msg;

/// Check every message of a Spanish locale.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    if locale.langid.language.as_str() != "es" {
        return;
    }
    for entry in locale.messages() {
        let Some(file) = locale.file(entry.file) else { continue };
        let Some(prose) = prose::of_entry(entry, file) else { continue };
        for (at, len, message) in unbalanced(&prose.text) {
            sink.push("inverted-marks", locale, entry.file, prose.span(at, at + len), Some(entry.key()), message);
        }
    }
}

/// `(byte offset, length, message)` of each unbalanced mark in `text`.
pub(crate) fn unbalanced(text: &str) -> Vec<(usize, usize, Message)> {
    let mut out = Vec::new();
    for (open, close) in [('¿', '?'), ('¡', '!')] {
        let mut pending: Vec<usize> = Vec::new();
        for (at, c) in text.char_indices() {
            if c == open {
                pending.push(at);
            } else if c == close {
                if pending.pop().is_none() {
                    out.push((at, c.len_utf8(), msg!("locales-mark-not-opened", open = open, close = close)));
                }
            } else if c == '.' {
                // A sentence ends: what opened in it must have closed.
                for start in pending.drain(..) {
                    out.push((start, open.len_utf8(), msg!("locales-mark-not-closed", open = open, close = close)));
                }
            }
        }
        for start in pending {
            out.push((start, open.len_utf8(), msg!("locales-mark-not-closed", open = open, close = close)));
        }
    }
    out.sort_by_key(|(at, len, _)| (*at, *len));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_and_exclamations_open_and_close() {
        assert!(unbalanced("¿Podrá esta casa acortar la distancia? ¡Sí!").is_empty());
        assert_eq!(unbalanced("Podrá acortar la distancia?").len(), 1);
        assert_eq!(unbalanced("¿Podrá acortar la distancia. Sí.").len(), 1);
        assert_eq!(unbalanced("¡Qué casa").len(), 1);
    }
}
