//! Writing a report file by file: each file's part is rendered on its own (on any thread) and
//! written as soon as the files before it are, so a run never holds the whole rendered report.
use super::concise::Concise;
use super::csv::Csv;
use super::github::Github;
use super::html::Html;
use super::human::Human;
use super::json::Json;
use super::junit::Junit;
use super::sarif::Sarif;
use super::{Emitter, FileReport, Format, RenderOptions, RunInfo, Summary, counts_cues};
use crate::check::declare::RuleInfo;
use crate::diagnostic::{Diagnostic, Severity};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The counts a report's footer and the exit code need, gathered file by file so that the files
/// themselves can be dropped once written. Tallies of consecutive files [`add`](Tally::add) up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    summary: Summary,
    /// Fixable findings per rule name, for the human footer's rows.
    fixable_by_rule: BTreeMap<String, usize>,
    /// (language, reason, files), in order of first appearance.
    languages: Vec<(String, Option<String>, usize)>,
    /// The configuration files that applied, in order of first use.
    configs: Vec<String>,
    worst: Option<Severity>,
    /// Each file's counts, in report order, for the HTML report's table of files.
    files: Vec<FileTally>,
}

/// One file's line in a [`Tally`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileTally {
    /// The path as given.
    pub path: String,
    /// Its number in the run, when it has a [`FileDetail`](super::FileDetail).
    pub number: Option<usize>,
    /// Its cues.
    pub cues: usize,
    /// Findings at error severity.
    pub errors: usize,
    /// Findings at warning severity.
    pub warnings: usize,
    /// Findings at info severity.
    pub infos: usize,
}

impl Tally {
    /// The counts of one file.
    pub fn of(file: &FileReport) -> Tally {
        let mut tally = Tally::of_findings(&file.diagnostics);
        // A two-file entry (`pair`) read two files; its language is only the first file's, so
        // it stays out of the languages line (`pair` names both files' languages itself).
        tally.summary.files = if file.other_path.is_some() { 2 } else { 1 };
        tally.summary.cues = file.cues;
        if let Some(language) = file.language.as_ref().filter(|_| file.other_path.is_none()) {
            tally.languages.push((language.clone(), file.language_reason.clone(), 1));
        }
        tally.configs.extend(file.config.clone());
        let summary = &tally.summary;
        tally.files.push(FileTally {
            path: file.path.clone(),
            number: file.detail.as_ref().map(|detail| detail.number),
            cues: file.cues,
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
        });
        tally
    }

    /// The counts of some findings (no file, no cues).
    pub fn of_findings(found: &[Diagnostic]) -> Tally {
        let mut tally = Tally::default();
        for d in found {
            match d.severity {
                Severity::Error => tally.summary.errors += 1,
                Severity::Warning => tally.summary.warnings += 1,
                Severity::Info => tally.summary.infos += 1,
            }
            bump(&mut tally.summary.by_rule, d.rule, 1);
            if d.fix.is_some() {
                tally.summary.fixable += 1;
                bump(&mut tally.fixable_by_rule, d.rule, 1);
            }
            tally.worst = tally.worst.max(Some(d.severity));
        }
        tally
    }

    /// Add the counts of the files that come after these; counts of findings alone
    /// ([`Tally::of_findings`]) belong to the last file counted.
    pub fn add(&mut self, other: Tally) {
        if other.files.is_empty() {
            if let Some(last) = self.files.last_mut() {
                last.errors += other.summary.errors;
                last.warnings += other.summary.warnings;
                last.infos += other.summary.infos;
            }
        } else {
            self.files.extend(other.files);
        }
        let (mine, theirs) = (&mut self.summary, other.summary);
        mine.files += theirs.files;
        mine.cues += theirs.cues;
        mine.errors += theirs.errors;
        mine.warnings += theirs.warnings;
        mine.infos += theirs.infos;
        mine.fixable += theirs.fixable;
        for (rule, count) in theirs.by_rule {
            bump(&mut mine.by_rule, &rule, count);
        }
        for (rule, count) in other.fixable_by_rule {
            bump(&mut self.fixable_by_rule, &rule, count);
        }
        for (language, reason, files) in other.languages {
            match self.languages.iter_mut().find(|(l, r, _)| *l == language && *r == reason) {
                Some(group) => group.2 += files,
                None => self.languages.push((language, reason, files)),
            }
        }
        for config in other.configs {
            if !self.configs.contains(&config) {
                self.configs.push(config);
            }
        }
        self.worst = self.worst.max(other.worst);
    }

    /// The configuration files that applied, in order of first use.
    pub(super) fn configs(&self) -> &[String] {
        &self.configs
    }

