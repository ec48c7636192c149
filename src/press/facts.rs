//! The film's facts, language-neutral, read from `film.toml`.
//!
//! Facts are names, dates, ids and codes; every word a reader sees comes from Fluent. Ids
//! (roles, premieres, awards, countries, languages) select Fluent messages such as
//! `role-director` or `country-us`, so an id without a message is caught when rendering.
use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::fluent::IsoDate;
use super::rich;
use crate::error::Error;
use crate::msg;
use crate::ui::{Message, error};

/// Everything `film.toml` says about the film.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    /// Titles by language code (`en`, `es`).
    pub titles: BTreeMap<String, String>,
    /// The language of the original title.
    pub original_language: String,
    /// The person credited with "A film by".
    pub director: Person,
    /// Project type id (`documentary-feature`).
    pub project_type: String,
    /// Running time in whole minutes.
    pub runtime_minutes: u32,
    /// Completion date.
    pub completion_date: IsoDate,
    /// Countries of origin (ISO 3166-1 alpha-2, upper case).
    pub countries_of_origin: Vec<String>,
    /// Countries of filming.
    pub countries_of_filming: Vec<String>,
    /// Languages spoken (ISO 639-1).
    pub languages: Vec<String>,
    /// Colour id (`color`, `black-and-white`).
    pub color: String,
    /// Whether this is the director's first film.
    pub first_time_filmmaker: bool,
    /// Whether this is a student project.
    pub student_project: bool,
    /// Credits in billing order.
    pub credits: Vec<Credit>,
    /// Festivals in order.
    pub festivals: Vec<Festival>,
    /// Distribution deals.
    pub distribution: Vec<Distribution>,
    /// Word limits by section or part id (`logline`, `synopsis-short` …), from `[limits]`.
    pub limits: BTreeMap<String, usize>,
    /// Press and sales contacts, if any are given.
    pub contacts: Vec<Contact>,
    /// Press-material links (press kit, stills, trailer), if any are given.
    pub links: Vec<Link>,
}

/// A contact for press, sales or distribution. Only what `film.toml` gives is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Role id (`press`, `sales`): message `contact-<role>`.
    pub role: String,
    /// A person's name.
    pub name: Option<String>,
    /// A company.
    pub company: Option<String>,
    /// An e-mail address.
    pub email: Option<String>,
    /// A telephone number as written.
    pub phone: Option<String>,
    /// A web address.
    pub url: Option<String>,
}

/// A link to press material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Kind id (`press-kit`, `stills`, `trailer`, `website`): message `link-<kind>`.
    pub kind: String,
    /// The address (`https://…`).
    pub url: String,
}

/// A gender used for grammatical agreement; `Other` selects the neutral wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Feminine forms (Directora).
    Female,
    /// Masculine forms (Director).
    Male,
    /// Neutral forms (Dirección); also used when the gender is not given.
    Other,
}

impl Gender {
    /// The key Fluent selects on: `female`, `male` or `other`.
    pub fn key(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
        }
    }
}

/// A person in the credits.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Stable id used by credits.
    pub id: String,
    /// The name as credited.
    pub name: String,
    /// Grammatical gender for agreement, only when `film.toml` states one.
    pub gender: Option<Gender>,
    /// Titles of other works.
    pub works: Vec<String>,
}

/// One credit line.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    /// Role id: the Fluent message `role-<role>` names it.
    pub role: String,
    /// Who.
    pub person: Person,
}

/// A name that may have an official form in some languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalName {
    /// The name used when no localized form applies.
    pub name: String,
    /// Official names by language tag (`es`, `es-MX`).
    pub localized: BTreeMap<String, String>,
}

impl LocalName {
    /// The name for `locale`: an exact tag match, then its language, then the default.
    pub fn for_locale(&self, locale: &str) -> &str {
        let language = locale.split('-').next().unwrap_or(locale);
        self.localized.get(locale).or_else(|| self.localized.get(language)).unwrap_or(&self.name)
    }
}

/// A festival screening.
#[derive(Debug, Clone, PartialEq)]
pub struct Festival {
    /// Stable id.
    pub id: String,
    /// Official name (and official names in other languages).
    pub name: LocalName,
    /// City (and region), if known.
    pub city: Option<LocalName>,
    /// Country code, if known.
    pub country: Option<String>,
    /// Screening or premiere date, if known.
    pub date: Option<IsoDate>,
    /// Premiere id (`world`, `new-york`): message `premiere-<id>`.
    pub premiere: Option<String>,
    /// Selection id (`official`): message `selection-<id>`.
    pub selection: Option<String>,
    /// Award ids: messages `award-<id>`.
    pub awards: Vec<String>,
}

