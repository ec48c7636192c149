//! Plain text: wrapped paragraphs, underlined headings, indented details. Titles of works,
//! italic elsewhere, are quoted: « » in Spanish, “ ” in English.
//!
//! [`section_parts`] is also the basis of `--stats`, so the counts match what the text shows.
use super::compose::{Body, PressCopy, SectionCopy};
use super::rich::quote_title;

/// The column text is wrapped at.
pub const WIDTH: usize = 78;

/// Render one or more locales' copy; locales are separated by a blank line.
pub fn render(copies: &[PressCopy], whole_document: bool) -> String {
    let mut out = String::new();
    for (n, copy) in copies.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if whole_document {
            let title = copy.document_title.to_plain_marked(&copy.locale);
            out.push_str(&title);
            out.push('\n');
            out.push_str(&"=".repeat(title.chars().count()));
            out.push('\n');
            push_wrapped(&mut out, &copy.byline.to_plain_marked(&copy.locale), "", "");
            out.push('\n');
        }
        for (i, section) in copy.sections.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            render_section(&mut out, section, &copy.locale);
        }
    }
    out
}

fn render_section(out: &mut String, section: &SectionCopy, lang: &str) {
    out.push_str(&section.heading);
    out.push('\n');
    out.push_str(&"-".repeat(section.heading.chars().count()));
    out.push_str("\n\n");
    match &section.body {
        Body::Synopsis(parts) => {
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&part.heading);
                out.push_str("\n\n");
                push_paragraphs(out, part.paragraphs.iter().map(|p| p.to_plain_marked(lang)));
            }
        }
        Body::Logline(text) => push_paragraphs(out, std::iter::once(text.to_plain_marked(lang))),
        Body::Prose(paragraphs) => push_paragraphs(out, paragraphs.iter().map(|p| p.to_plain_marked(lang))),
        _ => {
            for (line, indent) in lines(&section.body, lang) {
                let pad = if indent { "    " } else { "" };
                let hang = if indent { "      " } else { "  " };
                push_wrapped(out, &line, pad, hang);
            }
        }
    }
}

fn push_paragraphs(out: &mut String, paragraphs: impl Iterator<Item = String>) {
    for (i, paragraph) in paragraphs.enumerate() {
        if i > 0 {
            out.push('\n');
        }
        push_wrapped(out, &paragraph, "", "");
    }
}

/// The lines of a list-like body, each with whether it is indented under the line before.
fn lines(body: &Body, lang: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    match body {
        Body::Credits { groups, filmography_heading, filmographies } => {
            for group in groups {
                let names: Vec<&str> = group.people.iter().map(|p| p.name.as_str()).collect();
                out.push((format!("{}: {}", group.label, names.join(", ")), false));
            }
            if !filmographies.is_empty() {
                out.push((String::new(), false));
                out.push((filmography_heading.clone(), false));
                for entry in filmographies {
                    let works: Vec<String> = entry.works.iter().map(|w| quote_title(w, lang)).collect();
                    out.push((format!("{}: {}", entry.person, works.join(", ")), true));
                }
            }
        }
        Body::Details(fields) => {
            for field in fields {
                out.push((format!("{}: {}", field.label, field.value.to_plain_marked(lang)), false));
            }
        }
        Body::Festivals(entries) => {
            for entry in entries {
                let head = match &entry.place {
                    Some(place) => format!("{} — {place}", entry.name),
                    None => entry.name.clone(),
                };
                out.push((head, false));
                for line in entry.event.iter().chain(entry.selection.iter().map(|s| &s.label)) {
                    out.push((line.clone(), true));
                }
                for award in &entry.awards {
                    out.push((award.label.clone(), true));
                }
            }
        }
        Body::Distribution(entries) => {
            for entry in entries {
                out.push((format!("{}: {}", entry.label, entry.companies.join(", ")), false));
                let names: Vec<&str> = entry.territories.iter().map(|t| t.label.as_str()).collect();
                out.push((format!("{}: {}", entry.territories_label, names.join(", ")), true));
            }
        }
        Body::Awards(entries) => {
            for entry in entries {
                out.push((entry.text.clone(), false));
            }
        }
        Body::Contacts { contacts, links_heading, links } => {
            for entry in contacts {
                let c = &entry.contact;
                let parts: Vec<&str> = [&c.name, &c.company, &c.email, &c.phone, &c.url]
                    .into_iter()
                    .filter_map(|p| p.as_deref())
                    .collect();
                out.push((format!("{}: {}", entry.role.label, parts.join(", ")), false));
            }
            if !links.is_empty() {
                if !contacts.is_empty() {
                    out.push((String::new(), false));
                }
                out.push((links_heading.clone(), false));
                for link in links {
                    out.push((format!("{}: {}", link.kind.label, link.url), true));
                }
            }
        }
        Body::Logline(_) | Body::Synopsis(_) | Body::Prose(_) => {}
    }
    out
}

/// The plain text of a section's content (no heading), split into the parts forms count
/// separately: `(None, text)` or, for the synopsis, `(Some("short"), …)`, `(Some("medium"), …)`
/// and `(Some("long"), …)`.
pub fn section_parts(section: &SectionCopy, lang: &str) -> Vec<(Option<&'static str>, String)> {
    let join = |paragraphs: &[super::rich::Rich]| {
        paragraphs.iter().map(|p| p.to_plain_marked(lang)).collect::<Vec<_>>().join("\n\n")
    };
    match &section.body {
        Body::Logline(text) => vec![(None, text.to_plain_marked(lang))],
        Body::Synopsis(parts) => parts.iter().map(|p| (Some(p.id), join(&p.paragraphs))).collect(),
        Body::Prose(paragraphs) => vec![(None, join(paragraphs))],
        body => {
            let text = lines(body, lang).into_iter().map(|(line, _)| line).collect::<Vec<_>>().join("\n");
            vec![(None, text)]
        }
    }
}

/// Append `text` wrapped at [`WIDTH`]: the first line starts with `first`, the others with
/// `rest`. Breaks only at ASCII spaces, so no-break spaces hold; a word longer than the line
/// stays whole.
pub fn push_wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut line = String::from(first);
    let mut line_len = first.chars().count();
    let mut has_word = false;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if has_word && line_len + 1 + len > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(rest);
            line_len = rest.chars().count();
            has_word = false;
        }
        if has_word {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += len;
        has_word = true;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_with_hanging_indent() {
        let mut out = String::new();
        let text = "word ".repeat(30);
        push_wrapped(&mut out, text.trim(), "", "  ");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert!(lines[1].starts_with("  word"));
        assert!(!out.contains(" \n"));
        assert_eq!(out.matches("word").count(), 30);
    }

    #[test]
    fn long_words_and_no_break_spaces_stay_whole() {
        let mut out = String::new();
        let long = "x".repeat(100);
        push_wrapped(&mut out, &format!("a {long} 72\u{a0}min"), "", "");
        assert_eq!(out, format!("a\n{long}\n72\u{a0}min\n"));
    }
}
