//! The command line as clap types, and the one place values are parsed.
//!
//! Every flag that takes a frame rate, a duration, a time, an encoding label, a size or a
//! thread count goes through a value parser here, so a bad value is refused by clap as a usage
//! error (exit 2) with one message per kind of value, and the commands receive typed values.
//! The `ValueEnum` types mirror the library's own enums and map into them with `From`.
use super::say;
use clap::{Args, Parser, Subcommand, ValueEnum};
use dejamos::check::profile::Profile;
use dejamos::decode::TextEncoding;
use dejamos::lang::LangTag;
use dejamos::msg;
use dejamos::retime::{Anchor, FpsSpec, Ratio, Selection};
use dejamos::time::{FrameRate, Timecode, TypedDuration, TypedTime};
use std::path::PathBuf;

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
    ///
    /// The default, 64 MiB, is far above any real subtitle file and bounds what a hostile file
    /// can cost (see docs/performance.md).
    #[arg(long, global = true, default_value = "64M", value_parser = size)]
    pub max_size: u64,
    /// Interface language (`en`, `es`, `es_MX.UTF-8` …); without it, DEJAMOS_UI_LANG, LC_ALL,
    /// LC_MESSAGES or LANG choose, as in gettext programs, and English is the default.
    #[arg(long, global = true, value_name = "TAG", value_parser = ui_tag)]
    pub ui_lang: Option<String>,
    /// The interface language chosen from `--ui-lang` and the environment.
    #[arg(skip)]
    pub ui: dejamos::ui::UiLang,
}

/// A tag `--ui-lang` accepts: anything the negotiation reads as a language tag.
fn ui_tag(text: &str) -> Result<String, String> {
    dejamos::ui::UiLang::negotiate(text)
        .map(|_| text.to_string())
        .map_err(|e| say(&msg!("cli-value-ui-lang", text = e.0)))
}

/// Subtitle QC, lossless retiming and localized press copy for
/// *What We Leave Behind / Lo que dejamos atrás*.
#[derive(Debug, Parser)]
#[command(name = "dejamos", version, about, long_about = None, propagate_version = true, disable_help_subcommand = true)]
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
    #[command(
        visible_alias = "validate",
        override_usage = "dejamos check [OPTIONS] <PATH>...\n       dejamos check --show-config <FILE>"
    )]
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
    /// Detect the shot changes (cuts) of a video with ffmpeg and write them as a plain list.
    Shots(ShotsArgs),
    /// Print shell completions.
    Completions(CompletionsArgs),
    /// Print the man page (roff) of dejamos, or of one command, to stdout.
    Man(ManArgs),
    /// Print this message or the help of the given command.
    Help(HelpArgs),
}

