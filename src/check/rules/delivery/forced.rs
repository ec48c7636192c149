//! Forced narratives: `forced-subset` and `forced-no-sdh`, and the full file a forced narrative
//! is compared with.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};
use crate::srt::Subtitle;
use crate::visible::PlainCue;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

declare_rule! {
    /// a forced-narrative event that is not in the full subtitle file with the same times and text
    ///
    /// **What it does.** Compares a forced-narrative file with the full subtitle file of the same language (`check --full FILE`, else the file of the same name without `.forced`, such as `film.en.srt` for `film.en.forced.srt`) and reports every event that the full file does not have with the same start, end and visible text: missing altogether, with other times (the full file's times are given), or with other text. Nothing is reported when no full file is found.
    ///
    /// **Why.** Netflix shows forced narratives only while subtitles are off; a viewer who turns subtitles on loses them, so every forced event must also be in the full file, identical, or the location cards and foreign dialogue vanish or change when subtitles are switched on.
    ///
    /// **Source.** Netflix, "Forced Narrative (FN) Subtitles" (version 1.1, 2017): forced narratives must be included in both the full subtitle file and the SDH/CC file; Netflix English (USA) and Spanish (Latin America) Timed Text Style Guides, "Forced Narratives".
    ///
    /// **Example.** `film.en.forced.srt` has `CIUDAD JUÁREZ, 2014` at 00:00:12,000 and `film.en.srt` does not.
    ///
    /// **Use instead.** Add the event to `film.en.srt` with the same times and text.
    pub(super) SUBSET {
        name: "forced-subset",
        command: Check,
        category: Forced,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "add the event to the full subtitle file with the same times and text, or make it match the full file's event",
    }
}

declare_rule! {
    /// an SDH label (`[música]`, `[JULIÁN]`) in a forced-narrative file
    ///
    /// **What it does.** In forced-narrative files, reports every bracketed label: sound effects and speaker IDs belong to the SDH file.
    ///
    /// **Why.** Forced narratives play for viewers who have subtitles off because they hear the audio; a sound description is noise to them, and it would be shown twice to SDH viewers.
    ///
    /// **Source.** Netflix, "Forced Narrative (FN) Subtitles": forced narratives translate on-screen text and foreign or unintelligible dialogue only; Netflix English (USA) Timed Text Style Guide, section II, "Forced Narratives".
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// [radio] RIO GRANDE, TEXAS
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// RIO GRANDE, TEXAS
    /// ```
    pub(super) NO_SDH {
        name: "forced-no-sdh",
        command: Check,
        category: Forced,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "remove the label: forced narratives carry only on-screen text and dialogue in another language",
    }
}

/// The full subtitle file next to a forced narrative: `film.en.forced.srt` → `film.en.srt`
/// (any extension, any case of `forced`), when that file exists.
pub fn sibling_full(forced: &Path) -> Option<PathBuf> {
    let name = forced.file_name()?.to_str()?;
    let parts: Vec<&str> = name.split('.').collect();
    let at = parts.iter().skip(1).position(|p| p.eq_ignore_ascii_case("forced"))? + 1;
    let full: Vec<&str> = parts.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, p)| *p).collect();
    let path = forced.with_file_name(full.join("."));
    path.is_file().then_some(path)
}

/// What a viewer reads, for comparing: markup removed, lines joined by a space, runs of
/// whitespace as one.
fn reading(lines: &[String]) -> String {
    let plain = PlainCue::of_lines(lines.iter().map(String::as_str));
    plain.lines.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `forced-subset`: events missing from the full file, or there with other times or text.
pub(super) fn forced_subset(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let Some(full) = ctx.full else { return };
    let by_times: HashMap<(u64, u64), Vec<&Subtitle>> = full.iter().fold(HashMap::new(), |mut map, s| {
        map.entry((s.start.ms(), s.end.ms())).or_default().push(s);
        map
    });
    let mut by_text: HashMap<String, &Subtitle> = HashMap::new();
    for subtitle in full {
        by_text.entry(reading(&subtitle.lines)).or_insert(subtitle);
    }
    let doc = ctx.doc;
    for (cue, plain) in doc.cues.iter().zip(ctx.plain) {
        let text = plain.lines.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
        let same_times = by_times.get(&(cue.start.ms(), cue.end.ms()));
        if same_times.is_some_and(|list| list.iter().any(|s| reading(&s.lines) == text)) {
            continue;
        }
        let shown = crate::wording::shorten(&text, 40);
        let message = if let Some(other) = same_times.and_then(|list| list.first()) {
            let theirs = reading(&other.lines);
            crate::msg!("forced-in-full-other-text", theirs = crate::wording::shorten(&theirs, 40), text = &shown)
        } else if let Some(other) = by_text.get(&text) {
            crate::msg!(
                "forced-in-full-other-times",
                text = &shown,
                start = ctx.time(other.start),
                end = ctx.time(other.end)
            )
        } else {
            crate::msg!("forced-in-full-missing", text = &shown)
        };
        out.push(ctx.finding(info, cue.timing.span.clone(), cue, message));
    }
}

/// `forced-no-sdh`: bracketed labels in a forced narrative.
pub(super) fn forced_no_sdh(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let doc = ctx.doc;
    for cue in &doc.cues {
        for text_line in &cue.lines {
            let line = doc.slice(&text_line.span);
            let base = text_line.span.start;
            for label in super::sdh::labels(line) {
                let shown = crate::wording::shorten(line.get(label.range.clone()).unwrap_or(""), 40);
                let message = crate::msg!("forced-no-sdh", label = shown);
                out.push(ctx.finding(info, base + label.range.start..base + label.range.end, cue, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_file_is_the_name_without_forced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let forced = dir.path().join("film.en.forced.srt");
        assert_eq!(sibling_full(&forced), None);
        std::fs::write(dir.path().join("film.en.srt"), "").expect("write");
        assert_eq!(sibling_full(&forced), Some(dir.path().join("film.en.srt")));
        assert_eq!(sibling_full(&dir.path().join("film.en.srt")), None);
    }
}
