//! Delivery profiles: the thresholds a distributor's spec sets, per language and audience.
//!
//! Every number comes from the delivery specs (Netflix Timed Text Style Guide: General
//! Requirements, Subtitle Timing Guidelines, English (USA) and Spanish (Latin America & Spain)
//! guides). A configuration file can change any of them.
use super::rule::{Lang, Thresholds};

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
}

impl Profile {
    /// Every profile, for messages and `--show-config`.
    pub const ALL: &'static [Profile] = &[Profile::Netflix, Profile::NetflixStrict];

    /// The name used on the command line and in `dejamos.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Netflix => "netflix",
            Profile::NetflixStrict => "netflix-strict",
        }
    }

    /// The rules the profile leaves off unless a selection names them (by name, category or
    /// `all`): preferences the guides state, which a delivery is not refused for.
    pub fn off_by_default(self) -> Vec<&'static str> {
        match self {
            Profile::Netflix => vec![crate::check::rules::layout::LINE_BALANCE.name],
            Profile::NetflixStrict => Vec::new(),
        }
    }

    /// Look a profile up by name (case-insensitive).
    pub fn parse(name: &str) -> Option<Profile> {
        Profile::ALL.iter().copied().find(|p| p.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The thresholds for a language and audience.
    pub fn thresholds(self, lang: Lang, audience: Audience) -> Thresholds {
        match self {
            Profile::Netflix | Profile::NetflixStrict => Thresholds {
                max_lines: 2,
                max_line_length: 42,
                max_cps: netflix_cps(lang, audience),
                // 5/6 s; the check rounds it up to whole frames (20 at 23.976 and 24 fps).
                min_duration_ms: 833,
                max_duration_ms: 7000,
                min_gap_frames: 2,
                // "Half a second": 12 frames at 24 fps, so 3–11 frame gaps get closed.
                gap_chaining_below_ms: 500,
                allowed_tags: vec!["i".to_string()],
                // Half a second at the file's rate (Netflix Subtitle Timing Guidelines).
                shot_change_zone_frames: None,
                shot_change_snap_frames: None,
                overlap_fix_frames: 12,
            },
        }
    }
}

/// Reading speed: English (USA) 20 cps for adults, 17 for children; Spanish 17 and 13. Other
/// languages get Netflix's general figures, which are Spanish's.
fn netflix_cps(lang: Lang, audience: Audience) -> f64 {
    match (lang, audience) {
        (Lang::English, Audience::Adult) => 20.0,
        (Lang::English, Audience::Children) => 17.0,
        (_, Audience::Adult) => 17.0,
        (_, Audience::Children) => 13.0,
    }
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
        assert_eq!(p.off_by_default(), ["line-balance"]);
        assert!(Profile::NetflixStrict.off_by_default().is_empty());
    }
}
