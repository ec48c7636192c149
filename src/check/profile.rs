//! Delivery profiles: the thresholds a distributor's spec sets, per language and audience.
//!
//! Each profile is declared once, as a [`Spec`]: every threshold with the published source it
//! comes from, so `dejamos rules --profile NAME` and the README print the numbers and their
//! sources from the same declaration the checks read. Where no public source gives a number,
//! the declaration says so and keeps the Netflix value. A configuration file can change any of
//! them.
use super::rule::{Lang, Thresholds};
use crate::msg;
use crate::ui::UiLang;
use std::fmt::Write as _;

/// Target audience, which selects the reading-speed limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// Adult programmes (en 20 cps, es 17 cps).
    #[default]
    Adult,
    /// Children's programmes (en 17 cps, es 13 cps).
    Children,
}

/// A named set of thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Netflix Timed Text Style Guide (the default).
    Netflix,
    /// The Netflix thresholds with the guides' preferences checked too: `line-balance` on.
    NetflixStrict,
    /// Netflix subtitles for the deaf and hard of hearing (SDH / closed captions).
    NetflixSdh,
    /// Netflix forced narratives: on-screen text and foreign dialogue only.
    NetflixForced,
    /// A burned-in festival screening copy.
    Festival,
    /// Subtitles in a Digital Cinema Package.
    Dcp,
}

/// A value and the published source it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cited<T> {
    /// The value.
    pub value: T,
    /// Where it comes from, or why there is no source.
    pub source: &'static str,
}

/// Reading speeds in characters per second: (adult, children) for English and for every other
/// language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Speeds {
    /// English: adult, children.
    pub english: (f64, f64),
    /// Spanish and other languages: adult, children.
    pub other: (f64, f64),
}

/// One profile's declaration: its thresholds with their sources and the rules it switches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spec {
    /// The profile.
    pub profile: Profile,
    /// What it is for, one line.
    pub summary: &'static str,
    /// `max-lines`.
    pub max_lines: Cited<usize>,
    /// `max-line-length`.
    pub max_line_length: Cited<usize>,
    /// `max-cps`, per language and audience.
    pub max_cps: Cited<Speeds>,
    /// `min-duration-ms`.
    pub min_duration_ms: Cited<u64>,
    /// `max-duration-ms`.
    pub max_duration_ms: Cited<u64>,
    /// `min-gap-frames`.
    pub min_gap_frames: Cited<u64>,
    /// The frame rates the delivery accepts (whole frames per second), when it restricts them.
    pub frame_rates: Option<Cited<&'static [u32]>>,
    /// The file is SDH: the SDH rules run.
    pub sdh: bool,
    /// The file is a forced narrative: the forced-narrative rules run.
    pub forced: bool,
    /// `line-balance` runs (a preference the guides state, not a refusal).
    pub line_balance: bool,
}

// The summaries and sources are the declaration's English (as a rule's docs are); their Spanish
// is `profile-NAME` in locales/ui/es-MX/rules.ftl, one attribute per threshold ([`Spec::describe_in`]).
const NETFLIX: Spec = Spec {
    profile: Profile::Netflix,
    summary: "Netflix subtitles (the default)",
    max_lines: Cited {
        value: 2,
        source: "Netflix Timed Text Style Guide: General Requirements (2 lines) and the English (USA) and Spanish (Latin America) guides (42 characters)",
    },
    max_line_length: Cited {
        value: 42,
        source: "Netflix Timed Text Style Guide: General Requirements (2 lines) and the English (USA) and Spanish (Latin America) guides (42 characters)",
    },
    max_cps: Cited {
        value: Speeds { english: (20.0, 17.0), other: (17.0, 13.0) },
        source: "Netflix English (USA) guide: 20 cps adult, 17 children; Spanish (Latin America) guide: 17 and 13",
    },
    min_duration_ms: Cited {
        value: 833,
        source: "Netflix General Requirements: 5/6 of a second (20 frames at 24 fps)",
    },
    max_duration_ms: Cited { value: 7000, source: "Netflix General Requirements: 7 seconds" },
    min_gap_frames: Cited { value: 2, source: "Netflix General Requirements: 2 frames regardless of frame rate" },
    frame_rates: None,
    sdh: false,
    forced: false,
    line_balance: false,
};

