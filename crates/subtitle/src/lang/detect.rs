//! Language detection from text (Spanish or English), used when neither `--lang` nor the file
//! name says which language a file is in, and by `wrong-language` and `pair`'s `untranslated`.
//!
//! The classifier is small and dependency-free: it counts function words that belong to only one
//! of the languages (`the`, `you`, `que`, `los` — words both share, such as `a`, `no`, `me`, `he`,
//! `son`, are ignored), plus character cues: `¿` and `¡` are Spanish only, `ñ` nearly so, accented
//! vowels lean Spanish (but names such as `Julián` appear in English subtitles too, so they weigh
//! little), and contractions (`don't`, `it's`) are English. A handful of French, Portuguese,
//! Italian and German function words let it say [`Lang::Other`] instead of guessing.
use super::Lang;
use crate::document::Document;
use crate::visible::{Piece, pieces};
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// What [`evidence`] found in a text: a score per language and the number of words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// Spanish score.
    pub spanish: f64,
    /// English score.
    pub english: f64,
    /// Score of other languages (French, Portuguese, Italian, German).
    pub other: f64,
    /// Words (runs of letters) seen.
    pub words: usize,
    /// Words that start with a capital letter (titles and names are all capitals).
    pub capitalized: usize,
    /// Sentence punctuation seen (`.`, `,`, `?`, `!`, `…`): a title or a name has none.
    pub marks: usize,
}

impl Evidence {
    /// The best language, its score and the runner-up's score.
    fn ranking(&self) -> (Lang, f64, f64) {
        let mut scores = [(Lang::Spanish, self.spanish), (Lang::English, self.english), (Lang::Other, self.other)];
        scores.sort_by(|a, b| b.1.total_cmp(&a.1));
        (scores[0].0, scores[0].1, scores[1].1)
    }

    fn total(&self) -> f64 {
        self.spanish + self.english + self.other
    }

    /// The evidence of two texts together. Scores are sums of halves and small integers, which
    /// f64 adds exactly, so the order of addition never changes a result.
    /// The evidence of two texts together.
    pub fn plus(self, other: Evidence) -> Evidence {
        Evidence {
            spanish: self.spanish + other.spanish,
            english: self.english + other.english,
            other: self.other + other.other,
            words: self.words + other.words,
            capitalized: self.capitalized + other.capitalized,
            marks: self.marks + other.marks,
        }
    }
}

/// Count the evidence for each language in `text`. Markup (`<i>`, `{\an8}`) is skipped.
pub fn evidence(text: &str) -> Evidence {
    evidence_of_lines(text.lines())
}

/// [`evidence`] over separate lines, such as a cue's text lines.
pub fn evidence_of_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Evidence {
    let mut ev = Evidence::default();
    for line in lines {
        add_line(line, &mut ev);
    }
    ev
}

fn add_line(line: &str, ev: &mut Evidence) {
    for piece in pieces(line) {
        if let Piece::Text(range) = piece {
            add_evidence(line.get(range).unwrap_or(""), ev);
        }
    }
}

