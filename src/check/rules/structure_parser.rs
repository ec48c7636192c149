//! Structure rules the parsers report (`crate::srt::parse::rules`, `crate::vtt::rules`).
//!
//! The SRT parser (and, for `vtt-header` and `vtt-skipped-block`, the WebVTT parser in
//! [`crate::vtt`]) finds these while reading the file, so they have no check here; this file gives
//! each one its catalogue entry: severity, docs, and whether `--fix` repairs it (the fixes live
//! in [`crate::check::fix`]). The names are the parsers' own (a test keeps them equal).
use crate::check::declare::declare_rule;
use crate::check::rule::Rule;

/// The parser's rules, in catalogue order.
pub fn rules() -> Vec<Rule> {
    [
        &TIMESTAMP_SYNTAX,
        &INDEX_SEQUENCE,
        &STRAY_TEXT,
        &BLANK_LINES,
        &BLANK_LINE_IN_CUE,
        &MISSING_TIMING,
        &BLANK_LINE_MISSING,
        &COORDINATES,
        &FINAL_NEWLINE,
        &VTT_HEADER,
        &VTT_SKIPPED_BLOCK,
    ]
    .into_iter()
    .map(Rule::parser)
    .collect()
}

declare_rule! {
    /// malformed or non-canonical timing line
    ///
    /// **What it does.** Checks every timing line against `HH:MM:SS,mmm --> HH:MM:SS,mmm`. A timing line that cannot be read (no arrow, a missing time, minutes or seconds over 59, a negative or absurd time) is an error and its block is skipped. Lenient spellings that players accept are reported as warnings: a period or colon before the milliseconds, fields that are not zero-padded, a missing milliseconds field, an arrow without its spaces, whitespace around the line.
    ///
    /// **Why.** SRT has no formal standard; players disagree about the lenient forms, and an unreadable timing line silently drops a subtitle. A 1- or 2-digit milliseconds field is a trap: every common parser reads `00:00:01,5` as 1.005 s, not 1.5 s.
    ///
    /// **Source.** Matroska subtitle spec and Amazon's SRT page (`HH:MM:SS,mmm`, comma, ` --> `); FFmpeg, VLC and cdown/srt source for what players accept.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 0:0:1.5 --> 00:00:03,000
    /// Hola.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,500 --> 00:00:03,000
    /// Hola.
    /// ```
    ///
    /// **Fix.** Rewrites a lenient timestamp canonically (same time, `HH:MM:SS,mmm`), the arrow as ` --> `, and removes whitespace around the line. A 1- or 2-digit milliseconds field is left for a person: players read `,5` as 5 ms, but the author probably meant 500.
    pub TIMESTAMP_SYNTAX {
        name: "timestamp-syntax",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Cue,
        help: "write the timing line as `HH:MM:SS,mmm --> HH:MM:SS,mmm`, with three digits of milliseconds",
    }
}

declare_rule! {
    /// cue indices missing, not numbers, or not 1, 2, 3 … in order
    ///
    /// **What it does.** Checks that every block starts with an index line and that the indices run 1, 2, 3 … without gaps or repeats. Spaces around an index are a warning.
    ///
    /// **Why.** Amazon rejects SRT files without sequential counters, and some players and converters use the index to match cues. Out-of-sequence numbers usually mean cues were deleted or pasted by hand, so it is worth a look at the timing too.
    ///
    /// **Source.** Amazon Prime Video SRT requirements; Matroska SRT description.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,500
    /// Julián sube al camión.
    ///
    /// 3
    /// 00:00:03,500 --> 00:00:05,000
    /// Rumbo a El Paso.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,500
    /// Julián sube al camión.
    ///
    /// 2
    /// 00:00:03,500 --> 00:00:05,000
    /// Rumbo a El Paso.
    /// ```
    ///
    /// **Fix.** Renumbers the cues 1..N (a missing index line is inserted). Skipped while the file has blocks that could not be read, since their numbers would clash.
    pub INDEX_SEQUENCE {
        name: "index-sequence",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: File,
        help: "number the cues 1, 2, 3 … in order, one index line above each timing line",
    }
}

