### Interface messages: pair, merge, sync, retime, locales check and the HTML report's labels.

## pair: findings. $cue is a cue's position; $start and $end its times; $text its text,
## shortened; $other the second file's name; $cues a pair-cue* message.

pair-missing-counterpart = cue { $cue } ({ $start } --> { $end }) “{ $text }” has no counterpart in { $other }: no cue there overlaps it
pair-missing-counterpart-here = { $other } cue { $cue } ({ $start } --> { $end }) “{ $text }” has no counterpart here: no cue overlaps it
# $start_delta, $end_delta and $tolerance are signed offsets (+0.200s).
pair-timing-mismatch = start differs by { $start_delta } and end by { $end_delta } from { $other } cue { $cue } ({ $start } --> { $end }); tolerance { $tolerance }
# $here and $there: pair-cue* messages of the first and the second file.
pair-split = { $here } is split into { $other } { $there }
pair-merged = { $here } are merged into { $other } { $there }
pair-overlap-group = { $here } and { $other } { $there } overlap as one group
pair-same-text = same text as { $other } { $cues }: “{ $text }”
# $count: how many cues $cues names; $language and $expected: pair-lang-* messages.
pair-in-other-language = { $cues } { $count ->
    [one] is
   *[other] are
} in { $language }, the language of { $other }, not { $expected }: “{ $text }”
pair-other-in-this-language = { $other } { $cues } { $count ->
    [one] is
   *[other] are
} in { $language }, the language of this file, not { $expected }: “{ $text }”
pair-cues-range = cues { $first }–{ $last }
# $list: positions, comma-separated.
pair-cues-list = cues { $list }
pair-cue = cue { $cue }
pair-no-cue = no cue
pair-lang-es = Spanish
pair-lang-en = English
pair-lang-other = another language

## merge: warnings about a cue of the merged file. $next is a time; $lines and $limit counts.

merge-overlaps-next = overlaps the next cue (starting { $next }) and is too short to end 2 frames before it
merge-too-many-lines = has { $lines } lines (more than { $limit })
# $name: a pair-lang-* message or merge-text; $cps (one decimal), $limit, $chars, $seconds (three decimals).
merge-too-fast = { $name } reads at { $cps } characters per second (limit { $limit }): { $chars } characters in { $seconds } s
merge-text = text
# $name: the merged file; $cue its cue, starting at $start; $warning a merge-* message.
merge-warning = { $name }: cue { $cue } ({ $start }): { $warning }
# $bottom and $top: the files; $offset: the median start difference; $direction: merge-later or merge-earlier.
merge-out-of-sync = the files look out of sync: { $bottom }{ "'" }s cues start { $offset } { $direction } than { $top }{ "'" }s (median); sync it first with `dejamos retime { $bottom } --reference { $top }`
merge-later = later
merge-earlier = earlier
merge-stdout = <stdout>

## sync (retime --reference, and the last line of pair's summary). $from and $to are frame
## rates; $ratio the rate factor (six decimals); $at a time; $before, $after, $offset, $jump
## are sync-seconds messages.

# $sign is + or −; $seconds has three decimals.
sync-seconds = { $sign }{ $seconds } s
# $offset: sync-seconds; $rate: sync-rate-* or sync-nothing; $segments: sync-segments or sync-nothing.
sync-description = offset { $offset }{ $rate }{ $segments }
sync-rate-convert = , rate { $from } → { $to } (×{ $ratio })
sync-rate-factor = , rate ×{ $ratio }
# $count: segments; $cuts: sync-cut messages, joined with semicolons.
sync-segments = , { $count } segments ({ $cuts })
sync-cut = cut at { $at }: { $before } → { $after }
sync-nothing = { "" }
sync-plan-rate-convert = rate: { $from } → { $to } fps (×{ $ratio })
sync-plan-rate-factor = rate: ×{ $ratio }
sync-plan-rate-unchanged = rate: unchanged
# $segment: its number; $first and $last: cue positions; $matched and $cues: counts.
sync-plan-segment = segment { $segment }: cues { $first }–{ $last } from { $from }: offset { $offset } ({ $matched } of { $cues } cues matched)
sync-plan-cut = cut at { $at }: { $before } → { $after } (jump { $jump })
# $score: a percentage with one decimal; $within and $cues: counts; $tolerance in ms.
sync-plan-score = score: { $score }% ({ $within } of { $cues } cue starts within { $tolerance } ms of a reference start)
sync-no-input-cues = cannot sync: the input has no cues
sync-no-reference-cues = cannot sync: the reference has no cues
sync-nothing-lines-up = cannot sync: no cue of the input lines up with the reference
sync-too-few-match = cannot sync: only { $matched } of { $cues } input cues start together with a reference cue under any offset and frame rate; is the reference the same film?