fn add_evidence(text: &str, ev: &mut Evidence) {
    // Words are lowercased into a stack buffer: no allocation per word.
    let mut buf = [0u8; 32];
    let mut chars = text.char_indices().peekable();
    while let Some((_, ch)) = chars.next() {
        if matches!(ch, '¿' | '¡') {
            ev.spanish += 2.0;
            continue;
        }
        if !ch.is_alphabetic() {
            if matches!(ch, '.' | ',' | '?' | '!' | '…' | ';' | ':') {
                ev.marks += 1;
            }
            continue;
        }
        let mut len = 0;
        let mut overflow = false;
        let mut enye = false;
        let mut accent = false;
        let mut foreign = false;
        let mut apostrophe = false;
        let mut current = Some(ch);
        while let Some(c) = current {
            if c.is_ascii() {
                // The common case, without Unicode case tables.
                let lower = c.to_ascii_lowercase();
                if lower == '\'' {
                    apostrophe = true;
                }
                if len < buf.len() {
                    buf[len] = lower as u8;
                    len += 1;
                } else {
                    overflow = true;
                }
                current = next_in_word(&mut chars);
                continue;
            }
            for lower in c.to_lowercase() {
                match lower {
                    'ñ' => enye = true,
                    'á' | 'é' | 'í' | 'ó' | 'ú' => accent = true,
                    'ç' | 'ã' | 'õ' | 'à' | 'è' | 'ê' | 'â' | 'ô' | 'î' | 'û' | 'ë' | 'ï' | 'œ' | 'ß' | 'ä' | 'ö'
                    | 'å' | 'ø' | 'æ' | 'č' | 'ć' | 'š' | 'ž' | 'đ' | 'ł' | 'ő' | 'ű' | 'ş' | 'ğ' | 'ı' | 'ř' | 'ě'
                    | 'ů' | 'ý' | 'ą' | 'ę' | 'ś' | 'ź' | 'ż' | 'ń' => foreign = true,
                    '\'' | '’' => apostrophe = true,
                    _ => {}
                }
                let lower = if lower == '’' { '\'' } else { lower };
                let width = lower.len_utf8();
                if len + width <= buf.len() {
                    lower.encode_utf8(&mut buf[len..len + width]);
                    len += width;
                } else {
                    overflow = true;
                }
            }
            current = next_in_word(&mut chars);
        }
        ev.words += 1;
        if ch.is_uppercase() {
            ev.capitalized += 1;
        }
        // A word in another script (Cyrillic, Greek, CJK…) is neither Spanish nor English.
        if !is_latin(ch) {
            ev.other += 1.0;
            continue;
        }
        let word = if overflow { "" } else { std::str::from_utf8(&buf[..len]).unwrap_or("") };
        let listed = if word.is_empty() { None } else { WORDS.get(word) };
        if let Some(lang) = listed {
            match lang {
                Lang::Spanish => ev.spanish += 1.0,
                Lang::English => ev.english += 1.0,
                Lang::Other => ev.other += 1.0,
            }
        } else if enye {
            ev.spanish += 1.0;
        } else if apostrophe && english_contraction(word) {
            ev.english += 1.0;
        } else if foreign {
            ev.other += 1.0;
        } else if accent {
            ev.spanish += 0.5;
        }
    }
}

/// The share of words a language's evidence must reach before a text is said to be in it.
const MIN_COVERAGE: f64 = 0.2;

/// Whether a letter is Latin script (Basic Latin to Latin Extended-B, and Latin Extended
/// Additional).
fn is_latin(ch: char) -> bool {
    (ch as u32) < 0x250 || ('\u{1e00}'..='\u{1eff}').contains(&ch)
}

/// Count the evidence in a parsed file's cue text only (index lines, timestamps and coordinates
/// such as `X1:… Y1:…` are not text).
pub fn document_evidence(doc: &Document) -> Evidence {
    if doc.cues.len() >= crate::visible::PARALLEL_FROM_CUES {
        doc.cues
            .par_chunks(1024)
            .map(|cues| evidence_of_lines(cues.iter().flat_map(|cue| cue.text_lines(doc))))
            .reduce(Evidence::default, Evidence::plus)
    } else {
        evidence_of_lines(doc.cues.iter().flat_map(|cue| cue.text_lines(doc)))
    }
}