/// Companies that distribute the film, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    /// Role id (`distributor`): message `distribution-<role>`.
    pub role: String,
    /// Company names.
    pub companies: Vec<String>,
    /// Territories as country codes.
    pub territories: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawFile {
    film: RawFilm,
    #[serde(default)]
    people: Vec<RawPerson>,
    #[serde(default)]
    credits: Vec<RawCredit>,
    #[serde(default)]
    festivals: Vec<RawFestival>,
    #[serde(default)]
    distribution: Vec<RawDistribution>,
    #[serde(default)]
    limits: BTreeMap<String, Spanned<i64>>,
    #[serde(default)]
    contacts: Vec<RawContact>,
    #[serde(default)]
    links: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawContact {
    role: Spanned<String>,
    name: Option<String>,
    company: Option<String>,
    email: Option<Spanned<String>>,
    phone: Option<String>,
    url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawLink {
    kind: Spanned<String>,
    url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawFilm {
    titles: BTreeMap<String, String>,
    original_language: Spanned<String>,
    director: Spanned<String>,
    project_type: Spanned<String>,
    runtime_minutes: Spanned<u32>,
    completion_date: Spanned<String>,
    countries_of_origin: Vec<Spanned<String>>,
    countries_of_filming: Vec<Spanned<String>>,
    languages: Vec<Spanned<String>>,
    color: Spanned<String>,
    first_time_filmmaker: bool,
    student_project: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawPerson {
    id: Spanned<String>,
    name: String,
    gender: Option<Spanned<String>>,
    #[serde(default)]
    works: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawCredit {
    role: Spanned<String>,
    person: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawName {
    Plain(String),
    Localized(BTreeMap<String, String>),
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawFestival {
    id: Spanned<String>,
    name: Spanned<RawName>,
    city: Option<Spanned<RawName>>,
    country: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    premiere: Option<Spanned<String>>,
    selection: Option<Spanned<String>>,
    #[serde(default)]
    awards: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawDistribution {
    role: Spanned<String>,
    companies: Vec<String>,
    territories: Vec<Spanned<String>>,
}

/// Parses `film.toml` text; `path` names the file in errors.
struct Reader<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Reader<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.text.as_bytes().iter().take(offset).filter(|b| **b == b'\n').count() + 1
    }

    fn error<T>(&self, span: &Spanned<T>, message: Message) -> Error {
        error(message).in_file(self.path).on_line(self.line_of(span.span().start))
    }

    /// An id: lower-case ASCII letters, digits and hyphens (it becomes part of a message id).
    fn id(&self, value: &Spanned<String>, what: Message) -> Result<String, Error> {
        let text = value.get_ref();
        let valid = text.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            return Err(self.error(value, msg!("error-facts-id", what = what, value = text)));
        }
        Ok(text.clone())
    }

    fn country(&self, value: &Spanned<String>) -> Result<String, Error> {
        let text = value.get_ref();
        if text.len() != 2 || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(self.error(value, msg!("error-facts-country", value = text)));
        }
        Ok(text.to_ascii_uppercase())
    }

    fn language(&self, value: &Spanned<String>) -> Result<String, Error> {
        let text = value.get_ref();
        if !(2..=3).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(self.error(value, msg!("error-facts-language", value = text)));
        }
        Ok(text.to_ascii_lowercase())
    }

    fn date(&self, value: &Spanned<String>) -> Result<IsoDate, Error> {
        IsoDate::parse(value.get_ref())
            .ok_or_else(|| self.error(value, msg!("error-facts-date", value = value.get_ref())))
    }

    fn url(&self, value: &Spanned<String>) -> Result<String, Error> {
        let text = value.get_ref().trim();
        let valid = (text.starts_with("https://") || text.starts_with("http://"))
            && text.len() > "https://".len()
            && !text.chars().any(|c| c.is_whitespace() || c.is_control() || rich::is_marker(c));
        if !valid {
            return Err(self.error(value, msg!("error-facts-link", value = text)));
        }
        Ok(text.to_string())
    }

    fn email(&self, value: &Spanned<String>) -> Result<String, Error> {
        let text = value.get_ref().trim();
        let valid = text.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            && !text.chars().any(|c| c.is_whitespace() || c.is_control() || rich::is_marker(c));
        if !valid {
            return Err(self.error(value, msg!("error-facts-email", value = text)));
        }
        Ok(text.to_string())
    }

    fn name(&self, value: &Spanned<RawName>, what: Message) -> Result<LocalName, Error> {
        match value.get_ref() {
            RawName::Plain(name) => Ok(LocalName { name: clean(name), localized: BTreeMap::new() }),
            RawName::Localized(map) => {
                let mut localized: BTreeMap<String, String> = map.iter().map(|(k, v)| (k.clone(), clean(v))).collect();
                let name =
                    localized.remove("name").ok_or_else(|| self.error(value, msg!("error-facts-name", what = what)))?;
                Ok(LocalName { name, localized })
            }
        }
    }

    fn parse(&self) -> Result<Facts, Error> {
        let raw: RawFile = toml::from_str(self.text).map_err(|e| {
            // The TOML parser's own words.
            let message = error(msg!("error-text", text = e.message().trim_end_matches('\n').replace('\n', " ")));
            match e.span() {
                Some(span) => message.in_file(self.path).on_line(self.line_of(span.start)),
                None => message.in_file(self.path),
            }
        })?;
        let film = raw.film;

        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        for person in &raw.people {
            let id = self.id(&person.id, msg!("press-field-person-id"))?;
            let gender = match person.gender.as_ref() {
                None => None,
                Some(g) => match g.get_ref().as_str() {
                    "female" => Some(Gender::Female),
                    "male" => Some(Gender::Male),
                    "other" | "unknown" => Some(Gender::Other),
                    other => {
                        return Err(self.error(g, msg!("error-facts-gender", value = other)));
                    }
                },
            };
            let entry = Person {
                id: id.clone(),
                name: clean(&person.name),
                gender,
                works: person.works.iter().map(|w| clean(w)).collect(),
            };
            if people.insert(id.clone(), entry).is_some() {
                return Err(self.error(&person.id, msg!("error-facts-person-twice", id = id.as_str())));
            }
        }
        let person = |id: &Spanned<String>| {
            people
                .get(id.get_ref())
                .cloned()
                .ok_or_else(|| self.error(id, msg!("error-facts-no-person", id = id.get_ref())))
        };

        let original_language = self.language(&film.original_language)?;
        let titles: BTreeMap<String, String> =
            film.titles.iter().map(|(k, v)| (k.to_ascii_lowercase(), clean(v))).collect();
        if !titles.contains_key(&original_language) {
            let message = msg!("error-facts-no-original-title", lang = original_language.as_str());
            return Err(self.error(&film.original_language, message));
        }

        let mut credits = Vec::new();
        for credit in &raw.credits {
            credits.push(Credit {
                role: self.id(&credit.role, msg!("press-field-role"))?,
                person: person(&credit.person)?,
            });
        }

        let mut festivals = Vec::new();
        for festival in &raw.festivals {
            festivals.push(Festival {
                id: self.id(&festival.id, msg!("press-field-festival-id"))?,
                name: self.name(&festival.name, msg!("press-field-festival-name"))?,
                city: festival.city.as_ref().map(|c| self.name(c, msg!("press-field-city"))).transpose()?,
                country: festival.country.as_ref().map(|c| self.country(c)).transpose()?,
                date: festival.date.as_ref().map(|d| self.date(d)).transpose()?,
                premiere: festival.premiere.as_ref().map(|p| self.id(p, msg!("press-field-premiere"))).transpose()?,
                selection: festival
                    .selection
                    .as_ref()
                    .map(|s| self.id(s, msg!("press-field-selection")))
                    .transpose()?,
                awards: festival
                    .awards
                    .iter()
                    .map(|a| self.id(a, msg!("press-field-award")))
                    .collect::<Result<_, _>>()?,
            });
        }

        let mut distribution = Vec::new();
        for deal in &raw.distribution {
            distribution.push(Distribution {
                role: self.id(&deal.role, msg!("press-field-distribution-role"))?,
                companies: deal.companies.iter().map(|c| clean(c)).collect(),
                territories: deal.territories.iter().map(|t| self.country(t)).collect::<Result<_, _>>()?,
            });
        }

        let mut limits = BTreeMap::new();
        for (id, words) in &raw.limits {
            let limit = usize::try_from(*words.get_ref())
                .ok()
                .filter(|w| *w > 0)
                .ok_or_else(|| self.error(words, msg!("error-facts-limit", id = id.as_str())))?;
            if !LIMIT_IDS.contains(&id.as_str()) {
                let known = LIMIT_IDS.join(", ");
                return Err(self.error(words, msg!("error-facts-limit-section", id = id.as_str(), known = known)));
            }
            limits.insert(id.clone(), limit);
        }
        let mut contacts = Vec::new();
        for contact in &raw.contacts {
            contacts.push(Contact {
                role: self.id(&contact.role, msg!("press-field-contact-role"))?,
                name: contact.name.as_deref().map(clean),
                company: contact.company.as_deref().map(clean),
                email: contact.email.as_ref().map(|e| self.email(e)).transpose()?,
                phone: contact.phone.as_deref().map(clean),
                url: contact.url.as_ref().map(|u| self.url(u)).transpose()?,
            });
        }
        let mut links = Vec::new();
        for link in &raw.links {
            links.push(Link { kind: self.id(&link.kind, msg!("press-field-link-kind"))?, url: self.url(&link.url)? });
        }

        Ok(Facts {
            limits,
            contacts,
            links,
            titles,
            original_language,
            director: person(&film.director)?,
            project_type: self.id(&film.project_type, msg!("press-field-project-type"))?,
            runtime_minutes: *film.runtime_minutes.get_ref(),
            completion_date: self.date(&film.completion_date)?,
            countries_of_origin: film.countries_of_origin.iter().map(|c| self.country(c)).collect::<Result<_, _>>()?,
            countries_of_filming: film
                .countries_of_filming
                .iter()
                .map(|c| self.country(c))
                .collect::<Result<_, _>>()?,
            languages: film.languages.iter().map(|l| self.language(l)).collect::<Result<_, _>>()?,
            color: self.id(&film.color, msg!("press-field-color"))?,
            first_time_filmmaker: film.first_time_filmmaker,
            student_project: film.student_project,
            credits,
            festivals,
            distribution,
        })
    }
}

/// The sections and parts a `[limits]` table may limit, as `--stats` names them.
pub const LIMIT_IDS: &[&str] = &["logline", "synopsis-short", "synopsis-medium", "synopsis-long", "bio", "statement"];

/// One line of text: marker characters removed, runs of whitespace (including newlines)
/// collapsed, ends trimmed.
fn clean(text: &str) -> String {
    let filtered: String = text.chars().filter(|c| !rich::is_marker(*c)).collect();
    filtered.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Facts {
    /// Parse `film.toml` text; errors name `path` and the line.
    pub fn parse(path: &Path, text: &str) -> Result<Facts, Error> {
        Reader { path, text }.parse()
    }

    /// Every message id the facts select (`role-director`, `country-mx`, `award-best-feature` …),
    /// each with what asks for it (`press-asked-by`: `role "director"`), without repeats.
    pub fn message_ids(&self) -> Vec<(String, Message)> {
        let mut out: Vec<(String, Message)> = Vec::new();
        let mut add = |prefix: &str, id: &str, what: fn() -> Message| {
            let key = format!("{prefix}-{}", id.to_ascii_lowercase());
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, msg!("press-asked-by", what = what(), id = id)));
            }
        };
        add("project-type", &self.project_type, || msg!("press-key-project-type"));
        add("color", &self.color, || msg!("press-key-color"));
        for code in self.countries_of_origin.iter().chain(&self.countries_of_filming) {
            add("country", code, || msg!("press-key-country"));
        }
        for code in &self.languages {
            add("language", code, || msg!("press-key-language"));
        }
        for credit in &self.credits {
            add("role", &credit.role, || msg!("press-key-role"));
        }
        for festival in &self.festivals {
            if let Some(code) = &festival.country {
                add("country", code, || msg!("press-key-country"));
            }
            if let Some(premiere) = &festival.premiere {
                add("premiere", premiere, || msg!("press-key-premiere"));
            }
            if let Some(selection) = &festival.selection {
                add("selection", selection, || msg!("press-key-selection"));
            }
            for award in &festival.awards {
                add("award", award, || msg!("press-key-award"));
            }
        }
        for deal in &self.distribution {
            add("distribution", &deal.role, || msg!("press-key-distribution-role"));
            for code in &deal.territories {
                add("country", code, || msg!("press-key-country"));
            }
        }
        for contact in &self.contacts {
            add("contact", &contact.role, || msg!("press-key-contact-role"));
        }
        for link in &self.links {
            add("link", &link.kind, || msg!("press-key-link-kind"));
        }
        out
    }

    /// The title in `locale`'s language, else the original title.
    pub fn title_for(&self, locale: &str) -> (&str, &str) {
        let language = locale.split('-').next().unwrap_or(locale).to_ascii_lowercase();
        match self.titles.get_key_value(&language) {
            Some((lang, title)) => (title, lang),
            None => self.original_title(),
        }
    }

    /// The original title and its language.
    pub fn original_title(&self) -> (&str, &str) {
        let title = self.titles.get(&self.original_language).map_or("", String::as_str);
        (title, &self.original_language)
    }

    /// The English title (the original title if there is none) and its language.
    pub fn english_title(&self) -> (&str, &str) {
        match self.titles.get_key_value("en") {
            Some((lang, title)) => (title, lang),
            None => self.original_title(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[film]
titles = { en = "What We Leave Behind", es = "Lo que dejamos atrás" }
original-language = "es"
director = "ana"
project-type = "documentary-feature"
runtime-minutes = 72
completion-date = "2022-02-25"
countries-of-origin = ["us"]
countries-of-filming = ["MX", "US"]
languages = ["es"]
color = "color"
first-time-filmmaker = true
student-project = false

[[people]]
id = "ana"
name = "  Ana\nPérez "
gender = "female"
works = ["Uno"]

[[people]]
id = "sam"
name = "Sam"

[[credits]]
role = "director"
person = "ana"

[[credits]]
role = "editor"
person = "sam"

[[festivals]]
id = "giff"
name = { name = "Guanajuato International Film Festival", es = "Festival Internacional de Cine Guanajuato" }
country = "MX"
date = "2022-07-20"
awards = ["best-feature"]
"#;

    fn parse(text: &str) -> Result<Facts, Error> {
        Facts::parse(Path::new("film.toml"), text)
    }

    #[test]
    fn facts_parse_and_resolve_people() {
        let facts = parse(MINIMAL).expect("valid");
        assert_eq!(facts.director.name, "Ana Pérez");
        assert_eq!(facts.credits[1].person.gender, None);
        assert_eq!(facts.credits[0].person.gender, Some(Gender::Female));
        assert_eq!(facts.countries_of_origin, ["US"]);
        assert_eq!(facts.festivals[0].name.for_locale("es-MX"), "Festival Internacional de Cine Guanajuato");
        assert_eq!(facts.festivals[0].name.for_locale("en-US"), "Guanajuato International Film Festival");
        assert_eq!(facts.title_for("es-MX"), ("Lo que dejamos atrás", "es"));
        assert_eq!(facts.title_for("fr"), ("Lo que dejamos atrás", "es"));
        assert_eq!(facts.english_title().0, "What We Leave Behind");
    }

    #[test]
    fn errors_name_the_line() {
        let bad_date = MINIMAL.replace("2022-07-20", "2022-02-30");
        let err = parse(&bad_date).expect_err("invalid date");
        assert_eq!(err.line, Some(38));
        assert!(err.message.contains("2022-02-30"), "{err}");

        let bad_person = MINIMAL.replace("person = \"sam\"", "person = \"nobody\"");
        let err = parse(&bad_person).expect_err("unknown person");
        assert_eq!(err.to_string(), "film.toml:32: no [[people]] entry has id `nobody`");

        let bad_gender = MINIMAL.replace("gender = \"female\"", "gender = \"femal\"");
        assert!(parse(&bad_gender).expect_err("typo").message.contains("female, male or other"));

        let unknown_field = MINIMAL.replace("color = \"color\"", "colour = \"color\"");
        let err = parse(&unknown_field).expect_err("unknown field");
        assert_eq!(err.line, Some(12), "{err}");

        let bad_country = MINIMAL.replace("country = \"MX\"", "country = \"Mexico\"");
        assert!(parse(&bad_country).expect_err("country").message.contains("ISO 3166"));
    }

    #[test]
    fn markers_and_newlines_are_cleaned_from_values() {
        let text = MINIMAL.replace("name = \"Sam\"", "name = \"S\u{E000}am\"");
        let facts = parse(&text).expect("valid");
        assert_eq!(facts.credits[1].person.name, "Sam");
    }
}
