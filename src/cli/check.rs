//! `dejamos check` (alias `validate`): validate subtitle files, optionally fix them, and report.
//!
//! Inputs are expanded and their settings resolved in order (configuration errors stop the run),
//! then files are read, checked and fixed in parallel on a local thread pool; results are
//! collected in input order so the output never depends on scheduling. An unreadable input is
//! reported on stderr and makes the exit code 2, but every other file is still checked.
use super::{GlobalArgs, Outcome, print_stdout, use_color};
use crate::check::config::{CliSettings, ConfigSource, Resolver, Settings};
use crate::check::engine::Engine;
use crate::check::{Checked, FileOptions, check_file, resolve_language};
use crate::decode::TextEncoding;
use crate::diagnostic::Severity;
use crate::error::Error;
use crate::fsutil;
use crate::report::{RenderOptions, Report};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Show a progress bar from this many files on (and only on a terminal).
const PROGRESS_FROM_FILES: usize = 5;

/// Run the command.
pub fn run(args: &super::CheckArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let engine = Engine::new();
    let cli = CliSettings {
        lang: args.lang.clone(),
        profile: args.profile.clone(),
        fps: args.fps.clone(),
        audience: args.audience,
        select: args.select.clone(),
        ignore: args.ignore.clone(),
    };
    let source = match (&args.config, args.isolated) {
        (_, true) => ConfigSource::Isolated,
        (Some(path), false) => ConfigSource::File(path.clone()),
        (None, false) => ConfigSource::Discover,
    };
    let mut resolver = Resolver::new(engine.infos(), &cli, source)?;
    let encoding = match &args.encoding {
        Some(label) => Some(TextEncoding::for_label(label).ok_or_else(|| {
            Error::usage(format!(
                "--encoding: unknown encoding `{label}` (try utf-8, windows-1252, iso-8859-1, utf-16le)"
            ))
        })?),
        None => None,
    };
    if let Some(file) = &args.show_config {
        return show_config(&mut resolver, &engine, file, encoding, global);
    }

    let mut unreadable = 0usize;
    let mut inputs = Vec::new();
    for path in &args.paths {
        match fsutil::expand_inputs(std::slice::from_ref(path), &["srt", "vtt"]) {
            Ok(found) => {
                if found.is_empty() {
                    super::warn(&format!("{}: no .srt or .vtt files found", path.display()));
                }
                inputs.extend(found);
            }
            Err(err) => {
                eprintln!("dejamos: error: {err}");
                unreadable += 1;
            }
        }
    }
    if inputs.iter().filter(|p| fsutil::is_stdio(p)).count() > 1 {
        return Err(Error::usage("`-` (standard input) can be given only once"));
    }
    if args.fix && !args.diff && inputs.iter().any(|p| fsutil::is_stdio(p)) {
        return Err(Error::usage("--fix cannot rewrite standard input; use --fix --diff, or pass a file"));
    }
    let mut jobs = Vec::with_capacity(inputs.len());
    for path in inputs {
        let settings = resolver.settings_for(&path)?;
        jobs.push((path, settings));
    }

    let without_source = args.format != super::ReportFormat::Human;
    let options = FileOptions { encoding, fix: args.fix, without_source };
    let results = check_all(&engine, &jobs, options, args, global)?;

    let mut report = Report { files: Vec::new(), rules: engine.infos().to_vec(), command: "check" };
    let mut diff_text = String::new();
    let (mut changed_files, mut applied) = (0usize, 0usize);
    for ((path, _), result) in jobs.iter().zip(results) {
        match result {
            Ok(checked) => {
                let Checked { report: file_report, fixed } = checked;
                if let Some(fixed) = fixed
                    && fixed.changed
                {
                    changed_files += 1;
                    applied += fixed.applied;
                    if args.diff {
                        diff_text.push_str(&unified_diff(path, &fixed.original_text, &file_report.source));
                        if let Some(from) = &fixed.reencoded_from {
                            // On stderr, so that stdout stays a patch `git apply` accepts.
                            super::notice(
                                global,
                                &format!("{}: would be re-encoded from {from} to UTF-8 (no BOM)", path.display()),
                            );
                        }
                    } else if let Err(err) = fsutil::write_atomic(path, &fixed.bytes) {
                        eprintln!("dejamos: error: {err}");
                        unreadable += 1;
                        continue;
                    } else if let Some(from) = &fixed.reencoded_from {
                        super::notice(global, &format!("{}: re-encoded from {from} to UTF-8 (no BOM)", path.display()));
                    }
                }
                report.files.push(file_report);
            }
            Err(err) => {
                eprintln!("dejamos: error: {err}");
                unreadable += 1;
            }
        }
    }

    if args.diff {
        print_stdout(&diff_text)?;
        super::notice(
            global,
            &format!(
                "{} would change {}; nothing written",
                plural(applied, "fix", "fixes"),
                plural(changed_files, "file", "files")
            ),
        );
    } else {
        if args.fix {
            super::notice(
                global,
                &format!("applied {} to {}", plural(applied, "fix", "fixes"), plural(changed_files, "file", "files")),
            );
        }
        write_report(&report, args, global)?;
    }

    if unreadable > 0 {
        let noun = if unreadable == 1 { "input" } else { "inputs" };
        return Err(Error::usage(format!("{unreadable} {noun} could not be read or written")));
    }
    if args.diff {
        return Ok(if changed_files > 0 { Outcome::Findings } else { Outcome::Success });
    }
    let failing = match report.worst() {
        Some(Severity::Error) => true,
        Some(Severity::Warning) => args.strict,
        _ => false,
    };
    Ok(if failing { Outcome::Findings } else { Outcome::Success })
}

