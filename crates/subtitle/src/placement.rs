//! Where a cue is shown: **the** top/bottom notion every format maps to.
//!
//! Netflix wants every subtitle centred, at the bottom of the screen, or at the top when it
//! would cover burned-in text (location cards, lower thirds). Each format says so its own way:
//! SRT with an ASS override block (`{\an8}` top centre, `{\an2}` bottom centre), WebVTT with cue
//! settings (`line:`, `position:`, `align:`), TTML with regions. [`of_cue`] reads a cue's
//! placement from whichever its document's format uses, and nothing else does.
//!
//! A reader for another format adds one arm to [`of_cue`]; for TTML, a region maps through
//! [`Placement::from_region`] (its `tts:origin`/`tts:extent` vertical percentages and
//! `tts:displayAlign`, and the paragraph's `tts:textAlign`).
use crate::document::{Cue, Document, SourceFormat};
use crate::visible::{Piece, pieces};

/// Where a cue is shown, in the terms of the Netflix guides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placement {
    /// Centred at the top of the screen (`{\an8}`, WebVTT `line:0`).
    Top,
    /// Centred at the bottom of the screen: the default when nothing is said.
    Bottom,
    /// Anywhere else: left or right aligned, the middle of the screen, an absolute position.
    Other,
}

impl Placement {
    /// The placement of an ASS alignment `\anN` (numeric keypad: 7 8 9 top, 1 2 3 bottom):
    /// only the centred 8 and 2 are [`Placement::Top`] and [`Placement::Bottom`].
    pub fn from_an(n: u8) -> Placement {
        match n {
            8 => Placement::Top,
            2 => Placement::Bottom,
            _ => Placement::Other,
        }
    }

    /// The placement a cue's ASS override blocks give (the first `\anN` of the cue), or `None`
    /// when no block sets one. Also returns the byte range, in `line`, of the block that sets it.
    pub fn from_overrides(line: &str) -> Option<(Placement, u8, std::ops::Range<usize>)> {
        for piece in pieces(line) {
            let Piece::Override(range) = piece else { continue };
            let block = line.get(range.clone()).unwrap_or("");
            let inner = block.trim_start_matches('{').trim_end_matches('}');
            for code in inner.split('\\') {
                let code = code.trim();
                if let Some(digits) = code.strip_prefix("an")
                    && let Ok(n) = digits.parse::<u8>()
                {
                    return Some((Placement::from_an(n), n, range));
                }
            }
        }
        None
    }

    /// The placement WebVTT cue settings (`line:0 position:50% align:center`) give. `line` as a
    /// percentage is top at 20% or less and bottom at 80% or more; as a line number it counts
    /// from the top when positive (0–3 is the top) and from the bottom when negative. A
    /// `position` other than 50% or an `align` other than `center`/`middle` is off-centre.
    pub fn from_vtt_settings(settings: &str) -> Placement {
        let mut placement = Placement::Bottom;
        for setting in settings.split_whitespace() {
            let Some((key, value)) = setting.split_once(':') else { continue };
            // `line:10%,start`: the part before the comma is the position.
            let value = value.split(',').next().unwrap_or("");
            match key {
                "line" => {
                    placement = if let Some(percent) = value.strip_suffix('%') {
                        match percent.parse::<f64>() {
                            Ok(p) if p <= 20.0 => Placement::Top,
                            Ok(p) if p >= 80.0 => Placement::Bottom,
                            _ => Placement::Other,
                        }
                    } else {
                        match value.parse::<i64>() {
                            Ok(n) if n < 0 => Placement::Bottom,
                            Ok(n) if n <= 3 => Placement::Top,
                            _ => Placement::Other,
                        }
                    };
                }
                "position" => {
                    let centred = value.strip_suffix('%').and_then(|p| p.parse::<f64>().ok()) == Some(50.0);
                    if !centred {
                        return Placement::Other;
                    }
                }
                "align" if !matches!(value, "center" | "middle") => return Placement::Other,
                "vertical" => return Placement::Other,
                _ => {}
            }
        }
        placement
    }

