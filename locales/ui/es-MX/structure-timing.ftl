### Mensajes de la interfaz: reglas de formato, codificación, estructura, tiempos y entrega (observaciones, correcciones), perfiles y palabras del catálogo.

## Unidades

frames = { $count ->
    [one] { $count } fotograma
   *[other] { $count } fotogramas
}
frames-fraction = { $count } fotogramas

## Lo que impide alargar un subtítulo

stop-next-cue = el subtítulo { $cue }, que empieza en { $time }
stop-cut = el corte en { $time }
stop-max-duration = la duración máxima de { $ms } ms
stop-no-room = no hay espacio

## min-duration

min-duration = el subtítulo { $cue } dura { $duration } ms ({ $frames }); el mínimo es { $minimum } ms ({ $minimum_frames } fotogramas a { $fps } fps)
min-duration-no-room = { $message }; no hay espacio para alargarlo: { $stop }
fix-min-duration = alargar el subtítulo hasta { $end } ({ $frames } fotogramas)
fix-min-duration-as-far-as = alargar el subtítulo hasta { $end }, hasta donde lo permite { $stop }; le siguen faltando { $short } ms para el mínimo

## max-duration

max-duration = el subtítulo { $cue } dura { $duration } s; el máximo es { $maximum } s
fix-max-duration = acortar el subtítulo para que termine en { $end } ({ $maximum } s)

## min-gap, gap-chaining y overlap

min-gap = { $gap } ms ({ $frames }) después de que termina el subtítulo { $cue } (línea { $line }); la separación mínima entre subtítulos es de { $minimum_frames } ({ $minimum } ms a { $fps } fps)
fix-pull-back = terminar el subtítulo { $cue } en { $end }, { $frames } antes del subtítulo { $next }
gap-chaining = { $gap } ms ({ $frames }) después de que termina el subtítulo { $cue } (línea { $line }): cierra la separación a { $keep }
fix-gap-chaining = terminar el subtítulo { $cue } en { $end }, { $keep } fotogramas antes del subtítulo { $next }

## shot-change

shot-change-start-after = el subtítulo { $cue } empieza { $frames } después del corte en { $cut }: haz que empiece en el corte ({ $on })
shot-change-start-before = el subtítulo { $cue } empieza { $frames } antes del corte en { $cut }: haz que empiece en el corte ({ $on })
shot-change-start-zone = el subtítulo { $cue } empieza { $frames } antes del corte en { $cut }: haz que empiece { $zone } fotogramas antes del corte ({ $clear }) o en el corte ({ $on }); no se corrige solo, porque solo una persona puede separar una entrada del diálogo
fix-shot-change-start = hacer que el subtítulo { $cue } empiece en el corte en { $on }
shot-change-end-early = el subtítulo { $cue } termina { $frames } antes del corte en { $cut }: haz que termine { $gap } antes del corte ({ $goal })
shot-change-end-near = el subtítulo { $cue } termina { $place } en { $cut }: haz que termine { $gap } antes del corte ({ $goal })
shot-change-on-cut = justo en el corte
shot-change-before-cut = { $frames } antes del corte
shot-change-after-cut = { $frames } después del corte
shot-change-end-crosses = el subtítulo { $cue } rebasa el corte en { $cut } por { $frames } y se asoma al plano siguiente: haz que termine { $gap } antes del corte ({ $goal })
fix-shot-change-end = terminar el subtítulo { $cue } en { $goal }, { $gap } antes del corte

## encoding

encoding-not-utf8 = el archivo está codificado en { $name } ({ $how }), no en UTF-8
encoding-from-bom = según su marca de orden de bytes
encoding-detected = codificación detectada
encoding-given = codificación indicada con --encoding
fix-encoding-reencode = volver a codificar el archivo en UTF-8 sin marca de orden de bytes
encoding-bom = el archivo empieza con una marca de orden de bytes (BOM) de UTF-8; entrégalo en UTF-8 sin ella
fix-encoding-bom = quitar la marca de orden de bytes

## line-endings

line-endings = finales de línea mezclados ({ $counts }); este es el primero que no es { $dominant }
fix-line-endings = usar finales de línea { $dominant } en todo el archivo

## position

