//! Two languages of one film: aligning their cues by time, the `pair` check, dual-language
//! `merge`, and finding the timing transform that syncs one file to the other.
//!
//! Everything here works on parsed [`Document`]s and returns values; the commands in
//! `src/cli/pair.rs` and `src/cli/merge.rs` print.
pub mod align;
pub mod merge;
pub mod pair;
pub mod sync;

pub use align::{Alignment, Group, align};

use crate::lang::{self, Lang};
use crate::srt::Document;
use crate::visible::strip_markup;
use std::path::Path;

/// Text reduced to what a translation would have to change: lowercase words of letters and
/// digits separated by single spaces, with tags, punctuation, dialogue dashes and case removed.
///
/// `"- ¿Julián?"` and `"<i>julián</i>"` both normalise to `"julián"`.
pub fn normalize_text(text: &str) -> String {
    let plain = strip_markup(text);
    let mut out = String::with_capacity(plain.len());
    let mut pending_space = false;
    for c in plain.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '—' || c == '–' {
            pending_space = true;
        }
        // Other punctuation (¿?¡!.,…"') vanishes without splitting the word: "don't" → "dont".
    }
    out
}

/// The language of a file, settled by the one resolver ([`crate::lang::resolve`]): its name
/// (`film.es.srt`, `film_ENG.srt`), else detection from its text. `None` when neither tells.
pub fn file_language(path: &Path, doc: &Document) -> Option<lang::Resolved> {
    let resolved = lang::resolve(lang::settle(None, path, |_| None), || lang::detect_document(doc));
    (resolved.lang != Lang::Other).then_some(resolved)
}

/// The language of one cue's text, if the detector is confident about it.
pub fn cue_language(text: &str) -> Option<Lang> {
    // The cue-sized test: `detect` discounts short texts, so it would almost never be sure here.
    lang::detect_cue(text).filter(|&lang| lang != Lang::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_ignores_case_punctuation_tags_and_dashes() {
        assert_eq!(normalize_text("- ¿Julián?"), "julián");
        assert_eq!(normalize_text("<i>JULIÁN</i>"), "julián");
        assert_eq!(normalize_text("—Vámonos a Durango.\n—Ya."), "vámonos a durango ya");
        assert_eq!(normalize_text("♪ ♪"), "");
    }

    #[test]
    fn languages_come_from_file_names_then_the_text() {
        let doc = crate::srt::parse_str("1\n00:00:01,000 --> 00:00:02,000\nOK\n");
        let of = |name: &str| file_language(Path::new(name), &doc).map(|r| r.lang);
        assert_eq!(of("dejamos.es.srt"), Some(Lang::Spanish));
        assert_eq!(of("/x/WWLB_ENG_v2.srt"), Some(Lang::English));
        assert_eq!(of("subtitles.srt"), None);
        let spanish = crate::srt::parse_str(
            "1\n00:00:01,000 --> 00:00:04,000\n¿Qué es lo que dejamos atrás cuando nos vamos de la casa?\n",
        );
        assert_eq!(file_language(Path::new("subtitles.srt"), &spanish).map(|r| r.lang), Some(Lang::Spanish));
    }
}
