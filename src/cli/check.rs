//! `dejamos check` (alias `validate`): validate subtitle files, optionally fix them, and report.
//!
//! Inputs are expanded and their settings resolved in order (configuration errors stop the run),
//! then files are read, checked and their report parts rendered in parallel on a local thread
//! pool; results are written in input order as they complete, so the output never depends on
//! scheduling and the whole report is never held in memory. An unreadable input is reported on
//! stderr and makes the exit code 2, but every other file is still checked.
use dejamos::msg;

use super::say;
use super::{GlobalArgs, Outcome, print_stdout, use_color};
use dejamos::check::config::{CliSetting, CliSettings, ConfigSource, ResolveError, Resolver, Settings};
use dejamos::check::engine::Engine;
use dejamos::check::{Checked, FileOptions, Fixed, Large, Prepared, prepare_file, resolve_language, setting_facts};
use dejamos::decode::TextEncoding;
use dejamos::diagnostic::Severity;
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::report::{Findings, Part, RenderOptions, ReportFormat, ReportWriter, RunInfo, Style, Tally};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Show a progress bar from this many files on (and only on a terminal).
const PROGRESS_FROM_FILES: usize = 5;

/// A single input under this size is checked on the calling thread alone: at about 80 bytes a
/// cue it is well under the engine's parallel threshold.
const SERIAL_BELOW_BYTES: u64 = 128 * 1024;