/// `dejamos man`.
#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    /// The command whose page to print (`check`, `locales check` …); default: dejamos(1).
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// `dejamos help`.
#[derive(Debug, Clone, Args)]
pub struct HelpArgs {
    /// The command whose help to print.
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
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
    /// One self-contained HTML page for people: summary, a timeline per file, findings, filters.
    Html,
    /// CSV for spreadsheets: one row per finding.
    Csv,
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
    /// Files or directories (searched recursively for *.srt, *.vtt, *.ttml and *.dfxp); `-` reads stdin.
    #[arg(value_name = "PATH", required_unless_present = "show_config")]
    pub paths: Vec<PathBuf>,
    /// Language of the files (es, en, es-MX, en-US …); default: from the file name, else the text.
    #[arg(long, value_parser = LANGUAGE, hide_possible_values = true)]
    pub lang: Option<LangTag>,
    /// Delivery profile.
    #[arg(long, value_parser = PROFILE, hide_possible_values = true)]
    pub profile: Option<Profile>,
    /// Frame rate for frame-based rules (23.976, 24, 25, 29.97 …).
    #[arg(long, value_parser = frame_rate)]
    pub fps: Option<FrameRate>,
    /// Audience: adult or children reading speeds.
    #[arg(long, value_enum)]
    pub audience: Option<Audience>,
    /// Only these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',', value_parser = SELECTOR, hide_possible_values = true)]
    pub select: Vec<String>,
    /// Skip these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',', value_parser = SELECTOR, hide_possible_values = true)]
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
    #[arg(long, short = 'j', value_name = "N", value_parser = jobs)]
    pub jobs: Option<usize>,
    /// Print the settings that apply to FILE and exit.
    #[arg(long, value_name = "FILE")]
    pub show_config: Option<PathBuf>,
    /// Force the input encoding (a WHATWG label such as windows-1252).
    #[arg(long, value_name = "LABEL", value_parser = encoding)]
    pub encoding: Option<TextEncoding>,
    /// Write the report to this file instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Check files of at least this size piece by piece, in memory close to the file's size
    /// (suffixes K, M, G; 0: every file that allows it).
    #[arg(long, value_name = "BYTES", default_value = "32M", value_parser = size)]
    pub pieces_from: u64,
    /// The picture's cuts: a list of times, a Subtitle Edit file, an FFmpeg scene log or a
    /// CMX3600 EDL (default: `[shot_changes]` in dejamos.toml, or FILM.shots next to the file).
    #[arg(long, value_name = "FILE")]
    pub shot_changes: Option<PathBuf>,
    /// The programme start subtracted from timecodes, such as 01:00:00:00 (EDLs default to
    /// their first event's hour).
    #[arg(long, value_name = "TC", value_parser = timecode)]
    pub tc_offset: Option<Timecode>,
    /// How reports write times: milliseconds, or SMPTE timecodes at --fps.
    #[arg(long, value_enum, default_value_t = TimecodeStyle::Ms)]
    pub timecode: TimecodeStyle,
    /// With --fix: also apply fixes that shorten what the viewer reads (max-duration).
    #[arg(long, requires = "fix")]
    pub fix_unsafe: bool,
    /// The full subtitle file the checked forced narratives must be a subset of (default
    /// profile then: netflix-forced; default file: the same name without `.forced`).
    #[arg(long, value_name = "FILE")]
    pub full: Option<PathBuf>,
}

/// How reports write times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum TimecodeStyle {
    /// `00:01:02,500`.
    #[default]
    Ms,
    /// `00:01:02:12` at --fps (drop-frame `;` at 29.97 and 59.94).
    Smpte,
}

/// `dejamos shots`.
#[derive(Debug, Clone, Args)]
pub struct ShotsArgs {
    /// The video.
    #[arg(value_name = "VIDEO")]
    pub video: PathBuf,
    /// Write the list here (default: stdout).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Scene-change score (0–1) above which a frame starts a new shot.
    #[arg(long, default_value_t = dejamos::shots::ffmpeg::DEFAULT_THRESHOLD, value_parser = threshold)]
    pub threshold: f64,
    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
}

