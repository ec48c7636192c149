//! Helpers shared by the integration tests: the binary, fixture paths, and the rule-test harness
//! that runs rules through the real engine.
//!
//! Each test file that uses them says `mod common;`; not every file uses every helper.
#![allow(dead_code)]

use dejamos::check::engine::{Engine, FileSettings};
use dejamos::check::profile::{Audience, Profile};
use dejamos::check::rule::{Lang, Thresholds};
use dejamos::check::select::{RuleSettings, Selector};
use dejamos::diagnostic::Diagnostic;
use dejamos::srt::{Document, parse_str};
use dejamos::time::FrameRate;
use std::path::{Path, PathBuf};

/// The `dejamos` binary built for these tests, run from the repository root, without colour, in
/// English whatever the machine's locale (`DEJAMOS_UI_LANG=en-US`; see [`dejamos_in_locale`]).
pub fn dejamos() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::new(env!("CARGO_BIN_EXE_dejamos"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env("DEJAMOS_UI_LANG", "en-US")
        .arg("--color")
        .arg("never");
    command
}

/// [`dejamos`] with the locale variables a gettext program reads set to `vars` and every other
/// one (`DEJAMOS_UI_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`) removed.
pub fn dejamos_in_locale(vars: &[(&str, &str)]) -> assert_cmd::Command {
    let mut command = dejamos();
    for name in ["DEJAMOS_UI_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(name);
    }
    for (name, value) in vars {
        command.env(name, value);
    }
    command
}

/// A path in the repository.
pub fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A path under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    repo("tests/fixtures").join(relative)
}

/// The text of a file under `tests/fixtures/`.
pub fn fixture_text(relative: &str) -> String {
    let path = fixture(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The thresholds `check` uses for `lang` with the default profile and audience.
pub fn default_thresholds(lang: Lang) -> Thresholds {
    Profile::Netflix.thresholds(lang, Audience::Adult)
}

/// Findings of the rule `name` alone on `doc` checked as `lang` at 23.976 fps with `thresholds`,
/// through the real engine (which runs a rule only where its declared languages and formats say
/// it applies). Every finding must carry the rule's name and a cue, and a fix only when the rule
/// is declared fixable.
pub fn rule_on_document(name: &str, lang: Lang, doc: &Document, thresholds: Thresholds) -> Vec<Diagnostic> {
    let engine = Engine::new();
    let info = *engine.infos().iter().find(|info| info.name == name).unwrap_or_else(|| panic!("no rule {name}"));
    let only = Selector::parse(name, engine.infos()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let selected = RuleSettings::new(engine.infos(), Some(vec![only]), Vec::new(), Vec::new());
    let settings =
        FileSettings { lang, fps: FrameRate::FILM, thresholds, rules: &selected, timing: Default::default() };
    let found = engine.check(doc, &settings);
    for d in &found {
        assert_eq!(d.rule, name, "only {name} was selected");
        assert_eq!(d.severity, info.default_severity, "{name}: default severity");
        if d.fix.is_some() {
            assert!(info.fixable(), "{name} offers a fix but is not declared fixable");
        }
    }
    found
}

/// [`rule_on_document`] on SRT text with the default thresholds for `lang`.
pub fn rule_on(name: &str, lang: Lang, source: &str) -> (Document, Vec<Diagnostic>) {
    let doc = parse_str(source);
    let found = rule_on_document(name, lang, &doc, default_thresholds(lang));
    (doc, found)
}
