//! `merge`: dual-language subtitles for screenings with both audiences.
//!
//! Aligned cues ([`super::align`]) become one cue with the top language's lines above the bottom
//! language's, spanning both time ranges; unaligned cues pass through alone. End times are then
//! trimmed so no cue overlaps the next or comes closer than the minimum gap.
use super::{Lang, align};
use crate::diagnostic::Message;
use crate::msg;
use crate::srt::{Cue, Document, Subtitle};
use crate::time::Timestamp;
use crate::visible::{grapheme_count, strip_markup};

/// Most lines a merged cue should have (two per language).
pub const MAX_LINES: usize = 4;

/// Settings for [`merge`].
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// Smallest gap between consecutive cues, in ms (2 frames: 83 ms at 23.976).
    pub min_gap_ms: i64,
    /// Wrap the bottom language in `<i>…</i>`.
    pub bottom_italic: bool,
    /// Language of the top file, for its reading-speed limit.
    pub top_lang: Option<Lang>,
    /// Language of the bottom file.
    pub bottom_lang: Option<Lang>,
}

/// Something worth a look in the merged file.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeWarning {
    /// 1-based position of the cue in the merged file.
    pub cue: usize,
    /// Its start time.
    pub start: Timestamp,
    /// What is wrong, with the numbers, as a message of the interface bundles.
    pub message: Message,
}

/// The merged subtitles and what happened on the way.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    /// The cues to write, in time order.
    pub subtitles: Vec<Subtitle>,
    /// Cues over [`MAX_LINES`] or over a reading-speed limit, and overlaps that could not be trimmed.
    pub warnings: Vec<MergeWarning>,
    /// Cues made from aligned cues of both files.
    pub merged: usize,
    /// Of those, cues made from more than one cue of either file (a split or merge).
    pub groups: usize,
    /// Cues only in the top file.
    pub top_only: usize,
    /// Cues only in the bottom file.
    pub bottom_only: usize,
    /// End times moved earlier to keep the minimum gap.
    pub trimmed: usize,
    /// Median of (bottom start − top start) over 1:1 pairs, in ms, when there are at least
    /// five pairs: far from zero means the files are out of sync and should be synced
    /// (`retime --reference`) before merging.
    pub median_offset_ms: Option<i64>,
}

/// The reading-speed limit (characters per second) for a language: Netflix adult limits,
/// 17 for Spanish and 20 for English; the stricter 17 when the language is unknown.
pub fn cps_limit(lang: Option<Lang>) -> f64 {
    match lang {
        Some(Lang::English) => 20.0,
        _ => 17.0,
    }
}

/// One output cue before trimming.
struct Entry {
    start: i64,
    end: i64,
    lines: Vec<String>,
    top_chars: usize,
    bottom_chars: usize,
}

