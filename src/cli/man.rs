//! `dejamos man [COMMAND]` and `dejamos help [COMMAND]`: the man pages, one per command, each
//! with EXAMPLES and EXIT STATUS, and `help` as its own command (so `dejamos help --help` works).
//!
//! The examples are the one list of example command lines; a test parses each of them with the
//! real command-line definition.
use super::{Cli, GlobalArgs, HelpArgs, ManArgs, Outcome, write_stdout_bytes};
use clap::CommandFactory;
use dejamos::error::Error;

/// Each page (`dejamos`, `dejamos-check`, `dejamos-locales-check` …) and its examples: a
/// command line and what it does.
pub const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "dejamos",
        &[
            ("dejamos check subs/", "Check every subtitle file under subs/."),
            ("dejamos rules max-cps", "Explain one rule."),
            ("dejamos man check > dejamos-check.1", "Write the page of one command."),
        ],
    ),
    (
        "dejamos-check",
        &[
            ("dejamos check film.es.srt film.en.srt", "Check two files; the language comes from each name."),
            ("dejamos check --fix --diff film.es.srt", "Show the safe fixes as a diff; write nothing."),
            ("dejamos check subs/ --strict --format json -o report.json", "A CI gate that fails on warnings too."),
        ],
    ),
    (
        "dejamos-rules",
        &[
            ("dejamos rules", "The rule catalogue as a table."),
            ("dejamos rules line-break", "One rule: what it checks, why, and what to write instead."),
            ("dejamos rules --format md", "The whole reference as Markdown."),
        ],
    ),
    (
        "dejamos-fmt",
        &[
            ("dejamos fmt film.es.srt -o clean.srt", "Canonical SRT into a new file."),
            ("dejamos fmt --check subs/a.srt subs/b.srt", "Exit 1 when a file would change."),
        ],
    ),
    (
        "dejamos-retime",
        &[
            ("dejamos retime film.es.srt --shift 2.5s -o shifted.srt", "Show every subtitle 2.5 seconds later."),
            (
                "dejamos retime film.es.srt --fps 25:23.976 -i --backup",
                "Undo a PAL speed-up in place, keeping a backup.",
            ),
            ("dejamos retime film.en.srt --reference film.es.srt -o synced.en.srt", "Sync to the other language."),
        ],
    ),
    (
        "dejamos-pair",
        &[
            ("dejamos pair film.es.srt film.en.srt", "Compare the two languages cue by cue."),
            ("dejamos pair film.es.srt film.en.srt --format html", "The same as a page, on stdout."),
        ],
    ),
    (
        "dejamos-merge",
        &[("dejamos merge film.es.srt film.en.srt --bottom-italic -o dual.srt", "Dual-language subtitles.")],
    ),
    (
        "dejamos-convert",
        &[
            ("dejamos convert film.es.srt --to ttml --fps 23.976 -o film.es.ttml", "TTML (IMSC 1.1 Text)."),
            ("dejamos convert film.es.srt -o film.es.vtt", "WebVTT, chosen by the extension."),
        ],
    ),
    (
        "dejamos-press",
        &[
            ("dejamos press --lang es --format html -o press.es-MX.html", "The Spanish press page."),
            ("dejamos press --lang en --section credits", "The English credits as text."),
        ],
    ),
    ("dejamos-locales", &[("dejamos locales check", "Lint the embedded locales.")]),
    (
        "dejamos-locales-check",
        &[
            ("dejamos locales check locales", "Lint the locales folder of a checkout."),
            ("dejamos locales check --format github", "Annotations for GitHub Actions."),
        ],
    ),
    (
        "dejamos-shots",
        &[(
            "dejamos shots film.mov -o film.shots",
            "Find the cuts with ffmpeg; check finds film.shots next to film.*.srt.",
        )],
    ),
    ("dejamos-completions", &[("dejamos completions bash > dejamos.bash", "Completions for bash.")]),
    ("dejamos-man", &[("dejamos man retime > dejamos-retime.1", "The page of one command.")]),
    ("dejamos-help", &[("dejamos help retime", "The help of one command, as dejamos retime --help.")]),
];

