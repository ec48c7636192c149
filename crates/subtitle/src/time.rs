//! Time arithmetic: timestamps, signed offsets, exact frame rates, and the durations people type.
//!
//! Everything is integer milliseconds. Conversions that involve a frame rate or a scale factor
//! are exact rational arithmetic in `i128`, rounded once, half away from zero, to the
//! millisecond, always from the original value, so nothing drifts across a long file.
use crate::diagnostic::Message;
use std::fmt;

/// The largest timestamp dejamos accepts: 9,999 hours. Larger values in a file are reported as
/// `timestamp-syntax` errors instead of overflowing later arithmetic.
pub const MAX_MS: u64 = 9_999 * 3_600_000 + 59 * 60_000 + 59_999;

/// A point on the media timeline in whole milliseconds. Never negative, never above [`MAX_MS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(u64);

impl Timestamp {
    /// 00:00:00,000.
    pub const ZERO: Timestamp = Timestamp(0);

    /// A timestamp from milliseconds, if it is within range.
    pub fn from_ms(ms: u64) -> Option<Timestamp> {
        (ms <= MAX_MS).then_some(Timestamp(ms))
    }

    /// A timestamp from a signed millisecond count: `None` if negative or out of range.
    pub fn from_signed_ms(ms: i128) -> Option<Timestamp> {
        u64::try_from(ms).ok().and_then(Timestamp::from_ms)
    }

    /// Milliseconds since zero.
    pub fn ms(self) -> u64 {
        self.0
    }

    /// Signed milliseconds since zero (for arithmetic).
    pub fn signed(self) -> i64 {
        // MAX_MS fits comfortably in i64.
        self.0 as i64
    }

    /// `self + offset`, or `None` if the result is negative or out of range.
    pub fn checked_add(self, offset: Offset) -> Option<Timestamp> {
        Timestamp::from_signed_ms(i128::from(self.0) + i128::from(offset.0))
    }

    /// Signed distance `self - earlier`.
    pub fn since(self, earlier: Timestamp) -> Offset {
        Offset(self.signed() - earlier.signed())
    }

    /// Hours, minutes, seconds and milliseconds.
    pub fn parts(self) -> (u64, u64, u64, u64) {
        let ms = self.0;
        (ms / 3_600_000, ms / 60_000 % 60, ms / 1_000 % 60, ms % 1_000)
    }

    /// Canonical SRT form `HH:MM:SS,mmm` (hours grow past two digits when they must).
    pub fn srt(self) -> String {
        let mut out = String::with_capacity(12);
        self.write_srt(&mut out, ',');
        out
    }

    /// WebVTT form `HH:MM:SS.mmm`.
    pub fn vtt(self) -> String {
        let mut out = String::with_capacity(12);
        self.write_srt(&mut out, '.');
        out
    }

    /// Append `HH:MM:SS<sep>mmm` to `out` without allocating.
    pub fn write_srt(self, out: &mut String, sep: char) {
        let (h, m, s, ms) = self.parts();
        if h < 100 && sep.is_ascii() {
            // The common case in one push: `HH:MM:SS,mmm` built on the stack.
            let d = |v: u64, place: u64| b'0' + (v / place % 10) as u8;
            let sep = sep as u8;
            let text = [
                d(h, 10),
                d(h, 1),
                b':',
                d(m, 10),
                d(m, 1),
                b':',
                d(s, 10),
                d(s, 1),
                sep,
                d(ms, 100),
                d(ms, 10),
                d(ms, 1),
            ];
            // Always ASCII, so always valid UTF-8.
            out.push_str(std::str::from_utf8(&text).unwrap_or_default());
            return;
        }
        push_padded(out, h, 2);
        out.push(':');
        push_padded(out, m, 2);
        out.push(':');
        push_padded(out, s, 2);
        out.push(sep);
        push_padded(out, ms, 3);
    }
}

/// Decimal digits of `value`, zero-padded to `width`, without the formatting machinery (writers
/// call this several times per cue).
pub(crate) fn push_padded(out: &mut String, value: u64, width: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = value;
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let digits = buf.len() - i;
    for _ in digits..width {
        out.push('0');
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.srt())
    }
}

/// A signed span of time in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Offset(pub i64);

impl Offset {
    /// Milliseconds.
    pub fn ms(self) -> i64 {
        self.0
    }
}

impl fmt::Display for Offset {
    /// `+1.500s`, `-0.042s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:03}s", abs / 1000, abs % 1000)
    }
}

