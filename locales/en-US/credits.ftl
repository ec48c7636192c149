### Credits: one message per role id used in ../film.toml ([[credits]] role = "…").
### Spanish agrees each label with the person's gender; English labels do not vary.

credits-other-works = Other works

# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-director = Director
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-producer = Producer
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-co-producer = Co-Producer
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-executive-producer = Executive Producer
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-editor = Editor
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-writer = Writer
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-cinematographer = Cinematographer
# Variables:
#   $gender (String) - the person's gender: female, male or other.
role-composer = Composer
