//! Line treatment: `line-break` on each forbidden split of Netflix's §5 in Spanish and English
//! (a cue that must be flagged and a near miss that must not), `line-balance` and the profiles
//! that turn it on, and the reflow fix: the judged corpus in `tests/fixtures/linebreak/` (scores
//! printed, at least 90% exactly right per language, never a forbidden split), and the words of
//! every file in `../shared/corpus` unchanged by `--fix`.
use assert_cmd::Command;
use dejamos::check::engine::{Engine, FileSettings};
use dejamos::check::profile::{Audience, Profile};
use dejamos::check::rule::Lang;
use dejamos::check::select::{RuleSettings, Selector};
use dejamos::read::{ReadOptions, read_bytes};
use dejamos::time::FrameRate;
use dejamos::visible::strip_markup;
use std::fs;
use std::path::{Path, PathBuf};

fn dejamos() -> Command {
    let mut cmd = Command::cargo_bin("dejamos").expect("binary built");
    cmd.env_remove("NO_COLOR").arg("--color").arg("never");
    cmd
}

/// The findings of `rule` on one cue made of `lines`, in `lang`: their messages.
fn findings(lines: &[&str], rule: &str, lang: Lang) -> Vec<String> {
    let text = format!("1\n00:00:01,000 --> 00:00:04,000\n{}\n", lines.join("\n"));
    let doc = dejamos::srt::parse_string(text);
    let engine = Engine::new();
    let selected = Selector::parse(rule, engine.infos()).expect("a rule");
    let rules = RuleSettings::new(engine.infos(), Some(vec![selected]), Vec::new(), Vec::new());
    let settings = FileSettings {
        lang,
        fps: FrameRate::FILM,
        thresholds: Profile::Netflix.thresholds(lang, Audience::Adult),
        rules: &rules,
        timing: Default::default(),
    };
    engine.check(&doc, &settings).into_iter().filter(|d| d.rule == rule).map(|d| d.message).collect()
}

