//! Rich text: plain text with italic spans (film titles), rendered safely in every format.
//!
//! Fluent produces strings, so italics travel inside them as private-use marker characters.
//! Two sources create them: title arguments (wrapped by [`title_value`]) and the `<i>` /
//! `<i lang="xx">` markup translators may write in prose. Argument values can never create
//! markup: [`value`] hides their `<` before Fluent sees them and [`Rich::from_formatted`]
//! restores it after the markup pass. Every renderer then escapes the text for its format.
use crate::msg;
use crate::ui::Message;

/// Opens an italic span without a language.
const EM_OPEN: char = '\u{E000}';
/// Closes an italic span.
const EM_CLOSE: char = '\u{E001}';
/// Opens an italic span with a language tag: `LANG_OPEN tag LANG_END text EM_CLOSE`.
const LANG_OPEN: char = '\u{E002}';
/// Ends the language tag of a [`LANG_OPEN`] span.
const LANG_END: char = '\u{E003}';
/// A `<` that came from an argument value, hidden from the markup pass.
const VALUE_LT: char = '\u{E004}';

/// Whether `c` is one of the marker characters (facts and arguments must never contain them).
pub fn is_marker(c: char) -> bool {
    ('\u{E000}'..='\u{E00F}').contains(&c)
}

/// An argument value as plain text: markers removed, `<` hidden from the markup pass.
pub fn value(text: &str) -> String {
    text.chars().filter(|c| !is_marker(*c)).map(|c| if c == '<' { VALUE_LT } else { c }).collect()
}

/// An argument value that is a title of a work, shown in italics; `lang` is its language.
pub fn title_value(text: &str, lang: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    match lang.filter(|l| is_language_tag(l)) {
        Some(lang) => {
            out.push(LANG_OPEN);
            out.push_str(lang);
            out.push(LANG_END);
        }
        None => out.push(EM_OPEN),
    }
    out.push_str(&value(text));
    out.push(EM_CLOSE);
    out
}

