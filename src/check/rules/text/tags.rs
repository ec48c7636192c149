//! `unbalanced-tag` and `disallowed-tag`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};
use crate::visible::{Piece, pieces};
use std::ops::Range;

/// How far back an opening tag is looked for.
const SEARCH_DEPTH: usize = 32;

declare_rule! {
    /// a tag opened and not closed in the same cue, closed without being opened, or crossing another
    ///
    /// **What it does.** Reports, per cue, an opening tag such as `<i>` whose `</i>` never comes, a closing tag with no open tag to close, and tags that cross (`<i><b>…</i></b>`). A tag may span the cue's lines; it may not continue into the next cue. SRT only: WebVTT markup (voices, classes, ruby) is read by the WebVTT reader, and this rule does not run on `.vtt` files.
    ///
    /// **Why.** Players disagree about unbalanced markup: some run the italics to the end of the file, some show the raw `<i>`, and converters to TTML (Netflix's delivery format) reject it. Italics in SRT are safest balanced within each cue.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (delivery is TTML, where every span must be closed); Subtitle Edit's Netflix check `NetflixCheckItalics` repairs invalid italic tags.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <i>Ya es tarde.
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Ya es tarde.</i>
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <i>Ya es tarde.</i>
    /// ```
    pub(super) UNBALANCED {
        name: "unbalanced-tag",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SRT,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "close each tag in the cue where it opens, in reverse order of opening",
    }
}

/// `unbalanced-tag`: an opening tag without its closing tag in the same cue, a closing tag with
/// nothing to close, or tags that cross.
pub(super) fn unbalanced_tag(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    let mut open: Vec<(&str, Range<usize>)> = Vec::new();
    for cue in &doc.cues {
        open.clear();
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if !line.contains('<') {
                continue;
            }
            let base = text_line.span.start;
            for piece in pieces(line) {
                let Piece::Tag { range, name, closing, self_closing } = piece else { continue };
                if self_closing || name.eq_ignore_ascii_case("br") {
                    continue;
                }
                let span = base + range.start..base + range.end;
                if !closing {
                    open.push((name, span));
                    continue;
                }
                // Real cues nest a few tags; looking further back would only make hostile
                // input quadratic.
                let from = open.len().saturating_sub(SEARCH_DEPTH);
                let found = open.get(from..).and_then(|o| o.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)));
                match found.map(|at| from + at) {
                    Some(at) if at + 1 == open.len() => {
                        open.pop();
                    }
                    Some(at) => {
                        let inner = open.last().map_or("", |(n, _)| *n);
                        let message = crate::msg!("tag-crossing", name = name, inner = inner);
                        out.push(ctx.finding(info, span, cue, message));
                        open.remove(at);
                    }
                    None => {
                        let message = crate::msg!("tag-not-open", name = name);
                        out.push(ctx.finding(info, span, cue, message));
                    }
                }
            }
        }
        for (name, span) in open.drain(..) {
            let message = crate::msg!("tag-not-closed", name = name);
            out.push(ctx.finding(info, span, cue, message));
        }
    }
}

declare_rule! {
    /// markup other than the allowed tags (only `<i>` by default), including ASS override blocks such as `{\i1}`
    ///
    /// **What it does.** Reports every tag whose name is not in the profile's `allowed-tags` list (default: `i`), such as `<b>`, `<u>`, `<font color="…">`, and every ASS override block such as `{\i1}` or `{\c&H00FFFF&}`. An override block is accepted when its content without the backslash is listed in `allowed-tags`; a block that only positions the cue (`{\an8}`) is left to `position`. SRT only: WebVTT markup (voices, classes, ruby, timestamp tags) is read by the WebVTT reader, and this rule does not run on `.vtt` files.
    ///
    /// **Why.** Netflix subtitles are white text in a standard font; only italics carry meaning (off-screen voices, songs, foreign words), and position is set by the delivery format, not by inline codes. Other markup is dropped, shown literally, or rejected depending on the player and converter.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (positioning and font rules) and the English (USA) and Spanish (Latin America & Spain) guides (italics); Amazon Prime Video SRT requirements (avoid formatting other than italics). Option: `[thresholds] allowed-tags`.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <font color="yellow">¿Dónde estabas?</font>
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// {\i1}Ciudad Juárez, 2014{\i0}
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// ¿Dónde estabas?
    /// ```
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// <i>Ciudad Juárez, 2014</i>
    /// ```
    pub(super) DISALLOWED {
        name: "disallowed-tag",
        command: Check,
        category: Text,
        langs: ALL,
        formats: SRT,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "remove the tag, or allow it in the configuration if the delivery accepts it",
    }
}

