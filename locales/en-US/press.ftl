### Press copy for What We Leave Behind: document, section headings and film details.
### Facts (names, dates, codes) come from ../film.toml; this file holds only wording.

## Document

# Variables:
#   $title (String) - the film's title in this locale's language; shown in italics.
document-title = { $title } — Press Kit
# Variables:
#   $director (String) - the director's name.
byline = A film by { $director }

## Section headings

section-logline = Logline
section-synopsis = Synopsis
synopsis-short-heading = Short Synopsis
synopsis-medium-heading = Medium Synopsis
synopsis-long-heading = Long Synopsis
section-credits = Credits
section-details = Details
section-awards = Awards
section-festivals = Festivals
section-contacts = Contacts
section-distribution = Distribution
# Variables:
#   $gender (String) - the director's gender: female, male or other.
section-bio = About the Director
# Variables:
#   $gender (String) - the director's gender: female, male or other.
section-statement = Director’s Statement

## Details: field labels

details-english-title = English Title
details-original-title = Original Title
details-project-type = Project Type
details-runtime = Runtime
details-completion-date = Completion Date
# Variables:
#   $count (Number) - how many countries follow.
details-countries-of-origin =
    { $count ->
        [one] Country of Origin
       *[other] Countries of Origin
    }
# Variables:
#   $count (Number) - how many countries follow.
details-countries-of-filming =
    { $count ->
        [one] Country of Filming
       *[other] Countries of Filming
    }
# Variables:
#   $count (Number) - how many languages follow.
details-languages =
    { $count ->
        [one] Language
       *[other] Languages
    }
details-color = Color
details-first-time-filmmaker = First-Time Filmmaker
details-student-project = Student Project

## Details: values

project-type-documentary-feature = Documentary, Feature
project-type-documentary-short = Documentary, Short
project-type-fiction-feature = Fiction, Feature
project-type-fiction-short = Fiction, Short

# Running time as US press copy writes it: "72 minutes".
# Variables:
#   $total (Number) - the running time in minutes.
#   $hours (Number) - whole hours in it.
#   $minutes (Number) - minutes left over after the hours.
# @ignores $hours $minutes (US copy gives the total in minutes)
runtime =
    { $total ->
        [one] { $total } minute
       *[other] { $total } minutes
    }

# A date on its own, written out in full.
# Variables:
#   $date (Date) - an ISO date such as 2022-03-11.
date-long = { DATETIME($date) }

color-color = Color
color-black-and-white = Black and White
answer-yes = Yes
answer-no = No

## Countries (ISO 3166-1 codes in film.toml, lower-case here)

country-us = United States
country-mx = Mexico
country-gb = United Kingdom
country-au = Australia
country-ca = Canada
country-nz = New Zealand

## Languages (ISO 639-1 codes in film.toml)

language-es = Spanish
language-en = English
