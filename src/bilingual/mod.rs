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

use crate::check::lang;
use crate::check::rule::Lang;
use crate::scan::NextByte;
use crate::srt::{Cue, Document};
use std::path::Path;

/// A cue line with markup removed: `<i>…</i>`, `<font …>`, and `{\an8}`-style override blocks.
///
/// Only things that look like tags are removed, so a literal `<` in dialogue survives.
pub fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    // Where the next `>` and `}` are: one search each serves the whole line (searching the rest
    // of the line at every `<` or `{` was quadratic when the closing bracket never came).
    let (mut angles, mut braces) = (NextByte::new(b'>'), NextByte::new(b'}'));
    while let Some(pos) = rest.find(['<', '{']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let at = line.len() - tail.len();
        let (is_tag, next) = if let Some(after) = tail.strip_prefix('<') {
            let after = after.trim_start_matches('/');
            (after.starts_with(|c: char| c.is_ascii_alphabetic()), &mut angles)
        } else {
            (tail[1..].starts_with('\\'), &mut braces)
        };
        match is_tag.then(|| next.at_or_after(line.as_bytes(), at)).flatten() {
            Some(end) => rest = &line[end + 1..],
            None => {
                // Not a tag: keep the character and move on.
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A cue's visible text: lines without tags, joined with a space.
pub fn visible_text(cue: &Cue, doc: &Document) -> String {
    let mut out = String::new();
    for line in cue.text_lines(doc) {
        let plain = strip_tags(line);
        let plain = plain.trim();
        if plain.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(plain);
    }
    out
}

/// Text reduced to what a translation would have to change: lowercase words of letters and
/// digits separated by single spaces, with tags, punctuation, dialogue dashes and case removed.
///
/// `"- ¿Julián?"` and `"<i>julián</i>"` both normalise to `"julián"`.
pub fn normalize_text(text: &str) -> String {
    let plain = strip_tags(text);
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

/// The language of a file, and why: from its name (`film.es.srt`, `film_ENG.srt`), else detected
/// from its text. `None` when neither tells.
pub fn file_language(path: &Path, doc: &Document) -> Option<(Lang, &'static str)> {
    if let Some(lang) = language_from_name(path) {
        return Some((lang, "file name"));
    }
    language_from_text(doc).map(|lang| (lang, "detected from the text"))
}

/// A language named in a file name (`film.es.srt`, `film_ENG.srt`, `film.es-MX.srt`): the same
/// reading `check` uses, so both commands agree on a file's language.
pub fn language_from_name(path: &Path) -> Option<Lang> {
    crate::check::filelang::lang_from_file_name(path).map(|(tag, _)| tag.lang).filter(|&lang| lang != Lang::Other)
}

/// The language of a file's text, from the first few hundred cues, if the detector is sure.
pub fn language_from_text(doc: &Document) -> Option<Lang> {
    let mut sample = String::new();
    for cue in doc.cues.iter().take(400) {
        sample.push_str(&visible_text(cue, doc));
        sample.push('\n');
        if sample.len() > 20_000 {
            break;
        }
    }
    match lang::detect(&sample) {
        Some((lang, confidence)) if confidence >= 0.6 && lang != Lang::Other => Some(lang),
        _ => None,
    }
}

/// The language of one cue's text, if the detector is confident about it.
pub fn cue_language(text: &str) -> Option<Lang> {
    // The cue-sized test: `detect` discounts short texts, so it would almost never be sure here.
    lang::detect_cue(text).filter(|&lang| lang != Lang::Other)
}

/// The English name of a language, for messages.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Spanish => "Spanish",
        Lang::English => "English",
        Lang::Other => "another language",
    }
}

/// `"Julián, ¿ya comiste?"`, shortened to about `max` characters with `…` for messages.
pub fn quote(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return format!("“{text}”");
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("“{}…”", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stripped_but_literal_brackets_stay() {
        assert_eq!(strip_tags("<i>Hola</i>, {\\an8}Julián"), "Hola, Julián");
        assert_eq!(strip_tags("<font color=\"#fff\">El Paso</font>"), "El Paso");
        assert_eq!(strip_tags("3 < 4 y {nota}"), "3 < 4 y {nota}");
        assert_eq!(strip_tags("sin cierre <i"), "sin cierre <i");
    }

    #[test]
    fn unclosed_markup_on_a_very_long_line_is_read_once() {
        // A million openings without their closing bracket: searching the rest of the line at
        // each would read 10^12 bytes or more (minutes).
        for opening in ["{\\an8", "<"] {
            let line = format!("{}x", opening.repeat(1_000_000));
            assert_eq!(strip_tags(&line), line, "{opening}");
        }
        assert_eq!(strip_tags(&format!("{}x}}", "{\\an8".repeat(1_000_000))), "");
    }

    #[test]
    fn normalisation_ignores_case_punctuation_tags_and_dashes() {
        assert_eq!(normalize_text("- ¿Julián?"), "julián");
        assert_eq!(normalize_text("<i>JULIÁN</i>"), "julián");
        assert_eq!(normalize_text("—Vámonos a Durango.\n—Ya."), "vámonos a durango ya");
        assert_eq!(normalize_text("♪ ♪"), "");
    }

    #[test]
    fn languages_come_from_file_names() {
        assert_eq!(language_from_name(Path::new("dejamos.es.srt")), Some(Lang::Spanish));
        assert_eq!(language_from_name(Path::new("/x/WWLB_ENG_v2.srt")), Some(Lang::English));
        assert_eq!(language_from_name(Path::new("subtitles.srt")), None);
    }

    #[test]
    fn long_quotes_are_shortened() {
        assert_eq!(quote("Hola", 10), "“Hola”");
        assert_eq!(quote("El camión a El Paso", 10), "“El camión…”");
    }
}
