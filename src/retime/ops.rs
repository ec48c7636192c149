//! The operations a user asks `retime` for, parsed from what they typed into exact values.
//!
//! Nothing here touches a document: these are plain values ([`Ratio`], [`FpsSpec`], [`Anchor`],
//! [`Selection`]) that [`super::plan`] composes into one exact map.
use crate::diagnostic::Message;
use crate::msg;
use crate::srt::Cue;
use crate::time::{self, FrameRate, Timestamp, TypedDuration, signed_gcd};

/// What the parsers here say about a value they refuse: the message in English, the language of
/// the value parsers' errors (their ids are in the interface bundles for a caller that renders
/// them itself).
fn english(message: Message) -> String {
    crate::ui::render(crate::ui::UiLang::English, &message)
}

/// The largest numerator or denominator a typed factor may have, so that composing factors and
/// multiplying by timestamps stays far inside `i128`.
const MAX_TERM: i128 = 1_000_000_000_000;

/// A positive exact fraction `num / den`, always reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    num: i128,
    den: i128,
}

impl Ratio {
    /// 1/1.
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    /// A reduced positive fraction, if both parts are positive.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        if num <= 0 || den <= 0 {
            return None;
        }
        let g = signed_gcd(num, den);
        Some(Ratio { num: num / g, den: den / g })
    }

    /// Numerator.
    pub fn num(self) -> i128 {
        self.num
    }

    /// Denominator.
    pub fn den(self) -> i128 {
        self.den
    }

    /// The factor `from / to` that converts times of a film running at `from` frames per second
    /// to the same frames played at `to` (t' = t × from / to).
    pub fn rate_conversion(from: FrameRate, to: FrameRate) -> Ratio {
        // from/to = (fn/fd) / (tn/td) = fn·td / (fd·tn); rates are u32 fractions, so this is exact.
        let num = i128::from(from.num()) * i128::from(to.den());
        let den = i128::from(from.den()) * i128::from(to.num());
        Ratio::new(num, den).unwrap_or(Ratio::ONE)
    }

    /// Parse a factor exactly: `1.001`, `0.959`, `25/24`, `24000/1001`, `1.5/1.25`.
    ///
    /// Decimals are taken literally (`23.976` is 23976/1000 here); use [`FpsSpec`] for frame
    /// rates, where 23.976 means 24000/1001.
    pub fn parse(text: &str) -> Result<Ratio, String> {
        let bad = || english(msg!("retime-bad-factor", text = text));
        let (top, bottom) = match text.trim().split_once('/') {
            Some((top, bottom)) => (parse_decimal(top).ok_or_else(bad)?, parse_decimal(bottom).ok_or_else(bad)?),
            None => (parse_decimal(text).ok_or_else(bad)?, Ratio::ONE),
        };
        Ratio::new(top.num * bottom.den, top.den * bottom.num).ok_or_else(bad)
    }

    /// Multiply two ratios, or `None` if the result gets unreasonably precise.
    pub fn checked_mul(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(self.num.checked_mul(other.num)?, self.den.checked_mul(other.den)?)
    }

    /// The value as a float, for display only.
    pub fn as_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl std::fmt::Display for Ratio {
    /// `25/24`, or `2` for whole numbers.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.den == 1 { write!(f, "{}", self.num) } else { write!(f, "{}/{}", self.num, self.den) }
    }
}

/// A non-negative decimal with at most 12 digits on each side of the point, as an exact ratio.
/// Zero is returned as `None`-free 0/1 only through [`Ratio`]'s checks (callers reject it).
fn parse_decimal(text: &str) -> Option<Ratio> {
    let text = text.trim();
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && frac.is_empty() || whole.len() > 12 || frac.len() > 12 {
        return None;
    }
    if !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac = frac.trim_end_matches('0');
    let den = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
    let whole: i128 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let frac_value: i128 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
    let num = whole.checked_mul(den)?.checked_add(frac_value)?;
    let ratio = Ratio::new(num, den)?;
    (ratio.num <= MAX_TERM && ratio.den <= MAX_TERM).then_some(ratio)
}

/// What `--fps` said: one rate, or a conversion from one rate to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FpsSpec {
    /// `--fps 23.976`: the rate for frame counts (`+12f`) and `--snap`.
    Rate(FrameRate),
    /// `--fps 25:23.976`: convert, t' = t × from / to.
    Convert {
        /// The rate the file was timed at.
        from: FrameRate,
        /// The rate it should play at.
        to: FrameRate,
    },
}