/// Every profile's declaration, in the order `dejamos rules --profile` lists them.
pub const SPECS: &[Spec] = &[
    NETFLIX,
    Spec {
        profile: Profile::NetflixStrict,
        summary: "Netflix subtitles with the guides' preferences checked too (line-balance)",
        line_balance: true,
        ..NETFLIX
    },
    Spec {
        profile: Profile::NetflixSdh,
        summary: "Netflix SDH / closed captions: brackets, speaker IDs, lyrics; SDH reading speeds",
        max_cps: Cited {
            value: Speeds { english: (20.0, 17.0), other: (20.0, 17.0) },
            source: "Netflix English (USA) guide, section I (SDH): 20 cps adult, 17 children; the non-English guides' SDH sections raise the reading speed to the same 20 and 17",
        },
        sdh: true,
        ..NETFLIX
    },
    Spec {
        profile: Profile::NetflixForced,
        summary: "Netflix forced narratives: every event also in the full file, no SDH",
        forced: true,
        ..NETFLIX
    },
    Spec {
        profile: Profile::Festival,
        summary: "burned-in festival screening copy",
        max_lines: Cited {
            value: 2,
            source: "Banff Centre Mountain Film Festival, subtitle and caption guidelines (no more than two lines)",
        },
        max_line_length: Cited {
            value: 40,
            source: "Banff Centre Mountain Film Festival, subtitle and caption guidelines (40 characters, spaces included)",
        },
        max_cps: Cited {
            value: Speeds { english: (20.0, 17.0), other: (20.0, 13.0) },
            source: "Banff Centre Mountain Film Festival guidelines: 20 cps at most; children's speeds: no festival source, Netflix values kept",
        },
        min_duration_ms: Cited {
            value: 2000,
            source: "Banff Centre Mountain Film Festival guidelines: no subtitle on screen for less than 2 seconds",
        },
        max_duration_ms: Cited { value: 7000, source: "no festival source gives a maximum: Netflix value kept" },
        min_gap_frames: Cited { value: 2, source: "no festival source gives a gap: Netflix value kept" },
        ..NETFLIX
    },
    Spec {
        profile: Profile::Dcp,
        summary: "subtitles in a Digital Cinema Package (24 or 25 fps)",
        frame_rates: Some(Cited {
            value: &[24, 25],
            source: "SMPTE ST 429-2 / Interop DCP: integer edit rates; cinema masters run at 24 or 25 fps",
        }),
        min_gap_frames: Cited {
            value: 2,
            source: "Post Lab, \"Timed text in DCPs: Best Practices\": at least 2 frames between events",
        },
        max_lines: Cited { value: 2, source: "no public DCP source gives open-subtitle lines: Netflix value kept" },
        max_line_length: Cited {
            value: 42,
            source: "no public DCP source gives open-subtitle characters per line (30 is for closed captions): Netflix value kept",
        },
        min_duration_ms: Cited { value: 833, source: "no public DCP source: Netflix value kept" },
        max_duration_ms: Cited { value: 7000, source: "no public DCP source: Netflix value kept" },
        ..NETFLIX
    },
];

/// The `check` rules of SDH files, off in every other profile.
pub const SDH_RULES: &[&str] = &["sdh-brackets", "unbalanced-bracket", "sdh-label", "lyrics", "speaker-id"];
/// The `check` rules of forced-narrative files, off in every other profile.
pub const FORCED_RULES: &[&str] = &["forced-subset", "forced-no-sdh"];
/// The `check` rules of a restricted set of frame rates (`dcp`), off in every other profile.
pub const FRAME_RATE_RULES: &[&str] = &["frame-rate"];

