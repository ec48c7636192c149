### Interface messages: errors that stop a command (exit 2) and per-file notes.

## The one line of an error: the file, the line, then this message. A message worded elsewhere.

error-text = { $text }

## I/O. $reason is one of the error-io-reason messages; error-io-other carries the system's $text.

error-io-read = cannot read: { $reason }
error-io-write = cannot write: { $reason }
error-io-run = cannot run: { $reason }
error-io-not-found = no such file or directory
error-io-permission-denied = permission denied
error-io-other = { $text }

## Reading bytes as text. $kind is one of the error-kind messages.

error-decoded-too-large = the text is larger than 4 GiB once decoded, more than dejamos reads
error-control-characters = not a text file: it is mostly control characters
error-control-bytes = not a text file: it is mostly control bytes
error-not-subtitle = not a subtitle file: it looks like { $kind }
error-kind-png = a PNG image
error-kind-jpeg = a JPEG image
error-kind-gif = a GIF image
error-kind-pdf = a PDF document
error-kind-zip = a ZIP archive (or a .docx/.xlsx document)
error-kind-gzip = a gzip archive
error-kind-matroska = a Matroska/WebM video
error-kind-riff = a RIFF file (WAV or AVI)
error-kind-executable = an executable
error-kind-mp3 = an MP3 file
error-kind-ogg = an Ogg file
error-kind-old-office = an old Office document
error-utf16le-without-bom = looks like UTF-16 (little-endian) without a byte-order mark
error-utf16be-without-bom = looks like UTF-16 (big-endian) without a byte-order mark
# $byte is written 0xFF.
error-damaged-utf8 = byte { $byte } is not valid UTF-8, though the rest of the file is; repair it (read as UTF-8, bad bytes become U+FFFD)
# $character is empty or " ('é', U+00E9)"; $encoding a label such as windows-1252.
error-unencodable = the text has a character{ $character } that { $encoding } cannot represent

## TTML. $value is an attribute's value as written; $line-free: the line is the error's.

error-ttml-not-well-formed = not well-formed XML: { $reason }
error-ttml-too-deep = elements are nested more than { $depth } deep
error-ttml-not-tt = not a TTML document: the root element is not <tt> in the TTML namespace
error-ttml-time-base = ttp:timeBase={ "\"" }{ $value }{ "\"" } is not supported: only media time is read
error-ttml-not-positive = { $attribute }={ "\"" }{ $value }{ "\"" } is not a positive whole number
error-ttml-multiplier = ttp:frameRateMultiplier={ "\"" }{ $value }{ "\"" } is not two whole numbers
error-ttml-seq = { "timeContainer=\"seq\"" } is not supported: only parallel timing is read
error-ttml-time-too-large = a time is too large
error-ttml-no-end = this <p> has no end time (no end or dur on it or on a <div> or <body> around it)
error-ttml-time-out-of-range = a time is out of range
error-ttml-timed-span = timed <span>s are not supported: time each <p> instead
error-ttml-bad-time = { $attribute }={ "\"" }{ $value }{ "\"" } is not a TTML time expression this reader supports
# $reason is error-ttml-timed-ancestor or error-ttml-p-without-times.
error-ttml-cannot-retime = cannot retime this TTML file: { $reason }; nothing was written
error-ttml-timed-ancestor = its cues are timed through a <div> or <body> (retime rewrites the times on each <p>)
error-ttml-p-without-times = a <p> without its own begin and end or dur

## Files: reading, listing and writing. $limit in bytes.

error-over-limit = is larger than the size limit ({ $limit } bytes); raise the limit to read it
error-over-max = is larger than { $limit } bytes, the most dejamos reads
error-is-directory = is a directory, not a subtitle file
error-cannot-be-read = cannot be read
error-dangling-symlink = is a symlink to a missing file
error-backup-not-regular = is not a regular file: no backup is kept of it
error-too-many-backups = has { $count } backups already: remove some to keep another
error-changed-on-disk = changed on disk while dejamos was working on it (another program wrote it); nothing written, run again
error-write-directory = is a directory: give a file name to write
error-write-dangling-symlink = is a symlink to a missing file: remove the link or write somewhere else
error-write-input = is one of this { "run's" } inputs: write the output somewhere else
error-pipe-without-reader = is a pipe with no reader: nothing written
error-write-special = is not a regular file, a character device or a pipe: give a file name to write

## dejamos.toml. $value is the value as written; $most the largest accepted.

