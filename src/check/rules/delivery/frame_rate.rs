//! `frame-rate`.
use crate::check::declare::{RuleInfo, declare_rule};
use crate::check::rule::{Context, Findings};

declare_rule! {
    /// the file is checked at a frame rate the delivery does not accept (a DCP needs 24 or 25 fps)
    ///
    /// **What it does.** In profiles that restrict frame rates (`dcp`: 24 and 25), reports once per file when the frame rate it is checked at (`--fps`, `fps` in `dejamos.toml`, else 23.976) is not one of them. Off in every other profile.
    ///
    /// **Why.** Digital Cinema Packages run at whole frame rates; subtitles timed at 23.976 or 29.97 drift against a 24 fps picture by a frame every 42 seconds, and their frame-based limits (gaps, durations) are counted in the wrong frames. Retime to the cinema rate first (`dejamos retime --fps 23.976:24`).
    ///
    /// **Source.** SMPTE ST 429-2 (D-Cinema Packaging, DCP operational constraints) and the Interop DCP specification: integer edit rates, 24 and 25 fps for feature masters. Option: the `dcp` profile's frame rates (`dejamos rules --profile dcp`).
    ///
    /// **Example.** `dejamos check --profile dcp --fps 23.976 film.es.srt`
    ///
    /// **Use instead.** `dejamos check --profile dcp --fps 24 film.es.srt`
    pub(super) INFO {
        name: "frame-rate",
        command: Check,
        category: Timing,
        langs: ALL,
        formats: SUBTITLES,
        severity: Error,
        fix: None,
        reach: Cue,
        help: "retime the file to a frame rate the delivery accepts (24 or 25 fps for a DCP) and check it at that rate",
    }
}

/// `frame-rate`: the frame rate is not one the profile accepts.
pub(super) fn frame_rate(ctx: &Context<'_>, info: &RuleInfo, out: &mut Findings) {
    let Some(rates) = &ctx.thresholds.frame_rates else { return };
    let fps = ctx.fps;
    let whole = fps.num().is_multiple_of(fps.den()).then(|| fps.num() / fps.den());
    if whole.is_some_and(|w| rates.contains(&w)) {
        return;
    }
    // On the file's first cue: a piece of a large file checked alone reports nothing.
    let Some(cue) = ctx.doc.cues.first().filter(|c| c.position == 1) else { return };
    // "24 or 25": each rate joined to the ones before it by the language's "or".
    let mut list = rates.iter().map(|&rate| crate::ui::Arg::from(rate));
    let Some(first) = list.next() else { return };
    let accepted =
        list.fold(first, |so_far, rate| crate::ui::Arg::from(crate::msg!("frame-rate-or", a = so_far, b = rate)));
    let message = crate::msg!("frame-rate", fps = fps, accepted = accepted);
    out.push(ctx.finding(info, cue.timing.span.clone(), cue, message));
}