/// `value × num / den`, rounded half away from zero. `den` must not be zero.
pub fn mul_div_round(value: i128, num: i128, den: i128) -> i128 {
    let (value, den) = if den < 0 { (-value, -den) } else { (value, den) };
    let product = value * num;
    let half = den / 2;
    if den % 2 == 0 {
        // Exact halves round away from zero.
        if product >= 0 { (product + half) / den } else { -((-product + half) / den) }
    } else if product >= 0 {
        (product + half) / den
    } else {
        -((-product + half) / den)
    }
}

/// The greatest common divisor of `a` and `b`, never 0 (`gcd(0, 0)` is 1, so dividing by it is
/// always safe): the one used to reduce every ratio of frame rates and time scales.
pub fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// [`gcd`] of the magnitudes of two signed numbers, as a positive `i128`.
pub fn signed_gcd(a: i128, b: i128) -> i128 {
    i128::try_from(gcd(a.unsigned_abs(), b.unsigned_abs())).unwrap_or(1)
}

/// An exact frame rate, `num / den` frames per second (23.976 is 24000/1001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FrameRate {
    num: u32,
    den: u32,
}

impl FrameRate {
    /// 24000/1001, the film's rate and the default.
    pub const FILM: FrameRate = FrameRate { num: 24000, den: 1001 };

    /// A rate from a positive fraction.
    pub fn new(num: u32, den: u32) -> Option<FrameRate> {
        (num > 0 && den > 0).then_some(FrameRate { num, den })
    }

    /// Numerator.
    pub fn num(self) -> u32 {
        self.num
    }

    /// Denominator.
    pub fn den(self) -> u32 {
        self.den
    }

    /// Parse `23.976`, `23.98`, `24`, `25`, `29.97`, `30`, `47.952`, `48`, `50`, `59.94`, `60`,
    /// any other decimal (taken exactly), or a fraction such as `24000/1001`.
    pub fn parse(text: &str) -> Option<FrameRate> {
        let text = text.trim();
        if let Some((n, d)) = text.split_once('/') {
            return FrameRate::new(n.trim().parse().ok()?, d.trim().parse().ok()?);
        }
        // The NTSC family is written with rounded decimals; they mean ×1000/1001.
        let ntsc = match text {
            "23.976" | "23.98" | "23.97" => Some(24000),
            "29.97" => Some(30000),
            "47.952" | "47.95" => Some(48000),
            "59.94" => Some(60000),
            "119.88" => Some(120000),
            _ => None,
        };
        if let Some(num) = ntsc {
            return FrameRate::new(num, 1001);
        }
        let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
        if whole.is_empty() && frac.is_empty() || frac.len() > 6 {
            return None;
        }
        if !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let den = 10u32.checked_pow(frac.len() as u32)?;
        let digits = format!("{whole}{frac}");
        let num: u32 = digits.parse().ok()?;
        let g = u32::try_from(gcd(u128::from(num), u128::from(den))).unwrap_or(1);
        if num == 0 || num / g > 1_000_000 {
            return None;
        }
        FrameRate::new(num / g, den / g)
    }

    /// Frames per second as a float, for display only.
    pub fn as_f64(self) -> f64 {
        f64::from(self.num) / f64::from(self.den)
    }

    /// The start time of frame `frames` (signed), in ms, rounded half away from zero.
    ///
    /// Saturates at the `i64` range instead of wrapping (a frame count typed by a user can be
    /// absurd; callers then see a value past [`MAX_MS`] and refuse it).
    pub fn frames_to_ms(self, frames: i64) -> i64 {
        saturate(mul_div_round(i128::from(frames) * 1000, i128::from(self.den), i128::from(self.num)))
    }

    /// The whole-millisecond lengths `frames` frames can measure in a file whose times are
    /// rounded to the millisecond: every command's meaning of "N frames" as a duration.
    ///
    /// Two times exactly `frames` frames apart (`d = frames × 1000 / fps` ms) each round to the
    /// nearest millisecond, so their difference is more than `d − 1` and less than `d + 1`: the
    /// range is `⌊d − 1⌋ + 1 ..= ⌈d⌉`. Two frames measure 83–84 ms at 23.976, 83–84 at 24, 80 at
    /// 25 and 66–67 at 29.97. A minimum (`min-gap`, the gap `merge` and `retime` keep) is met from
    /// the shortest; a tolerance (`pair`) allows up to the longest.
    pub fn frames_ms(self, frames: u64) -> std::ops::RangeInclusive<u64> {
        let exact_num = u128::from(frames) * 1000 * u128::from(self.den);
        let num = u128::from(self.num);
        let shortest = if exact_num < num { 0 } else { (exact_num - num) / num + 1 };
        let longest = exact_num.div_ceil(num);
        u64::try_from(shortest).unwrap_or(u64::MAX)..=u64::try_from(longest).unwrap_or(u64::MAX)
    }

