### Observaciones de `dejamos check`: mensajes y descripciones de las correcciones, por regla.

## Todas las reglas

more-findings-in-cue = y { $count ->
        [one] otra observación
       *[other] { $count } observaciones más
    } de esta regla en el subtítulo { $cue } (se muestran como máximo { $shown } por subtítulo)

## max-lines

max-lines = el subtítulo { $cue } tiene { $lines } líneas; el máximo es { $limit }

## max-line-length

max-line-length = la línea tiene { $length } caracteres; el máximo es { $limit }

## max-cps

max-cps = { $cps } caracteres por segundo ({ $chars } caracteres en { $duration } ms); el máximo es { $limit } (el texto necesita { $needed } ms)
max-cps-no-room = { $speed }; no hay espacio para alargarlo: { $stop }
fix-extend-for-cps = alargar el subtítulo hasta { $end } para quedar en { $limit } cps
fix-extend-as-far-as = alargar el subtítulo hasta { $end }, hasta donde lo permite { $stop }; quedan { $cps } caracteres por segundo

## fits-one-line

fits-one-line = las dos líneas caben en una ({ $joined } caracteres; el máximo es { $limit })

## line-break y line-balance

line-break-split = `{ $before }` / `{ $after }`: { $what }
line-break = { $splits }
line-break-no-room = { $splits } (ninguna otra división deja ambas líneas dentro de { $limit } caracteres)
split-article = un artículo separado de su sustantivo
split-determiner = un determinante separado de su sustantivo
split-adjective = un sustantivo separado de su adjetivo
split-first-name = un nombre de pila separado del apellido
split-name = un nombre partido entre dos líneas
split-title = un tratamiento separado del nombre
split-subject = un pronombre sujeto separado de su verbo
split-clitic = un pronombre separado de su verbo
split-reflexive = un verbo separado de su pronombre reflexivo
split-auxiliary = un auxiliar separado de su verbo
split-negation = una negación separada de su verbo
split-prepositional-verb = un verbo separado de su preposición
split-preposition = una preposición separada de su término
split-conjunction = una conjunción separada de lo que introduce
line-balance = la línea de arriba es más larga ({ $top } sobre { $bottom } caracteres); dividir entre `{ $before }` y `{ $after }` da { $new_top } sobre { $new_bottom }
fix-rebreak = volver a dividir el subtítulo: { $lines }

## ellipsis

ellipsis-three = tres puntos: usa el carácter de puntos suspensivos `…`
fix-ellipsis = cambiar `...` por `…`
ellipsis-run = { $dots } puntos: los puntos suspensivos son un solo carácter, `…`

## whitespace

whitespace-only-spaces = la línea no tiene texto visible, solo espacios
whitespace-leading = la línea empieza con { $spaces ->
    [one] un espacio
   *[other] { $spaces } espacios
}
whitespace-before-punctuation = { $spaces ->
    [one] un espacio
   *[other] { $spaces } espacios
} antes de `{ $next }`
whitespace-in-a-row = { $spaces ->
    [one] un espacio
   *[other] { $spaces } espacios
} seguidos
whitespace-trailing = la línea termina con { $spaces ->
    [one] un espacio
   *[other] { $spaces } espacios
}
fix-whitespace-leading = quitar los espacios del principio
fix-whitespace-before-punctuation = quitar el espacio antes del signo
fix-whitespace-one = dejar un solo espacio
fix-whitespace-trailing = quitar los espacios del final

## dialogue-dash

dialogue-two-speakers = dos personajes en una línea: el guion del segundo va en una línea nueva
dialogue-dash-en = en inglés, el guion de diálogo va sin espacio después (`-Text`)
dialogue-dash-es = en español, el guion de diálogo lleva un espacio después (`- Texto`)
dialogue-dash-es-exactly = en español, el guion de diálogo lleva exactamente un espacio después (`- Texto`)
dialogue-long-dash = guion de diálogo escrito como `{ $dash }`: en los subtítulos, cada personaje se marca con un guion `-`
fix-dialogue-no-space = quitar el espacio después del guion
fix-dialogue-dash = escribir el guion como `{ $dash }`

## unbalanced-tag y disallowed-tag

tag-crossing = `</{ $name }>` cierra `<{ $name }>` mientras `<{ $inner }>` sigue abierta: las etiquetas se cruzan
tag-not-open = `</{ $name }>` cierra una etiqueta que no está abierta en este subtítulo
tag-not-closed = `<{ $name }>` no se cierra en este subtítulo (agrega `</{ $name }>` donde deba terminar)
tag-not-allowed = la etiqueta `{ $tag }` no está permitida ({ $allowed })
override-not-allowed = el bloque de estilo `{ $block }` no está permitido ({ $allowed })
tags-allowed-none = no se permite ninguna marca
tags-allowed-one = solo se permite `{ $tag }`
tags-allowed-many = se permiten: { $tags }

## mojibake

mojibake-decoded-twice = texto decodificado dos veces (UTF-8 leído como windows-1252): `{ $damaged }` debe decir `{ $repaired }`

## capitalized-month y semicolon

capitalized-month = `{ $word }` a mitad de oración: en español los meses se escriben con minúscula (`{ $fixed }`)
capitalized-weekday = `{ $word }` a mitad de oración: en español los días de la semana se escriben con minúscula (`{ $fixed }`)
fix-write = escribir `{ $text }`
semicolon = punto y coma: los subtítulos de Netflix en español usan punto o coma en su lugar

## end-before-start, out-of-order, overlap, empty-cue

end-at-start = el subtítulo { $cue } termina en el mismo momento en que empieza ({ $start } --> { $end }): nunca se ve
end-before-start = el subtítulo { $cue } termina antes de empezar ({ $start } --> { $end }): nunca se ve
out-of-order = el subtítulo { $cue } empieza en { $start }, antes que el subtítulo { $previous } de arriba (línea { $line }), que empieza en { $previous_start }
overlap = el subtítulo { $cue } empieza en { $start }, { $overlap } ms antes de que termine el subtítulo { $earlier } (línea { $line }) en { $earlier_end }
empty-cue = el subtítulo { $cue } no tiene texto
empty-cue-invisible = el subtítulo { $cue } no tiene texto visible
