//! Settings: `dejamos.toml`, command-line flags, and how they combine for each file.
//!
//! Precedence, lowest first: the profile's defaults, the configuration file (the nearest
//! `dejamos.toml` walking up from the checked file to the repository root or `$HOME`, owned by
//! the user or root, or `--config FILE`; none with
//! `--isolated`), then the command line. `--select` replaces the file's `select`; `--ignore`
//! adds to its `ignore`.
//!
//! ```toml
//! profile = "netflix"
//! fps = "23.976"
//! audience = "adult"
//! select = ["all"]
//! ignore = ["fits-one-line"]
//!
//! [lang]
//! "*.es.srt" = "es-MX"
//! "interviews/**" = "en"
//!
//! [severity]
//! gap-chaining = "error"
//! semicolon = "off"
//!
//! [thresholds]
//! max-cps = 15
//! shot-change-zone-frames = 12
//!
//! [shot_changes]
//! "*.es.srt" = "film.shots"
//!
//! [sdh]
//! "captions/*.srt" = true
//! ```
//!
//! A file's profile comes from `--profile`, else its name (`*.sdh.srt` and `*.cc.srt` are
//! `netflix-sdh`, `*.forced.srt` is `netflix-forced`), else the longest `[sdh]` pattern that
//! matches it (`true`: `netflix-sdh`), else `profile`, else `netflix`. A forced narrative is
//! compared with its full file: `--full`, else the file of the same name without `.forced`.
//!
//! A subtitle file's shot changes come from `--shot-changes`, else the longest `[shot_changes]`
//! pattern that matches it (paths relative to the configuration's folder), else a sibling list
//! ([`crate::shots::sibling`]).
use super::profile::Audience;
use super::profile::{Profile, audience_name, parse_audience};
use super::rule::{Lang, Thresholds, TimingOptions};
use super::select::{RuleSettings, Selector};
use crate::check::declare::RuleInfo;
use crate::diagnostic::Severity;
use crate::error::{Error, IoAction, Result};
use crate::lang::{LangSource, LangTag, parse_lang_tag};
use crate::msg;
use crate::shots::{ShotFormat, ShotList};
use crate::time::{Clock, FrameRate, Timecode};
use crate::ui::{Message, UiLang, error, error_as_message, render};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

/// The configuration file's name.
pub const CONFIG_FILE: &str = "dejamos.toml";

/// `dejamos.toml` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    profile: Option<Spanned<String>>,
    fps: Option<Spanned<FpsValue>>,
    audience: Option<Spanned<String>>,
    #[serde(default)]
    lang: BTreeMap<String, Spanned<String>>,
    select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    thresholds: ThresholdOverrides,
    #[serde(default, rename = "shot_changes")]
    shot_changes: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    sdh: BTreeMap<String, Spanned<bool>>,
}

/// A frame rate written as a string (`"23.976"`, `"24000/1001"`) or a number (`25`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum FpsValue {
    Text(String),
    Integer(i64),
    Float(f64),
}

impl FpsValue {
    fn text(&self) -> String {
        match self {
            FpsValue::Text(t) => t.clone(),
            FpsValue::Integer(i) => i.to_string(),
            FpsValue::Float(f) => f.to_string(),
        }
    }
}

/// `[thresholds]`: each key replaces the profile's value.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ThresholdOverrides {
    /// `max-lines`.
    pub max_lines: Option<usize>,
    /// `max-line-length` (characters).
    pub max_line_length: Option<usize>,
    /// `max-cps` (characters per second, whatever the language).
    pub max_cps: Option<f64>,
    /// `min-duration-ms` (before rounding up to whole frames).
    pub min_duration_ms: Option<u64>,
    /// `max-duration-ms`.
    pub max_duration_ms: Option<u64>,
    /// `min-gap-frames`.
    pub min_gap_frames: Option<u64>,
    /// `gap-chaining-below-ms`: gaps from 3 frames up to this are chained.
    pub gap_chaining_below_ms: Option<u64>,
    /// `allowed-tags` (`["i"]`).
    pub allowed_tags: Option<Vec<String>>,
    /// `shot-change-zone-frames`: frames either side of a cut (default: half a second).
    pub shot_change_zone_frames: Option<u64>,
    /// `shot-change-snap-frames`: in-times this close before a cut go on it (default: ¾ zone).
    pub shot_change_snap_frames: Option<u64>,
    /// `overlap-fix-frames`: the largest overlap `--fix` resolves (default 12 frames).
    pub overlap_fix_frames: Option<u64>,
}

