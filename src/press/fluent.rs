//! Building Fluent bundles the way the press renderer does: no isolation marks, built-in
//! functions, and `DATETIME` backed by ICU4X.
//!
//! `DATETIME($date)` takes an ISO date (`2022-03-11`) and an optional `dateStyle` of `long`
//! (default), `medium` or `short`; it formats with the bundle's locale ("March 11, 2022",
//! "11 de marzo de 2022"). Formatters are built once per bundle and style and cached by the
//! bundle's memoizer, so rendering many dates costs one formatter construction.
use std::borrow::Cow;

use fluent_bundle::types::FluentType;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// The deepest nesting parsed, placeables and call arguments together (`{ NUMBER(NUMBER(…)) }`
/// is as deep as `{ { … } }`); real messages nest two or three levels. fluent-syntax's parser
/// recurses once per level of either, so deeper text would overflow the stack: it is refused
/// first.
pub const MAX_NESTING: usize = 64;

/// The offset of the first `{` or `(` nested deeper than [`MAX_NESTING`], if any. Braces and
/// parentheses inside string literals (`{ "{" }`) do not count, nor do parentheses in text
/// outside placeables (only a placeable holds calls).
pub fn nesting_overflow(text: &str) -> Option<usize> {
    let mut braces = 0usize;
    let mut parens = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'{' | b'(' if byte == b'{' || braces > 0 => {
                if byte == b'{' {
                    braces += 1;
                } else {
                    parens += 1;
                }
                if braces + parens > MAX_NESTING {
                    return Some(at);
                }
            }
            b'}' => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    // Parentheses in a variant's text never close: they end with the placeable.
                    parens = 0;
                }
            }
            b')' => parens = parens.saturating_sub(1),
            b'"' if braces > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Line numbers of byte offsets in a Fluent file, from its line starts found once: counting
/// line breaks from the start of the file for every entry made loading quadratic.
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    /// The line starts of `text` (Fluent breaks lines at LF; CRLF ends in LF).
    pub fn new(text: &str) -> LineStarts {
        LineStarts(std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1)).collect())
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset).max(1)
    }
}

/// Names of the functions [`new_bundle`] registers.
pub const FUNCTIONS: &[&str] = &["NUMBER", "DATETIME"];

/// A bundle for `locale` with every function the renderer registers, and isolation off.
pub fn new_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    new_bundle_chain(std::slice::from_ref(locale))
}

/// A bundle for a fallback chain of locales (`en-GB`, `en-US`): the first drives dates and
/// plurals. Functions and isolation as [`new_bundle`].
pub fn new_bundle_chain(locales: &[LanguageIdentifier]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(locales.to_vec());
    bundle.set_use_isolating(false);
    // A fresh bundle has no functions, so neither registration can collide.
    let _ = bundle.add_builtins();
    let _ = bundle.add_function("DATETIME", datetime);
    bundle
}

/// The length of a formatted date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// "March 11, 2022" / "11 de marzo de 2022".
    Long,
    /// "Mar 11, 2022" / "11 mar 2022".
    Medium,
    /// "3/11/22" / "11/03/22".
    Short,
}

/// A calendar date (proleptic Gregorian), checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl IsoDate {
    /// Parse `YYYY-MM-DD`; `None` unless the date exists.
    pub fn parse(text: &str) -> Option<IsoDate> {
        let mut parts = text.trim().splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        let date = IsoDate { year: year.parse().ok()?, month: month.parse().ok()?, day: day.parse().ok()? };
        date.to_icu().map(|_| date)
    }

    fn to_icu(self) -> Option<Date<Gregorian>> {
        Date::try_new_gregorian(self.year, self.month, self.day).ok()
    }
}

impl std::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A formatter for one locale and style, memoized per bundle.
struct DateFormatter(FixedCalendarDateTimeFormatter<Gregorian, YMD>);

impl Memoizable for DateFormatter {
    type Args = (DateStyle,);
    type Error = String;

    fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
        // unic-langid and ICU4X have separate locale types; BCP 47 text bridges them.
        let locale: icu_locale_core::Locale = lang.to_string().parse().map_err(|e| format!("{e:?}"))?;
        let field_set = match args.0 {
            DateStyle::Long => YMD::long(),
            DateStyle::Medium => YMD::medium(),
            DateStyle::Short => YMD::short(),
        };
        FixedCalendarDateTimeFormatter::try_new(locale.into(), field_set)
            .map(DateFormatter)
            .map_err(|e| format!("{e:?}"))
    }
}

/// The value `DATETIME` returns: formatted lazily with the bundle's memoized formatter.
#[derive(Debug, Clone, PartialEq)]
struct FluentDate {
    date: IsoDate,
    style: DateStyle,
}

