//! Layout rules: how many lines, how long each is, how fast they must be read, and whether two
//! lines would fit on one.
//!
//! All counts come from the engine's [`PlainCue`](crate::check::rule::PlainCue): grapheme
//! clusters of the visible text, tags removed, line breaks not counted.
use super::structure::timing_span;
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::fix::attach;
use crate::check::rule::{Context, Findings, Rule};
use crate::msg;
use crate::srt::SourceFormat;
use crate::ui::Arg;
use crate::visible::raw_offset_of_grapheme;

pub(crate) mod breaks;
mod line_break;
pub use line_break::{LINE_BALANCE, LINE_BREAK};

/// The layout rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    vec![
        Rule::new(&MAX_LINES, max_lines),
        Rule::new(&MAX_LINE_LENGTH, max_line_length),
        Rule::new(&MAX_CPS, max_cps),
        Rule::new(&FITS_ONE_LINE, fits_one_line),
        Rule::new(&LINE_BREAK, line_break::line_break),
        Rule::new(&LINE_BALANCE, line_break::line_balance),
    ]
}

declare_rule! {
    /// a cue has more than 2 lines
    ///
    /// **What it does.** Reports cues with more than 2 text lines, on the cue's timing line.
    ///
    /// **Why.** A third line covers the picture and cannot be read in the time a subtitle is shown.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements: "2 lines maximum". Option: `[thresholds] max-lines`.
    ///
    /// **Example.**
    /// ```srt
    /// 9
    /// 00:03:00,000 --> 00:03:04,000
    /// Cuando era niña
    /// mi papá se iba
    /// toda la semana.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 9
    /// 00:03:00,000 --> 00:03:04,000
    /// Cuando era niña,
    /// mi papá se iba toda la semana.
    /// ```
    ///
    /// **Fix.** When the text fits in two lines, `--fix` re-breaks the cue as `max-line-length` does.
    pub MAX_LINES {
        name: "max-lines",
        command: Check,
        category: Layout,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Cue,
        help: "reflow or shorten the text to two lines, or split the cue",
    }
}

fn max_lines(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let limit = ctx.thresholds.max_lines;
    for cue in &ctx.doc.cues {
        if cue.lines.len() > limit {
            let message = msg!("max-lines", cue = cue.position, lines = cue.lines.len(), limit = limit);
            let mut diagnostic = ctx.finding(info, cue.timing.span.clone(), cue, message);
            attach(&mut diagnostic, breaks::reflow_fix(ctx, cue).ok().flatten());
            out.push(diagnostic);
        }
    }
}

declare_rule! {
    /// a line is longer than 42 characters
    ///
    /// **What it does.** Reports text lines longer than 42 characters and underlines the characters past the limit. Characters are what the viewer sees: grapheme clusters, so `…` and a decomposed `é` count once; spaces and punctuation count; tags such as `<i>` and `{\an8}` do not.
    ///
    /// **Why.** Longer lines do not fit the safe area at a readable size and force the eye to travel too far.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements and the English (USA) and Spanish guides: 42 characters per line; Netflix FAQ: "spaces and punctuation are counted". Option: `[thresholds] max-line-length`.
    ///
    /// **Example.**
    /// ```srt
    /// 2
    /// 00:00:04,000 --> 00:00:07,000
    /// Julián viaja cada semana entre Durango y El Paso.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 2
    /// 00:00:04,000 --> 00:00:07,000
    /// Julián viaja cada semana
    /// entre Durango y El Paso.
    /// ```
    ///
    /// **Fix.** `--fix` re-breaks the cue, in Spanish and English files, choosing among all the layouts that keep every line within the limit the best by this score: one line when the text fits on one; otherwise the break after punctuation, then before a conjunction or preposition, then any other (a break whose shorter line is under a third of the longer counts one kind lower), never one that `line-break` forbids; then a bottom-heavy shape; then the most even lines. Only spaces become line breaks and back: words are never changed, added or removed, and `<i>`, `<b>`, `<u>` are closed and reopened so every line is balanced. Dialogue, cues with other markup, and text that no layout fits within the limits are reported and left alone. The same reflow is the fix of `fits-one-line`, `max-lines` (when the text fits in two lines) and `line-break`, one per cue; in other languages only joining two lines that fit on one is offered. `dejamos check --fix --select line-break,max-line-length,fits-one-line` re-wraps a whole file.
    pub MAX_LINE_LENGTH {
        name: "max-line-length",
        command: Check,
        category: Layout,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Cue,
        help: "break the line elsewhere, shorten the text, or split the cue",
    }
}

