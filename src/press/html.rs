//! HTML: one standalone page (no external assets) that reads well on screen and in print.
//!
//! The markup is also well-formed XML (every element closed, attributes quoted, only the five
//! XML entities), so XML tools can read it. Every value is escaped. With several locales the
//! sections sit side by side, one column per locale, each marked with its `lang`. Titles of
//! works are `<cite>` (italic), with `lang` when in another language.
use super::compose::{Body, PressCopy, SectionCopy};
use super::rich::{Rich, escape_html};

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #d6d6d6; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1.05rem/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
main.columns { max-width: 96rem; }
.row { display: grid; grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr)); gap: 0 3rem; }
.row + .row { border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: 0.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
h1, h2, h3, dt, .name { font-family: "Helvetica Neue", Arial, sans-serif; }
.byline { color: var(--muted); margin: 0 0 1rem; }
p { margin: 0 0 0.9rem; }
cite { font-style: italic; }
dl { margin: 0; }
dl > div { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: 0.2rem 1rem; padding: 0.3rem 0; border-bottom: 1px solid var(--rule); }
dt { font-weight: 600; }
dd { margin: 0; }
dl.credits dd + dd { grid-column: 2; }
ol.festivals { list-style: none; padding: 0; margin: 0; }
ol.festivals > li { padding: 0.35rem 0; border-bottom: 1px solid var(--rule); }
.name { font-weight: 600; }
ol.festivals p { margin: 0; }
ul.awards { margin: 0.15rem 0 0; padding-left: 1.25rem; }
ul.laurels { margin: 0; padding-left: 1.25rem; }
@media screen and (max-width: 50rem) {
  .row { grid-template-columns: minmax(0, 1fr); }
  dl > div { grid-template-columns: 1fr; }
  dl.credits dd + dd { grid-column: 1; }
}
@media print {
  @page { margin: 18mm 16mm; }
  body { font: 10.5pt/1.45 Georgia, "Times New Roman", serif; }
  main, main.columns { max-width: none; padding: 0; }
  main.columns { display: flex; flex-direction: column; }
  main.columns .row { display: contents; }
  header.locale-start { break-before: page; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin: 14pt 0 6pt; }
  h3 { font-size: 11pt; margin: 10pt 0 4pt; }
  dl > div { grid-template-columns: 11rem 1fr; }
  dd, li, p { font-size: 1em; }
  h2, h3 { break-after: avoid; }
  dl > div, ol.festivals > li, ul.laurels > li { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
}
"#;

/// The file name a page in `locale` is published under, which `hreflang` alternates link to:
/// `press.es-MX.html`. Publish the pages side by side under these names.
pub fn page_file_name(locale: &str) -> String {
    format!("press.{locale}.html")
}

/// Render one page with every copy; one copy per column when there are several (in print,
/// one locale after another, each from a new page). The page always carries the document
/// header (title and byline), a meta description and Open Graph title and description (from
/// the logline), and an `hreflang` alternate for each locale of `alternates` (see
/// [`page_file_name`]), with `x-default` on en-US when present.
pub fn render(copies: &[PressCopy], alternates: &[String]) -> String {
    let lang = copies.first().map_or("en", |c| c.locale.as_str());
    let page_title: Vec<String> = copies.iter().map(|c| c.document_title.to_plain()).collect();
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", escape_html(lang)));
    out.push_str("<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.push_str(&format!("<title>{}</title>\n", escape_html(&page_title.join(" / "))));
    if let Some(first) = copies.first() {
        let description = escape_html(&first.description);
        out.push_str(&format!("<meta name=\"description\" content=\"{description}\"/>\n"));
        out.push_str(&format!("<meta property=\"og:title\" content=\"{}\"/>\n", escape_html(&page_title.join(" / "))));
        out.push_str(&format!("<meta property=\"og:description\" content=\"{description}\"/>\n"));
        out.push_str("<meta property=\"og:type\" content=\"video.movie\"/>\n");
        out.push_str(&format!(
            "<meta property=\"og:locale\" content=\"{}\"/>\n",
            escape_html(&first.locale.replace('-', "_"))
        ));
    }
    for tag in alternates {
        out.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
            escape_html(tag),
            escape_html(&page_file_name(tag))
        ));
    }
    if alternates.iter().any(|t| t == "en-US") {
        out.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
            escape_html(&page_file_name("en-US"))
        ));
    }
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
    let columns = copies.len().max(1);
    if columns == 1 {
        out.push_str("<main>\n");
    } else {
        out.push_str(&format!("<main class=\"columns\" style=\"--columns: {columns}\">\n"));
    }
    let row_start = |out: &mut String| {
        if columns > 1 {
            out.push_str("<div class=\"row\">\n");
        }
    };
    let row_end = |out: &mut String| {
        if columns > 1 {
            out.push_str("</div>\n");
        }
    };
    let lang_attr = |copy: &PressCopy| {
        if columns > 1 { format!(" lang=\"{}\"", escape_html(&copy.locale)) } else { String::new() }
    };
    // A page always has its header, even with one section: it gives the page its <h1>.
    row_start(&mut out);
    for (n, copy) in copies.iter().enumerate() {
        let class = if n > 0 { " class=\"locale-start\"" } else { "" };
        let order = if columns > 1 { format!(" style=\"order: {}\"", n) } else { String::new() };
        out.push_str(&format!("<header{}{class}{order}>\n", lang_attr(copy)));
        out.push_str(&format!("<h1>{}</h1>\n", copy.document_title.to_html(&copy.locale)));
        out.push_str(&format!("<p class=\"byline\">{}</p>\n", copy.byline.to_html(&copy.locale)));
        out.push_str("</header>\n");
    }
    row_end(&mut out);
    let sections = copies.first().map_or(0, |c| c.sections.len());
    for index in 0..sections {
        row_start(&mut out);
        for (n, copy) in copies.iter().enumerate() {
            if let Some(section) = copy.sections.get(index) {
                let attrs =
                    if columns > 1 { format!("{} style=\"order: {n}\"", lang_attr(copy)) } else { String::new() };
                let id = if columns > 1 {
                    format!("{}-{}", section.section.id(), copy.locale)
                } else {
                    section.section.id().to_string()
                };
                render_section(&mut out, section, &id, &attrs, &copy.locale);
            }
        }
        row_end(&mut out);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn paragraphs(out: &mut String, list: &[Rich], lang: &str) {
    for paragraph in list {
        out.push_str(&format!("<p>{}</p>\n", paragraph.to_html(lang)));
    }
}

fn pair(out: &mut String, label: &str, value: &str) {
    out.push_str(&format!("<div><dt>{}</dt><dd>{value}</dd></div>\n", escape_html(label)));
}

fn render_section(out: &mut String, section: &SectionCopy, id: &str, lang_attr: &str, lang: &str) {
    let id = escape_html(id);
    out.push_str(&format!("<section id=\"{id}\" aria-labelledby=\"{id}-heading\"{lang_attr}>\n"));
    out.push_str(&format!("<h2 id=\"{id}-heading\">{}</h2>\n", escape_html(&section.heading)));
    match &section.body {
        Body::Logline(text) => paragraphs(out, std::slice::from_ref(text), lang),
        Body::Synopsis(parts) => {
            for part in parts {
                out.push_str(&format!("<h3>{}</h3>\n", escape_html(&part.heading)));
                paragraphs(out, &part.paragraphs, lang);
            }
        }
        Body::Awards(entries) => {
            out.push_str("<ul class=\"laurels\">\n");
            for entry in entries {
                out.push_str(&format!("<li>{}</li>\n", escape_html(&entry.text)));
            }
            out.push_str("</ul>\n");
        }
        Body::Contacts { contacts, links_heading, links } => {
            if !contacts.is_empty() {
                out.push_str("<dl class=\"contacts\">\n");
                for entry in contacts {
                    let c = &entry.contact;
                    let mut parts: Vec<String> =
                        [&c.name, &c.company].into_iter().flatten().map(|p| escape_html(p)).collect();
                    parts.extend(c.email.iter().map(|e| format!("<a href=\"mailto:{0}\">{0}</a>", escape_html(e))));
                    parts.extend(c.phone.iter().map(|p| escape_html(p)));
                    parts.extend(c.url.iter().map(|u| format!("<a href=\"{0}\">{0}</a>", escape_html(u))));
                    pair(out, &entry.role.label, &parts.join(", "));
                }
                out.push_str("</dl>\n");
            }
            if !links.is_empty() {
                out.push_str(&format!("<h3>{}</h3>\n<ul class=\"links\">\n", escape_html(links_heading)));
                for link in links {
                    out.push_str(&format!(
                        "<li><a href=\"{}\">{}</a></li>\n",
                        escape_html(&link.url),
                        escape_html(&link.kind.label)
                    ));
                }
                out.push_str("</ul>\n");
            }
        }
        Body::Prose(list) => paragraphs(out, list, lang),
        Body::Credits { groups, filmography_heading, filmographies } => {
            out.push_str("<dl class=\"credits\">\n");
            for group in groups {
                out.push_str(&format!("<div><dt>{}</dt>", escape_html(&group.label)));
                for person in &group.people {
                    out.push_str(&format!("<dd>{}</dd>", escape_html(&person.name)));
                }
                out.push_str("</div>\n");
            }
            out.push_str("</dl>\n");
            if !filmographies.is_empty() {
                out.push_str(&format!("<h3>{}</h3>\n<dl class=\"filmography\">\n", escape_html(filmography_heading)));
                for entry in filmographies {
                    let works: Vec<String> =
                        entry.works.iter().map(|w| format!("<cite>{}</cite>", escape_html(w))).collect();
                    pair(out, &entry.person, &works.join(", "));
                }
                out.push_str("</dl>\n");
            }
        }
        Body::Details(fields) => {
            out.push_str("<dl class=\"details\">\n");
            for field in fields {
                pair(out, &field.label, &field.value.to_html(lang));
            }
            out.push_str("</dl>\n");
        }
        Body::Festivals(entries) => {
            out.push_str("<ol class=\"festivals\">\n");
            for entry in entries {
                out.push_str(&format!("<li><p><span class=\"name\">{}</span>", escape_html(&entry.name)));
                if let Some(place) = &entry.place {
                    out.push_str(&format!(" — {}", escape_html(place)));
                }
                out.push_str("</p>");
                for line in entry.event.iter().chain(entry.selection.iter().map(|s| &s.label)) {
                    out.push_str(&format!("<p>{}</p>", escape_html(line)));
                }
                if !entry.awards.is_empty() {
                    out.push_str("<ul class=\"awards\">");
                    for award in &entry.awards {
                        out.push_str(&format!("<li>{}</li>", escape_html(&award.label)));
                    }
                    out.push_str("</ul>");
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n");
        }
        Body::Distribution(entries) => {
            out.push_str("<dl class=\"distribution\">\n");
            for entry in entries {
                let companies: Vec<String> = entry.companies.iter().map(|c| escape_html(c)).collect();
                pair(out, &entry.label, &companies.join(", "));
                let names: Vec<String> = entry.territories.iter().map(|t| escape_html(&t.label)).collect();
                pair(out, &entry.territories_label, &names.join(", "));
            }
            out.push_str("</dl>\n");
        }
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::press::compose::{Body, Section};

    fn copy(locale: &str, heading: &str) -> PressCopy {
        PressCopy {
            locale: locale.to_string(),
            title: "T".to_string(),
            original_title: "T".to_string(),
            english_title: "T".to_string(),
            description: "A \"pitch\"".to_string(),
            document_title: Rich::plain("Doc & <title>"),
            byline: Rich::plain("by \"me\""),
            sections: vec![SectionCopy {
                section: Section::Logline,
                heading: heading.to_string(),
                body: Body::Logline(Rich::plain("<b>bold</b>")),
            }],
        }
    }

    #[test]
    fn one_locale_is_one_column_with_the_page_language() {
        let page = render(&[copy("es-MX", "Uno")], &["en-US".to_string(), "es-MX".to_string()]);
        assert!(page.contains("<meta name=\"description\" content=\"A &quot;pitch&quot;\"/>"));
        assert!(page.contains("<meta property=\"og:description\" content=\"A &quot;pitch&quot;\"/>"));
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"en-US\" href=\"press.en-US.html\"/>"));
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"press.en-US.html\"/>"));
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"es-MX\">"));
        assert!(page.contains("<title>Doc &amp; &lt;title&gt;</title>"));
        assert!(page.contains("<p class=\"byline\">by &quot;me&quot;</p>"));
        assert!(page.contains("<section id=\"logline\" aria-labelledby=\"logline-heading\">"));
        assert!(page.contains("<p>&lt;b&gt;bold&lt;/b&gt;</p>"));
        assert!(!page.contains("class=\"row\""));
    }

    #[test]
    fn several_locales_sit_side_by_side_with_their_own_lang() {
        let page = render(&[copy("en-US", "One"), copy("es-MX", "Uno")], &[]);
        assert!(page.contains("<main class=\"columns\" style=\"--columns: 2\">"));
        assert!(page.contains(
            "<section id=\"logline-en-US\" aria-labelledby=\"logline-en-US-heading\" lang=\"en-US\" style=\"order: 0\">"
        ));
        assert!(page.contains(
            "<section id=\"logline-es-MX\" aria-labelledby=\"logline-es-MX-heading\" lang=\"es-MX\" style=\"order: 1\">"
        ));
        assert_eq!(page.matches("<div class=\"row\">").count(), 2);
    }
}