/// `dejamos rules`.
#[derive(Debug, Clone, Args)]
pub struct RulesArgs {
    /// A rule name: print its documentation.
    #[arg(value_parser = RULE, hide_possible_values = true)]
    pub name: Option<String>,
    /// Print a delivery profile's thresholds and their sources instead (`all`: every profile).
    #[arg(long, value_name = "PROFILE", conflicts_with = "name")]
    pub profile: Option<String>,
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
    /// Markdown (docs/rules.md is generated from this).
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
    #[arg(long, value_name = "LABEL", value_parser = encoding)]
    pub encoding: Option<TextEncoding>,
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
    #[arg(long, value_name = "DUR", allow_hyphen_values = true, value_parser = shift)]
    pub shift: Option<TypedDuration>,
    /// Multiply every time by FACTOR (a decimal or a fraction such as 25/24).
    #[arg(long, value_name = "FACTOR", value_parser = factor)]
    pub scale: Option<Ratio>,
    /// A frame rate (23.976) for frames and --snap, or FROM:TO to convert (t × FROM / TO).
    #[arg(long, value_name = "RATE", value_parser = fps_spec)]
    pub fps: Option<FpsSpec>,
    /// Two-point sync anchor CUE=TIME (1-based cue position; TIME may be a timecode
    /// HH:MM:SS:FF at --fps); once is a shift, twice is linear.
    #[arg(long, value_name = "CUE=TIME", action = clap::ArgAction::Append, value_parser = anchor)]
    pub sync: Vec<TypedAnchor>,
    /// Only retime cues starting within FROM..TO (times, or timecodes at --fps).
    #[arg(long, value_name = "FROM..TO", conflicts_with = "cues", value_parser = time_range)]
    pub range: Option<TypedRange>,
    /// Only retime cues A..B (1-based positions, inclusive).
    #[arg(long, value_name = "A..B", value_parser = cue_range)]
    pub cues: Option<Selection>,
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
    #[arg(long, value_name = "LABEL", value_parser = encoding)]
    pub encoding: Option<TextEncoding>,
    /// With --reference: print the plan (rate change, segments, offsets, cuts, score) and write nothing.
    #[arg(long, requires = "reference")]
    pub dry_run: bool,
    /// Write even what is refused: a file with unreadable timing lines (their blocks are left
    /// untouched); with --reference, a file already in sync or a fit below --threshold.
    #[arg(long)]
    pub force: bool,
    /// With --reference: the smallest offset jump that counts as a cut [default: 0.5s].
    #[arg(long, value_name = "DUR", requires = "reference", value_parser = tolerance)]
    pub min_cut: Option<TypedDuration>,
    /// With --reference: how close a start must land to the reference's, and how close to the
    /// identity a fit is "already in sync" [default: 3f, frames at --fps or 23.976].
    #[arg(long, value_name = "DUR", requires = "reference", value_parser = tolerance)]
    pub tolerance: Option<TypedDuration>,
    /// With --reference: the lowest score (percent of cue starts within --tolerance) to write.
    #[arg(long, value_name = "PERCENT", default_value_t = 90.0, requires = "reference")]
    pub threshold: f64,
    /// After retiming, snap times near the picture's cuts as the shot-change rule says.
    #[arg(long, value_name = "FILE")]
    pub shot_changes: Option<PathBuf>,
    /// The programme start subtracted from typed timecodes and shot lists, such as 01:00:00:00.
    #[arg(long, value_name = "TC", value_parser = timecode)]
    pub tc_offset: Option<Timecode>,
}

/// `--sync CUE=TIME` as typed: the time may be a timecode, read once the frame rate is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedAnchor {
    /// 1-based cue position.
    pub cue: usize,
    /// Where its start must land.
    pub time: TypedTime,
}

/// `--range FROM..TO` as typed: either end may be a timecode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypedRange {
    /// Earliest start.
    pub from: Option<TypedTime>,
    /// Latest start.
    pub to: Option<TypedTime>,
}

/// `dejamos pair`.
#[derive(Debug, Clone, Args)]
pub struct PairArgs {
    /// First file (e.g. Spanish).
    pub a: PathBuf,
    /// Second file (e.g. English).
    pub b: PathBuf,
    /// Largest start or end difference for aligned cues (a duration; default 2 frames at --fps).
    #[arg(long, value_name = "DUR", allow_hyphen_values = true, value_parser = tolerance)]
    pub tolerance: Option<TypedDuration>,
    /// Frame rate for frame-based tolerances.
    #[arg(long, value_parser = frame_rate)]
    pub fps: Option<FrameRate>,
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
    #[arg(long, value_parser = frame_rate)]
    pub fps: Option<FrameRate>,
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
    #[arg(long, value_parser = frame_rate)]
    pub fps: Option<FrameRate>,
    /// Language tag for the output (default: from the file name, else detected).
    #[arg(long, value_parser = LANGUAGE, hide_possible_values = true)]
    pub lang: Option<LangTag>,
    /// Input encoding override.
    #[arg(long, value_name = "LABEL", value_parser = encoding)]
    pub encoding: Option<TextEncoding>,
    /// Convert even a source with structural errors (a cue ending before it starts, cues out of
    /// order, an empty cue, mojibake) that make an invalid or garbled target.
    #[arg(long)]
    pub force: bool,
    /// Write the non-SDH version: bracketed sound effects and speaker IDs removed, emptied cues
    /// dropped, dialogue dashes repaired; what was removed is listed on stderr.
    #[arg(long)]
    pub strip_sdh: bool,
}

