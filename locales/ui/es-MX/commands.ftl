### Mensajes de la interfaz: pair, merge, sync, retime, locales check y las etiquetas del informe HTML.

## pair: observaciones.

pair-missing-counterpart = el subtítulo { $cue } ({ $start } --> { $end }) «{ $text }» no tiene contraparte en { $other }: ningún subtítulo de ese archivo se le empalma
pair-missing-counterpart-here = el subtítulo { $cue } de { $other } ({ $start } --> { $end }) «{ $text }» no tiene contraparte aquí: ningún subtítulo se le empalma
pair-timing-mismatch = la entrada difiere { $start_delta } y la salida { $end_delta } del subtítulo { $cue } de { $other } ({ $start } --> { $end }); tolerancia: { $tolerance }
pair-split = { $here } se divide en { $there } de { $other }
pair-merged = { $here } se unen en { $there } de { $other }
pair-overlap-group = { $here } y { $there } de { $other } se empalman como un solo grupo
pair-same-text = el mismo texto que { $cues } de { $other }: «{ $text }»
pair-in-other-language = { $cues } { $count ->
    [one] está
   *[other] están
} en { $language }, el idioma de { $other }, no en { $expected }: «{ $text }»
pair-other-in-this-language = { $cues } de { $other } { $count ->
    [one] está
   *[other] están
} en { $language }, el idioma de este archivo, no en { $expected }: «{ $text }»
pair-cues-range = subtítulos { $first }–{ $last }
pair-cues-list = subtítulos { $list }
pair-cue = subtítulo { $cue }
pair-no-cue = ningún subtítulo
pair-lang-es = español
pair-lang-en = inglés
pair-lang-other = otro idioma

## merge: advertencias sobre un subtítulo del archivo combinado.

merge-overlaps-next = se empalma con el siguiente subtítulo (que entra en { $next }) y es demasiado corto para terminar 2 fotogramas antes
merge-too-many-lines = tiene { $lines } líneas (más de { $limit })
merge-too-fast = { $name }: { $cps } caracteres por segundo (límite: { $limit }): { $chars } caracteres en { $seconds } s
merge-text = texto
merge-warning = { $name }: subtítulo { $cue } ({ $start }): { $warning }
merge-out-of-sync = los archivos parecen desincronizados: los subtítulos de { $bottom } entran { $offset } { $direction } que los de { $top } (mediana); sincronízalo primero con `dejamos retime { $bottom } --reference { $top }`
merge-later = más tarde
merge-earlier = más temprano
merge-stdout = <salida estándar>

## sync (retime --reference y la última línea del resumen de pair).

# @verbatim: un signo y un número.
sync-seconds = { $sign }{ $seconds } s
sync-description = desfase de { $offset }{ $rate }{ $segments }
sync-rate-convert = , velocidad de fotogramas { $from } → { $to } (×{ $ratio })
sync-rate-factor = , factor de velocidad ×{ $ratio }
sync-segments = , { $count } segmentos ({ $cuts })
sync-cut = corte en { $at }: { $before } → { $after }
sync-nothing = { "" }
sync-plan-rate-convert = velocidad de fotogramas: { $from } → { $to } fps (×{ $ratio })
sync-plan-rate-factor = factor de velocidad: ×{ $ratio }
sync-plan-rate-unchanged = velocidad de fotogramas: sin cambio
sync-plan-segment = segmento { $segment }: subtítulos { $first }–{ $last } desde { $from }: desfase de { $offset } ({ $matched } de { $cues } subtítulos coinciden)
sync-plan-cut = corte en { $at }: { $before } → { $after } (salto de { $jump })
sync-plan-score = puntuación: { $score } % ({ $within } de { $cues } entradas de subtítulo a { $tolerance } ms o menos de una entrada de la referencia)
sync-no-input-cues = no se puede sincronizar: el archivo de entrada no tiene subtítulos
sync-no-reference-cues = no se puede sincronizar: la referencia no tiene subtítulos
sync-nothing-lines-up = no se puede sincronizar: ningún subtítulo de la entrada coincide con la referencia
sync-too-few-match = no se puede sincronizar: solo { $matched } de { $cues } subtítulos de la entrada entran junto con uno de la referencia con cualquier desfase y velocidad de fotogramas; ¿la referencia es la misma película?

## retime: rechazos y planes.