/// Merge `top` and `bottom` into dual-language subtitles.
pub fn merge(top: &Document, bottom: &Document, options: &MergeOptions) -> Merged {
    let alignment = align::align(top, bottom);
    let mut merged = Merged::default();
    let mut entries: Vec<Entry> = Vec::with_capacity(top.cues.len().max(bottom.cues.len()));
    let mut entry = Entry { start: i64::MAX, end: i64::MIN, lines: Vec::new(), top_chars: 0, bottom_chars: 0 };
    let mut offsets = Vec::new();
    for group in &alignment.groups {
        let top_cues: Vec<&Cue> = group.a.iter().filter_map(|&i| top.cues.get(i)).collect();
        let bottom_cues: Vec<&Cue> = group.b.iter().filter_map(|&i| bottom.cues.get(i)).collect();
        if let ([t], [b]) = (top_cues.as_slice(), bottom_cues.as_slice()) {
            offsets.push(b.start.signed() - t.start.signed());
        }
        for cue in &top_cues {
            add(&mut entry, top, cue, false, false);
        }
        for cue in &bottom_cues {
            add(&mut entry, bottom, cue, true, options.bottom_italic);
        }
        merged.merged += 1;
        if !group.is_pair() {
            merged.groups += 1;
        }
        entries.push(std::mem::replace(
            &mut entry,
            Entry { start: i64::MAX, end: i64::MIN, lines: Vec::new(), top_chars: 0, bottom_chars: 0 },
        ));
    }
    for (doc, alone, is_bottom) in [(top, &alignment.a_alone, false), (bottom, &alignment.b_alone, true)] {
        for cue in alone.iter().filter_map(|&i| doc.cues.get(i)) {
            add(&mut entry, doc, cue, is_bottom, is_bottom && options.bottom_italic);
            entries.push(std::mem::replace(
                &mut entry,
                Entry { start: i64::MAX, end: i64::MIN, lines: Vec::new(), top_chars: 0, bottom_chars: 0 },
            ));
        }
        if is_bottom {
            merged.bottom_only = alone.len();
        } else {
            merged.top_only = alone.len();
        }
    }
    entries.sort_by_key(|e| (e.start, e.end));

    // Keep every cue clear of the next one by the minimum gap.
    let starts: Vec<i64> = entries.iter().map(|e| e.start).collect();
    for (i, e) in entries.iter_mut().enumerate() {
        let Some(&next_start) = starts.get(i + 1) else { break };
        if e.end + options.min_gap_ms <= next_start {
            continue;
        }
        let trimmed_end = next_start - options.min_gap_ms;
        if trimmed_end > e.start {
            e.end = trimmed_end;
            merged.trimmed += 1;
        } else {
            let next = Timestamp::from_signed_ms(i128::from(next_start)).unwrap_or(Timestamp::ZERO);
            let message = msg!("merge-overlaps-next", next = next.to_string());
            merged.warnings.push(MergeWarning { cue: i + 1, start: ms(e.start), message });
        }
    }

    for (i, e) in entries.iter().enumerate() {
        let start = ms(e.start);
        if e.lines.len() > MAX_LINES {
            let message = msg!("merge-too-many-lines", lines = e.lines.len(), limit = MAX_LINES);
            merged.warnings.push(MergeWarning { cue: i + 1, start, message });
        }
        let seconds = (e.end - e.start).max(1) as f64 / 1000.0;
        for (chars, lang) in [(e.top_chars, options.top_lang), (e.bottom_chars, options.bottom_lang)] {
            let cps = chars as f64 / seconds;
            let limit = cps_limit(lang);
            if chars > 0 && cps > limit + 1e-9 {
                let name = lang.map_or_else(|| msg!("merge-text"), super::pair::language_name);
                let message = msg!(
                    "merge-too-fast",
                    name = name,
                    cps = crate::ui::Arg::Fixed(cps, 1),
                    limit = crate::ui::Arg::Fixed(limit, 0),
                    chars = chars,
                    seconds = crate::ui::Arg::Fixed(seconds, 3),
                );
                merged.warnings.push(MergeWarning { cue: i + 1, start, message });
            }
        }
    }
    merged.warnings.sort_by_key(|w| w.cue);
    offsets.sort_unstable();
    if offsets.len() >= 5 {
        merged.median_offset_ms = offsets.get((offsets.len() - 1) / 2).copied();
    }
    merged.subtitles =
        entries.into_iter().map(|e| Subtitle { start: ms(e.start), end: ms(e.end), lines: e.lines }).collect();
    merged
}

fn ms(value: i64) -> Timestamp {
    Timestamp::from_signed_ms(i128::from(value)).unwrap_or(Timestamp::ZERO)
}

/// Add one cue's lines and time range to `entry`.
fn add(entry: &mut Entry, doc: &Document, cue: &Cue, is_bottom: bool, italic: bool) {
    entry.start = entry.start.min(cue.start.signed());
    entry.end = entry.end.max(cue.end.signed());
    // WebVTT text is read as markup and written as SRT (references decoded, through the one
    // text policy in `markup::push_text`); SRT text is kept as written.
    for line in crate::visible::srt_style_lines(doc, cue) {
        let line = line.as_str();
        let chars = grapheme_count(strip_markup(line).trim());
        if is_bottom {
            entry.bottom_chars += chars;
        } else {
            entry.top_chars += chars;
        }
        entry.lines.push(if italic { italicize(line) } else { line.to_string() });
    }
}

/// Put a line in italics. A line already italic throughout is kept; italic words inside a roman
/// line become roman inside the italic one (the typographic convention for emphasis), so tags
/// never nest. A leading `{\an8}` positioning block stays first.
pub fn italicize(line: &str) -> String {
    let (position, text) = match line.strip_prefix("{\\") {
        Some(_) => match line.find('}') {
            Some(end) => line.split_at(end + 1),
            None => ("", line),
        },
        None => ("", line),
    };
    if text.trim().is_empty() {
        return line.to_string();
    }
    if is_all_italic(text) {
        return line.to_string();
    }
    // Swap <i> and </i>, then wrap: roman stretches become italic and italic ones roman. Only a
    // `</i>` that closes an open `<i>` swaps; a stray one, or an `<i>` inside an italic
    // stretch, is dropped (swapped, it would open or close the wrong stretch). An italic
    // stretch left open runs to the end of the line, which then stays roman.
    let mut swapped = String::with_capacity(text.len() + 8);
    let mut rest = text;
    let mut in_italic = false;
    while let Some(pos) = rest.find('<') {
        swapped.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let lower: String = tail.chars().take(4).collect::<String>().to_ascii_lowercase();
        if lower.starts_with("<i>") {
            if !in_italic {
                swapped.push_str("</i>");
            }
            in_italic = true;
            rest = &tail[3..];
        } else if lower.starts_with("</i>") {
            if in_italic {
                swapped.push_str("<i>");
            }
            in_italic = false;
            rest = &tail[4..];
        } else {
            swapped.push('<');
            rest = &tail[1..];
        }
    }
    swapped.push_str(rest);
    let close = if in_italic { "" } else { "</i>" };
    let wrapped = format!("<i>{swapped}{close}").replace("<i></i>", "");
    format!("{position}{wrapped}")
}