/// The largest `min-gap-frames`: ten thousand frames is minutes of film, far past any gap a
/// delivery spec asks for, and keeps frame arithmetic far from overflow.
const MAX_GAP_FRAMES: u64 = 10_000;

/// The 1-based line of `key = …` in configuration text, for messages.
fn threshold_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            let line = line
                .strip_prefix('"')
                .and_then(|l| l.strip_prefix(key)?.strip_prefix('"'))
                .or_else(|| line.strip_prefix(key));
            line.is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
}

impl ThresholdOverrides {
    /// Refuse values the checks cannot use: a non-positive reading speed, times past the
    /// largest SRT time, absurd frame counts. Giving the key and what is wrong.
    fn validate(&self) -> std::result::Result<(), (&'static str, Message)> {
        if let Some(cps) = self.max_cps
            && !(cps.is_finite() && cps > 0.0)
        {
            return Err(("max-cps", msg!("error-config-positive")));
        }
        let times = [
            ("min-duration-ms", self.min_duration_ms),
            ("max-duration-ms", self.max_duration_ms),
            ("gap-chaining-below-ms", self.gap_chaining_below_ms),
        ];
        for (key, value) in times {
            if let Some(ms) = value.filter(|&ms| ms > crate::time::MAX_MS) {
                let most = crate::time::MAX_MS;
                return Err((key, msg!("error-config-time-range", value = ms.to_string(), most = most)));
            }
        }
        let frame_counts = [
            ("min-gap-frames", self.min_gap_frames),
            ("shot-change-zone-frames", self.shot_change_zone_frames),
            ("shot-change-snap-frames", self.shot_change_snap_frames),
            ("overlap-fix-frames", self.overlap_fix_frames),
        ];
        for (key, value) in frame_counts {
            if let Some(frames) = value.filter(|&f| f > MAX_GAP_FRAMES) {
                return Err((
                    key,
                    msg!("error-config-frames-range", value = frames.to_string(), most = MAX_GAP_FRAMES),
                ));
            }
        }
        if self.shot_change_zone_frames == Some(0) {
            return Err(("shot-change-zone-frames", msg!("error-config-at-least-one")));
        }
        Ok(())
    }

    fn apply(&self, t: &mut Thresholds) {
        if let Some(v) = self.max_lines {
            t.max_lines = v;
        }
        if let Some(v) = self.max_line_length {
            t.max_line_length = v;
        }
        if let Some(v) = self.max_cps {
            t.max_cps = v;
        }
        if let Some(v) = self.min_duration_ms {
            t.min_duration_ms = v;
        }
        if let Some(v) = self.max_duration_ms {
            t.max_duration_ms = v;
        }
        if let Some(v) = self.min_gap_frames {
            t.min_gap_frames = v;
        }
        if let Some(v) = self.gap_chaining_below_ms {
            t.gap_chaining_below_ms = v;
        }
        if let Some(v) = &self.allowed_tags {
            t.allowed_tags = v.iter().map(|s| s.trim().to_ascii_lowercase()).collect();
        }
        if let Some(v) = self.shot_change_zone_frames {
            t.shot_change_zone_frames = Some(v);
        }
        if let Some(v) = self.shot_change_snap_frames {
            t.shot_change_snap_frames = Some(v);
        }
        if let Some(v) = self.overlap_fix_frames {
            t.overlap_fix_frames = v;
        }
    }
}

/// A loaded, validated configuration file.
#[derive(Debug)]
pub struct ConfigFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its folder: `[lang]` patterns are relative to it.
    pub dir: PathBuf,
    profile: Option<Profile>,
    fps: Option<FrameRate>,
    audience: Option<Audience>,
    lang: Vec<(String, globset::GlobMatcher, LangTag)>,
    select: Option<Vec<Selector>>,
    ignore: Vec<Selector>,
    severity: Vec<(Selector, Option<Severity>)>,
    thresholds: ThresholdOverrides,
    shot_changes: Vec<(String, globset::GlobMatcher, PathBuf)>,
    sdh: Vec<(String, globset::GlobMatcher, bool)>,
}

/// Configuration files are a few hundred bytes; the cap keeps `--config /dev/zero` (or a
/// subtitle file named by mistake) from being read without end.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

