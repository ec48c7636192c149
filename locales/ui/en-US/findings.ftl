### Findings of `dejamos check`: messages and fix descriptions, by rule.
### Whole numbers are numbers (plurals follow them); $cps is a decimal already written.

## Every rule

# Closes the findings of one rule in one cue past the first $shown: $count more were left out.
more-findings-in-cue = and { $count } more { $count ->
        [one] finding
       *[other] findings
    } of this rule in cue { $cue } (at most { $shown } are listed per cue)

## max-lines

# $cue is the cue's position, $lines its line count, $limit the maximum.
max-lines = cue { $cue } has { $lines } lines; the maximum is { $limit }

## max-line-length

max-line-length = line is { $length } characters; the maximum is { $limit }

## max-cps

# $cps (one decimal), $chars, $duration (ms), $limit, $needed (ms).
max-cps = { $cps } characters per second ({ $chars } characters in { $duration } ms); the maximum is { $limit } (the text needs { $needed } ms)
# $speed is the max-cps message; $stop says what is in the way.
max-cps-no-room = { $speed }; no room to extend it: { $stop }
# $end is a time; $limit the maximum reading speed.
fix-extend-for-cps = extend the cue to { $end } for { $limit } cps
# $stop says what stops the extension; $cps is the speed left (one decimal).
fix-extend-as-far-as = extend the cue to { $end }, as far as { $stop } allows; { $cps } characters per second remain

## fits-one-line

fits-one-line = the two lines fit on one ({ $joined } characters; the maximum is { $limit })

## line-break and line-balance

# $before and $after are the words either side of the break; $what is a split-* message.
line-break-split = `{ $before }` / `{ $after }`: { $what }
# $splits: line-break-split messages, joined with semicolons.
line-break = { $splits }
line-break-no-room = { $splits } (no other break keeps both lines within { $limit } characters)
split-article = an article split from its noun
split-determiner = a determiner split from its noun
split-adjective = a noun split from its adjective
split-first-name = a first name split from the last name
split-name = a name split across lines
split-title = a title split from the name
split-subject = a subject pronoun split from its verb
split-clitic = a pronoun split from its verb
split-reflexive = a verb split from its reflexive pronoun
split-auxiliary = an auxiliary split from its verb
split-negation = a negation split from its verb
split-prepositional-verb = a verb split from its preposition
split-preposition = a preposition split from its object
split-conjunction = a conjunction split from the words it introduces
# $top and $bottom: the lines' lengths now; $new_top and $new_bottom after breaking between $before and $after.
line-balance = top-heavy ({ $top } over { $bottom } characters); breaking between `{ $before }` and `{ $after }` gives { $new_top } over { $new_bottom }
# $lines: the new lines, separated by " / ".
fix-rebreak = re-break the cue: { $lines }

## ellipsis

ellipsis-three = three dots: use the ellipsis character `…`
fix-ellipsis = replace `...` with `…`
# $dots: how many periods in a row.
ellipsis-run = { $dots } dots: an ellipsis is the single character `…`

## whitespace. $spaces is how many spaces; $next the punctuation after them.

whitespace-only-spaces = line has no visible text, only spaces
whitespace-leading = line starts with { $spaces ->
    [one] a space
   *[other] { $spaces } spaces
}
whitespace-before-punctuation = { $spaces ->
    [one] a space
   *[other] { $spaces } spaces
} before `{ $next }`
whitespace-in-a-row = { $spaces ->
    [one] a space
   *[other] { $spaces } spaces
} in a row
whitespace-trailing = line ends with { $spaces ->
    [one] a space
   *[other] { $spaces } spaces
}
fix-whitespace-leading = remove the leading spaces
fix-whitespace-before-punctuation = remove the space before the punctuation
fix-whitespace-one = keep one space
fix-whitespace-trailing = remove the trailing spaces

## dialogue-dash. $dash is the dash as written.

dialogue-two-speakers = two speakers on one line: start the second speaker’s dash on a new line
dialogue-dash-en = English dialogue dash takes no space after it (`-Text`)
dialogue-dash-es = Spanish dialogue dash takes one space after it (`- Texto`)
dialogue-dash-es-exactly = Spanish dialogue dash takes exactly one space after it (`- Texto`)
dialogue-long-dash = dialogue dash written as `{ $dash }`: subtitles mark a speaker with a hyphen `-`
fix-dialogue-no-space = remove the space after the dash
fix-dialogue-dash = write the dash as `{ $dash }`

## unbalanced-tag and disallowed-tag. $name is a tag name (`i`); $inner the tag still open.

tag-crossing = `</{ $name }>` closes `<{ $name }>` while `<{ $inner }>` is still open: the tags cross
tag-not-open = `</{ $name }>` closes a tag that is not open in this cue
tag-not-closed = `<{ $name }>` is not closed in this cue (add `</{ $name }>` where it should end)
# $tag or $block is the markup as written; $allowed one of tags-allowed-*.
tag-not-allowed = tag `{ $tag }` is not allowed ({ $allowed })
override-not-allowed = override block `{ $block }` is not allowed ({ $allowed })
tags-allowed-none = no markup is allowed
tags-allowed-one = only `{ $tag }` is allowed
# $tags: the allowed tags, each in backticks, comma-separated.
tags-allowed-many = allowed: { $tags }

## mojibake

# $damaged is the text as it reads; $repaired as it should.
mojibake-decoded-twice = text decoded twice (UTF-8 read as windows-1252): `{ $damaged }` should read `{ $repaired }`

## capitalized-month and semicolon

# $word as written; $fixed in lowercase.
capitalized-month = `{ $word }` mid-sentence: in Spanish months are written in lowercase (`{ $fixed }`)
capitalized-weekday = `{ $word }` mid-sentence: in Spanish days of the week are written in lowercase (`{ $fixed }`)
# $text: what the fix writes.
fix-write = write `{ $text }`
semicolon = semicolon: Netflix Spanish subtitles use a period or a comma instead

## end-before-start, out-of-order, overlap, empty-cue. $cue and $earlier, $previous are cue
## positions; $start, $end, $previous_start, $earlier_end times; $line a line number.

end-at-start = cue { $cue } ends at the moment it starts ({ $start } --> { $end }): it is never shown
end-before-start = cue { $cue } ends before it starts ({ $start } --> { $end }): it is never shown
out-of-order = cue { $cue } starts at { $start }, before cue { $previous } above it (line { $line }) starts at { $previous_start }
# $overlap in ms.
overlap = cue { $cue } starts at { $start }, { $overlap } ms before cue { $earlier } (line { $line }) ends at { $earlier_end }
empty-cue = cue { $cue } has no text
empty-cue-invisible = cue { $cue } has no visible text
