//! Press copy: the film's facts and Fluent bundles rendered as text, Markdown, HTML and JSON.
//!
//! Facts live once, language-neutral, in `locales/film.toml` ([`facts`]); all wording lives in
//! `locales/<locale>/*.ftl`. Both are embedded in the binary, or read from a folder
//! ([`catalog`]). [`compose`] builds one locale's copy from them and the renderers ([`text`],
//! [`markdown`], [`html`], [`json`], [`stats`]) turn copies into output.
pub mod args;
pub mod billing;
pub mod catalog;
pub mod compose;
pub mod facts;
pub mod fluent;
pub mod html;
pub mod json;
pub mod markdown;
pub mod rich;
pub mod stats;
pub mod text;

use crate::error::Error;
use catalog::Catalog;
use compose::{PressCopy, Section};
use unic_langid::LanguageIdentifier;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Wrapped plain text.
    Text,
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
    /// Structured JSON.
    Json,
}

/// Compose the copy of `sections` for each of `locales`, in order.
pub fn compose_all(
    catalog: &Catalog,
    locales: &[LanguageIdentifier],
    sections: &[Section],
    options: compose::Options,
) -> Result<Vec<PressCopy>, Error> {
    locales
        .iter()
        .map(|locale| {
            let l10n = catalog.localizer(locale)?;
            compose::compose(&catalog.facts, &l10n, sections, options)
        })
        .collect()
}

/// Render composed copies in `format`. `whole_document` adds the title and byline to text and
/// Markdown (HTML pages always have them); `alternates` are the locale tags an HTML page links
/// to as `hreflang` alternates.
pub fn render(copies: &[PressCopy], format: Format, whole_document: bool, alternates: &[String]) -> String {
    match format {
        Format::Text => text::render(copies, whole_document),
        Format::Markdown => markdown::render(copies, whole_document),
        Format::Html => html::render(copies, alternates),
        Format::Json => json::render(copies),
    }
}

/// Render word and character counts of composed copies in `format`, with the word limits of
/// `limits` (`[limits]` in `film.toml`).
pub fn render_stats(
    copies: &[PressCopy],
    limits: &std::collections::BTreeMap<String, usize>,
    format: Format,
) -> String {
    let rows = stats::compute(copies, limits);
    match format {
        Format::Text => stats::render_text(&rows),
        Format::Markdown => stats::render_markdown(&rows),
        Format::Html => stats::render_html(&rows),
        Format::Json => json::render_stats(&rows),
    }
}