impl ConfigFile {
    /// Read and validate a configuration file. Errors name the file and line.
    pub fn load(path: &Path, catalogue: &[RuleInfo]) -> Result<ConfigFile> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::io(path, IoAction::Read, &e))?;
        if bytes.len() as u64 > MAX_CONFIG_BYTES {
            return Err(error(msg!("error-config-too-large")).in_file(path));
        }
        let text = String::from_utf8(bytes).map_err(|_| error(msg!("error-config-not-utf8")).in_file(path))?;
        let dir = match std::path::absolute(path).ok().and_then(|p| p.parent().map(Path::to_path_buf)) {
            Some(dir) => dir,
            None => PathBuf::from("."),
        };
        ConfigFile::parse(&text, path, dir, catalogue)
    }

    /// Parse configuration text; `path` is for messages, `dir` anchors `[lang]` patterns.
    pub fn parse(text: &str, path: &Path, dir: PathBuf, catalogue: &[RuleInfo]) -> Result<ConfigFile> {
        let line_of = |offset: usize| text.get(..offset).map_or(1, |t| t.matches('\n').count() + 1);
        let at =
            |span: std::ops::Range<usize>, message: Message| error(message).in_file(path).on_line(line_of(span.start));
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            // The TOML parser's own words, as the system's are for I/O errors.
            let message = msg!("error-text", text = e.message().trim().replace('\n', " "));
            match e.span() {
                Some(span) => at(span, message),
                None => error(message).in_file(path),
            }
        })?;
        let profile = match &raw.profile {
            Some(name) => {
                Some(Profile::parse(name.get_ref()).ok_or_else(|| at(name.span(), unknown_profile(name.get_ref())))?)
            }
            None => None,
        };
        let fps = match &raw.fps {
            Some(value) => {
                let text = value.get_ref().text();
                Some(FrameRate::parse(&text).ok_or_else(|| at(value.span(), bad_fps(&text)))?)
            }
            None => None,
        };
        let audience = match &raw.audience {
            Some(name) => {
                Some(parse_audience(name.get_ref()).ok_or_else(|| at(name.span(), bad_audience(name.get_ref())))?)
            }
            None => None,
        };
        let mut lang = Vec::new();
        for (pattern, tag) in &raw.lang {
            let parsed = parse_lang_tag(tag.get_ref()).ok_or_else(|| at(tag.span(), bad_lang(tag.get_ref())))?;
            let glob = globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
                .map_err(|e| at(tag.span(), bad_pattern(pattern, "lang", &e)))?;
            lang.push((pattern.clone(), glob.compile_matcher(), parsed));
        }
        let selectors = |items: &Option<Vec<Spanned<String>>>| -> Result<Option<Vec<Selector>>> {
            items
                .as_ref()
                .map(|list| {
                    list.iter()
                        .map(|item| {
                            Selector::parse(item.get_ref(), catalogue)
                                .map_err(|e| at(item.span(), error_as_message(&e)))
                        })
                        .collect()
                })
                .transpose()
        };
        let select = selectors(&raw.select)?;
        let ignore = selectors(&raw.ignore)?.unwrap_or_default();
        let mut severity = Vec::new();
        for (name, level) in &raw.severity {
            let selector = Selector::parse(name, catalogue).map_err(|e| at(level.span(), error_as_message(&e)))?;
            let value = level.get_ref().trim().to_ascii_lowercase();
            let parsed = if value == "off" {
                None
            } else {
                Some(Severity::parse(&value).ok_or_else(|| {
                    at(level.span(), msg!("error-config-severity", value = value.as_str(), name = name.as_str()))
                })?)
            };
            severity.push((selector, parsed));
        }
        raw.thresholds.validate().map_err(|(key, reason)| {
            let message = error(msg!("error-config-threshold", key = key, reason = reason)).in_file(path);
            match threshold_line(text, key) {
                Some(line) => message.on_line(line),
                None => message,
            }
        })?;
        let mut shot_changes = Vec::new();
        for (pattern, list) in &raw.shot_changes {
            let glob = globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
                .map_err(|e| at(list.span(), bad_pattern(pattern, "shot_changes", &e)))?;
            shot_changes.push((pattern.clone(), glob.compile_matcher(), dir.join(list.get_ref())));
        }
        let mut sdh = Vec::new();
        for (pattern, value) in &raw.sdh {
            let glob = globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
                .map_err(|e| at(value.span(), bad_pattern(pattern, "sdh", &e)))?;
            sdh.push((pattern.clone(), glob.compile_matcher(), *value.get_ref()));
        }
        Ok(ConfigFile {
            path: path.to_path_buf(),
            shot_changes,
            sdh,
            dir,
            profile,
            fps,
            audience,
            lang,
            select,
            ignore,
            severity,
            thresholds: raw.thresholds,
        })
    }

    /// The `[lang]` entry for a file, if a pattern matches: the longest matching pattern wins.
    /// Patterns with a `/` match the path relative to the configuration's folder; others match
    /// the file name.
    fn lang_for(&self, file: &Path) -> Option<(&LangTag, &str)> {
        let absolute = std::path::absolute(file).ok()?;
        let relative = absolute.strip_prefix(&self.dir).unwrap_or(&absolute);
        let name = file.file_name().map(Path::new)?;
        self.lang
            .iter()
            .filter(|(pattern, glob, _)| glob.is_match(if pattern.contains('/') { relative } else { name }))
            .max_by_key(|(pattern, _, _)| pattern.len())
            .map(|(pattern, _, tag)| (tag, pattern.as_str()))
    }

    /// The `[sdh]` entry for a file, matched as [`ConfigFile::lang_for`] matches.
    fn sdh_for(&self, file: &Path) -> Option<bool> {
        let absolute = std::path::absolute(file).ok()?;
        let relative = absolute.strip_prefix(&self.dir).unwrap_or(&absolute);
        let name = file.file_name().map(Path::new)?;
        self.sdh
            .iter()
            .filter(|(pattern, glob, _)| glob.is_match(if pattern.contains('/') { relative } else { name }))
            .max_by_key(|(pattern, _, _)| pattern.len())
            .map(|(_, _, sdh)| *sdh)
    }

    /// The `[shot_changes]` list for a file, matched as [`ConfigFile::lang_for`] matches.
    fn shots_for(&self, file: &Path) -> Option<(&Path, &str)> {
        let absolute = std::path::absolute(file).ok()?;
        let relative = absolute.strip_prefix(&self.dir).unwrap_or(&absolute);
        let name = file.file_name().map(Path::new)?;
        self.shot_changes
            .iter()
            .filter(|(pattern, glob, _)| glob.is_match(if pattern.contains('/') { relative } else { name }))
            .max_by_key(|(pattern, _, _)| pattern.len())
            .map(|(pattern, _, list)| (list.as_path(), pattern.as_str()))
    }
}