/// Run the command.
pub fn run(args: &super::CheckArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let engine = Engine::new();
    let cli = CliSettings {
        lang: args.lang.clone(),
        profile: args.profile,
        fps: args.fps,
        audience: args.audience.map(Into::into),
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        shot_changes: args.shot_changes.clone(),
        tc_offset: args.tc_offset,
        smpte: args.timecode == super::TimecodeStyle::Smpte,
        full: args.full.clone(),
    };
    let source = match (&args.config, args.isolated) {
        (_, true) => ConfigSource::Isolated,
        (Some(path), false) => ConfigSource::File(path.clone()),
        (None, false) => ConfigSource::Discover,
    };
    let mut resolver = Resolver::new(engine.infos(), &cli, source).map_err(resolve_error)?;
    let encoding = args.encoding;
    if let Some(file) = &args.show_config {
        return show_config(&mut resolver, &engine, file, encoding, global);
    }

    // A path that names nothing to check fails the run (exit 2), so a gate pointed at the
    // wrong folder is never green; the other paths are still checked.
    let mut failures = Vec::new();
    let mut inputs = Vec::new();
    for path in &args.paths {
        // `.xml` is left out of directories: most XML files are not subtitles.
        match fsutil::expand_inputs(std::slice::from_ref(path), &["srt", "vtt", "ttml", "dfxp"]) {
            Ok(found) => {
                for link in &found.outside {
                    let text = msg!(
                        "cli-symlink-outside",
                        link = link.display().to_string(),
                        folder = path.display().to_string()
                    );
                    super::warn(&say(&text));
                }
                if found.files.is_empty() && found.unreadable.is_empty() {
                    let text = msg!("cli-no-subtitle-file", formats = dejamos::srt::SourceFormat::names_read());
                    failures.push(Error::file(path, say(&text)));
                }
                failures.extend(found.unreadable);
                inputs.extend(found.files);
            }
            Err(err) => failures.push(err),
        }
    }
    if inputs.is_empty()
        && let Some(last) = failures.pop()
    {
        for err in &failures {
            super::print_error(err);
        }
        return Err(last);
    }
    for err in &failures {
        super::print_error(err);
    }
    let mut unreadable = failures.len();
    if inputs.iter().filter(|p| fsutil::is_stdio(p)).count() > 1 {
        return Err(Error::usage(say(&msg!("cli-stdin-once"))));
    }
    if args.fix && !args.diff && inputs.iter().any(|p| fsutil::is_stdio(p)) {
        return Err(Error::usage(say(&msg!("cli-fix-stdin"))));
    }
    if let Some(output) = &args.output
        && inputs.iter().any(|input| fsutil::same_file(input, output))
    {
        return Err(Error::file(output, say(&msg!("cli-output-is-input"))));
    }
    let mut jobs = Vec::with_capacity(inputs.len());
    for path in inputs {
        let settings = resolver.settings_for(&path)?;
        if let Some(shots) = &settings.shots {
            super::notice(global, &format!("{}: {}", path.display(), say(&shots.describe())));
        }
        jobs.push((path, settings));
    }
    for config in resolver.ignored() {
        super::warn(&format!("{}: ignored: owned by another user", config.display()));
    }

    let jobs_count = jobs.len();
    let format = ReportFormat::from(args.format);
    let options = FileOptions {
        encoding,
        fix: args.fix,
        without_source: !format.needs_source(),
        pieces_from: args.pieces_from,
        fix_unsafe: args.fix_unsafe,
        detail: format.needs_detail(),
    };
    let run_info = if format.needs_detail() { super::run_info(shared_settings(&jobs)) } else { RunInfo::default() };
    let pool = thread_pool(args, &jobs)?;
    let color = !args.diff
        && args.output.as_ref().is_none_or(|p| fsutil::is_stdio(p))
        && use_color(global.color, std::io::stdout().is_terminal());
    let style =
        Style::new(format, RenderOptions { color, quiet: global.quiet, lang: global.ui }, engine.infos(), "check");
    let style = style.with_pool(&pool).with_run(&run_info);
    let output_failed = AtomicBool::new(false);
    let run = Run { engine: &engine, jobs: &jobs, options, style, args, global, output_failed: &output_failed };
    let totals = match args.output.as_ref().filter(|p| !fsutil::is_stdio(p)) {
        Some(path) if !args.diff => fsutil::write_output_with(path, |out| {
            let mut out = Guarded::new(out, &output_failed);
            let totals = run.stream(&pool, &mut out);
            out.into_result().map(|()| totals)
        })?,
        _ => {
            let mut out = Guarded::new(std::io::BufWriter::new(std::io::stdout().lock()), &output_failed);
            let totals = run.stream(&pool, &mut out);
            match out.into_result() {
                // A closed pipe (`| head`) ends the output quietly; the exit code still counts.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Error::io("<stdout>", dejamos::error::IoAction::Write, &e));
                }
                _ => totals,
            }
        }
    };
    unreadable += totals.unreadable;
    if args.diff {
        super::notice(global, &say(&msg!("cli-diff-summary", fixes = totals.applied, files = totals.changed_files)));
    }

    if unreadable > 0 {
        // One input: its error line says it all.
        if args.paths.len() == 1 && jobs_count <= 1 {
            return Ok(Outcome::Failed);
        }
        return Err(Error::usage(say(&msg!("cli-unreadable-inputs", count = unreadable))));
    }
    if args.diff {
        return Ok(if totals.changed_files > 0 { Outcome::Findings } else { Outcome::Success });
    }
    let failing = match totals.tally.worst() {
        Some(Severity::Error) => true,
        Some(Severity::Warning) => args.strict,
        _ => false,
    };
    Ok(if failing { Outcome::Findings } else { Outcome::Success })
}

/// The settings every file shares, for the HTML summary: a setting that differs between files
/// says so (each file's section has its own).
fn shared_settings(jobs: &[(PathBuf, Settings)]) -> Vec<(dejamos::ui::Message, dejamos::ui::Message)> {
    let mut shared: Vec<(dejamos::ui::Message, dejamos::ui::Message)> = Vec::new();
    for (i, (_, settings)) in jobs.iter().enumerate() {
        for (k, (label, value)) in setting_facts(settings).into_iter().enumerate() {
            match shared.get_mut(k) {
                Some(entry) if entry.1 != value => entry.1 = msg!("setting-differs"),
                Some(_) => {}
                None if i == 0 => shared.push((label, value)),
                None => {}
            }
        }
    }
    shared
}

/// The one-line message for a refused setting, naming the flag that gave it.
fn resolve_error(error: ResolveError) -> Error {
    match error {
        ResolveError::Setting { setting, message } => {
            let flag = match setting {
                CliSetting::Select => "--select",
                CliSetting::Ignore => "--ignore",
            };
            Error::usage(format!("{flag}: {}", say(&message)))
        }
        ResolveError::Config(error) => error,
    }
}