impl FluentDate {
    fn format_with(&self, formatter: &DateFormatter) -> Cow<'static, str> {
        match self.date.to_icu() {
            Some(date) => formatter.0.format(&date).to_string().into(),
            None => self.date.to_string().into(),
        }
    }
}

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        intls
            .with_try_get::<DateFormatter, _, _>((self.style,), |f| self.format_with(f))
            .unwrap_or_else(|_| self.date.to_string().into())
    }

    fn as_string_threadsafe(&self, _intls: &intl_memoizer::concurrent::IntlLangMemoizer) -> Cow<'static, str> {
        // Concurrent bundles would need Send + Sync ICU4X formatters (the `sync` feature); the
        // renderer only builds single-threaded bundles, so they get the ISO date.
        self.date.to_string().into()
    }
}

/// `DATETIME(date, dateStyle: "long"|"medium"|"short")`. An argument that is not an existing
/// ISO date, or an unknown style, gives `FluentValue::Error` (the renderer rejects the output).
fn datetime<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let style = match named.get("dateStyle") {
        None => DateStyle::Long,
        Some(FluentValue::String(s)) if s == "long" => DateStyle::Long,
        Some(FluentValue::String(s)) if s == "medium" => DateStyle::Medium,
        Some(FluentValue::String(s)) if s == "short" => DateStyle::Short,
        Some(_) => return FluentValue::Error,
    };
    let date = match positional.first() {
        Some(FluentValue::String(text)) => IsoDate::parse(text),
        Some(FluentValue::Custom(custom)) => custom.as_any().downcast_ref::<FluentDate>().map(|d| d.date),
        _ => None,
    };
    match date {
        Some(date) => FluentValue::Custom(Box::new(FluentDate { date, style })),
        None => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    fn render(locale: LanguageIdentifier, source: &str, args: &FluentArgs) -> (String, usize) {
        let mut bundle = new_bundle(&locale);
        bundle.add_resource(FluentResource::try_new(source.to_string()).expect("parses")).expect("adds");
        let message = bundle.get_message("m").expect("message");
        let mut errors = Vec::new();
        let text = bundle.format_pattern(message.value().expect("value"), Some(args), &mut errors).into_owned();
        (text, errors.len())
    }

    #[test]
    fn dates_follow_the_bundle_locale() {
        let mut args = FluentArgs::new();
        args.set("date", "2022-03-11");
        let source = "m = On { DATETIME($date) } ({ DATETIME($date, dateStyle: \"medium\") })";
        assert_eq!(render(langid!("en-US"), source, &args), ("On March 11, 2022 (Mar 11, 2022)".to_string(), 0));
        assert_eq!(render(langid!("es-MX"), source, &args), ("On 11 de marzo de 2022 (11 mar 2022)".to_string(), 0));
    }

    #[test]
    fn numbers_select_plurals_without_isolation_marks() {
        let source = "m = { NUMBER($n) ->\n    [one] { $n } hour\n   *[other] { $n } hours\n} left";
        for (n, want) in [(1, "1 hour left"), (2, "2 hours left")] {
            let mut args = FluentArgs::new();
            args.set("n", n);
            assert_eq!(render(langid!("en-US"), source, &args), (want.to_string(), 0));
        }
    }

    #[test]
    fn bad_dates_and_styles_are_errors() {
        for date in ["2022-02-30", "11/03/2022", "2022-3-11"] {
            let mut args = FluentArgs::new();
            args.set("date", date);
            assert_eq!(render(langid!("en-US"), "m = { DATETIME($date) }", &args).0, "DATETIME()");
        }
        let mut args = FluentArgs::new();
        args.set("date", "2022-03-11");
        assert_eq!(render(langid!("en-US"), "m = { DATETIME($date, dateStyle: \"full\") }", &args).0, "DATETIME()");
        assert_eq!(IsoDate::parse("2024-02-29").map(|d| d.to_string()), Some("2024-02-29".to_string()));
        assert_eq!(IsoDate::parse("2023-02-29"), None);
    }

    #[test]
    fn functions_are_registered() {
        let bundle = new_bundle(&langid!("es-MX"));
        let mut errors = Vec::new();
        let resource = FluentResource::try_new("m = x".to_string()).expect("parses");
        let mut bundle = bundle;
        bundle.add_resource(resource).expect("adds");
        let message = bundle.get_message("m").expect("message");
        bundle.format_pattern(message.value().expect("value"), None, &mut errors);
        assert!(errors.is_empty());
        assert_eq!(FUNCTIONS, &["NUMBER", "DATETIME"]);
    }
}