position-an = `{ "{" }\an{ $n }{ "}" }` coloca el subtítulo { $place }: solo se permiten `{ "{" }\an8{ "}" }` (arriba) y `{ "{" }\an2{ "}" }` (abajo), centrados
position-vtt-settings = los ajustes del subtítulo `{ $settings }` lo colocan descentrado o a media pantalla: solo se permite centrado arriba o abajo
position-other = el subtítulo no está centrado arriba ni abajo
position-bottom-left = abajo a la izquierda
position-bottom-right = abajo a la derecha
position-middle-left = a media altura, a la izquierda
position-middle = en el centro de la pantalla
position-middle-right = a media altura, a la derecha
position-top-left = arriba a la izquierda
position-top-right = arriba a la derecha
position-outside = fuera de las nueve posiciones de la pantalla

## frame-rate

frame-rate = se revisó a { $fps } fps; esta entrega solo acepta { $accepted } fps (ajusta los tiempos y vuelve a revisar a esa velocidad)
frame-rate-or = { $a } o { $b }

## SDH

sdh-brackets = `{ $label }`: en los subtítulos para sordos, los efectos de sonido y las identificaciones de personaje van entre corchetes
fix-sdh-brackets = cambiar los paréntesis por corchetes
sdh-label-empty = etiqueta vacía `[]`: describe el sonido o quítala
sdh-label-italic = `[{ $label }]` está en cursivas: las etiquetas para sordos nunca van en cursivas
sdh-label-capitals = `[{ $label }]` está en mayúsculas: en inglés, las etiquetas para sordos van en minúsculas, salvo los nombres propios (`[{ $lowercase }]`)
unbalanced-bracket-reopened = el `[` no se cierra antes del siguiente `[` (agrega `]` donde termina la etiqueta)
unbalanced-bracket-not-open = el `]` cierra un corchete que no está abierto en este subtítulo
unbalanced-bracket-not-closed = el `[` no se cierra en este subtítulo (agrega `]` donde termina la etiqueta)
lyrics = letra de canción: { $problems }
lyrics-note = usa ♪ como nota musical
lyrics-close = cierra también la línea con ♪
lyrics-open = abre también la línea con ♪
lyrics-space-after = deja un espacio después del ♪ inicial
lyrics-space-before = deja un espacio antes del ♪ final
lyrics-italics = pon la letra en cursivas
fix-lyrics = marcar la letra con ♪ y espacios
speaker-id-script = identificación de personaje `{ $name }:`: escríbela entre corchetes, `[{ $name }]`
fix-speaker-id = escribir `[{ $name }]`
speaker-id-after-text = identificación de personaje `[{ $label }]` después de otro texto: ponla al principio de su propia línea, después de un guion

## forced-in-full y forced-no-sdh

forced-in-full-other-text = en el archivo completo, el subtítulo con estos tiempos dice `{ $theirs }`, no `{ $text }`
forced-in-full-other-times = `{ $text }` está en el archivo completo en { $start } --> { $end }, no con estos tiempos
forced-in-full-missing = `{ $text }` no está en el archivo de subtítulos completo: los subtítulos forzados también deben estar en él
forced-no-sdh = `{ $label }` es una etiqueta para sordos: los subtítulos forzados solo llevan texto en pantalla y diálogo

## Observaciones del lector de SRT

missing-timing = el bloque { $index } no tiene línea de tiempos: su texto nunca se muestra; agrega la línea de tiempos debajo del número
stray-text = texto fuera de cualquier subtítulo: `{ $text }`; un subtítulo necesita una línea de número y una de código de tiempo
stray-text-lines = texto fuera de cualquier subtítulo: `{ $text }` (y { $more ->
    [one] una línea más
   *[other] { $more } líneas más
}); un subtítulo necesita una línea de número y una de código de tiempo
blank-line-in-cue-spaces = línea de solo espacios dentro del subtítulo { $cue }: algunos reproductores terminan el subtítulo ahí y otros muestran una línea vacía
blank-line-in-cue = línea en blanco dentro del subtítulo { $cue }: la mayoría de los reproductores terminan el subtítulo ahí y descartan el resto
blank-line-missing = no hay línea en blanco entre el subtítulo { $cue } y el siguiente: los reproductores pueden leer el número del siguiente como texto
coordinates = datos después del tiempo de salida (`{ $data }`): las especificaciones de entrega no permiten posiciones aquí
final-newline = el archivo no termina con un salto de línea
blank-lines-before-first = { $count ->
    [one] una línea en blanco
   *[other] { $count } líneas en blanco
} antes del primer subtítulo
blank-lines-at-end = { $count } líneas en blanco al final del archivo
blank-lines-between = { $count } líneas en blanco entre subtítulos, donde va una
index-missing = el subtítulo { $cue } no tiene línea de número (se esperaba { $expected })
index-spaces = el número `{ $index }` tiene espacios alrededor
index-out-of-sequence = número { $index } donde se esperaba { $expected } (los números deben ir 1, 2, 3… en orden)
index-too-large = un número de { $digits } cifras es demasiado grande (se esperaba { $expected })
index-not-a-number = `{ $index }` no es un número (se esperaba { $expected })
glyph-nul = byte NUL (U+0000): el archivo está dañado o no es texto plano