error-config-too-large = is over 1 MiB: not a dejamos configuration file
error-config-not-utf8 = is not UTF-8 text
error-config-positive = must be a positive number
error-config-time-range = { $value } is out of range (at most { $most }, the largest SRT time)
error-config-frames-range = { $value } is out of range (at most { $most })
error-config-at-least-one = must be at least 1
# $key is a key of [thresholds]; $reason one of the messages above.
error-config-threshold = [thresholds] { $key }: { $reason }
# $known: the profile names, comma-separated.
error-config-profile = unknown profile `{ $name }`: use { $known }
error-config-fps = `{ $value }` is not a frame rate: use 23.976, 24, 25, 29.97, 30 … or a fraction like 24000/1001
error-config-audience = unknown audience `{ $value }`: use adult or children
error-config-lang = `{ $value }` is not a language tag: use es, es-MX, es-419, en, en-US …
# $table: lang, shot_changes or sdh; $reason in the pattern parser's words.
error-config-pattern = bad pattern `{ $pattern }` in [{ $table }]: { $reason }
error-config-severity = severity `{ $value }` for `{ $name }`: use error, warning, info or off
# A setting the caller gave ($setting: setting-select or setting-ignore) and what is wrong with it.
error-setting = { $setting }: { $reason }
setting-select = selected rules
setting-ignore = ignored rules

## Rule selectors. $hint is error-did-you-mean or error-rules-lists-them.

error-unknown-rule = unknown rule or category `{ $name }`{ $hint }
error-did-you-mean = ; did you mean `{ $name }`?
error-rules-lists-them = ; `dejamos rules` lists them
error-rule-of-other-command = `{ $name }` is a rule of `dejamos { $command }`, not of `dejamos check`
error-rule-of-two-commands = `{ $name }` is a rule of `dejamos { $first }` and `dejamos { $second }`, not of `dejamos check`

## --show-config comments and the shot-change list a file uses.

show-config-settings-for = settings for { $file }
show-config-configuration = configuration: { $path }
show-config-no-configuration = configuration: none (profile defaults and flags)
show-config-language = language: { $tag } ({ $reason })
show-config-no-language = language: not known (no --lang, nothing in the file name or [lang])
# $why: shots-origin-*; $format: shots-format-*; $cuts a count.
shots-used = shot changes: { $path } ({ $why }; { $format }, { $cuts ->
    [one] { $cuts } cut
   *[other] { $cuts } cuts
})
shots-origin-given = given
shots-origin-config = { $config } [shot_changes] { "\"" }{ $pattern }{ "\"" }
shots-origin-sibling = found next to the file
shots-format-plain = plain text
shots-format-json = JSON
shots-format-showinfo = FFmpeg showinfo log
shots-format-scdet = FFmpeg scdet log
shots-format-edl = CMX3600 EDL

## Shot-change lists. $value is the text as written in the list.

error-shots-not-utf8 = is not UTF-8 text: not a list of shot changes
error-shots-frame-without-rate = `{ $value }` is a frame number: give the frame rate the list was made at
error-shots-too-many-frames = `{ $value }`: too many frames
error-shots-frame-out-of-range = frame { $value } is out of range
error-shots-not-a-time = `{ $value }` is not a time: write seconds (12.345), 00:00:12.345, a timecode 00:00:12:08 or a frame number
error-shots-fps = `{ $value }` is not a frame rate
# $key: the FFmpeg log's key (pts_time:, lavfi.scd.time).
error-shots-ffmpeg-value = `{ $key }` is followed by `{ $value }`, not a time in seconds
error-shots-time-out-of-range = the time is out of range
# $reason in the JSON parser's words.
error-shots-json = not valid JSON: { $reason }
error-shots-json-object = a JSON object needs a `shot_changes`, `shots` or `cuts` array
error-shots-json-array = expected a JSON array of shot changes
# $entry: the entry's 1-based number; $reason one of the messages below.
error-shots-entry = entry { $entry }: { $reason }
error-shots-not-seconds = { $value } is not a time in seconds
error-shots-json-not-a-time = { $value } is not a time
error-shots-bad-frame = frame { $value }
error-shots-out-of-range = out of range
error-shots-entry-needs-time = needs a `time` (seconds) or a `frame`
error-shots-edl-empty = an EDL with no events

## convert. $count: blocks the reader could not read; $reason the first one's finding.