impl Profile {
    /// Every profile, for messages and `--show-config`.
    pub const ALL: &'static [Profile] = &[
        Profile::Netflix,
        Profile::NetflixStrict,
        Profile::NetflixSdh,
        Profile::NetflixForced,
        Profile::Festival,
        Profile::Dcp,
    ];

    /// The name used on the command line and in `dejamos.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Netflix => "netflix",
            Profile::NetflixStrict => "netflix-strict",
            Profile::NetflixSdh => "netflix-sdh",
            Profile::NetflixForced => "netflix-forced",
            Profile::Festival => "festival",
            Profile::Dcp => "dcp",
        }
    }

    /// The profile's declaration.
    pub fn spec(self) -> &'static Spec {
        SPECS.iter().find(|s| s.profile == self).unwrap_or(&NETFLIX)
    }

    /// The rules the profile leaves off unless a selection names them (by name, category or
    /// `all`): preferences the guides state, which a delivery is not refused for, and the rules of
    /// other kinds of file (SDH, forced narratives, cinema frame rates).
    pub fn off_by_default(self) -> Vec<&'static str> {
        let spec = self.spec();
        let mut off = Vec::new();
        if !spec.line_balance {
            off.push(crate::check::rules::layout::LINE_BALANCE.name);
        }
        if !spec.sdh {
            off.extend_from_slice(SDH_RULES);
        }
        if !spec.forced {
            off.extend_from_slice(FORCED_RULES);
        }
        if spec.frame_rates.is_none() {
            off.extend_from_slice(FRAME_RATE_RULES);
        }
        off
    }

    /// Look a profile up by name (case-insensitive).
    pub fn parse(name: &str) -> Option<Profile> {
        Profile::ALL.iter().copied().find(|p| p.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The profile a file name asks for: `*.sdh.*` and `*.cc.*` are SDH, `*.forced.*` a forced
    /// narrative; `None` for any other name.
    pub fn from_file_name(name: &str) -> Option<Profile> {
        let lower = name.to_ascii_lowercase();
        let mut parts = lower.split('.').skip(1);
        let found = parts.find_map(|part| match part {
            "sdh" | "cc" => Some(Profile::NetflixSdh),
            "forced" => Some(Profile::NetflixForced),
            _ => None,
        });
        // The extension alone (`film.cc`) is not a marker.
        found.filter(|_| lower.matches('.').count() >= 2)
    }

    /// The thresholds for a language and audience.
    pub fn thresholds(self, lang: Lang, audience: Audience) -> Thresholds {
        let spec = self.spec();
        let (adult, children) =
            if lang == Lang::English { spec.max_cps.value.english } else { spec.max_cps.value.other };
        Thresholds {
            max_lines: spec.max_lines.value,
            max_line_length: spec.max_line_length.value,
            max_cps: match audience {
                Audience::Adult => adult,
                Audience::Children => children,
            },
            // 5/6 s; the check rounds it up to whole frames (20 at 23.976 and 24 fps).
            min_duration_ms: spec.min_duration_ms.value,
            max_duration_ms: spec.max_duration_ms.value,
            min_gap_frames: spec.min_gap_frames.value,
            // "Half a second": 12 frames at 24 fps, so 3–11 frame gaps get closed.
            gap_chaining_below_ms: 500,
            allowed_tags: vec!["i".to_string()],
            // Half a second at the file's rate (Netflix Subtitle Timing Guidelines).
            shot_change_zone_frames: None,
            shot_change_snap_frames: None,
            overlap_fix_frames: 12,
            frame_rates: spec.frame_rates.map(|r| r.value.to_vec()),
        }
    }
}

impl Spec {
    /// The declaration as text: each threshold, its value and its source.
    pub fn describe(&self) -> String {
        self.describe_in(UiLang::English)
    }

    /// [`Spec::describe`] in `lang`: the summary and sources are the declaration's in English and
    /// the attributes of `profile-NAME` in Spanish (the English one while a translation is
    /// missing); threshold names stay as `dejamos.toml` spells them.
    pub fn describe_in(&self, lang: UiLang) -> String {
        let id = format!("profile-{}", self.profile.name());
        let text = |attribute: &str, english: &str| match lang {
            UiLang::English => english.to_string(),
            UiLang::Spanish => crate::ui::lookup_attribute(lang, &id, attribute).unwrap_or_else(|| english.to_string()),
        };
        let mut out = String::new();
        let _ = writeln!(out, "{}: {}", self.profile.name(), text("summary", self.summary));
        let row = |out: &mut String, key: &str, value: String, source: String| {
            let _ = writeln!(out, "  {key:<18} {value:<22} {source}");
        };
        let cited = [
            ("max-lines", self.max_lines.value.to_string(), self.max_lines.source),
            ("max-line-length", self.max_line_length.value.to_string(), self.max_line_length.source),
            ("max-cps", self.cps_values(), self.max_cps.source),
            ("min-duration-ms", self.min_duration_ms.value.to_string(), self.min_duration_ms.source),
            ("max-duration-ms", self.max_duration_ms.value.to_string(), self.max_duration_ms.source),
            ("min-gap-frames", self.min_gap_frames.value.to_string(), self.min_gap_frames.source),
        ];
        for (key, value, source) in cited {
            row(&mut out, key, value, text(key, source));
        }
        if let Some(rates) = &self.frame_rates {
            let list: Vec<String> = rates.value.iter().map(u32::to_string).collect();
            let key = crate::ui::render(lang, &msg!("profile-frame-rates"));
            row(&mut out, &key, list.join(", "), text("frame-rates", rates.source));
        }
        let mut on = Vec::new();
        if self.sdh {
            on.push(crate::ui::render(lang, &msg!("profile-sdh-rules")));
        }
        if self.forced {
            on.push(crate::ui::render(lang, &msg!("profile-forced-rules")));
        }
        if self.line_balance {
            on.push("line-balance".to_string());
        }
        if self.frame_rates.is_some() {
            on.push("frame-rate".to_string());
        }
        if !on.is_empty() {
            let _ = writeln!(out, "  {}", crate::ui::render(lang, &msg!("profile-also-runs", rules = on.join(", "))));
        }
        out
    }

    /// The reading speeds as `en 20/17, es 17/13` (adult/children; language codes, the same in
    /// every interface language).
    fn cps_values(&self) -> String {
        let s = self.max_cps.value;
        format!("en {}/{}, es {}/{}", s.english.0, s.english.1, s.other.0, s.other.1)
    }

    /// The declaration as a Markdown section for the README.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "#### `{}`\n\n{}.\n", self.profile.name(), capitalize(self.summary));
        out.push_str("| threshold | value | source |\n|---|---|---|\n");
        let mut row = |key: &str, value: String, source: &str| {
            let _ = writeln!(out, "| `{key}` | {value} | {source} |");
        };
        row("max-lines", self.max_lines.value.to_string(), self.max_lines.source);
        row("max-line-length", self.max_line_length.value.to_string(), self.max_line_length.source);
        row("max-cps", format!("{} {}", self.cps_values(), "(adult/children)"), self.max_cps.source);
        row("min-duration-ms", self.min_duration_ms.value.to_string(), self.min_duration_ms.source);
        row("max-duration-ms", self.max_duration_ms.value.to_string(), self.max_duration_ms.source);
        row("min-gap-frames", self.min_gap_frames.value.to_string(), self.min_gap_frames.source);
        if let Some(rates) = &self.frame_rates {
            let list: Vec<String> = rates.value.iter().map(u32::to_string).collect();
            row(&crate::ui::render(UiLang::English, &msg!("profile-frame-rates")), list.join(", "), rates.source);
        }
        out
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every profile's declaration as text (`dejamos rules --profile all`).
pub fn describe_all() -> String {
    describe_all_in(UiLang::English)
}

/// [`describe_all`] in `lang`.
pub fn describe_all_in(lang: UiLang) -> String {
    SPECS.iter().map(|spec| spec.describe_in(lang)).collect::<Vec<_>>().join("\n")
}

/// Every profile's declaration as Markdown (the README's profile reference).
pub fn markdown_all() -> String {
    SPECS.iter().map(Spec::markdown).collect::<Vec<_>>().join("\n")
}

/// The name of an audience as written in configuration and `--show-config`.
pub fn audience_name(audience: Audience) -> &'static str {
    match audience {
        Audience::Adult => "adult",
        Audience::Children => "children",
    }
}

/// Parse `adult` or `children` (also `child`, `kids`).
pub fn parse_audience(text: &str) -> Option<Audience> {
    match text.trim().to_ascii_lowercase().as_str() {
        "adult" | "adults" => Some(Audience::Adult),
        "children" | "child" | "kids" => Some(Audience::Children),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_speeds_follow_language_and_audience() {
        let p = Profile::Netflix;
        assert_eq!(p.thresholds(Lang::English, Audience::Adult).max_cps, 20.0);
        assert_eq!(p.thresholds(Lang::English, Audience::Children).max_cps, 17.0);
        assert_eq!(p.thresholds(Lang::Spanish, Audience::Adult).max_cps, 17.0);
        assert_eq!(p.thresholds(Lang::Spanish, Audience::Children).max_cps, 13.0);
        assert_eq!(Profile::parse("Netflix"), Some(Profile::Netflix));
        assert_eq!(Profile::parse("bbc"), None);
        assert_eq!(Profile::parse("netflix-strict"), Some(Profile::NetflixStrict));
        assert_eq!(
            Profile::NetflixStrict.thresholds(Lang::Spanish, Audience::Adult),
            p.thresholds(Lang::Spanish, Audience::Adult)
        );
        assert_eq!(Profile::NetflixSdh.thresholds(Lang::Spanish, Audience::Adult).max_cps, 20.0);
        assert!(p.off_by_default().contains(&"line-balance"));
        assert!(p.off_by_default().contains(&"lyrics"));
        assert!(!Profile::NetflixStrict.off_by_default().contains(&"line-balance"));
        assert!(!Profile::NetflixSdh.off_by_default().contains(&"lyrics"));
        assert!(!Profile::NetflixForced.off_by_default().contains(&"forced-subset"));
        assert!(!Profile::Dcp.off_by_default().contains(&"frame-rate"));
    }

    #[test]
    fn every_profile_is_declared_once_with_a_source_for_every_threshold() {
        for profile in Profile::ALL {
            assert_eq!(SPECS.iter().filter(|s| s.profile == *profile).count(), 1, "{}", profile.name());
            assert_eq!(Profile::parse(profile.name()), Some(*profile));
            let spec = profile.spec();
            for source in [spec.max_lines.source, spec.max_line_length.source, spec.max_cps.source] {
                assert!(!source.is_empty());
            }
        }
        let festival = Profile::Festival.thresholds(Lang::Spanish, Audience::Adult);
        assert_eq!((festival.max_line_length, festival.min_duration_ms, festival.max_cps), (40, 2000, 20.0));
        assert!(describe_all().contains("Banff"));
    }

    #[test]
    fn file_names_mark_sdh_and_forced_files() {
        assert_eq!(Profile::from_file_name("film.es.sdh.srt"), Some(Profile::NetflixSdh));
        assert_eq!(Profile::from_file_name("film.cc.srt"), Some(Profile::NetflixSdh));
        assert_eq!(Profile::from_file_name("film.en.forced.srt"), Some(Profile::NetflixForced));
        assert_eq!(Profile::from_file_name("film.es.srt"), None);
        assert_eq!(Profile::from_file_name("sdh.srt"), None);
        assert_eq!(Profile::from_file_name("film.cc"), None);
    }
}