/// The `--jobs` thread pool. A run over one small file gets no worker threads at all: it has
/// nothing to share out (the engine runs rules in parallel only from
/// [`PARALLEL_FROM_CUES`](dejamos::check::engine::PARALLEL_FROM_CUES) cues), and starting idle
/// workers costs more than the check itself: a script that checks files one at a time pays it on
/// every file.
fn thread_pool(args: &super::CheckArgs, jobs: &[(PathBuf, Settings)]) -> Result<rayon::ThreadPool, Error> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if is_one_small_file(jobs.iter().map(|(path, _)| path.as_path())) {
        builder = builder.num_threads(1).use_current_thread();
    } else if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    builder.build().map_err(|e| Error::usage(format!("cannot start {} worker threads: {e}", args.jobs.unwrap_or(0))))
}

/// Whether `inputs` is a single regular file under [`SERIAL_BELOW_BYTES`].
fn is_one_small_file<'p>(mut inputs: impl Iterator<Item = &'p Path>) -> bool {
    match (inputs.next(), inputs.next()) {
        (Some(path), None) => std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() < SERIAL_BELOW_BYTES),
        _ => false,
    }
}

/// Everything one run of the checks needs.
struct Run<'a> {
    engine: &'a Engine,
    jobs: &'a [(PathBuf, Settings)],
    options: FileOptions,
    style: Style<'a>,
    args: &'a super::CheckArgs,
    global: &'a GlobalArgs,
    /// Set once the report cannot be written any more (a closed pipe, a full disk): files are
    /// still checked, for the exit code and the fixes, but no longer rendered.
    output_failed: &'a AtomicBool,
}

/// What a run adds up to once every file has been seen.
#[derive(Default)]
struct Totals {
    tally: Tally,
    unreadable: usize,
    changed_files: usize,
    applied: usize,
}

/// One input, checked (and its report part rendered) on a worker thread.
struct Done<'s> {
    /// Its part of the report; none with `--diff`, which prints no report.
    part: Option<Part>,
    /// A large file, checked piece by piece when its turn to be written comes.
    large: Option<Box<Large<'s>>>,
    /// Its `--diff` hunks.
    diff: String,
    /// The fix, when it changed the file (`original_text` dropped: the diff has it).
    fixed: Option<Fixed>,
    /// Per rule, what the fix did and what remains (stderr).
    summary: String,
}

/// Where results go: the report writer, or with `--diff` the output itself.
struct Sink<'a, 'w> {
    writer: Option<ReportWriter<'a, 'w>>,
    diff_out: Option<&'w mut dyn Write>,
}