fn max_line_length(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let limit = ctx.thresholds.max_line_length;
    for (cue, plain) in ctx.doc.cues.iter().zip(ctx.plain) {
        for (line, &length) in cue.lines.iter().zip(&plain.line_lengths) {
            if length <= limit {
                continue;
            }
            let raw = ctx.doc.slice(&line.span);
            // WebVTT entities and timestamps make raw offsets unreliable: underline the whole line.
            let from = match ctx.doc.format {
                SourceFormat::Srt | SourceFormat::Ttml => raw_offset_of_grapheme(raw, limit),
                SourceFormat::Vtt => 0,
            };
            let message = msg!("max-line-length", length = length, limit = limit);
            let mut diagnostic = ctx.finding(info, line.span.start + from..line.span.end, cue, message);
            attach(&mut diagnostic, breaks::reflow_fix(ctx, cue).ok().flatten());
            out.push(diagnostic);
        }
    }
}

declare_rule! {
    /// reading speed above 20 cps (English) or 17 cps (Spanish); 17 and 13 for children
    ///
    /// **What it does.** Reports cues whose reading speed, the number of characters divided by the duration in seconds, is above the limit for the file's language and audience: English 20 characters per second for adult programmes and 17 for children's (`--audience children`); Spanish and other languages 17 and 13. Characters are counted as in `max-line-length`, and the line break between two lines does not count.
    ///
    /// **Why.** Above these speeds viewers cannot finish reading before the subtitle goes, and they stop watching the picture.
    ///
    /// **Source.** Netflix English (USA) Timed Text Style Guide: adult up to 20, children up to 17 characters per second; Netflix Spanish (Latin America & Spain) guide: 17 and 13; Netflix FAQ on reading speed (spaces and punctuation count). Option: `[thresholds] max-cps`.
    ///
    /// **Example.**
    /// ```srt
    /// 15
    /// 00:06:00,000 --> 00:06:02,000
    /// Nunca pensé que iba a terminar
    /// la casa antes de jubilarme.
    /// ```
    /// (57 characters in 2 s: 28.5 cps.)
    ///
    /// **Use instead.** Give the cue more time, or condense the text:
    /// ```srt
    /// 15
    /// 00:06:00,000 --> 00:06:03,500
    /// Nunca pensé terminar la casa
    /// antes de jubilarme.
    /// ```
    ///
    /// **Fix.** Extends the cue's end into free time, as `min-duration` does: toward the time the text needs, never closer than the minimum gap to the next cue or 2 frames to the next shot change, never past the maximum duration. The fix says how far it got and what reading speed remains; with no room the finding says what is in the way. The text is never touched.
    pub MAX_CPS {
        name: "max-cps",
        command: Check,
        category: Layout,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Near(1),
        help: "shorten the text, or lengthen the cue into free time",
    }
}

fn max_cps(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let limit = ctx.thresholds.max_cps;
    let order = super::structure::by_start(&ctx.doc.cues);
    // Where each cue is in time order, for the extension into free time.
    let mut rank = vec![0; order.len()];
    for (k, &i) in order.iter().enumerate() {
        rank[i] = k;
    }
    for (index, (cue, plain)) in ctx.doc.cues.iter().zip(ctx.plain).enumerate() {
        let duration = cue.duration_ms();
        if duration <= 0 || plain.chars == 0 {
            continue;
        }
        let cps = plain.chars as f64 * 1000.0 / duration as f64;
        // Compare at the precision we print, so the message never says "17.0 > 17".
        if (cps * 10.0).round() / 10.0 > limit {
            let needed = (plain.chars as f64 * 1000.0 / limit).ceil() as i64;
            let speed = msg!(
                "max-cps",
                cps = Arg::Fixed(cps, 1),
                chars = plain.chars,
                duration = duration,
                limit = limit,
                needed = needed
            );
            let mut diagnostic = ctx.finding(info, timing_span(cue), cue, speed.clone());
            let fps = ctx.fps;
            let frames = fps.frames_covering(needed.unsigned_abs());
            if let Some(want) = super::timing::frames_after(fps, cue.start, frames) {
                match super::timing::extend_end(ctx, &order, rank[index], want) {
                    Ok(extension) => {
                        let description = if extension.reached {
                            msg!("fix-extend-for-cps", end = ctx.time(extension.end), limit = limit)
                        } else {
                            let ms = extension.end.signed() - cue.start.signed();
                            let left = plain.chars as f64 * 1000.0 / ms as f64;
                            msg!(
                                "fix-extend-as-far-as",
                                end = ctx.time(extension.end),
                                stop = extension.stop,
                                cps = Arg::Fixed(left, 1)
                            )
                        };
                        let edits = vec![crate::check::fix::edit(
                            ctx.doc,
                            cue.timing.end_span.clone(),
                            crate::check::fix::time_text(ctx.doc, extension.end),
                        )];
                        crate::check::fix::Proposal { description, edits }.attach(&mut diagnostic);
                    }
                    Err(stop) => {
                        let message = msg!("max-cps-no-room", speed = speed, stop = stop);
                        crate::ui::set_message(&mut diagnostic, message);
                    }
                }
            }
            out.push(diagnostic);
        }
    }
}

