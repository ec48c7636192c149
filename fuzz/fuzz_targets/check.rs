//! `check` on arbitrary bytes with every rule on, with and without `--fix`, rendered in every
//! report format. Never panic; findings point inside the text; JSON and SARIF parse, JUnit is
//! well-formed XML; a fixed file checks again without error.
//!
//! The first byte picks the settings (language, extension) so that every path gets exercised;
//! with its top bit set, the file's first line (controls, line breaks, ESC and all) becomes part
//! of its name, and the human, concise and github reports must show no control character raw and
//! start no line with `::` but their own workflow commands.
#![no_main]
use dejamos::check::config::{CliSettings, ConfigSource, Resolver};
use dejamos::check::engine::Engine;
use dejamos::check::{FileOptions, check_file};
use dejamos::report::{Format, RenderOptions, Report};
use dejamos::ui::UiLang;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let engine = Engine::new();
    let lang = ["es", "en", "es-MX"].get(usize::from(selector % 4)).and_then(|l| dejamos::lang::parse_lang_tag(l));
    let cli = CliSettings {
        lang,
        profile: None,
        fps: None,
        audience: None,
        select: vec!["all".to_string()],
        ignore: Vec::new(),
        ..CliSettings::default()
    };
    let Ok(mut resolver) = Resolver::new(engine.infos(), &cli, ConfigSource::Isolated) else { return };
    let extension = if selector & 0x10 != 0 { "vtt" } else { "srt" };
    let hostile_name = selector & 0x80 != 0;
    let name = if hostile_name {
        let first = bytes.split(|&b| b == b'\n').nth(1).unwrap_or_default();
        format!("fuzz-{}.{extension}", String::from_utf8_lossy(first))
    } else {
        format!("fuzz.{extension}")
    };
    let name = name.as_str();
    let path = Path::new(if extension == "vtt" { "fuzz.vtt" } else { "fuzz.srt" });
    let Ok(settings) = resolver.settings_for(path) else { return };
    let fix = selector & 0x20 != 0;
    let Ok(checked) = check_file(
        &engine,
        &settings,
        name,
        path,
        bytes.to_vec(),
        FileOptions { encoding: None, fix, ..FileOptions::default() },
    ) else {
        return;
    };
    let source_len = checked.report.source.len();
    for d in &checked.report.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "1-based positions: {d:?}");
        assert!(d.span.start <= d.span.end && d.span.end <= source_len, "span inside the text: {d:?}");
    }
    if let Some(fixed) = &checked.fixed {
        // What --fix writes must be readable again (it never produces a file check refuses).
        let again = check_file(
            &engine,
            &settings,
            name,
            path,
            fixed.bytes.clone(),
            FileOptions { encoding: None, fix: false, ..FileOptions::default() },
        );
        if let Err(e) = again {
            panic!("the fixed file cannot be read again ({e}):\n{}", String::from_utf8_lossy(&fixed.bytes));
        }
    }
    let report = Report { files: vec![checked.report], rules: engine.infos().to_vec(), command: "check" };
    for format in [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Junit, Format::Github] {
        let text = dejamos::report::render(
            &report,
            format,
            &RenderOptions {
                color: selector & 0x40 != 0,
                quiet: false,
                // Both interface languages render every format (Spanish with bit 3).
                lang: if selector & 0x08 != 0 { UiLang::Spanish } else { UiLang::English },
            },
        );
        match format {
            Format::Json | Format::Sarif => {
                if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
                    panic!("{format:?} output does not parse ({e}):\n{text}");
                }
            }
            Format::Junit => {
                if let Err(e) = roxmltree::Document::parse(&text) {
                    panic!("JUnit output is not well-formed XML ({e}):\n{text}");
                }
            }
            Format::Human | Format::Concise | Format::Github if selector & 0x40 == 0 => {
                // No colour: any control character but a line break is the file's, escaped.
                let raw = text.chars().find(|&c| c != '\n' && dejamos::report::is_unsafe_for_terminal(c));
                assert!(raw.is_none(), "{format:?} printed {raw:?} raw:\n{text}");
                if format != Format::Github {
                    assert!(
                        !text.lines().any(|l| l.starts_with("::")),
                        "{format:?} started a workflow command:\n{text}"
                    );
                } else {
                    assert!(text.lines().all(|l| l.starts_with("::")), "a line outside a workflow command:\n{text}");
                }
            }
            _ => {}
        }
    }
});
