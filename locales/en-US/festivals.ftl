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
