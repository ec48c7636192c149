//! Markdown: `#` headings, paragraphs, and lists for credits, details, festivals and
//! distribution. Titles are `*italic*`; every value is escaped so it stays literal.
use super::compose::{Body, PressCopy, SectionCopy};
use super::rich::{Rich, escape_markdown};

/// Render one or more locales' copy; locales are separated by a thematic break.
pub fn render(copies: &[PressCopy], whole_document: bool) -> String {
    let mut blocks: Vec<String> = Vec::new();
    for (n, copy) in copies.iter().enumerate() {
        if n > 0 {
            blocks.push("---".to_string());
        }
        // A single section is a fragment to paste: its heading is the top level.
        let level = if whole_document { 2 } else { 1 };
        if whole_document {
            blocks.push(format!("# {}", copy.document_title.to_markdown()));
            blocks.push(copy.byline.to_markdown());
        }
        for section in &copy.sections {
            render_section(&mut blocks, section, level);
        }
    }
    let mut out = blocks.join("\n\n");
    out.push('\n');
    out
}

fn heading(level: usize, text: &str) -> String {
    format!("{} {}", "#".repeat(level), escape_markdown(text))
}

fn label(text: &str) -> String {
    format!("**{}:**", escape_markdown(text))
}

/// A link destination: `film.toml` addresses have no spaces; brackets are percent-encoded so
/// they cannot end the destination early.
fn link_target(url: &str) -> String {
    url.replace('(', "%28").replace(')', "%29").replace('<', "%3C").replace('>', "%3E")
}

fn titles(works: &[String]) -> String {
    works.iter().map(|w| format!("*{}*", escape_markdown(w))).collect::<Vec<_>>().join(", ")
}

fn render_section(blocks: &mut Vec<String>, section: &SectionCopy, level: usize) {
    blocks.push(heading(level, &section.heading));
    let paragraphs = |blocks: &mut Vec<String>, list: &[Rich]| blocks.extend(list.iter().map(Rich::to_markdown));
    match &section.body {
        Body::Logline(text) => blocks.push(text.to_markdown()),
        Body::Synopsis(parts) => {
            for part in parts {
                blocks.push(heading(level + 1, &part.heading));
                paragraphs(blocks, &part.paragraphs);
            }
        }
        Body::Awards(entries) => {
            let list: Vec<String> = entries.iter().map(|e| format!("- {}", escape_markdown(&e.text))).collect();
            blocks.push(list.join("\n"));
        }
        Body::Contacts { contacts, links_heading, links } => {
            if !contacts.is_empty() {
                let list: Vec<String> = contacts
                    .iter()
                    .map(|entry| {
                        let c = &entry.contact;
                        let mut parts: Vec<String> =
                            [&c.name, &c.company].into_iter().flatten().map(|p| escape_markdown(p)).collect();
                        parts.extend(
                            c.email.iter().map(|e| format!("[{}](mailto:{})", escape_markdown(e), link_target(e))),
                        );
                        parts.extend(c.phone.iter().map(|p| escape_markdown(p)));
                        parts.extend(c.url.iter().map(|u| format!("<{}>", link_target(u))));
                        format!("- {} {}", label(&entry.role.label), parts.join(", "))
                    })
                    .collect();
                blocks.push(list.join("\n"));
            }
            if !links.is_empty() {
                blocks.push(heading(level + 1, links_heading));
                let list: Vec<String> = links
                    .iter()
                    .map(|l| format!("- [{}]({})", escape_markdown(&l.kind.label), link_target(&l.url)))
                    .collect();
                blocks.push(list.join("\n"));
            }
        }
        Body::Prose(list) => paragraphs(blocks, list),
        Body::Credits { groups, filmography_heading, filmographies } => {
            let list: Vec<String> = groups
                .iter()
                .map(|group| {
                    let names: Vec<String> = group.people.iter().map(|p| escape_markdown(&p.name)).collect();
                    format!("- {} {}", label(&group.label), names.join(", "))
                })
                .collect();
            blocks.push(list.join("\n"));
            if !filmographies.is_empty() {
                blocks.push(heading(level + 1, filmography_heading));
                let list: Vec<String> =
                    filmographies.iter().map(|f| format!("- {} {}", label(&f.person), titles(&f.works))).collect();
                blocks.push(list.join("\n"));
            }
        }
        Body::Details(fields) => {
            let list: Vec<String> =
                fields.iter().map(|f| format!("- {} {}", label(&f.label), f.value.to_markdown())).collect();
            blocks.push(list.join("\n"));
        }
        Body::Festivals(entries) => {
            let mut list = Vec::new();
            for entry in entries {
                let mut line = format!("- **{}**", escape_markdown(&entry.name));
                if let Some(place) = &entry.place {
                    line.push_str(" — ");
                    line.push_str(&escape_markdown(place));
                }
                list.push(line);
                let details = entry.event.iter().chain(entry.selection.iter().map(|s| &s.label));
                for text in details.chain(entry.awards.iter().map(|a| &a.label)) {
                    list.push(format!("  - {}", escape_markdown(text)));
                }
            }
            blocks.push(list.join("\n"));
        }
        Body::Distribution(entries) => {
            let mut list = Vec::new();
            for entry in entries {
                let companies: Vec<String> = entry.companies.iter().map(|c| escape_markdown(c)).collect();
                list.push(format!("- {} {}", label(&entry.label), companies.join(", ")));
                let names: Vec<String> = entry.territories.iter().map(|t| escape_markdown(&t.label)).collect();
                list.push(format!("- {} {}", label(&entry.territories_label), names.join(", ")));
            }
            blocks.push(list.join("\n"));
        }
    }
}