fn unknown_profile(name: &str) -> Message {
    let known: Vec<&str> = Profile::ALL.iter().map(|p| p.name()).collect();
    msg!("error-config-profile", name = name, known = known.join(", "))
}

fn bad_fps(text: &str) -> Message {
    msg!("error-config-fps", value = text)
}

fn bad_audience(text: &str) -> Message {
    msg!("error-config-audience", value = text)
}

fn bad_lang(text: &str) -> Message {
    msg!("error-config-lang", value = text)
}

/// A `[table]` pattern the glob parser refused; its reason in the parser's words.
fn bad_pattern(pattern: &str, table: &str, e: &globset::Error) -> Message {
    msg!("error-config-pattern", pattern = pattern, table = table, reason = e.kind().to_string())
}

/// Where configuration comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// The nearest `dejamos.toml` above each file.
    Discover,
    /// This file, for every input (`--config`).
    File(PathBuf),
    /// None (`--isolated`).
    Isolated,
}

/// The caller's say in the settings (the command line's flags), above any configuration file.
#[derive(Debug, Clone, Default)]
pub struct CliSettings {
    /// The language of every file, when given.
    pub lang: Option<LangTag>,
    /// The delivery profile.
    pub profile: Option<Profile>,
    /// The frame rate.
    pub fps: Option<FrameRate>,
    /// The audience.
    pub audience: Option<Audience>,
    /// Only these rules: names or categories; replaces the configuration's `select`.
    pub select: Vec<String>,
    /// Skip these rules: names or categories; added to the configuration's `ignore`.
    pub ignore: Vec<String>,
    /// The shot-change list for every file, above the configuration's and a sibling list.
    pub shot_changes: Option<PathBuf>,
    /// The programme start subtracted from timecodes (in shot lists) and added to the timecodes
    /// messages show.
    pub tc_offset: Option<Timecode>,
    /// Write times in messages as SMPTE timecodes at the frame rate.
    pub smpte: bool,
    /// The full subtitle file a forced narrative is compared with; given, it makes
    /// `netflix-forced` the default profile.
    pub full: Option<PathBuf>,
}

/// Where a file's shot changes came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShotOrigin {
    /// Given for every file.
    Given,
    /// A `[shot_changes]` pattern of this configuration file.
    Config {
        /// The configuration file.
        config: PathBuf,
        /// The pattern.
        pattern: String,
    },
    /// Found next to the subtitle file.
    Sibling,
}

/// The shot changes a file is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShotsUsed {
    /// The list's path.
    pub path: PathBuf,
    /// Why this list.
    pub origin: ShotOrigin,
    /// Its format.
    pub format: ShotFormat,
    /// How many cuts it has.
    pub cuts: usize,
}

