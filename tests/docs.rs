//! The documentation runs: every fenced `sh` block of the README and of `docs/` is run line by
//! line on a copy of `samples/`; the batch scripts in `samples/` run on a copy and their outputs
//! are checked; and every JSON report is valid against `docs/report-v1.schema.json`.
//!
//! A command in an `sh` block must exit 0 unless its comment says `# exit N`; a line ending in
//! `\` continues on the next. Blocks that build the project (`cargo …`) are `console` blocks.
mod common;

use common::{dejamos, repo};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary folder holding copies of `samples/` and `locales/`, as a clone's root would.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for folder in ["samples", "locales"] {
        copy_tree(&repo(folder), &dir.path().join(folder));
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `PATH` with the folder of the `dejamos` binary under test first.
fn path_with_binary() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_dejamos")).parent().expect("bin dir").to_path_buf();
    let rest = std::env::var("PATH").unwrap_or_default();
    format!("{}:{rest}", bin.display())
}

/// Run `script` with `sh -c` in `dir`, with the binary under test on `PATH`, no colour and a
/// fixed date (the HTML reports and press pages say when they were made).
fn shell(dir: &Path, script: &str) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("PATH", path_with_binary())
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1647043200")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("sh runs")
}

/// The commands of every ```` ```sh ```` block in `markdown`: (line number, command, exit code).
fn sh_commands(markdown: &str) -> Vec<(usize, String, i32)> {
    let mut commands = Vec::new();
    let mut in_block = false;
    let mut pending: Option<(usize, String)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        if line.trim_start().starts_with("```") {
            in_block = !in_block && line.trim() == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        let (start, mut text) = pending.take().unwrap_or((number, String::new()));
        text.push_str(line);
        if let Some(stripped) = text.strip_suffix('\\') {
            pending = Some((start, format!("{stripped} ")));
            continue;
        }
        let command = text.trim();
        if command.is_empty() || command.starts_with('#') {
            continue;
        }
        let code = match command.split_once("# exit ") {
            Some((_, rest)) => {
                rest.split(|c: char| !c.is_ascii_digit()).next().and_then(|n| n.parse().ok()).unwrap_or(0)
            }
            None => 0,
        };
        commands.push((start, command.to_string(), code));
    }
    assert!(!in_block, "an unclosed code block");
    commands
}