    /// Files, cues and findings counted so far.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The highest severity of any finding.
    pub fn worst(&self) -> Option<Severity> {
        self.worst
    }

    /// Fixable findings of `rule`.
    pub(super) fn fixable(&self, rule: &str) -> usize {
        self.fixable_by_rule.get(rule).copied().unwrap_or(0)
    }

    /// The languages the files were checked as, with why and how many files, in order of first use.
    pub(super) fn languages(&self) -> &[(String, Option<String>, usize)] {
        &self.languages
    }

    /// Each file's counts, in report order.
    pub fn files(&self) -> &[FileTally] {
        &self.files
    }
}

/// Add `count` to `rule`'s entry, allocating the key only the first time.
fn bump(map: &mut BTreeMap<String, usize>, rule: &str, count: usize) {
    match map.get_mut(rule) {
        Some(n) => *n += count,
        None => {
            map.insert(rule.to_string(), count);
        }
    }
}

/// Files with more findings than this are rendered into the output directly rather than into a
/// buffer on a worker thread (a JSON finding is about 200 bytes, so about 4 MB).
const BUFFER_FINDINGS: usize = 20_000;

/// Run `$body` with `$e` bound to the emitter of `$style`'s format: the one place a format
/// value meets its emitter.
macro_rules! with_emitter {
    ($style:expr, $e:ident => $body:expr) => {{
        let style: &Style<'_> = $style;
        let cues = counts_cues(style.command);
        match style.format {
            Format::Human => {
                let $e = Human { rules: style.rules, options: style.options, cues };
                $body
            }
            Format::Concise => {
                let $e = Concise { quiet: style.options.quiet, cues, lang: style.options.lang };
                $body
            }
            Format::Json => {
                let $e = Json;
                $body
            }
            Format::Sarif => {
                let $e = Sarif { rules: style.rules, lang: style.options.lang };
                $body
            }
            Format::Junit => {
                let $e = Junit { rules: style.rules, command: style.command, lang: style.options.lang };
                $body
            }
            Format::Github => {
                let $e = Github;
                $body
            }
            Format::Html => {
                let $e = Html { rules: style.rules, command: style.command, run: style.run, lang: style.options.lang };
                $body
            }
            Format::Csv => {
                let $e = Csv;
                $body
            }
        }
    }};
}

/// How a report is written: format, options and the catalogue entries of the rules that ran.
/// It is `Sync`, so worker threads render their files' parts with it.
#[derive(Debug, Clone, Copy)]
pub struct Style<'a> {
    format: Format,
    options: RenderOptions,
    rules: &'a [RuleInfo],
    command: &'static str,
    /// Where a file with very many findings has them rendered, a stretch per worker.
    pool: Option<&'a rayon::ThreadPool>,
    /// What applies to the whole run (the HTML summary shows it).
    run: Option<&'a RunInfo>,
}

/// One file's share of a report: its rendered text and counts, or, for a format that cannot be
/// streamed, the file itself.
#[derive(Debug)]
pub struct Part {
    bytes: Vec<u8>,
    held: Option<FileReport>,
    tally: Tally,
}

impl<'a> Style<'a> {
    /// A style for `format`; `rules` and `command` as in [`Report`](super::Report).
    pub fn new(format: Format, options: RenderOptions, rules: &'a [RuleInfo], command: &'static str) -> Self {
        Style { format, options, rules, command, pool: None, run: None }
    }

    /// The same style, with what applies to the whole run ([`RunInfo`]).
    pub fn with_run(self, run: &'a RunInfo) -> Self {
        Style { run: Some(run), ..self }
    }

    /// The format.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The same style, rendering the findings of a file that has very many on `pool`'s workers
    /// (in order, a few stretches at a time) instead of on the writing thread.
    pub fn with_pool(self, pool: &'a rayon::ThreadPool) -> Self {
        Style { pool: Some(pool), ..self }
    }

    /// Whether files can be written one by one. SARIF lists every rule that has a finding before
    /// the results refer to them by index, and JUnit's header carries the totals: those two
    /// are rendered from the whole report at the end.
    pub fn streams(&self) -> bool {
        with_emitter!(self, e => e.streams())
    }

    /// Turn one file into its part of the report, independently of the other files (any thread).
    ///
    /// A file with very many findings is not rendered here but kept, and written straight into
    /// the output when its turn comes: its part would be nearly the whole report.
    pub fn part(&self, mut file: FileReport) -> Part {
        if self.options.lang != crate::ui::UiLang::English {
            for d in &mut file.diagnostics {
                crate::ui::localize(d, self.options.lang);
            }
        }
        if self.streams() && file.diagnostics.len() <= BUFFER_FINDINGS {
            let mut bytes = Vec::new();
            // Writing into memory cannot fail.
            let _ = self.write_file(&file, &mut bytes);
            Part { bytes, held: None, tally: Tally::of(&file) }
        } else {
            Part { bytes: Vec::new(), tally: Tally::of(&file), held: Some(file) }
        }
    }

