//! Composing one locale's press copy from the facts and that locale's messages.
//!
//! The result ([`PressCopy`]) is format-neutral: every renderer (text, Markdown, HTML, JSON,
//! stats) walks the same structure, so the formats cannot disagree about content.
use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::{Value, json};

use super::catalog::Localizer;
use super::facts::{Facts, Gender};
use super::fluent::IsoDate;
use super::rich::{self, Rich};
use crate::error::Error;

/// A section of the press copy, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// One-sentence pitch.
    Logline,
    /// Synopses at the lengths press and festivals ask for.
    Synopsis,
    /// Each award with its festival and year, ready for laurels.
    Awards,
    /// Roles, people and their other works.
    Credits,
    /// Titles, type, runtime, dates, countries, language, colour, first film, student project.
    Details,
    /// Festival run with places, premieres, selections and awards.
    Festivals,
    /// Distributors and territories.
    Distribution,
    /// The director's biography.
    Bio,
    /// The director's statement.
    Statement,
    /// Press contacts and press-material links (left out when `film.toml` gives none).
    Contacts,
}

impl Section {
    /// Every section, in document order.
    pub const ALL: [Section; 10] = [
        Section::Logline,
        Section::Synopsis,
        Section::Awards,
        Section::Credits,
        Section::Details,
        Section::Festivals,
        Section::Distribution,
        Section::Bio,
        Section::Statement,
        Section::Contacts,
    ];

    /// The section's id (`logline`, `synopsis` …), as used by `--section` and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Section::Logline => "logline",
            Section::Synopsis => "synopsis",
            Section::Awards => "awards",
            Section::Credits => "credits",
            Section::Details => "details",
            Section::Festivals => "festivals",
            Section::Distribution => "distribution",
            Section::Bio => "bio",
            Section::Statement => "statement",
            Section::Contacts => "contacts",
        }
    }
}

/// One locale's press copy.
#[derive(Debug, Clone, PartialEq)]
pub struct PressCopy {
    /// BCP 47 tag of the locale (`es-MX`).
    pub locale: String,
    /// The title in this locale's language.
    pub title: String,
    /// The original title.
    pub original_title: String,
    /// The English title.
    pub english_title: String,
    /// A one-paragraph description for page metadata: the logline as plain text.
    pub description: String,
    /// "What We Leave Behind — Press Kit".
    pub document_title: Rich,
    /// "A film by Iliana Sosa".
    pub byline: Rich,
    /// The requested sections, in document order.
    pub sections: Vec<SectionCopy>,
}

/// One section: heading and body.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionCopy {
    /// Which section.
    pub section: Section,
    /// Its heading in this locale.
    pub heading: String,
    /// Its content.
    pub body: Body,
}

/// The content of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A single paragraph (logline).
    Logline(Rich),
    /// Synopses from shortest to longest; each stands alone.
    Synopsis(Vec<SynopsisPart>),
    /// Awards with festival and year.
    Awards(Vec<AwardEntry>),
    /// Contacts and press-material links.
    Contacts {
        /// The contacts, in `film.toml` order.
        contacts: Vec<ContactEntry>,
        /// "Press material", when there are links.
        links_heading: String,
        /// The links, in `film.toml` order.
        links: Vec<LinkEntry>,
    },
    /// Credits grouped by function in billing order, then each person's filmography.
    Credits {
        /// One line per role, in the locale's billing order.
        groups: Vec<CreditGroup>,
        /// "Filmography".
        filmography_heading: String,
        /// Each credited person with works, in order of first appearance in `groups`.
        filmographies: Vec<Filmography>,
    },
    /// Label–value pairs.
    Details(Vec<Field>),
    /// Festivals in order.
    Festivals(Vec<FestivalEntry>),
    /// Distribution deals.
    Distribution(Vec<DistributionEntry>),
    /// Paragraphs (bio, statement).
    Prose(Vec<Rich>),
}

/// One synopsis.
#[derive(Debug, Clone, PartialEq)]
pub struct SynopsisPart {
    /// Part id (`short`, `medium`, `long`); its word limit is `synopsis-<id>` in `film.toml`.
    pub id: &'static str,
    /// "Short Synopsis".
    pub heading: String,
    /// Its paragraphs.
    pub paragraphs: Vec<Rich>,
}