/// Per forbidden split of §5: the kind the message names, a cue that splits it, and a near miss
/// with the same words that must not be flagged.
const SPLITS: &[(Lang, &str, [&str; 2], [&str; 2])] = &[
    // Spanish.
    (
        Lang::Spanish,
        "an article split from its noun",
        ["Mi abuelo construyó para la", "casa un techo de lámina."],
        ["Mi abuelo construyó para la casa", "un techo de lámina."],
    ),
    (
        Lang::Spanish,
        "a determiner split from its noun",
        ["Cada mes visitaba a mis", "hijas en El Paso, Texas."],
        ["Cada mes visitaba", "a mis hijas en El Paso, Texas."],
    ),
    (
        Lang::Spanish,
        "a noun split from its adjective",
        ["Julián levantó con sus manos la casa", "nueva junto a la vieja."],
        ["Julián levantó con sus manos", "la casa nueva junto a la vieja."],
    ),
    (
        Lang::Spanish,
        "a first name split from the last name",
        ["Esta película la filmó Iliana", "Sosa durante varios años."],
        ["Esta película la filmó", "Iliana Sosa durante varios años."],
    ),
    (
        Lang::Spanish,
        "a title split from the name",
        ["En el camión todos saludaban a don", "Julián con mucho cariño."],
        ["En el camión todos saludaban", "a don Julián con mucho cariño."],
    ),
    (
        Lang::Spanish,
        "a name split across lines",
        ["Cada mes viajaba de Jiménez a El", "Paso para ver a sus hijas."],
        ["Cada mes viajaba de Jiménez", "a El Paso para ver a sus hijas."],
    ),
    (
        Lang::Spanish,
        "a subject pronoun split from its verb",
        ["Las paredes de adobe las hice yo", "trabajé solo todo el verano."],
        ["Las paredes de adobe las hice yo,", "trabajé solo todo el verano."],
    ),
    (
        Lang::Spanish,
        "a pronoun split from its verb",
        ["Cuando llegó la noche, mi abuelo se", "fue a dormir sin cenar."],
        ["Cuando llegó la noche, mi abuelo", "se fue a dormir sin cenar."],
    ),
    (
        Lang::Spanish,
        "a pronoun split from its verb",
        ["Estuve ahí el día que la", "vi por última vez en Jiménez."],
        ["Estuve ahí el día que la vi", "por última vez en Jiménez."],
    ),
    (
        Lang::Spanish,
        "an auxiliary split from its verb",
        ["Mi abuelo todavía no ha", "terminado la casa de al lado."],
        ["Mi abuelo todavía no ha terminado", "la casa de al lado."],
    ),
    (
        Lang::Spanish,
        "an auxiliary split from its verb",
        ["Este año mi abuelo va a", "construir una casa para todos."],
        ["Este año mi abuelo va a construir", "una casa para todos."],
    ),
    (
        Lang::Spanish,
        "an auxiliary split from its verb",
        ["Este año mi abuelo va", "a construir una casa para todos."],
        ["Este año mi abuelo", "va a construir una casa para todos."],
    ),
    (
        Lang::Spanish,
        "a negation split from its verb",
        ["Fui al terreno el domingo, pero no", "la vi porque ya se había ido."],
        ["Fui al terreno el domingo,", "pero no la vi porque ya se había ido."],
    ),
    (
        Lang::Spanish,
        "a verb split from its preposition",
        ["Toda la noche en el camión pensaba", "en su casa de Jiménez."],
        ["Toda la noche en el camión", "pensaba en su casa de Jiménez."],
    ),
    (
        Lang::Spanish,
        "a preposition split from its object",
        ["Compró las varillas y el cemento para", "el techo de la casa nueva."],
        ["Compró las varillas y el cemento", "para el techo de la casa nueva."],
    ),
    (
        Lang::Spanish,
        "a conjunction split from the words it introduces",
        ["Trabajó toda la vida en el campo y", "nunca dejó de sembrar maíz."],
        ["Trabajó toda la vida en el campo", "y nunca dejó de sembrar maíz."],
    ),
    // English.
    (
        Lang::English,
        "an article split from its noun",
        ["My grandfather started building the", "house on the lot next door."],
        ["My grandfather started building", "the house on the lot next door."],
    ),
    (
        Lang::English,
        "a determiner split from its noun",
        ["Every month he visited his", "daughters in El Paso, Texas."],
        ["Every month he visited", "his daughters in El Paso, Texas."],
    ),
    (
        Lang::English,
        "a first name split from the last name",
        ["This film was made by Iliana", "Sosa over several years."],
        ["This film was made", "by Iliana Sosa over several years."],
    ),
    (
        Lang::English,
        "a title split from the name",
        ["Everyone on the bus said hello to Mr.", "Sosa with a smile."],
        ["Everyone on the bus said hello", "to Mr. Sosa with a smile."],
    ),
    (
        Lang::English,
        "a name split across lines",
        ["Every month he rode the bus to El", "Paso to see his daughters."],
        ["Every month he rode the bus", "to El Paso to see his daughters."],
    ),
    (
        Lang::English,
        "a subject pronoun split from its verb",
        ["After the harvest was over, we", "mixed the cement in the yard."],
        ["After the harvest was over,", "we mixed the cement in the yard."],
    ),
    (
        Lang::English,
        "a verb split from its reflexive pronoun",
        ["Julián raised every wall and built", "himself a house next door."],
        ["Julián raised every wall and built himself", "a house next door."],
    ),
    (
        Lang::English,
        "an auxiliary split from its verb",
        ["By the spring my grandfather had", "built all four walls of the house."],
        ["By the spring my grandfather", "had built all four walls of the house."],
    ),
    (
        Lang::English,
        "an auxiliary split from its verb",
        ["When the roof is finished, they will", "come from El Paso to see it."],
        ["When the roof is finished,", "they will come from El Paso to see it."],
    ),
    (
        Lang::English,
        "a negation split from its verb",
        ["He rode the bus every month but never", "stayed longer than a day."],
        ["He rode the bus every month", "but never stayed longer than a day."],
    ),
    (
        Lang::English,
        "a verb split from its preposition",
        ["From the porch he sat and looked", "at the empty lot for hours."],
        ["From the porch he sat", "and looked at the empty lot for hours."],
    ),
    (
        Lang::English,
        "a preposition split from its object",
        ["He bought the rebar and the cement for", "the roof of the new house."],
        ["He bought the rebar and the cement", "for the roof of the new house."],
    ),
    (
        Lang::English,
        "a conjunction split from the words it introduces",
        ["He worked in the fields all his life and", "never stopped planting corn."],
        ["He worked in the fields all his life", "and never stopped planting corn."],
    ),
];