/// The pages under `docs/`.
fn docs_pages() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = fs::read_dir(repo("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    docs
}

/// The Markdown files whose `sh` blocks must run: the README, every page under `docs/`, and
/// `samples/README.md`.
fn documentation() -> Vec<PathBuf> {
    let mut pages = vec![repo("README.md")];
    pages.extend(docs_pages());
    pages.push(repo("samples/README.md"));
    pages
}

#[test]
fn every_sh_block_in_the_readme_and_docs_runs() {
    let mut ran = 0;
    let mut failures = Vec::new();
    for page in documentation() {
        let name = page.strip_prefix(repo("")).unwrap_or(&page).display().to_string();
        let text = fs::read_to_string(&page).expect("page");
        // One scratch folder per page: a page's commands may use what its earlier ones wrote.
        let dir = scratch();
        for (line, command, expected) in sh_commands(&text) {
            let output = shell(dir.path(), &command);
            ran += 1;
            if output.status.code() != Some(expected) {
                failures.push(format!(
                    "{name}:{line}: `{command}` exited {:?}, expected {expected}\n{}",
                    output.status.code(),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 40, "only {ran} documented commands found");
}

#[test]
fn the_readme_is_short() {
    let readme = fs::read_to_string(repo("README.md")).expect("README");
    assert!(readme.lines().count() <= 250, "README.md has {} lines", readme.lines().count());
}

#[test]
fn every_docs_page_is_linked_from_the_readme_and_links_resolve() {
    let readme = fs::read_to_string(repo("README.md")).expect("README");
    for page in docs_pages() {
        let file = page.file_name().expect("name").to_string_lossy().to_string();
        assert!(readme.contains(&format!("(docs/{file}")), "README.md does not link docs/{file}");
    }
    // Relative links between pages point at files that exist.
    for page in documentation() {
        let text = fs::read_to_string(&page).expect("page");
        let base = page.parent().expect("folder");
        for (at, _) in text.match_indices("](") {
            let rest = &text[at + 2..];
            let target = rest.split([')', '#']).next().unwrap_or_default();
            if target.is_empty() || target.contains("://") || target.contains(' ') {
                continue;
            }
            assert!(base.join(target).exists(), "{}: broken link to {target}", page.display());
        }
    }
}

/// Run a sample script from the scratch folder's root, as a user runs it from the repository's.
fn run_script(dir: &Path, script: &str, args: &[&str]) -> std::process::Output {
    let mut line = format!("samples/{script}");
    for arg in args {
        line.push(' ');
        line.push_str(arg);
    }
    shell(dir, &line)
}

#[test]
fn deliver_sh_fixes_pairs_converts_and_fails_on_what_blocks() {
    let dir = scratch();
    let output = run_script(dir.path(), "deliver.sh", &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // the-house carries defects no safe fix removes: the delivery is refused.
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let summary = fs::read_to_string(dir.path().join("delivery/summary.md")).expect("summary");
    let rows: Vec<&str> =
        summary.lines().filter(|l| l.starts_with("| bus-ride") || l.starts_with("| the-house")).collect();
    assert_eq!(rows.len(), 2, "{summary}");
    assert_eq!(rows[0], "| bus-ride | 0 | 0 | ok | ok | ok | yes |", "{summary}");
    assert!(rows[1].starts_with("| the-house |") && rows[1].ends_with("| no |"), "{summary}");
    let out = dir.path().join("delivery/bus-ride");
    for file in ["bus-ride.es.ttml", "bus-ride.en.ttml", "bus-ride.es.vtt", "bus-ride.en.vtt"] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let ttml = fs::read_to_string(out.join("bus-ride.es.ttml")).expect("ttml");
    assert!(roxmltree::Document::parse(&ttml).is_ok() && ttml.contains("xml:lang=\"es\""), "{ttml}");
    // The fixes went into the copies, never into the inputs.
    let fixed = fs::read(dir.path().join("delivery/the-house/the-house.es.srt")).expect("fixed copy");
    assert_ne!(fixed, fs::read(repo("samples/the-house.es.srt")).expect("sample"));
    assert_eq!(
        fs::read(dir.path().join("samples/the-house.es.srt")).expect("input"),
        fs::read(repo("samples/the-house.es.srt")).expect("sample")
    );
    // A folder with only clean pairs delivers: exit 0.
    let clean = dir.path().join("clean");
    fs::create_dir(&clean).expect("mkdir");
    for file in ["bus-ride.es.srt", "bus-ride.en.srt"] {
        fs::copy(repo("samples").join(file), clean.join(file)).expect("copy");
    }
    let output = run_script(dir.path(), "deliver.sh", &["clean", "clean-out"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    // A folder with no pair is a usage error.
    let output = run_script(dir.path(), "deliver.sh", &["locales", "none"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn qc_report_sh_writes_every_report_and_a_line_per_file() {
    let dir = scratch();
    let output = run_script(dir.path(), "qc-report.sh", &[]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let qc = dir.path().join("qc");
    validate_json(&fs::read(qc.join("report.json")).expect("json"), "qc report.json");
    let sarif: serde_json::Value =
        serde_json::from_slice(&fs::read(qc.join("report.sarif")).expect("sarif")).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    let junit = fs::read_to_string(qc.join("report.junit.xml")).expect("junit");
    assert!(roxmltree::Document::parse(&junit).is_ok());
    let csv = fs::read_to_string(qc.join("summary.csv")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "path,language,cues,errors,warnings,infos");
    assert!(lines.contains(&"\"samples/bus-ride.es.srt\",es,17,0,0,0"), "{csv}");
    let house = lines.iter().find(|l| l.starts_with("\"samples/the-house.es.srt\",es,24,")).expect("the-house row");
    assert!(!house.ends_with(",0,0,0"), "{house}");
    assert_eq!(lines.len(), 6, "a header and one line per sample file: {csv}");
}

#[test]
fn press_kit_sh_renders_every_locale_in_every_format() {
    let dir = scratch();
    let output = run_script(dir.path(), "press-kit.sh", &["kit"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let kit = dir.path().join("kit");
    for locale in ["en-US", "en-GB", "es-MX"] {
        for ext in ["txt", "md", "html", "json"] {
            let file = kit.join(format!("press.{locale}.{ext}"));
            assert!(fs::metadata(&file).is_ok_and(|m| m.len() > 100), "{} missing or empty", file.display());
        }
    }
    let es = fs::read_to_string(kit.join("press.es-MX.html")).expect("html");
    assert!(es.contains("lang=\"es-MX\"") && es.contains("Lo que dejamos atrás"));
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(kit.join("press.en-US.json")).expect("json")).expect("JSON");
    assert!(json.is_object());
    assert!(kit.join("press.all.html").is_file());
}

/// The schema, compiled once per call (it is small).
fn validate_json(bytes: &[u8], what: &str) {
    let instance: serde_json::Value = serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{what}: not JSON: {e}"));
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let schema_path = repo("docs/report-v1.schema.json");
    let index = compiler.compile(&schema_path.to_string_lossy(), &mut schemas).expect("the schema compiles");
    if let Err(error) = schemas.validate(&instance, index) {
        panic!("{what}: {error:#}");
    }
}

/// Every JSON report `check`, `pair` and `locales check` make over the samples and fixtures is
/// valid against the published schema, and the schema is strict enough to refuse a broken one.
#[test]
fn json_reports_match_the_published_schema() {
    let runs: &[&[&str]] = &[
        &["check", "samples/"],
        &["check", "samples/", "--select", "timing,layout", "--audience", "children"],
        &["check", "tests/fixtures/check/"],
        &["check", "tests/fixtures/text/"],
        &["check", "tests/fixtures/convert/", "tests/fixtures/retime/", "tests/fixtures/bilingual/"],
        &["check", "samples/bus-ride.es.srt", "--strict"],
        &["pair", "samples/the-house.es.srt", "samples/the-house.en.srt"],
        &["pair", "samples/bus-ride.es.srt", "samples/bus-ride.en.srt"],
        &[
            "pair",
            "tests/fixtures/bilingual/lo-que-dejamos.es.srt",
            "tests/fixtures/bilingual/what-we-leave-behind.en.srt",
        ],
        &["locales", "check"],
        &["locales", "check", "tests/fixtures/ftl/cli/broken"],
    ];
    let mut validated = 0;
    for args in runs {
        let output = dejamos().args(*args).args(["--format", "json"]).output().expect("runs");
        // Exit 2 too: a fixture that is no subtitle file is refused, and the report goes on.
        assert!(matches!(output.status.code(), Some(0..=2)), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        validate_json(&output.stdout, &format!("{args:?}"));
        validated += 1;
    }
    assert_eq!(validated, runs.len());
    // Standard input.
    let output = dejamos()
        .args(["check", "--format", "json", "-"])
        .write_stdin(fs::read(repo("samples/the-house.en.srt")).expect("sample"))
        .output()
        .expect("runs");
    validate_json(&output.stdout, "stdin");
    // The schema refuses what is not a report.
    let mut schemas = boon::Schemas::new();
    let index = boon::Compiler::new()
        .compile(&repo("docs/report-v1.schema.json").to_string_lossy(), &mut schemas)
        .expect("compiles");
    let broken = serde_json::json!({ "version": 1, "files": [{ "path": "a.srt" }], "summary": {} });
    assert!(schemas.validate(&broken, index).is_err());
}
