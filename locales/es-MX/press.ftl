### Textos de prensa de Lo que dejamos atrás: documento, títulos de sección y ficha técnica.
### Los datos (nombres, fechas, códigos) están en ../film.toml; aquí va solo la redacción.

## Documento

# Variables:
#   $title (String) - el título de la película en español; se muestra en cursiva.
document-title = { $title } — Carpeta de prensa
# Variables:
#   $director (String) - el nombre de quien dirige.
byline = Una película de { $director }

## Títulos de sección

section-logline = En una línea
section-synopsis = Sinopsis
synopsis-short-heading = Sinopsis breve
synopsis-medium-heading = Sinopsis media
synopsis-long-heading = Sinopsis larga
section-credits = Créditos
section-details = Ficha técnica
section-awards = Premios
section-festivals = Festivales
section-contacts = Contacto
section-distribution = Distribución
# Variables:
#   $gender (String) - género de quien dirige: female, male u other.
section-bio =
    { $gender ->
        [female] Semblanza de la directora
        [male] Semblanza del director
       *[other] Semblanza
    }
# Variables:
#   $gender (String) - género de quien dirige: female, male u other.
section-statement =
    { $gender ->
        [female] Nota de la directora
        [male] Nota del director
       *[other] Nota de dirección
    }

## Ficha técnica: etiquetas

details-english-title = Título en inglés
details-original-title = Título original
details-project-type = Tipo de proyecto
details-runtime = Duración
details-completion-date = Fecha de conclusión
# Variables:
#   $count (Number) - cuántos países siguen.
details-countries-of-origin =
    { $count ->
        [one] País de origen
       *[other] Países de origen
    }
# «Locaciones», como se dice en México, no cambia con el número de países.
# @ignores $count (la etiqueta es la misma para uno o varios países)
details-countries-of-filming = Locaciones
# Variables:
#   $count (Number) - cuántos idiomas siguen.
details-languages =
    { $count ->
        [one] Idioma
       *[other] Idiomas
    }
# @verbatim: «color» se escribe igual en español.
details-color = Color
details-first-time-filmmaker = Ópera prima
details-student-project = Proyecto estudiantil

## Ficha técnica: valores

project-type-documentary-feature = Largometraje documental
project-type-documentary-short = Cortometraje documental
project-type-fiction-feature = Largometraje de ficción
project-type-fiction-short = Cortometraje de ficción

# Duración con símbolos, sin punto ni plural: «72 min (1 h 12 min)».
# Variables:
#   $total (Number) - la duración en minutos.
#   $hours (Number) - las horas completas.
#   $minutes (Number) - los minutos que sobran después de las horas.
# @verbatim: los símbolos «h» y «min» son iguales en los dos idiomas.
runtime =
    { $hours ->
        [0] { $total } min
       *[other]
            { $minutes ->
                [0] { $total } min ({ $hours } h)
               *[other] { $total } min ({ $hours } h { $minutes } min)
            }
    }

# Una fecha sola, escrita completa («11 de marzo de 2022»).
# Variables:
#   $date (Date) - una fecha ISO como 2022-03-11.
date-long = { DATETIME($date) }

# @verbatim: «color» se escribe igual en español.
color-color = Color
color-black-and-white = Blanco y negro
answer-yes = Sí
# @verbatim: «no» se escribe igual en español.
answer-no = No

## Países (códigos ISO 3166-1 de film.toml, en minúsculas)

country-us = Estados Unidos
country-mx = México
country-gb = Reino Unido
# @verbatim: el nombre del país es el mismo en español.
country-au = Australia
country-ca = Canadá
country-nz = Nueva Zelanda

## Idiomas (códigos ISO 639-1 de film.toml); en español van con minúscula

language-es = español
language-en = inglés
