//! Spanish style the typography check cannot see inside one line of source text: a capitalised
//! month or weekday anywhere in a message that is not at the start of a sentence (also at the
//! start of a source line or right after a placeable), and a unit symbol written with a period
//! after a number placeable (`{ $total } min.`).
use crate::msg;
use std::sync::LazyLock;

use regex::Regex;

use super::model::{Locale, Sink};
use super::prose::{self, PLACEABLE};

static MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"\b(Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo)\b",
    )
    .ok()
});

static DOTTED: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new("\u{FFFC}\\s?(min|h|seg|s)\\.").ok());

/// Check every message of a Spanish locale.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    if locale.langid.language.as_str() != "es" {
        return;
    }
    for entry in locale.messages() {
        let Some(file) = locale.file(entry.file) else { continue };
        let Some(prose) = prose::of_entry(entry, file) else { continue };
        // A value kept verbatim (a name, a title) may hold a capitalised month on purpose.
        let months = if entry.verbatim { Vec::new() } else { capitalised_months(&prose.text) };
        for (start, end, word) in months {
            sink.push(
                "month-case",
                locale,
                entry.file,
                prose.span(start, end),
                Some(entry.key()),
                msg!("locales-month-case", word = word.to_lowercase()),
            );
        }
        if let Some(re) = DOTTED.as_ref() {
            for c in re.captures_iter(&prose.text) {
                let Some(unit) = c.get(1) else { continue };
                sink.push(
                    "unit-symbol",
                    locale,
                    entry.file,
                    prose.span(unit.start(), unit.end() + 1),
                    Some(entry.key()),
                    msg!("locales-unit-period", unit = unit.as_str()),
                );
            }
        }
    }
}

/// Capitalised months and weekdays in `text` that neither start a sentence nor belong to a
/// name (a capitalised word right before or after: "Julio Bracho", "Santo Domingo").
pub(crate) fn capitalised_months(text: &str) -> Vec<(usize, usize, &str)> {
    let Some(re) = MONTH.as_ref() else { return Vec::new() };
    let mut out = Vec::new();
    for m in re.find_iter(text) {
        let before = text[..m.start()].trim_end();
        let sentence_start =
            before.is_empty() || before.ends_with(['.', '?', '!', ':', '¿', '¡', '«', '"', '“', '—', '\n']);
        let previous = before.split_whitespace().next_back();
        let next = text[m.end()..].split_whitespace().next();
        let capital = |w: Option<&str>| w.and_then(|w| w.chars().next()).is_some_and(|c| c.is_uppercase());
        let after_placeable = before.ends_with(PLACEABLE);
        if !sentence_start && (after_placeable || !capital(previous)) && !capital(next) {
            out.push((m.start(), m.end(), m.as_str()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_lowercase_except_at_a_sentence_start_or_in_names() {
        assert_eq!(capitalised_months("se estrenó el 11 de\nMarzo de 2022").len(), 1);
        assert_eq!(capitalised_months("el \u{FFFC} Marzo").len(), 1);
        assert!(capitalised_months("Marzo fue largo. Julio Bracho filmó en Santo Domingo.").is_empty());
    }
}