impl ShotsUsed {
    /// `shot changes: film.shots (found next to the file; plain text, 12 cuts)`.
    pub fn describe(&self) -> Message {
        let why = match &self.origin {
            ShotOrigin::Given => msg!("shots-origin-given"),
            ShotOrigin::Config { config, pattern } => {
                msg!("shots-origin-config", config = config.display().to_string(), pattern = pattern.as_str())
            }
            ShotOrigin::Sibling => msg!("shots-origin-sibling"),
        };
        msg!(
            "shots-used",
            path = self.path.display().to_string(),
            why = why,
            format = self.format.describe(),
            cuts = self.cuts
        )
    }
}

/// A setting in [`CliSettings`] that takes text the resolver checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliSetting {
    /// [`CliSettings::select`].
    Select,
    /// [`CliSettings::ignore`].
    Ignore,
}

/// Why [`Resolver::new`] refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// A setting's value is not valid. The message says what is wrong with the value and does
    /// not name the setting: the caller knows how it was spelled (a flag, a field).
    Setting {
        /// Which setting.
        setting: CliSetting,
        /// What is wrong.
        message: Message,
    },
    /// The configuration file could not be read or is not valid.
    Config(Error),
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::Setting { setting, message } => {
                let name = match setting {
                    CliSetting::Select => msg!("setting-select"),
                    CliSetting::Ignore => msg!("setting-ignore"),
                };
                let line = msg!("error-setting", setting = name, reason = message.clone());
                f.write_str(&render(UiLang::English, &line))
            }
            ResolveError::Config(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ResolveError {}

/// Validated command-line settings.
#[derive(Debug, Clone)]
struct CliResolved {
    lang: Option<LangTag>,
    profile: Option<Profile>,
    fps: Option<FrameRate>,
    audience: Option<Audience>,
    select: Option<Vec<Selector>>,
    ignore: Vec<Selector>,
    shot_changes: Option<PathBuf>,
    tc_offset: Option<Timecode>,
    smpte: bool,
    full: Option<PathBuf>,
}

/// The settings for one file, before its language is known from its text.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The configuration file that applies, if any.
    pub config: Option<PathBuf>,
    /// The delivery profile.
    pub profile: Profile,
    /// Frame rate.
    pub fps: FrameRate,
    /// Audience.
    pub audience: Audience,
    /// The language, when the flag, the file name or the configuration says it.
    pub lang: Option<(LangTag, LangSource)>,
    /// Rule selection and severities.
    pub rules: Arc<RuleSettings>,
    /// `[thresholds]`.
    pub thresholds: ThresholdOverrides,
    /// Shot changes and how times are written (`fix_unsafe` is a fixing option, set later).
    pub timing: TimingOptions,
    /// The shot-change list in use and why, if any.
    pub shots: Option<ShotsUsed>,
}

impl Settings {
    /// The thresholds for a language: the profile's, then `[thresholds]`.
    pub fn thresholds(&self, lang: Lang) -> Thresholds {
        let mut thresholds = self.profile.thresholds(lang, self.audience);
        self.thresholds.apply(&mut thresholds);
        thresholds
    }