## timestamp-syntax

timing-no-arrow = la línea de tiempos no tiene ` --> ` entre los tiempos
timing-leading-space = espacios antes del tiempo de entrada
timing-no-start = falta el tiempo de entrada
timing-no-end = falta el tiempo de salida
timing-arrow-spaces = la flecha debe ser ` --> `, con un espacio de cada lado
timing-trailing-space = espacios después del tiempo de salida
time-negative = `{ $time }` es negativo: los tiempos empiezan en 00:00:00,000
time-not-a-time = `{ $time }` no es un código de tiempo: usa HH:MM:SS,mmm
time-bad-millis = `{ $time }` tiene mal escrito el campo de milisegundos
time-long-millis = `{ $time }` tiene { $digits } cifras de milisegundos; SRT admite 3
time-long-fields = `{ $time }`: los minutos y los segundos llevan dos cifras como máximo
time-minutes = `{ $time }`: los minutos ({ $minutes }) pasan de 59
time-seconds = `{ $time }`: los segundos ({ $seconds }) pasan de 59
time-out-of-range = `{ $time }` está fuera de rango (el tiempo más alto es { $largest })
time-no-millis = `{ $time }` no tiene milisegundos: escribe HH:MM:SS,mmm
time-separator = `{ $time }` usa `{ $separator }` antes de los milisegundos; SRT usa una coma
time-short-millis = `{ $time }` tiene un campo de milisegundos de { $digits } { $digits ->
    [one] cifra
   *[other] cifras
}; escribe 3 cifras (`{ $padded }`)
time-short-millis-read-as = `{ $time }` tiene un campo de milisegundos de { $digits } { $digits ->
    [one] cifra
   *[other] cifras
}, que se lee como { $ms } ms (no { $decimal } ms, como sería en decimal); escribe 3 cifras
time-not-padded = `{ $time }` no tiene los ceros a la izquierda: escribe HH:MM:SS,mmm

## Observaciones del lector de WebVTT

vtt-header-empty = el archivo está vacío: un archivo WebVTT empieza con `WEBVTT`
vtt-header-blank-line = una línea en blanco debe separar el encabezado del primer subtítulo
vtt-header-missing = un archivo WebVTT debe empezar con `WEBVTT`, no con `{ $found }`
vtt-style-skipped = bloque STYLE omitido: dejamos conserva los subtítulos y no aplica el CSS de WebVTT
vtt-region-skipped = bloque REGION omitido: dejamos conserva los subtítulos y no aplica las regiones de WebVTT
vtt-stray-text = texto fuera de cualquier subtítulo: `{ $text }`; un subtítulo necesita una línea de tiempos `00:00:01.000 --> 00:00:02.000`
vtt-blank-line-missing = no hay línea en blanco entre el subtítulo { $cue } y el siguiente
vtt-timing-no-arrow = la línea de tiempos no tiene ` --> `
vtt-arrow-spaces = WebVTT necesita un espacio o tabulador a cada lado de `-->`
vtt-time-syntax = `{ $time }` no es un código de tiempo de WebVTT: usa HH:MM:SS.mmm
vtt-time-comma = `{ $time }` usa `,` antes de los milisegundos; WebVTT usa `.`
vtt-time-millis = `{ $time }` debe tener exactamente tres cifras de milisegundos
vtt-time-padded = `{ $time }` debe llevar ceros a la izquierda: HH:MM:SS.mmm
vtt-time-fields = `{ $time }`: los minutos y los segundos van de 00 a 59

## Correcciones de las reglas del lector

fix-renumber = renumerar los subtítulos 1, 2, 3…
fix-blank-lines = quitar las líneas en blanco de más
fix-timestamp-syntax = escribir la línea de tiempos como `HH:MM:SS,mmm --> HH:MM:SS,mmm`
fix-blank-line-missing = insertar una línea en blanco entre los subtítulos
fix-final-newline = terminar el archivo con un salto de línea

## Perfiles

profile-frame-rates = velocidades
profile-sdh-rules = reglas para sordos (SDH)
profile-forced-rules = reglas de subtítulos forzados
profile-also-runs = también revisa: { $rules }