    /// Write one file's part of a streamed format. Generic, not `dyn`: serde_json writes token
    /// by token, and a virtual call for each made rendering a quarter slower.
    fn write_file<W: Write + ?Sized>(&self, file: &FileReport, out: &mut W) -> io::Result<()> {
        with_emitter!(self, e => e.file(file, out))
    }

    /// Write the end of a report whose files are counted in `tally`; `held` are every file of
    /// a format that does not stream (empty for the others).
    pub(super) fn end(&self, tally: &Tally, held: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        if self.options.lang != crate::ui::UiLang::English && !held.is_empty() {
            let held: Vec<FileReport> =
                held.iter().map(|file| super::localized_file(file, self.options.lang).into_owned()).collect();
            return with_emitter!(self, e => e.end(tally, &held, out));
        }
        with_emitter!(self, e => e.end(tally, held, out))
    }
}

/// Some of a file's findings, rendered (on any thread) for [`ReportWriter::push_findings`].
#[derive(Debug)]
pub struct Findings {
    bytes: Vec<u8>,
    tally: Tally,
    any: bool,
}

impl Style<'_> {
    /// Render some findings of the file `head` (a report entry without findings, as given to
    /// [`ReportWriter::begin_file`]), with snippets from `source`: a stretch of a large file
    /// checked piece by piece. Only for formats that stream.
    pub fn findings(&self, head: &FileReport, source: &str, found: &[Diagnostic]) -> Findings {
        let mut bytes = Vec::new();
        let found = &*super::localized(found, self.options.lang);
        // Writing into memory cannot fail.
        // Written as if first: the writer separates it from findings that came before.
        let _ = with_emitter!(self, e => e.findings(head, source, found, &mut bytes));
        Findings { bytes, tally: Tally::of_findings(found), any: !found.is_empty() }
    }
}

impl Findings {
    /// Findings counted but not rendered, for a report nobody reads any more.
    pub fn counted(found: &[Diagnostic]) -> Findings {
        Findings { bytes: Vec::new(), tally: Tally::of_findings(found), any: !found.is_empty() }
    }
}

impl Part {
    /// A file's counts without its text, for a report nobody reads any more (the output was
    /// closed): the exit code and the summary still count it.
    pub fn counted(file: &FileReport) -> Part {
        Part { bytes: Vec::new(), held: None, tally: Tally::of(file) }
    }
}

/// Writes a report into `out` as its files arrive, in the order they are pushed.
pub struct ReportWriter<'a, 'w> {
    style: Style<'a>,
    out: &'w mut dyn Write,
    tally: Tally,
    /// The files of a format that cannot be streamed, kept for the end.
    held: Vec<FileReport>,
    /// For a file whose findings are being pushed in pieces: whether any were.
    open_file: Option<bool>,
}

impl<'a, 'w> ReportWriter<'a, 'w> {
    /// Start a report: writes whatever comes before the first file.
    pub fn new(style: Style<'a>, out: &'w mut dyn Write) -> io::Result<Self> {
        with_emitter!(&style, e => e.begin(out))?;
        Ok(ReportWriter { style, out, tally: Tally::default(), held: Vec::new(), open_file: None })
    }

    /// Start a file whose findings follow in pieces ([`ReportWriter::push_findings`], rendered by
    /// [`Style::findings`]) and end with [`ReportWriter::end_file`]: for a file too large to hold
    /// all its findings. `head` is its report entry without findings. Only for formats that
    /// stream.
    pub fn begin_file(&mut self, head: &FileReport) -> io::Result<()> {
        self.separate(Tally::of(head))?;
        self.open(head)
    }

    /// Write the next findings of the file begun with [`ReportWriter::begin_file`].
    pub fn push_findings(&mut self, found: Findings) -> io::Result<()> {
        self.tally.add(found.tally);
        self.write_rendered(&found.bytes, found.any)
    }

    /// Write what comes before a file's findings, which follow a stretch at a time.
    fn open(&mut self, head: &FileReport) -> io::Result<()> {
        self.open_file = Some(false);
        with_emitter!(&self.style, e => e.file_start(head, self.out))
    }

    /// Write a stretch of the open file's findings, rendered by [`Style::findings`]; `any` when
    /// it holds at least one (see [`Emitter::between_stretches`]).
    fn write_rendered(&mut self, bytes: &[u8], any: bool) -> io::Result<()> {
        if any && self.open_file == Some(true) {
            with_emitter!(&self.style, e => e.between_stretches(self.out))?;
        }
        if any {
            self.open_file = Some(true);
        }
        self.out.write_all(bytes)
    }