impl FpsSpec {
    /// Parse `23.976`, `24000/1001`, or `FROM:TO` such as `25:23.976`.
    pub fn parse(text: &str) -> Result<FpsSpec, String> {
        let rate =
            |part: &str| FrameRate::parse(part).ok_or_else(|| english(msg!("retime-bad-frame-rate", text = part)));
        match text.split_once(':') {
            Some((from, to)) => Ok(FpsSpec::Convert { from: rate(from)?, to: rate(to)? }),
            None => Ok(FpsSpec::Rate(rate(text)?)),
        }
    }

    /// The rate of the original timeline: frame counts in `--shift` are read at this rate.
    pub fn source_rate(self) -> FrameRate {
        match self {
            FpsSpec::Rate(rate) => rate,
            FpsSpec::Convert { from, .. } => from,
        }
    }

    /// The rate of the result: `--snap` and the gap check use it.
    pub fn target_rate(self) -> FrameRate {
        match self {
            FpsSpec::Rate(rate) => rate,
            FpsSpec::Convert { to, .. } => to,
        }
    }

    /// The conversion factor, if this is a conversion.
    pub fn conversion(self) -> Option<Ratio> {
        match self {
            FpsSpec::Rate(_) => None,
            FpsSpec::Convert { from, to } => Some(Ratio::rate_conversion(from, to)),
        }
    }
}

/// A sync anchor `CUE=TIME`: the start of cue `cue` (1-based position) must land on `time`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// 1-based cue position.
    pub cue: usize,
    /// Where that cue's start must land.
    pub time: Timestamp,
}

impl Anchor {
    /// Parse `12=00:01:02,500` (also `12=62.5s`, `12=1:02.5`).
    pub fn parse(text: &str) -> Result<Anchor, String> {
        let Some((cue, when)) = text.split_once('=') else {
            return Err(english(msg!("retime-bad-anchor", text = text)));
        };
        let cue = cue
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|&n| n >= 1)
            .ok_or_else(|| english(msg!("retime-bad-anchor-cue", text = text)))?;
        let time = time::parse_time(when).map_err(|e| english(msg!("retime-bad-value", text = text, reason = e)))?;
        Ok(Anchor { cue, time })
    }
}

/// Which cues an operation applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    /// Every cue.
    #[default]
    All,
    /// Cues whose original start is within `from..=to` (either end open).
    Times {
        /// Earliest start, inclusive.
        from: Option<Timestamp>,
        /// Latest start, inclusive.
        to: Option<Timestamp>,
    },
    /// Cues at positions `from..=to` (1-based; `to` open means to the end).
    Cues {
        /// First position, inclusive.
        from: usize,
        /// Last position, inclusive.
        to: Option<usize>,
    },
}

impl Selection {
    /// Parse a time range `FROM..TO`: times such as `00:10:00,000..00:20:00,000`, `10m..`, `..1:30`.
    pub fn parse_times(text: &str) -> Result<Selection, String> {
        let (from, to) = split_range(text).ok_or_else(|| english(msg!("retime-bad-range", text = text)))?;
        let bound = |part: &str| -> Result<Option<Timestamp>, String> {
            if part.is_empty() { Ok(None) } else { time::parse_time(part).map(Some).map_err(String::from) }
        };
        let (from, to) = (bound(from)?, bound(to)?);
        if let (Some(a), Some(b)) = (from, to)
            && a > b
        {
            return Err(english(msg!("retime-range-reversed", text = text)));
        }
        Ok(Selection::Times { from, to })
    }

    /// Parse a cue range `A..B` (1-based, inclusive; `A..` to the end; a single `A`).
    pub fn parse_cues(text: &str) -> Result<Selection, String> {
        let position = |part: &str| -> Result<usize, String> {
            part.trim()
                .parse::<usize>()
                .ok()
                .filter(|&n| n >= 1)
                .ok_or_else(|| english(msg!("retime-bad-cue-position", text = text)))
        };
        let (from, to) = match split_range(text) {
            Some((from, to)) => {
                let from = if from.is_empty() { 1 } else { position(from)? };
                let to = if to.is_empty() { None } else { Some(position(to)?) };
                (from, to)
            }
            None => {
                let single = position(text)?;
                (single, Some(single))
            }
        };
        if to.is_some_and(|to| to < from) {
            return Err(english(msg!("retime-range-reversed", text = text)));
        }
        Ok(Selection::Cues { from, to })
    }