retime-start = entraría
retime-end = saldría
retime-past-end = el subtítulo { $cue } { $which } en { $mapped }, después del tiempo máximo, 9999:59:59,999 (ahora en { $was }); no se escribió nada
retime-before-zero = el subtítulo { $cue } { $which } en { $mapped } (ahora en { $was }): los tiempos no pueden ser negativos, así que no se escribió nada
retime-time = { $time }
retime-before-start-of-timeline = antes de 00:00:00,000
retime-after-end-of-timeline = después de 9999:59:59,999
retime-plan-shift = desplazamiento: { $reason }
retime-plan-shift-frames-need-rate = un desplazamiento de { $frames } fotogramas necesita una velocidad de fotogramas
retime-plan-shift-with-one-anchor = un desplazamiento no tiene efecto con un solo punto de sincronía, que ya decide dónde caen los subtítulos
retime-plan-two-anchors-and-more = dos puntos de sincronía fijan tanto el desfase como la velocidad: un desplazamiento, una escala o una conversión de velocidad de fotogramas no tendrían efecto
retime-plan-same-anchor-cue = los dos puntos de sincronía nombran el subtítulo { $cue }
retime-plan-same-anchor-start = los subtítulos { $first } y { $second } entran los dos en { $start }: dos puntos de sincronía necesitan tiempos de entrada distintos
retime-plan-anchors-reverse = los puntos de sincronía invierten o colapsan la línea de tiempo (el subtítulo { $first } en { $first_time }, pero el { $second } en { $second_time })
retime-plan-too-many-anchors = la sincronización lleva un punto de sincronía (un desplazamiento) o dos (una sincronización lineal)
retime-plan-no-such-cue = no existe el subtítulo { $cue } (el archivo tiene { $count ->
    [one] { $count } subtítulo
   *[other] { $count } subtítulos
})
retime-plan-snap-needs-rate = ajustar a fotogramas necesita una velocidad de fotogramas
retime-plan-selects-nothing = la selección no incluye ningún subtítulo (el archivo tiene { $count ->
    [one] { $count } subtítulo
   *[other] { $count } subtítulos
})
retime-plan-too-precise = los factores son demasiado precisos para calcularlos con exactitud; simplifícalos
retime-map = t{ $factor } { $sign } { $offset } s{ $snap }
retime-map-factor = { " " }× { $slope } ({ $value })
retime-map-snap = , ajustado a fotogramas a { $fps } fps

## retime: valores que los analizadores rechazan.

retime-bad-factor = `{ $text }` no es un factor: escribe un decimal positivo, como 1.001, o una fracción, como 25/24
retime-bad-frame-rate = `{ $text }` no es una velocidad de fotogramas (prueba con 23.976, 24, 25, 29.97 o una fracción como 24000/1001)
retime-bad-anchor = `{ $text }` no es un punto de sincronía: escribe CUE=TIME, por ejemplo 12=00:01:02,500
retime-bad-anchor-cue = `{ $text }`: antes del `=` va la posición de un subtítulo: 1, 2, 3…
retime-bad-value = `{ $text }`: { $reason }
retime-bad-range = `{ $text }` no es un intervalo: escribe DESDE..HASTA, por ejemplo 00:10:00,000..00:20:00,000
retime-range-reversed = `{ $text }` termina antes de empezar
retime-bad-cue-position = `{ $text }`: las posiciones de los subtítulos son números enteros desde 1

## locales check: observaciones.

