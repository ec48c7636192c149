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

/// Run the command.
pub fn run_check(args: &LocalesCheckArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let set = match &args.dir {
        Some(dir) => load_dir(dir, global.max_size)?,
        None => {
            let set = LocaleSet::from_relative_paths("locales", embedded_files());
            if set.locales.is_empty() {
                return Err(Error::usage(
                    "this build embeds no locales; name the folder to check: dejamos locales check DIR",
                ));
            }
            set
        }
    };
    let options = Options { reference: args.reference.clone(), ..Options::default() };
    let report = lint(&set, &options)?;
    let color = use_color(global.color, std::io::stdout().is_terminal());
    print_stdout(&report::render(&report, args.format.into(), &RenderOptions { color, quiet: global.quiet }))?;
    Ok(if report.fails(args.strict) { Outcome::Findings } else { Outcome::Success })
}