declare_rule! {
    /// two lines whose text would fit on one
    ///
    /// **What it does.** Reports a two-line cue whose lines, joined with a space, fit within the maximum line length. Dialogue (a line starting with a dash: two speakers) is left alone, since each speaker needs a line.
    ///
    /// **Why.** Text should usually be kept to one line; a needless break covers more of the picture and makes the eye jump.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements: "Text should usually be kept to one line, unless it exceeds the character limitation"; Subtitle Edit's Netflix check "Text can fit on one line".
    ///
    /// **Example.**
    /// ```srt
    /// 3
    /// 00:00:08,000 --> 00:00:10,000
    /// Ya casi
    /// llegamos.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 3
    /// 00:00:08,000 --> 00:00:10,000
    /// Ya casi llegamos.
    /// ```
    ///
    /// **Fix.** `--fix` joins the lines (the reflow of `max-line-length`).
    pub FITS_ONE_LINE {
        name: "fits-one-line",
        command: Check,
        category: Layout,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Cue,
        help: "join the two lines into one",
    }
}

fn fits_one_line(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let limit = ctx.thresholds.max_line_length;
    for (cue, plain) in ctx.doc.cues.iter().zip(ctx.plain) {
        let [first, second] = plain.lines.as_slice() else { continue };
        let (first, second) = (first.trim(), second.trim());
        if first.is_empty() || second.is_empty() || is_dialogue(first) || is_dialogue(second) {
            continue;
        }
        let joined = crate::visible::grapheme_count(first) + 1 + crate::visible::grapheme_count(second);
        if joined <= limit {
            let (Some(a), Some(b)) = (cue.lines.first(), cue.lines.last()) else { continue };
            let message = msg!("fits-one-line", joined = joined, limit = limit);
            let mut diagnostic = ctx.finding(info, a.span.start..b.span.end, cue, message);
            attach(&mut diagnostic, breaks::reflow_fix(ctx, cue).ok().flatten());
            out.push(diagnostic);
        }
    }
}

/// A line that starts with a speaker dash.
fn is_dialogue(line: &str) -> bool {
    line.starts_with(['-', '‐', '–', '—'])
}

#[cfg(test)]
mod tests {
    use crate::check::rule::Lang;
    use crate::check::testing::{check_lang, findings};

    #[test]
    fn three_lines_are_reported_on_the_timing_line() {
        let text = "1\n00:00:01,000 --> 00:00:04,000\nUno\nDos\nTres\n";
        assert_eq!(findings(text, "max-lines"), vec![(2, 1)]);
        assert!(findings("1\n00:00:01,000 --> 00:00:04,000\nUno\nDos\n", "max-lines").is_empty());
    }

    #[test]
    fn line_length_counts_graphemes_without_tags() {
        // 42 visible characters inside italics: allowed.
        let ok = format!("1\n00:00:01,000 --> 00:00:04,000\n<i>{}</i>\n", "é".repeat(41) + "…");
        assert!(findings(&ok, "max-line-length").is_empty());
        // 42 characters where each é is decomposed (e + U+0301): still 42.
        let decomposed = format!("1\n00:00:01,000 --> 00:00:04,000\n{}\n", "e\u{301}".repeat(42));
        assert!(findings(&decomposed, "max-line-length").is_empty());
        // 43: the 43rd character (column 46 after `<i>`) is underlined.
        let long = format!("1\n00:00:01,000 --> 00:00:04,000\n<i>{}</i>\n", "a".repeat(43));
        assert_eq!(findings(&long, "max-line-length"), vec![(3, 46)]);
    }

    #[test]
    fn reading_speed_per_language_and_audience() {
        // 36 characters in 2 s = 18 cps: over Spanish's 17, under English's 20.
        let text = "1\n00:00:01,000 --> 00:00:03,000\nCruzamos la frontera cada domingo...\n";
        assert_eq!(check_lang(text, &["max-cps"], Lang::Spanish).len(), 1);
        assert!(check_lang(text, &["max-cps"], Lang::English).is_empty());
        assert_eq!(findings(text, "max-cps").len(), 1);
    }

    #[test]
    fn two_short_lines_fit_on_one_but_dialogue_does_not() {
        let text = "1\n00:00:01,000 --> 00:00:03,000\nYa casi\nllegamos.\n";
        assert_eq!(findings(text, "fits-one-line"), vec![(3, 1)]);
        let dialogue = "1\n00:00:01,000 --> 00:00:03,000\n- ¿Vienes?\n- Ahora voy.\n";
        assert!(findings(dialogue, "fits-one-line").is_empty());
        let long = format!("1\n00:00:01,000 --> 00:00:03,000\n{}\n{}\n", "a".repeat(21), "b".repeat(21));
        assert!(findings(&long, "fits-one-line").is_empty());
    }
}