/// Sections of the press copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum PressSection {
    Logline,
    Synopsis,
    Awards,
    Credits,
    Details,
    Festivals,
    Distribution,
    Bio,
    Statement,
    Contacts,
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
    #[arg(long, default_value = "en-US", value_parser = PRESS_LOCALE, hide_possible_values = true)]
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
    /// Also show the festival-submission fields (project type, completion date, colour,
    /// student project).
    #[arg(long)]
    pub all_fields: bool,
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

/// `dejamos locales check`.
#[derive(Debug, Clone, Args)]
pub struct LocalesCheckArgs {
    /// The locales folder (default: the embedded locales).
    pub dir: Option<PathBuf>,
    /// The reference locale.
    #[arg(long, default_value = "en-US")]
    pub reference: String,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
}

/// `dejamos completions`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

impl From<ReportFormat> for dejamos::report::ReportFormat {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Human => Self::Human,
            ReportFormat::Concise => Self::Concise,
            ReportFormat::Json => Self::Json,
            ReportFormat::Sarif => Self::Sarif,
            ReportFormat::Junit => Self::Junit,
            ReportFormat::Github => Self::Github,
            ReportFormat::Html => Self::Html,
            ReportFormat::Csv => Self::Csv,
        }
    }
}

impl From<Audience> for dejamos::check::profile::Audience {
    fn from(audience: Audience) -> Self {
        match audience {
            Audience::Adult => Self::Adult,
            Audience::Children => Self::Children,
        }
    }
}

impl From<SubtitleFormat> for dejamos::convert::SubtitleFormat {
    fn from(format: SubtitleFormat) -> Self {
        match format {
            SubtitleFormat::Srt => Self::Srt,
            SubtitleFormat::Vtt => Self::Vtt,
            SubtitleFormat::Ttml => Self::Ttml,
        }
    }
}

// Value parsers. Each returns the one message for its kind of bad value, in the interface
// language (chosen before clap parses); clap puts the flag and the value in front of it and
// exits with status 2. Texts wrapped from the library (durations, anchors, ratios) are its own.

/// A language tag: `es`, `es-MX`, `es_419`, `spa`, `en-US`, or any other well-formed BCP 47 tag
/// (`fr-CA`, `zh-Hant`), resolved by the core's one tag reader.
pub fn language(text: &str) -> Result<LangTag, String> {
    dejamos::lang::parse_given_tag(text).ok_or_else(|| say(&msg!("cli-value-language", text = text)))
}

/// A value parser that accepts what `parse` accepts and offers `values()` to shell completions:
/// suggestions, not a limit (a language tag or a locale can be any tag). Arguments using it hide
/// the values from `--help`.
#[derive(Clone)]
pub struct Suggest<T> {
    parse: fn(&str) -> Result<T, String>,
    values: fn() -> Vec<&'static str>,
}

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Suggest<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        self.parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new((self.values)().into_iter().map(clap::builder::PossibleValue::new)))
    }
}

/// Language tags `check` and `convert` know by name (any tag is accepted).
fn language_values() -> Vec<&'static str> {
    vec!["es", "es-MX", "es-419", "es-ES", "en", "en-US", "en-GB"]
}

/// Rule names of `check`, their categories and `all`: what `--select` and `--ignore` take.
fn selector_values() -> Vec<&'static str> {
    let rules = dejamos::check::rules::check_catalogue();
    let mut values = vec!["all"];
    for category in rules.iter().map(|r| r.category.as_str()) {
        if !values.contains(&category) {
            values.push(category);
        }
    }
    values.extend(rules.iter().map(|r| r.name));
    values
}

