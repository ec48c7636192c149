### The report layer: summaries and the fixed texts of every output format.

## Counts. $count is a whole number.

count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
count-cues = { $count ->
    [one] { $count } cue
   *[other] { $count } cues
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
# Info findings are not counted in the plural in English ("3 info").
count-infos = { $count } info
count-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}

## Lists of two and three counts ($a, $b, $c are rendered counts).

list-two = { $a }, { $b }
list-three = { $a }, { $b }, { $c }

## The summary line of the human and concise formats.

# $files is count-files; $cues is count-cues.
summary-within-cues = { $files } ({ $cues })
summary-none-checked = No file could be checked.
# $within is count-files or summary-within-cues.
summary-clean = No problems found in { $within }.
# $counts is a list of count-errors, count-warnings and count-infos.
summary-found = Found { $counts } in { $within }.
# $count: findings `--fix` can fix.
summary-fixable = [*] { $count ->
    [one] { $count } finding is
   *[other] { $count } findings are
} fixable with --fix.
summary-fixable-short = [*] { $count } fixable with --fix.
# One row of the counts by rule.
summary-rule-fixable = [*] { $count } fixable
# $languages: the list of summary-language entries.
summary-languages = Languages: { $languages }.
# $language is a tag (es, en); $reason is language-reason-*; $files is count-files.
summary-language = { $language } ({ $reason }; { $files })
summary-language-no-reason = { $language } ({ $files })

## Why a file was checked in a language (the JSON field `language_reason` stays in English).

language-reason-file-name = file name
language-reason-given = given
language-reason-reference = reference
# $percent is a whole number.
language-reason-detected = detected from the text ({ $percent }% sure)
language-reason-unknown = unknown (not given, nothing in the file name, not detected)

## Labels of the human format (rustc style).

level-error = error
level-warning = warning
level-info = info
level-help = help
level-note = note
# $other is the other file's path, $line a line number.
note-matching-cue = the matching cue in { $other } is at line { $line }
sarif-related-location = the matching place in the other file

## The rule reference (`dejamos rules`). Rule names, categories and severities stay as typed.

rules-heading-rule = RULE
rules-heading-command = COMMAND
rules-heading-category = CATEGORY
rules-heading-severity = SEVERITY
rules-heading-fix = FIX
rules-heading-summary = SUMMARY
rules-yes = yes
rules-text-head = { $name } ({ $category }, { $severity } by default) · dejamos { $command }
rules-text-head-fixable = { $name } ({ $category }, { $severity } by default, fixable with --fix) · dejamos { $command }
rules-md-fixable = { " · fixable" }
rules-md-table-head = | Rule | Command | Category | Severity | Fix | Summary |
# The leads of the sections of a rule's documentation (see `ui::rule_docs`).
rule-section-what = **What it does.**
rule-section-why = **Why.**
rule-section-source = **Source.**
rule-section-example = **Example.**
rule-section-instead = **Use instead.**
rule-section-fix = **Fix.**
# $name is what was typed; $hint is empty or a did-you-mean suggestion.
rules-unknown = unknown rule `{ $name }`{ $hint }

## The HTML report's page.

html-title = dejamos { $command } report
html-heading = Subtitle QC report:
html-fact-tool = Tool
html-fact-generated = Generated
html-fact-command = Command
# Holds a link to the totals; keep the <a> element as it is.
html-jump = The <a href="#totals">totals and filters</a> follow; then each file with its timeline and findings.
html-file-number = File { $number }
html-timeline = Timeline
html-no-timeline-pieces = No timeline: the file was checked piece by piece.
html-findings = Findings
html-col-severity = Severity
html-col-rule = Rule
html-col-cue = Cue
html-col-time = Time
html-col-line = Line
html-col-text = Text
html-col-finding = Finding
# $line is a line number in the other file.
html-other-line = In the other file: line { $line }.
html-fix = Fix:
html-no-findings = No findings.
html-totals = Totals
html-fixable = { $count } fixable
html-languages = Languages:
html-show = Show
html-filter-severities = Severities (findings)
html-filter-rules = Rules (findings)
html-by-file = Findings by file
html-col-file = File
html-col-cues = Cues
html-col-errors = Errors
html-col-warnings = Warnings
html-col-infos = Info
html-footer = Made by dejamos { $version }. Timecodes are hours:minutes:seconds,milliseconds.

## More lines of the summary.

# $configs: the configuration files that applied, comma-separated.
summary-configuration = Configuration: { $configs }.
# $rule: the most frequent rule of the run.
summary-rules-pointer = See `dejamos rules NAME` for what a rule above checks and what to do: `dejamos rules { $rule }`.
rules-profiles-text = profiles (dejamos rules --profile NAME):
rules-profiles-md = Profiles

## The HTML report's file facts, timeline and pair view.

html-fact-cues = Cues
html-fact-language = Language
html-fact-encoding = Encoding
# The tooltip of the mark where a finding without width is.
html-here = here
html-timeline-empty = No cues to draw.
html-timeline-too-many-cues = No timeline: the file has more than { $limit } cues.
html-timeline-too-long = No timeline: the cues cover more than { $limit } minutes.
html-timeline-summary = Timeline: { $cues ->
        [one] { $cues } cue
       *[other] { $cues } cues
    } from { $start } to { $end }; { $gaps ->
        [one] { $gaps } gap under 2 frames
       *[other] { $gaps } gaps under 2 frames
    }, { $overlaps ->
        [one] { $overlaps } overlap
       *[other] { $overlaps } overlaps
    }
html-timeline-summary-speed = ; { $over ->
        [one] { $over } cue
       *[other] { $over } cues
    } over { $limit } characters per second
html-timeline-overlap = Overlap of { $ms } ms between cues { $first } and { $second }
html-timeline-gap = Gap of { $ms } ms between cues { $first } and { $second }
html-timeline-speed = Cue { $cue }: { $cps } characters per second (limit { $limit })
html-timeline-shot = Shot change at { $at }
html-cue-title = Cue { $cue }, { $start } to { $end }
html-cue-title-findings = Cue { $cue }, { $start } to { $end }, { $findings ->
        [one] { $findings } finding
       *[other] { $findings } findings
    }
html-legend-cue = cue
html-legend-worst-error = cue whose worst finding is an error
html-legend-worst-warning = cue whose worst finding is a warning
html-legend-worst-info = cue whose worst finding is info
html-legend-gap = gap under 2 frames (under { $ms } ms at { $fps } fps)
html-legend-overlap = overlap (hatched)
html-legend-shot = shot change
html-legend-speed = reading speed over { $limit } characters per second (dashed line: the limit; bars stop at twice it)
html-pair-and = and
html-pair-side = { $path } ({ $cues ->
        [one] { $cues } cue
       *[other] { $cues } cues
    })
html-pair-side-language = { $path } ({ $language }, { $cues ->
        [one] { $cues } cue
       *[other] { $cues } cues
    })
html-pair-first = First file (A)
html-pair-second = Second file (B)
html-pair-tolerance = Tolerance
html-pair-encoding = Encoding (A)
html-pair-side-by-side = Side by side
html-pair-col-cue-a = Cue A
html-pair-col-text-a = Text A
html-pair-col-timing = Timing
html-pair-col-cue-b = Cue B
html-pair-col-text-b = Text B
html-pair-other-findings = Other findings
html-pair-only-a = only in A
html-pair-only-b = only in B
html-pair-start = start
html-pair-end = end
html-pair-split = split 1 → { $cues }
html-pair-merged = merged { $cues } → 1
html-pair-group = group { $a } ↔ { $b }
html-pair-missing = missing: no cue overlaps
