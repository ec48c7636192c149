//! The command-line interface: clap definitions and dispatch to one runner per command.
//!
//! This is the only place that prints. Each command lives in its own file and returns an
//! [`Outcome`]; [`main`] turns errors into one line on stderr and exit code 2.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod convert;
pub mod fmt;
pub mod locales;
pub mod merge;
pub mod pair;
pub mod press;
pub mod retime;
pub mod rules;

use crate::error::Error;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// How a command ended, as an exit code: 0 success, 1 findings at error severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: findings at error severity (or `--check` found changes).
    Findings,
}

/// Colour choice for terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is unset.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Options every command understands.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// When to use colour: auto honours NO_COLOR and whether output is a terminal.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only findings and errors: no summaries or notices.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Refuse inputs larger than this many bytes (suffixes K, M, G allowed).
    #[arg(long, global = true, default_value = "512M", value_parser = parse_size)]
    pub max_size: u64,
}

/// Subtitle QC, lossless retiming and localized press copy for
/// *What We Leave Behind / Lo que dejamos atrás*.
#[derive(Debug, Parser)]
#[command(name = "dejamos", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate subtitle files against delivery rules (reading speed, layout, timing, typography).
    #[command(visible_alias = "validate")]
    Check(CheckArgs),
    /// List the rule catalogue, or print one rule's documentation.
    Rules(RulesArgs),
    /// Normalise SRT files: UTF-8, canonical timestamps, renumbered, consistent line endings.
    Fmt(FmtArgs),
    /// Retime a subtitle file losslessly: shift, frame-rate conversion, two-point sync, sync to another file.
    Retime(RetimeArgs),
    /// Compare a Spanish and an English subtitle file cue by cue.
    Pair(PairArgs),
    /// Merge two languages into dual-language subtitles.
    Merge(MergeArgs),
    /// Convert between SRT, WebVTT and TTML (IMSC 1.1 Text).
    Convert(ConvertArgs),
    /// Render the film's press copy (synopsis, credits, festivals, bio) in English and Spanish.
    Press(PressArgs),
    /// Work with the Fluent locales behind the press copy.
    Locales(LocalesArgs),
    /// Print shell completions.
    Completions(CompletionsArgs),
    /// Print the man page (roff) to stdout.
    Man,
}

/// Output formats of `check` and `pair`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ReportFormat {
    /// rustc-style snippets with the offending text underlined.
    #[default]
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// The documented JSON schema (version 1).
    Json,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// JUnit XML: one test case per file and rule.
    Junit,
    /// GitHub Actions workflow commands (`::error file=…`).
    Github,
}

/// Target audience, which selects the reading-speed limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Audience {
    /// Adult programmes (en 20 cps, es 17 cps).
    #[default]
    Adult,
    /// Children's programmes (en 17 cps, es 13 cps).
    Children,
}

/// `dejamos check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Files or directories (searched recursively for *.srt and *.vtt); `-` reads stdin.
    #[arg(value_name = "PATH", required_unless_present = "show_config")]
    pub paths: Vec<PathBuf>,
    /// Language of the files (es, en, es-MX, en-US …); default: from the file name, else the text.
    #[arg(long)]
    pub lang: Option<String>,
    /// Delivery profile.
    #[arg(long)]
    pub profile: Option<String>,
    /// Frame rate for frame-based rules (23.976, 24, 25, 29.97 …).
    #[arg(long)]
    pub fps: Option<String>,
    /// Audience: adult or children reading speeds.
    #[arg(long, value_enum)]
    pub audience: Option<Audience>,
    /// Only these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// Apply safe fixes and write the files (atomically), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: print a unified diff of the fixes and write nothing.
    #[arg(long, requires = "fix")]
    pub diff: bool,
    /// Use this configuration file instead of discovering dejamos.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Number of files checked in parallel (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Print the settings that apply to FILE and exit.
    #[arg(long, value_name = "FILE")]
    pub show_config: Option<PathBuf>,
    /// Force the input encoding (a WHATWG label such as windows-1252).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Write the report to this file instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Check files of at least this size piece by piece, in memory close to the file's size
    /// (suffixes K, M, G; 0: every file that allows it).
    #[arg(long, value_name = "BYTES", default_value = "32M", value_parser = parse_size)]
    pub pieces_from: u64,
}

