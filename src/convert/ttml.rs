//! TTML output in the IMSC 1.1 Text Profile (W3C), the timed-text format Netflix and most
//! broadcasters take for delivery.
//!
//! The document declares the profile with `ttp:contentProfiles`, its language with `xml:lang`,
//! the frame rate with `ttp:frameRate` (and `ttp:frameRateMultiplier="1000 1001"` for the NTSC
//! rates such as 23.976 and 29.97), and gives every cue as a `<p>` with `begin`/`end` in media
//! time `HH:MM:SS.mmm`, which keeps the source's milliseconds exactly. Italics, bold and
//! underline become `<span>`s with `tts:fontStyle`, `tts:fontWeight` and `tts:textDecoration`;
//! line breaks become `<br/>`. A default style applies to every cue, and each cue names its
//! region: bottom centre by default, top or middle for cues placed there (`{\an8}`).
use super::markup::{Horizontal, Markup, Notes, Run, Target, Vertical, push_text, runs};
use crate::report::escape_xml;
use crate::time::{FrameRate, Timestamp, gcd};
use std::fmt::Write;

/// The IMSC 1.1 Text Profile designator.
pub const IMSC_1_1_TEXT: &str = "http://www.w3.org/ns/ttml/profile/imsc1.1/text";

/// One cue for the TTML writer.
#[derive(Debug, Clone)]
pub struct TtmlCue {
    /// Start time.
    pub start: Timestamp,
    /// End time.
    pub end: Timestamp,
    /// The text.
    pub markup: Markup,
}

/// Document-level settings.
#[derive(Debug, Clone)]
pub struct TtmlOptions {
    /// BCP 47 tag for `xml:lang` (`und` when unknown).
    pub lang: String,
    /// The frame rate written as `ttp:frameRate` (+ multiplier).
    pub fps: FrameRate,
}

/// `ttp:frameRate` and, when the rate is not a whole number, `ttp:frameRateMultiplier`
/// (`24000/1001` → `24` and `1000 1001`).
pub fn frame_rate_attributes(fps: FrameRate) -> (u64, Option<(u64, u64)>) {
    let (num, den) = (u64::from(fps.num()), u64::from(fps.den()));
    if den == 1 {
        return (num, None);
    }
    let base = num.div_ceil(den).max(1);
    // effective rate = base × m_num / m_den = num / den  ⇒  m_num / m_den = num / (base × den)
    let (m_num, m_den) = (num, base * den);
    let g = u64::try_from(gcd(u128::from(m_num), u128::from(m_den))).unwrap_or(1);
    (base, Some((m_num / g, m_den / g)))
}

/// `HH:MM:SS.mmm`, a TTML clock-time with a fraction (media time base).
pub fn clock_time(t: Timestamp) -> String {
    t.vtt()
}

/// Write the TTML document; what cue text had to change ([`push_text`]) is counted in `notes`.
pub fn write_ttml(cues: &[TtmlCue], options: &TtmlOptions, notes: &mut Notes) -> String {
    let (rate, multiplier) = frame_rate_attributes(options.fps);
    let mut out = String::with_capacity(cues.len() * 120 + 1500);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = write!(
        out,
        "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\" \
         xmlns:tts=\"http://www.w3.org/ns/ttml#styling\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\" \
         ttp:contentProfiles=\"{IMSC_1_1_TEXT}\" ttp:timeBase=\"media\" ttp:frameRate=\"{rate}\""
    );
    if let Some((m_num, m_den)) = multiplier {
        let _ = write!(out, " ttp:frameRateMultiplier=\"{m_num} {m_den}\"");
    }
    let _ = writeln!(out, " xml:lang=\"{}\">", escape_xml(&options.lang));
    out.push_str(concat!(
        "  <head>\n",
        "    <styling>\n",
        "      <style xml:id=\"s-default\" tts:fontFamily=\"proportionalSansSerif\" tts:fontSize=\"100%\" ",
        "tts:color=\"white\" tts:textAlign=\"center\"/>\n",
        "    </styling>\n",
        "    <layout>\n",
        "      <region xml:id=\"r-bottom\" tts:origin=\"10% 10%\" tts:extent=\"80% 80%\" tts:displayAlign=\"after\"/>\n",
        "      <region xml:id=\"r-middle\" tts:origin=\"10% 10%\" tts:extent=\"80% 80%\" tts:displayAlign=\"center\"/>\n",
        "      <region xml:id=\"r-top\" tts:origin=\"10% 10%\" tts:extent=\"80% 80%\" tts:displayAlign=\"before\"/>\n",
        "    </layout>\n",
        "  </head>\n",
        "  <body style=\"s-default\">\n",
        "    <div>\n",
    ));
    for (i, cue) in cues.iter().enumerate() {
        let _ = write!(
            out,
            "      <p xml:id=\"c{}\" begin=\"{}\" end=\"{}\"",
            i + 1,
            clock_time(cue.start),
            clock_time(cue.end)
        );
        // Each paragraph names its region: a region on <body> would, by TTML's region
        // association rules, keep cues placed elsewhere from ever showing.
        out.push_str(match cue.markup.placement.vertical {
            Vertical::Bottom => " region=\"r-bottom\"",
            Vertical::Middle => " region=\"r-middle\"",
            Vertical::Top => " region=\"r-top\"",
        });
        match cue.markup.placement.horizontal {
            Horizontal::Center => {}
            Horizontal::Left => out.push_str(" tts:textAlign=\"left\""),
            Horizontal::Right => out.push_str(" tts:textAlign=\"right\""),
        }
        out.push('>');
        for run in runs(&cue.markup) {
            match run {
                Run::Break => out.push_str("<br/>"),
                Run::Text { text: raw, italic, bold, underline } => {
                    let mut text = String::with_capacity(raw.len());
                    push_text(&mut text, &raw, Target::Ttml, notes);
                    if !(italic || bold || underline) {
                        out.push_str(&escape_xml(&text));
                        continue;
                    }
                    out.push_str("<span");
                    if italic {
                        out.push_str(" tts:fontStyle=\"italic\"");
                    }
                    if bold {
                        out.push_str(" tts:fontWeight=\"bold\"");
                    }
                    if underline {
                        out.push_str(" tts:textDecoration=\"underline\"");
                    }
                    out.push('>');
                    out.push_str(&escape_xml(&text));
                    out.push_str("</span>");
                }
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("    </div>\n  </body>\n</tt>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_rate_attributes_for_common_rates() {
        let rate = |text: &str| frame_rate_attributes(FrameRate::parse(text).expect("rate"));
        assert_eq!(rate("23.976"), (24, Some((1000, 1001))));
        assert_eq!(rate("29.97"), (30, Some((1000, 1001))));
        assert_eq!(rate("59.94"), (60, Some((1000, 1001))));
        assert_eq!(rate("25"), (25, None));
        assert_eq!(rate("24"), (24, None));
        // 12.5 fps: 13 × 25/26.
        assert_eq!(rate("12.5"), (13, Some((25, 26))));
    }
}
