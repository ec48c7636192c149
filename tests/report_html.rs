//! `--format html` and `--format csv` of `check` and `pair`, through the real binary: snapshots of
//! the samples' reports, the HTML parsed by an HTML5 parser (valid, `lang`, headings in order,
//! unique ids, every in-page link has a target), hostile text and file names, and the CSV read
//! back with a CSV reader and checked field by field against the concise output.
use assert_cmd::Command;
use std::collections::HashSet;
use std::path::Path;

/// A fixed report date (2026-12-07 00:00 UTC), so the HTML is the same on every run.
const EPOCH: &str = "1796601600";

fn dejamos(dir: &Path, args: &[&str]) -> (String, i32) {
    let output = Command::cargo_bin("dejamos")
        .expect("binary")
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run dejamos");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    (stdout, output.status.code().unwrap_or(-1))
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Snapshot settings that keep the version out of the snapshot.
fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex_escape(&format!("dejamos {}", env!("CARGO_PKG_VERSION"))), "dejamos [VERSION]");
    settings
}

fn regex_escape(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() || c == ' ' { c.to_string() } else { format!("\\{c}") }).collect()
}

/// Parse `html` as HTML5 and check what every report must be: no parse errors, `<html lang>`,
/// headings that start at `h1` and never skip a level going down, unique ids, every `#anchor`
/// link pointing at an id, no script and nothing loaded from elsewhere. Returns the document.
fn valid_html(html: &str) -> scraper::Html {
    valid_html_in(html, "en")
}

/// [`valid_html`] for a page whose `<html lang>` is `lang`.
fn valid_html_in(html: &str, lang: &str) -> scraper::Html {
    let doc = scraper::Html::parse_document(html);
    assert!(doc.errors.is_empty(), "HTML5 parse errors: {:?}", doc.errors);
    let select = |css: &str| scraper::Selector::parse(css).expect("selector");
    let root = doc.select(&select("html")).next().expect("<html>");
    assert_eq!(root.value().attr("lang"), Some(lang));
    let mut last = 0;
    for heading in doc.select(&select("h1, h2, h3, h4, h5, h6")) {
        let level: usize = heading.value().name()[1..].parse().expect("heading level");
        assert!(level <= last + 1, "heading h{level} after h{last}: {}", heading.text().collect::<String>());
        last = level;
    }
    let mut ids = HashSet::new();
    for element in doc.select(&select("[id]")) {
        let id = element.value().attr("id").expect("id");
        assert!(ids.insert(id.to_string()), "duplicate id {id}");
    }
    for link in doc.select(&select("a[href]")) {
        let href = link.value().attr("href").expect("href");
        let target = href.strip_prefix('#').unwrap_or_else(|| panic!("a link out of the page: {href}"));
        assert!(ids.contains(target), "link to a missing anchor #{target}");
    }
    assert_eq!(doc.select(&select("script, link, iframe, img, object")).count(), 0, "the page loads nothing");
    doc
}

#[test]
fn check_samples_html() {
    let (html, code) = dejamos(repo(), &["check", "samples/", "--format", "html"]);
    assert_eq!(code, 1, "the samples have errors on purpose");
    let doc = valid_html(&html);
    let select = |css: &str| scraper::Selector::parse(css).expect("selector");
    // The planted max-cps defect of the Spanish sample, linked from its timeline and by anchor.
    assert!(html.contains("id=\"file-5-cue-7\""), "anchor of the-house.es.srt cue 7");
    assert_eq!(doc.select(&select("svg.timeline")).count(), 5, "one timeline per file");
    assert_eq!(doc.select(&select("tr.f")).count(), 36, "one row per finding");
    let summary = html.find("<h1").expect("summary");
    assert!(summary < html.find("<section class=\"file\"").expect("a file"), "the summary comes first");
    settings().bind(|| insta::assert_snapshot!("check_samples_html", html));
}

#[test]
fn pair_samples_html() {
    let (html, code) =
        dejamos(repo(), &["pair", "samples/the-house.es.srt", "samples/the-house.en.srt", "--format", "html"]);
    assert_eq!(code, 1);
    let doc = valid_html(&html);
    let select = |css: &str| scraper::Selector::parse(css).expect("selector");
    assert!(doc.select(&select("table.pair tr.row-missing")).count() > 0, "cues without counterpart are marked");
    assert!(doc.select(&select("td[lang=es]")).count() > 0 && doc.select(&select("td[lang=en]")).count() > 0);
    settings().bind(|| insta::assert_snapshot!("pair_samples_html", html));
}

