### Recorrido por festivales y distribución. Los nombres de los festivales son los oficiales y
### están en ../film.toml (con su nombre oficial en español, si lo tienen); aquí van los estrenos,
### las selecciones y los premios.

## Festivales

# Dónde se celebra un festival.
# Variables:
#   $city (String) - la ciudad (y el estado), p. ej. «Austin, Texas».
#   $country (String) - el nombre del país, ya traducido.
festival-place = { $city }, { $country }
# Un estreno con su fecha.
# Variables:
#   $premiere (String) - el tipo de estreno, p. ej. «Estreno mundial».
#   $date (Date) - una fecha ISO como 2022-03-11.
festival-premiere-dated = { $premiere }, { DATETIME($date) }

premiere-world = Estreno mundial
premiere-international = Estreno internacional
premiere-north-american = Estreno en Norteamérica
premiere-us = Estreno en Estados Unidos
premiere-mexican = Estreno en México
premiere-texas = Estreno en Texas
premiere-new-york = Estreno en Nueva York

selection-official = Selección oficial

# Premios con nombre propio: «Premio» y el nombre oficial, sin traducir (Premio Fandor New
# Voices). Premios por categoría: se traducen, con la categoría en minúscula y sin género
# (Premio al mejor largometraje, Premio al talento emergente). Ver ../README.md.

award-fandor-new-voices = Premio Fandor New Voices
award-louis-black-lone-star = Premio Louis Black Lone Star
award-emerging-artist = Premio al talento emergente
award-best-feature = Premio al mejor largometraje
award-audience = Premio del público
award-special-jury-mention = Mención especial del jurado

## Premios destacados

# Un premio, para los laureles.
# Variables:
#   $award (String) - el nombre del premio.
#   $festival (String) - el nombre del festival.
award-highlight = { $award } — { $festival }
# Un premio, con el año del festival cuando film.toml lo fecha.
# Variables:
#   $award (String) - el nombre del premio.
#   $festival (String) - el nombre del festival.
#   $year (String) - el año del festival.
award-highlight-dated = { $award } — { $festival } { $year }

## Contacto y material de prensa (solo aparecen si film.toml los incluye)

contact-press = Prensa
contact-sales = Ventas
contact-distribution = Distribución
contact-festivals = Festivales
links-heading = Material de prensa
link-press-kit = Carpeta de prensa
link-stills = Fotografías fijas
link-trailer = Tráiler
link-poster = Póster
link-website = Sitio web
link-screener = Enlace de visionado

## Distribución

# Variables:
#   $count (Number) - cuántas empresas siguen.
distribution-distributor =
    { $count ->
        [one] Distribuidora
       *[other] Distribuidoras
    }
# Variables:
#   $count (Number) - cuántas empresas siguen.
distribution-sales-agent =
    { $count ->
        [one] Agente de ventas
       *[other] Agentes de ventas
    }
# Variables:
#   $count (Number) - cuántos territorios siguen.
distribution-territories =
    { $count ->
        [one] Territorio
       *[other] Territorios
    }