fn is_language_tag(text: &str) -> bool {
    !text.is_empty() && text.len() <= 35 && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Text with italic spans. Build it with [`Rich::from_formatted`] or [`Rich::plain`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rich(String);

/// One piece of a [`Rich`] text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    /// Upright text.
    Text(&'a str),
    /// Italic text, with its language when it differs from the surrounding text.
    Italic {
        /// The italic text.
        text: &'a str,
        /// Its BCP 47 language tag, if known.
        lang: Option<&'a str>,
    },
}

impl Rich {
    /// Plain text without italics (markers removed).
    pub fn plain(text: &str) -> Self {
        Rich(text.chars().filter(|c| !is_marker(*c)).collect())
    }

    /// Parse the output of a Fluent message: `<i>`, `<i lang="xx">` and `</i>` written by the
    /// translator become italic spans; argument values stay literal. Errors describe unbalanced
    /// or nested markup.
    pub fn from_formatted(formatted: &str) -> Result<Self, Message> {
        let mut out = String::with_capacity(formatted.len());
        let mut open = false;
        let mut rest = formatted;
        while let Some(pos) = rest.find(['<', EM_OPEN, LANG_OPEN, EM_CLOSE]) {
            out.push_str(&rest[..pos]);
            rest = &rest[pos..];
            let mut chars = rest.chars();
            let first = chars.next().unwrap_or('<');
            if first != '<' {
                // Markers from title arguments.
                let closes = first == EM_CLOSE;
                if closes != open {
                    return Err(if closes {
                        msg!("error-rich-title-closes-twice")
                    } else {
                        msg!("error-rich-title-in-italics")
                    });
                }
                open = !closes;
                let len = first.len_utf8();
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                if first == LANG_OPEN {
                    let end = rest.find(LANG_END).ok_or_else(|| msg!("error-rich-title-without-end"))?;
                    out.push_str(&rest[..end + LANG_END.len_utf8()]);
                    rest = &rest[end + LANG_END.len_utf8()..];
                }
                continue;
            }
            if let Some(after) = rest.strip_prefix("</i>") {
                if !open {
                    return Err(msg!("error-rich-close-without-open"));
                }
                open = false;
                out.push(EM_CLOSE);
                rest = after;
            } else if let Some(after) = rest.strip_prefix("<i>") {
                if open {
                    return Err(msg!("error-rich-nested"));
                }
                open = true;
                out.push(EM_OPEN);
                rest = after;
            } else if let Some(after) = rest.strip_prefix("<i lang=\"") {
                let end = after.find("\">").ok_or_else(|| msg!("error-rich-lang-unclosed"))?;
                let lang = &after[..end];
                if !is_language_tag(lang) {
                    return Err(msg!("error-rich-bad-lang", lang = lang));
                }
                if open {
                    return Err(msg!("error-rich-nested"));
                }
                open = true;
                out.push(LANG_OPEN);
                out.push_str(lang);
                out.push(LANG_END);
                rest = &after[end + 2..];
            } else {
                out.push('<');
                rest = &rest[1..];
            }
        }
        out.push_str(rest);
        if open {
            return Err(msg!("error-rich-never-closed"));
        }
        Ok(Rich(out.replace(VALUE_LT, "<")))
    }

    /// The spans of this text, in order; empty spans are skipped.
    pub fn spans(&self) -> Vec<Span<'_>> {
        let mut spans = Vec::new();
        let mut rest = self.0.as_str();
        while !rest.is_empty() {
            match rest.find([EM_OPEN, LANG_OPEN]) {
                Some(0) => {
                    let mut lang = None;
                    let mut body = &rest[EM_OPEN.len_utf8()..];
                    if rest.starts_with(LANG_OPEN) {
                        let end = body.find(LANG_END).unwrap_or(0);
                        lang = Some(&body[..end]);
                        body = body.get(end + LANG_END.len_utf8()..).unwrap_or("");
                    }
                    let end = body.find(EM_CLOSE).unwrap_or(body.len());
                    if end > 0 {
                        spans.push(Span::Italic { text: &body[..end], lang });
                    }
                    rest = body.get(end + EM_CLOSE.len_utf8()..).unwrap_or("");
                }
                Some(pos) => {
                    spans.push(Span::Text(&rest[..pos]));
                    rest = &rest[pos..];
                }
                None => {
                    spans.push(Span::Text(rest));
                    rest = "";
                }
            }
        }
        spans
    }

    /// The text without italics.
    pub fn to_plain(&self) -> String {
        let mut out = String::with_capacity(self.0.len());
        for span in self.spans() {
            match span {
                Span::Text(text) | Span::Italic { text, .. } => out.push_str(text),
            }
        }
        out
    }

    /// The text for plain-text output, where italics cannot be shown: titles of works are
    /// quoted instead, « » in Spanish and “ ” in other languages (`lang` is the copy's locale).
    pub fn to_plain_marked(&self, lang: &str) -> String {
        let mut out = String::with_capacity(self.0.len() + 8);
        for span in self.spans() {
            match span {
                Span::Text(text) => out.push_str(text),
                Span::Italic { text, .. } => out.push_str(&quote_title(text, lang)),
            }
        }
        out
    }

    /// Markdown: italics as `*…*`, Markdown punctuation escaped so values stay literal.
    pub fn to_markdown(&self) -> String {
        let mut out = String::with_capacity(self.0.len() + 8);
        for span in self.spans() {
            match span {
                Span::Text(text) => escape_markdown_into(text, &mut out),
                Span::Italic { text, .. } => {
                    out.push('*');
                    escape_markdown_into(text, &mut out);
                    out.push('*');
                }
            }
        }
        // A block must not start like a heading, list item or quote.
        if out.starts_with(['#', '-', '+', '=', '>']) || starts_like_ordered_item(&out) {
            out.insert(0, '\\');
        }
        out
    }

    /// HTML: italic spans are titles of works, so they become `<cite>` (shown in italics), with
    /// `lang` when it differs from `context_lang`; all text is escaped.
    pub fn to_html(&self, context_lang: &str) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        for span in self.spans() {
            match span {
                Span::Text(text) => escape_html_into(text, &mut out),
                Span::Italic { text, lang } => {
                    match lang.filter(|l| primary_language(l) != primary_language(context_lang)) {
                        Some(lang) => {
                            out.push_str("<cite lang=\"");
                            escape_html_into(lang, &mut out);
                            out.push_str("\">");
                        }
                        None => out.push_str("<cite>"),
                    }
                    escape_html_into(text, &mut out);
                    out.push_str("</cite>");
                }
            }
        }
        glue_dashes(&out)
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A title of a work for plain text: «Título» in Spanish, “Title” otherwise.
pub fn quote_title(title: &str, lang: &str) -> String {
    if primary_language(lang) == "es" { format!("«{title}»") } else { format!("“{title}”") }
}

/// U+2060 WORD JOINER: forbids a line break without adding width.
pub const WORD_JOINER: char = '\u{2060}';

/// Glue each em dash to a character it touches, so a raya written against its word
/// (`—pensada para toda la familia—,`) never ends or starts a line on its own; a spaced dash
/// (`college — let alone`) keeps its break opportunities at the spaces.
pub fn glue_dashes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in chars.iter().enumerate() {
        let touches = |n: Option<&char>| n.is_some_and(|n| !n.is_whitespace() && *n != WORD_JOINER);
        if *c == '—' && i > 0 && touches(chars.get(i - 1)) {
            out.push(WORD_JOINER);
        }
        out.push(*c);
        if *c == '—' && touches(chars.get(i + 1)) {
            out.push(WORD_JOINER);
        }
    }
    out
}

fn primary_language(tag: &str) -> String {
    tag.split('-').next().unwrap_or("").to_ascii_lowercase()
}

fn starts_like_ordered_item(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
}

/// Escape Markdown punctuation that could start emphasis, code, links or HTML.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_markdown_into(text, &mut out);
    out
}