/// Whether a line is `<i>…</i>` with no closing tag before the end.
fn is_all_italic(text: &str) -> bool {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    lower.starts_with("<i>") && lower.ends_with("</i>") && lower.find("</i>") == Some(lower.len() - 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::srt::parse_str;

    fn options() -> MergeOptions {
        MergeOptions {
            min_gap_ms: 83,
            bottom_italic: false,
            top_lang: Some(Lang::Spanish),
            bottom_lang: Some(Lang::English),
        }
    }

    #[test]
    fn italics_never_nest() {
        assert_eq!(italicize("Did you eat?"), "<i>Did you eat?</i>");
        assert_eq!(italicize("<i>Did you eat?</i>"), "<i>Did you eat?</i>");
        assert_eq!(italicize("He took the <i>camión</i>."), "<i>He took the </i>camión<i>.</i>");
        assert_eq!(italicize("<i>Julián</i> said no"), "Julián<i> said no</i>");
        assert_eq!(italicize("{\\an8}On the bus"), "{\\an8}<i>On the bus</i>");
        assert_eq!(italicize("3 < 4"), "<i>3 < 4</i>");
        // A stray `</i>` opens nothing; an italic stretch left open keeps the rest roman.
        assert_eq!(italicize("Ya</i> voy"), "<i>Ya voy</i>");
        assert_eq!(italicize("Ya <i>voy"), "<i>Ya </i>voy");
        assert_eq!(italicize("<i>a <i>b</i> c"), "a b<i> c</i>");
    }

    #[test]
    fn aligned_cues_merge_and_neighbours_keep_their_gap() {
        let top = parse_str(
            "1\n00:00:01,000 --> 00:00:03,000\n¿Ya comiste?\n\n2\n00:00:03,083 --> 00:00:05,000\nSí, abuelo.\n",
        );
        let bottom = parse_str(
            "1\n00:00:01,000 --> 00:00:03,200\nDid you eat?\n\n2\n00:00:03,083 --> 00:00:05,000\nYes, Grandpa.\n\n\
             3\n00:00:09,000 --> 00:00:10,000\n(dog barking)\n",
        );
        let merged = merge(&top, &bottom, &MergeOptions { bottom_italic: true, ..options() });
        let times: Vec<(u64, u64)> = merged.subtitles.iter().map(|s| (s.start.ms(), s.end.ms())).collect();
        assert_eq!(times, vec![(1_000, 3_000), (3_083, 5_000), (9_000, 10_000)]);
        assert_eq!(merged.subtitles[0].lines, vec!["¿Ya comiste?", "<i>Did you eat?</i>"]);
        assert_eq!((merged.merged, merged.bottom_only, merged.trimmed), (2, 1, 1));
        assert_eq!(merged.median_offset_ms, None, "two pairs are too few to judge");
        assert!(merged.warnings.is_empty(), "{:?}", merged.warnings);
    }

    #[test]
    fn long_and_fast_cues_are_warned_about() {
        let top = parse_str("1\n00:00:01,000 --> 00:00:02,000\nMis hijas viven allá,\ndel otro lado.\n");
        let bottom = parse_str(
            "1\n00:00:01,000 --> 00:00:01,500\nMy daughters\nlive over there,\n\n2\n00:00:01,500 --> 00:00:02,000\non the other\nside.\n",
        );
        let merged = merge(&top, &bottom, &options());
        assert_eq!(merged.subtitles.len(), 1);
        assert_eq!(merged.groups, 1);
        let messages: Vec<String> =
            merged.warnings.iter().map(|w| crate::ui::render(crate::ui::UiLang::English, &w.message)).collect();
        assert_eq!(
            messages,
            vec![
                "has 6 lines (more than 4)",
                "Spanish reads at 35.0 characters per second (limit 17): 35 characters in 1.000 s",
                "English reads at 45.0 characters per second (limit 20): 45 characters in 1.000 s",
            ]
        );
    }
}
