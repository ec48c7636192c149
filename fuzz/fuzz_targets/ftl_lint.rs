//! The Fluent linter on arbitrary `.ftl` text: never panic; findings point inside their file;
//! every output format renders and the JSON one parses.
//!
//! Input: the en-US (reference) file, then U+0001, then the es-MX file (the same text if absent).
#![no_main]
use dejamos::locales_check::output::{self, Format, OutputOptions};
use dejamos::locales_check::{LocaleSet, Options, lint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (en, es) = text.split_once('\u{1}').unwrap_or((&text, &text));
    let file = |t: &str| vec![("press.ftl".to_string(), t.to_string())];
    let set = LocaleSet::from_pairs("locales", vec![("en-US".into(), file(en)), ("es-MX".into(), file(es))]);
    let Ok(findings) = lint(&set, &Options::default()) else { return };
    for f in &findings {
        assert!(f.line >= 1 && f.column >= 1, "1-based positions: {f:?}");
        let len = set.source(&f.path).map_or(0, str::len);
        assert!(f.span.start <= f.span.end && f.span.end <= len, "span inside the file: {f:?}");
    }
    let options = OutputOptions { color: false, quiet: false, reference: "en-US".to_string() };
    for format in [Format::Human, Format::Json, Format::Github] {
        let rendered = output::render(&set, &findings, format, &options);
        if format == Format::Json {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&rendered) {
                panic!("JSON output does not parse ({e}):\n{rendered}");
            }
        }
    }
});
