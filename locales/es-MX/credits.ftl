### Créditos: un mensaje por cada rol de ../film.toml ([[credits]] role = "…").
### `press` agrupa a las personas de cada rol en una línea, en el orden de la ficha técnica
### (src/press/billing.rs). Sin género declarado en film.toml se usa el nombre de la labor
### (Dirección, Producción, Guion), que no cambia con el número.

credits-filmography = Filmografía

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-director =
    { $gender ->
        [female]
            { $count ->
                [one] Directora
               *[other] Directoras
            }
        [male]
            { $count ->
                [one] Director
               *[other] Directores
            }
       *[other] Dirección
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-producer =
    { $gender ->
        [female]
            { $count ->
                [one] Productora
               *[other] Productoras
            }
        [male]
            { $count ->
                [one] Productor
               *[other] Productores
            }
       *[other] Producción
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-executive-producer =
    { $gender ->
        [female]
            { $count ->
                [one] Productora ejecutiva
               *[other] Productoras ejecutivas
            }
        [male]
            { $count ->
                [one] Productor ejecutivo
               *[other] Productores ejecutivos
            }
       *[other] Producción ejecutiva
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-co-producer =
    { $gender ->
        [female]
            { $count ->
                [one] Coproductora
               *[other] Coproductoras
            }
        [male]
            { $count ->
                [one] Coproductor
               *[other] Coproductores
            }
       *[other] Coproducción
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-writer =
    { $gender ->
        [female]
            { $count ->
                [one] Guionista
               *[other] Guionistas
            }
        [male]
            { $count ->
                [one] Guionista
               *[other] Guionistas
            }
       *[other] Guion
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-cinematographer =
    { $gender ->
        [female]
            { $count ->
                [one] Directora de fotografía
               *[other] Directoras de fotografía
            }
        [male]
            { $count ->
                [one] Director de fotografía
               *[other] Directores de fotografía
            }
       *[other] Fotografía
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-editor =
    { $gender ->
        [female]
            { $count ->
                [one] Editora
               *[other] Editoras
            }
        [male]
            { $count ->
                [one] Editor
               *[other] Editores
            }
       *[other] Edición
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-sound =
    { $gender ->
        [female]
            { $count ->
                [one] Sonidista
               *[other] Sonidistas
            }
        [male]
            { $count ->
                [one] Sonidista
               *[other] Sonidistas
            }
       *[other] Sonido
    }

# Variables:
#   $gender (String) - el género que comparten todas las personas del rol: female, male u other.
#   $count (Number) - cuántas personas comparten el rol.
role-composer =
    { $gender ->
        [female]
            { $count ->
                [one] Compositora
               *[other] Compositoras
            }
        [male]
            { $count ->
                [one] Compositor
               *[other] Compositores
            }
       *[other] Música original
    }
