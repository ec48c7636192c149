### Interface messages: parser, encoding, structure, timing and delivery rules (findings, fixes), profile and catalogue words.
### A straight apostrophe is written { "'" }: the English texts keep the one they have always printed.

## Units. $count is a whole number of frames (plural), or a decimal already written (fraction).

frames = { $count ->
    [one] { $count } frame
   *[other] { $count } frames
}
frames-fraction = { $count } frames

## What stops a cue from being extended (nested in min-duration and max-cps).

# $cue is the next cue's position, $time when it starts.
stop-next-cue = cue { $cue } starts at { $time }
stop-cut = the cut at { $time }
stop-max-duration = the maximum duration of { $ms } ms
stop-no-room = no room

## min-duration. $frames is a frames message; $minimum_frames a number; $fps the frame rate.

min-duration = cue { $cue } lasts { $duration } ms ({ $frames }); the minimum is { $minimum } ms ({ $minimum_frames } frames at { $fps } fps)
# $message is the min-duration message; $stop a stop-* message.
min-duration-no-room = { $message }; no room to extend it: { $stop }
fix-min-duration = extend the cue to { $end } ({ $frames } frames)
# $short: milliseconds still missing.
fix-min-duration-as-far-as = extend the cue to { $end }, as far as { $stop } allows; it stays { $short } ms short of the minimum

## max-duration. $duration and $maximum are seconds.

max-duration = cue { $cue } lasts { $duration } s; the maximum is { $maximum } s
fix-max-duration = shorten the cue to end at { $end } ({ $maximum } s)

## min-gap, gap-chaining and overlap. $frames, $minimum_frames and $keep (in gap-chaining) are frames messages.

min-gap = { $gap } ms ({ $frames }) after cue { $cue } (line { $line }) ends; the minimum gap is { $minimum_frames } ({ $minimum } ms at { $fps } fps)
# $cue is the earlier cue, $next the later one.
fix-pull-back = end cue { $cue } at { $end }, { $frames } before cue { $next }
gap-chaining = { $gap } ms ({ $frames }) after cue { $cue } (line { $line }) ends: close the gap to { $keep }
# Here $keep is a number.
fix-gap-chaining = end cue { $cue } at { $end }, { $keep } frames before cue { $next }

## shot-change. $frames and $gap are frames messages; $cut the cut's time (and timecode); $on, $goal, $clear times.

shot-change-start-after = cue { $cue } starts { $frames } after the cut at { $cut }: start it on the cut ({ $on })
shot-change-start-before = cue { $cue } starts { $frames } before the cut at { $cut }: start it on the cut ({ $on })
# $zone is a number of frames.
shot-change-start-zone = cue { $cue } starts { $frames } before the cut at { $cut }: start it { $zone } frames before the cut ({ $clear }) or on it ({ $on }); not fixed, since only a person can move an in-time off the speech
fix-shot-change-start = start cue { $cue } on the cut at { $on }
shot-change-end-early = cue { $cue } ends { $frames } before the cut at { $cut }: end it { $gap } before the cut ({ $goal })
# $place is one of the three below.
shot-change-end-near = cue { $cue } ends { $place } at { $cut }: end it { $gap } before the cut ({ $goal })
shot-change-on-cut = on the cut
shot-change-before-cut = { $frames } before the cut
shot-change-after-cut = { $frames } after the cut
shot-change-end-crosses = cue { $cue } crosses the cut at { $cut } by { $frames } and flashes into the next shot: end it { $gap } before the cut ({ $goal })
fix-shot-change-end = end cue { $cue } at { $goal }, { $gap } before the cut

## encoding. $name is the encoding's name; $how an encoding-* message.

encoding-not-utf8 = the file is encoded as { $name } ({ $how }), not UTF-8
encoding-from-bom = from its byte-order mark
encoding-detected = detected
encoding-given = as given by --encoding
fix-encoding-reencode = re-encode the file as UTF-8 without a byte-order mark
encoding-bom = the file starts with a UTF-8 byte-order mark; deliver UTF-8 without one
fix-encoding-bom = remove the byte-order mark

## line-endings. $counts: each style with its count ("3 CRLF, 2 LF"); $dominant the most common style.

line-endings = mixed line endings ({ $counts }); this is the first that is not { $dominant }
fix-line-endings = use { $dominant } line endings throughout

