//! Language tags as people write them (`es`, `es-MX`, `es_419`, `spa`, `en-US`, `eng`) and the
//! language hidden in a file name (`film.es.srt`, `film_es.srt`, `film.spa.srt`,
//! `film-en-US.srt`).
use super::Lang;
use std::path::Path;

/// A language tag resolved to the language the checks use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangTag {
    /// The language the checks use.
    pub lang: Lang,
    /// The tag in canonical form: `es`, `es-MX`, `es-419`, `en-US`, `fr`.
    pub tag: String,
}

/// ISO 639-1 codes (and a few 639-2 ones) of languages other than Spanish and English that show
/// up in subtitle file names. Words that are common in titles are left out.
const OTHER_LANGUAGES: &[&str] = &[
    "ar", "bg", "ca", "cs", "da", "de", "el", "et", "eu", "fa", "fi", "fr", "gl", "he", "hr", "hu", "id", "it", "ja",
    "ko", "lt", "lv", "ms", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tr", "uk",
    "vi", "zh", "fra", "fre", "deu", "ger", "ita", "por", "jpn", "kor", "chi", "zho", "rus", "ara", "nld", "dut",
    "pol", "tur", "swe", "cat",
];

/// Tokens in file names that describe the track, not its language (`film.es.forced.srt`).
const TRACK_WORDS: &[&str] = &["forced", "sdh", "cc", "hi", "default", "full", "subs", "subtitles", "final"];

/// Parse a language tag: `es`, `ES`, `spa`, `es-MX`, `es_mx`, `es-419`, `en-US`, `eng`, `fr`, or a
/// language name (`spanish`, `español`, `english`).
pub fn parse_lang_tag(text: &str) -> Option<LangTag> {
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let primary = parts.next()?.to_lowercase();
    let region = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let (lang, base) = match primary.as_str() {
        "es" | "spa" | "esp" | "spanish" | "español" | "espanol" | "castellano" => (Lang::Spanish, "es"),
        "en" | "eng" | "english" | "inglés" | "ingles" => (Lang::English, "en"),
        other if OTHER_LANGUAGES.contains(&other) => (Lang::Other, other),
        _ => return None,
    };
    let region = match region {
        None => None,
        Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()) => Some(r.to_ascii_uppercase()),
        Some(r) if r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()) => Some(r.to_string()),
        Some(_) => return None,
    };
    let tag = match region {
        Some(region) => format!("{base}-{region}"),
        None => base.to_string(),
    };
    Some(LangTag { lang, tag })
}

/// Parse a language tag someone typed: what [`parse_lang_tag`] reads, else a well-formed BCP 47
/// tag whose language [`parse_lang_tag`] knows, with any script, region or variant subtags
/// (`zh-Hant`, `pt-BR`, `sr-Latn-RS`; `_` is taken as `-`), kept as written. Returns `None` for
/// text that is not a tag, or names no language it knows (`xx`).
pub fn parse_given_tag(text: &str) -> Option<LangTag> {
    if let Some(tag) = parse_lang_tag(text) {
        return Some(tag);
    }
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let language = parse_lang_tag(parts.next()?)?;
    let well_formed = parts.all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    well_formed.then(|| LangTag { lang: language.lang, tag: text.replace('_', "-") })
}