    /// The settings as a `dejamos.toml` that would give them, for `--show-config`; the file's
    /// language, which a configuration gives by file pattern, is a comment. Comments are in
    /// `ui`; keys and values are the file's.
    pub fn describe(&self, file: &Path, lang: Option<(&LangTag, &str)>, catalogue: &[RuleInfo], ui: UiLang) -> String {
        let mut out = String::new();
        let mut comment = |message: Message| {
            let _ = writeln!(out, "# {}", render(ui, &message));
        };
        comment(msg!("show-config-settings-for", file = file.display().to_string()));
        match &self.config {
            Some(path) => comment(msg!("show-config-configuration", path = path.display().to_string())),
            None => comment(msg!("show-config-no-configuration")),
        }
        match lang {
            Some((tag, reason)) => {
                let reason = crate::report::language_reason(reason, ui);
                comment(msg!("show-config-language", tag = tag.tag.as_str(), reason = reason));
            }
            None => comment(msg!("show-config-no-language")),
        }
        let _ = writeln!(out, "profile = \"{}\"", self.profile.name());
        let _ = writeln!(out, "fps = \"{}\"", self.fps);
        let _ = writeln!(out, "audience = \"{}\"", audience_name(self.audience));
        let t = self.thresholds(lang.map_or(Lang::Other, |(tag, _)| tag.lang));
        out.push_str("\n[thresholds]\n");
        let _ = writeln!(out, "max-lines = {}", t.max_lines);
        let _ = writeln!(out, "max-line-length = {}", t.max_line_length);
        let _ = writeln!(out, "max-cps = {}", t.max_cps);
        let _ = writeln!(out, "min-duration-ms = {}", t.min_duration_ms);
        let _ = writeln!(out, "max-duration-ms = {}", t.max_duration_ms);
        let _ = writeln!(out, "min-gap-frames = {}", t.min_gap_frames);
        let _ = writeln!(out, "gap-chaining-below-ms = {}", t.gap_chaining_below_ms);
        let _ = writeln!(out, "shot-change-zone-frames = {}", t.shot_change_zone(self.fps));
        let _ = writeln!(out, "shot-change-snap-frames = {}", t.shot_change_snap(self.fps));
        let _ = writeln!(out, "overlap-fix-frames = {}", t.overlap_fix_frames);
        let tags: Vec<String> = t.allowed_tags.iter().map(|t| format!("\"{t}\"")).collect();
        let _ = writeln!(out, "allowed-tags = [{}]", tags.join(", "));
        if let Some(shots) = &self.shots {
            let _ = writeln!(out, "# {}", render(ui, &shots.describe()));
        }
        out.push_str("\n[severity]\n");
        let mut enabled = Vec::new();
        let mut disabled = Vec::new();
        for info in catalogue {
            if self.rules.enabled(info.name) {
                let severity = self.rules.severity(info.name, info.default_severity);
                enabled.push(format!("\"{}\" = \"{severity}\"", info.name));
            } else {
                disabled.push(format!("\"{}\" = \"off\"", info.name));
            }
        }
        for line in enabled.iter().chain(&disabled) {
            let _ = writeln!(out, "{line}");
        }
        out
    }
}

/// A shot-change list once read: its cuts and format.
type ReadList = (Arc<[crate::time::Timestamp]>, ShotFormat);

/// Resolves the settings of each file, loading each configuration file once.
pub struct Resolver<'a> {
    catalogue: &'a [RuleInfo],
    cli: CliResolved,
    source: ConfigSource,
    explicit: Option<Arc<ConfigFile>>,
    /// Nearest configuration per folder already looked at.
    found: HashMap<PathBuf, Option<Arc<ConfigFile>>>,
    /// Shot-change lists already read, by path and frame rate.
    lists: HashMap<(PathBuf, FrameRate), ReadList>,
    /// Full subtitle files already read, for forced narratives.
    full_files: HashMap<PathBuf, Arc<[crate::srt::Subtitle]>>,
    /// Configuration files found but not used: owned by another user.
    ignored: Vec<PathBuf>,
}

/// Whether a configuration file found by discovery may apply: owned by the user running dejamos
/// or by root, so that a file planted in a shared folder cannot turn rules off.
fn owned_by_user_or_root(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let me = rustix::process::geteuid().as_raw();
        std::fs::metadata(path).is_ok_and(|m| m.uid() == me || m.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        true
    }
}