## retime: refusals and plans. $cue is a cue's position; $which is retime-start or
## retime-end; $mapped a retime-time (or where it falls off the timeline); $was a time.

retime-start = start
retime-end = end
retime-past-end = cue { $cue } would { $which } at { $mapped }, past the largest time 9999:59:59,999 (now { $was }); nothing was written
retime-before-zero = cue { $cue } would { $which } at { $mapped } (now { $was }): times cannot be negative, so nothing was written
retime-time = { $time }
retime-before-start-of-timeline = before 00:00:00,000
retime-after-end-of-timeline = after 9999:59:59,999
# $reason: why the shift could not be resolved.
retime-plan-shift = shift: { $reason }
retime-plan-shift-frames-need-rate = a shift of { $frames } frames needs a frame rate
retime-plan-shift-with-one-anchor = a shift has no effect with one sync anchor, which sets where cues land
retime-plan-two-anchors-and-more = two sync anchors fix both the offset and the speed: a shift, scale or rate conversion would have no effect
retime-plan-same-anchor-cue = both sync anchors name cue { $cue }
# $first and $second: cue positions; $start a time.
retime-plan-same-anchor-start = cues { $first } and { $second } both start at { $start }: two anchors need different start times
retime-plan-anchors-reverse = sync anchors reverse or collapse the timeline (cue { $first } at { $first_time } but cue { $second } at { $second_time })
retime-plan-too-many-anchors = sync takes one anchor (a shift) or two (a linear sync)
# $count: the cues in the file.
retime-plan-no-such-cue = there is no cue { $cue } (the file has { $count ->
    [one] { $count } cue
   *[other] { $count } cues
})
retime-plan-snap-needs-rate = snapping to frames needs a frame rate
retime-plan-selects-nothing = the selection picks no cue (the file has { $count ->
    [one] { $count } cue
   *[other] { $count } cues
})
retime-plan-too-precise = the factors are too precise to compute exactly; simplify them
# The composed map: $factor is retime-map-factor or sync-nothing; $sign + or -; $offset in
# seconds (three decimals); $snap is retime-map-snap or sync-nothing.
retime-map = t{ $factor } { $sign } { $offset }s{ $snap }
# $slope: the exact fraction; $value: it with six decimals.
retime-map-factor = { " " }× { $slope } ({ $value })
retime-map-snap = , snapped to frames at { $fps } fps

## retime: values the parsers refuse. $text is what was typed; $reason why it is not a time.

retime-bad-factor = `{ $text }` is not a factor: write a positive decimal such as 1.001 or a fraction such as 25/24
retime-bad-frame-rate = `{ $text }` is not a frame rate (try 23.976, 24, 25, 29.97 or a fraction like 24000/1001)
retime-bad-anchor = `{ $text }` is not an anchor: write CUE=TIME, for example 12=00:01:02,500
retime-bad-anchor-cue = `{ $text }`: the cue must be a position 1, 2, 3 … before the `=`
retime-bad-value = `{ $text }`: { $reason }
retime-bad-range = `{ $text }` is not a range: write FROM..TO, for example 00:10:00,000..00:20:00,000
retime-range-reversed = `{ $text }` ends before it starts
retime-bad-cue-position = `{ $text }`: cue positions are whole numbers from 1

## locales check: findings. $id is a message or term id; $locale and $reference locale tags;
## $at a place (path:line); $name a variable's name without the `$`.