/// `dejamos rules`.
#[derive(Debug, Clone, Args)]
pub struct RulesArgs {
    /// A rule name: print its documentation.
    pub name: Option<String>,
    /// Output format for the catalogue.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

/// Output formats of `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum RulesFormat {
    /// A table, or one rule's docs.
    #[default]
    Text,
    /// Markdown (the README's rule reference is generated from this).
    Md,
    /// JSON.
    Json,
}

/// `dejamos fmt`.
#[derive(Debug, Clone, Args)]
pub struct FmtArgs {
    /// SRT files; `-` reads stdin.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write nothing; exit 1 and say what would change.
    #[arg(long)]
    pub check: bool,
    /// Write the result here (`-` for stdout; only with one input).
    #[arg(short, long, value_name = "OUT", conflicts_with_all = ["in_place", "check"])]
    pub output: Option<PathBuf>,
    /// Rewrite each file in place (atomically).
    #[arg(short, long, conflicts_with = "check")]
    pub in_place: bool,
    /// Write CRLF line endings (default: LF).
    #[arg(long)]
    pub crlf: bool,
    /// Write a UTF-8 byte-order mark.
    #[arg(long)]
    pub bom: bool,
    /// Force the input encoding (a WHATWG label such as windows-1252).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
}

/// `dejamos retime`.
#[derive(Debug, Clone, Args)]
#[command(allow_negative_numbers = true)]
pub struct RetimeArgs {
    /// The subtitle file; `-` reads stdin.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// Write here (`-` for stdout). Default: stdout.
    #[arg(short, long, value_name = "OUTPUT", conflicts_with = "in_place")]
    pub output: Option<PathBuf>,
    /// Rewrite INPUT in place (atomically, keeping its permissions).
    #[arg(short, long)]
    pub in_place: bool,
    /// With --in-place: keep the original as FILE.bak.
    #[arg(long, requires = "in_place")]
    pub backup: bool,
    /// Move every time by a signed duration: -2.5s, +1500ms, -00:00:02,500, +12f.
    #[arg(long, value_name = "DUR", allow_hyphen_values = true)]
    pub shift: Option<String>,
    /// Multiply every time by FACTOR (a decimal or a fraction such as 25/24).
    #[arg(long, value_name = "FACTOR")]
    pub scale: Option<String>,
    /// A frame rate (23.976) for frames and --snap, or FROM:TO to convert (t × FROM / TO).
    #[arg(long, value_name = "RATE")]
    pub fps: Option<String>,
    /// Two-point sync anchor CUE=TIME (1-based cue position); once is a shift, twice is linear.
    #[arg(long, value_name = "CUE=TIME", action = clap::ArgAction::Append)]
    pub sync: Vec<String>,
    /// Only retime cues starting within FROM..TO (times).
    #[arg(long, value_name = "FROM..TO", conflicts_with = "cues")]
    pub range: Option<String>,
    /// Only retime cues A..B (1-based positions, inclusive).
    #[arg(long, value_name = "A..B")]
    pub cues: Option<String>,
    /// Round every time to the nearest frame boundary at --fps.
    #[arg(long)]
    pub snap: bool,
    /// Drop cues that end before zero and clamp the others, instead of failing.
    #[arg(long)]
    pub clamp: bool,
    /// Sync to the other language's file: find the rate change and the offset of each segment
    /// between cuts that map INPUT onto it. A file already in sync is written back unchanged; a
    /// fit scoring below --threshold is not written (exit 1).
    #[arg(long, value_name = "OTHER", conflicts_with_all = ["shift", "scale", "sync", "range", "cues"])]
    pub reference: Option<PathBuf>,
    /// Input encoding override; with `utf-8` the output is also re-encoded to UTF-8.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// With --reference: print the plan (rate change, segments, offsets, cuts, score) and write nothing.
    #[arg(long, requires = "reference")]
    pub dry_run: bool,
    /// With --reference: write even a file already in sync or a fit below --threshold.
    #[arg(long, requires = "reference")]
    pub force: bool,
    /// With --reference: the smallest offset jump that counts as a cut [default: 0.5s].
    #[arg(long, value_name = "DUR", requires = "reference")]
    pub min_cut: Option<String>,
    /// With --reference: how close a start must land to the reference's, and how close to the
    /// identity a fit is "already in sync" [default: 3f, frames at --fps or 23.976].
    #[arg(long, value_name = "DUR", requires = "reference")]
    pub tolerance: Option<String>,
    /// With --reference: the lowest score (percent of cue starts within --tolerance) to write.
    #[arg(long, value_name = "PERCENT", default_value_t = 90.0, requires = "reference")]
    pub threshold: f64,
}

