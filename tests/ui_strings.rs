//! No user-facing English string literal is left in the library: every sentence a person reads
//! goes through the interface bundles (`msg!`). The check is a heuristic over the source: a
//! string literal outside comments, attributes, `msg!` and test modules that holds two English
//! words in a row is prose. `ALLOWED` lists the files that may still hold such literals, each
//! with why: machine text (CSS, XML, schema keys) or wording not yet moved to the bundles. A
//! comment line `// not user-facing: why` exempts the line after it.
use std::fs;
use std::path::{Path, PathBuf};

/// Files that may hold English literals, and why.
const ALLOWED: &[(&str, &str)] = &[
    // Machine text: markup, style sheets, format names, regex and test data.
    ("src/report/html.rs", "CSS and SVG markup"),
    ("src/report/escape.rs", "escaping tables"),
    ("src/report/sarif.rs", "SARIF keys"),
    ("src/report/csv.rs", "CSV header"),
    ("src/ui/mod.rs", "the English reasons the report layer matches (LangSource::describe)"),
    ("src/ui/bundle.rs", "file names"),
];

/// Files of the core crate that may hold English literals, and why. The core words nothing
/// itself: its findings and errors are message ids the library renders.
const CORE_ALLOWED: &[(&str, &str)] = &[
    // The parsers' findings carry their English wording beside the id (`Worded`).
    ("crates/subtitle/src/srt/parse.rs", "parser findings' English beside their ids"),
    ("crates/subtitle/src/vtt.rs", "parser findings' English beside their ids"),
    // Language names and the reasons a language was chosen: the report layer matches them and
    // words them again (`report::language_reason`).
    ("crates/subtitle/src/lang", "language names and reasons"),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether a literal's text reads as English prose: two lowercase words of two letters or more
/// in a row, outside a `{…}` placeholder.
fn is_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !(c.is_ascii_alphabetic() || c == '\'')).collect();
    text.contains(' ')
        && words.windows(2).any(|w| {
            w[0].len() >= 2
                && w[1].len() >= 2
                && w[0].chars().all(|c| c.is_ascii_lowercase())
                && w[1].chars().all(|c| c.is_ascii_lowercase())
        })
        && text.split(' ').filter(|w| w.chars().all(|c| c.is_ascii_lowercase()) && w.len() >= 2).count() >= 2
}

/// The string literals of the library's code that read as English, as `path:line: "text"`.
fn english_literals(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("crates/subtitle/src"), &mut files);
    files.sort();
    let literal = regex::Regex::new(r#""((?:[^"\\]|\\.)*)""#).expect("regex");
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(root).expect("in root").to_string_lossy().replace('\\', "/");
        // The binary's own texts and the library's tests are not the library's output.
        if relative.starts_with("src/cli/") || relative == "src/main.rs" || relative.ends_with("/tests.rs") {
            continue;
        }
        let allowed = ALLOWED.iter().chain(CORE_ALLOWED);
        if allowed.into_iter().any(|(allowed, _)| relative == *allowed || relative.starts_with(&format!("{allowed}/")))
        {
            continue;
        }
        let text = fs::read_to_string(&file).expect("read");
        let mut in_msg = 0usize;
        let mut exempt = false;
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            // A comment line `// not user-facing: why` exempts the line after it.
            if std::mem::take(&mut exempt) {
                continue;
            }
            if trimmed.starts_with("// not user-facing") {
                exempt = true;
                continue;
            }
            if trimmed.starts_with("#[cfg(test)]") {
                break;
            }
            // A rule declaration's `help:` is its English source, as its docs are (the Spanish
            // is the attribute `.help` of `rule-NAME` in locales/ui/es-MX/rules.ftl).
            if trimmed.starts_with("//") || trimmed.starts_with("#[") || trimmed.starts_with("help: \"") {
                continue;
            }
            // So are a profile declaration's summary and sources (their Spanish is `profile-NAME`
            // in the same file).
            if relative == "src/check/profile.rs" && (trimmed.contains("summary: \"") || trimmed.contains("source: \""))
            {
                continue;
            }
            if line.contains("msg!(") {
                in_msg = 1;
            }
            for capture in literal.captures_iter(line) {
                let body = &capture[1];
                if in_msg == 0 && is_prose(body) {
                    found.push(format!("{relative}:{}: \"{body}\"", number + 1));
                }
            }
            if in_msg > 0 && (line.contains(')') || line.trim_end().ends_with(';')) {
                in_msg = 0;
            }
        }
    }
    found
}

#[test]
fn no_english_prose_literal_outside_the_bundles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = english_literals(root);
    assert!(
        found.is_empty(),
        "user-facing English in the library: move it to locales/ui with msg!, or list the file in ALLOWED:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_heuristic_finds_prose_and_leaves_names_alone() {
    assert!(is_prose("line is {length} characters; the maximum is {limit}"));
    assert!(is_prose("no .srt or .vtt files found"));
    assert!(!is_prose("max-line-length"));
    assert!(!is_prose("en-US/findings.ftl"));
    assert!(!is_prose("{} ({})"));
}

#[test]
fn every_allowed_path_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, _) in ALLOWED.iter().chain(CORE_ALLOWED) {
        assert!(root.join(path).exists(), "{path} is allowed but does not exist");
    }
}