# $message: a finding that does not name its id already.
locales-about = `{ $id }`: { $message }
locales-needed-message = `{ $id }` is missing in { $locale }: the code renders it ({ $at })
locales-passes-nothing = the code passes it no arguments
# $list: the arguments, comma-separated.
locales-passes = the code passes { $list }
# $known: locales-passes or locales-passes-nothing.
locales-unknown-argument = `${ $name }` is never passed to `{ $id }`: { $known }
locales-unused-argument = the code passes `${ $name }` to `{ $id }`, but no locale uses it
# $known: the functions, comma-separated.
locales-unknown-function = `{ $id }()` is not a function the code registers ({ $known })
locales-kind-message = message
locales-kind-term = term
# $what: locales-kind-*.
locales-undefined = { $what } `{ $id }` is not defined in { $locale }
locales-undefined-attribute = { $what } `{ $id }` has no attribute `.{ $attribute }` in { $locale }
locales-add-after = ; add it after `{ $after }`
# $after: locales-add-after or nothing.
locales-missing = `{ $id }` is missing (the reference { $reference } defines it at { $at }){ $after }
locales-missing-variable = `{ $id }` does not use `${ $name }`, which the reference uses ({ $at }); the copy would lose it
locales-extra = the { $what } `{ $id }` is not in the reference { $reference }: renamed, obsolete or misspelled?
locales-missing-value = `{ $id }` has no value, but the reference{ "'" }s has one ({ $at })
locales-extra-value = `{ $id }` has a value, but the reference{ "'" }s has only attributes ({ $at })
locales-missing-attribute = `{ $id }` lacks the attribute `.{ $attribute }` that the reference has ({ $at })
locales-extra-attribute = `{ $id }.{ $attribute }` is not in the reference ({ $at })
locales-english-in-spanish = this sentence reads as English: “{ $text }”
locales-press-composer = the press composer
# $what: what in film.toml needs the message.
locales-film-toml-needs = film.toml ({ $what })
# $who: locales-press-composer or locales-film-toml-needs.
locales-needed-by-press = `{ $id }` is missing in { $locale }: { $who } needs it and press has no fallback
locales-word-limit = `{ $id }` has { $words } words; film.toml allows { $limit } (over by { $over })
# $open and $close: ¿ and ?, or ¡ and !.
locales-mark-not-opened = `{ $close }` has no opening `{ $open }` before it
locales-mark-not-closed = `{ $open }` is never closed with `{ $close }`
# $values: the sample arguments of a variation.
locales-render-with = { " " }with { $values }
# $label: the message (or message.attribute); $with: locales-render-with or nothing.
locales-render-error = formatting `{ $label }`{ $with } fails: { $error }
locales-render-cycle = Resolver error: Cyclic reference (its references come back to `{ $at }`)
locales-render-too-many-placeables = Resolver error: Too many placeables (its references expand more than { $limit })
locales-isolation-marks = `{ $label }`{ $with } renders with U+2068/U+2069 isolation marks: { $output }
locales-render-markup = `{ $label }`{ $with }: { $reason }
locales-leftover-brace = `{ $label }`{ $with } renders a leftover `{ "{" }`: { $output }
locales-this-gender-select = this gender select
locales-select-on = the select on `${ $name }`
locales-keys-one = { $key }
locales-keys-two = { $first } and { $second }
# $what: locales-this-gender-select or locales-select-on; $keys: locales-keys-*.
locales-gender-missing = { $what } lacks { $keys }: give each gender its own form
locales-gender-default = { $what } defaults to `[{ $key }]`: an unknown gender must get the neutral form, as in `*[other] Dirección`
locales-never-selects = { $locale } never selects `[{ $name }]`
locales-not-a-category = `[{ $name }]` is not a plural category
# $why: locales-never-selects or locales-not-a-category; $categories: comma-separated.
locales-dead-variant = { $why }: numbers in { $locale } select { $categories }, so this variant is dead
locales-unreachable-variant = `[{ $value }]` is never reached: `[{ $shadow }]` above it already matches { $value }; move `[{ $value }]` before it
locales-month-case = months and weekdays are lowercase in Spanish: `{ $word }`
locales-unit-period = unit symbols take no period: write `{ $unit }`
locales-unit-plural = unit symbols have no plural: write `{ $symbol }`, not `{ $unit }`
locales-duplicate-id = `{ $id }` is already defined at { $at }; the bundle keeps that one
locales-name-collision = `{ $later }` and `{ $earlier }` ({ $at }) share the name `{ $name }`: messages and terms live in one namespace at run time, so the bundle drops this one; rename one of them
locales-function-collision = `{ $id }` is also the name of a function the code registers; rename the message
locales-duplicate-attribute = `{ $id }` defines the attribute `.{ $attribute }` twice; the bundle uses the first one
locales-duplicate-variant = the variant `[{ $key }]` appears twice in this select; the second one is never used
locales-bom = the file starts with a byte-order mark (U+FEFF), which makes its first entry junk; save it as UTF-8 without BOM
# $levels: the deepest nesting the linter reads.
locales-too-deep = placeables nest more than { $levels } levels deep here; the file is not checked further
locales-lone-cr = a line ends with a lone CR (old Mac line endings); Fluent breaks lines only at LF and CRLF, so the lines run together and their messages are lost: save the file with LF
locales-tab-indent = this line is indented with a tab; Fluent only accepts spaces for indentation, so the line is dropped as junk
locales-failed-at = { " " }(at { $line }:{ $column })
# $entry: the first line of the dropped entry.
locales-no-default-variant = this select expression has no default variant: mark one with `*`, as in `*[other]`; the entry `{ $entry }` is dropped
# $error: the parser's own words; $at: locales-failed-at or nothing.
locales-syntax-error = { $error }{ $at }; the entry `{ $entry }` is dropped as junk
locales-trailing-whitespace = this line ends with spaces or tabs; delete them
locales-final-newline = the file does not end with a newline
locales-ellipsis = use the ellipsis character `…` instead of three periods
locales-straight-apostrophe-en = use a curly apostrophe `’` (or ‘ ’ for quotes inside quotes) instead of `'`
locales-straight-quotes-en = use curly quotes “ ” instead of `"`
locales-quote-style = first-level quotes in Spanish are « »; keep “ ” for quotes inside them
locales-straight-quotes-es = use « » (and “ ” inside them) instead of `"`
locales-straight-apostrophe-es = use ’ (or ‘ ’ for quotes inside “ ”) instead of `'`
locales-guion-accent = write `{ $word }` without an accent (it is a monosyllable since the 2010 Ortografía)
locales-estreno = use `estreno` (`estreno mundial`) instead of `{ $word }`
locales-unsupported-markup = `{ $tag }` is not markup press reads (only <i> and <i lang="…">); it would print as is
locales-untranslated = `{ $label }` is identical to the { $reference } text ({ $at }); translate it, or mark a name or title `@verbatim` in its comment
# $list: the missing categories, as [one], [many].
locales-missing-plural-category = the select on `${ $name }` has no { $list } variant, which { $locale } plural rules select (CLDR); that case would take the default