locales-about = `{ $id }`: { $message }
locales-needed-message = falta `{ $id }` en { $locale }: el código lo usa ({ $at })
locales-passes-nothing = el código no le pasa argumentos
locales-passes = el código le pasa { $list }
locales-unknown-argument = el código nunca le pasa `${ $name }` a `{ $id }`: { $known }
locales-unused-argument = el código le pasa `${ $name }` a `{ $id }`, pero ninguna configuración regional lo usa
locales-unknown-function = `{ $id }()` no es una función que el código registre ({ $known })
locales-kind-message = mensaje
locales-kind-term = término
locales-undefined = el { $what } `{ $id }` no está definido en { $locale }
locales-undefined-attribute = el { $what } `{ $id }` no tiene el atributo `.{ $attribute }` en { $locale }
locales-add-after = ; agrégalo después de `{ $after }`
locales-missing = falta `{ $id }` (la referencia, { $reference }, lo define en { $at }){ $after }
locales-missing-variable = `{ $id }` no usa `${ $name }`, que la referencia sí usa ({ $at }); el texto lo perdería
locales-extra = el { $what } `{ $id }` no está en la referencia, { $reference }: ¿se le cambió el nombre, ya no se usa o está mal escrito?
locales-missing-value = `{ $id }` no tiene valor, pero el de la referencia sí ({ $at })
locales-extra-value = `{ $id }` tiene valor, pero el de la referencia solo tiene atributos ({ $at })
locales-missing-attribute = a `{ $id }` le falta el atributo `.{ $attribute }`, que la referencia sí tiene ({ $at })
locales-extra-attribute = `{ $id }.{ $attribute }` no está en la referencia ({ $at })
locales-english-in-spanish = esta oración parece estar en inglés: «{ $text }»
locales-press-composer = el compositor de la carpeta de prensa
# @verbatim: un nombre de archivo.
locales-film-toml-needs = film.toml ({ $what })
locales-needed-by-press = falta `{ $id }` en { $locale }: { $who } lo necesita y press no tiene respaldo
locales-word-limit = `{ $id }` tiene { $words } palabras; film.toml permite { $limit } ({ $over } de más)
locales-mark-not-opened = `{ $close }` no tiene un `{ $open }` de apertura antes
locales-mark-not-closed = `{ $open }` nunca se cierra con `{ $close }`
locales-render-with = { " " }con { $values }
locales-render-error = falla el formato de `{ $label }`{ $with }: { $error }
locales-render-cycle = error del resolvedor: referencia cíclica (sus referencias vuelven a `{ $at }`)
locales-render-too-many-placeables = error del resolvedor: demasiados marcadores de posición (sus referencias se expanden a más de { $limit })
locales-isolation-marks = `{ $label }`{ $with } sale con marcas de aislamiento U+2068/U+2069: { $output }
locales-render-markup = `{ $label }`{ $with }: { $reason }
locales-leftover-brace = `{ $label }`{ $with } deja una `{ "{" }` suelta: { $output }
locales-this-gender-select = esta selección por género
locales-select-on = la selección sobre `${ $name }`
locales-keys-one = { $key }
locales-keys-two = { $first } y { $second }
locales-gender-missing = a { $what } le falta { $keys }: da a cada género su propia forma
locales-gender-default = { $what } usa `[{ $key }]` por omisión: un género desconocido debe llevar la forma neutra, como en `*[other] Dirección`
locales-never-selects = { $locale } nunca selecciona `[{ $name }]`
locales-not-a-category = `[{ $name }]` no es una categoría de plural
locales-dead-variant = { $why }: en { $locale } los números seleccionan { $categories }, así que esta variante nunca se usa
locales-unreachable-variant = nunca se llega a `[{ $value }]`: `[{ $shadow }]`, más arriba, ya coincide con { $value }; pon `[{ $value }]` antes
locales-month-case = en español, los meses y los días de la semana van en minúscula: `{ $word }`
locales-unit-period = los símbolos de unidades no llevan punto: escribe `{ $unit }`
locales-unit-plural = los símbolos de unidades no tienen plural: escribe `{ $symbol }`, no `{ $unit }`
locales-duplicate-id = `{ $id }` ya está definido en { $at }; el paquete se queda con ese
locales-name-collision = `{ $later }` y `{ $earlier }` ({ $at }) comparten el nombre `{ $name }`: los mensajes y los términos comparten espacio de nombres al ejecutarse, así que el paquete descarta este; cámbiale el nombre a uno de los dos
locales-function-collision = `{ $id }` también es el nombre de una función que el código registra; cámbiale el nombre al mensaje
locales-duplicate-attribute = `{ $id }` define dos veces el atributo `.{ $attribute }`; el paquete usa el primero
locales-duplicate-variant = la variante `[{ $key }]` aparece dos veces en esta selección; la segunda nunca se usa
locales-bom = el archivo empieza con una marca de orden de bytes (U+FEFF), que vuelve basura su primera entrada; guárdalo como UTF-8 sin BOM
locales-too-deep = aquí los marcadores se anidan más de { $levels } niveles; el archivo no se revisa más
locales-lone-cr = una línea termina con un CR suelto (finales de línea del Mac antiguo); Fluent solo corta las líneas en LF y CRLF, así que las líneas se juntan y sus mensajes se pierden: guarda el archivo con LF
locales-tab-indent = esta línea tiene sangría con tabulador; Fluent solo acepta espacios para la sangría, así que la línea se descarta como basura
locales-failed-at = { " " }(en { $line }:{ $column })
locales-no-default-variant = esta selección no tiene variante por omisión: marca una con `*`, como en `*[other]`; la entrada `{ $entry }` se descarta
locales-syntax-error = { $error }{ $at }; la entrada `{ $entry }` se descarta como basura
locales-trailing-whitespace = esta línea termina con espacios o tabuladores; bórralos
locales-final-newline = el archivo no termina con un salto de línea
locales-ellipsis = usa el carácter de puntos suspensivos `…` en vez de tres puntos
locales-straight-apostrophe-en = usa un apóstrofo curvo `’` (o ‘ ’ para citas dentro de citas) en vez de `'`
locales-straight-quotes-en = usa comillas curvas `“ ”` en vez de `"`
locales-quote-style = en español, las comillas de primer nivel son `« »`; deja `“ ”` para las citas dentro de ellas
locales-straight-quotes-es = usa `« »` (y `“ ”` dentro de ellas) en vez de `"`
locales-straight-apostrophe-es = usa `’` (o `‘ ’` para citas dentro de `“ ”`) en vez de `'`
locales-guion-accent = escribe `{ $word }` sin tilde (es monosílabo desde la Ortografía de 2010)
locales-estreno = usa `estreno` (`estreno mundial`) en vez de `{ $word }`
locales-unsupported-markup = `{ $tag }` no es una marca que press lea (solo <i> e <i lang="…">); saldría tal cual
locales-untranslated = `{ $label }` es idéntico al texto de { $reference } ({ $at }); tradúcelo, o marca un nombre o un título con `@verbatim` en su comentario
locales-missing-plural-category = la selección sobre `${ $name }` no tiene la variante { $list }, que las reglas de plural de { $locale } seleccionan (CLDR); ese caso tomaría la variante por omisión

