### Command-line texts: errors and notices of the binary.

## The language of the interface, said once in every --help.

help-language-line = Interface language: --ui-lang TAG, else DEJAMOS_UI_LANG, LC_ALL, LC_MESSAGES or LANG (es_MX.UTF-8 → Spanish; C → English).
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-flag-help = Print help
help-flag-version = Print version
help-usage-heading = Usage:
# The placeholder for options in a usage line (`dejamos check [OPTIONS] <PATH>...`).
help-usage-options = OPTIONS

## Errors and warnings of the binary. $text is the rest of the line.

cli-error = dejamos: error: { $text }
cli-warning = warning: { $text }
word-or = or
# $flag is the option that gives the remedy.
remedy-read-as = pass { $flag } to read it
# $flags: the options, joined with word-or.
remedy-read-as-one-of = or pass { $flags }
remedy-write-utf8 = write UTF-8 with { $flag }
remedy-give-fps = add { $flag }
# $limit in bytes.
cli-over-max-size = is larger than { $flag } ({ $limit } bytes); raise { $flag } to read it

## check

cli-stdin-once = `-` (standard input) can be given only once
cli-fix-stdin = --fix cannot rewrite standard input; use --fix --diff, or pass a file
cli-output-is-input = is one of the inputs: write the report somewhere else
# $fixes and $files are counts.
cli-diff-summary = { $fixes ->
    [one] { $fixes } fix
   *[other] { $fixes } fixes
} would change { $files ->
    [one] { $files } file
   *[other] { $files } files
}; nothing written
cli-fix-summary = applied { $fixes ->
    [one] { $fixes } fix
   *[other] { $fixes } fixes
} to { $files ->
    [one] { $files } file
   *[other] { $files } files
}
cli-unreadable-inputs = { $count ->
    [one] { $count } input
   *[other] { $count } inputs
} could not be read or written
# $from is the encoding the file was read in.
cli-would-reencode = { $path }: would be re-encoded from { $from } to UTF-8 (no BOM)
cli-reencoded = { $path }: re-encoded from { $from } to UTF-8 (no BOM)

## What clap would write in English after an option's help, written by us in other languages.

help-possible-values = Possible values:
# $values: the values, comma-separated.
help-possible-values-inline = [possible values: { $values }]
# $value: the default.
help-default = [default: { $value }]
# $link is a symlink found in $folder.
cli-symlink-outside = { $link }: skipped: the symlink leads out of { $folder }
# $formats: the formats dejamos reads, as a list.
cli-no-subtitle-file = no subtitle file found (dejamos reads { $formats })

## fmt. $changed, $unchanged, $count are file counts; $changes what would change, joined with "; ".

fmt-check-summary = { $changed ->
    [one] { $changed } file
   *[other] { $changed } files
} would be reformatted, { $unchanged } already canonical
fmt-unreadable = { $count ->
    [one] { $count } file
   *[other] { $count } files
} could not be read
fmt-would-reformat = would reformat { $path }: { $changes }
fmt-reformatted = reformatted { $path }: { $changes }

## merge. Counts of cues; $top and $bottom are the two files.

merge-summary = merged { $cues } cues: { $both } from both files ({ $groups } of them splits or merges), { $top_only } only in { $top }, { $bottom_only } only in { $bottom }; { $trimmed ->
    [one] { $trimmed } end time
   *[other] { $trimmed } end times
} trimmed to keep 2 frames apart

## convert. $errors, $labels, $cues, $dashes are counts.

convert-output-is-input = is the input file: write the converted file elsewhere
convert-ttml-only-options = --fps and --lang only affect TTML output; ignored
convert-refused = { $path }: not converted: { $errors ->
    [one] { $errors } structural error
   *[other] { $errors } structural errors
} would make an invalid target; fix them first, or pass --force
convert-forced = { $path }: converted despite { $errors ->
    [one] { $errors } structural error
   *[other] { $errors } structural errors
} (--force)
convert-stripped-sdh = stripped SDH: { $labels ->
    [one] { $labels } label
   *[other] { $labels } labels
} removed, { $cues ->
    [one] { $cues } cue
   *[other] { $cues } cues
} dropped, { $dashes ->
    [one] { $dashes } dialogue dash
   *[other] { $dashes } dialogue dashes
} removed

