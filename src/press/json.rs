//! JSON: every locale's sections as structured data for a web site.
//!
//! Shape (version 2): `{"version": 2, "locales": [{"locale", "title", "original_title",
//! "english_title", "document_title", "byline", "sections": [{"id", "heading", …}]}]}`.
//! Credits are `groups` (role, label, people) plus a `filmography`; the synopsis is `parts`
//! (`short`, `medium`, `long`); awards and contacts are sections of their own.
//! Rich text (anything that may contain italic titles) is `{"text": …, "html": …}`; the HTML
//! fragment is escaped and uses only `<cite>` (titles of works, with `lang` when foreign).
use serde_json::{Map, Value, json};

use super::compose::{Body, Labelled, PressCopy, SectionCopy};
use super::rich::Rich;
use super::stats::StatRow;

/// The JSON schema version.
pub const VERSION: u32 = 2;

fn rich(text: &Rich, lang: &str) -> Value {
    json!({ "text": text.to_plain(), "html": text.to_html(lang) })
}

fn rich_list(list: &[Rich], lang: &str) -> Value {
    Value::Array(list.iter().map(|p| rich(p, lang)).collect())
}

fn labelled(item: &Labelled) -> Value {
    json!({ "id": item.id, "label": item.label })
}

fn section(section: &SectionCopy, lang: &str) -> Value {
    let mut out = Map::new();
    out.insert("id".into(), json!(section.section.id()));
    out.insert("heading".into(), json!(section.heading));
    match &section.body {
        Body::Logline(text) => {
            out.insert("text".into(), rich(text, lang));
        }
        Body::Synopsis(parts) => {
            let parts: Vec<Value> = parts
                .iter()
                .map(|p| json!({ "id": p.id, "heading": p.heading, "paragraphs": rich_list(&p.paragraphs, lang) }))
                .collect();
            out.insert("parts".into(), Value::Array(parts));
        }
        Body::Awards(entries) => {
            let entries: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({
                        "award": labelled(&e.award),
                        "festival_id": e.festival_id,
                        "festival": e.festival,
                        "year": e.year,
                        "text": e.text,
                    })
                })
                .collect();
            out.insert("entries".into(), Value::Array(entries));
        }
        Body::Contacts { contacts, links_heading, links } => {
            let contacts: Vec<Value> = contacts
                .iter()
                .map(|e| {
                    let c = &e.contact;
                    json!({
                        "role": labelled(&e.role),
                        "name": c.name,
                        "company": c.company,
                        "email": c.email,
                        "phone": c.phone,
                        "url": c.url,
                    })
                })
                .collect();
            out.insert("contacts".into(), Value::Array(contacts));
            let links: Vec<Value> = links.iter().map(|l| json!({ "kind": labelled(&l.kind), "url": l.url })).collect();
            out.insert("links".into(), json!({ "heading": links_heading, "entries": links }));
        }
        Body::Prose(list) => {
            out.insert("paragraphs".into(), rich_list(list, lang));
        }
        Body::Credits { groups, filmography_heading, filmographies } => {
            let groups: Vec<Value> = groups
                .iter()
                .map(|g| {
                    let people: Vec<Value> =
                        g.people.iter().map(|p| json!({ "name": p.name, "gender": p.gender })).collect();
                    json!({ "role": g.role, "label": g.label, "people": people })
                })
                .collect();
            out.insert("groups".into(), Value::Array(groups));
            let entries: Vec<Value> =
                filmographies.iter().map(|f| json!({ "person": f.person, "works": f.works })).collect();
            out.insert("filmography".into(), json!({ "heading": filmography_heading, "entries": entries }));
        }
        Body::Details(fields) => {
            let fields: Vec<Value> = fields
                .iter()
                .map(|f| json!({ "id": f.id, "label": f.label, "value": rich(&f.value, lang), "data": f.data }))
                .collect();
            out.insert("fields".into(), Value::Array(fields));
        }
        Body::Festivals(entries) => {
            let entries: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({
                        "id": e.id,
                        "name": e.name,
                        "city": e.city,
                        "country": e.country.as_ref().map(labelled),
                        "place": e.place,
                        "date": e.date.map(|d| d.to_string()),
                        "date_text": e.date_text,
                        "premiere": e.premiere.as_ref().map(labelled),
                        "event": e.event,
                        "selection": e.selection.as_ref().map(labelled),
                        "awards": e.awards.iter().map(labelled).collect::<Vec<_>>(),
                    })
                })
                .collect();
            out.insert("entries".into(), Value::Array(entries));
        }
        Body::Distribution(entries) => {
            let entries: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({
                        "role": e.role,
                        "label": e.label,
                        "companies": e.companies,
                        "territories_label": e.territories_label,
                        "territories": e.territories.iter().map(labelled).collect::<Vec<_>>(),
                    })
                })
                .collect();
            out.insert("entries".into(), Value::Array(entries));
        }
    }
    Value::Object(out)
}

fn copy_value(copy: &PressCopy) -> Value {
    let lang = copy.locale.as_str();
    json!({
        "locale": copy.locale,
        "title": copy.title,
        "original_title": copy.original_title,
        "english_title": copy.english_title,
        "document_title": rich(&copy.document_title, lang),
        "byline": rich(&copy.byline, lang),
        "sections": copy.sections.iter().map(|s| section(s, lang)).collect::<Vec<_>>(),
    })
}

/// Pretty-printed JSON of every copy.
pub fn render(copies: &[PressCopy]) -> String {
    let value = json!({ "version": VERSION, "locales": copies.iter().map(copy_value).collect::<Vec<_>>() });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

/// Pretty-printed JSON of `--stats` rows.
pub fn render_stats(rows: &[StatRow]) -> String {
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "locale": r.locale,
                "section": r.section,
                "part": r.part,
                "words": r.words,
                "characters": r.characters,
                "limit": r.limit,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&json!({ "version": VERSION, "stats": rows })).unwrap_or_default();
    out.push('\n');
    out
}
