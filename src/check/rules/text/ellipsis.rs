//! `ellipsis`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};
use crate::visible::{Piece, pieces};

declare_rule! {
    /// three dots `...` where the single character `…` (U+2026) is wanted
    ///
    /// **What it does.** Reports three periods in a row (`...`) in visible text. Runs of four or more periods are reported too, without a fix, because they may be an abbreviation followed by an ellipsis (`etc.…`) or a typing error.
    ///
    /// **Why.** Netflix asks for the single smart character U+2026: it takes one character of the 42 per line and of the reading speed instead of three, and it cannot be broken across lines.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide §I.3 ("use the single smart character (U+2026) as opposed to three periods"); the Spanish (Latin America & Spain) guide follows it; Subtitle Edit's `NetflixCheckEllipsesNotThreeDots`. RAE/Fundéu: the ellipsis is three points, no more.
    ///
    /// **Fix.** Replaces `...` with `…`.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Pensé que...
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Pensé que…
    /// ```
    pub(super) INFO {
        name: "ellipsis",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "write the ellipsis as the single character `…`",
    }
}

/// `ellipsis`: three dots where the profile wants the single character `…` (U+2026).
pub(super) fn ellipsis(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if !line.contains("...") {
                continue;
            }
            let base = text_line.span.start;
            for piece in pieces(line) {
                let Piece::Text(range) = piece else { continue };
                let text = line.get(range.clone()).unwrap_or("");
                let mut from = 0;
                while let Some(found) = text.get(from..).and_then(|t| t.find("...")) {
                    let start = from + found;
                    let run = text[start..].bytes().take_while(|&b| b == b'.').count();
                    let span = base + range.start + start..base + range.start + start + run;
                    let diagnostic = if run == 3 {
                        let mut d = ctx.finding(info, span.clone(), cue, crate::msg!("ellipsis-three"));
                        let edits = vec![super::edit(doc, span, "…")];
                        crate::check::fix::Proposal { description: crate::msg!("fix-ellipsis"), edits }.attach(&mut d);
                        d
                    } else {
                        ctx.finding(info, span, cue, crate::msg!("ellipsis-run", dots = run))
                    };
                    out.push(diagnostic);
                    from = start + run;
                }
            }
        }
    }
}