declare_rule! {
    /// text outside any cue
    ///
    /// **What it does.** Reports lines that belong to no cue: text before the first cue (a title, a translator's note, a leftover header), or a paragraph that neither starts a cue nor can be read as the end of the one above. (Text after a blank line inside a cue is `blank-line-in-cue`; an index line over a broken timing line is `timestamp-syntax`.)
    ///
    /// **Why.** Players drop such text silently, so a subtitle the translator wrote never reaches the screen.
    ///
    /// **Source.** SRT block structure: index, timing line, text, blank line.
    ///
    /// **Example.**
    /// ```srt
    /// Subtítulos: versión 2, revisada
    ///
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// La casa de Julián.
    /// ```
    ///
    /// **Use instead.** Give the text its own cue (index and timing line), or delete it.
    pub STRAY_TEXT {
        name: "stray-text",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "delete the text, or give it an index and a timing line to make it a cue",
    }
}

declare_rule! {
    /// extra blank lines between cues, before the first or after the last
    ///
    /// **What it does.** Reports runs of more than one blank line between blocks, blank lines before the first block, and more than one at the end of the file.
    ///
    /// **Why.** Canonical SRT has exactly one blank line between blocks. Some parsers keep the extra lines as part of the previous cue's text (cdown/srt does), which shows as empty rows on screen.
    ///
    /// **Source.** Matroska SRT description; cdown/srt behaviour.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,000
    /// Hola.
    ///
    ///
    ///
    /// 2
    /// 00:00:03,000 --> 00:00:04,000
    /// Adiós.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,000
    /// Hola.
    ///
    /// 2
    /// 00:00:03,000 --> 00:00:04,000
    /// Adiós.
    /// ```
    ///
    /// **Fix.** Removes the extra blank lines.
    pub BLANK_LINES {
        name: "blank-lines",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: Near(1),
        help: "leave exactly one blank line between cues and none before the first",
    }
}

declare_rule! {
    /// a blank line inside a cue's text
    ///
    /// **What it does.** Reports a blank line between two text lines of the same cue (text that cannot start a new block follows the blank line).
    ///
    /// **Why.** A blank line ends a block. VLC and many hardware players stop the cue there and drop the rest of its text; others show it. The viewer may lose half a subtitle.
    ///
    /// **Source.** VLC `subtitle.c` and FFmpeg `srtdec.c` behaviour.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:04,500
    /// Construyó la casa de adobe
    ///
    /// con sus propias manos.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:04,500
    /// Construyó la casa de adobe
    /// con sus propias manos.
    /// ```
    pub BLANK_LINE_IN_CUE {
        name: "blank-line-in-cue",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "delete the blank line, or split the text into two cues with their own timing",
    }
}

declare_rule! {
    /// a block with an index and text but no timing line
    ///
    /// **What it does.** Reports a block that starts with the index the sequence expects next and has text under it, but no timing line. The block is not a cue: its text is never shown. The cues around it keep their numbers, so `index-sequence` does not also report the next cue, and `--fix` never renumbers while such a block is in the file.
    ///
    /// **Why.** A timing line lost in editing or a bad paste silently drops a subtitle; without this rule the fault showed up as the previous cue growing by two lines, a blank line inside it, and a gap in the indices, while the real cause went unnamed.
    ///
    /// **Source.** Matroska SRT description and Amazon Prime Video SRT requirements (every block is an index, a timing line and text).
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián sube al camión.
    ///
    /// 2
    /// Son doce horas hasta El Paso.
    ///
    /// 3
    /// 00:00:07,000 --> 00:00:09,000
    /// Llega de noche.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián sube al camión.
    ///
    /// 2
    /// 00:00:04,000 --> 00:00:06,000
    /// Son doce horas hasta El Paso.
    ///
    /// 3
    /// 00:00:07,000 --> 00:00:09,000
    /// Llega de noche.
    /// ```
    pub MISSING_TIMING {
        name: "missing-timing",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Near(1),
        help: "add the timing line under the index (`HH:MM:SS,mmm --> HH:MM:SS,mmm`), or delete the block",
    }
}

declare_rule! {
    /// no blank line between two cues
    ///
    /// **What it does.** Reports a block that starts (index line, or timing line) right under the previous cue's last text line, with no blank line between them.
    ///
    /// **Why.** A blank line ends a block. Strict readers take the next index as one more line of text of the cue before, and may drop the next cue; lenient ones guess. dejamos reads the two cues, but the file is not valid SRT.
    ///
    /// **Source.** Matroska SRT description and Amazon Prime Video SRT requirements (blocks separated by a blank line).
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián sube al camión.
    /// 2
    /// 00:00:04,000 --> 00:00:06,000
    /// Son doce horas hasta El Paso.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:03,000
    /// Julián sube al camión.
    ///
    /// 2
    /// 00:00:04,000 --> 00:00:06,000
    /// Son doce horas hasta El Paso.
    /// ```
    ///
    /// **Fix.** Inserts the blank line.
    pub BLANK_LINE_MISSING {
        name: "blank-line-missing",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: Safe,
        reach: Near(1),
        help: "insert a blank line before the next cue's index",
    }
}

