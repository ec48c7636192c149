//! Typography per locale. en-US: curly apostrophes and quotes, `…`. es-MX: « » then “ ”, `guion`,
//! lowercase months and weekdays, `estreno`, unit symbols without period or plural. Every locale:
//! no trailing whitespace, a final newline. Only text is checked: never ids, comments or
//! expressions. All findings are warnings.
use super::model::{Locale, Node, Sink, offset_in};
use crate::msg;
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
type Hit = (&'static str, std::ops::Range<usize>, crate::diagnostic::Message);

/// Report typography problems in `locale`.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    let language = locale.langid.language.as_str();
    for entry in locale.unique() {
        let Some(file) = locale.file(entry.file) else { continue };
        for (_, pattern) in entry.patterns() {
            // Quote nesting and inline markup (`<i lang="en">`) run across the text elements of
            // one pattern.
            let mut angle_depth = 0usize;
            let mut in_tag = false;
            let mut hits: Vec<(usize, Hit)> = Vec::new();
            super::model::walk(pattern, &mut |node| {
                let Node::Text(text) = node else { return };
                let Some(base) = offset_in(file.text, text) else { return };
                let mut found = Vec::new();
                ellipsis(text, &mut found);
                match language {
                    "en" => english(text, &mut in_tag, &mut found),
                    "es" => spanish(text, &mut angle_depth, &mut in_tag, &mut found),
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
                    msg!("locales-trailing-whitespace"),
                );
            }
            offset += line.len();
        }
        if !file.text.is_empty() && !file.text.ends_with('\n') {
            let end = file.text.len();
            sink.push("final-newline", locale, index, end..end, None, msg!("locales-final-newline"));
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
        out.push(("ellipsis", start..end, msg!("locales-ellipsis")));
        from = end;
    }
}

/// The characters of `text` outside inline markup tags such as `<i lang="en">`, whose quotes
/// are HTML syntax, not typography. `in_tag` carries an open tag across text elements.
fn prose(text: &str, in_tag: &mut bool) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if *in_tag {
            *in_tag = c != '>';
        } else if c == '<' && chars.peek().is_some_and(|(_, n)| n.is_ascii_alphabetic() || *n == '/') {
            *in_tag = true;
        } else {
            out.push((at, c));
        }
    }
    out
}

fn english(text: &str, in_tag: &mut bool, out: &mut Vec<Hit>) {
    for (at, c) in prose(text, in_tag) {
        match c {
            '\'' => out.push(("straight-apostrophe", at..at + 1, msg!("locales-straight-apostrophe-en"))),
            '"' => out.push(("straight-quotes", at..at + 1, msg!("locales-straight-quotes-en"))),
            _ => {}
        }
    }
}

fn spanish(text: &str, angle_depth: &mut usize, in_tag: &mut bool, out: &mut Vec<Hit>) {
    for (at, c) in prose(text, in_tag) {
        match c {
            '«' => *angle_depth += 1,
            '»' => *angle_depth = angle_depth.saturating_sub(1),
            '“' if *angle_depth == 0 => out.push(("quote-style", at..at + c.len_utf8(), msg!("locales-quote-style"))),
            '"' => out.push(("straight-quotes", at..at + 1, msg!("locales-straight-quotes-es"))),
            '\'' => out.push(("straight-apostrophe", at..at + 1, msg!("locales-straight-apostrophe-es"))),
            _ => {}
        }
    }
    if let Some(re) = GUION.as_ref() {
        for m in re.find_iter(text) {
            out.push(("guion-accent", m.range(), msg!("locales-guion-accent", word = unaccent(m.as_str()))));
        }
    }
    if let Some(re) = PREMIERE.as_ref() {
        for m in re.find_iter(text) {
            out.push(("estreno", m.range(), msg!("locales-estreno", word = m.as_str())));
        }
    }
    if let Some(re) = MONTH.as_ref() {
        for m in re.find_iter(text) {
            // After a lowercase word or a number the capital is wrong ("11 de Marzo"); after a
            // capitalized word it is likely part of a name ("Javier Domingo"); at a sentence start
            // it is right.
            // Followed by another capitalized word it is a name or a holiday ("Julio Bracho",
            // "Viernes Santo").
            let previous = text.get(..m.start()).and_then(|before| before.split_whitespace().next_back());
            let next = text.get(m.end()..).and_then(|after| after.split_whitespace().next());
            let wrong = previous.and_then(|w| w.chars().next()).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                && !previous.is_some_and(|w| w.ends_with(['.', '!', '?', ':']))
                && !next.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
            if wrong {
                out.push(("month-case", m.range(), msg!("locales-month-case", word = m.as_str().to_lowercase())));
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
                    msg!("locales-unit-plural", symbol = symbol, unit = unit.as_str()),
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
                out.push(("unit-symbol", unit.start()..all.end(), msg!("locales-unit-period", unit = unit.as_str())));
            }
        }
    }
}