    /// Whether `cue` is selected (by its original start or position).
    pub fn contains(&self, cue: &Cue) -> bool {
        match *self {
            Selection::All => true,
            Selection::Times { from, to } => {
                from.is_none_or(|from| cue.start >= from) && to.is_none_or(|to| cue.start <= to)
            }
            Selection::Cues { from, to } => cue.position >= from && to.is_none_or(|to| cue.position <= to),
        }
    }
}

/// `a..b` → (`a`, `b`), trimmed; `None` without `..`.
fn split_range(text: &str) -> Option<(&str, &str)> {
    text.split_once("..").map(|(a, b)| (a.trim(), b.trim()))
}

/// Everything the user asked for, parsed. [`super::plan::Plan::build`] turns it into one map.
#[derive(Debug, Clone, Default)]
pub struct Operations {
    /// `--shift`.
    pub shift: Option<TypedDuration>,
    /// `--scale`.
    pub scale: Option<Ratio>,
    /// `--fps`.
    pub fps: Option<FpsSpec>,
    /// `--sync`, zero to two anchors.
    pub sync: Vec<Anchor>,
    /// `--range` / `--cues`.
    pub selection: Selection,
    /// `--snap`.
    pub snap: bool,
}

impl Operations {
    /// Whether any operation that moves times was asked for.
    pub fn moves_anything(&self) -> bool {
        self.shift.is_some()
            || self.scale.is_some()
            || self.fps.and_then(FpsSpec::conversion).is_some()
            || !self.sync.is_empty()
            || self.snap
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_parse_exactly() {
        assert_eq!(Ratio::parse("1.001"), Ok(Ratio { num: 1001, den: 1000 }));
        assert_eq!(Ratio::parse("25/24"), Ok(Ratio { num: 25, den: 24 }));
        assert_eq!(Ratio::parse("1.5/1.25"), Ok(Ratio { num: 6, den: 5 }));
        assert_eq!(Ratio::parse("2"), Ok(Ratio { num: 2, den: 1 }));
        assert_eq!(Ratio::parse(".5"), Ok(Ratio { num: 1, den: 2 }));
        assert_eq!(Ratio::parse("1.000"), Ok(Ratio::ONE));
        for bad in ["0", "-1", "1/0", "abc", "", "1e3", "1.2.3", "1234567890123/1"] {
            assert!(Ratio::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rate_conversions_use_exact_ntsc_rates() {
        let spec = FpsSpec::parse("25:23.976").expect("parses");
        assert_eq!(spec.conversion(), Ratio::new(25 * 1001, 24000));
        assert_eq!(spec.source_rate(), FrameRate::new(25, 1).expect("rate"));
        assert_eq!(spec.target_rate(), FrameRate::FILM);
        assert_eq!(FpsSpec::parse("29.97").map(FpsSpec::conversion), Ok(None));
        assert!(FpsSpec::parse("25:abc").is_err());
        assert!(FpsSpec::parse("0").is_err());
    }

    #[test]
    fn anchors_and_selections() {
        assert_eq!(
            Anchor::parse("12=00:01:02,500"),
            Ok(Anchor { cue: 12, time: Timestamp::from_ms(62_500).expect("time") })
        );
        assert!(Anchor::parse("0=1s").is_err());
        assert!(Anchor::parse("12").is_err());
        assert!(Anchor::parse("12=-1s").is_err());
        assert_eq!(Selection::parse_cues("3..5"), Ok(Selection::Cues { from: 3, to: Some(5) }));
        assert_eq!(Selection::parse_cues("7"), Ok(Selection::Cues { from: 7, to: Some(7) }));
        assert_eq!(Selection::parse_cues("7.."), Ok(Selection::Cues { from: 7, to: None }));
        assert!(Selection::parse_cues("5..3").is_err());
        assert!(Selection::parse_cues("0..3").is_err());
        let range = Selection::parse_times("00:00:10,000..1m").expect("parses");
        assert_eq!(range, Selection::Times { from: Timestamp::from_ms(10_000), to: Timestamp::from_ms(60_000) });
        assert!(Selection::parse_times("1m..10s").is_err());
        assert!(Selection::parse_times("10s").is_err());
    }
}
