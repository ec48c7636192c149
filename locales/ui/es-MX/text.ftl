### Mensajes de la interfaz: reglas del texto: tipografía, puntuación, glifos, idioma.
### Entre comillas invertidas va el texto del subtítulo; $sign, $mark y similares son un solo carácter.

## number-style

number-style-start-spell = la oración empieza con `{ $number }`: escríbelo con letra (`{ $word }`)
number-style-start = la oración empieza con el número `{ $number }`: escríbelo con letra o cambia la redacción
number-style-spell = `{ $number }`: los números del uno al diez se escriben con letra (`{ $word }`)

## wrong-language

wrong-language = este subtítulo parece estar en { $found } en un archivo en { $expected }: ¿quedó sin traducir?
wrong-language-is-english = inglés
wrong-language-is-spanish = español
wrong-language-in-spanish = español
wrong-language-in-english = inglés

## spanish-punctuation

spanish-punctuation-space-after = espacio después de `{ $sign }`: el signo va pegado a la primera palabra
spanish-punctuation-fix-space-after = quitar el espacio después de `{ $sign }`
spanish-punctuation-space-before = espacio antes de `{ $sign }`: el signo va pegado a la última palabra
spanish-punctuation-fix-space-before = quitar el espacio antes de `{ $sign }`
spanish-punctuation-mixed = `{ $opener }` se cierra con `{ $sign }`: la pregunta se cierra con `?` y la exclamación con `!` (Netflix no los combina)
spanish-punctuation-no-opening = `{ $sign }` no tiene su `{ $opener }` de apertura en la misma oración
spanish-punctuation-combined = `{ $signs }`: la guía de Netflix para español no combina signos de interrogación y de exclamación
spanish-punctuation-period = punto después de `{ $sign }`: el signo de cierre ya termina la oración
spanish-punctuation-fix-period = quitar el punto
spanish-punctuation-never-closed = `{ $sign }` nunca se cierra con `{ $closer }` en su oración
spanish-punctuation-lost = { $n ->
    [one] se perdió { $n } signo `¿` o `¡` en una conversión (U+FFFD donde va el signo): spanish-punctuation no señala su oración; vuelve a convertir el archivo desde su codificación original o restituye los signos
   *[other] se perdieron { $n } signos `¿` o `¡` en una conversión (U+FFFD donde va el signo): spanish-punctuation no señala sus oraciones; vuelve a convertir el archivo desde su codificación original o restituye los signos
}

## glyph

glyph-not-in-list-instead = `{ $char }` ({ $codes }) no está en la lista de glifos de Netflix: escribe `{ $instead }`
glyph-not-in-list = `{ $char }` ({ $codes }) no está en la lista de glifos de Netflix
glyph-one = { $kind } { $codes }: no se permite en el texto de los subtítulos
glyph-many = { $count } caracteres no permitidos en el texto de los subtítulos ({ $codes }); el primero es { $kind }
glyph-fix-remove-invisible = quitar los caracteres invisibles
glyph-kind-tab = tabulador
glyph-kind-control = carácter de control
glyph-kind-zero-width = carácter invisible de ancho cero
glyph-kind-bidi = control bidireccional invisible
glyph-kind-replacement = carácter de sustitución (se perdió texto en una conversión)
glyph-kind-space = carácter de espacio que no está en la lista de glifos de Netflix
glyph-kind-private-use = carácter de uso privado
# @verbatim: la misma palabra en los dos idiomas.
glyph-kind-emoji = emoji
glyph-kind-not-in-list = carácter que no está en la lista de glifos de Netflix

## missing-space

missing-space = falta un espacio después de `{ $mark }` y antes de `{ $next }`: pon un espacio después del signo
missing-space-fix = insertar un espacio después de `{ $mark }`

## repeated-word

repeated-word = `{ $word }` dos veces seguidas: borra una, salvo que se haya dicho dos veces

## repeated-cue

repeated-cue = mismo texto que el subtítulo { $cue }: `{ $text }`; une los dos subtítulos o escribe lo que dice este

## doubled-punctuation

doubled-punctuation-commas = { $n } comas: escribe una
doubled-punctuation-fix-commas = escribir una sola coma
doubled-punctuation-periods = `..`: escribe un solo punto o puntos suspensivos `…`
doubled-punctuation-after-mark = punto después de `{ $mark }`: el signo ya termina la oración
doubled-punctuation-fix-period = quitar el punto
doubled-punctuation-apostrophes = dos apóstrofos `''`: escribe comillas dobles `"`
doubled-punctuation-fix-apostrophes = escribir `"`

## unbalanced-quotes

unbalanced-quotes-never-closed = `{ $mark }` nunca se cierra: cierra la cita con `{ $closer }`
unbalanced-quotes-angle = `{ $mark }`: el estilo de Netflix para este idioma es `"…"`, con `'…'` dentro
unbalanced-quotes-never-opened = `{ $mark }` cierra una cita que nunca se abrió con `{ $opener }`

## single-speaker-dash

single-speaker-dash = guion de diálogo en un subtítulo con un solo personaje: quítalo
single-speaker-dash-fix = quitar el guion
single-speaker-dash-one-line = solo una de las dos líneas empieza con guion de diálogo: con dos personajes, empieza cada línea con uno; con un solo personaje, no pongas ninguno

## continuation-ellipsis

continuation-ellipsis-spanish = la oración continúa después de los puntos suspensivos del subtítulo anterior: empieza este subtítulo con `…`
continuation-ellipsis-fix-spanish = empezar el subtítulo con `…`
continuation-ellipsis-english = en inglés, la oración que continúa tras puntos suspensivos no lleva puntos suspensivos al principio: quítalos
continuation-ellipsis-fix-english = quitar los puntos suspensivos del principio

## lowercase-after-sentence-end

lowercase-after-sentence-end = `{ $letter }` empieza una oración después de `{ $mark }`: escribe `{ $upper }`
lowercase-after-sentence-end-fix = poner `{ $letter }` en mayúscula