/// One award, for laurels.
#[derive(Debug, Clone, PartialEq)]
pub struct AwardEntry {
    /// Award id and name.
    pub award: Labelled,
    /// Festival id.
    pub festival_id: String,
    /// Festival name in this locale.
    pub festival: String,
    /// The festival's year, when `film.toml` dates it.
    pub year: Option<i32>,
    /// "Fandor New Voices Award — SXSW, 2022".
    pub text: String,
}

/// A contact, with its role in this locale.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactEntry {
    /// Role id and label ("Press").
    pub role: Labelled,
    /// The facts given for it.
    pub contact: super::facts::Contact,
}

/// A press-material link.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkEntry {
    /// Kind id and label ("Stills").
    pub kind: Labelled,
    /// The address.
    pub url: String,
}

/// Everyone credited with one role.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditGroup {
    /// Role id (`director`).
    pub role: String,
    /// Role name in this locale: the activity ("Producción") unless every person in the group
    /// has a stated gender ("Productoras"); English varies only in number ("Producers").
    pub label: String,
    /// The people, in `film.toml` order.
    pub people: Vec<CreditPerson>,
}

/// A person in a credit group.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditPerson {
    /// The name as credited.
    pub name: String,
    /// The gender `film.toml` states (`female`, `male`, `other`), if any.
    pub gender: Option<&'static str>,
}

/// One person's other works.
#[derive(Debug, Clone, PartialEq)]
pub struct Filmography {
    /// The person's name.
    pub person: String,
    /// Titles of works.
    pub works: Vec<String>,
}

/// A labelled value of the details section.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Field id (`runtime`).
    pub id: &'static str,
    /// Label in this locale.
    pub label: String,
    /// Value in this locale.
    pub value: Rich,
    /// The underlying fact, for JSON (`72`, `"2022-02-25"`, `["US"]`).
    pub data: Value,
}

/// Every message the composer asks for whatever `film.toml` says (ids that come from facts,
/// such as `role-director` or `country-mx`, are listed by [`Facts::message_ids`]).
pub const REQUIRED_MESSAGES: &[&str] = &[
    "document-title",
    "byline",
    "section-logline",
    "section-synopsis",
    "section-awards",
    "section-credits",
    "section-details",
    "section-festivals",
    "section-distribution",
    "section-bio",
    "section-statement",
    "section-contacts",
    "logline",
    "synopsis-short-heading",
    "synopsis-short",
    "synopsis-medium-heading",
    "synopsis-medium",
    "synopsis-long-heading",
    "synopsis-long",
    "bio",
    "statement",
    "credits-filmography",
    "details-english-title",
    "details-original-title",
    "details-project-type",
    "details-runtime",
    "details-completion-date",
    "details-countries-of-origin",
    "details-countries-of-filming",
    "details-languages",
    "details-color",
    "details-first-time-filmmaker",
    "details-student-project",
    "runtime",
    "date-long",
    "answer-yes",
    "answer-no",
    "festival-place",
    "festival-premiere-dated",
    "award-highlight",
    "award-highlight-dated",
    "distribution-territories",
    "links-heading",
];

/// Details fields copied from a festival submission form (project type, completion date,
/// colour, student project): not press material, shown only on request.
pub const FORM_FIELDS: &[&str] = &["project-type", "completion-date", "color", "student-project"];

/// What to compose besides the sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Include the submission-form [`FORM_FIELDS`] in the details.
    pub all_fields: bool,
}

/// A labelled code with its name in this locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    /// The id or code (`world`, `US`).
    pub id: String,
    /// Its wording in this locale.
    pub label: String,
}

/// One festival of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct FestivalEntry {
    /// Festival id.
    pub id: String,
    /// Official name for this locale.
    pub name: String,
    /// City for this locale.
    pub city: Option<String>,
    /// Country code and name.
    pub country: Option<Labelled>,
    /// "Austin, Texas, United States".
    pub place: Option<String>,
    /// The date, if known.
    pub date: Option<IsoDate>,
    /// The date written out in this locale.
    pub date_text: Option<String>,
    /// Premiere id and label.
    pub premiere: Option<Labelled>,
    /// "World Premiere, March 11, 2022" (premiere and date), or just one of them.
    pub event: Option<String>,
    /// Selection id and label.
    pub selection: Option<Labelled>,
    /// Awards.
    pub awards: Vec<Labelled>,
}

/// One distribution deal.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionEntry {
    /// Role id (`distributor`).
    pub role: String,
    /// "Distributors".
    pub label: String,
    /// Company names.
    pub companies: Vec<String>,
    /// "Territories".
    pub territories_label: String,
    /// Territory codes and names.
    pub territories: Vec<Labelled>,
}