/// `dejamos pair`.
#[derive(Debug, Clone, Args)]
pub struct PairArgs {
    /// First file (e.g. Spanish).
    pub a: PathBuf,
    /// Second file (e.g. English).
    pub b: PathBuf,
    /// Largest start or end difference for aligned cues (a duration; default 2 frames at --fps).
    #[arg(long, value_name = "DUR", allow_hyphen_values = true)]
    pub tolerance: Option<String>,
    /// Frame rate for frame-based tolerances.
    #[arg(long)]
    pub fps: Option<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub strict: bool,
}

/// `dejamos merge`.
#[derive(Debug, Clone, Args)]
pub struct MergeArgs {
    /// Lines shown on top.
    pub top: PathBuf,
    /// Lines shown below.
    pub bottom: PathBuf,
    /// Write here (default: stdout).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Put the bottom language in italics.
    #[arg(long)]
    pub bottom_italic: bool,
    /// Frame rate for gap rules.
    #[arg(long)]
    pub fps: Option<String>,
}

/// Output formats of `convert`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SubtitleFormat {
    /// SubRip.
    Srt,
    /// WebVTT.
    Vtt,
    /// TTML, IMSC 1.1 Text Profile.
    Ttml,
}

/// `dejamos convert`.
#[derive(Debug, Clone, Args)]
pub struct ConvertArgs {
    /// Input file (.srt or .vtt); `-` reads stdin and sniffs the format.
    pub input: PathBuf,
    /// Output file (`-` for stdout); its extension can give the format.
    #[arg(short, long, value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
    /// Output format (default: from OUTPUT's extension).
    #[arg(long, value_enum)]
    pub to: Option<SubtitleFormat>,
    /// Frame rate for TTML (ttp:frameRate).
    #[arg(long)]
    pub fps: Option<String>,
    /// Language tag for the output (default: detected).
    #[arg(long)]
    pub lang: Option<String>,
    /// Input encoding override.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
}

/// Sections of the press copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum PressSection {
    Logline,
    Synopsis,
    Credits,
    Details,
    Festivals,
    Distribution,
    Bio,
    Statement,
    #[default]
    All,
}

/// Output formats of `press`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum PressFormat {
    /// Wrapped plain text.
    #[default]
    Text,
    /// Markdown with headings.
    Md,
    /// A standalone, accessible HTML page.
    Html,
    /// Structured JSON.
    Json,
}

/// `dejamos press`.
#[derive(Debug, Clone, Args)]
pub struct PressArgs {
    /// Locale: en, en-US, es, es-MX, es-419 … or `all`.
    #[arg(long, default_value = "en-US")]
    pub lang: String,
    /// Which section to render.
    #[arg(long, value_enum, default_value_t = PressSection::All)]
    pub section: PressSection,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PressFormat::Text)]
    pub format: PressFormat,
    /// Load bundles and facts from this folder instead of the embedded copy.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Write here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print words and characters per section and locale instead of the copy.
    #[arg(long)]
    pub stats: bool,
}