/// `disallowed-tag`: markup other than the tags the profile allows (`<i>` by default), including
/// ASS override blocks such as `{\an8}`.
pub(super) fn disallowed_tag(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    let allowed = &ctx.thresholds.allowed_tags;
    let allowed_list = allowed_list(allowed);
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            if !line.contains(['<', '{']) {
                continue;
            }
            let base = text_line.span.start;
            for piece in pieces(line) {
                let (range, message) = match piece {
                    // WebVTT timestamp tags time karaoke text; they are not formatting.
                    Piece::Tag { name: "", .. } => continue,
                    Piece::Tag { range, name, .. } => {
                        if allowed.iter().any(|a| a.eq_ignore_ascii_case(name)) {
                            continue;
                        }
                        let shown = super::quote(line.get(range.clone()).unwrap_or(""), 40);
                        (range, crate::msg!("tag-not-allowed", tag = shown, allowed = allowed_list.clone()))
                    }
                    Piece::Override(range) => {
                        let text = line.get(range.clone()).unwrap_or("");
                        let inner = text.trim_start_matches('{').trim_end_matches('}').trim_start_matches('\\');
                        // A lone `\anN` is positioning, which `position` judges.
                        let positioning = inner.strip_prefix("an").is_some_and(|n| n.parse::<u8>().is_ok());
                        if positioning || allowed.iter().any(|a| a.eq_ignore_ascii_case(inner)) {
                            continue;
                        }
                        let shown = super::quote(text, 40);
                        (range, crate::msg!("override-not-allowed", block = shown, allowed = allowed_list.clone()))
                    }
                    Piece::Text(_) => continue,
                };
                out.push(ctx.finding(info, base + range.start..base + range.end, cue, message));
            }
        }
    }
}

/// "only `<i>` is allowed", "no tags are allowed", "allowed: `<i>`, `<b>`".
fn allowed_list(allowed: &[String]) -> crate::ui::Message {
    match allowed {
        [] => crate::msg!("tags-allowed-none"),
        [one] => crate::msg!("tags-allowed-one", tag = format!("<{one}>")),
        many => {
            let names: Vec<String> = many.iter().map(|n| format!("`<{n}>`")).collect();
            crate::msg!("tags-allowed-many", tags = names.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::check_with;

    #[test]
    fn a_finding_per_tag_on_a_very_long_line() {
        // 200 000 open tags and 100 000 `<font …>` on one line: every finding's column used to
        // be counted from the line start.
        let line = format!("{}{}", "<i>".repeat(200_000), "<font color=\"red\">".repeat(100_000));
        let text = format!("1\n00:00:01,000 --> 00:00:02,000\n{line}\n");
        // The engine lists the first 20 of each rule and one note for the rest.
        let found = check_with(&text, &["unbalanced-tag", "disallowed-tag"]);
        let count = |rule: &str| found.iter().filter(|d| d.rule == rule).count();
        assert_eq!((count("unbalanced-tag"), count("disallowed-tag")), (21, 21));
        let first = &found[0];
        assert_eq!((first.rule, first.line, first.column, first.end_column), ("unbalanced-tag", 3, 1, 4));
        let note = |rule: &str| found.iter().rfind(|d| d.rule == rule).map(|d| (d.column, d.message.clone()));
        let (column, message) = note("unbalanced-tag").expect("note");
        assert_eq!(column, 61);
        assert!(message.contains("and 299980 more"), "{message}");
        let (column, message) = note("disallowed-tag").expect("note");
        assert_eq!(column, 600_000 + 20 * 18 + 1);
        assert!(message.contains("and 99980 more"), "{message}");
    }
}