/// The next character of the current word, consumed: a letter, or an apostrophe between letters
/// (`don't`, `it’s`).
fn next_in_word(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<char> {
    match chars.peek() {
        Some(&(_, next)) if next.is_alphabetic() => {
            chars.next();
            Some(next)
        }
        Some(&(_, next @ ('\'' | '’'))) => {
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek().is_some_and(|&(_, c)| c.is_alphabetic()) {
                chars.next();
                Some(next)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Guess the language of a text, with a confidence from 0 to 1; `None` when there is too little
/// text to tell or the evidence is balanced.
pub fn detect(text: &str) -> Option<(Lang, f64)> {
    decide(evidence(text))
}

/// [`detect`] over a parsed file's cue text: what the engine uses for a file whose language
/// neither `--lang` nor its name gives.
pub fn detect_document(doc: &Document) -> Option<(Lang, f64)> {
    decide(document_evidence(doc))
}

/// [`detect_document`] from evidence gathered some other way (a file read piece by piece).
pub fn detect_evidence(evidence: Evidence) -> Option<(Lang, f64)> {
    decide(evidence)
}

fn decide(ev: Evidence) -> Option<(Lang, f64)> {
    let total = ev.total();
    let (lang, best, second) = ev.ranking();
    if total < 3.0 || best - second < 1.0 {
        return None;
    }
    // Spanish and English text is full of function words (a third of the words or more); a few
    // scattered hits in a long text mean another language that shares some short words.
    if lang != Lang::Other && best < MIN_COVERAGE * ev.words as f64 {
        return (ev.words >= 20).then_some((Lang::Other, 0.5));
    }
    // The share of the evidence that is the winner's lead, discounted for small samples.
    let margin = (best - second) / total;
    let confidence = margin * total / (total + 5.0);
    Some((lang, (confidence * 100.0).round() / 100.0))
}

/// The language of a short text such as one cue, only when it is clear: at least three words, a
/// third of them listed words of the language, and either three points of evidence with next to
/// nothing for any other language, or two points with nothing at all for another in a text that
/// reads as a sentence (punctuated, not all capitals: titles are names). Names,
/// numbers and one- or two-word cues (`OK`, `Julián`, `¿Y tú?`) never qualify.
pub fn detect_cue(text: &str) -> Option<Lang> {
    detect_cue_lines(text.lines())
}

/// [`detect_cue`] over a cue's text lines (no joining needed).
pub fn detect_cue_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    let ev = evidence_of_lines(lines);
    if ev.words < 3 {
        return None;
    }
    let (lang, best, second) = ev.ranking();
    let covered = lang == Lang::Other || best >= 0.34 * ev.words as f64;
    let clear = best >= 3.0 && best - second >= 2.5 && second <= best / 4.0;
    // A short plain sentence (`Who issued it?`, `They spent their own money`) has two listed
    // words at most: it qualifies when nothing at all speaks for any other language.
    // A sentence, not a title (`What We Leave Behind`, `Lo que dejamos atrás`): it has
    // punctuation and words in lowercase.
    let sentence = ev.marks > 0 && ev.capitalized < ev.words;
    let short_and_unopposed = lang != Lang::Other && best >= 2.0 && second == 0.0 && sentence;
    ((clear || short_and_unopposed) && covered).then_some(lang)
}

/// FNV-1a: the listed words are a fixed, trusted set, so a fast non-keyed hash is fine here.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// Every listed word and its language.
static WORDS: LazyLock<HashMap<&'static str, Lang, BuildHasherDefault<Fnv>>> = LazyLock::new(|| {
    let lists = [(SPANISH_WORDS, Lang::Spanish), (ENGLISH_WORDS, Lang::English), (OTHER_WORDS, Lang::Other)];
    lists.iter().flat_map(|(words, lang)| words.iter().map(move |w| (*w, *lang))).collect()
});

fn english_contraction(word: &str) -> bool {
    ["'s", "n't", "'re", "'ll", "'ve", "'m", "'d"].iter().any(|s| word.ends_with(s))
}

/// Function words and very common words that are Spanish and not English.
const SPANISH_WORDS: &[&str] = &[
    "de", "la", "que", "qué", "el", "en", "y", "los", "se", "del", "las", "un", "por", "con", "una", "su", "para",
    "es", "al", "lo", "como", "cómo", "más", "pero", "sus", "le", "ya", "o", "este", "sí", "si", "porque", "esta",
    "está", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "dónde", "quien", "quién",
    "desde", "todo", "nos", "todos", "uno", "les", "ni", "otros", "ese", "eso", "esto", "mí", "antes", "unos", "yo",
    "otro", "otra", "él", "ella", "ellos", "ellas", "tanto", "esa", "estos", "mucho", "nada", "muchos", "cual", "cuál",
    "poco", "estar", "estas", "algo", "nosotros", "mi", "mis", "tú", "te", "ti", "tu", "tus", "usted", "ustedes",
    "estoy", "estás", "están", "estamos", "soy", "eres", "somos", "fue", "tengo", "tiene", "tienes", "tenemos",
    "vamos", "voy", "va", "hace", "bien", "aquí", "así", "ahora", "entonces", "sé", "creo", "quiero", "quieres",
    "puedo", "puede", "sabes", "mamá", "papá", "gracias", "hola", "casa", "años", "vez", "día", "siempre", "nunca",
    "dice", "dijo", "hacer", "ver", "vida", "allá", "allí", "acá", "ahí", "bueno", "solo", "sólo", "pues", "oye",
    "mira", "luego", "después", "tiempo", "mismo", "cosa", "cosas", "gente", "hijo", "hija", "padre", "madre",
    "trabajo", "había", "nomás", "órale",
    // Everyday words of plain short sentences (`Nadie sabía`, `Ya casi`).
    "hoy", "mañana", "ayer", "noche", "agua", "puerta", "quedó", "quería", "tenía", "era", "eran", "hizo", "puso",
    "cuarto", "cuánto", "cuándo", "nadie", "alguien", "todavía", "ahorita", "mija", "mijo", "abuelo", "abuela",
    "nietos", "hijas", "hijos", "camión", "niño", "niña", "viejo", "viejos", "pueblo", "esos", "sabía", "tienen",
    "quiere", "puedes", "nuestra", "nuestro", "cada", "casi", "algún", "alguna", "ningún", "ninguna", "otras", "vas",
    "hacía", "sea", "fuera", "estaba", "estaban", "hemos", "han",
];

/// Function words and very common words that are English and not Spanish.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "you",
    "it",
    "and",
    "to",
    "of",
    "that",
    "what",
    "this",
    "was",
    "we",
    "they",
    "my",
    "your",
    "are",
    "have",
    "do",
    "don't",
    "not",
    "with",
    "for",
    "on",
    "in",
    "at",
    "be",
    "but",
    "so",
    "she",
    "there",
    "here",
    "just",
    "know",
    "like",
    "can",
    "will",
    "would",
    "all",
    "get",
    "go",
    "got",
    "yes",
    "yeah",
    "well",
    "how",
    "why",
    "where",
    "when",
    "who",
    "him",
    "her",
    "his",
    "our",
    "us",
    "if",
    "from",
    "about",
    "think",
    "want",
    "one",
    "out",
    "up",
    "now",
    "then",
    "right",
    "good",
    "really",
    "an",
    "been",
    "had",
    "were",
    "did",
    "does",
    "could",
    "should",
    "going",
    "because",
    "very",
    "say",
    "said",
    "thank",
    "thanks",
    "please",
    "sorry",
    "i",
    "i'm",
    "it's",
    "that's",
    "is",
    "can't",
    "didn't",
    "won't",
    "let's",
    "there's",
    "what's",
    "them",
    "their",
    "some",
    "never",
    "always",
    "see",
    "look",
    "tell",
    "make",
    "way",
    "mom",
    "dad",
    "back",
    "these",
    "those",
    "which",
    "more",
    "only",
    "even",
    "still",
    "other",
    "something",
    "nothing",
    "everything",
    "people",
    "home",
    "house",
    "work",
    "day",
    "life",
    "told",
    "went",
    "father",
    "mother",
    // Everyday words of plain short sentences (`It took them a long time`, `Who issued it?`).
    "took",
    "long",
    "time",
    "same",
    "thing",
    "happened",
    "spent",
    "own",
    "money",
    "am",
    "by",
    "or",
    "off",
    "over",
    "into",
    "than",
    "too",
    "also",
    "again",
    "after",
    "before",
    "first",
    "last",
    "new",
    "old",
    "man",
    "little",
    "much",
    "many",
    "take",
    "put",
    "give",
    "keep",
    "need",
    "anything",
    "nobody",
    "someone",
    "everyone",
    "years",
    "year",
    "every",
    "each",
    "around",
    "down",
    "through",
    "without",
    "made",
    "left",
    "came",
    "saw",
    "gave",
    "found",
    "wanted",
    "used",
    "anymore",
    "whole",
    "already",
    "maybe",
    "almost",
    "until",
    "while",
    "since",
    "yet",
    "who's",
    "isn't",
    "wasn't",
    "doesn't",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "night",
    "water",
    "door",
    "lives",
    "stay",
    "best",
    "done",
    "bring",
    "let",
    "someday",
    "forever",
    "comes",
    "kept",
    "it'll",
    "you're",
    "we're",
    "they're",
    "he's",
    "she's",
    "i've",
    "i'll",
    "i'd",
    "you've",
    "we'll",
    "himself",
    "herself",
    "myself",
    "yourself",
    "hope",
];

/// A few unmistakable function words of French, Portuguese, Italian, German, Danish and
/// Norwegian, Dutch, Croatian and Serbian, and Polish.
const OTHER_WORDS: &[&str] = &[
    "je", "vous", "nous", "est", "pas", "et", "avec", "pour", "dans", "c'est", "j'ai", "qui", "il", "elle", "mais",
    "oui", "merci", "ça", "très", "não", "você", "eu", "ele", "ela", "isso", "muito", "obrigado", "obrigada", "sim",
    "estou", "tudo", "então", "ich", "nicht", "und", "der", "das", "ist", "wir", "ein", "eine", "mit", "auf", "für",
    "nein", "danke", "che", "non", "sono", "gli", "della", "questo", "perché", "grazie", "io", "lui", "lei",
    // Danish and Norwegian, Dutch, Croatian and Serbian, Polish.
    "og", "jeg", "ikke", "det", "er", "har", "hvad", "til", "med", "på", "hun", "du", "het", "een", "niet", "ik", "wat",
    "zijn", "dat", "maar", "ook", "naar", "što", "šta", "nije", "sam", "smo", "će", "ću", "ovo", "kako", "gdje", "gde",
    "zašto", "sve", "ali", "ako", "nie", "jest", "się", "że",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_spanish_and_english_dialogue() {
        let es = "¿Dónde estabas? Te estuve buscando toda la tarde.\nMi papá dice que ya no vamos a volver.";
        let en = "Where were you? I was looking for you all afternoon.\nMy dad says we're not going back.";
        let (lang, confidence) = detect(es).expect("spanish");
        assert_eq!(lang, Lang::Spanish);
        assert!(confidence > 0.5, "{confidence}");
        let (lang, confidence) = detect(en).expect("english");
        assert_eq!(lang, Lang::English);
        assert!(confidence > 0.5, "{confidence}");
    }

    #[test]
    fn document_detection_reads_cue_text_only() {
        let source = "1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:30 Y2:40\nWhere were you?\n\n\
                      2\n00:00:03,000 --> 00:00:04,000\nI don't know what you mean.\n";
        let doc = crate::srt::parse_str(source);
        assert_eq!(document_evidence(&doc).spanish, 0.0);
        assert_eq!(detect_document(&doc).map(|d| d.0), Some(Lang::English));
    }

    #[test]
    fn word_lists_are_lowercase_and_disjoint() {
        let total = SPANISH_WORDS.len() + ENGLISH_WORDS.len() + OTHER_WORDS.len();
        assert_eq!(WORDS.len(), total, "a word is listed twice");
        for word in WORDS.keys() {
            assert_eq!(word.to_lowercase(), *word);
        }
    }

    #[test]
    fn markup_is_not_evidence() {
        assert_eq!(evidence("<i>Julián</i>").english, 0.0);
        assert_eq!(evidence("<i>Julián</i>").words, 1);
    }

    #[test]
    fn too_little_text_is_no_answer() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("OK"), None);
        assert_eq!(detect("1\n00:00:01,000 --> 00:00:02,000\n12345\n"), None);
    }

    #[test]
    fn other_languages_are_not_forced_into_spanish_or_english() {
        let texts = [
            "Je ne sais pas où il est. C'est très bien, merci, nous avons tout.",
            "Jeg ved ikke, hvad du vil have. Det er ikke min sag, og han er her ikke. Vi ses i morgen på stationen.",
            "Ne znam što hoćeš. To nije moja stvar, ali ako želiš, možemo ići sutra u grad. Sve je u redu, samo polako.",
            "Я не знаю, чего ты хочешь. Это не моё дело, но если хочешь, мы можем пойти завтра.",
        ];
        for text in texts {
            assert_eq!(detect(text).map(|d| d.0), Some(Lang::Other), "{text}");
        }
        // A Danish line that shares `en` and `de` with Spanish is not a Spanish cue.
        assert_eq!(detect_cue("Ella er hos en veninde, og de kommer i morgen."), None);
    }

    #[test]
    fn cues_need_a_clear_majority_and_enough_words() {
        assert_eq!(detect_cue("I don't know what you want."), Some(Lang::English));
        assert_eq!(detect_cue("No sé qué es lo que quieres."), Some(Lang::Spanish));
        for short in ["OK", "Julián", "Julián, ¿vienes?", "¿Y tú?", "Iliana Sosa", "1998", "No, no, no.", "Oh, my God"]
        {
            assert_eq!(detect_cue(short), None, "{short}");
        }
    }
}