    /// The shortest length of `frames` frames in milliseconds ([`FrameRate::frames_ms`]): what a
    /// minimum of `frames` frames requires.
    pub fn frames_min_ms(self, frames: u64) -> u64 {
        *self.frames_ms(frames).start()
    }

    /// The longest length of `frames` frames in milliseconds ([`FrameRate::frames_ms`]): what a
    /// tolerance of `frames` frames allows.
    pub fn frames_max_ms(self, frames: u64) -> u64 {
        *self.frames_ms(frames).end()
    }

    /// The nearest frame number to `ms` (half away from zero).
    pub fn ms_to_nearest_frame(self, ms: i64) -> i64 {
        saturate(mul_div_round(i128::from(ms), i128::from(self.num), 1000 * i128::from(self.den)))
    }

    /// Whole frames in `ms` milliseconds, rounded down (how many full frames fit).
    pub fn whole_frames(self, ms: i64) -> i64 {
        let n = i128::from(ms) * i128::from(self.num);
        let d = 1000 * i128::from(self.den);
        saturate(n.div_euclid(d))
    }

    /// Snap `ms` to the nearest frame boundary.
    pub fn snap_ms(self, ms: i64) -> i64 {
        self.frames_to_ms(self.ms_to_nearest_frame(ms))
    }

    /// The number of whole frames needed to last at least `ms` milliseconds.
    pub fn frames_covering(self, ms: u64) -> u64 {
        let n = u128::from(ms) * u128::from(self.num);
        let d = 1000 * u128::from(self.den);
        u64::try_from(n.div_ceil(d)).unwrap_or(u64::MAX)
    }
}

impl Default for FrameRate {
    fn default() -> Self {
        FrameRate::FILM
    }
}

impl fmt::Display for FrameRate {
    /// `23.976`, `25`, `29.97`: the way people write rates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else if self.den == 1001 {
            let v = f64::from(self.num) / 1001.0;
            let s = format!("{v:.3}");
            let s = s.trim_end_matches('0');
            f.write_str(s.strip_suffix('.').unwrap_or(s))
        } else {
            let s = format!("{:.6}", self.as_f64());
            let s = s.trim_end_matches('0');
            f.write_str(s.strip_suffix('.').unwrap_or(s))
        }
    }
}

/// An `i128` clamped into `i64` (never wrapped).
fn saturate(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}

/// A signed amount of time as the user typed it: milliseconds, or frames that need a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedDuration {
    /// Milliseconds.
    Millis(i64),
    /// Frames (`+12f`), resolved with [`TypedDuration::resolve`].
    Frames(i64),
    /// An SMPTE timecode used as a duration (`+00:00:02:12`), resolved at the frame rate.
    Timecode {
        /// Whether it was typed with a leading `-`.
        negative: bool,
        /// The timecode.
        timecode: Timecode,
    },
}

impl TypedDuration {
    /// Milliseconds, converting frames at `fps` (an error if frames were typed without a rate).
    pub fn resolve(self, fps: Option<FrameRate>) -> Result<i64, Message> {
        match self {
            TypedDuration::Millis(ms) => Ok(ms),
            TypedDuration::Frames(frames) => match fps {
                Some(rate) => {
                    let ms = rate.frames_to_ms(frames);
                    if ms.unsigned_abs() > MAX_MS {
                        return Err(crate::msg!("error-time-frames-too-many", frames = frames, fps = rate.to_string()));
                    }
                    Ok(ms)
                }
                None => Err(crate::msg!("error-time-frames-need-rate", frames = frames)),
            },
            TypedDuration::Timecode { negative, timecode } => match fps {
                Some(rate) => {
                    let ms = timecode.to_ms(rate)?;
                    Ok(if negative { -ms } else { ms })
                }
                None => Err(crate::msg!("error-time-timecode-needs-rate", timecode = timecode.to_string())),
            },
        }
    }
}

