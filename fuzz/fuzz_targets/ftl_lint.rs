//! The Fluent linter on arbitrary `.ftl` text: never panic; findings point inside their file;
//! every output format renders and the JSON and SARIF ones parse.
//!
//! Input: the en-US (reference) file, then U+0001, then the es-MX file (the same text if absent).
//! A first byte of U+0002 wraps the en-US text in calls and placeables nested a few thousand
//! deep (`{ NUMBER({ NUMBER(… } ) }`), which must be refused, not overflow the stack.
#![no_main]
use dejamos::locales_check::{LocaleSet, Options, lint};
use dejamos::report::{self, Format, RenderOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (en, es) = text.split_once('\u{1}').unwrap_or((&text, &text));
    let deep;
    let en = match en.strip_prefix('\u{2}') {
        Some(rest) => {
            let depth = 2_000 + rest.len() % 64;
            deep = format!("deep = {{ {}{rest}{} }}\n", "NUMBER({ ".repeat(depth), " })".repeat(depth));
            deep.as_str()
        }
        None => en,
    };
    let file = |t: &str| vec![("press.ftl".to_string(), t.to_string())];
    let set = LocaleSet::from_pairs("locales", vec![("en-US".into(), file(en)), ("es-MX".into(), file(es))]);
    let Ok(linted) = lint(&set, &Options::default()) else { return };
    for file in &linted.files {
        for d in &file.diagnostics {
            assert!(d.line >= 1 && d.column >= 1, "1-based positions: {d:?}");
            assert!(d.span.start <= d.span.end && d.span.end <= file.source.len(), "span inside the file: {d:?}");
        }
    }
    let options = RenderOptions { color: false, quiet: false, ..Default::default() };
    for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github] {
        let rendered = report::render(&linted, format, &options);
        if matches!(format, Format::Json | Format::Sarif) {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&rendered) {
                panic!("{format:?} output does not parse ({e}):\n{rendered}");
            }
        }
    }
});