## position. $n is the {\anN} number; $place a position-* message; $settings WebVTT cue settings.

position-an = `{ "{" }\an{ $n }{ "}" }` places the cue { $place }: only `{ "{" }\an8{ "}" }` (top) and `{ "{" }\an2{ "}" }` (bottom), centred, are allowed
position-vtt-settings = cue settings `{ $settings }` place the cue off-centre or mid-screen: only centred at the top or bottom is allowed
position-other = the cue is placed elsewhere than centred at the top or bottom
position-bottom-left = at the bottom left
position-bottom-right = at the bottom right
position-middle-left = at the middle left
position-middle = in the middle of the screen
position-middle-right = at the middle right
position-top-left = at the top left
position-top-right = at the top right
position-outside = outside the screen{ "'" }s nine positions

## frame-rate. $fps is the rate checked at; $accepted the rates, joined by frame-rate-or.

frame-rate = checked at { $fps } fps; this delivery accepts only { $accepted } fps (retime, then check at that rate)
frame-rate-or = { $a } or { $b }

## SDH: sdh-brackets, sdh-label, unbalanced-bracket, lyrics, speaker-id. $label is the label's text, shortened.

sdh-brackets = `{ $label }`: SDH puts sound effects and speaker IDs in square brackets
fix-sdh-brackets = write the parentheses as square brackets
sdh-label-empty = empty label `[]`: describe the sound or remove it
sdh-label-italic = `[{ $label }]` is in italics: SDH labels are never italicized
# $lowercase: the label as it should be written.
sdh-label-capitals = `[{ $label }]` is in capitals: English SDH labels are lowercase except proper nouns (`[{ $lowercase }]`)
unbalanced-bracket-reopened = `[` is not closed before the next `[` (add `]` where the label ends)
unbalanced-bracket-not-open = `]` closes a bracket that is not open in this cue
unbalanced-bracket-not-closed = `[` is not closed in this cue (add `]` where the label ends)
# $problems: lyrics-* messages, joined with semicolons.
lyrics = lyrics: { $problems }
lyrics-note = use ♪ as the music note
lyrics-close = close the line with ♪ too
lyrics-open = open the line with ♪ too
lyrics-space-after = put a space after the opening ♪
lyrics-space-before = put a space before the closing ♪
lyrics-italics = set the lyrics in italics
fix-lyrics = mark the lyrics with ♪ and spaces
# $name: the speaker's name as written.
speaker-id-script = speaker ID `{ $name }:`: write it in brackets, `[{ $name }]`
fix-speaker-id = write `[{ $name }]`
speaker-id-after-text = speaker ID `[{ $label }]` after other text: put it at the start of its own line, after a dash

## forced-in-full and forced-no-sdh. $text is the forced event's text, $theirs the full file's, both shortened.

forced-in-full-other-text = the full file{ "'" }s event at these times reads `{ $theirs }`, not `{ $text }`
forced-in-full-other-times = `{ $text }` is in the full file at { $start } --> { $end }, not at these times
forced-in-full-missing = `{ $text }` is not in the full subtitle file: forced events must be in it too
forced-no-sdh = `{ $label }` is an SDH label: forced narratives carry on-screen text and dialogue only

## Parser findings (SRT): missing-timing, stray-text, blank-line-in-cue, blank-line-missing, coordinates,
## final-newline, blank-lines, index-sequence, glyph (NUL). $cue is a cue's position.

missing-timing = block { $index } has no timing line: its text is never shown; add the timing line under the index
# $text: the first line, shortened; $more: how many lines follow it.
stray-text = text outside any cue: `{ $text }`; a cue needs an index line and a timing line
stray-text-lines = text outside any cue: `{ $text }` (and { $more } more { $more ->
    [one] line
   *[other] lines
}); a cue needs an index line and a timing line
blank-line-in-cue-spaces = line of only white space inside cue { $cue }: some players end the cue here, others show an empty line
blank-line-in-cue = blank line inside cue { $cue }: most players end the cue here and drop the rest
blank-line-missing = no blank line between cue { $cue } and the next: players may read the next index as text
# $data: what follows the end time.
coordinates = data after the end time (`{ $data }`): delivery specs allow no positioning here
final-newline = the file does not end with a line break
blank-lines-before-first = { $count } blank { $count ->
    [one] line
   *[other] lines
} before the first cue
blank-lines-at-end = { $count } blank lines at the end of the file
blank-lines-between = { $count } blank lines between cues where one is expected
# $expected: the index the cue should have.
index-missing = cue { $cue } has no index line (expected { $expected })
index-spaces = index `{ $index }` has spaces around it
index-out-of-sequence = index { $index } where { $expected } was expected (indices must run 1, 2, 3 … in order)
index-too-large = index of { $digits } digits is too large (expected { $expected })
index-not-a-number = index `{ $index }` is not a number (expected { $expected })
glyph-nul = NUL byte (U+0000): the file is damaged or not plain text

