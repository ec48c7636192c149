//! Typography per locale. en-US: curly apostrophes and quotes, `…`. es-MX: « » then “ ”, `guion`,
//! lowercase months and weekdays, `estreno`, unit symbols without period or plural. Every locale:
//! no trailing whitespace, a final newline. Only text is checked: never ids, comments or
//! expressions. All findings are warnings.
use super::model::{Locale, Node, Sink, offset_in};
use regex::Regex;
use std::sync::LazyLock;

static GUION: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?i)\bgui[óÓ]n\b").ok());
static PREMIERE: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(?i)\b(premi[eè]re|premier)s?\b").ok());
static MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"\b(Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo)\b",
    )
    .ok()
});
static PLURAL_UNIT: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d\s?(mins|hrs|hr|hs)\b").ok());
static DOTTED_UNIT: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d\s?(min|h|seg|s)\.").ok());

/// One typography finding inside a text element: rule, byte range relative to the text, message.
type Hit = (&'static str, std::ops::Range<usize>, String);

/// Report typography problems in `locale`.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    let language = locale.langid.language.as_str();
    for entry in locale.unique() {
        let Some(file) = locale.file(entry.file) else { continue };
        for (_, pattern) in entry.patterns() {
            // Quote nesting runs across the text elements of one pattern.
            let mut angle_depth = 0usize;
            let mut hits: Vec<(usize, Hit)> = Vec::new();
            super::model::walk(pattern, &mut |node| {
                let Node::Text(text) = node else { return };
                let Some(base) = offset_in(file.text, text) else { return };
                let mut found = Vec::new();
                ellipsis(text, &mut found);
                match language {
                    "en" => english(text, &mut found),
                    "es" => spanish(text, &mut angle_depth, &mut found),
                    _ => {}
                }
                hits.extend(found.into_iter().map(|hit| (base, hit)));
            });
            for (base, (rule, range, message)) in hits {
                sink.push(rule, locale, entry.file, base + range.start..base + range.end, Some(entry.key()), message);
            }
        }
    }
    for (index, file) in locale.files.iter().enumerate() {
        let mut offset = 0;
        for line in file.text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            let trimmed = content.trim_end_matches([' ', '\t']);
            if trimmed.len() < content.len() {
                sink.push(
                    "trailing-whitespace",
                    locale,
                    index,
                    offset + trimmed.len()..offset + content.len(),
                    None,
                    "this line ends with spaces or tabs; delete them".to_string(),
                );
            }
            offset += line.len();
        }
        if !file.text.is_empty() && !file.text.ends_with('\n') {
            let end = file.text.len();
            sink.push(
                "final-newline",
                locale,
                index,
                end..end,
                None,
                "the file does not end with a newline".to_string(),
            );
        }
    }
}

fn ellipsis(text: &str, out: &mut Vec<Hit>) {
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|rest| rest.find("...")) {
        let start = from + at;
        let mut end = start + 3;
        while text.get(end..).is_some_and(|rest| rest.starts_with('.')) {
            end += 1;
        }
        out.push(("ellipsis", start..end, "use the ellipsis character `…` instead of three periods".to_string()));
        from = end;
    }
}

fn english(text: &str, out: &mut Vec<Hit>) {
    for (at, c) in text.char_indices() {
        match c {
            '\'' => out.push((
                "straight-apostrophe",
                at..at + 1,
                "use a curly apostrophe `’` (or ‘ ’ for quotes inside quotes) instead of `'`".to_string(),
            )),
            '"' => out.push(("straight-quotes", at..at + 1, "use curly quotes “ ” instead of `\"`".to_string())),
            _ => {}
        }
    }
}

fn spanish(text: &str, angle_depth: &mut usize, out: &mut Vec<Hit>) {
    for (at, c) in text.char_indices() {
        match c {
            '«' => *angle_depth += 1,
            '»' => *angle_depth = angle_depth.saturating_sub(1),
            '“' if *angle_depth == 0 => out.push((
                "quote-style",
                at..at + c.len_utf8(),
                "first-level quotes in Spanish are « »; keep “ ” for quotes inside them".to_string(),
            )),
            '"' => {
                out.push(("straight-quotes", at..at + 1, "use « » (and “ ” inside them) instead of `\"`".to_string()))
            }
            '\'' => out.push((
                "straight-apostrophe",
                at..at + 1,
                "use ’ (or ‘ ’ for quotes inside “ ”) instead of `'`".to_string(),
            )),
            _ => {}
        }
    }
    if let Some(re) = GUION.as_ref() {
        for m in re.find_iter(text) {
            out.push((
                "guion-accent",
                m.range(),
                format!(
                    "write `{}` without an accent (it is a monosyllable since the 2010 Ortografía)",
                    unaccent(m.as_str())
                ),
            ));
        }
    }
    if let Some(re) = PREMIERE.as_ref() {
        for m in re.find_iter(text) {
            out.push(("estreno", m.range(), format!("use `estreno` (`estreno mundial`) instead of `{}`", m.as_str())));
        }
    }
    if let Some(re) = MONTH.as_ref() {
        for m in re.find_iter(text) {
            // After a lowercase word or a number the capital is wrong ("11 de Marzo"); after a
            // capitalized word it is likely part of a name ("Javier Domingo"); at a sentence start
            // it is right.
            let previous = text.get(..m.start()).and_then(|before| before.split_whitespace().next_back());
            let wrong = previous.and_then(|w| w.chars().next()).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                && !previous.is_some_and(|w| w.ends_with(['.', '!', '?', ':']));
            if wrong {
                out.push((
                    "month-case",
                    m.range(),
                    format!("months and weekdays are lowercase in Spanish: `{}`", m.as_str().to_lowercase()),
                ));
            }
        }
    }
    if let Some(re) = PLURAL_UNIT.as_ref() {
        for c in re.captures_iter(text) {
            if let Some(unit) = c.get(1) {
                let symbol = if unit.as_str().starts_with('m') { "min" } else { "h" };
                out.push((
                    "unit-symbol",
                    unit.range(),
                    format!("unit symbols have no plural: write `{symbol}`, not `{}`", unit.as_str()),
                ));
            }
        }
    }
    if let Some(re) = DOTTED_UNIT.as_ref() {
        for c in re.captures_iter(text) {
            let (Some(all), Some(unit)) = (c.get(0), c.get(1)) else { continue };
            // A period that ends the sentence is punctuation, not part of the symbol.
            let rest = text.get(all.end()..).unwrap_or("").trim_start();
            let sentence_end = rest.chars().next().is_none_or(char::is_uppercase);
            if !sentence_end {
                out.push((
                    "unit-symbol",
                    unit.start()..all.end(),
                    format!("unit symbols take no period: write `{}`", unit.as_str()),
                ));
            }
        }
    }
}

fn unaccent(word: &str) -> String {
    word.replace('ó', "o").replace('Ó', "O")
}