error-vtt-header = not a WebVTT file: the first line must be `WEBVTT`
error-convert-unreadable = { $count ->
    [one] { $count } block could not be read; fix it first (`dejamos check` shows where)
   *[other] { $count } blocks could not be read; fix them first (`dejamos check` shows where)
}
error-convert-unreadable-at = { $count ->
    [one] { $count } block could not be read: { $reason }; fix it first (`dejamos check` shows where)
   *[other] { $count } blocks could not be read: { $reason }; fix them first (`dejamos check` shows where)
}

## What a conversion could not carry, one note per kind. $what is one of the notes below.

note-count = { $what } ({ $count }×)
markup-note-tag-dropped = `<{ $tag }>` tags dropped: only <i>, <b> and <u> carry over
markup-note-override-dropped = `{"{"}\{ $code }{"}"}` overrides dropped
markup-note-timestamp-tags = WebVTT timestamp tags dropped (karaoke timing)
markup-note-vtt-tag-dropped = WebVTT `<{ $tag }>` tags dropped (their text is kept)
markup-note-unmatched = unmatched `</{ $tag }>` tags dropped
markup-note-unclosed = unclosed tags closed at the end of their cue
markup-note-line-breaks = line breaks inside cue text (from character references or U+2028) written as spaces
markup-note-control-characters = control characters in cue text dropped
markup-note-srt-tag = text SubRip would read as a tag: its `<` written as `＜`
markup-note-srt-override = text SubRip would read as an override: its `{"{"}` written as `｛`
markup-note-srt-arrow = text lines SubRip would read as timing lines: `-->` written as `--＞`
# $format: SubRip or WebVTT.
convert-note-empty-lines = empty text lines left out (a blank line would end a { $format } cue)
convert-note-vtt-setting = WebVTT `{ $name }` cue settings dropped

## Inputs no command takes. $formats: the formats dejamos reads; $kind: a format's name.

error-no-format = is in no subtitle format dejamos reads ({ $formats })
error-no-format-looks-like = is in no subtitle format dejamos reads ({ $formats }); it looks like { $kind }
error-no-subtitles = contains no subtitles
error-decode-loss = some bytes are not valid { $encoding } and were read as U+FFFD; writing the text back would lose them (name the { "file's" } real encoding)
# $reason: error-decode-loss.
error-cannot-fix = cannot fix: { $reason }
error-cannot-fix-ttml = cannot fix a TTML file: fixes are written to SRT and WebVTT only (convert it to SRT, fix that, and convert it back)

## press: the copy's bundles and film.toml. $reason in Fluent's own words where it is Fluent's.

error-press-not-locale = is not a locale name
error-press-no-locales = has no locale folders with .ftl files (such as en-US/press.ftl)
error-press-locale-unavailable = locale { $locale } is not available
error-press-not-utf8 = is not valid UTF-8
error-press-empty-tag = an empty language tag
error-press-bad-tag = `{ $tag }` is not a language tag (such as es, es-MX or en-GB)
# $used: the locale rendered instead.
press-fallback = no press copy in `{ $requested }`; using { $used }
press-no-locales = no locales available
error-press-nesting = placeables nest more than { $depth } levels deep here
error-press-syntax-at = Fluent syntax error: { $reason }
error-press-syntax = Fluent syntax error
# $first: FILE:LINE of the first definition.
error-press-duplicate = `{ $id }` is already defined at { $first }
# $reason: one of the messages below, or Fluent's own words.
error-press-message = message `{ $id }` ({ $locale }): { $reason }
error-press-missing = message `{ $id }` is missing in locale { $locale } (no fallback)
error-press-no-value = has no value
error-press-function = { $function }() could not format its argument
error-rich-title-closes-twice = a title closes twice
error-rich-title-in-italics = a title inside italics
error-rich-title-without-end = a title without its language end
error-rich-close-without-open = `</i>` without an opening `<i>`
error-rich-nested = `<i>` inside italics
error-rich-lang-unclosed = `<i lang="…` without its closing `">`
error-rich-bad-lang = `<i lang="{ $lang }">` is not a language tag
error-rich-never-closed = `<i>` is never closed
# $what: one of the press-field messages.
error-facts-id = { $what } `{ $value }` must be lower-case letters, digits and hyphens
error-facts-country = country `{ $value }` must be a two-letter ISO 3166 code such as US
error-facts-language = language `{ $value }` must be an ISO 639 code such as es
error-facts-date = date `{ $value }` must be an existing date written YYYY-MM-DD
error-facts-link = link `{ $value }` must be an http:// or https:// address
error-facts-email = e-mail `{ $value }` is not an address
error-facts-name = { $what } needs `name = "…"` besides names by language
error-facts-gender = gender `{ $value }` must be female, male or other
error-facts-person-twice = person `{ $id }` is defined twice
error-facts-no-person = no [[people]] entry has id `{ $id }`
error-facts-no-original-title = `titles` has no title in the original language `{ $lang }`
error-facts-limit = limit `{ $id }` must be a positive number of words
# $known: the sections with a limit, comma-separated.
error-facts-limit-section = `{ $id }` is not a section with a word limit ({ $known })
press-field-person-id = person id
press-field-role = role
press-field-festival-id = festival id
press-field-festival-name = a festival name
press-field-city = a city
press-field-premiere = premiere
press-field-selection = selection
press-field-award = award
press-field-distribution-role = distribution role
press-field-contact-role = contact role
press-field-link-kind = link kind
press-field-project-type = project type
press-field-color = color

