//! `--stats`: words and characters per section and locale, as festival forms count them.
//!
//! Counts are taken on the plain text of each section's content (headings excluded), the
//! same text `--format text` prints before wrapping. Words are Unicode words (punctuation and
//! dashes are not words; "grandfather’s" is one); characters are user-perceived characters
//! (grapheme clusters), spaces and punctuation included.
use std::collections::BTreeMap;

use unicode_segmentation::UnicodeSegmentation;

use super::compose::PressCopy;
use super::rich::escape_html;
use super::text::section_parts;

/// Counts for one section (or one part of it) in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatRow {
    /// Locale tag.
    pub locale: String,
    /// Section id.
    pub section: &'static str,
    /// Part of the section (`short`, `long` for the synopsis).
    pub part: Option<&'static str>,
    /// Unicode words.
    pub words: usize,
    /// Grapheme clusters, spaces included.
    pub characters: usize,
    /// The word limit `film.toml` declares for this section or part, if any.
    pub limit: Option<usize>,
}

impl StatRow {
    /// The id a `[limits]` entry uses: the section, or `section-part` (`synopsis-short`).
    pub fn limit_id(&self) -> String {
        match self.part {
            Some(part) => format!("{}-{part}", self.section),
            None => self.section.to_string(),
        }
    }

    /// Whether the section is over its declared limit.
    pub fn over_limit(&self) -> bool {
        self.limit.is_some_and(|limit| self.words > limit)
    }
}

/// Count `text`: (words, characters).
pub fn count(text: &str) -> (usize, usize) {
    (text.unicode_words().count(), text.graphemes(true).count())
}

/// One row per section part per locale, in document order, with the limits of `limits`
/// (`[limits]` of `film.toml`, by [`StatRow::limit_id`]).
pub fn compute(copies: &[PressCopy], limits: &BTreeMap<String, usize>) -> Vec<StatRow> {
    let mut rows = Vec::new();
    for copy in copies {
        for section in &copy.sections {
            for (part, text) in section_parts(section, &copy.locale) {
                let (words, characters) = count(&text);
                let mut row = StatRow {
                    locale: copy.locale.clone(),
                    section: section.section.id(),
                    part,
                    words,
                    characters,
                    limit: None,
                };
                row.limit = limits.get(&row.limit_id()).copied();
                rows.push(row);
            }
        }
    }
    rows
}

/// "≤ 50", or "≤ 50: over" past the limit; empty without one.
fn limit_cell(row: &StatRow) -> String {
    match row.limit {
        Some(limit) if row.over_limit() => {
            let over = crate::msg!("press-stats-over", limit = limit, over = row.words - limit);
            crate::ui::render(crate::ui::UiLang::English, &over)
        }
        Some(limit) => format!("≤ {limit}"),
        None => String::new(),
    }
}

fn name(row: &StatRow) -> String {
    match row.part {
        Some(part) => format!("{} ({part})", row.section),
        None => row.section.to_string(),
    }
}

/// An aligned plain-text table.
pub fn render_text(rows: &[StatRow]) -> String {
    let header = ["locale", "section", "words", "characters", "limit"];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|r| [r.locale.clone(), name(r), r.words.to_string(), r.characters.to_string(), limit_cell(r)])
        .collect();
    let mut widths = header.map(str::len);
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let text = format!(
            "{:<w0$}  {:<w1$}  {:>w2$}  {:>w3$}  {}",
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            cells[4],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        );
        format!("{}\n", text.trim_end())
    };
    let mut out = line(header);
    for row in &cells {
        out.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
    }
    out
}

/// A Markdown table.
pub fn render_markdown(rows: &[StatRow]) -> String {
    let mut out =
        String::from("| locale | section | words | characters | limit |\n| --- | --- | ---: | ---: | --- |\n");
    for row in rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            row.locale,
            name(row),
            row.words,
            row.characters,
            limit_cell(row)
        ));
    }
    out
}

/// A standalone HTML page with the table.
pub fn render_html(rows: &[StatRow]) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Press copy statistics</title>\n\
         <style>body { font: 1rem/1.5 sans-serif; margin: 2rem; } td, th { padding: 0.2rem 0.8rem; text-align: left; }\
          td.n, th.n { text-align: right; }</style>\n</head>\n<body>\n<main>\n<table>\n<caption>Words and characters \
         per section</caption>\n<thead><tr><th scope=\"col\">Locale</th><th scope=\"col\">Section</th>\
         <th scope=\"col\" class=\"n\">Words</th><th scope=\"col\" class=\"n\">Characters</th>\
         <th scope=\"col\">Limit</th></tr></thead>\n<tbody>\n",
    );
    for row in rows {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            escape_html(&row.locale),
            escape_html(&name(row)),
            row.words,
            row.characters,
            escape_html(&limit_cell(row))
        ));
    }
    out.push_str("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_skip_punctuation_and_characters_are_graphemes() {
        assert_eq!(count("Over several years — her grandfather’s work."), (6, 44));
        assert_eq!(count("¿podrá esta casa?"), (3, 17));
        // "é" written as e + combining accent is one character.
        assert_eq!(count("cafe\u{301}"), (1, 4));
        assert_eq!(count(""), (0, 0));
    }
}