/// Parse a signed duration: `-2.5s`, `+1500ms`, `90s`, `1m30s`, `2s 500ms`, `-00:00:02,500`,
/// `1:02.5` (minutes:seconds), `+12f` (frames).
///
/// Fractions are exact decimals and round half away from zero to the millisecond.
pub fn parse_duration(text: &str) -> Result<TypedDuration, Message> {
    let original = text;
    let text = text.trim();
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let body = body.trim();
    if body.is_empty() {
        return Err(crate::msg!("error-time-not-a-duration", text = original));
    }
    let sign = if negative { -1 } else { 1 };
    if Timecode::looks_like(body) {
        let timecode = Timecode::parse(body).map_err(|e| crate::msg!("error-time-in", text = original, reason = e))?;
        return Ok(TypedDuration::Timecode { negative, timecode });
    }
    if let Some(frames) = body.strip_suffix('f')
        && !frames.is_empty()
        && frames.bytes().all(|b| b.is_ascii_digit())
    {
        let n: i64 = frames.parse().map_err(|_| crate::msg!("error-time-too-many-frames", text = original))?;
        return Ok(TypedDuration::Frames(sign * n));
    }
    let ms = if body.contains(':') { parse_clock(body) } else { parse_units(body) }
        .ok_or_else(|| crate::msg!("error-time-not-a-duration", text = original))?;
    Ok(TypedDuration::Millis(sign * ms))
}

/// Parse an absolute time as people type it: `00:01:02,500`, `1:02.5`, `62.5s`, `62500ms`.
pub fn parse_time(text: &str) -> Result<Timestamp, Message> {
    let trimmed = text.trim();
    if trimmed.starts_with('-') {
        return Err(crate::msg!("error-time-negative", text = text));
    }
    match parse_duration(trimmed)? {
        TypedDuration::Millis(ms) => Timestamp::from_signed_ms(i128::from(ms))
            .ok_or_else(|| crate::msg!("error-time-text-out-of-range", text = text)),
        TypedDuration::Frames(_) => Err(crate::msg!("error-time-not-frames", text = text)),
        TypedDuration::Timecode { .. } => Err(crate::msg!("error-time-timecode-text-needs-rate", text = text)),
    }
}

/// A time as typed where a time is asked for: a clock time or duration from zero
/// ([`parse_time`]), or an SMPTE timecode that needs a frame rate (and maybe a programme start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedTime {
    /// A time on the file's timeline.
    At(Timestamp),
    /// An SMPTE timecode, resolved with [`TypedTime::resolve`].
    Timecode(Timecode),
}

impl TypedTime {
    /// Parse `00:01:02,500`, `62.5s` … ([`parse_time`]) or `01:00:02:12`, `00:01:00;02`.
    pub fn parse(text: &str) -> Result<TypedTime, Message> {
        let trimmed = text.trim();
        if Timecode::looks_like(trimmed) {
            return Timecode::parse(trimmed)
                .map(TypedTime::Timecode)
                .map_err(|e| crate::msg!("error-time-in", text = text, reason = e));
        }
        parse_time(text).map(TypedTime::At)
    }

    /// The time on the file's timeline: a timecode is read at `fps` and the programme start
    /// `offset` (such as `01:00:00:00`) is subtracted from it; a clock time is taken as it is.
    pub fn resolve(self, fps: Option<FrameRate>, offset: Option<Timecode>) -> Result<Timestamp, Message> {
        match self {
            TypedTime::At(time) => Ok(time),
            TypedTime::Timecode(timecode) => {
                let Some(rate) = fps else {
                    return Err(crate::msg!("error-time-timecode-needs-rate", timecode = timecode.to_string()));
                };
                timecode.to_timestamp(rate, offset)
            }
        }
    }
}

impl fmt::Display for TypedTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypedTime::At(time) => time.fmt(f),
            TypedTime::Timecode(timecode) => timecode.fmt(f),
        }
    }
}

/// An SMPTE timecode `HH:MM:SS:FF`; a `;` (or `.`) before the frames marks drop-frame, which
/// only the NTSC rates 29.97 and 59.94 have.
///
/// Frames count at the nominal rate (24 at 23.976, 30 at 29.97). Drop-frame timecode skips the
/// labels `;00` and `;01` (`;00`–`;03` at 59.94) at the start of every minute except each tenth,
/// so that the labels keep up with the clock: `00:01:00;02` is frame 1800 at 29.97.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timecode {
    hours: u32,
    minutes: u32,
    seconds: u32,
    frames: u32,
    drop: bool,
}

impl Timecode {
    /// Whether `text` has the shape of a timecode (four numeric fields), right or wrong.
    pub fn looks_like(text: &str) -> bool {
        text.split([':', ';']).count() == 4
    }