/// Every rule name of every command, for `rules NAME`.
fn rule_values() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = dejamos::check::rules::catalogue().iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The press kit's embedded locales, the bare languages and `all`.
fn press_locale_values() -> Vec<&'static str> {
    let mut values: Vec<&'static str> =
        dejamos::press::catalog::EMBEDDED.iter().filter_map(|(path, _)| path.split_once('/').map(|(l, _)| l)).collect();
    values.dedup();
    values.extend(["en", "es", "all"]);
    values
}

/// The delivery profiles' names.
fn profile_values() -> Vec<&'static str> {
    Profile::ALL.iter().map(|p| p.name()).collect()
}

/// Any text, kept as it is (checked later, where the names are known).
fn text(text: &str) -> Result<String, String> {
    Ok(text.to_string())
}

/// `language` with the known tags as suggestions.
pub const LANGUAGE: Suggest<LangTag> = Suggest { parse: language, values: language_values };
/// A rule or category name for `--select`/`--ignore`, with the catalogue as suggestions.
pub const SELECTOR: Suggest<String> = Suggest { parse: text, values: selector_values };
/// A rule name for `rules NAME`, with the catalogue as suggestions.
pub const RULE: Suggest<String> = Suggest { parse: text, values: rule_values };
/// A delivery profile, with every profile as suggestions.
pub const PROFILE: Suggest<Profile> = Suggest { parse: profile, values: profile_values };
/// A press locale, with the embedded ones as suggestions.
pub const PRESS_LOCALE: Suggest<String> = Suggest { parse: text, values: press_locale_values };

/// A frame rate: `23.976` (also with a decimal comma, `23,976`), `24`, `25`, `29.97`, or an
/// exact fraction `24000/1001`. The NTSC decimals mean ×1000/1001.
pub fn frame_rate(text: &str) -> Result<FrameRate, String> {
    let decimal = if text.contains('/') { text.to_string() } else { text.replace(',', ".") };
    FrameRate::parse(&decimal).ok_or_else(|| say(&msg!("cli-value-frame-rate", text = text)))
}

/// `retime --fps`: one frame rate, or `FROM:TO` to convert between two.
pub fn fps_spec(text: &str) -> Result<FpsSpec, String> {
    match text.split_once(':') {
        Some((from, to)) => Ok(FpsSpec::Convert { from: frame_rate(from)?, to: frame_rate(to)? }),
        None => Ok(FpsSpec::Rate(frame_rate(text)?)),
    }
}

/// A signed duration or offset: `-2.5s`, `+1500ms`, `-00:00:02,500`, `1m30s`, `+12f` (frames,
/// resolved later at the frame rate). A bare zero (`0`, `-0`, `0.0`) needs no unit.
pub fn shift(text: &str) -> Result<TypedDuration, String> {
    let digits = text.trim().trim_start_matches(['+', '-']);
    if !digits.is_empty() && digits.bytes().all(|b| b == b'0' || b == b'.') && digits.contains('0') {
        return Ok(TypedDuration::Millis(0));
    }
    dejamos::time::parse_duration(text).map_err(|e| say(&e))
}

/// A duration that cannot be negative (`pair --tolerance`): `2f`, `100ms`, `0.1s`.
pub fn tolerance(text: &str) -> Result<TypedDuration, String> {
    let duration = dejamos::time::parse_duration(text).map_err(|e| say(&e))?;
    let negative = match duration {
        TypedDuration::Millis(ms) => ms < 0,
        TypedDuration::Frames(frames) => frames < 0,
        TypedDuration::Timecode { negative, .. } => negative,
    };
    if negative {
        return Err(say(&msg!("cli-value-negative", text = text)));
    }
    Ok(duration)
}

/// A scale factor: a positive decimal (`1.001`) or fraction (`25/24`), exactly.
pub fn factor(text: &str) -> Result<Ratio, String> {
    Ratio::parse(text)
}