## What film.toml asks for, in `locales check` findings: $what is one of the press-key messages.

press-asked-by = { $what } { "\"" }{ $id }{ "\"" }
press-key-project-type = project-type
press-key-color = color
press-key-country = country
press-key-language = language
press-key-role = role
press-key-premiere = premiere
press-key-selection = selection
press-key-award = award
press-key-distribution-role = distribution role
press-key-contact-role = contact role
press-key-link-kind = link kind
# press --stats: a section over its word limit.
press-stats-over = ≤ { $limit }: over by { $over }

## The settings a report shows for a file, label and value. $fps and $limit are written as numbers.

setting-profile = Profile
setting-audience = Audience
setting-frame-rate = Frame rate
setting-fps = { $fps } fps
setting-configuration = Configuration
setting-no-configuration = none (profile defaults and flags)
setting-reading-speed = Reading speed limit
setting-cps = { $limit } characters per second
setting-value = { $value }
setting-differs = differs between files (see each file)
setting-tolerance = Tolerance
setting-ms = { $ms } ms
language-unknown-skipped = unknown (no --lang, nothing in the file name, not detected): language rules skipped

## Times, durations and timecodes as typed. $text is what was typed; $timecode and $fps as written.

error-time-frames-too-many = { $frames } frames at { $fps } fps is more than 9999 hours
error-time-frames-need-rate = { $frames } frames need a frame rate
error-time-timecode-needs-rate = the timecode { $timecode } needs a frame rate
error-time-not-a-duration = `{ $text }` is not a duration (try -2.5s, +1500ms, -00:00:02,500 or +12f)
# $reason: one of the timecode messages.
error-time-in = `{ $text }`: { $reason }
error-time-too-many-frames = `{ $text }`: too many frames
error-time-negative = `{ $text }`: a time cannot be negative
error-time-text-out-of-range = `{ $text }` is out of range
error-time-timecode-out-of-range = { $timecode } is out of range
error-time-not-frames = `{ $text }`: give a time, not a frame count
error-time-timecode-text-needs-rate = `{ $text }` is a timecode: it needs a frame rate
error-time-not-a-timecode = `{ $text }` is not a timecode: write HH:MM:SS:FF, or HH:MM:SS;FF for drop-frame
error-time-over-59 = `{ $text }`: minutes and seconds go up to 59
# $most: the last frame label at $fps.
error-time-frames-go-up-to = { $timecode }: the frames go up to { $most } at { $fps } fps
error-time-drop-frame-rate = { $timecode } is drop-frame, which exists only at 29.97 and 59.94 fps (not { $fps })
error-time-dropped-label = { $timecode } does not exist: drop-frame timecode skips it
# $start: the programme's first timecode.
error-time-before-start = { $timecode } is before the programme start { $start }

## The list of formats dejamos reads, in error-no-format and cli-no-subtitle-file. $rest: the
## names before the last, joined with ", ".

formats-read = { $rest } and { $last }

## check --fix: refusing to write a fixed file, and the encoding a file is re-encoded from.

# $reason: why the fixed bytes could not be read (an error message, or error-fix-no-subtitles).
error-fix-unreadable = cannot fix: the fixed file could not be read back ({ $reason }); nothing written
error-fix-no-subtitles = it would contain no readable subtitles
# The $from of cli-would-reencode and cli-reencoded. $name: an encoding name (windows-1252).
fix-from-encoding = { $name }
fix-from-utf8-bom = utf-8 with a byte-order mark
# The reason of show-config-language when the file cannot be read.
show-config-language-from-settings = from the flags, file name or configuration