/// The language in a file name, and the part of the name it came from.
///
/// The name without its extension is split at `.`, `_` and spaces; the last three pieces after
/// the title are tried from the end, skipping track words (`forced`, `sdh`) and pieces with
/// digits (`cp1252`, `v2`, `2022`); any other word ends the search, so a title word is never
/// taken for a language. A piece with hyphens is tried whole (`es-419`), then by its last one or
/// two hyphen-separated parts (`film-es-MX`).
pub fn lang_from_file_name(path: &Path) -> Option<(LangTag, String)> {
    let stem = path.file_stem()?.to_str()?;
    let pieces: Vec<&str> = stem.split(['.', '_', ' ']).filter(|p| !p.is_empty()).collect();
    // The first piece is the title itself (`es.srt` has no title, so keep it if it is alone).
    let candidates = if pieces.len() > 1 { &pieces[1..] } else { &pieces[..] };
    for piece in candidates.iter().rev().take(3) {
        if let Some(tag) = parse_lang_tag(piece) {
            return Some((tag, (*piece).to_string()));
        }
        let hyphenated: Vec<&str> = piece.split('-').collect();
        if hyphenated.len() > 1 {
            let n = hyphenated.len();
            let last_two = format!("{}-{}", hyphenated[n - 2], hyphenated[n - 1]);
            if let Some(tag) = parse_lang_tag(&last_two) {
                return Some((tag, last_two));
            }
            if let Some(tag) = parse_lang_tag(hyphenated[n - 1]) {
                return Some((tag, hyphenated[n - 1].to_string()));
            }
        }
        // Track words (`forced`) and technical pieces with digits (`cp1252`, `v2`, `2022`, `1080p`).
        if TRACK_WORDS.contains(&piece.to_ascii_lowercase().as_str()) || piece.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_and_year_pieces_are_skipped() {
        assert_eq!(from_name("WWLB_ENG_v2.srt"), Some("en".to_string()));
        assert_eq!(from_name("film.es-MX.2022.srt"), Some("es-MX".to_string()));
    }

    fn from_name(name: &str) -> Option<String> {
        lang_from_file_name(Path::new(name)).map(|(t, _)| t.tag)
    }

    #[test]
    fn tags_normalise() {
        assert_eq!(parse_lang_tag("es_mx").map(|t| t.tag), Some("es-MX".to_string()));
        assert_eq!(parse_lang_tag("spa").map(|t| (t.lang, t.tag)), Some((Lang::Spanish, "es".to_string())));
        assert_eq!(parse_lang_tag("es-419").map(|t| t.tag), Some("es-419".to_string()));
        assert_eq!(parse_lang_tag("eng").map(|t| t.lang), Some(Lang::English));
        assert_eq!(parse_lang_tag("fr").map(|t| t.lang), Some(Lang::Other));
        assert_eq!(parse_lang_tag("xx"), None);
        assert_eq!(parse_lang_tag("es-Mexico"), None);
    }

    #[test]
    fn given_tags_accept_well_formed_bcp_47_tags_of_known_languages() {
        assert_eq!(parse_given_tag("es_MX").map(|t| (t.lang, t.tag)), Some((Lang::Spanish, "es-MX".to_string())));
        assert_eq!(parse_given_tag("zh_Hant").map(|t| (t.lang, t.tag)), Some((Lang::Other, "zh-Hant".to_string())));
        assert_eq!(parse_given_tag("fr-CA").map(|t| t.tag), Some("fr-CA".to_string()));
        assert_eq!(parse_given_tag("sr_Latn_RS").map(|t| t.tag), Some("sr-Latn-RS".to_string()));
        assert_eq!(parse_given_tag("xx"), None);
        assert_eq!(parse_given_tag("español!"), None);
        assert_eq!(parse_given_tag("e"), None);
    }

    #[test]
    fn file_names() {
        assert_eq!(from_name("film.es.srt").as_deref(), Some("es"));
        assert_eq!(from_name("film_es.srt").as_deref(), Some("es"));
        assert_eq!(from_name("film.spa.srt").as_deref(), Some("es"));
        assert_eq!(from_name("dir/What We Leave Behind.es-419.srt").as_deref(), Some("es-419"));
        assert_eq!(from_name("film.es-MX.srt").as_deref(), Some("es-MX"));
        assert_eq!(from_name("film.en-US.srt").as_deref(), Some("en-US"));
        assert_eq!(from_name("film.eng.forced.srt").as_deref(), Some("en"));
        assert_eq!(from_name("lo-que-dejamos-atras-es.srt").as_deref(), Some("es"));
        assert_eq!(from_name("film-en-US.srt").as_deref(), Some("en-US"));
        assert_eq!(from_name("film.fr.srt").as_deref(), Some("fr"));
        assert_eq!(from_name("film.srt"), None);
        assert_eq!(from_name("reel2.final.srt"), None);
        assert_eq!(from_name("es.srt").as_deref(), Some("es"));
        assert_eq!(from_name("bus-ride.es.cp1252.srt").as_deref(), Some("es"));
        assert_eq!(from_name("Do.It.Now.srt"), None);
    }
}