## locales check: errors.

locales-bad-locale-tag = `{ $tag }` is not a language tag (name locale folders like en-US)
locales-none = no locales to check (expected <locale>/*.ftl folders)
# $found: the locales found, comma-separated.
locales-no-reference = the reference locale `{ $reference }` is not among the locales found ({ $found })
locales-not-a-folder = is not a folder (expected DIR/<locale>/*.ftl)
locales-folder-name-not-utf8 = the folder name is not UTF-8
locales-file-name-not-utf8 = the file name is not UTF-8
locales-ftl-not-utf8 = is not valid UTF-8 (Fluent files must be UTF-8)
locales-no-locale-folders = holds no locale folders with .ftl files (expected DIR/<locale>/*.ftl)
locales-not-utf8 = is not valid UTF-8

## retime: what the command says. $name is the input file; $cues, $count, $blocks counts.

retime-in-place-stdin = --in-place needs a file: standard input cannot be rewritten
retime-output-is-input = is the input file: use --in-place to rewrite it
retime-no-readable-cues = no readable cues ({ $blocks ->
    [one] { $blocks } block
   *[other] { $blocks } blocks
} could not be read; `dejamos check` shows why)
retime-no-cues = no subtitle cues found: is this an SRT file?
retime-shots-ttml = --shot-changes cannot snap a TTML file (it fixes SRT text); convert it to SRT first
retime-unreadable-timing = { $count ->
    [one] { $count } unreadable timing line
   *[other] { $count } unreadable timing lines
}: not retimed, since their blocks would keep their old times (`dejamos check` shows them; --force leaves them untouched)
retime-nothing-to-do = nothing to do: give --shift, --scale, --fps FROM:TO, --sync, --snap or --reference
# $map: retime-map or sync-description.
retime-sync-map = { $name }: sync map { $map }
# $shots: the shot-change list.
retime-snapped = { $name }: { $count ->
    [one] { $count } time snapped
   *[other] { $count } times snapped
} to the shot changes in { $shots }
retime-backup = { $name }: original kept as { $kept }
# $flag: the option; $reason: what is wrong with its value; $hint: retime-hint-add-fps or sync-nothing.
retime-flag-error = { $flag }: { $reason }{ $hint }
retime-hint-add-fps = : add --fps RATE
# $range: FROM..TO.
retime-range-flag-reversed = --range: { $range } ends before it starts
retime-clamp-hint = { $reason }; --clamp drops or clamps cues that fall before 00:00:00,000
retime-shift-frames-need-fps = --shift: { $frames } frames need a frame rate: add --fps RATE
retime-shift-with-one-sync = --shift has no effect with one --sync anchor, which sets where cues land: drop one of them
retime-two-syncs-and-more = two --sync anchors fix both the offset and the speed: --shift, --scale and --fps FROM:TO would have no effect, drop them
retime-same-sync-cue = both --sync anchors name cue { $cue }: give two different cues
retime-syncs-reverse = --sync anchors reverse or collapse the timeline (cue { $first } at { $first_time } but cue { $second } at { $second_time }): check the times
retime-too-many-syncs = --sync takes one anchor (a shift) or two (a linear sync), not more
# $reason: retime-plan-no-such-cue.
retime-sync-no-such-cue = --sync { $cue }=…: { $reason }
retime-snap-needs-fps = --snap needs a frame rate: add --fps RATE
retime-selects-nothing = { $flag } selects no cue (the file has { $count ->
    [one] { $count } cue
   *[other] { $count } cues
})
retime-reference-fps-convert = --reference finds the frame-rate change itself: give --fps one rate (for --snap), not FROM:TO
retime-bad-threshold = --threshold: { $threshold } is not a percentage from 0 to 100
retime-reference-no-cues = the reference has no readable cues

## retime --reference. $other is the reference; $score a percentage (one decimal); $threshold
## the --threshold percentage; $worst is retime-worst or sync-nothing; $description a sync-description.

retime-score = score { $score }% ({ $within } of { $cues } cue starts within { $tolerance } ms of a reference start)
# $cues: pair-cue or pair-cues-range; $start and $end: times.
retime-worst = ; worst stretch: { $cues } ({ $start } → { $end })
retime-verdict-in-sync = already in sync (within { $tolerance } ms of the identity): left unchanged
retime-verdict-below = score below the { $threshold }% threshold: nothing written
retime-verdict-retimed = retimed
retime-dry-unchanged = would leave the file unchanged (already in sync)
retime-dry-below = would write nothing (score below the { $threshold }% threshold{ $worst })
retime-dry-write = would write the retimed file
retime-dry-run = { $name } onto { $other }: dry run, nothing written
# $verdict: retime-dry-*.
retime-dry-verdict = verdict: { $verdict }
# $score: retime-score.
retime-below-threshold = error: { $name }: fitted to { $other }: { $description }; { $score }, below the { $threshold }% threshold{ $worst }; nothing written (--force writes it anyway)
# $verdict: retime-verdict-*.
retime-fitted = { $name }: fitted to { $other }: { $description }; { $score }; { $verdict }
retime-in-sync-low-score = { $name }: in sync as a whole, but only { $score }% of cue starts land near the reference{ "'" }s{ $worst }
retime-forced-below = { $name }: --force: written with a score below the { $threshold }% threshold{ $worst }

## retime: the summary. $first and $last are cue positions, with their starts before and after.

retime-summary = { $name }: retimed { $changed } of { $cues } cues; first start { $first_before } → { $first_after } (cue { $first }), last { $last_before } → { $last_after } (cue { $last })
retime-summary-one = { $name }: retimed 1 of { $cues ->
    [one] { $cues } cue
   *[other] { $cues } cues
}; start { $before } → { $after } (cue { $cue })
retime-summary-none = { $name }: no time changed ({ $cues ->
    [one] { $cues } cue
   *[other] { $cues } cues
})
retime-clamped = { $name }: --clamp dropped { $dropped ->
    [one] { $dropped } cue
   *[other] { $dropped } cues
} that fell before 00:00:00,000 and moved { $clamped ->
    [one] { $clamped } start
   *[other] { $clamped } starts
} up to 00:00:00,000
retime-unparsed-blocks = { $name }: { $blocks ->
    [one] { $blocks } block could not be read as cues and was left untouched
   *[other] { $blocks } blocks could not be read as cues and were left untouched
} (`dejamos check` shows why)
# $earlier and $later: cue positions; $ms the overlap or gap; $line the later cue's timing line.
retime-issue-overlap = cues { $earlier }–{ $later } overlap by { $ms } ms (line { $line })
retime-issue-gap = cues { $earlier }–{ $later } are { $ms } ms apart (line { $line })
# $first: a retime-issue-*; $rest: the issues after it.
retime-issue-list = { $first }, { $rest }
retime-issue-more = , and { $more } more
# $pairs: how many; $rate: frame rate; $list: retime-issue-* joined with commas; $more: retime-issue-more or sync-nothing.
retime-timing-issues = { $name }: retiming left { $pairs ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
} of cues closer than 2 frames at { $rate } fps (written anyway): { $list }{ $more }

## pair: what the command says after the findings. $a and $b are the two files' names.

pair-stdin-twice = only one of the two files can be standard input (`-`)
pair-no-readable-cues = no readable cues (`dejamos check` shows why)
pair-no-cues = contains no subtitles
# $blocks: how many blocks.
pair-unparsed-blocks = { $name }: { $blocks } block(s) could not be read as cues and are ignored (run `dejamos check` for details)
pair-summary-cues = { $a }: { $a_cues ->
    [one] { $a_cues } cue
   *[other] { $a_cues } cues
}; { $b }: { $b_cues ->
    [one] { $b_cues } cue
   *[other] { $b_cues } cues
}
# $groups: aligned groups, $pairs of them one to one, $split the others; $a_missing and $b_missing: cues without counterpart.
pair-summary-aligned = aligned: { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} ({ $pairs } one-to-one, { $split } split or merged); without counterpart: { $a_missing } in { $a }, { $b_missing } in { $b }
# $median and $largest: signed offsets; $at_a and $at_b: the cues of the largest.
pair-summary-offset = start offset of { $b } against { $a }: median { $median }, largest { $largest } (cue { $at_a } ↔ cue { $at_b })
pair-summary-no-offset = start offset: no one-to-one pairs to measure
# $tag: a language tag; $reason: why (language-reason-*).
pair-language = { $tag } ({ $reason })
pair-language-unknown = language unknown
pair-languages = languages: { $a }, { $b }
pair-same-language = hint: both files are in the same language ({ $tag }): pair compares two language versions; is one of them the wrong file?
# $description: sync-description; $score: a percentage (one decimal); $tolerance in ms.
pair-sync-in-sync = sync { $b } → { $a }: already in sync ({ $description }, within { $tolerance } ms); score { $score }%
# $segments: pair-sync-one-segment or sync-nothing.
pair-sync = sync { $b } → { $a }: { $description }{ $segments }; score { $score }%
pair-sync-one-segment = , 1 segment
pair-sync-none = sync { $b } → { $a }: no offset found (too few cues start together)

## pair and merge: an offset. $sign is +, - or nothing; $seconds has three decimals.

pair-offset = { $sign }{ $seconds }s

## merge and locales check: refusals of the binary.

merge-output-is-input = is one of the inputs; write the merged file somewhere else
locales-none-embedded = this build embeds no locales; name the folder to check: dejamos locales check DIR

## fmt: what normalising a file changes (joined with "; "), and why it refuses.

# $from: an encoding name as read (windows-1252).
fmt-change-reencode = re-encode from { $from } to utf-8
fmt-change-remove-bom = remove the byte-order mark
fmt-change-add-bom = add a byte-order mark
# $from: lf, crlf, cr or fmt-line-endings-mixed; $to: lf or crlf.
fmt-change-line-endings = line endings { $from } → { $to }
fmt-line-endings-mixed = mixed
fmt-change-renumber = renumber { $count ->
    [one] { $count } cue
   *[other] { $count } cues
}
fmt-change-timing = rewrite { $count ->
    [one] { $count } timing line
   *[other] { $count } timing lines
} canonically
fmt-change-blank-lines = blank lines between blocks
fmt-change-final-line-break = add the final line break
fmt-change-whitespace = whitespace between blocks
# $blocks: blocks not read; $count: how many lines are known; $lines: the first five, joined
# with ", "; $more: how many lines past those five; $reason: fmt-refusal-reason or nothing.
fmt-refusal = { $blocks ->
    [one] { $blocks } block
   *[other] { $blocks } blocks
} could not be read ({ $count ->
    [one] line
   *[other] lines
} { $lines }{ $more ->
    [0] {""}
   *[other] {""} and { $more } more
}){ $reason }; fix { $blocks ->
    [one] it
   *[other] them
} first, or the text would be lost
# $reason: the parser's finding about the first unreadable block.
fmt-refusal-reason = : { $reason }
# $path: the file; $reason: fmt-refusal.
fmt-cannot-normalise = { $path }: cannot normalise: { $reason }

## fmt: refusals of the binary. $format: WebVTT or TTML.

fmt-several-files = several files need --in-place or --check (or one file at a time with -o)
fmt-in-place-stdin = --in-place cannot rewrite standard input
fmt-output-is-input = is the input file: use --in-place to rewrite it
fmt-not-srt = is { $format }; fmt normalises SRT (convert it first: dejamos convert FILE --to srt)