/// Read and check every file on a local thread pool (`--jobs`), in input order.
fn check_all(
    engine: &Engine,
    jobs: &[(PathBuf, Settings)],
    options: FileOptions,
    args: &super::CheckArgs,
    global: &GlobalArgs,
) -> Result<Vec<Result<Checked, Error>>, Error> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder
        .build()
        .map_err(|e| Error::usage(format!("cannot start {} worker threads: {e}", args.jobs.unwrap_or(0))))?;
    let show_progress =
        !global.quiet && !args.no_progress && jobs.len() >= PROGRESS_FROM_FILES && std::io::stderr().is_terminal();
    let progress = show_progress.then(|| {
        let bar =
            indicatif::ProgressBar::with_draw_target(Some(jobs.len() as u64), indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} checking {pos}/{len} files {wide_bar} {eta}")
        {
            bar.set_style(style);
        }
        bar
    });
    let max_size = global.max_size;
    let results = pool.install(|| {
        jobs.par_iter()
            .map(|(path, settings)| {
                let result = fsutil::read_input(path, max_size)
                    .and_then(|bytes| check_file(engine, settings, &path.display().to_string(), path, bytes, options));
                if let Some(bar) = &progress {
                    bar.inc(1);
                }
                result
            })
            .collect()
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(results)
}

/// Render the report and print it, or write it to `-o FILE`.
fn write_report(report: &Report, args: &super::CheckArgs, global: &GlobalArgs) -> Result<(), Error> {
    let to_file = args.output.as_ref().filter(|p| !fsutil::is_stdio(p));
    let color = to_file.is_none() && use_color(global.color, std::io::stdout().is_terminal());
    let text = crate::report::render(report, args.format, &RenderOptions { color, quiet: global.quiet });
    match to_file {
        Some(path) => fsutil::write_atomic(path, text.as_bytes()),
        None => print_stdout(&text),
    }
}

/// A unified diff of one file's fixes, with `a/` and `b/` headers like git's.
fn unified_diff(path: &Path, before: &str, after: &str) -> String {
    let name = path.display().to_string();
    let diff = similar::TextDiff::from_lines(before, after);
    let mut out = diff
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(true)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// `--show-config FILE`: the settings that apply to FILE, as TOML.
fn show_config(
    resolver: &mut Resolver<'_>,
    engine: &Engine,
    file: &Path,
    encoding: Option<TextEncoding>,
    global: &GlobalArgs,
) -> Result<Outcome, Error> {
    let settings = resolver.settings_for(file)?;
    // The language may need the text; a file that cannot be read yet still gets its settings.
    let language = fsutil::read_input(file, global.max_size)
        .and_then(|bytes| crate::check::parse_input(file, bytes, encoding))
        .map(|doc| resolve_language(&settings, &doc))
        .ok();
    let from_settings = settings.lang.as_ref().map(|(tag, _)| tag.clone());
    let text = match (&language, &from_settings) {
        (Some(language), _) => {
            let tag = language
                .tag
                .as_deref()
                .map(|t| crate::check::filelang::LangTag { lang: language.lang, tag: t.to_string() });
            settings.describe(file, tag.as_ref().map(|t| (t, language.reason.as_str())), engine.infos())
        }
        (None, Some(tag)) => {
            settings.describe(file, Some((tag, "from the flags, file name or configuration")), engine.infos())
        }
        (None, None) => settings.describe(file, None, engine.infos()),
    };
    print_stdout(&text)?;
    Ok(Outcome::Success)
}

/// `1 fix`, `3 fixes`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