impl Run<'_> {
    /// Check every file on the pool and write the report (or the diff) into `out` in input order,
    /// each file as soon as the ones before it are done, so that neither the results nor the
    /// rendered report pile up. `out` should be a [`Guarded`] writer: write errors are not
    /// reported here. With `--fix`, files are rewritten only after every input was read (as
    /// before), so that an input named twice is never read after its own fix.
    fn stream(&self, pool: &rayon::ThreadPool, out: &mut dyn Write) -> Totals {
        let mut totals = Totals::default();
        let progress = self.progress();
        let fix_in_place = self.args.fix && !self.args.diff;
        let mut held = Vec::new();
        let mut sink = if self.args.diff {
            Sink { writer: None, diff_out: Some(out) }
        } else {
            Sink { writer: ReportWriter::new(self.style, out).ok(), diff_out: None }
        };
        self.check_in_order(pool, |index, result| {
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            if fix_in_place {
                held.push((index, result));
            } else {
                self.settle(index, result, pool, &mut sink, &mut totals, progress.as_ref());
            }
        });
        if let Some(bar) = progress {
            bar.finish_and_clear();
        }
        for (index, result) in held {
            self.settle(index, result, pool, &mut sink, &mut totals, None);
        }
        if fix_in_place {
            super::notice(
                self.global,
                &say(&msg!("cli-fix-summary", fixes = totals.applied, files = totals.changed_files)),
            );
        }
        if let Some(writer) = sink.writer {
            let tally = writer.tally().clone();
            totals.tally = writer.finish().unwrap_or(tally);
        }
        totals
    }

    /// Check a large file piece by piece on the pool and write its findings as they come.
    fn write_large(
        &self,
        large: &Large<'_>,
        pool: &rayon::ThreadPool,
        writer: &mut ReportWriter<'_, '_>,
    ) -> std::io::Result<()> {
        writer.begin_file(&large.head)?;
        // A few pieces per worker at a time: enough to keep them busy, few enough that the
        // rendered findings waiting to be written stay small.
        let batch = pool.current_num_threads().max(1) * 2;
        large.check(
            self.engine,
            pool,
            batch,
            |source, found| {
                if self.output_failed.load(Ordering::Relaxed) {
                    Findings::counted(found)
                } else {
                    self.style.findings(&large.head, source, found)
                }
            },
            |findings| writer.push_findings(findings),
        )?;
        writer.end_file()?;
        writer.flush()
    }

    /// Handle one file's result, in input order: write its fix or diff, then its report part.
    fn settle(
        &self,
        index: usize,
        result: Result<Done<'_>, Error>,
        pool: &rayon::ThreadPool,
        sink: &mut Sink<'_, '_>,
        totals: &mut Totals,
        progress: Option<&indicatif::ProgressBar>,
    ) {
        let Some((path, _)) = self.jobs.get(index) else { return };
        let done = match result {
            Ok(done) => done,
            Err(err) => {
                super::print_error(&err);
                totals.unreadable += 1;
                return;
            }
        };
        if !done.summary.is_empty() {
            super::notice(self.global, done.summary.trim_end());
        }
        if let Some(fixed) = &done.fixed {
            totals.changed_files += 1;
            totals.applied += fixed.applied;
            if self.args.diff {
                if let Some(out) = sink.diff_out.as_mut() {
                    let _ = out.write_all(done.diff.as_bytes());
                }
                if let Some(from) = &fixed.reencoded_from {
                    // On stderr, so that stdout stays a patch `git apply` accepts.
                    super::notice(
                        self.global,
                        &say(&msg!("cli-would-reencode", path = path.display().to_string(), from = from.clone())),
                    );
                }
            } else if let Err(err) = {
                super::warn_other_links(path);
                fsutil::write_atomic(path, &fixed.bytes)
            } {
                super::print_error(&err);
                totals.unreadable += 1;
                // A file whose fix could not be written is left out of the report.
                return;
            } else if let Some(from) = &fixed.reencoded_from {
                let text = say(&msg!("cli-reencoded", path = path.display().to_string(), from = from.clone()));
                super::notice(self.global, &text);
            }
        }
        if let (Some(writer), Some(large)) = (sink.writer.as_mut(), done.large) {
            let _ = match progress {
                Some(bar) => bar.suspend(|| self.write_large(&large, pool, writer)),
                None => self.write_large(&large, pool, writer),
            };
        }
        if let (Some(writer), Some(part)) = (sink.writer.as_mut(), done.part) {
            let _ = match progress {
                // Keep the bar from drawing over the report on a terminal.
                Some(bar) => bar.suspend(|| writer.push(part).and_then(|()| writer.flush())),
                None => writer.push(part),
            };
        }
    }

    /// Read, check and render every file on the pool; `consume` gets the results in input order
    /// on the calling thread while the workers go on. Feeder threads take inputs in order from a
    /// shared counter and hand each to the pool, so results arrive nearly in order and few wait
    /// to be consumed. (Feeding from plain threads, not from tasks spawned on the pool, keeps a
    /// pool thread that waits inside a file's own parallel work from stealing a whole feeder
    /// loop and holding back that file until every other one is done.)
    fn check_in_order<'s>(&'s self, pool: &rayon::ThreadPool, mut consume: impl FnMut(usize, Result<Done<'s>, Error>)) {
        let workers = pool.current_num_threads().max(1);
        let next = AtomicUsize::new(0);
        // Bounded, so that a slow reader of the output holds the workers back instead of letting
        // finished files pile up in memory.
        let (sender, receiver) = std::sync::mpsc::sync_channel(workers * 2);
        // One file needs no feeders: it is checked here, and its own parallel work (rules,
        // pieces, rendering) still goes to the pool.
        let feeders_wanted = if self.jobs.len() > 1 { workers } else { 0 };
        std::thread::scope(|scope| {
            let mut feeders = 0;
            for _ in 0..feeders_wanted {
                let (sender, next) = (sender.clone(), &next);
                let feeder = std::thread::Builder::new().spawn_scoped(scope, move || {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some((path, settings)) = self.jobs.get(index) else { break };
                        let result = pool.install(|| self.check_one(index, path, settings));
                        if sender.send((index, result)).is_err() {
                            break;
                        }
                    }
                });
                feeders += usize::from(feeder.is_ok());
            }
            drop(sender);
            let mut waiting = BTreeMap::new();
            let mut due = 0;
            for (index, result) in receiver {
                waiting.insert(index, result);
                while let Some(result) = waiting.remove(&due) {
                    consume(due, result);
                    due += 1;
                }
            }
            if feeders == 0 {
                // One file, or no thread could be started: do the work here.
                while let Some((path, settings)) = self.jobs.get(due) {
                    consume(due, pool.install(|| self.check_one(due, path, settings)));
                    due += 1;
                }
            }
        });
    }

    /// Read, check and (unless `--diff`) render input `index`; a large one is only read and
    /// outlined.
    fn check_one<'s>(&self, index: usize, path: &Path, settings: &'s Settings) -> Result<Done<'s>, Error> {
        let bytes = super::read_input(path, self.global)?;
        let display = dejamos::read::shown(path).into_owned();
        // Pieces stream their findings: not for the formats that need every finding first.
        let options =
            if self.style.streams() { self.options } else { FileOptions { pieces_from: u64::MAX, ..self.options } };
        // Anchors number the files by their place among the inputs.
        let number = index + 1;
        let checked = match prepare_file(self.engine, settings, &display, path, bytes, options)? {
            Prepared::Whole(checked) => *checked,
            Prepared::Large(mut large) => {
                if options.detail {
                    large.head = large.head.clone().numbered(number);
                }
                return Ok(Done {
                    part: None,
                    large: Some(large),
                    diff: String::new(),
                    fixed: None,
                    summary: String::new(),
                });
            }
        };
        let Checked { mut report, fixed } = checked;
        if options.detail {
            report = report.numbered(number);
        }
        let summary = fixed.as_ref().map_or_else(String::new, |f| fix_summary(&display, f, &report.diagnostics));
        let mut fixed = fixed.filter(|fixed| fixed.changed);
        let mut diff = String::new();
        if let Some(fixed) = &mut fixed {
            if self.args.diff {
                diff = unified_diff(path, &fixed.original_text, &report.source);
            }
            fixed.original_text = String::new();
        }
        let part = (!self.args.diff).then(|| {
            if self.output_failed.load(Ordering::Relaxed) {
                // Nobody reads the report any more: count the findings, render nothing.
                Part::counted(&report)
            } else {
                self.style.part(report)
            }
        });
        Ok(Done { part, large: None, diff, fixed, summary })
    }

    /// A progress bar on stderr from a few files on, only on a terminal and not with `--quiet`.
    fn progress(&self) -> Option<indicatif::ProgressBar> {
        let show = !self.global.quiet
            && !self.args.no_progress
            && self.jobs.len() >= PROGRESS_FROM_FILES
            && std::io::stderr().is_terminal();
        show.then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(self.jobs.len() as u64),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{spinner} checking {pos}/{len} files {wide_bar} {eta}")
            {
                bar.set_style(style);
            }
            bar
        })
    }
}