    /// Parse `HH:MM:SS:FF` or drop-frame `HH:MM:SS;FF` (also `HH;MM;SS;FF`). The frame field
    /// is checked against a rate only when the timecode is used ([`Timecode::frame_number`]).
    pub fn parse(text: &str) -> Result<Timecode, Message> {
        let text = text.trim();
        let bad = || crate::msg!("error-time-not-a-timecode", text = text);
        let fields: Vec<&str> = text.split([':', ';']).collect();
        let [h, m, s, f] = fields.as_slice() else { return Err(bad()) };
        let number = |field: &str, most: usize| -> Result<u32, Message> {
            if field.is_empty() || field.len() > most || !field.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            field.parse().map_err(|_| bad())
        };
        let timecode = Timecode {
            hours: number(h, 4)?,
            minutes: number(m, 2)?,
            seconds: number(s, 2)?,
            frames: number(f, 3)?,
            drop: text.contains(';'),
        };
        if timecode.minutes > 59 || timecode.seconds > 59 {
            return Err(crate::msg!("error-time-over-59", text = text));
        }
        Ok(timecode)
    }

    /// A timecode from its fields.
    pub fn new(hours: u32, minutes: u32, seconds: u32, frames: u32, drop: bool) -> Timecode {
        Timecode { hours, minutes, seconds, frames, drop }
    }

    /// The same labels, drop-frame or not.
    pub fn with_drop(self, drop: bool) -> Timecode {
        Timecode { drop, ..self }
    }

    /// Whether it is drop-frame.
    pub fn is_drop(self) -> bool {
        self.drop
    }

    /// Hours.
    pub fn hours(self) -> u32 {
        self.hours
    }

    /// The nominal frames per second of `fps` (24 at 23.976, 30 at 29.97) and the frame labels
    /// drop-frame skips each minute there (0 where drop-frame does not exist).
    fn nominal(fps: FrameRate) -> (u32, u32) {
        let nominal = (u64::from(fps.num()).div_ceil(u64::from(fps.den()))).max(1);
        let nominal = u32::try_from(nominal).unwrap_or(u32::MAX);
        let drop = match (fps.num(), fps.den()) {
            (30000, 1001) => 2,
            (60000, 1001) => 4,
            _ => 0,
        };
        (nominal, drop)
    }

    /// The frame number this timecode labels at `fps`.
    pub fn frame_number(self, fps: FrameRate) -> Result<i64, Message> {
        let (nominal, drop) = Timecode::nominal(fps);
        if self.frames >= nominal {
            let (timecode, most, fps) = (self.to_string(), nominal - 1, fps.to_string());
            return Err(crate::msg!("error-time-frames-go-up-to", timecode = timecode, most = most, fps = fps));
        }
        if self.drop && drop == 0 {
            return Err(crate::msg!("error-time-drop-frame-rate", timecode = self.to_string(), fps = fps.to_string()));
        }
        let minutes = i64::from(self.hours) * 60 + i64::from(self.minutes);
        let mut frame = (minutes * 60 + i64::from(self.seconds)) * i64::from(nominal) + i64::from(self.frames);
        if self.drop {
            if self.seconds == 0 && !self.minutes.is_multiple_of(10) && self.frames < drop {
                return Err(crate::msg!("error-time-dropped-label", timecode = self.to_string()));
            }
            frame -= i64::from(drop) * (minutes - minutes / 10);
        }
        Ok(frame)
    }

    /// The time the labelled frame starts, in ms, at `fps`.
    pub fn to_ms(self, fps: FrameRate) -> Result<i64, Message> {
        Ok(fps.frames_to_ms(self.frame_number(fps)?))
    }

    /// The time on the file's timeline: this timecode at `fps` less the programme start `offset`.
    pub fn to_timestamp(self, fps: FrameRate, offset: Option<Timecode>) -> Result<Timestamp, Message> {
        let frame = self.frame_number(fps)?;
        let start = match offset {
            Some(offset) => offset.frame_number(fps)?,
            None => 0,
        };
        let ms = fps.frames_to_ms(frame - start);
        match offset {
            Some(offset) if ms < 0 => {
                Err(crate::msg!("error-time-before-start", timecode = self.to_string(), start = offset.to_string()))
            }
            _ => Timestamp::from_signed_ms(i128::from(ms))
                .ok_or_else(|| crate::msg!("error-time-timecode-out-of-range", timecode = self.to_string())),
        }
    }