#[test]
fn each_forbidden_split_is_flagged_and_its_near_miss_is_not() {
    let mut problems = Vec::new();
    for (lang, kind, bad, good) in SPLITS {
        let found = findings(bad, "line-break", *lang);
        if !found.iter().any(|m| m.contains(kind)) {
            problems.push(format!("{lang:?} {bad:?}: expected “{kind}”, found {found:?}"));
        }
        let found = findings(good, "line-break", *lang);
        if !found.is_empty() {
            problems.push(format!("{lang:?} near miss {good:?}: found {found:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_finding_names_the_pair_and_offers_the_best_legal_break() {
    let text = "1\n00:00:01,000 --> 00:00:04,000\nJulián empezó a construir la\ncasa nueva junto a la suya.\n";
    let doc = dejamos::srt::parse_string(text.to_string());
    let engine = Engine::new();
    let rules = RuleSettings::defaults(engine.infos());
    let settings = FileSettings {
        lang: Lang::Spanish,
        fps: FrameRate::FILM,
        thresholds: Profile::Netflix.thresholds(Lang::Spanish, Audience::Adult),
        rules: &rules,
        timing: Default::default(),
    };
    let found = engine.check(&doc, &settings);
    let finding = found.iter().find(|d| d.rule == "line-break").expect("a line-break finding");
    assert_eq!(finding.message, "`la` / `casa`: an article split from its noun");
    let fix = finding.fix.as_ref().expect("a fix");
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(fix.edits[0].replacement, "Julián empezó a construir la casa nueva\njunto a la suya.");
    // Dialogue is never re-broken, even when a line ends in an article.
    assert!(findings(&["- ¿Y la casa de la", "- Ya casi está."], "line-break", Lang::Spanish).is_empty());
    // A text no break fits within the limit is reported, with no fix.
    let long = ["Julián empezó a construir la", "casa nueva junto a la suya, de adobe, de piedra y de ladrillo."];
    let found = findings(&long, "line-break", Lang::Spanish);
    assert!(found[0].contains("no other break keeps both lines within 42 characters"), "{found:?}");
}

#[test]
fn line_balance_is_off_in_netflix_and_on_in_netflix_strict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cue.es.srt");
    fs::write(&path, "1\n00:00:01,000 --> 00:00:05,000\nCada mes viajaba en camión a El Paso\npara ver a sus hijas.\n")
        .expect("write");
    let run = |profile: &str| {
        let out = dejamos()
            .args(["check", "--isolated", "--format", "concise", "--profile", profile])
            .arg(&path)
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    assert!(!run("netflix").contains("line-balance"));
    let strict = run("netflix-strict");
    assert!(strict.contains("line-balance"), "{strict}");
    assert!(
        strict.contains("top-heavy (36 over 21 characters); breaking between `viajaba` and `en` gives 16 over 41"),
        "{strict}"
    );
    // A top-heavy break before a preposition is not traded for a worse kind of break.
    fs::write(&path, "1\n00:00:01,000 --> 00:00:05,000\nConstruyó la casa de adobe\ncon sus propias manos.\n")
        .expect("write");
    assert!(!run("netflix-strict").contains("line-balance"));
}

/// One judged cue: its lines as a careful subtitler breaks them.
fn judged(lang: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/linebreak/judged.{lang}.txt"));
    fs::read_to_string(path)
        .expect("judged corpus")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split(" | ").map(str::to_string).collect())
        .collect()
}

/// The text lines of each cue of an SRT text, in order.
fn cue_lines(text: &str) -> Vec<Vec<String>> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| b.lines().skip(2).map(str::to_string).collect())
        .collect()
}

#[test]
fn the_reflow_breaks_the_judged_corpus_as_a_subtitler_would_and_never_splits_what_is_forbidden() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut below = Vec::new();
    for lang in ["es", "en"] {
        let cues = judged(lang);
        assert!(cues.len() >= 40, "{lang}: only {} judged cues", cues.len());
        let mut srt = String::new();
        for (i, lines) in cues.iter().enumerate() {
            let start = i * 5;
            srt.push_str(&format!(
                "{}\n00:{:02}:{:02},000 --> 00:{:02}:{:02},500\n{}\n\n",
                i + 1,
                start / 60,
                start % 60,
                (start + 4) / 60,
                (start + 4) % 60,
                lines.join(" ")
            ));
        }
        let path = dir.path().join(format!("judged.{lang}.srt"));
        fs::write(&path, &srt).expect("write");
        dejamos()
            .args(["check", "--isolated", "--fix", "--select", "line-break,max-line-length,fits-one-line"])
            .arg(&path)
            .assert()
            .code(0);
        let fixed = cue_lines(&fs::read_to_string(&path).expect("read"));
        assert_eq!(fixed.len(), cues.len());
        let mut right = 0;
        for (got, want) in fixed.iter().zip(&cues) {
            if got == want {
                right += 1;
            } else {
                println!("{lang}: expected {want:?}, got {got:?}");
            }
        }
        let share = right as f64 * 100.0 / cues.len() as f64;
        println!("{lang}: the reflow breaks {right} of {} judged cues exactly as judged ({share:.1}%)", cues.len());
        if share < 90.0 {
            below.push(format!("{lang}: {right} of {} ({share:.1}%) is below 90%", cues.len()));
        }
        // No forbidden split in what the reflow wrote, and every line within the limit.
        let out = dejamos()
            .args([
                "check",
                "--isolated",
                "--format",
                "concise",
                "--select",
                "line-break,max-line-length,fits-one-line",
            ])
            .arg(&path)
            .output()
            .expect("runs");
        let report = String::from_utf8(out.stdout).expect("utf-8");
        assert!(!report.contains("line-break") && !report.contains("max-line-length"), "{report}");
        // The judged breaks themselves pass `line-break`.
        let judged_srt: String = cues
            .iter()
            .enumerate()
            .map(|(i, lines)| {
                format!("{}\n00:00:{:02},000 --> 00:00:{:02},500\n{}\n\n", i + 1, i % 50, i % 50, lines.join("\n"))
            })
            .collect();
        let judged_path = dir.path().join(format!("as-judged.{lang}.srt"));
        fs::write(&judged_path, judged_srt).expect("write");
        let out = dejamos()
            .args(["check", "--isolated", "--format", "concise", "--select", "line-break"])
            .arg(&judged_path)
            .output()
            .expect("runs");
        let report = String::from_utf8(out.stdout).expect("utf-8");
        assert!(!report.contains("line-break"), "the judged breaks are legal: {report}");
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}

#[test]
fn several_rules_on_one_cue_give_one_reflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cue.en.srt");
    // `max-line-length` and `line-break` on one cue: one reflow, italics balanced per line.
    fs::write(
        &path,
        "1\n00:00:01,000 --> 00:00:05,000\n<i>My grandfather started building the house on the\nlot next door.</i>\n",
    )
    .expect("write");
    dejamos().args(["check", "--isolated", "--fix"]).arg(&path).assert().code(0);
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        "1\n00:00:01,000 --> 00:00:05,000\n<i>My grandfather started building the house</i>\n<i>on the lot next door.</i>\n"
    );
}