fn escape_markdown_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Escape text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_html_into(text, &mut out);
    out
}

/// [`escape_html`] onto the end of `out`, leaving out the markers (see `is_marker`).
fn escape_html_into(text: &str, out: &mut String) {
    use crate::report::{Markup, escape_markup_into};
    for piece in text.split(is_marker) {
        escape_markup_into(piece, Markup::Html, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_from_the_translator_becomes_italics() {
        let rich = Rich::from_formatted("Her short <i>An Uncertain Future</i> premiered.").expect("valid");
        assert_eq!(rich.to_plain(), "Her short An Uncertain Future premiered.");
        assert_eq!(rich.to_markdown(), "Her short *An Uncertain Future* premiered.");
        assert_eq!(rich.to_html("en-US"), "Her short <cite>An Uncertain Future</cite> premiered.");
    }

    #[test]
    fn lang_markup_is_kept_only_when_the_language_differs() {
        let rich = Rich::from_formatted("<i lang=\"en\">Unrest</i> y <i lang=\"es\">Caballerango</i>").expect("ok");
        assert_eq!(rich.to_html("es-MX"), "<cite lang=\"en\">Unrest</cite> y <cite>Caballerango</cite>");
    }

    #[test]
    fn argument_values_never_become_markup() {
        let formatted = format!("Name: {}", value("<i>x</i> <script>&\"'"));
        let rich = Rich::from_formatted(&formatted).expect("values are literal");
        assert_eq!(rich.to_plain(), "Name: <i>x</i> <script>&\"'");
        assert_eq!(rich.to_html("en"), "Name: &lt;i&gt;x&lt;/i&gt; &lt;script&gt;&amp;&quot;&#39;");
        assert_eq!(rich.to_markdown(), "Name: \\<i\\>x\\</i\\> \\<script\\>\\&\"'");
    }

    #[test]
    fn title_values_are_italic_with_their_language() {
        let formatted = format!("{} ({})", title_value("What We Leave Behind", Some("en")), title_value("A<b", None));
        let rich = Rich::from_formatted(&formatted).expect("ok");
        assert_eq!(rich.to_markdown(), "*What We Leave Behind* (*A\\<b*)");
        assert_eq!(rich.to_html("es-MX"), "<cite lang=\"en\">What We Leave Behind</cite> (<cite>A&lt;b</cite>)");
        assert_eq!(rich.to_plain(), "What We Leave Behind (A<b)");
    }

    #[test]
    fn unbalanced_markup_is_an_error() {
        assert!(Rich::from_formatted("<i>open").is_err());
        assert!(Rich::from_formatted("close</i>").is_err());
        assert!(Rich::from_formatted("<i><i>x</i></i>").is_err());
        assert!(Rich::from_formatted("<i lang=\"e n\">x</i>").is_err());
        assert!(Rich::from_formatted(&format!("<i>{}</i>", title_value("x", None))).is_err());
        // A lone `<` in the copy is just a character.
        assert_eq!(Rich::from_formatted("a < b").expect("ok").to_html("en"), "a &lt; b");
    }

    #[test]
    fn rayas_are_glued_to_their_words_in_html_and_titles_quoted_in_text() {
        let rich = Rich::from_formatted("casa —pensada para todos—, el enfoque; college — let alone").expect("ok");
        assert_eq!(
            rich.to_html("es-MX"),
            "casa —\u{2060}pensada para todos\u{2060}—\u{2060}, el enfoque; college — let alone"
        );
        let title =
            Rich::from_formatted(&format!("Ver {}.", title_value("Lo que dejamos atrás", Some("es")))).expect("ok");
        assert_eq!(title.to_plain_marked("es-MX"), "Ver «Lo que dejamos atrás».");
        assert_eq!(title.to_plain_marked("en-US"), "Ver “Lo que dejamos atrás”.");
    }

    #[test]
    fn markers_in_values_are_dropped() {
        assert_eq!(value("a\u{E000}b\u{E001}"), "ab");
        assert_eq!(Rich::plain("x\u{E002}y").to_plain(), "xy");
    }

    #[test]
    fn markdown_blocks_cannot_start_structures() {
        assert_eq!(Rich::plain("# not a heading").to_markdown(), "\\# not a heading");
        assert_eq!(Rich::plain("1. not a list").to_markdown(), "\\1. not a list");
        assert_eq!(Rich::plain("2022 was").to_markdown(), "2022 was");
    }
}
