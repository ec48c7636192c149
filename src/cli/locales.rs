//! `dejamos locales check`: lint the Fluent bundles and print the findings.
use super::{GlobalArgs, LocalesCheckArgs, Outcome, print_stdout, use_color};
use crate::diagnostic::Severity;
use crate::error::Error;
use crate::locales_check::output::{self, OutputOptions};
use crate::locales_check::{LocaleSet, Options, lint, load_dir};
use std::io::IsTerminal;

/// The locales folder embedded in the binary, as `(path relative to locales/, text)` pairs.
///
/// The press module owns the embedded copy; the linter reads the same bytes the renderer uses.
fn embedded_files() -> &'static [(&'static str, &'static str)] {
    crate::press::catalog::EMBEDDED
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
    let findings = lint(&set, &options)?;
    let render_options = OutputOptions {
        color: use_color(global.color, std::io::stdout().is_terminal()),
        quiet: global.quiet,
        reference: args.reference.clone(),
    };
    print_stdout(&output::render(&set, &findings, args.format, &render_options))?;
    let failing = |f: &&crate::locales_check::Finding| {
        f.severity == Severity::Error || (args.strict && f.severity == Severity::Warning)
    };
    if findings.iter().any(|f| failing(&f)) { Ok(Outcome::Findings) } else { Ok(Outcome::Success) }
}