declare_rule! {
    /// positioning data after the end time
    ///
    /// **What it does.** Reports anything after the end time on a timing line, such as `X1:100 X2:600 Y1:400 Y2:450` pixel coordinates.
    ///
    /// **Why.** Netflix asks for no absolute positions (no pixels), and players treat the suffix differently: FFmpeg turns it into positioning, VLC ignores it, Subtitle Edit strips it.
    ///
    /// **Source.** Netflix Timed Text Style Guide, General Requirements (older revision: no absolute values); VisualSubSync SRT notes.
    ///
    /// **Example.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,000 X1:100 X2:600 Y1:400 Y2:450
    /// Hola.
    /// ```
    ///
    /// **Use instead.**
    /// ```srt
    /// 1
    /// 00:00:01,000 --> 00:00:02,000
    /// Hola.
    /// ```
    pub COORDINATES {
        name: "coordinates",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: None,
        reach: Cue,
        help: "delete the positioning data after the end time; place text with the profile's rules instead",
    }
}

declare_rule! {
    /// the file does not end with a line break
    ///
    /// **What it does.** Reports a file whose last line has no line break.
    ///
    /// **Why.** Concatenating such files glues the last subtitle to the next file's first index line, and some strict parsers drop the last cue.
    ///
    /// **Source.** SRT block structure: every block ends with a line break.
    ///
    /// **Example.** A file ending in `…vuelve a casa.` with no line break after it.
    ///
    /// **Use instead.** End the file with a line break, in the file's line-ending style.
    ///
    /// **Fix.** Appends a line break.
    pub FINAL_NEWLINE {
        name: "final-newline",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: SUBTITLES,
        severity: Warning,
        fix: Safe,
        reach: File,
        help: "end the file with a line break",
    }
}

declare_rule! {
    /// a WebVTT file does not start with `WEBVTT`, or no blank line follows the header
    ///
    /// **What it does.** For WebVTT files: reports a file that does not start with the `WEBVTT` signature (an error), and a header that runs into the first cue without a blank line (a warning).
    ///
    /// **Why.** Browsers and players refuse a WebVTT file without its signature, and a missing blank line makes them read the first cue as part of the header, so it never shows.
    ///
    /// **Source.** W3C WebVTT: The Web Video Text Tracks Format, file structure (signature, header, blank line).
    ///
    /// **Example.**
    /// ```text
    /// 00:00:01.000 --> 00:00:02.000
    /// Hola.
    /// ```
    ///
    /// **Use instead.**
    /// ```text
    /// WEBVTT
    ///
    /// 00:00:01.000 --> 00:00:02.000
    /// Hola.
    /// ```
    pub VTT_HEADER {
        name: "vtt-header",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: WEBVTT,
        severity: Error,
        fix: None,
        reach: File,
        help: "start the file with `WEBVTT` and a blank line after the header",
    }
}

declare_rule! {
    /// a WebVTT `STYLE` or `REGION` block that is read past, not checked
    ///
    /// **What it does.** For WebVTT files: notes each `STYLE` (CSS) or `REGION` block. dejamos reads past them; their styling and placement are not checked.
    ///
    /// **Why.** Styling can change what the viewer sees (colours, sizes, positions), so a QC pass that ignores it should say so rather than look complete.
    ///
    /// **Source.** W3C WebVTT: style blocks and region definitions.
    ///
    /// **Example.**
    /// ```text
    /// WEBVTT
    ///
    /// STYLE
    /// ::cue { color: yellow; }
    ///
    /// 00:00:01.000 --> 00:00:03.000
    /// Hola.
    /// ```
    ///
    /// **Use instead.** Nothing to change if the distributor accepts styling; otherwise remove the block and deliver plain cues.
    pub VTT_SKIPPED_BLOCK {
        name: "vtt-skipped-block",
        command: Check,
        category: Structure,
        langs: ALL,
        formats: WEBVTT,
        severity: Info,
        fix: None,
        reach: Cue,
        help: "check the `STYLE` or `REGION` block by hand, or remove it if the delivery does not use it",
    }
}