/// Builds [`PressCopy`] for one locale.
struct Composer<'a> {
    facts: &'a Facts,
    l10n: &'a Localizer,
    locale: String,
    options: Options,
}

type Arg = (&'static str, FluentValue<'static>);

fn text_arg(name: &'static str, value: &str) -> Arg {
    (name, FluentValue::from(rich::value(value)))
}

fn num_arg(name: &'static str, value: usize) -> Arg {
    (name, FluentValue::from(value))
}

impl Composer<'_> {
    fn args(args: Vec<Arg>) -> FluentArgs<'static> {
        let mut out = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            out.set(name, value);
        }
        out
    }

    fn plain(&self, id: &str, args: Vec<Arg>) -> Result<String, Error> {
        let args = Self::args(args);
        self.l10n.plain(id, if args.iter().next().is_some() { Some(&args) } else { None })
    }

    fn rich(&self, id: &str, args: Vec<Arg>) -> Result<Rich, Error> {
        let args = Self::args(args);
        self.l10n.rich(id, Some(&args))
    }

    fn paragraphs(&self, id: &str, args: Vec<Arg>) -> Result<Vec<Rich>, Error> {
        self.l10n.paragraphs(id, Some(&Self::args(args)))
    }

    fn title_arg(&self, name: &'static str, (title, lang): (&str, &str)) -> Arg {
        (name, FluentValue::from(rich::title_value(title, Some(lang))))
    }

    fn country(&self, code: &str) -> Result<Labelled, Error> {
        let label = self.plain(&format!("country-{}", code.to_ascii_lowercase()), vec![])?;
        Ok(Labelled { id: code.to_string(), label })
    }

    fn labelled(&self, prefix: &str, id: &str) -> Result<Labelled, Error> {
        Ok(Labelled { id: id.to_string(), label: self.plain(&format!("{prefix}-{id}"), vec![])? })
    }

    fn section(&self, section: Section) -> Result<SectionCopy, Error> {
        let heading = match section {
            Section::Bio | Section::Statement => self.plain(
                &format!("section-{}", section.id()),
                vec![("gender", FluentValue::from(self.facts.director.gender.unwrap_or(Gender::Other).key()))],
            )?,
            _ => self.plain(&format!("section-{}", section.id()), vec![])?,
        };
        let body = match section {
            Section::Logline => {
                let args = vec![text_arg("director", &self.facts.director.name)];
                let mut paragraphs = self.paragraphs("logline", args)?;
                Body::Logline(if paragraphs.is_empty() { Rich::default() } else { paragraphs.remove(0) })
            }
            Section::Synopsis => {
                let mut parts = Vec::new();
                for id in ["short", "medium", "long"] {
                    let mut args = Vec::new();
                    if id != "short" {
                        args.push(text_arg("director", &self.facts.director.name));
                    }
                    if id == "long" {
                        args.push(self.title_arg("title", self.facts.title_for(&self.locale)));
                    }
                    parts.push(SynopsisPart {
                        id,
                        heading: self.plain(&format!("synopsis-{id}-heading"), vec![])?,
                        paragraphs: self.paragraphs(&format!("synopsis-{id}"), args)?,
                    });
                }
                Body::Synopsis(parts)
            }
            Section::Awards => Body::Awards(self.awards()?),
            Section::Contacts => self.contacts()?,
            Section::Credits => self.credits()?,
            Section::Details => Body::Details(self.details()?),
            Section::Festivals => Body::Festivals(self.festivals()?),
            Section::Distribution => Body::Distribution(self.distribution()?),
            Section::Bio => Body::Prose(self.paragraphs(
                "bio",
                vec![
                    text_arg("director", &self.facts.director.name),
                    self.title_arg("title", self.facts.title_for(&self.locale)),
                ],
            )?),
            Section::Statement => Body::Prose(self.paragraphs(
                "statement",
                vec![
                    self.title_arg("title", self.facts.title_for(&self.locale)),
                    self.title_arg("original-title", self.facts.original_title()),
                ],
            )?),
        };
        Ok(SectionCopy { section, heading, body })
    }

    fn credits(&self) -> Result<Body, Error> {
        let order = super::billing::order_for(&self.locale);
        let mut roles: Vec<&str> = Vec::new();
        for credit in &self.facts.credits {
            if !roles.contains(&credit.role.as_str()) {
                roles.push(&credit.role);
            }
        }
        // A stable sort keeps film.toml order for roles the billing order does not list.
        roles.sort_by_key(|role| super::billing::rank(order, role));
        let mut groups = Vec::new();
        let mut filmographies: Vec<Filmography> = Vec::new();
        for role in roles {
            let people: Vec<&super::facts::Person> =
                self.facts.credits.iter().filter(|c| c.role == role).map(|c| &c.person).collect();
            let genders: Vec<Option<Gender>> = people.iter().map(|p| p.gender).collect();
            let gender = match genders.first() {
                Some(Some(first)) if genders.iter().all(|g| *g == Some(*first)) => first.key(),
                _ => Gender::Other.key(),
            };
            let label = self.plain(
                &format!("role-{role}"),
                vec![("gender", FluentValue::from(gender)), num_arg("count", people.len())],
            )?;
            for person in &people {
                if !person.works.is_empty() && !filmographies.iter().any(|f| f.person == person.name) {
                    filmographies.push(Filmography { person: person.name.clone(), works: person.works.clone() });
                }
            }
            groups.push(CreditGroup {
                role: role.to_string(),
                label,
                people: people
                    .iter()
                    .map(|p| CreditPerson { name: p.name.clone(), gender: p.gender.map(Gender::key) })
                    .collect(),
            });
        }
        Ok(Body::Credits { groups, filmography_heading: self.plain("credits-filmography", vec![])?, filmographies })
    }

    fn awards(&self) -> Result<Vec<AwardEntry>, Error> {
        let mut out = Vec::new();
        for festival in &self.facts.festivals {
            let name = festival.name.for_locale(&self.locale).to_string();
            let year = festival.date.map(|d| d.year);
            for award in self.list("award", &festival.awards)? {
                let mut args = vec![text_arg("award", &award.label), text_arg("festival", &name)];
                let text = match year {
                    Some(year) => {
                        args.push(("year", FluentValue::from(year.to_string())));
                        self.plain("award-highlight-dated", args)?
                    }
                    None => self.plain("award-highlight", args)?,
                };
                out.push(AwardEntry { award, festival_id: festival.id.clone(), festival: name.clone(), year, text });
            }
        }
        Ok(out)
    }

    fn contacts(&self) -> Result<Body, Error> {
        let mut contacts = Vec::new();
        for contact in &self.facts.contacts {
            contacts.push(ContactEntry { role: self.labelled("contact", &contact.role)?, contact: contact.clone() });
        }
        let mut links = Vec::new();
        for link in &self.facts.links {
            links.push(LinkEntry { kind: self.labelled("link", &link.kind)?, url: link.url.clone() });
        }
        let links_heading = if links.is_empty() { String::new() } else { self.plain("links-heading", vec![])? };
        Ok(Body::Contacts { contacts, links_heading, links })
    }

    fn list(&self, prefix: &str, codes: &[String]) -> Result<Vec<Labelled>, Error> {
        codes
            .iter()
            .map(|code| if prefix == "country" { self.country(code) } else { self.labelled(prefix, code) })
            .collect()
    }

    fn details(&self) -> Result<Vec<Field>, Error> {
        let facts = self.facts;
        let mut fields = Vec::new();
        let mut field = |id: &'static str, label: String, value: Rich, data: Value| {
            fields.push(Field { id, label, value, data });
        };
        let title_field = |(title, lang): (&str, &str)| -> Result<Rich, Error> {
            Rich::from_formatted(&rich::title_value(title, Some(lang))).map_err(crate::ui::error)
        };
        // The title in the copy's language comes first: the original title in Spanish.
        let english = facts.english_title();
        let original = facts.original_title();
        let english_field = Field {
            id: "english-title",
            label: self.plain("details-english-title", vec![])?,
            value: title_field(english)?,
            data: json!(english.0),
        };
        let original_field = Field {
            id: "original-title",
            label: self.plain("details-original-title", vec![])?,
            value: title_field(original)?,
            data: json!({ "title": original.0, "language": original.1 }),
        };
        let language = self.locale.split('-').next().unwrap_or("");
        let titles = if language.eq_ignore_ascii_case(original.1) {
            [original_field, english_field]
        } else {
            [english_field, original_field]
        };
        for title in titles {
            field(title.id, title.label, title.value, title.data);
        }
        field(
            "project-type",
            self.plain("details-project-type", vec![])?,
            Rich::plain(&self.plain(&format!("project-type-{}", facts.project_type), vec![])?),
            json!(facts.project_type),
        );
        let minutes = facts.runtime_minutes as usize;
        let runtime = self.plain(
            "runtime",
            vec![num_arg("total", minutes), num_arg("hours", minutes / 60), num_arg("minutes", minutes % 60)],
        )?;
        field("runtime", self.plain("details-runtime", vec![])?, Rich::plain(&runtime), json!(minutes));
        let date = facts.completion_date.to_string();
        let date_text = self.plain("date-long", vec![("date", FluentValue::from(date.clone()))])?;
        field("completion-date", self.plain("details-completion-date", vec![])?, Rich::plain(&date_text), json!(date));
        for (id, codes, prefix) in [
            ("countries-of-origin", &facts.countries_of_origin, "country"),
            ("countries-of-filming", &facts.countries_of_filming, "country"),
            ("languages", &facts.languages, "language"),
        ] {
            let names = self.list(prefix, codes)?;
            let joined = names.iter().map(|n| n.label.as_str()).collect::<Vec<_>>().join(", ");
            field(
                id,
                self.plain(&format!("details-{id}"), vec![num_arg("count", codes.len())])?,
                Rich::plain(&joined),
                json!(codes),
            );
        }
        field(
            "color",
            self.plain("details-color", vec![])?,
            Rich::plain(&self.plain(&format!("color-{}", facts.color), vec![])?),
            json!(facts.color),
        );
        for (id, value) in
            [("first-time-filmmaker", facts.first_time_filmmaker), ("student-project", facts.student_project)]
        {
            let answer = self.plain(if value { "answer-yes" } else { "answer-no" }, vec![])?;
            field(id, self.plain(&format!("details-{id}"), vec![])?, Rich::plain(&answer), json!(value));
        }
        if !self.options.all_fields {
            fields.retain(|f| !FORM_FIELDS.contains(&f.id));
        }
        Ok(fields)
    }

    fn festivals(&self) -> Result<Vec<FestivalEntry>, Error> {
        let mut out = Vec::new();
        for festival in &self.facts.festivals {
            let city = festival.city.as_ref().map(|c| c.for_locale(&self.locale).to_string());
            let country = festival.country.as_deref().map(|c| self.country(c)).transpose()?;
            let place = match (&city, &country) {
                (Some(city), Some(country)) => Some(
                    self.plain("festival-place", vec![text_arg("city", city), text_arg("country", &country.label)])?,
                ),
                (Some(city), None) => Some(city.clone()),
                (None, Some(country)) => Some(country.label.clone()),
                (None, None) => None,
            };
            let date = festival.date;
            let date_arg = |d: IsoDate| ("date", FluentValue::from(d.to_string()));
            let date_text = date.map(|d| self.plain("date-long", vec![date_arg(d)])).transpose()?;
            let premiere = festival.premiere.as_deref().map(|p| self.labelled("premiere", p)).transpose()?;
            let event = match (&premiere, date) {
                (Some(premiere), Some(date)) => Some(
                    self.plain("festival-premiere-dated", vec![text_arg("premiere", &premiere.label), date_arg(date)])?,
                ),
                (Some(premiere), None) => Some(premiere.label.clone()),
                (None, Some(_)) => date_text.clone(),
                (None, None) => None,
            };
            out.push(FestivalEntry {
                id: festival.id.clone(),
                name: festival.name.for_locale(&self.locale).to_string(),
                city,
                country,
                place,
                date,
                date_text,
                premiere,
                event,
                selection: festival.selection.as_deref().map(|s| self.labelled("selection", s)).transpose()?,
                awards: self.list("award", &festival.awards)?,
            });
        }
        Ok(out)
    }

    fn distribution(&self) -> Result<Vec<DistributionEntry>, Error> {
        let mut out = Vec::new();
        for deal in &self.facts.distribution {
            out.push(DistributionEntry {
                role: deal.role.clone(),
                label: self
                    .plain(&format!("distribution-{}", deal.role), vec![num_arg("count", deal.companies.len())])?,
                companies: deal.companies.clone(),
                territories_label: self
                    .plain("distribution-territories", vec![num_arg("count", deal.territories.len())])?,
                territories: self.list("country", &deal.territories)?,
            });
        }
        Ok(out)
    }
}

