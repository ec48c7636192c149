### Créditos: un mensaje por cada rol de ../film.toml ([[credits]] role = "…").
### La etiqueta concuerda con el género de la persona; sin género, se usa el nombre de la labor.

credits-other-works = Otras obras

# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-director =
    { $gender ->
        [female] Directora
        [male] Director
       *[other] Dirección
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-producer =
    { $gender ->
        [female] Productora
        [male] Productor
       *[other] Producción
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-co-producer =
    { $gender ->
        [female] Coproductora
        [male] Coproductor
       *[other] Coproducción
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-executive-producer =
    { $gender ->
        [female] Productora ejecutiva
        [male] Productor ejecutivo
       *[other] Producción ejecutiva
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-editor =
    { $gender ->
        [female] Editora
        [male] Editor
       *[other] Edición
    }
# «Guionista» no cambia con el género; sin género, la labor: «Guion».
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-writer =
    { $gender ->
        [female] Guionista
        [male] Guionista
       *[other] Guion
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-cinematographer =
    { $gender ->
        [female] Directora de fotografía
        [male] Director de fotografía
       *[other] Fotografía
    }
# Variables:
#   $gender (String) - género de la persona: female, male u other.
role-composer =
    { $gender ->
        [female] Compositora
        [male] Compositor
       *[other] Música original
    }