## shots. $count is the number of cuts; $fps the frame rate.

shots-summary = { $name }: { $count ->
    [one] { $count } shot change
   *[other] { $count } shot changes
} ({ $fps } fps)
shots-summary-no-rate = { $name }: { $count ->
    [one] { $count } shot change
   *[other] { $count } shot changes
} (unknown)

## Usage errors (clap's, reworded; English prints clap's own text, these keep the two in step).

cli-error-label = error:
clap-unknown-argument = unexpected argument `{ $arg }` found
clap-unknown-command = unrecognized subcommand `{ $command }`
clap-value-missing = a value is required for `{ $arg }` but none was supplied
clap-invalid-value = invalid value `{ $value }` for `{ $arg }`
clap-invalid-value-because = invalid value `{ $value }` for `{ $arg }`: { $reason }
clap-missing-arguments = the following required arguments were not provided: { $arguments }
clap-missing-command = `{ $command }` requires a subcommand but one was not provided
clap-argument-repeated = the argument `{ $arg }` cannot be used multiple times
clap-argument-conflict = the argument `{ $arg }` cannot be used with { $other }
clap-argument-conflict-others = the argument `{ $arg }` cannot be used with one or more of the other specified arguments
clap-no-equals = equal sign is needed when assigning values to `{ $arg }`
clap-too-many-values = unexpected value `{ $value }` for `{ $arg }` found; no more were expected
clap-too-few-values = { $expected } values required by `{ $arg }`; only { $given ->
        [one] { $given } was provided
       *[other] { $given } were provided
    }
clap-wrong-number-of-values = { $expected } values required for `{ $arg }` but { $given ->
        [one] { $given } was provided
       *[other] { $given } were provided
    }
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-invalid-usage = the command line could not be read
clap-possible-values = [possible values: { $values }]
clap-commands = [subcommands: { $commands }]
clap-did-you-mean = a similar name exists: { $similar }
clap-tip = tip: { $text }
clap-tip-escape = to pass `{ $value }` as a value, use `{ $escaped }`
clap-more-information = For more information, try `--help`.

## Bad values of options (clap puts the option and the value in front).

cli-value-ui-lang = `{ $text }` is not a language tag
cli-value-language = `{ $text }` is not a language tag: use es, es-MX, es-419, en, en-US …
cli-value-frame-rate = `{ $text }` is not a frame rate: use 23.976, 24, 25, 29.97, 30 … or a fraction like 24000/1001
cli-value-negative = `{ $text }` is negative; give a duration such as 2f or 100ms
cli-value-range = `{ $text }` is not a range
cli-value-threshold = `{ $text }` is not a threshold: use a number from 0 to 1, such as 0.4
cli-value-encoding = unknown encoding `{ $text }` (try utf-8, windows-1252, iso-8859-1, utf-16le)
cli-value-profile = unknown profile `{ $text }`: use { $profiles }
cli-value-jobs-too-many = `{ $text }` threads is too many: use at most { $most } ({ $per } per core)
cli-value-jobs = `{ $text }` is not a thread count: use a whole number up to { $most }
cli-value-size = `{ $text }` is not a size: use a byte count with an optional K, M or G


## check --fix: per file and per rule, what the fixes cleared and what remains.

fix-summary = { $name }: fixed { $fixed ->
    [one] { $fixed } finding
   *[other] { $fixed } findings
} of { $total }; { $remain } remain
# After the rule's name. $left: fix-summary-left or nothing.
fix-summary-rule = { $fixed } fixed, { $remain } { $remain ->
    [one] remains
   *[other] remain
}{ $left }
# $cues: the cues' numbers, joined with ", ".
fix-summary-left = {""} (no room or not safe: cue { $cues })

## convert: what was written. $from, $to: format names; $language: one of convert-lang-* or nothing;
## $attribute: the xml:lang attribute written.

convert-done = converted { $count ->
    [one] { $count } cue
   *[other] { $count } cues
} from { $from } to { $to }{ $language }: { $path }
convert-lang-given = , { $attribute } from --lang
convert-lang-file-name = , { $attribute } from the file name
convert-lang-detected = , { $attribute } detected from the text
convert-lang-config = , { $attribute } from the configuration
convert-lang-unknown = , { $attribute } (language not detected; pass --lang)
