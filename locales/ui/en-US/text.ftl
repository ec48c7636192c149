### Interface messages: text rules: typography, punctuation, glyphs, language.
### Backticks quote text from the subtitle; $sign, $mark and the like are single characters.

## number-style

# $number: the digits as written; $word: the number spelled out.
number-style-start-spell = sentence starts with `{ $number }`: spell it out (`{ $word }`)
number-style-start = sentence starts with the number `{ $number }`: spell it out or reword
number-style-spell = `{ $number }`: numbers from one to ten are spelled out (`{ $word }`)

## wrong-language

# $found: a wrong-language-is-* message; $expected: a wrong-language-in-* message.
wrong-language = this cue reads as { $found } in { $expected } file: is it untranslated?
wrong-language-is-english = English
wrong-language-is-spanish = Spanish
wrong-language-in-spanish = a Spanish
wrong-language-in-english = an English

## spanish-punctuation

spanish-punctuation-space-after = space after `{ $sign }`: the sign is written next to the first word
spanish-punctuation-fix-space-after = remove the space after `{ $sign }`
spanish-punctuation-space-before = space before `{ $sign }`: the sign is written next to the last word
spanish-punctuation-fix-space-before = remove the space before `{ $sign }`
# $opener: the opening sign; $sign: the closing sign of the other kind.
spanish-punctuation-mixed = `{ $opener }` is closed with `{ $sign }`: close a question with `?` and an exclamation with `!` (Netflix does not mix them)
spanish-punctuation-no-opening = `{ $sign }` has no opening `{ $opener }` in the same sentence
# $signs: the two marks together (`?!`).
spanish-punctuation-combined = `{ $signs }`: Netflix Spanish does not combine question and exclamation marks
spanish-punctuation-period = period after `{ $sign }`: the closing sign already ends the sentence
spanish-punctuation-fix-period = remove the period
spanish-punctuation-never-closed = `{ $sign }` is never closed with `{ $closer }` in its sentence
# $n: how many signs were lost.
spanish-punctuation-lost = { $n ->
    [one] { $n } `¿` or `¡` sign was lost in a conversion (U+FFFD where the sign belongs): spanish-punctuation does not report its sentence; convert the file again from its original encoding, or restore the signs
   *[other] { $n } `¿` or `¡` signs were lost in a conversion (U+FFFD where the sign belongs): spanish-punctuation does not report their sentences; convert the file again from its original encoding, or restore the signs
}

## glyph

# $char: the character; $codes: its code point (U+2026); $instead: what to write.
glyph-not-in-list-instead = `{ $char }` ({ $codes }) is not in the Netflix Glyph List: write `{ $instead }`
glyph-not-in-list = `{ $char }` ({ $codes }) is not in the Netflix Glyph List
# $kind: a glyph-kind-* message.
glyph-one = { $kind } { $codes } is not allowed in subtitle text
# $count: how many characters in a row; $codes: the first four code points.
glyph-many = { $count } characters not allowed in subtitle text ({ $codes }), starting with a { $kind }
glyph-fix-remove-invisible = remove the invisible characters
glyph-kind-tab = tab
glyph-kind-control = control character
glyph-kind-zero-width = invisible zero-width character
glyph-kind-bidi = invisible bidirectional control
glyph-kind-replacement = replacement character (text was lost in a conversion)
glyph-kind-space = space character not in the Netflix glyph list
glyph-kind-private-use = private-use character
glyph-kind-emoji = emoji
glyph-kind-not-in-list = character not in the Netflix Glyph List

## missing-space

# $mark: the punctuation mark; $next: the character right after it.
missing-space = no space after `{ $mark }` before `{ $next }`: put a space after the mark
missing-space-fix = insert a space after `{ $mark }`

## repeated-word

repeated-word = `{ $word }` twice in a row: delete one unless it was said twice

## repeated-cue

# $cue: the position of the cue before; $text: its text, shortened.
repeated-cue = same text as cue { $cue }: `{ $text }`; merge the two cues or write what this one says

## doubled-punctuation

doubled-punctuation-commas = { $n } commas: write one
doubled-punctuation-fix-commas = write one comma
doubled-punctuation-periods = two periods: write a period, or an ellipsis `…`
doubled-punctuation-after-mark = period after `{ $mark }`: the mark already ends the sentence
doubled-punctuation-fix-period = remove the period
doubled-punctuation-apostrophes = two apostrophes `''`: write a double quotation mark `"`
doubled-punctuation-fix-apostrophes = write `"`

## unbalanced-quotes

unbalanced-quotes-never-closed = `{ $mark }` is never closed: close the quotation with `{ $closer }`
unbalanced-quotes-angle = `{ $mark }`: the Netflix style for this language is `"…"`, with `'…'` inside
unbalanced-quotes-never-opened = `{ $mark }` closes a quotation that was never opened with `{ $opener }`

## single-speaker-dash

single-speaker-dash = a dialogue dash on a cue with one speaker: remove it
single-speaker-dash-fix = remove the dash
single-speaker-dash-one-line = only one of the two lines starts with a dialogue dash: with two speakers, start each line with one; with one speaker, use none

## continuation-ellipsis

continuation-ellipsis-spanish = the sentence goes on after the ellipsis of the cue before: start this cue with `…`
continuation-ellipsis-fix-spanish = start the cue with `…`
continuation-ellipsis-english = English continues a sentence after an ellipsis without a leading one: remove it
continuation-ellipsis-fix-english = remove the leading ellipsis

## lowercase-after-sentence-end

# $letter: the lowercase letter; $mark: the mark before it; $upper: the letter capitalized.
lowercase-after-sentence-end = `{ $letter }` starts a sentence after `{ $mark }`: write `{ $upper }`
lowercase-after-sentence-end-fix = capitalize `{ $letter }`
