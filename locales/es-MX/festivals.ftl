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

award-fandor-new-voices = Premio Fandor New Voices
award-louis-black-lone-star = Premio Louis Black Lone Star
award-emerging-artist = Premio al artista emergente
award-best-feature = Premio al mejor largometraje
award-audience = Premio del público
award-special-jury-mention = Mención especial del jurado

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