/// `dejamos locales`.
#[derive(Debug, Clone, Args)]
pub struct LocalesArgs {
    #[command(subcommand)]
    pub command: LocalesCommand,
}

/// Subcommands of `dejamos locales`.
#[derive(Debug, Clone, Subcommand)]
pub enum LocalesCommand {
    /// Lint the Fluent bundles: syntax, parity with the reference, arguments, typography.
    Check(LocalesCheckArgs),
}

/// Output formats of `locales check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum LocalesFormat {
    /// file:line:col snippets.
    #[default]
    Human,
    /// JSON.
    Json,
    /// GitHub Actions workflow commands.
    Github,
}

/// `dejamos locales check`.
#[derive(Debug, Clone, Args)]
pub struct LocalesCheckArgs {
    /// The locales folder (default: the embedded locales).
    pub dir: Option<PathBuf>,
    /// The reference locale.
    #[arg(long, default_value = "en-US")]
    pub reference: String,
    /// Report format.
    #[arg(long, value_enum, default_value_t = LocalesFormat::Human)]
    pub format: LocalesFormat,
}

/// `dejamos completions`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// Parse `512M`, `10K`, `1G` or a plain byte count.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, multiplier) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'B' => 1,
                _ => return Err(format!("`{text}`: use a byte count with an optional K, M or G")),
            };
            (&text[..i], m)
        }
        _ => (text, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| format!("`{text}`: use a byte count with an optional K, M or G"))
}

/// Whether coloured output should be used on a stream that is (or is not) a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Write `text` to stdout; a closed pipe (`| head`) is not an error.
pub fn print_stdout(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("<stdout>", "write", &e)),
    }
}

/// Write bytes to stdout; a closed pipe is not an error.
pub fn write_stdout_bytes(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("<stdout>", "write", &e)),
    }
}

/// Print a notice on stderr unless `--quiet`.
pub fn notice(global: &GlobalArgs, text: &str) {
    if !global.quiet {
        eprintln!("{text}");
    }
}

/// Print a warning on stderr (shown even with `--quiet`).
pub fn warn(text: &str) {
    eprintln!("warning: {text}");
}

/// Run the CLI with the process arguments and return the exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, usage errors to stderr with 2.
            let _ = err.print();
            return if err.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(err) => {
            eprintln!("dejamos: error: {err}");
            ExitCode::from(2)
        }
    }
}

/// Dispatch a parsed command line.
pub fn run(cli: Cli) -> Result<Outcome, Error> {
    let global = &cli.global;
    match &cli.command {
        Command::Check(args) => check::run(args, global),
        Command::Rules(args) => rules::run(args, global),
        Command::Fmt(args) => fmt::run(args, global),
        Command::Retime(args) => retime::run(args, global),
        Command::Pair(args) => pair::run(args, global),
        Command::Merge(args) => merge::run(args, global),
        Command::Convert(args) => convert::run(args, global),
        Command::Press(args) => press::run(args, global),
        Command::Locales(args) => match &args.command {
            LocalesCommand::Check(check_args) => locales::run_check(check_args, global),
        },
        Command::Completions(args) => {
            let mut command = Cli::command();
            let mut buffer = Vec::new();
            clap_complete::generate(args.shell, &mut command, "dejamos", &mut buffer);
            write_stdout_bytes(&buffer)?;
            Ok(Outcome::Success)
        }
        Command::Man => {
            let mut buffer = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buffer)
                .map_err(|e| Error::io("<stdout>", "render the man page", &e))?;
            write_stdout_bytes(&buffer)?;
            Ok(Outcome::Success)
        }
    }
}

/// `n` with its noun: `1 cue`, `2 cues`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes_parse_with_suffixes() {
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("10k"), Ok(10 << 10));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("").is_err());
    }
}