fn unaccent(word: &str) -> String {
    word.replace('ó', "o").replace('Ó', "O")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_inside_markup_tags_are_not_typography() {
        let mut in_tag = false;
        let mut out = Vec::new();
        english(r#"Her short <i lang="en">An Uncertain Future</i> and "this""#, &mut in_tag, &mut out);
        let columns: Vec<usize> = out.iter().map(|(_, range, _)| range.start).collect();
        assert_eq!(columns, [51, 56]);
        // A tag left open at the end of one text element continues into the next.
        let mut out = Vec::new();
        english(r#"<a href=""#, &mut in_tag, &mut out);
        assert!(in_tag && out.is_empty());
        english(r#"">it's"#, &mut in_tag, &mut out);
        assert_eq!(out.len(), 1);
        assert!(!in_tag);
    }

    #[test]
    fn capitalized_months_are_reported_only_where_lowercase_is_due() {
        let months = |text: &str| {
            let mut out = Vec::new();
            spanish(text, &mut 0, &mut false, &mut out);
            out.into_iter().filter(|(rule, _, _)| *rule == "month-case").count()
        };
        assert_eq!(months("el 11 de Marzo de 2022"), 1);
        assert_eq!(months("cada Lunes"), 1);
        assert_eq!(months("Marzo de 2022 fue largo."), 0);
        assert_eq!(months("Fin. Mayo llegó."), 0);
        assert_eq!(months("con el director Julio Bracho"), 0);
        assert_eq!(months("el Viernes Santo"), 0);
        assert_eq!(months("el 11 de marzo"), 0);
    }

    fn spanish_rules(text: &str) -> Vec<&'static str> {
        let mut out = Vec::new();
        spanish(text, &mut 0, &mut false, &mut out);
        out.into_iter().map(|(rule, _, _)| rule).collect()
    }

    #[test]
    fn unit_symbols_take_no_period_or_plural_but_a_sentence_may_end() {
        assert_eq!(spanish_rules("Duración: 1 h. 12 min"), ["unit-symbol"]);
        assert_eq!(spanish_rules("Dura 72 mins"), ["unit-symbol"]);
        assert_eq!(spanish_rules("Dura 2 hrs"), ["unit-symbol"]);
        assert!(spanish_rules("Dura 72 min.").is_empty());
        assert!(spanish_rules("Dura 72 min. Luego, nada.").is_empty());
        assert!(spanish_rules("Dura 1 h 12 min").is_empty());
    }

    #[test]
    fn spanish_word_rules() {
        assert_eq!(spanish_rules("Guión y dirección"), ["guion-accent"]);
        assert_eq!(spanish_rules("Su première mundial"), ["estreno"]);
        assert_eq!(spanish_rules("La Premier en Austin"), ["estreno"]);
        assert!(spanish_rules("Guion: Iliana Sosa. Estreno mundial.").is_empty());
        assert_eq!(spanish_rules("Dijo: “sí”, y «“no”»"), ["quote-style"]);
    }

    #[test]
    fn a_comparison_is_not_a_tag() {
        let mut in_tag = false;
        let mut out = Vec::new();
        english("1 < 2 and it's fine", &mut in_tag, &mut out);
        assert!(!in_tag);
        assert_eq!(out.len(), 1);
    }
}
