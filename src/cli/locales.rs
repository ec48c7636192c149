//! `dejamos locales check`: lint the Fluent bundles and print the findings.
use super::{GlobalArgs, LocalesCheckArgs, Outcome, print_stdout, use_color};
use dejamos::error::Error;
use dejamos::locales_check::{LocaleSet, Options, lint, load_dir};
use dejamos::report::{self, RenderOptions};
use std::io::IsTerminal;

/// The locales folder embedded in the binary, as `(path relative to locales/, text)` pairs.
///
/// The press module owns the embedded copy; the linter reads the same bytes the renderer uses.
fn embedded_files() -> &'static [(&'static str, &'static str)] {
    dejamos::press::catalog::EMBEDDED
}

/// The interface bundles' contract, with the ids of this binary's `--help` texts and value names,
/// whose English is in the clap declarations.
fn interface_options(reference: &str) -> Options {
    use clap::CommandFactory;
    let mut options = Options::interface();
    options.reference = reference.to_string();
    let command = super::Cli::command();
    options.in_code.extend(super::ui::help_texts(&command).into_iter().map(|(id, _)| id));
    options.in_code.extend(super::ui::value_names(&command).iter().map(|name| super::ui::value_name_id(name)));
    options
}

/// Run the command: on DIR (an interface folder when it is named `ui`, as `locales/ui`), or on
/// both embedded sets, the press copy's and the interface's, in one report.
pub fn run_check(args: &LocalesCheckArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let report = match &args.dir {
        Some(dir) => {
            let set = load_dir(dir, global.max_size)?;
            if dir.file_name().is_some_and(|name| name == "ui") {
                lint(&set, &interface_options(&args.reference))?
            } else {
                lint(&set, &Options { reference: args.reference.clone(), ..Options::default() })?
            }
        }
        None => {
            let set = LocaleSet::from_relative_paths("locales", embedded_files());
            if set.locales.is_empty() {
                let why = dejamos::msg!("locales-none-embedded");
                return Err(Error::usage(dejamos::ui::render(super::lang(), &why)));
            }
            let mut report = lint(&set, &Options { reference: args.reference.clone(), ..Options::default() })?;
            let interface = LocaleSet::from_relative_paths("locales/ui", dejamos::ui::EMBEDDED);
            report.files.extend(lint(&interface, &interface_options(&args.reference))?.files);
            report
        }
    };
    let color = use_color(global.color, std::io::stdout().is_terminal());
    print_stdout(&report::render(
        &report,
        args.format.into(),
        &RenderOptions { color, quiet: global.quiet, lang: global.ui },
    ))?;
    Ok(if report.fails(args.strict) { Outcome::Findings } else { Outcome::Success })
}
