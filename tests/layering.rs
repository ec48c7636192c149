//! The layers of ARCHITECTURE.md hold: the core crate depends on no CLI, Fluent or ICU crate and
//! on nothing else of dejamos; the library never reaches into the binary's `cli` module; and the
//! shared pieces exist once (one markup stripper, one `plural`, one frame conversion).
mod common;

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), fs::read_to_string(&path).expect("UTF-8 source")));
            }
        }
    }
    out
}

#[test]
fn the_core_crate_depends_on_no_cli_fluent_icu_or_dejamos_crate() {
    let manifest = fs::read_to_string(common::repo("crates/subtitle/Cargo.toml")).expect("core manifest");
    let dependencies = manifest.split("[dependencies]").nth(1).expect("a [dependencies] table");
    let dependencies = dependencies.split("\n[").next().unwrap_or("");
    for line in dependencies.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let name = line.split('=').next().unwrap_or("").trim();
        for banned in ["clap", "fluent", "icu", "intl", "unic-langid", "dejamos", "anstream", "indicatif"] {
            assert!(!name.starts_with(banned), "the core crate depends on {name}");
        }
    }
    for (path, text) in sources(&common::repo("crates/subtitle/src")) {
        assert!(!text.contains("dejamos::"), "{path} reaches into the dejamos crate");
    }
}

#[test]
fn the_library_never_imports_the_cli() {
    for (path, text) in sources(&common::repo("src")) {
        if path.contains("/src/cli/") || path.ends_with("/src/main.rs") {
            continue;
        }
        assert!(!text.contains("crate::cli"), "{path} imports the CLI");
        assert!(!text.contains("use clap") && !text.contains("clap::"), "{path} uses clap");
    }
}

#[test]
fn shared_pieces_are_defined_once() {
    let mut all = sources(&common::repo("src"));
    all.extend(sources(&common::repo("crates/subtitle/src")));
    let defining = |signature: &str| -> Vec<String> {
        all.iter().filter(|(_, text)| text.contains(signature)).map(|(path, _)| path.clone()).collect()
    };
    assert_eq!(defining("fn strip_markup(").len(), 1, "{:?}", defining("fn strip_markup("));
    assert_eq!(defining("fn plural(").len(), 1, "{:?}", defining("fn plural("));
    assert_eq!(defining("fn gcd(").len(), 1, "{:?}", defining("fn gcd("));
    assert_eq!(defining("fn frames_ms(").len(), 1, "{:?}", defining("fn frames_ms("));
    for stray in ["fn strip_tags(", "fn plain_text(", "fn frames_to_ms_ceil(", "fn plain_cue<"] {
        assert!(defining(stray).is_empty(), "{stray} is back: {:?}", defining(stray));
    }
}
