### Textos de la línea de comandos: errores y avisos del programa.

## El idioma de la interfaz, dicho una vez en cada --help.

help-language-line = Idioma de la interfaz: --ui-lang ETIQUETA o, si no, DEJAMOS_UI_LANG, LC_ALL, LC_MESSAGES o LANG (es_MX.UTF-8 → español; C → inglés).
help-heading-commands = Comandos
help-heading-options = Opciones
help-heading-arguments = Argumentos
help-flag-help = Muestra la ayuda
help-flag-version = Muestra la versión
help-usage-heading = Uso:
# The placeholder for options in a usage line (`dejamos check [OPTIONS] <PATH>...`).
help-usage-options = OPCIONES

## Errores y advertencias del programa.

# @verbatim: la misma palabra en los dos idiomas.
cli-error = dejamos: error: { $text }
cli-warning = advertencia: { $text }
word-or = o
remedy-read-as = usa { $flag } para leerlo
remedy-read-as-one-of = o usa { $flags }
remedy-write-utf8 = escribe en UTF-8 con { $flag }
remedy-give-fps = agrega { $flag }
cli-over-max-size = pesa más que { $flag } ({ $limit } bytes); sube { $flag } para leerlo

## check

cli-stdin-once = `-` (la entrada estándar) solo puede indicarse una vez
cli-fix-stdin = --fix no puede reescribir la entrada estándar; usa --fix --diff o indica un archivo
cli-output-is-input = es una de las entradas: escribe el reporte en otro lugar
cli-diff-summary = { $fixes ->
    [one] { $fixes } corrección cambiaría
   *[other] { $fixes } correcciones cambiarían
} { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}; no se escribió nada
cli-fix-summary = se { $fixes ->
    [one] aplicó { $fixes } corrección
   *[other] aplicaron { $fixes } correcciones
} en { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}
cli-unreadable-inputs = { $count ->
    [one] { $count } entrada no se pudo leer ni escribir
   *[other] { $count } entradas no se pudieron leer ni escribir
}
cli-would-reencode = { $path }: se recodificaría de { $from } a UTF-8 (sin BOM)
cli-reencoded = { $path }: se recodificó de { $from } a UTF-8 (sin BOM)

## Lo que clap escribiría en inglés después de la ayuda de una opción.

help-possible-values = Valores posibles:
help-possible-values-inline = [valores posibles: { $values }]
help-default = [por omisión: { $value }]
cli-symlink-outside = { $link }: se omitió: el enlace simbólico sale de { $folder }
cli-no-subtitle-file = no hay ningún archivo de subtítulos (dejamos lee { $formats })

## fmt

fmt-check-summary = { $changed ->
    [one] { $changed } archivo se reformatearía
   *[other] { $changed } archivos se reformatearían
}; { $unchanged ->
    [one] { $unchanged } ya está en forma canónica
   *[other] { $unchanged } ya están en forma canónica
}
fmt-unreadable = { $count ->
    [one] { $count } archivo no se pudo leer
   *[other] { $count } archivos no se pudieron leer
}
fmt-would-reformat = se reformatearía { $path }: { $changes }
fmt-reformatted = se reformateó { $path }: { $changes }

## merge

merge-summary = se unieron { $cues } subtítulos: { $both } de ambos archivos ({ $groups } de ellos divididos o unidos), { $top_only } solo en { $top }, { $bottom_only } solo en { $bottom }; { $trimmed ->
    [one] se recortó { $trimmed } tiempo de salida
   *[other] se recortaron { $trimmed } tiempos de salida
} para dejar 2 fotogramas de separación

## convert

convert-output-is-input = es el archivo de entrada: escribe el archivo convertido en otro lugar
convert-ttml-only-options = --fps y --lang solo afectan la salida TTML; se ignoran
convert-refused = { $path }: no se convirtió: { $errors ->
    [one] { $errors } error de estructura daría
   *[other] { $errors } errores de estructura darían
} un archivo de destino no válido; corrígelos primero o usa --force
convert-forced = { $path }: se convirtió pese a { $errors ->
    [one] { $errors } error de estructura
   *[other] { $errors } errores de estructura
} (--force)
convert-stripped-sdh = SDH quitado: { $labels ->
    [one] { $labels } etiqueta eliminada
   *[other] { $labels } etiquetas eliminadas
}, { $cues ->
    [one] { $cues } subtítulo descartado
   *[other] { $cues } subtítulos descartados
}, { $dashes ->
    [one] { $dashes } guion de diálogo eliminado
   *[other] { $dashes } guiones de diálogo eliminados
}

## shots