/// A writer that remembers its first error and drops everything after it, so that a closed
/// pipe or a full disk does not stop the run: every file is still checked (and fixed), the exit
/// code still counts, and the caller decides at the end what the error means.
struct Guarded<'f, W> {
    inner: W,
    error: Option<std::io::Error>,
    /// Raised with the first error, for the workers to see.
    failed: &'f AtomicBool,
}

impl<'f, W: Write> Guarded<'f, W> {
    fn new(inner: W, failed: &'f AtomicBool) -> Self {
        Guarded { inner, error: None, failed }
    }

    /// Flush, then give the first error, if any.
    fn into_result(mut self) -> std::io::Result<()> {
        let _ = self.flush();
        self.error.map_or(Ok(()), Err)
    }
}

impl<W: Write> Write for Guarded<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_none()
            && let Err(e) = self.inner.write_all(buf)
        {
            self.error = Some(e);
            self.failed.store(true, Ordering::Relaxed);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.error.is_none()
            && let Err(e) = self.inner.flush()
        {
            self.error = Some(e);
            self.failed.store(true, Ordering::Relaxed);
        }
        Ok(())
    }
}

/// Per rule: how many findings the fixes cleared and how many remain, with the cues that remain
/// for the fixable rules (those had no room, or their fix would have broken another rule).
fn fix_summary(name: &str, fixed: &Fixed, remaining: &[dejamos::diagnostic::Diagnostic]) -> String {
    let after = dejamos::check::fix::count_by_rule(remaining);
    let mut rules: Vec<&str> =
        fixed.found_before.iter().map(|(r, _)| *r).chain(after.iter().map(|(r, _)| *r)).collect();
    rules.sort_unstable();
    rules.dedup();
    let count = |list: &[(&str, usize)], rule: &str| list.iter().find(|(r, _)| *r == rule).map_or(0, |(_, n)| *n);
    let before_total: usize = fixed.found_before.iter().map(|(_, n)| n).sum();
    let fixed_total = before_total.saturating_sub(remaining.len());
    let mut out =
        say(&msg!("fix-summary", name = name, fixed = fixed_total, total = before_total, remain = remaining.len()));
    out.push('\n');
    for rule in rules {
        let (before, now) = (count(&fixed.found_before, rule), count(&after, rule));
        let cues: Vec<String> = remaining
            .iter()
            .filter(|d| d.rule == rule && d.fix.is_none())
            .filter_map(|d| d.cue.map(|c| c.to_string()))
            .collect();
        let left = if now > 0 && !cues.is_empty() {
            dejamos::diagnostic::Arg::from(msg!("fix-summary-left", cues = cues.join(", ")))
        } else {
            dejamos::diagnostic::Arg::from("")
        };
        let line = say(&msg!("fix-summary-rule", fixed = before.saturating_sub(now), remain = now, left = left));
        out.push_str(&format!("  {rule:<20} {line}\n"));
    }
    out
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
    let language = super::read_input(file, global)
        .and_then(|bytes| dejamos::read::read_bytes(bytes, file, dejamos::read::ReadOptions { encoding }))
        .map(|doc| resolve_language(&settings, &doc))
        .ok();
    let from_settings = settings.lang.as_ref().map(|(tag, _)| tag.clone());
    let text = match (&language, &from_settings) {
        (Some(language), _) => {
            let tag =
                language.tag.as_deref().map(|t| dejamos::lang::LangTag { lang: language.lang, tag: t.to_string() });
            settings.describe(file, tag.as_ref().map(|t| (t, language.reason.as_str())), engine.infos(), global.ui)
        }
        (None, Some(tag)) => {
            let reason = dejamos::ui::render(global.ui, &msg!("show-config-language-from-settings"));
            settings.describe(file, Some((tag, reason.as_str())), engine.infos(), global.ui)
        }
        (None, None) => settings.describe(file, None, engine.infos(), global.ui),
    };
    print_stdout(&text)?;
    Ok(Outcome::Success)
}

/// `1 fix`, `3 fixes`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_small_regular_file_is_checked_without_workers() {
        let dir = tempfile::tempdir().expect("temp dir");
        let small = dir.path().join("small.srt");
        let large = dir.path().join("large.srt");
        std::fs::write(&small, "1\n00:00:01,000 --> 00:00:02,000\nHola.\n").expect("write");
        std::fs::write(&large, vec![b'\n'; SERIAL_BELOW_BYTES as usize]).expect("write");
        assert!(is_one_small_file([small.as_path()].into_iter()));
        assert!(!is_one_small_file([large.as_path()].into_iter()));
        assert!(!is_one_small_file([small.as_path(), small.as_path()].into_iter()));
        assert!(!is_one_small_file(std::iter::empty()));
        // Standard input, a folder or a missing file: size unknown, so the pool stays.
        assert!(!is_one_small_file([Path::new("-")].into_iter()));
        assert!(!is_one_small_file([dir.path()].into_iter()));
        assert!(!is_one_small_file([dir.path().join("missing.srt").as_path()].into_iter()));
    }
}