    /// Finish the file begun with [`ReportWriter::begin_file`].
    pub fn end_file(&mut self) -> io::Result<()> {
        let any = self.open_file.take().unwrap_or(false);
        with_emitter!(&self.style, e => e.file_end(any, self.out))
    }

    /// Write the next file's part, made by [`Style::part`] of the same style.
    pub fn push(&mut self, part: Part) -> io::Result<()> {
        match part.held {
            Some(file) if self.style.streams() => {
                self.separate(part.tally)?;
                self.write_direct(&file)
            }
            Some(file) => {
                self.tally.add(part.tally);
                self.held.push(file);
                Ok(())
            }
            None => {
                self.separate(part.tally)?;
                self.out.write_all(&part.bytes)
            }
        }
    }

    /// Write the next file of a streamed format straight into the output.
    pub(super) fn push_file(&mut self, file: &FileReport) -> io::Result<()> {
        self.separate(Tally::of(file))?;
        self.write_direct(file)
    }

    /// Render a file into the output, through a buffer so that the renderers' many small writes
    /// are not each a virtual call.
    fn write_direct(&mut self, file: &FileReport) -> io::Result<()> {
        if let Some(pool) = self.style.pool {
            return self.write_in_stretches(file, pool);
        }
        let file = super::localized_file(file, self.style.options.lang);
        let mut out = io::BufWriter::with_capacity(64 * 1024, &mut *self.out);
        self.style.write_file(&file, &mut out)?;
        out.flush()
    }

    /// [`ReportWriter::write_direct`] with the findings rendered in stretches on `pool`: the
    /// same bytes, in a fraction of the time on a file with a hundred thousand findings.
    fn write_in_stretches(&mut self, file: &FileReport, pool: &rayon::ThreadPool) -> io::Result<()> {
        use rayon::prelude::*;
        const STRETCH: usize = 4096;
        // Counted already, when the file was pushed: only the text is written here.
        let head = file.without_findings();
        self.open(&head)?;
        let stretches = stretches(&file.diagnostics, STRETCH);
        let batch = pool.current_num_threads().max(1) * 2;
        for group in stretches.chunks(batch) {
            let style = self.style;
            let rendered: Vec<Findings> =
                pool.install(|| group.par_iter().map(|found| style.findings(&head, &file.source, found)).collect());
            for findings in rendered {
                self.write_rendered(&findings.bytes, findings.any)?;
            }
        }
        self.end_file()
    }

    /// Count the next file in and write what goes before it.
    fn separate(&mut self, tally: Tally) -> io::Result<()> {
        let first = self.tally.summary.files == 0;
        self.tally.add(tally);
        with_emitter!(&self.style, e => e.separator(first, self.out))
    }

    /// Flush what was written so far through to the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// The counts of the files pushed so far.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// Write the end of the report (footer, totals) and flush; returns the counts.
    pub fn finish(self) -> io::Result<Tally> {
        let ReportWriter { style, out, tally, held, .. } = self;
        style.end(&tally, &held, out)?;
        out.flush()?;
        Ok(tally)
    }
}

/// `found` cut into stretches of about `size` findings, never between two findings about the same
/// cue (so a cue's findings are rendered together: the HTML report anchors the first of them).
fn stretches(found: &[Diagnostic], size: usize) -> Vec<&[Diagnostic]> {
    let mut out = Vec::with_capacity(found.len() / size.max(1) + 1);
    let mut rest = found;
    while !rest.is_empty() {
        let mut end = size.max(1).min(rest.len());
        while let (Some(last), Some(next)) = (rest.get(end - 1), rest.get(end)) {
            if last.cue.is_none() || last.cue != next.cue {
                break;
            }
            end += 1;
        }
        let (stretch, after) = rest.split_at(end);
        out.push(stretch);
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretches_keep_a_cues_findings_together() {
        let source = "x";
        let doc = crate::srt::parse_str(source);
        let at = |cue: Option<usize>| doc.diagnostic("r", Severity::Info, 0..0, cue, "m");
        let found = vec![at(Some(1)), at(Some(2)), at(Some(2)), at(Some(2)), at(None), at(None), at(Some(3))];
        let cut: Vec<usize> = stretches(&found, 2).iter().map(|s| s.len()).collect();
        assert_eq!(cut, vec![4, 2, 1]);
        assert_eq!(stretches(&found, 100).len(), 1);
        assert!(stretches(&[], 4).is_empty());
    }
}