    /// The timecode of frame `frame` at `fps`: drop-frame where the rate has it and `drop` asks
    /// for it. Negative frames are shown as frame 0.
    pub fn from_frame(frame: i64, fps: FrameRate, drop: bool) -> Timecode {
        let (nominal, skipped) = Timecode::nominal(fps);
        let nominal = i64::from(nominal);
        let mut label = frame.max(0);
        let drop = drop && skipped > 0;
        if drop {
            let skipped = i64::from(skipped);
            let per_minute = nominal * 60 - skipped;
            let per_ten = nominal * 600 - skipped * 9;
            let (tens, rest) = (label / per_ten, label % per_ten);
            label += skipped * 9 * tens;
            if rest >= skipped {
                label += skipped * ((rest - skipped) / per_minute);
            }
        }
        let frames = label % nominal;
        let total_seconds = label / nominal;
        let clamp = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
        Timecode {
            hours: clamp(total_seconds / 3600),
            minutes: clamp(total_seconds / 60 % 60),
            seconds: clamp(total_seconds % 60),
            frames: clamp(frames),
            drop,
        }
    }

    /// The timecode of the frame nearest `time` at `fps`, with the programme start `offset`
    /// added: drop-frame at 29.97 and 59.94, non-drop elsewhere.
    pub fn of_time(time: Timestamp, fps: FrameRate, offset: Option<Timecode>) -> Timecode {
        let start = offset.and_then(|o| o.frame_number(fps).ok()).unwrap_or(0);
        let (_, skipped) = Timecode::nominal(fps);
        Timecode::from_frame(fps.ms_to_nearest_frame(time.signed()) + start, fps, skipped > 0)
    }
}

impl fmt::Display for Timecode {
    /// `01:02:03:12`, drop-frame `00:01:00;02`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sep = if self.drop { ';' } else { ':' };
        write!(f, "{:02}:{:02}:{:02}{sep}{:02}", self.hours, self.minutes, self.seconds, self.frames)
    }
}

/// How times are written in messages: SRT milliseconds, or SMPTE timecodes at a frame rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    /// `00:01:02,500`.
    #[default]
    Millis,
    /// `01:01:02:12` at the rate, with a programme start added.
    Smpte {
        /// The frame rate.
        fps: FrameRate,
        /// The programme start added to every time (such as `01:00:00:00`).
        offset: Option<Timecode>,
    },
}

impl Clock {
    /// `time` as this clock writes it.
    pub fn show(self, time: Timestamp) -> String {
        match self {
            Clock::Millis => time.srt(),
            Clock::Smpte { fps, offset } => Timecode::of_time(time, fps, offset).to_string(),
        }
    }
}

/// `[[H:]M:]S[,.]fff` → ms.
fn parse_clock(body: &str) -> Option<i64> {
    let parts: Vec<&str> = body.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    let (last, rest) = parts.split_last()?;
    let seconds_ms = parse_decimal_seconds(&last.replace(',', "."))?;
    let mut total: i128 = i128::from(seconds_ms);
    let mut multiplier: i128 = 60_000;
    for field in rest.iter().rev() {
        if field.is_empty() || field.len() > 9 || !field.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        total += i128::from(field.parse::<i64>().ok()?) * multiplier;
        multiplier *= 60;
    }
    i64::try_from(total).ok().filter(|&ms| ms <= MAX_MS as i64)
}

/// Sum of `<number><unit>` terms: h, m/min, s, ms; a bare number is seconds only with a unit.
fn parse_units(body: &str) -> Option<i64> {
    let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = compact.as_str();
    let mut total: i128 = 0;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let number_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
        if number_len == 0 {
            return None;
        }
        let number = rest[..number_len].replace(',', ".");
        rest = &rest[number_len..];
        let unit_len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let seconds_ms = i128::from(parse_decimal_seconds(&number)?);
        // seconds_ms is `number` in thousandths; scale by the unit.
        let term = match unit {
            "ms" => mul_div_round(seconds_ms, 1, 1000),
            "s" | "sec" => seconds_ms,
            "m" | "min" => seconds_ms * 60,
            "h" => seconds_ms * 3600,
            _ => return None,
        };
        total += term;
        if total > i128::from(MAX_MS) {
            return None;
        }
    }
    i64::try_from(total).ok()
}

