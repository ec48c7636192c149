### Credits: one message per role id used in ../film.toml ([[credits]] role = "…").
### `press` groups the people of a role on one line, in the US billing order
### (src/press/billing.rs). English role names vary only in number.

credits-filmography = Filmography

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-director =
    { $count ->
        [one] Director
       *[other] Directors
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-writer =
    { $count ->
        [one] Writer
       *[other] Writers
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-producer =
    { $count ->
        [one] Producer
       *[other] Producers
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-executive-producer =
    { $count ->
        [one] Executive Producer
       *[other] Executive Producers
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-co-producer =
    { $count ->
        [one] Co-Producer
       *[other] Co-Producers
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-cinematographer =
    { $count ->
        [one] Director of Photography
       *[other] Directors of Photography
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-editor =
    { $count ->
        [one] Editor
       *[other] Editors
    }

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-sound = Sound

# Variables:
#   $gender (String) - the gender all people in the role share: female, male or other.
#   $count (Number) - how many people share the role.
role-composer = Music
