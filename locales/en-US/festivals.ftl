### Festival run and distribution. Festival names are official names and live in ../film.toml;
### premieres, selections and awards are ids there and wording here.

## Festivals

# Where a festival takes place.
# Variables:
#   $city (String) - the city (and state), e.g. "Austin, Texas".
#   $country (String) - the country's name, already translated.
festival-place = { $city }, { $country }
# A premiere with its date.
# Variables:
#   $premiere (String) - the premiere label, e.g. "World Premiere".
#   $date (Date) - an ISO date such as 2022-03-11.
festival-premiere-dated = { $premiere }, { DATETIME($date) }

premiere-world = World Premiere
premiere-international = International Premiere
premiere-north-american = North American Premiere
premiere-us = U.S. Premiere
premiere-mexican = Mexican Premiere
premiere-texas = Texas Premiere
premiere-new-york = New York Premiere

selection-official = Official Selection

award-fandor-new-voices = Fandor New Voices Award
award-louis-black-lone-star = Louis Black Lone Star Award
award-emerging-artist = Emerging Artist Award
award-best-feature = Best Feature Award
award-audience = Audience Award
award-special-jury-mention = Special Jury Mention

## Awards highlight

# One award for the laurels list.
# Variables:
#   $award (String) - the award's name.
#   $festival (String) - the festival's name.
award-highlight = { $award } — { $festival }
# One award, with the year of the festival when film.toml dates it.
# Variables:
#   $award (String) - the award's name.
#   $festival (String) - the festival's name.
#   $year (String) - the festival's year.
award-highlight-dated = { $award } — { $festival } { $year }

## Contacts and press material (only rendered when film.toml lists some)

contact-press = Press
contact-sales = Sales
contact-distribution = Distribution
contact-festivals = Festival Bookings
links-heading = Press Material
link-press-kit = Press Kit
link-stills = Stills
link-trailer = Trailer
link-poster = Poster
link-website = Website
link-screener = Screener

## Distribution

# Variables:
#   $count (Number) - how many companies follow.
distribution-distributor =
    { $count ->
        [one] Distributor
       *[other] Distributors
    }
# Variables:
#   $count (Number) - how many companies follow.
distribution-sales-agent =
    { $count ->
        [one] Sales Agent
       *[other] Sales Agents
    }
# Variables:
#   $count (Number) - how many territories follow.
distribution-territories =
    { $count ->
        [one] Territory
       *[other] Territories
    }