## timestamp-syntax. $time is the timestamp as written.

timing-no-arrow = timing line has no ` --> ` between the times
timing-leading-space = whitespace before the start time
timing-no-start = the start time is missing
timing-no-end = the end time is missing
timing-arrow-spaces = the arrow should be ` --> `, with one space on each side
timing-trailing-space = trailing whitespace after the end time
time-negative = `{ $time }` is negative: times start at 00:00:00,000
time-not-a-time = `{ $time }` is not a time: use HH:MM:SS,mmm
time-bad-millis = `{ $time }` has a malformed milliseconds field
time-long-millis = `{ $time }` has { $digits } digits of milliseconds; SRT allows 3
time-long-fields = `{ $time }`: minutes and seconds take at most two digits
time-minutes = `{ $time }`: { $minutes } minutes is over 59
time-seconds = `{ $time }`: { $seconds } seconds is over 59
# $largest: the largest time the format writes.
time-out-of-range = `{ $time }` is out of range (the largest time is { $largest })
time-no-millis = `{ $time }` has no milliseconds: write HH:MM:SS,mmm
# $separator: the character written before the milliseconds.
time-separator = `{ $time }` uses `{ $separator }` before the milliseconds; SRT uses a comma
# $padded: the milliseconds written with three digits.
time-short-millis = `{ $time }` has a { $digits }-digit milliseconds field; write 3 digits (`{ $padded }`)
# $ms: how players read the field; $decimal: what it would be as a decimal.
time-short-millis-read-as = `{ $time }` has a { $digits }-digit milliseconds field, read as { $ms } ms (not { $decimal } ms, as a decimal would be); write 3 digits
time-not-padded = `{ $time }` is not zero-padded: write HH:MM:SS,mmm

## WebVTT parser findings

vtt-header-empty = the file is empty: a WebVTT file starts with `WEBVTT`
vtt-header-blank-line = a blank line must separate the header from the first cue
# $found: the first line, shortened.
vtt-header-missing = a WebVTT file must start with `WEBVTT`, not `{ $found }`
vtt-style-skipped = STYLE block skipped: dejamos keeps the cues and does not apply WebVTT CSS
vtt-region-skipped = REGION block skipped: dejamos keeps the cues and does not apply WebVTT regions
vtt-stray-text = text outside any cue: `{ $text }`; a cue needs a timing line `00:00:01.000 --> 00:00:02.000`
vtt-blank-line-missing = no blank line between cue { $cue } and the next cue
vtt-timing-no-arrow = timing line has no ` --> `
vtt-arrow-spaces = WebVTT needs a space or tab on each side of `-->`
vtt-time-syntax = `{ $time }` is not a WebVTT time: use HH:MM:SS.mmm
vtt-time-comma = `{ $time }` uses `,` before the milliseconds; WebVTT uses `.`
vtt-time-millis = `{ $time }` must have exactly three digits of milliseconds
vtt-time-padded = `{ $time }` must be zero-padded: HH:MM:SS.mmm
vtt-time-fields = `{ $time }`: minutes and seconds run from 00 to 59

## The parser rules' fixes

fix-renumber = renumber the cues 1, 2, 3 …
fix-blank-lines = remove the extra blank lines
fix-timestamp-syntax = write the timing line as `HH:MM:SS,mmm --> HH:MM:SS,mmm`
fix-blank-line-missing = insert a blank line between the cues
fix-final-newline = end the file with a line break

## Profiles (`dejamos rules --profile`): the row of frame rates and the rules a profile switches on.
## Each profile's summary and sources are its declaration's; their Spanish is `profile-NAME` in es-MX/rules.ftl.

profile-frame-rates = frame rates
profile-sdh-rules = SDH rules
profile-forced-rules = forced-narrative rules
# $rules: rule names and the two above, joined with commas.
profile-also-runs = also runs: { $rules }