impl<'a> Resolver<'a> {
    /// Validate the caller's settings and load the configuration file if one is given.
    pub fn new(
        catalogue: &'a [RuleInfo],
        cli: &CliSettings,
        source: ConfigSource,
    ) -> std::result::Result<Self, ResolveError> {
        let refuse = |setting: CliSetting| move |message: Message| ResolveError::Setting { setting, message };
        let lang = cli.lang.clone();
        let parse_all = |items: &[String], setting: CliSetting| {
            items
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| Selector::parse(s, catalogue).map_err(|e| refuse(setting)(error_as_message(&e))))
                .collect::<std::result::Result<Vec<_>, _>>()
        };
        let select = parse_all(&cli.select, CliSetting::Select)?;
        let ignore = parse_all(&cli.ignore, CliSetting::Ignore)?;
        let explicit = match &source {
            ConfigSource::File(path) => {
                Some(Arc::new(ConfigFile::load(path, catalogue).map_err(ResolveError::Config)?))
            }
            _ => None,
        };
        Ok(Resolver {
            catalogue,
            cli: CliResolved {
                lang,
                profile: cli.profile,
                fps: cli.fps,
                audience: cli.audience,
                select: (!select.is_empty()).then_some(select),
                ignore,
                shot_changes: cli.shot_changes.clone(),
                tc_offset: cli.tc_offset,
                smpte: cli.smpte,
                full: cli.full.clone(),
            },
            source,
            explicit,
            found: HashMap::new(),
            lists: HashMap::new(),
            full_files: HashMap::new(),
            ignored: Vec::new(),
        })
    }

    /// The configuration that applies to `file` (`-` looks from the current folder).
    pub fn config_for(&mut self, file: &Path) -> Result<Option<Arc<ConfigFile>>> {
        match &self.source {
            ConfigSource::Isolated => return Ok(None),
            ConfigSource::File(_) => return Ok(self.explicit.clone()),
            ConfigSource::Discover => {}
        }
        let start = if crate::fsutil::is_stdio(file) {
            std::env::current_dir().ok()
        } else {
            std::path::absolute(file).ok().and_then(|p| p.parent().map(Path::to_path_buf))
        };
        let Some(start) = start else { return Ok(None) };
        let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
        let mut visited = Vec::new();
        let mut result = None;
        for dir in start.ancestors() {
            if let Some(known) = self.found.get(dir) {
                result = known.clone();
                break;
            }
            visited.push(dir.to_path_buf());
            let candidate = dir.join(CONFIG_FILE);
            if candidate.is_file() {
                if owned_by_user_or_root(&candidate) {
                    result = Some(Arc::new(ConfigFile::load(&candidate, self.catalogue)?));
                    break;
                }
                if !self.ignored.contains(&candidate) {
                    self.ignored.push(candidate);
                }
            }
            // A repository's root or the home folder ends the search: a file above it belongs to
            // someone else's project.
            if dir.join(".git").exists() || home.as_deref() == Some(dir) {
                break;
            }
        }
        for dir in visited {
            self.found.insert(dir, result.clone());
        }
        Ok(result)
    }

    /// Configuration files discovery found so far but did not use, because another user owns
    /// them.
    pub fn ignored(&self) -> &[PathBuf] {
        &self.ignored
    }

    /// The settings for `file`.
    pub fn settings_for(&mut self, file: &Path) -> Result<Settings> {
        let config = self.config_for(file)?;
        let file_config = config.as_deref();
        let cli = &self.cli;
        let by_name = file.file_name().and_then(|n| n.to_str()).and_then(Profile::from_file_name);
        let by_sdh_pattern =
            file_config.and_then(|c| c.sdh_for(file)).and_then(|sdh| sdh.then_some(Profile::NetflixSdh));
        let forced_by_full = cli.full.is_some().then_some(Profile::NetflixForced);
        let profile = cli
            .profile
            .or(forced_by_full)
            .or(by_name)
            .or(by_sdh_pattern)
            .or(file_config.and_then(|c| c.profile))
            .unwrap_or(Profile::Netflix);
        let fps = cli.fps.or(file_config.and_then(|c| c.fps)).unwrap_or(FrameRate::FILM);
        let audience = cli.audience.or(file_config.and_then(|c| c.audience)).unwrap_or_default();
        let lang = crate::lang::settle(cli.lang.as_ref(), file, |file| {
            let config = file_config?;
            config.lang_for(file).map(|(tag, pattern)| (tag.clone(), pattern.to_string(), config.path.clone()))
        });
        let select = cli.select.clone().or_else(|| file_config.and_then(|c| c.select.clone()));
        let mut ignore = file_config.map(|c| c.ignore.clone()).unwrap_or_default();
        ignore.extend(cli.ignore.iter().cloned());
        let severity = file_config.map(|c| c.severity.clone()).unwrap_or_default();
        let fps_given = cli.fps.is_some() || file_config.is_some_and(|c| c.fps.is_some());
        let origin = match (&cli.shot_changes, file_config.and_then(|c| c.shots_for(file).map(|s| (c, s)))) {
            (Some(path), _) => Some((path.clone(), ShotOrigin::Given)),
            (None, Some((config, (path, pattern)))) => Some((
                path.to_path_buf(),
                ShotOrigin::Config { config: config.path.clone(), pattern: pattern.to_string() },
            )),
            (None, None) if !crate::fsutil::is_stdio(file) => {
                crate::shots::sibling(file).map(|path| (path, ShotOrigin::Sibling))
            }
            (None, None) => None,
        };
        let mut timing = TimingOptions {
            clock: if cli.smpte { Clock::Smpte { fps, offset: cli.tc_offset } } else { Clock::Millis },
            ..TimingOptions::default()
        };
        let mut shots = None;
        if let Some((path, origin)) = origin {
            let key = (path.clone(), fps);
            let (cuts, format) = match self.lists.get(&key) {
                Some(known) => known.clone(),
                None => {
                    let options = crate::shots::ReadOptions { fps, fps_given, tc_offset: cli.tc_offset };
                    let ShotList { cuts, format, .. } = crate::shots::read_file(&path, &options)?;
                    let read: ReadList = (cuts.into(), format);
                    self.lists.insert(key, read.clone());
                    read
                }
            };
            shots = Some(ShotsUsed { path, origin, format, cuts: cuts.len() });
            timing.shot_changes = Some(cuts);
        }
        let full_path = match &cli.full {
            Some(path) => Some(path.clone()),
            None if profile.spec().forced && !crate::fsutil::is_stdio(file) => {
                crate::check::rules::delivery::forced_full_file(file)
            }
            None => None,
        };
        if let Some(path) = full_path {
            let subtitles = match self.full_files.get(&path) {
                Some(known) => known.clone(),
                None => {
                    // Refuses a folder; the size cap is the one every input has.
                    let bytes = crate::fsutil::read_input(&path, u64::MAX)?;
                    let doc = crate::read::read_bytes(bytes, &path, crate::read::ReadOptions::default())?;
                    let subtitles: Arc<[crate::srt::Subtitle]> = doc.subtitles().into();
                    self.full_files.insert(path.clone(), subtitles.clone());
                    subtitles
                }
            };
            timing.full = Some(subtitles);
        }
        Ok(Settings {
            timing,
            shots,
            config: file_config.map(|c| c.path.clone()),
            profile,
            fps,
            audience,
            lang,
            rules: Arc::new(
                RuleSettings::new(self.catalogue, select, ignore, severity)
                    .with_off_by_default(profile.off_by_default()),
            ),
            thresholds: file_config.map(|c| c.thresholds.clone()).unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::check_catalogue as catalogue;

    fn parse(text: &str) -> Result<ConfigFile> {
        ConfigFile::parse(text, Path::new("dejamos.toml"), PathBuf::from("/project"), &catalogue())
    }

    #[test]
    fn full_config_parses() {
        let config = parse(
            "profile = \"netflix\"\nfps = 25\naudience = \"children\"\nselect = [\"timing\", \"max-cps\"]\n\
             ignore = [\"gap-chaining\"]\n[lang]\n\"*.es.srt\" = \"es-MX\"\n[severity]\nmax-cps = \"warning\"\n\
             [thresholds]\nmax-cps = 15\nmin-gap-frames = 3\n",
        )
        .expect("valid");
        assert_eq!(config.fps, FrameRate::parse("25"));
        assert_eq!(config.audience, Some(Audience::Children));
        assert_eq!(config.thresholds.max_cps, Some(15.0));
        assert_eq!(config.lang_for(Path::new("/project/a/film.es.srt")).map(|(t, _)| t.tag.as_str()), Some("es-MX"));
        assert!(config.lang_for(Path::new("/project/film.en.srt")).is_none());
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("profile = \"netflix\"\n\n[thresholds]\nmax-cpz = 15\n").expect_err("unknown key");
        assert_eq!(err.line, Some(4), "{err}");
        assert!(err.to_string().starts_with("dejamos.toml:4: "), "{err}");
        let err = parse("fps = \"fast\"\n").expect_err("bad fps");
        assert_eq!(err.line, Some(1));
        let err = parse("select = [\n  \"timing\",\n  \"max-cpss\",\n]\n").expect_err("bad rule");
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("did you mean `max-cps`"), "{err}");
        let err = parse("[severity]\nmax-cps = \"loud\"\n").expect_err("bad severity");
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn thresholds_out_of_range_are_refused_at_their_line() {
        // A wrapping u64 once turned this into "no minimum" and a clean report.
        let err = parse("[thresholds]\nmax-cps = 15\nmin-duration-ms = 18446744073709551615\n").expect_err("range");
        assert_eq!(err.line, Some(3), "{err}");
        assert!(err.message.contains("min-duration-ms: 18446744073709551615 is out of range"), "{err}");
        let err = parse("[thresholds]\n\"min-gap-frames\" = 10001\n").expect_err("range");
        assert_eq!(err.line, Some(2), "{err}");
        let err = parse("[thresholds]\nmax-cps = -1\n").expect_err("range");
        assert_eq!((err.line, err.message.as_str()), (Some(2), "[thresholds] max-cps: must be a positive number"));
        // The largest values that are still times and frame counts are accepted.
        let most = format!("[thresholds]\nmax-duration-ms = {}\nmin-gap-frames = 10000\n", crate::time::MAX_MS);
        assert!(parse(&most).is_ok());
    }

    #[test]
    fn a_configuration_file_over_one_mebibyte_is_refused_unread() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("dejamos.toml");
        std::fs::write(&path, format!("# {}\n", "x".repeat(MAX_CONFIG_BYTES as usize))).expect("write");
        let err = ConfigFile::load(&path, &catalogue()).expect_err("too big");
        assert!(err.to_string().contains("over 1 MiB"), "{err}");
    }
}