shots-summary = { $name }: { $count ->
    [one] { $count } cambio de plano
   *[other] { $count } cambios de plano
} ({ $fps } fps)
shots-summary-no-rate = { $name }: { $count ->
    [one] { $count } cambio de plano
   *[other] { $count } cambios de plano
} (velocidad desconocida)

## Errores de uso de la línea de comandos (los de clap, redactados en español).

# @verbatim: la misma palabra en los dos idiomas.
cli-error-label = error:
clap-unknown-argument = argumento desconocido: `{ $arg }`
clap-unknown-command = comando desconocido: `{ $command }`
clap-value-missing = `{ $arg }` necesita un valor y no se dio ninguno
clap-invalid-value = valor no válido `{ $value }` para `{ $arg }`
clap-invalid-value-because = valor no válido `{ $value }` para `{ $arg }`: { $reason }
clap-missing-arguments = { $count ->
        [one] falta un argumento obligatorio
       *[other] faltan argumentos obligatorios
    }: { $arguments }
clap-missing-command = `{ $command }` necesita un comando y no se dio ninguno
clap-argument-repeated = el argumento `{ $arg }` no se puede usar más de una vez
clap-argument-conflict = el argumento `{ $arg }` no se puede usar junto con { $other }
clap-argument-conflict-others = el argumento `{ $arg }` no se puede usar junto con otro de los argumentos indicados
clap-no-equals = `{ $arg }` recibe su valor con un signo igual (`=`)
clap-too-many-values = sobra el valor `{ $value }` de `{ $arg }`: no se esperaban más
clap-too-few-values = `{ $arg }` necesita { $expected } valores; { $given ->
        [one] solo se dio { $given }
       *[other] solo se dieron { $given }
    }
clap-wrong-number-of-values = `{ $arg }` necesita { $expected } valores y { $given ->
        [one] se dio { $given }
       *[other] se dieron { $given }
    }
clap-invalid-utf8 = uno o más argumentos no son texto UTF-8 válido
clap-invalid-usage = no se pudo interpretar la línea de comandos
clap-possible-values = [valores posibles: { $values }]
clap-commands = [comandos: { $commands }]
clap-did-you-mean = ¿quisiste decir { $similar }?
clap-tip = sugerencia: { $text }
clap-tip-escape = para pasar `{ $value }` como valor, usa `{ $escaped }`
clap-more-information = Para más información, usa `--help`.

## Valores no válidos de las opciones (clap antepone la opción y el valor).

cli-value-ui-lang = `{ $text }` no es una etiqueta de idioma
cli-value-language = `{ $text }` no es una etiqueta de idioma: usa es, es-MX, es-419, en, en-US…
cli-value-frame-rate = `{ $text }` no es una velocidad de fotogramas: usa `23.976`, `24`, `25`, `29.97`, `30`… o una fracción como `24000/1001`
cli-value-negative = `{ $text }` es negativo; indica una duración como 2f o 100ms
cli-value-range = `{ $text }` no es un intervalo
cli-value-threshold = `{ $text }` no es un umbral: usa un número de 0 a 1, como `0.4`
cli-value-encoding = codificación desconocida `{ $text }` (prueba con utf-8, windows-1252, iso-8859-1 o utf-16le)
cli-value-profile = perfil desconocido `{ $text }`: usa { $profiles }
cli-value-jobs-too-many = `{ $text }` son demasiados hilos: usa como máximo { $most } ({ $per } por núcleo)
cli-value-jobs = `{ $text }` no es un número de hilos: usa un número entero de 0 a { $most }
cli-value-size = `{ $text }` no es un tamaño: usa un número de bytes, con K, M o G si quieres


## check --fix: por archivo y por regla, lo que corrigieron las correcciones y lo que queda.

fix-summary = { $name }: { $fixed ->
    [one] se corrigió { $fixed } observación
   *[other] se corrigieron { $fixed } observaciones
} de { $total }; { $remain ->
    [one] queda { $remain }
   *[other] quedan { $remain }
}
fix-summary-rule = { $fixed ->
    [one] { $fixed } corregida
   *[other] { $fixed } corregidas
}, { $remain ->
    [one] queda { $remain }
   *[other] quedan { $remain }
}{ $left }
fix-summary-left = {""} (sin espacio o no es seguro: subtítulo { $cues })

## convert: lo que se escribió.

convert-done = se { $count ->
    [one] convirtió { $count } subtítulo
   *[other] convirtieron { $count } subtítulos
} de { $from } a { $to }{ $language }: { $path }
convert-lang-given = , { $attribute } según --lang
convert-lang-file-name = , { $attribute } según el nombre del archivo
convert-lang-detected = , { $attribute } detectado en el texto
convert-lang-config = , { $attribute } según la configuración
convert-lang-unknown = , { $attribute } (no se detectó el idioma; usa --lang)