/// A sync anchor `CUE=TIME`: `12=00:01:02,500`, `12=62.5s`, `12=01:00:02:12` (a timecode).
pub fn anchor(text: &str) -> Result<TypedAnchor, String> {
    if let Some((cue, when)) = text.split_once('=')
        && Timecode::looks_like(when.trim())
    {
        let cue = Anchor::parse(&format!("{cue}=0s"))
            .map_err(|e| e.replace(&format!("`{cue}=0s`"), &format!("`{text}`")))?
            .cue;
        let time = TypedTime::parse(when).map_err(|e| say(&msg!("retime-bad-value", text = text, reason = e)))?;
        return Ok(TypedAnchor { cue, time });
    }
    Anchor::parse(text).map(|a| TypedAnchor { cue: a.cue, time: TypedTime::At(a.time) })
}

/// A time range `FROM..TO` (either end may be left open): `00:10:00,000..00:20:00,000`, `10m..`,
/// `01:10:00:00..01:20:00:00` (timecodes).
pub fn time_range(text: &str) -> Result<TypedRange, String> {
    if let Some((from, to)) = text.split_once("..")
        && [from, to].iter().any(|p| Timecode::looks_like(p.trim()))
    {
        let bound = |part: &str| -> Result<Option<TypedTime>, String> {
            let part = part.trim();
            if part.is_empty() { Ok(None) } else { TypedTime::parse(part).map(Some).map_err(|e| say(&e)) }
        };
        return Ok(TypedRange { from: bound(from)?, to: bound(to)? });
    }
    match Selection::parse_times(text)? {
        Selection::Times { from, to } => Ok(TypedRange { from: from.map(TypedTime::At), to: to.map(TypedTime::At) }),
        _ => Err(say(&msg!("cli-value-range", text = text))),
    }
}

/// An SMPTE timecode `HH:MM:SS:FF` (drop-frame `HH:MM:SS;FF`).
pub fn timecode(text: &str) -> Result<Timecode, String> {
    Timecode::parse(text).map_err(|e| say(&e))
}

/// A scene-change threshold between 0 and 1.
pub fn threshold(text: &str) -> Result<f64, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|t| (0.0..=1.0).contains(t))
        .ok_or_else(|| say(&msg!("cli-value-threshold", text = text)))
}

/// A range of 1-based cue positions `A..B`, `A..`, `..B` or one position `A`.
pub fn cue_range(text: &str) -> Result<Selection, String> {
    Selection::parse_cues(text)
}

/// An encoding label: a WHATWG label (`utf-8`, `windows-1252`, `latin1`, `utf-16le` …), `cp1252`
/// and friends, or `utf-32`.
pub fn encoding(text: &str) -> Result<TextEncoding, String> {
    TextEncoding::for_label(text).ok_or_else(|| say(&msg!("cli-value-encoding", text = text)))
}

/// A delivery profile by name.
pub fn profile(text: &str) -> Result<Profile, String> {
    Profile::parse(text).ok_or_else(|| {
        let known: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
        say(&msg!("cli-value-profile", text = text, profiles = known.join(", ")))
    })
}

/// How many threads `--jobs` may ask for per available core: more only adds switching.
const JOBS_PER_CORE: usize = 4;

/// A thread count: a whole number up to four times the cores available (0 means 1).
pub fn jobs(text: &str) -> Result<usize, String> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    jobs_within(text, cores.saturating_mul(JOBS_PER_CORE))
}

/// [`jobs`] with the limit given.
fn jobs_within(text: &str, most: usize) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n <= most => Ok(n),
        Ok(_) => Err(say(&msg!("cli-value-jobs-too-many", text = text, most = most, per = JOBS_PER_CORE))),
        Err(_) => Err(say(&msg!("cli-value-jobs", text = text, most = most))),
    }
}