/// The EXIT STATUS section, the same for every command.
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success; for check, pair and locales check: no finding at error severity (warnings pass unless --strict)."),
    (
        "1",
        "Findings at error severity, or a refused gate (fmt --check would change a file, a retime --reference fit below --threshold, a convert source with structural errors).",
    ),
    ("2", "Usage error, I/O error, no input found, or unreadable or unsupported input."),
];

/// Run `dejamos man [COMMAND…]`.
pub fn run_man(args: &ManArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    write_stdout_bytes(&page(&args.command)?)?;
    Ok(Outcome::Success)
}

/// Run `dejamos help [COMMAND…]`: what `dejamos COMMAND… --help` prints.
pub fn run_help(args: &HelpArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    let mut argv = vec!["dejamos".to_string()];
    argv.extend(args.command.iter().cloned());
    argv.push("--help".to_string());
    match super::ui::localize(Cli::command(), super::lang()).try_get_matches_from(argv) {
        Err(err) => {
            super::usage_error::print(&err, super::lang());
            Ok(if err.use_stderr() { Outcome::Failed } else { Outcome::Success })
        }
        // `--help` always ends parsing.
        Ok(_) => Ok(Outcome::Success),
    }
}

/// The man page of `dejamos` or of one of its commands (`["locales", "check"]`), in roff.
pub fn page(path: &[String]) -> Result<Vec<u8>, Error> {
    let mut command = Cli::command();
    command.build();
    let mut name = String::from("dejamos");
    for part in path {
        let Some(sub) = command.find_subcommand(part).cloned() else {
            return Err(Error::usage(format!("no command `{}`: see dejamos --help", path.join(" "))));
        };
        command = sub;
        name.push('-');
        name.push_str(part);
    }
    let Some((page_name, examples)) = EXAMPLES.iter().find(|(page, _)| *page == name) else {
        return Err(Error::usage(format!("no man page for `{}`", path.join(" "))));
    };
    let mut buffer = Vec::new();
    clap_mangen::Man::new(command.name(*page_name))
        .render(&mut buffer)
        .map_err(|e| Error::io("<stdout>", dejamos::error::IoAction::Write, &e))?;
    let mut roff = String::from(".SH EXAMPLES\n");
    for (line, what) in *examples {
        roff.push_str(&format!(".PP\n{}\n.RS 4\n.nf\n{}\n.fi\n.RE\n", escape(what), escape(line)));
    }
    roff.push_str(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in EXIT_STATUS {
        roff.push_str(&format!(".TP\n{code}\n{}\n", escape(meaning)));
    }
    buffer.extend_from_slice(roff.as_bytes());
    Ok(buffer)
}

/// Text as roff reads it literally: backslashes and hyphens escaped, no line taken for a request.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// Every command has a page, every page's examples parse with the real definition, and every
    /// page has EXAMPLES and EXIT STATUS.
    #[test]
    fn every_command_has_a_page_with_examples_that_parse() {
        let mut root = Cli::command();
        root.build();
        let mut paths: Vec<Vec<String>> = vec![Vec::new()];
        for sub in root.get_subcommands() {
            paths.push(vec![sub.get_name().to_string()]);
            for nested in sub.get_subcommands() {
                paths.push(vec![sub.get_name().to_string(), nested.get_name().to_string()]);
            }
        }
        for path in &paths {
            let roff = String::from_utf8(page(path).unwrap_or_else(|e| panic!("{path:?}: {e}"))).expect("utf-8");
            assert!(roff.contains(".SH EXAMPLES") && roff.contains(".SH \"EXIT STATUS\""), "{path:?}");
        }
        assert_eq!(paths.len(), EXAMPLES.len(), "a page in EXAMPLES for no command, or a command without one");
        for (page, examples) in EXAMPLES {
            for (line, _) in *examples {
                let argv: Vec<&str> = line.split(" > ").next().unwrap_or(line).split_whitespace().collect();
                assert!(Cli::try_parse_from(&argv).is_ok(), "{page}: `{line}` does not parse");
            }
        }
    }
}
