use super::*;

#[test]
fn gettext_style_locales_choose_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_string())
    };
    let lang = |given: Option<&str>, pairs: &'static [(&'static str, &'static str)]| {
        UiLang::choose(given, env(pairs)).map(|(l, _)| l)
    };
    assert_eq!(lang(None, &[("LANG", "es_MX.UTF-8")]), Ok(UiLang::Spanish));
    assert_eq!(lang(None, &[("LANG", "es_ES")]), Ok(UiLang::Spanish));
    assert_eq!(lang(None, &[("LANG", "es")]), Ok(UiLang::Spanish));
    assert_eq!(lang(None, &[("LANG", "C")]), Ok(UiLang::English));
    assert_eq!(lang(None, &[("LANG", "POSIX")]), Ok(UiLang::English));
    assert_eq!(lang(None, &[("LANG", "C.UTF-8")]), Ok(UiLang::English));
    assert_eq!(lang(None, &[]), Ok(UiLang::English));
    assert_eq!(lang(None, &[("LANG", "fr_FR.UTF-8")]), Ok(UiLang::English));
    assert_eq!(lang(None, &[("LANG", "en_GB.UTF-8")]), Ok(UiLang::English));
    // Precedence: the tag, then DEJAMOS_UI_LANG, LC_ALL, LC_MESSAGES, LANG.
    assert_eq!(lang(None, &[("LC_ALL", "C"), ("LANG", "es_MX.UTF-8")]), Ok(UiLang::English));
    assert_eq!(lang(None, &[("LC_MESSAGES", "es_MX"), ("LANG", "C")]), Ok(UiLang::Spanish));
    assert_eq!(lang(None, &[("LC_ALL", ""), ("LANG", "es_MX.UTF-8")]), Ok(UiLang::Spanish));
    assert_eq!(lang(None, &[("DEJAMOS_UI_LANG", "es"), ("LC_ALL", "C")]), Ok(UiLang::Spanish));
    assert_eq!(lang(Some("en"), &[("DEJAMOS_UI_LANG", "es"), ("LANG", "es_MX.UTF-8")]), Ok(UiLang::English));
    assert_eq!(lang(Some("es-419"), &[]), Ok(UiLang::Spanish));
    assert!(lang(Some("not a tag!"), &[]).is_err());
    let (_, source) = UiLang::choose(None, env(&[("LC_MESSAGES", "es_MX")])).expect("chosen");
    assert_eq!(source, UiSource::Variable("LC_MESSAGES"));
}

#[test]
fn numbers_plurals_and_no_isolation_marks() {
    let message = msg!("max-cps", cps = Arg::Fixed(24.0, 1), chars = 48, duration = 2000, limit = 17.0, needed = 2824);
    let es = render(UiLang::Spanish, &message);
    assert_eq!(
        es,
        "24,0 caracteres por segundo (48 caracteres en 2000 ms); el máximo es 17 (el texto necesita 2824 ms)"
    );
    let en = render(UiLang::English, &message);
    assert!(en.starts_with("24.0 characters per second"), "{en}");
    assert!(!es.contains(['\u{2068}', '\u{2069}']) && !en.contains(['\u{2068}', '\u{2069}']));
    let half = msg!("fix-extend-for-cps", end = "00:00:01,000", limit = 12.5);
    assert!(render(UiLang::Spanish, &half).ends_with("12,5 cps"));
    assert_eq!(render(UiLang::English, &msg!("count-cues", count = 1)), "1 cue");
    assert_eq!(render(UiLang::Spanish, &msg!("count-cues", count = 1)), "1 subtítulo");
    assert_eq!(render(UiLang::Spanish, &msg!("count-cues", count = 3)), "3 subtítulos");
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    assert_eq!(render(UiLang::Spanish, &Message::new("no-such-message", Vec::new())), "no-such-message");
}

#[test]
fn the_embedded_bundles_parse_cleanly() {
    for (path, text) in EMBEDDED {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new((*text).to_string()) {
            panic!("{path}: {errors:?}");
        }
    }
}