/// The concise line of every finding: `path:line:col: severity[rule] message`.
fn concise(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut args = args.to_vec();
    args.extend(["--format", "concise", "--quiet"]);
    dejamos(dir, &args).0.lines().map(str::to_string).collect()
}

/// Read `text` with the csv crate and check every field of every record against the concise
/// report of the same run; returns the records.
fn read_csv(text: &str, concise: &[String]) -> Vec<csv::StringRecord> {
    assert!(text.ends_with("\r\n"), "records end with CRLF");
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    let names: Vec<&str> = header.iter().collect();
    assert_eq!(
        names,
        [
            "path",
            "language",
            "rule",
            "severity",
            "line",
            "column",
            "cue",
            "start",
            "end",
            "message",
            "fix",
            "other_path",
            "other_line"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a well-formed record")).collect();
    assert_eq!(records.len(), concise.len(), "one record per finding");
    let timecode = regex::Regex::new(r"^\d{2}:\d{2}:\d{2}\.\d{3}$").expect("regex");
    for (record, line) in records.iter().zip(concise) {
        assert_eq!(record.len(), 13);
        let field = |i: usize| record.get(i).expect("field");
        let path = field(0).strip_prefix('\'').unwrap_or(field(0));
        let message = field(9).strip_prefix('\'').unwrap_or(field(9));
        let expected = format!("{path}:{}:{}: {}[{}] {message}", field(4), field(5), field(3), field(2));
        assert_eq!(&expected, line, "path, line, column, severity, rule and message");
        assert!(["es", "en", ""].contains(&field(1)), "language {}", field(1));
        match field(6) {
            "" => assert!(field(7).is_empty() && field(8).is_empty(), "no cue, no times"),
            cue => {
                assert!(cue.parse::<usize>().is_ok(), "cue {cue}");
                assert!(timecode.is_match(field(7)) && timecode.is_match(field(8)), "{record:?}");
            }
        }
        assert!(field(12).is_empty() || field(12).parse::<usize>().is_ok());
        for value in record.iter() {
            assert!(!value.starts_with(['=', '+', '-', '@']), "formula-looking field {value:?}");
        }
    }
    records
}

#[test]
fn check_samples_csv() {
    let (text, code) = dejamos(repo(), &["check", "samples/", "--format", "csv"]);
    assert_eq!(code, 1);
    let records = read_csv(&text, &concise(repo(), &["check", "samples/"]));
    let cps = records.iter().find(|r| &r[2] == "max-cps" && r[0].ends_with("the-house.es.srt")).expect("max-cps");
    assert_eq!((&cps[6], &cps[7], &cps[8]), ("7", "00:02:25.700", "00:02:27.200"));
    insta::assert_snapshot!("check_samples_csv", text);
}

#[test]
fn pair_samples_csv() {
    let args = ["pair", "samples/the-house.es.srt", "samples/the-house.en.srt"];
    let (text, code) = dejamos(repo(), &[&args[..], &["--format", "csv"]].concat());
    assert_eq!(code, 1);
    let records = read_csv(&text, &concise(repo(), &args));
    assert!(records.iter().all(|r| &r[11] == "samples/the-house.en.srt"));
    insta::assert_snapshot!("pair_samples_csv", text);
}

#[test]
fn hostile_text_and_file_names_are_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "a<b>&\"c'\nd.es.srt";
    let text = "1\n00:00:01,000 --> 00:00:03,000\n<script>alert(\"x\")</script>\n\n\
                2\n00:00:04,000 --> 00:00:06,000\n=HYPERLINK(\"http://x\")\u{1} & <b>@\u{7f}</b>\n";
    std::fs::write(dir.path().join(name), text).expect("write");
    let (html, _) = dejamos(dir.path(), &["check", name, "--format", "html"]);
    let doc = valid_html(&html);
    let select = |css: &str| scraper::Selector::parse(css).expect("selector");
    assert_eq!(doc.select(&select("b")).count(), 0, "markup in a cue stays text");
    let page: String = doc.root_element().text().collect();
    assert!(page.contains("<script>alert(\"x\")</script>"), "the cue's text is shown as written");
    assert!(page.contains("a<b>&\"c'\nd.es.srt"), "the file name is shown as it is");
    assert!(page.contains('\u{2401}') && page.contains('\u{2421}'), "control characters are shown as pictures");
    for row in doc.select(&select("tr.f")) {
        assert!(row.html().len() <= dejamos::report::MAX_ROW_BYTES, "a row over the stated size");
    }

    let (csv_text, _) = dejamos(dir.path(), &["check", name, "--format", "csv"]);
    let mut reader = csv::ReaderBuilder::new().from_reader(csv_text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert!(!records.is_empty());
    for record in &records {
        assert_eq!(&record[0], name, "a path with a quote and a newline reads back whole");
    }
}

#[test]
fn shot_changes_are_drawn_on_the_timeline() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shots = dir.path().join("cuts.shots");
    std::fs::write(&shots, "00:02:10.000\n00:02:20.500\n").expect("write");
    let sample = repo().join("samples/the-house.es.srt");
    let (html, _) = dejamos(
        repo(),
        &[
            "check",
            sample.to_str().expect("UTF-8 path"),
            "--shot-changes",
            shots.to_str().expect("UTF-8"),
            "--format",
            "html",
        ],
    );
    valid_html(&html);
    assert!(html.contains("<title>Shot change at 00:02:10,000</title>"), "first cut drawn");
    assert!(html.contains("<title>Shot change at 00:02:20,500</title>"), "second cut drawn");
}

/// With the Spanish interface, the page's own words (facts, timeline, legend, tooltips, the pair
/// view, severity badges) are Spanish; class names and ids stay as they are.
#[test]
fn the_page_speaks_the_interface_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shots = dir.path().join("cuts.shots");
    std::fs::write(&shots, "00:02:10.000\n").expect("write");
    let sample = repo().join("samples/the-house.es.srt");
    let sample = sample.to_str().expect("UTF-8 path");
    let shots = shots.to_str().expect("UTF-8");
    let (check, code) =
        dejamos(repo(), &["--ui-lang", "es", "check", sample, "--shot-changes", shots, "--format", "html"]);
    assert_eq!(code, 1);
    valid_html_in(&check, "es-MX");
    let (pair, _) = dejamos(
        repo(),
        &["--ui-lang", "es", "pair", "samples/the-house.es.srt", "samples/the-house.en.srt", "--format", "html"],
    );
    valid_html_in(&pair, "es-MX");
    for wanted in [
        "<dt>Subtítulos</dt><dd>24</dd>",
        "<dt>Codificación</dt>",
        "Línea de tiempo: 24 subtítulos de 00:02:00,000 a 00:03:28,351; 1 separación menor de 2 fotogramas, 1 traslape",
        "Traslape de 400 ms entre los subtítulos 9 y 10",
        "Subtítulo 7: 46,0 caracteres por segundo (límite: 17)",
        "<title>Cambio de plano en 00:02:10,000</title>",
        "subtítulo cuya observación más grave es una advertencia",
        "separación menor de 2 fotogramas (menos de 83 ms a 23,976 fps)",
        "<span class=\"badge t-warning\">advertencia</span>",
        "<dt>Perfil</dt><dd>netflix</dd>",
        "<dt>Velocidad de fotogramas</dt><dd>23,976 fps</dd>",
        "<dt>Velocidad de lectura máxima</dt><dd>17 caracteres por segundo</dd>",
    ] {
        assert!(check.contains(wanted), "check page lacks {wanted:?}");
    }
    for wanted in [
        "Lado a lado",
        "Primer archivo (A)",
        "(en, 9 subtítulos)",
        "solo en A",
        "entrada +0,000s",
        "<dt>Tolerancia</dt>",
    ] {
        assert!(pair.contains(wanted), "pair page lacks {wanted:?}");
    }
    for english in [
        "Timeline",
        "cue whose worst",
        "Shot change",
        "gap under",
        "overlap (hatched)",
        "Side by side",
        "only in",
        "First file",
        "title=\"here\"",
        "badge t-warning\">warning",
        "<dt>Cues</dt>",
        "<dt>Profile</dt>",
        "Frame rate",
        "Tolerance",
        "characters per second",
    ] {
        assert!(!check.contains(english) && !pair.contains(english), "English left in the page: {english:?}");
    }
}