/// A non-negative decimal number of seconds → ms, rounded half away from zero.
fn parse_decimal_seconds(text: &str) -> Option<i64> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if whole.len() > 12 || !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut ms = whole.checked_mul(1000)?;
    let digits = frac.as_bytes();
    for (i, &d) in digits.iter().take(3).enumerate() {
        ms += i64::from(d - b'0') * [100, 10, 1][i];
    }
    if digits.len() > 3 && digits[3] >= b'5' {
        ms += 1;
    }
    Some(ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(mul_div_round(5, 1, 10), 1);
        assert_eq!(mul_div_round(-5, 1, 10), -1);
        assert_eq!(mul_div_round(4, 1, 10), 0);
        assert_eq!(mul_div_round(-4, 1, 10), 0);
        assert_eq!(mul_div_round(15, 1, 10), 2);
        assert_eq!(mul_div_round(7, 3, 2), 11); // 10.5 → 11
    }

    #[test]
    fn frame_rates_parse_exactly() {
        assert_eq!(FrameRate::parse("23.976"), FrameRate::new(24000, 1001));
        assert_eq!(FrameRate::parse("29.97"), FrameRate::new(30000, 1001));
        assert_eq!(FrameRate::parse("59.94"), FrameRate::new(60000, 1001));
        assert_eq!(FrameRate::parse("25"), FrameRate::new(25, 1));
        assert_eq!(FrameRate::parse("24000/1001"), FrameRate::new(24000, 1001));
        assert_eq!(FrameRate::parse("12.5"), FrameRate::new(25, 2));
        assert_eq!(FrameRate::parse("0"), None);
        assert_eq!(FrameRate::parse("abc"), None);
        assert_eq!(FrameRate::parse("-25"), None);
        assert_eq!(FrameRate::FILM.to_string(), "23.976");
        assert_eq!(FrameRate::parse("29.97").map(|r| r.to_string()), Some("29.97".to_string()));
    }

    #[test]
    fn frames_and_milliseconds() {
        let film = FrameRate::FILM;
        // Two frames at 23.976 last 83.416… ms.
        assert_eq!(film.frames_to_ms(2), 83);
        assert_eq!(film.frames_ms(2), 83..=84);
        assert_eq!(FrameRate::new(25, 1).map(|r| r.frames_ms(2)), Some(80..=80));
        assert_eq!(FrameRate::parse("29.97").map(|r| r.frames_ms(2)), Some(66..=67));
        assert_eq!(FrameRate::new(24, 1).map(|r| r.frames_ms(2)), Some(83..=84));
        assert_eq!(film.frames_to_ms(24), 1001);
        // 5/6 s covers exactly 20 frames at 24 fps, and 20 at 23.976 (833.33 ms → 19.98 frames).
        assert_eq!(film.frames_covering(834), 20);
        assert_eq!(FrameRate::new(25, 1).map(|r| r.frames_covering(834)), Some(21));
        assert_eq!(film.whole_frames(83), 1);
        assert_eq!(film.whole_frames(84), 2);
        assert_eq!(film.snap_ms(1000), 1001);
    }

    #[test]
    fn durations_people_type() {
        assert_eq!(parse_duration("-2.5s"), Ok(TypedDuration::Millis(-2500)));
        assert_eq!(parse_duration("+1500ms"), Ok(TypedDuration::Millis(1500)));
        assert_eq!(parse_duration("-00:00:02,500"), Ok(TypedDuration::Millis(-2500)));
        assert_eq!(parse_duration("1:02.5"), Ok(TypedDuration::Millis(62_500)));
        assert_eq!(parse_duration("+12f"), Ok(TypedDuration::Frames(12)));
        assert_eq!(parse_duration("2s 500ms"), Ok(TypedDuration::Millis(2500)));
        assert_eq!(parse_duration("1m30s"), Ok(TypedDuration::Millis(90_000)));
        assert_eq!(parse_duration("0.0005s"), Ok(TypedDuration::Millis(1)));
        assert!(parse_duration("1.5").is_err());
        assert!(parse_duration("").is_err());
        assert!(parse_duration("-").is_err());
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("99999999999999999999s").is_err());
        assert_eq!(TypedDuration::Frames(24).resolve(Some(FrameRate::FILM)), Ok(1001));
        assert!(TypedDuration::Frames(24).resolve(None).is_err());
    }

    #[test]
    fn absurd_frame_counts_are_refused_not_wrapped() {
        // Found by the `durations` fuzzer: 9099999999999999999 frames at 23.976 wrapped to a
        // negative number of milliseconds.
        let typed = parse_duration("9099999999999999999f").expect("parses as frames");
        let err = typed.resolve(Some(FrameRate::FILM)).expect_err("out of range");
        assert_eq!(err.id, "error-time-frames-too-many", "{err:?}");
        assert_eq!(FrameRate::FILM.frames_to_ms(i64::MAX), i64::MAX);
        assert_eq!(FrameRate::FILM.frames_to_ms(i64::MIN), i64::MIN);
        let fast = FrameRate::new(4_000_000_000, 1).expect("rate");
        assert_eq!(fast.whole_frames(i64::MIN), i64::MIN);
        assert_eq!(fast.frames_covering(u64::MAX), u64::MAX);
        assert_eq!(fast.ms_to_nearest_frame(i64::MAX), i64::MAX);
        let slow = FrameRate::new(1, 4_000_000_000).expect("rate");
        assert_eq!(slow.frames_max_ms(u64::MAX), u64::MAX);
        // The largest valid shift still resolves.
        assert!(TypedDuration::Frames(862_776_000).resolve(Some(FrameRate::new(24, 1).expect("24"))).is_ok());
    }

    #[test]
    fn drop_frame_timecodes_at_29_97() {
        let ntsc = FrameRate::parse("29.97").expect("rate");
        let tc = |text: &str| Timecode::parse(text).expect(text);
        assert_eq!(tc("00:01:00;02").frame_number(ntsc), Ok(1800));
        assert_eq!(tc("00:00:59;29").frame_number(ntsc), Ok(1799));
        assert_eq!(tc("00:10:00;00").frame_number(ntsc), Ok(17_982));
        assert_eq!(tc("01:00:00;00").frame_number(ntsc), Ok(107_892));
        assert_eq!(tc("00:01:00;00").frame_number(ntsc).expect_err("skipped").id, "error-time-dropped-label");
        assert!(tc("00:00:01;02").frame_number(FrameRate::FILM).is_err());
        // Non-drop at 29.97 counts 30 labels a second.
        assert_eq!(tc("00:01:00:00").frame_number(ntsc), Ok(1800));
        for frame in [0, 1, 1799, 1800, 1801, 17_981, 17_982, 107_892, 123_456] {
            let back = Timecode::from_frame(frame, ntsc, true);
            assert_eq!(back.frame_number(ntsc), Ok(frame), "{back}");
        }
        assert_eq!(Timecode::from_frame(1800, ntsc, true).to_string(), "00:01:00;02");
        let fast = FrameRate::parse("59.94").expect("rate");
        assert_eq!(tc("00:01:00;04").frame_number(fast), Ok(3600));
        assert_eq!(Timecode::from_frame(3600, fast, true).to_string(), "00:01:00;04");
    }

    #[test]
    fn timecodes_are_typed_times_and_durations() {
        let film = FrameRate::FILM;
        let time = TypedTime::parse("01:00:02:12").expect("timecode");
        let start = Timecode::parse("01:00:00:00").ok();
        // 2 s and 12 frames at nominal 24 is frame 60: 2502.5 ms at 23.976.
        assert_eq!(time.resolve(Some(film), start).map(Timestamp::ms), Ok(2503));
        assert!(time.resolve(None, None).is_err());
        assert!(TypedTime::parse("00:00:02:12").expect("tc").resolve(Some(film), start).is_err());
        assert_eq!(TypedTime::parse("1:02.5"), Ok(TypedTime::At(Timestamp(62_500))));
        let shift = parse_duration("+00:00:02:12").expect("timecode");
        assert_eq!(shift.resolve(Some(FrameRate::new(25, 1).expect("25"))), Ok(2480));
        assert_eq!(parse_duration("-00:00:01:00").and_then(|d| d.resolve(Some(film))), Ok(-1001));
        assert!(parse_duration("00:00:01:30").and_then(|d| d.resolve(Some(film))).is_err());
        assert!(Timecode::parse("00:61:00:00").is_err());
        let clock = Clock::Smpte { fps: film, offset: start };
        assert_eq!(clock.show(Timestamp(2503)), "01:00:02:12");
        assert_eq!(Clock::Millis.show(Timestamp(2503)), "00:00:02,503");
    }

    #[test]
    fn timestamps_format_and_check_range() {
        let t = Timestamp::from_ms(3_723_004).expect("in range");
        assert_eq!(t.srt(), "01:02:03,004");
        assert_eq!(t.vtt(), "01:02:03.004");
        // Both sides of the two-digit-hour fast path.
        let hours = |h: u64| Timestamp::from_ms(h * 3_600_000 + 59 * 60_000 + 59_999).expect("in range");
        assert_eq!(hours(99).srt(), "99:59:59,999");
        assert_eq!(hours(100).srt(), "100:59:59,999");
        assert_eq!(Timestamp::from_ms(MAX_MS).map(Timestamp::srt), Some("9999:59:59,999".to_string()));
        assert_eq!(Timestamp::ZERO.vtt(), "00:00:00.000");
        assert_eq!(Timestamp::from_ms(MAX_MS + 1), None);
        assert_eq!(Timestamp::from_signed_ms(-1), None);
        assert_eq!(Timestamp::ZERO.checked_add(Offset(-1)), None);
        assert_eq!(Offset(-42).to_string(), "-0.042s");
        assert_eq!(parse_time("1:02.5").map(|t| t.ms()), Ok(62_500));
        assert!(parse_time("-1s").is_err());
    }
}
