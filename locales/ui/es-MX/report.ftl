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
