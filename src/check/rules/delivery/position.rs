//! `position`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};
use crate::placement::{self, Placement};
use crate::srt::SourceFormat;

declare_rule! {
    /// a cue placed other than centred at the bottom or at the top (`{\an5}`, WebVTT `position:10%`)
    ///
    /// **What it does.** Reads where every cue is shown — from an ASS alignment block in SRT (`{\an8}` top centre, `{\an2}` bottom centre, no block: bottom) or from the WebVTT cue settings (`line:`, `position:`, `align:`) — and reports the cues placed anywhere else: `{\an1}`–`{\an9}` other than 2 and 8, a line in the middle of the screen, an off-centre position or alignment. `{\an8}` and `{\an2}` are not findings. The placement is one notion for every format ([`placement`](https://docs.rs/dejamos/latest/dejamos/placement/)), so a TTML region maps to the same top and bottom.
    ///
    /// **Why.** Netflix wants every subtitle centred and at the bottom or the top of the screen, and moved to the top when it would cover burned-in text: this film's location cards and lower thirds. Raising a subtitle with `{\an8}` is therefore required, not an error; any other position is not part of the delivery format and is lost or misplaced in conversion to TTML.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements, "Positioning": all subtitles centre justified and placed at either the top or the bottom of the screen; positioned to avoid overlap with on-screen text.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// {\an5}Ciudad Juárez, 2014
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// {\an8}Ciudad Juárez, 2014
    /// ```
    pub(super) INFO {
        name: "position",
        command: Check,
        category: Layout,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "place the cue centred at the bottom (no block, or `{\\an2}`) or at the top (`{\\an8}`)",
    }
}

/// `position`: cues placed elsewhere than centred at the top or bottom.
pub(super) fn position(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        if placement::of_cue(doc, cue) != Placement::Other {
            continue;
        }
        let found = match doc.format {
            // A TTML region is read as the `{\anN}` block SRT would carry; the finding is moved into the XML.
            SourceFormat::Srt | SourceFormat::Ttml => cue.lines.iter().find_map(|line| {
                let (_, n, range) = Placement::from_overrides(doc.slice(&line.span))?;
                let span = line.span.start + range.start..line.span.start + range.end;
                let message = crate::msg!("position-an", n = n, place = an_place(n));
                Some((span, message))
            }),
            SourceFormat::Vtt => cue.timing.settings.clone().map(|span| {
                let message =
                    crate::msg!("position-vtt-settings", settings = crate::wording::shorten(doc.slice(&span), 40));
                (span, message)
            }),
        };
        let (span, message) = found.unwrap_or_else(|| (cue.timing.span.clone(), crate::msg!("position-other")));
        out.push(ctx.finding(info, span, cue, message));
    }
}

/// Where `\anN` puts a cue, for messages.
fn an_place(n: u8) -> crate::ui::Message {
    match n {
        1 => crate::msg!("position-bottom-left"),
        3 => crate::msg!("position-bottom-right"),
        4 => crate::msg!("position-middle-left"),
        5 => crate::msg!("position-middle"),
        6 => crate::msg!("position-middle-right"),
        7 => crate::msg!("position-top-left"),
        9 => crate::msg!("position-top-right"),
        _ => crate::msg!("position-outside"),
    }
}