/// Compose the press copy of `sections` in the localizer's locale.
///
/// The contacts section is left out when `film.toml` gives no contacts and no links.
pub fn compose(facts: &Facts, l10n: &Localizer, sections: &[Section], options: Options) -> Result<PressCopy, Error> {
    let composer = Composer { facts, l10n, locale: l10n.tag().to_string(), options };
    let title = facts.title_for(l10n.tag());
    let document_title = composer.rich("document-title", vec![composer.title_arg("title", title)])?;
    let byline = composer.rich("byline", vec![text_arg("director", &facts.director.name)])?;
    let logline = composer.paragraphs("logline", vec![text_arg("director", &facts.director.name)])?;
    let description = logline.iter().map(Rich::to_plain).collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for section in Section::ALL {
        let empty = section == Section::Contacts && facts.contacts.is_empty() && facts.links.is_empty();
        if sections.contains(&section) && !empty {
            out.push(composer.section(section)?);
        }
    }
    Ok(PressCopy {
        locale: l10n.tag().to_string(),
        title: title.0.to_string(),
        original_title: facts.original_title().0.to_string(),
        english_title: facts.english_title().0.to_string(),
        description,
        document_title,
        byline,
        sections: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::press::catalog::Catalog;

    fn copy(locale: &str, sections: &[Section]) -> PressCopy {
        let catalog = Catalog::embedded().expect("embedded copy");
        let l10n = catalog.localizer(&locale.parse().expect("tag")).expect("bundle");
        compose(&catalog.facts, &l10n, sections, Options::default()).expect("composes")
    }

    fn credit_lines(locale: &str) -> Vec<(String, Vec<String>)> {
        let copy = copy(locale, &[Section::Credits]);
        let Body::Credits { groups, .. } = &copy.sections[0].body else { panic!("credits body") };
        groups.iter().map(|g| (g.label.clone(), g.people.iter().map(|p| p.name.clone()).collect())).collect()
    }

    #[test]
    fn credits_are_grouped_by_function_in_each_languages_billing_order() {
        let line = |label: &str, names: &[&str]| (label.to_string(), names.iter().map(|n| n.to_string()).collect());
        assert_eq!(
            credit_lines("es-MX"),
            vec![
                line("Dirección", &["Iliana Sosa"]),
                line("Producción", &["Emma D. Miller", "Iliana Sosa"]),
                line("Coproducción", &["Isidore Bethel"]),
                line("Guion", &["Iliana Sosa", "Isidore Bethel"]),
                line("Edición", &["Isidore Bethel"]),
            ]
        );
        assert_eq!(
            credit_lines("en-US"),
            vec![
                line("Director", &["Iliana Sosa"]),
                line("Writers", &["Iliana Sosa", "Isidore Bethel"]),
                line("Producers", &["Emma D. Miller", "Iliana Sosa"]),
                line("Co-Producer", &["Isidore Bethel"]),
                line("Editor", &["Isidore Bethel"]),
            ]
        );
    }

    #[test]
    fn festivals_carry_places_premieres_dates_and_official_names() {
        let copy = copy("es-MX", &[Section::Festivals]);
        let Body::Festivals(entries) = &copy.sections[0].body else { panic!("festivals body") };
        let sxsw = &entries[0];
        assert_eq!(sxsw.place.as_deref(), Some("Austin, Texas, Estados Unidos"));
        assert_eq!(sxsw.event.as_deref(), Some("Estreno mundial, 11 de marzo de 2022"));
        assert_eq!(sxsw.date_text.as_deref(), Some("11 de marzo de 2022"));
        assert_eq!(entries[1].place.as_deref(), Some("Nueva York, Estados Unidos"));
        assert!(entries.iter().any(|f| f.name == "Festival Internacional de Cine Guanajuato"));
        assert_eq!(entries.len(), 22);
    }

    #[test]
    fn only_requested_sections_are_composed_in_document_order() {
        let copy = copy("en-US", &[Section::Statement, Section::Logline]);
        let ids: Vec<&str> = copy.sections.iter().map(|s| s.section.id()).collect();
        assert_eq!(ids, ["logline", "statement"]);
        assert_eq!(copy.document_title.to_markdown(), "*What We Leave Behind* — Press Kit");
        let Body::Prose(paragraphs) = &copy.sections[1].body else { panic!("prose body") };
        assert_eq!(paragraphs.len(), 3);
        assert!(
            paragraphs[0]
                .to_html("en-US")
                .ends_with("<cite>What We Leave Behind</cite> (<cite lang=\"es\">Lo que dejamos atrás</cite>).")
        );
    }
}