    /// The placement of a TTML region: `origin_y` and `extent_y` are its vertical origin and
    /// extent in percent of the root container (`None` when not given), `display_align` its
    /// `tts:displayAlign` (`before`, `center`, `after`), `text_align` the paragraph's
    /// `tts:textAlign`. Text held at the top fifth is the top, at the bottom fifth the bottom;
    /// text not centred is elsewhere.
    pub fn from_region(
        origin_y: Option<f64>,
        extent_y: Option<f64>,
        display_align: Option<&str>,
        text_align: Option<&str>,
    ) -> Placement {
        if text_align.is_some_and(|a| !matches!(a, "center" | "middle")) {
            return Placement::Other;
        }
        let top = origin_y.unwrap_or(0.0);
        let bottom = top + extent_y.unwrap_or(100.0 - top);
        let (text_top, text_bottom) = match display_align.unwrap_or("before") {
            "after" => (bottom, bottom),
            "center" => ((top + bottom) / 2.0, (top + bottom) / 2.0),
            _ => (top, top),
        };
        if text_bottom >= 80.0 {
            Placement::Bottom
        } else if text_top <= 20.0 {
            Placement::Top
        } else {
            Placement::Other
        }
    }

    /// `top`, `bottom`, `elsewhere`.
    pub fn describe(self) -> &'static str {
        match self {
            Placement::Top => "top",
            Placement::Bottom => "bottom",
            Placement::Other => "elsewhere",
        }
    }
}

/// Where `cue` of `doc` is shown: from its override blocks (SRT, and TTML, whose reader writes a
/// region's placement as the `{\anN}` block SRT would carry) or cue settings (WebVTT);
/// [`Placement::Bottom`] when the file says nothing.
pub fn of_cue(doc: &Document, cue: &Cue) -> Placement {
    match doc.format {
        SourceFormat::Srt | SourceFormat::Ttml => cue
            .lines
            .iter()
            .find_map(|line| Placement::from_overrides(doc.slice(&line.span)))
            .map_or(Placement::Bottom, |(placement, _, _)| placement),
        SourceFormat::Vtt => {
            cue.timing.settings.as_ref().map_or(Placement::Bottom, |s| Placement::from_vtt_settings(doc.slice(s)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_maps_to_top_and_bottom() {
        assert_eq!(Placement::from_overrides("{\\an8}Ciudad Juárez").map(|p| p.0), Some(Placement::Top));
        assert_eq!(Placement::from_overrides("{\\i1\\an2}Hola").map(|p| p.0), Some(Placement::Bottom));
        assert_eq!(Placement::from_overrides("{\\an5}Hola").map(|p| (p.0, p.1)), Some((Placement::Other, 5)));
        assert_eq!(Placement::from_overrides("<i>Hola</i>"), None);
        assert_eq!(Placement::from_vtt_settings("line:0"), Placement::Top);
        assert_eq!(Placement::from_vtt_settings("line:10%,start align:center"), Placement::Top);
        assert_eq!(Placement::from_vtt_settings("line:-1"), Placement::Bottom);
        assert_eq!(Placement::from_vtt_settings("line:50%"), Placement::Other);
        assert_eq!(Placement::from_vtt_settings("position:10% align:start"), Placement::Other);
        assert_eq!(Placement::from_vtt_settings("align:middle"), Placement::Bottom);
        assert_eq!(Placement::from_region(Some(10.0), Some(80.0), Some("after"), None), Placement::Bottom);
        assert_eq!(Placement::from_region(Some(10.0), Some(80.0), Some("before"), Some("center")), Placement::Top);
        assert_eq!(Placement::from_region(Some(40.0), Some(20.0), Some("center"), None), Placement::Other);
        assert_eq!(Placement::from_region(None, None, Some("after"), Some("left")), Placement::Other);
    }
}