/// The visible words and timings of every cue of a subtitle file, in order.
fn words_of(path: &Path) -> Vec<String> {
    let doc = read_bytes(fs::read(path).expect("read"), path, ReadOptions::default()).expect("readable");
    let mut words = Vec::new();
    for cue in &doc.cues {
        words.push(format!("{} --> {}", cue.start.srt(), cue.end.srt()));
        for line in cue.text_lines(&doc) {
            words.extend(strip_markup(line).split_whitespace().map(str::to_string));
        }
    }
    words
}

/// The shared corpus of real subtitle files, when it sits next to the repository (or where
/// `DEJAMOS_CORPUS` says).
fn corpus() -> Option<PathBuf> {
    let path = match std::env::var_os("DEJAMOS_CORPUS") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    path.is_dir().then_some(path)
}

#[test]
fn the_reflow_never_changes_the_words_of_a_real_file() {
    let Some(root) = corpus() else {
        println!("../shared/corpus is not there: skipped");
        return;
    };
    let mut files = Vec::new();
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("corpus folder").flatten() {
            let path = entry.path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
            if path.is_dir() {
                folders.push(path);
            } else if matches!(extension.as_str(), "srt" | "vtt" | "webvtt") {
                files.push(path);
            }
        }
    }
    files.sort();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut checked, mut changed) = (0, 0);
    for (i, file) in files.iter().enumerate() {
        let Some(name) = file.file_name() else { continue };
        let copy = dir.path().join(format!("{i}-{}", name.to_string_lossy()));
        fs::copy(file, &copy).expect("copy into the temp folder");
        let Ok(doc) = read_bytes(fs::read(&copy).expect("read"), &copy, ReadOptions::default()) else { continue };
        if doc.cues.is_empty() {
            continue;
        }
        let before = words_of(&copy);
        let original = fs::read(&copy).expect("read");
        dejamos()
            .args(["check", "--isolated", "--fix", "--select", "line-break,max-line-length,fits-one-line,max-lines"])
            .arg(&copy)
            .output()
            .expect("runs");
        changed += usize::from(fs::read(&copy).expect("read") != original);
        assert_eq!(words_of(&copy), before, "{}: --fix changed the words", file.display());
        checked += 1;
    }
    println!("{checked} corpus files re-wrapped, {changed} changed, words unchanged in all");
    assert!(checked > 0);
}