/// A size in bytes: `512M`, `10K`, `1G`, `64B` or a plain byte count.
pub fn size(text: &str) -> Result<u64, String> {
    let bad = || say(&msg!("cli-value-size", text = text));
    let trimmed = text.trim();
    let (digits, multiplier) = match trimmed.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m: u64 = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'B' => 1,
                _ => return Err(bad()),
            };
            (&trimmed[..i], m)
        }
        _ => (trimmed, 1),
    };
    digits.trim().parse::<u64>().ok().and_then(|n| n.checked_mul(multiplier)).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dejamos::time::Timestamp;

    #[test]
    fn frame_rates_parse_in_every_spelling() {
        let ntsc = FrameRate::new(24000, 1001).expect("rate");
        for text in ["23.976", "23,976", "24000/1001", " 23.976 ", "23.98"] {
            assert_eq!(frame_rate(text), Ok(ntsc), "{text}");
        }
        assert_eq!(frame_rate("25"), FrameRate::new(25, 1).ok_or_else(String::new));
        assert_eq!(frame_rate("29,97"), FrameRate::new(30000, 1001).ok_or_else(String::new));
        for bad in ["", "fast", "0", "-24", "24/0", "23.976fps", "1,2/3"] {
            assert_eq!(
                frame_rate(bad),
                Err(format!(
                    "`{bad}` is not a frame rate: use 23.976, 24, 25, 29.97, 30 … or a fraction like 24000/1001"
                )),
                "{bad}"
            );
        }
    }

    #[test]
    fn frame_rate_specs_are_one_rate_or_a_conversion() {
        let film = FrameRate::FILM;
        let pal = FrameRate::new(25, 1).expect("rate");
        assert_eq!(fps_spec("23,976"), Ok(FpsSpec::Rate(film)));
        assert_eq!(fps_spec("25:23.976"), Ok(FpsSpec::Convert { from: pal, to: film }));
        let err = fps_spec("25:fast").expect_err("bad target");
        assert!(err.starts_with("`fast` is not a frame rate: "), "{err}");
    }

    #[test]
    fn durations_parse_with_units_frames_and_clock_times() {
        assert_eq!(shift("-2.5s"), Ok(TypedDuration::Millis(-2500)));
        assert_eq!(shift("+1500ms"), Ok(TypedDuration::Millis(1500)));
        assert_eq!(shift("-00:00:02,500"), Ok(TypedDuration::Millis(-2500)));
        assert_eq!(shift("+12f"), Ok(TypedDuration::Frames(12)));
        assert_eq!(shift("-0"), Ok(TypedDuration::Millis(0)));
        assert_eq!(shift("0.0"), Ok(TypedDuration::Millis(0)));
        for bad in ["", "soon", "2x", "--1s"] {
            let err = shift(bad).expect_err(bad);
            assert!(err.contains("is not a duration (try -2.5s, +1500ms, -00:00:02,500 or +12f)"), "{bad}: {err}");
        }
    }

    #[test]
    fn tolerances_are_durations_that_are_not_negative() {
        assert_eq!(tolerance("2f"), Ok(TypedDuration::Frames(2)));
        assert_eq!(tolerance("100ms"), Ok(TypedDuration::Millis(100)));
        assert_eq!(tolerance("0s"), Ok(TypedDuration::Millis(0)));
        assert_eq!(tolerance("-2f"), Err("`-2f` is negative; give a duration such as 2f or 100ms".to_string()));
        assert_eq!(tolerance("-1ms"), Err("`-1ms` is negative; give a duration such as 2f or 100ms".to_string()));
        assert!(tolerance("wide").expect_err("bad").contains("is not a duration"));
    }

    #[test]
    fn factors_anchors_and_ranges_parse_to_library_values() {
        assert_eq!(factor("25/24"), Ratio::new(25, 24).ok_or_else(String::new));
        assert!(factor("0").expect_err("zero").contains("is not a factor"));
        let at = |ms| Timestamp::from_ms(ms).expect("time");
        assert_eq!(anchor("12=00:01:02,500"), Ok(TypedAnchor { cue: 12, time: TypedTime::At(at(62_500)) }));
        let tc = Timecode::parse("01:00:02:12").expect("tc");
        assert_eq!(anchor("12=01:00:02:12"), Ok(TypedAnchor { cue: 12, time: TypedTime::Timecode(tc) }));
        assert_eq!(time_range("..01:00:02:12"), Ok(TypedRange { from: None, to: Some(TypedTime::Timecode(tc)) }));
        assert!(anchor("12").expect_err("no time").contains("is not an anchor"));
        assert!(anchor("0=1s").expect_err("cue 0").contains("the cue must be a position"));
        assert_eq!(
            time_range("10s..1m"),
            Ok(TypedRange { from: Some(TypedTime::At(at(10_000))), to: Some(TypedTime::At(at(60_000))) })
        );
        assert_eq!(time_range("1m..10s"), Err("`1m..10s` ends before it starts".to_string()));
        assert!(time_range("later").expect_err("no dots").contains("is not a range"));
        assert_eq!(cue_range("3..5"), Ok(Selection::Cues { from: 3, to: Some(5) }));
        assert_eq!(cue_range("0..2"), Err("`0..2`: cue positions are whole numbers from 1".to_string()));
        assert_eq!(cue_range("5..3"), Err("`5..3` ends before it starts".to_string()));
    }

    #[test]
    fn encodings_are_whatwg_labels_and_friends() {
        assert_eq!(encoding("UTF-8"), Ok(TextEncoding::UTF_8));
        assert_eq!(encoding("latin1"), encoding("windows-1252"));
        assert_eq!(encoding("cp1252"), encoding("windows-1252"));
        assert_eq!(encoding("utf-32"), Ok(TextEncoding::Utf32Le));
        assert_eq!(
            encoding("klingon"),
            Err("unknown encoding `klingon` (try utf-8, windows-1252, iso-8859-1, utf-16le)".to_string())
        );
    }

    #[test]
    fn profiles_are_known_names() {
        assert_eq!(profile("Netflix"), Ok(Profile::Netflix));
        assert_eq!(
            profile("hbo"),
            Err("unknown profile `hbo`: use netflix, netflix-strict, netflix-sdh, netflix-forced, festival, dcp"
                .to_string())
        );
        assert_eq!(profile("netflix-strict"), Ok(Profile::NetflixStrict));
    }

    #[test]
    fn thread_counts_are_bounded_by_the_cores() {
        assert_eq!(jobs_within("1", 8), Ok(1));
        assert_eq!(jobs_within("8", 8), Ok(8));
        assert_eq!(jobs_within("0", 8), Ok(0));
        assert_eq!(jobs_within("9", 8), Err("`9` threads is too many: use at most 8 (4 per core)".to_string()));
        let huge = "99999999999999999999999";
        assert_eq!(jobs_within(huge, 8), Err(format!("`{huge}` is not a thread count: use a whole number up to 8")));
        assert_eq!(jobs_within("-1", 8), Err("`-1` is not a thread count: use a whole number up to 8".to_string()));
        assert!(jobs("1").is_ok());
    }

    #[test]
    fn sizes_parse_with_suffixes() {
        assert_eq!(size("512M"), Ok(512 << 20));
        assert_eq!(size("10k"), Ok(10 << 10));
        assert_eq!(size("64B"), Ok(64));
        assert_eq!(size("123"), Ok(123));
        for bad in ["12X", "", "M", "-1", "99999999999G"] {
            assert_eq!(size(bad), Err(format!("`{bad}` is not a size: use a byte count with an optional K, M or G")));
        }
    }

    #[test]
    fn bad_values_are_usage_errors_that_name_the_flag() {
        let err = Cli::try_parse_from(["dejamos", "pair", "a.srt", "b.srt", "--fps", "fast"]).expect_err("bad rate");
        assert_eq!(err.kind(), clap::error::ErrorKind::ValueValidation);
        let text = err.to_string();
        assert!(text.contains("--fps") && text.contains("`fast` is not a frame rate"), "{text}");
        let err = Cli::try_parse_from(["dejamos", "check", "-j", "100000", "x.srt"]).expect_err("too many");
        assert!(err.to_string().contains("threads is too many"), "{err}");
        let ok = Cli::try_parse_from(["dejamos", "retime", "in.srt", "--shift", "-2.5s", "--fps", "23,976"]);
        assert!(ok.is_ok(), "{ok:?}");
    }
}
