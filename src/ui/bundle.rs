//! The embedded interface bundles and the one function that formats a [`Message`] with them.
use super::UiLang;
use crate::diagnostic::{Arg, Message};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The interface bundles, as `(path under locales/ui, text)`: one folder per locale.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("en-US/cli.ftl", include_str!("../../locales/ui/en-US/cli.ftl")),
    ("en-US/findings.ftl", include_str!("../../locales/ui/en-US/findings.ftl")),
    ("en-US/report.ftl", include_str!("../../locales/ui/en-US/report.ftl")),
    ("es-MX/cli.ftl", include_str!("../../locales/ui/es-MX/cli.ftl")),
    ("es-MX/findings.ftl", include_str!("../../locales/ui/es-MX/findings.ftl")),
    ("es-MX/report.ftl", include_str!("../../locales/ui/es-MX/report.ftl")),
    ("es-MX/help.ftl", include_str!("../../locales/ui/es-MX/help.ftl")),
    ("es-MX/rules.ftl", include_str!("../../locales/ui/es-MX/rules.ftl")),
    ("en-US/structure-timing.ftl", include_str!("../../locales/ui/en-US/structure-timing.ftl")),
    ("en-US/text.ftl", include_str!("../../locales/ui/en-US/text.ftl")),
    ("en-US/errors.ftl", include_str!("../../locales/ui/en-US/errors.ftl")),
    ("en-US/commands.ftl", include_str!("../../locales/ui/en-US/commands.ftl")),
    ("es-MX/structure-timing.ftl", include_str!("../../locales/ui/es-MX/structure-timing.ftl")),
    ("es-MX/text.ftl", include_str!("../../locales/ui/es-MX/text.ftl")),
    ("es-MX/errors.ftl", include_str!("../../locales/ui/es-MX/errors.ftl")),
    ("es-MX/commands.ftl", include_str!("../../locales/ui/es-MX/commands.ftl")),
];

/// Functions the interface bundles may call.
pub const FUNCTIONS: &[&str] = &["NUMBER"];

/// A bundle for `locale` as the interface renders: built-in functions, no isolation marks.
pub fn new_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    // A fresh bundle has no functions: registering cannot collide.
    let _ = bundle.add_builtins();
    bundle
}

type Shared = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The bundle of `lang`, built once and shared by every thread.
fn bundle(lang: UiLang) -> &'static Shared {
    static BUNDLES: [OnceLock<Shared>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        UiLang::English => &BUNDLES[0],
        UiLang::Spanish => &BUNDLES[1],
    };
    slot.get_or_init(|| {
        let mut bundle = Shared::new_concurrent(vec![lang.langid()]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_builtins();
        let prefix = format!("{}/", lang.tag());
        for (_, text) in EMBEDDED.iter().filter(|(path, _)| path.starts_with(&prefix)) {
            // A resource with errors keeps its good entries; `locales check` reports the rest,
            // and a test keeps the embedded files clean.
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(resource, _)| resource);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// `message` in `lang`, falling back to English, then to the id.
pub(super) fn format(lang: UiLang, message: &Message) -> String {
    if let Some(text) = format_in(lang, message) {
        return text;
    }
    if lang != UiLang::English
        && let Some(text) = format_in(UiLang::English, message)
    {
        return text;
    }
    message.id.to_string()
}

/// The message `id` without arguments, only if `lang`'s bundle has it.
pub(super) fn lookup(lang: UiLang, id: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The attribute `attribute` of message `id`, without arguments, only if `lang`'s bundle has it.
pub(super) fn lookup_attribute(lang: UiLang, id: &str, attribute: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
}

fn format_in(lang: UiLang, message: &Message) -> Option<String> {
    super::fast::format(lang, message).or_else(|| format_with_fluent(lang, message))
}

/// `message` in `lang` through fluent-bundle's resolver, only if `lang`'s bundle has it.
pub(super) fn format_with_fluent(lang: UiLang, message: &Message) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(message.id)?.value()?;
    let mut args = FluentArgs::with_capacity(message.args.len());
    for (name, arg) in &message.args {
        args.set(*name, value(lang, arg));
    }
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned())
}

/// An argument as Fluent sees it: whole numbers as numbers (plural selection), decimals as text
/// written with the language's separator (Fluent writes `24.5` in every locale).
fn value(lang: UiLang, arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Int(n) => FluentValue::from(*n),
        Arg::Num(x) if x.fract() == 0.0 && x.abs() < 1e15 => FluentValue::from(*x as i64),
        other => FluentValue::from(text_value(lang, other).unwrap_or_default()),
    }
}

/// The text an argument that is not a whole number becomes: decimals with the language's
/// separator, nested messages rendered; `None` for a whole number.
pub(super) fn text_value(lang: UiLang, arg: &Arg) -> Option<String> {
    Some(match arg {
        Arg::Int(_) => return None,
        Arg::Num(x) if x.fract() == 0.0 && x.abs() < 1e15 => return None,
        // Rust's shortest form (`12.5`), with the language's separator.
        Arg::Num(x) => match lang.decimal_separator() {
            '.' => x.to_string(),
            separator => x.to_string().replace('.', &separator.to_string()),
        },
        Arg::Fixed(x, decimals) => super::decimal(lang, *x, *decimals),
        Arg::Str(s) => s.clone(),
        Arg::Msg(m) => format(lang, m),
        Arg::List(list) => list.iter().map(|m| format(lang, m)).collect::<Vec<_>>().join("; "),
    })
}
