### La capa de reportes: resúmenes y textos fijos de cada formato de salida.

## Conteos. $count es un número entero.

count-files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
count-cues = { $count ->
    [one] { $count } subtítulo
   *[other] { $count } subtítulos
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
count-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
count-infos = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
count-findings = { $count ->
    [one] { $count } observación
   *[other] { $count } observaciones
}

## Listas de dos y tres conteos.

list-two = { $a } y { $b }
list-three = { $a }, { $b } y { $c }

## La línea de resumen de los formatos human y concise.

summary-within-cues = { $files } ({ $cues })
summary-none-checked = No se pudo revisar ningún archivo.
summary-clean = No hay problemas en { $within }.
summary-found = Hay { $counts } en { $within }.
summary-fixable = [*] { $count ->
    [one] { $count } observación se puede corregir
   *[other] { $count } observaciones se pueden corregir
} con --fix.
summary-fixable-short = [*] { $count } corregibles con --fix.
summary-rule-fixable = [*] { $count ->
    [one] { $count } corregible
   *[other] { $count } corregibles
}
summary-languages = Idiomas: { $languages }.
summary-language = { $language } ({ $reason }; { $files })
summary-language-no-reason = { $language } ({ $files })

## Por qué se revisó un archivo en un idioma.

language-reason-file-name = nombre del archivo
language-reason-given = indicado
language-reason-reference = referencia
language-reason-detected = detectado en el texto ({ $percent } % de certeza)
language-reason-unknown = desconocido (no se indicó, el nombre del archivo no lo dice y no se detectó)

## Etiquetas del formato human (al estilo de rustc).

# @verbatim: la misma palabra en los dos idiomas.
level-error = error
level-warning = advertencia
level-info = nota
level-help = ayuda
level-note = nota
note-matching-cue = el subtítulo correspondiente de { $other } está en la línea { $line }
sarif-related-location = el lugar correspondiente en el otro archivo

## La referencia de reglas (`dejamos rules`). Los nombres de reglas, categorías y severidades no se traducen: se escriben así en la línea de comandos.

rules-heading-rule = REGLA
rules-heading-command = COMANDO
rules-heading-category = CATEGORÍA
rules-heading-severity = SEVERIDAD
rules-heading-fix = CORRIGE
rules-heading-summary = RESUMEN
rules-yes = sí
rules-text-head = { $name } ({ $category }, { $severity } por omisión) · dejamos { $command }
rules-text-head-fixable = { $name } ({ $category }, { $severity } por omisión, se corrige con --fix) · dejamos { $command }
rules-md-fixable = { " · se corrige" }
rules-md-table-head = | Regla | Comando | Categoría | Severidad | Corrige | Resumen |
rule-section-what = **Qué hace.**
rule-section-why = **Por qué.**
rule-section-source = **Fuente.**
rule-section-example = **Ejemplo.**
rule-section-instead = **Mejor así.**
rule-section-fix = **Corrección.**
rules-unknown = no existe la regla `{ $name }`{ $hint }

## La página del reporte HTML.

html-title = Reporte de dejamos { $command }
html-heading = Reporte de control de calidad de subtítulos:
html-fact-tool = Herramienta
html-fact-generated = Generado
html-fact-command = Comando
html-jump = Siguen los <a href="#totals">totales y filtros</a>; luego, cada archivo con su línea de tiempo y sus observaciones.
html-file-number = Archivo { $number }
html-timeline = Línea de tiempo
html-no-timeline-pieces = Sin línea de tiempo: el archivo se revisó por partes.
html-findings = Observaciones
html-col-severity = Severidad
html-col-rule = Regla
html-col-cue = Subtítulo
html-col-time = Tiempo
html-col-line = Línea
html-col-text = Texto
html-col-finding = Observación
html-other-line = En el otro archivo: línea { $line }.
html-fix = Corrección:
html-no-findings = Sin observaciones.
html-totals = Totales
html-fixable = { $count ->
    [one] { $count } corregible
   *[other] { $count } corregibles
}
html-languages = Idiomas:
html-show = Mostrar
html-filter-severities = Severidades (observaciones)
html-filter-rules = Reglas (observaciones)
html-by-file = Observaciones por archivo
html-col-file = Archivo
html-col-cues = Subtítulos
html-col-errors = Errores
html-col-warnings = Advertencias
html-col-infos = Notas
html-footer = Hecho con dejamos { $version }. Los códigos de tiempo son horas:minutos:segundos,milisegundos.

## Más líneas del resumen.

summary-configuration = Configuración: { $configs }.
summary-rules-pointer = Consulta `dejamos rules NOMBRE` para saber qué revisa cada regla de arriba y qué hacer: `dejamos rules { $rule }`.
rules-profiles-text = perfiles (dejamos rules --profile NOMBRE):
rules-profiles-md = Perfiles

## Los datos de cada archivo, la línea de tiempo y la vista de pares del informe HTML.

html-fact-cues = Subtítulos
html-fact-language = Idioma
html-fact-encoding = Codificación
# La descripción emergente de la marca donde está una observación sin anchura.
html-here = aquí
html-timeline-empty = No hay subtítulos que dibujar.
html-timeline-too-many-cues = Sin línea de tiempo: el archivo tiene más de { $limit } subtítulos.
html-timeline-too-long = Sin línea de tiempo: los subtítulos abarcan más de { $limit } minutos.
html-timeline-summary = Línea de tiempo: { $cues ->
        [one] { $cues } subtítulo
       *[other] { $cues } subtítulos
    } de { $start } a { $end }; { $gaps ->
        [one] { $gaps } separación menor de 2 fotogramas
       *[other] { $gaps } separaciones menores de 2 fotogramas
    }, { $overlaps ->
        [one] { $overlaps } traslape
       *[other] { $overlaps } traslapes
    }
html-timeline-summary-speed = ; { $over ->
        [one] { $over } subtítulo pasa
       *[other] { $over } subtítulos pasan
    } de { $limit } caracteres por segundo
html-timeline-overlap = Traslape de { $ms } ms entre los subtítulos { $first } y { $second }
html-timeline-gap = Separación de { $ms } ms entre los subtítulos { $first } y { $second }
html-timeline-speed = Subtítulo { $cue }: { $cps } caracteres por segundo (límite: { $limit })
html-timeline-shot = Cambio de plano en { $at }
html-cue-title = Subtítulo { $cue }, de { $start } a { $end }
html-cue-title-findings = Subtítulo { $cue }, de { $start } a { $end }, { $findings ->
        [one] { $findings } observación
       *[other] { $findings } observaciones
    }
html-legend-cue = subtítulo
html-legend-worst-error = subtítulo cuya observación más grave es un error
html-legend-worst-warning = subtítulo cuya observación más grave es una advertencia
html-legend-worst-info = subtítulo cuya observación más grave es una nota
html-legend-gap = separación menor de 2 fotogramas (menos de { $ms } ms a { $fps } fps)
html-legend-overlap = traslape (rayado)
html-legend-shot = cambio de plano
html-legend-speed = velocidad de lectura mayor de { $limit } caracteres por segundo (línea punteada: el límite; las barras llegan hasta el doble)
html-pair-and = y
html-pair-side = { $path } ({ $cues ->
        [one] { $cues } subtítulo
       *[other] { $cues } subtítulos
    })
html-pair-side-language = { $path } ({ $language }, { $cues ->
        [one] { $cues } subtítulo
       *[other] { $cues } subtítulos
    })
html-pair-first = Primer archivo (A)
html-pair-second = Segundo archivo (B)
html-pair-tolerance = Tolerancia
html-pair-encoding = Codificación (A)
html-pair-side-by-side = Lado a lado
html-pair-col-cue-a = Subtítulo A
html-pair-col-text-a = Texto A
html-pair-col-timing = Tiempos
html-pair-col-cue-b = Subtítulo B
html-pair-col-text-b = Texto B
html-pair-other-findings = Otras observaciones
html-pair-only-a = solo en A
html-pair-only-b = solo en B
html-pair-start = entrada
html-pair-end = salida
html-pair-split = dividido 1 → { $cues }
html-pair-merged = unidos { $cues } → 1
html-pair-group = grupo { $a } ↔ { $b }
html-pair-missing = falta: ningún subtítulo coincide en el tiempo