## locales check: errores.

locales-bad-locale-tag = `{ $tag }` no es una etiqueta de idioma (nombra las carpetas como en-US)
locales-none = no hay configuraciones regionales que revisar (se esperaban carpetas <locale>/*.ftl)
locales-no-reference = la configuración regional de referencia, `{ $reference }`, no está entre las encontradas ({ $found })
locales-not-a-folder = no es una carpeta (se esperaba DIR/<locale>/*.ftl)
locales-folder-name-not-utf8 = el nombre de la carpeta no es UTF-8
locales-file-name-not-utf8 = el nombre del archivo no es UTF-8
locales-ftl-not-utf8 = no es UTF-8 válido (los archivos de Fluent deben estar en UTF-8)
locales-no-locale-folders = no tiene carpetas de configuración regional con archivos .ftl (se esperaba DIR/<locale>/*.ftl)
locales-not-utf8 = no es UTF-8 válido

## retime: lo que dice el comando.

retime-in-place-stdin = --in-place necesita un archivo: la entrada estándar no se puede reescribir
retime-output-is-input = es el archivo de entrada: usa --in-place para reescribirlo
retime-no-readable-cues = no hay subtítulos legibles ({ $blocks ->
    [one] { $blocks } bloque no se pudo leer
   *[other] { $blocks } bloques no se pudieron leer
}; `dejamos check` muestra por qué)
retime-no-cues = no se encontraron subtítulos: ¿es un archivo SRT?
retime-shots-ttml = --shot-changes no puede ajustar un archivo TTML (corrige texto SRT); conviértelo a SRT primero
retime-unreadable-timing = { $count ->
    [one] { $count } línea de tiempos ilegible
   *[other] { $count } líneas de tiempos ilegibles
}: no se reajustaron los tiempos, porque sus bloques conservarían los tiempos anteriores (`dejamos check` las muestra; --force las deja intactas)
retime-nothing-to-do = no hay nada que hacer: indica --shift, --scale, --fps FROM:TO, --sync, --snap o --reference
retime-sync-map = { $name }: función de sincronización { $map }
retime-snapped = { $name }: { $count ->
    [one] { $count } tiempo ajustado
   *[other] { $count } tiempos ajustados
} a los cambios de plano de { $shots }
retime-backup = { $name }: el original se guardó como { $kept }
retime-flag-error = { $flag }: { $reason }{ $hint }
retime-hint-add-fps = : agrega --fps RATE
retime-range-flag-reversed = --range: { $range } termina antes de empezar
retime-clamp-hint = { $reason }; --clamp descarta o recorta los subtítulos que quedan antes de 00:00:00,000
retime-shift-frames-need-fps = --shift: { $frames } fotogramas necesitan una velocidad de fotogramas: agrega --fps RATE
retime-shift-with-one-sync = --shift no tiene efecto con un solo punto --sync, que ya decide dónde caen los subtítulos: quita uno de los dos
retime-two-syncs-and-more = dos puntos --sync fijan tanto el desfase como la velocidad: --shift, --scale y --fps FROM:TO no tendrían efecto; quítalos
retime-same-sync-cue = los dos puntos --sync nombran el subtítulo { $cue }: indica dos subtítulos distintos
retime-syncs-reverse = los puntos --sync invierten o colapsan la línea de tiempo (el subtítulo { $first } en { $first_time }, pero el { $second } en { $second_time }): revisa los tiempos
retime-too-many-syncs = --sync lleva un punto (un desplazamiento) o dos (una sincronización lineal), no más
# @verbatim: la opción tal como se escribió.
retime-sync-no-such-cue = --sync { $cue }=…: { $reason }
retime-snap-needs-fps = --snap necesita una velocidad de fotogramas: agrega --fps RATE
retime-selects-nothing = { $flag } no selecciona ningún subtítulo (el archivo tiene { $count ->
    [one] { $count } subtítulo
   *[other] { $count } subtítulos
})
retime-reference-fps-convert = --reference encuentra por sí mismo el cambio de velocidad de fotogramas: da a --fps una sola velocidad (para --snap), no FROM:TO
retime-bad-threshold = --threshold: { $threshold } no es un porcentaje de 0 a 100
retime-reference-no-cues = la referencia no tiene subtítulos legibles

## retime --reference.

retime-score = puntuación: { $score } % ({ $within } de { $cues } entradas de subtítulo a { $tolerance } ms o menos de una entrada de la referencia)
retime-worst = ; el peor tramo: { $cues } ({ $start } → { $end })
retime-verdict-in-sync = ya está sincronizado (a { $tolerance } ms o menos de la identidad): se deja sin cambios
retime-verdict-below = puntuación por debajo del umbral de { $threshold } %: no se escribió nada
retime-verdict-retimed = tiempos reajustados
retime-dry-unchanged = dejaría el archivo sin cambios (ya está sincronizado)
retime-dry-below = no escribiría nada (puntuación por debajo del umbral de { $threshold } %{ $worst })
retime-dry-write = escribiría el archivo con los tiempos reajustados
retime-dry-run = { $name } sobre { $other }: simulación, no se escribió nada
retime-dry-verdict = veredicto: { $verdict }
retime-below-threshold = error: { $name }: ajustado a { $other }: { $description }; { $score }, por debajo del umbral de { $threshold } %{ $worst }; no se escribió nada (--force lo escribe de todos modos)
retime-fitted = { $name }: ajustado a { $other }: { $description }; { $score }; { $verdict }
retime-in-sync-low-score = { $name }: sincronizado en conjunto, pero solo el { $score } % de las entradas de subtítulo cae cerca de las de la referencia{ $worst }
retime-forced-below = { $name }: --force: se escribió con una puntuación por debajo del umbral de { $threshold } %{ $worst }

## retime: el resumen.

retime-summary = { $name }: se reajustaron { $changed } de { $cues } subtítulos; primera entrada { $first_before } → { $first_after } (subtítulo { $first }), última { $last_before } → { $last_after } (subtítulo { $last })
retime-summary-one = { $name }: se reajustó 1 de { $cues ->
    [one] { $cues } subtítulo
   *[other] { $cues } subtítulos
}; entrada { $before } → { $after } (subtítulo { $cue })
retime-summary-none = { $name }: no cambió ningún tiempo ({ $cues ->
    [one] { $cues } subtítulo
   *[other] { $cues } subtítulos
})
retime-clamped = { $name }: --clamp descartó { $dropped ->
    [one] { $dropped } subtítulo que quedaba
   *[other] { $dropped } subtítulos que quedaban
} antes de 00:00:00,000 y movió { $clamped ->
    [one] { $clamped } entrada
   *[other] { $clamped } entradas
} a 00:00:00,000
retime-unparsed-blocks = { $name }: { $blocks ->
    [one] { $blocks } bloque no se pudo leer como subtítulo y se dejó intacto
   *[other] { $blocks } bloques no se pudieron leer como subtítulos y se dejaron intactos
} (`dejamos check` muestra por qué)
retime-issue-overlap = los subtítulos { $earlier }–{ $later } se empalman { $ms } ms (línea { $line })
retime-issue-gap = los subtítulos { $earlier }–{ $later } están a { $ms } ms (línea { $line })
# @verbatim: una enumeración.
retime-issue-list = { $first }, { $rest }
retime-issue-more = { " " }y { $more } más
retime-timing-issues = { $name }: el reajuste dejó { $pairs ->
    [one] { $pairs } par
   *[other] { $pairs } pares
} de subtítulos a menos de 2 fotogramas a { $rate } fps (se escribió de todos modos): { $list }{ $more }

## pair: lo que dice el comando después de las observaciones.

pair-stdin-twice = solo uno de los dos archivos puede ser la entrada estándar (`-`)
pair-no-readable-cues = no hay subtítulos legibles (`dejamos check` muestra por qué)
pair-no-cues = no contiene subtítulos
pair-unparsed-blocks = { $name }: { $blocks ->
    [one] { $blocks } bloque no se pudo leer como subtítulo y se omite
   *[other] { $blocks } bloques no se pudieron leer como subtítulos y se omiten
} (corre `dejamos check` para ver los detalles)
pair-summary-cues = { $a }: { $a_cues ->
    [one] { $a_cues } subtítulo
   *[other] { $a_cues } subtítulos
}; { $b }: { $b_cues ->
    [one] { $b_cues } subtítulo
   *[other] { $b_cues } subtítulos
}
pair-summary-aligned = alineados: { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
} ({ $pairs } uno a uno, { $split } divididos o unidos); sin contraparte: { $a_missing } en { $a }, { $b_missing } en { $b }
pair-summary-offset = desfase de las entradas de { $b } respecto de { $a }: mediana { $median }, máximo { $largest } (subtítulo { $at_a } ↔ subtítulo { $at_b })
pair-summary-no-offset = desfase de las entradas: no hay pares uno a uno que medir
pair-language = { $tag } ({ $reason })
pair-language-unknown = idioma desconocido
pair-languages = idiomas: { $a }, { $b }
pair-same-language = sugerencia: los dos archivos están en el mismo idioma ({ $tag }): pair compara dos versiones en idiomas distintos; ¿alguno de los dos es el archivo equivocado?
pair-sync-in-sync = sincronía de { $b } → { $a }: ya están sincronizados ({ $description }, a { $tolerance } ms o menos); puntuación: { $score } %
pair-sync = sincronía de { $b } → { $a }: { $description }{ $segments }; puntuación: { $score } %
pair-sync-one-segment = , 1 segmento
pair-sync-none = sincronía de { $b } → { $a }: no se encontró desfase (muy pocos subtítulos entran al mismo tiempo)

## pair y merge: un desfase.

pair-offset = { $sign }{ $seconds } s

## merge y locales check: rechazos del binario.

merge-output-is-input = es uno de los archivos de entrada; escribe el archivo combinado en otro lugar
locales-none-embedded = esta compilación no incluye configuraciones regionales; indica la carpeta que quieres revisar: dejamos locales check DIR

## fmt: lo que cambia al normalizar un archivo (unido con "; ") y por qué se niega.

fmt-change-reencode = recodificar de { $from } a utf-8
fmt-change-remove-bom = quitar la marca de orden de bytes
fmt-change-add-bom = agregar una marca de orden de bytes
fmt-change-line-endings = finales de línea { $from } → { $to }
fmt-line-endings-mixed = mixtos
fmt-change-renumber = renumerar { $count ->
    [one] { $count } subtítulo
   *[other] { $count } subtítulos
}
fmt-change-timing = reescribir { $count ->
    [one] { $count } línea de tiempos
   *[other] { $count } líneas de tiempos
} en forma canónica
fmt-change-blank-lines = líneas en blanco entre bloques
fmt-change-final-line-break = agregar el salto de línea final
fmt-change-whitespace = espacios entre bloques
fmt-refusal = { $blocks ->
    [one] no se pudo leer { $blocks } bloque
   *[other] no se pudieron leer { $blocks } bloques
} ({ $count ->
    [one] línea
   *[other] líneas
} { $lines }{ $more ->
    [0] {""}
   *[other] {""} y { $more } más
}){ $reason }; { $blocks ->
    [one] corrígelo
   *[other] corrígelos
} primero o se perdería el texto
fmt-refusal-reason = : { $reason }
fmt-cannot-normalise = { $path }: no se puede normalizar: { $reason }

## fmt: negativas del binario.

fmt-several-files = con varios archivos hace falta --in-place o --check (o un archivo a la vez con -o)
fmt-in-place-stdin = --in-place no puede reescribir la entrada estándar
fmt-output-is-input = es el archivo de entrada: usa --in-place para reescribirlo
fmt-not-srt = es { $format }; fmt normaliza SRT (conviértelo primero: dejamos convert ARCHIVO --to srt)
