### Mensajes de la interfaz: errores que detienen un comando (salida 2) y notas por archivo.

## La línea de un error: el archivo, la línea y este mensaje. Un mensaje redactado en otra parte.

error-text = { $text }

## Entrada y salida. $reason es uno de los motivos error-io-*; error-io-other lleva el $text del sistema.

error-io-read = no se puede leer: { $reason }
error-io-write = no se puede escribir: { $reason }
error-io-run = no se puede ejecutar: { $reason }
error-io-not-found = no existe el archivo o la carpeta
error-io-permission-denied = permiso denegado
error-io-other = { $text }

## Leer bytes como texto. $kind es uno de los mensajes error-kind-*.

error-decoded-too-large = una vez decodificado, el texto pasa de 4 GiB, más de lo que lee dejamos
error-control-characters = no es un archivo de texto: casi todo son caracteres de control
error-control-bytes = no es un archivo de texto: casi todo son bytes de control
error-not-subtitle = no es un archivo de subtítulos: parece { $kind }
error-kind-png = una imagen PNG
error-kind-jpeg = una imagen JPEG
error-kind-gif = una imagen GIF
error-kind-pdf = un documento PDF
error-kind-zip = un archivo ZIP (o un documento .docx/.xlsx)
error-kind-gzip = un archivo gzip
error-kind-matroska = un video Matroska/WebM
error-kind-riff = un archivo RIFF (WAV o AVI)
error-kind-executable = un ejecutable
error-kind-mp3 = un archivo MP3
error-kind-ogg = un archivo Ogg
error-kind-old-office = un documento de Office antiguo
error-utf16le-without-bom = parece UTF-16 (little-endian) sin marca de orden de bytes
error-utf16be-without-bom = parece UTF-16 (big-endian) sin marca de orden de bytes
# $byte se escribe 0xFF.
error-damaged-utf8 = el byte { $byte } no es UTF-8 válido, aunque el resto del archivo sí lo es; repáralo (léelo como UTF-8: los bytes dañados se vuelven U+FFFD)
# $character está vacío o es « ('é', U+00E9)»; $encoding, una etiqueta como windows-1252.
error-unencodable = el texto tiene un carácter{ $character } que { $encoding } no puede representar

## TTML. $value es el valor del atributo tal como está escrito.

error-ttml-not-well-formed = el XML no está bien formado: { $reason }
error-ttml-too-deep = hay elementos anidados a más de { $depth } niveles
error-ttml-not-tt = no es un documento TTML: el elemento raíz no es <tt> en el espacio de nombres de TTML
error-ttml-time-base = no se admite ttp:timeBase={ "\"" }{ $value }{ "\"" }: solo se lee el tiempo de medios (media)
error-ttml-not-positive = { $attribute }={ "\"" }{ $value }{ "\"" } no es un número entero positivo
error-ttml-multiplier = ttp:frameRateMultiplier={ "\"" }{ $value }{ "\"" } no son dos números enteros
error-ttml-seq = no se admite { "timeContainer=\"seq\"" }: solo se lee la temporización en paralelo
error-ttml-time-too-large = un tiempo es demasiado grande
error-ttml-no-end = este <p> no tiene tiempo de salida (no hay end ni dur en él ni en un <div> o <body> que lo contenga)
error-ttml-time-out-of-range = un tiempo está fuera de rango
error-ttml-timed-span = no se admiten <span> con tiempos: pon los tiempos en cada <p>
error-ttml-bad-time = { $attribute }={ "\"" }{ $value }{ "\"" } no es una expresión de tiempo TTML que este lector admita
# $reason es error-ttml-timed-ancestor o error-ttml-p-without-times.
error-ttml-cannot-retime = no se puede cambiar la sincronía de este archivo TTML: { $reason }; no se escribió nada
error-ttml-timed-ancestor = sus subtítulos toman los tiempos de un <div> o <body> (retime reescribe los tiempos en cada <p>)
error-ttml-p-without-times = hay un <p> sin begin propio y sin end o dur

## Archivos: leer, recorrer carpetas y escribir. $limit en bytes.

error-over-limit = pasa del límite de tamaño ({ $limit } bytes); sube el límite para leerlo
error-over-max = pasa de { $limit } bytes, lo más que lee dejamos
error-is-directory = es una carpeta, no un archivo de subtítulos
error-cannot-be-read = no se puede leer
error-dangling-symlink = es un enlace simbólico a un archivo que no existe
error-backup-not-regular = no es un archivo normal: no se guarda respaldo
error-too-many-backups = ya tiene { $count } respaldos: borra algunos para guardar otro
error-changed-on-disk = cambió en el disco mientras dejamos trabajaba en él (otro programa lo escribió); no se escribió nada, vuelve a ejecutarlo
error-write-directory = es una carpeta: da un nombre de archivo para escribir
error-write-dangling-symlink = es un enlace simbólico a un archivo que no existe: borra el enlace o escribe en otro lugar
error-write-input = es una de las entradas de esta ejecución: escribe la salida en otro lugar
error-pipe-without-reader = es una tubería sin lector: no se escribió nada
error-write-special = no es un archivo normal, un dispositivo de caracteres ni una tubería: da un nombre de archivo para escribir

## dejamos.toml. $value es el valor tal como está escrito; $most, el mayor que se acepta.

error-config-too-large = pasa de 1 MiB: no es un archivo de configuración de dejamos
error-config-not-utf8 = no es texto UTF-8
error-config-positive = tiene que ser un número positivo
error-config-time-range = { $value } está fuera de rango (como máximo { $most }, el mayor tiempo de SRT)
error-config-frames-range = { $value } está fuera de rango (como máximo { $most })
error-config-at-least-one = tiene que ser por lo menos 1
# $key es una clave de [thresholds]; $reason, uno de los mensajes anteriores.
# @verbatim: el nombre de la tabla, igual en los dos idiomas.
error-config-threshold = [thresholds] { $key }: { $reason }
# $known: los nombres de los perfiles, separados por comas.
error-config-profile = no existe el perfil `{ $name }`: usa { $known }
error-config-fps = `{ $value }` no es una velocidad de fotogramas: usa 23.976, 24, 25, 29.97, 30… o una fracción como 24000/1001
error-config-audience = no existe el público `{ $value }`: usa adult o children
error-config-lang = `{ $value }` no es una etiqueta de idioma: usa es, es-MX, es-419, en, en-US…
# $table: lang, shot_changes o sdh; $reason, en palabras del lector de patrones.
error-config-pattern = patrón inválido `{ $pattern }` en [{ $table }]: { $reason }
error-config-severity = la severidad `{ $value }` de `{ $name }` no existe: usa error, warning, info u off
# Un ajuste que dio quien llama ($setting: setting-select o setting-ignore) y qué tiene de malo.
error-setting = { $setting }: { $reason }
setting-select = reglas elegidas
setting-ignore = reglas omitidas

## Selectores de reglas. $hint es error-did-you-mean o error-rules-lists-them.

error-unknown-rule = no existe la regla o categoría `{ $name }`{ $hint }
error-did-you-mean = ; ¿quisiste decir `{ $name }`?
error-rules-lists-them = ; `dejamos rules` las enumera
error-rule-of-other-command = `{ $name }` es una regla de `dejamos { $command }`, no de `dejamos check`
error-rule-of-two-commands = `{ $name }` es una regla de `dejamos { $first }` y de `dejamos { $second }`, no de `dejamos check`

## Comentarios de --show-config y la lista de cambios de plano que usa un archivo.

show-config-settings-for = ajustes de { $file }
show-config-configuration = configuración: { $path }
show-config-no-configuration = configuración: ninguna (valores del perfil y opciones)
show-config-language = idioma: { $tag } ({ $reason })
show-config-no-language = idioma: desconocido (sin --lang, nada en el nombre del archivo ni en [lang])
# $why: shots-origin-*; $format: shots-format-*; $cuts, un número.
shots-used = cambios de plano: { $path } ({ $why }; { $format }, { $cuts ->
    [one] { $cuts } corte
   *[other] { $cuts } cortes
})
shots-origin-given = indicada
# @verbatim: el archivo de configuración y su patrón, igual en los dos idiomas.
shots-origin-config = { $config } [shot_changes] { "\"" }{ $pattern }{ "\"" }
shots-origin-sibling = encontrada junto al archivo
shots-format-plain = texto simple
# @verbatim: el nombre del formato.
shots-format-json = JSON
shots-format-showinfo = registro showinfo de FFmpeg
shots-format-scdet = registro scdet de FFmpeg
shots-format-edl = EDL CMX3600

## Listas de cambios de plano. $value es el texto tal como está en la lista.

error-shots-not-utf8 = no es texto UTF-8: no es una lista de cambios de plano
error-shots-frame-without-rate = `{ $value }` es un número de fotograma: indica la velocidad de fotogramas con que se hizo la lista
error-shots-too-many-frames = `{ $value }`: demasiados fotogramas
error-shots-frame-out-of-range = el fotograma { $value } está fuera de rango
error-shots-not-a-time = `{ $value }` no es un tiempo: escribe segundos (12.345), 00:00:12.345, un código de tiempo 00:00:12:08 o un número de fotograma
error-shots-fps = `{ $value }` no es una velocidad de fotogramas
# $key: la clave del registro de FFmpeg (pts_time:, lavfi.scd.time).
error-shots-ffmpeg-value = después de `{ $key }` viene `{ $value }`, que no es un tiempo en segundos
error-shots-time-out-of-range = el tiempo está fuera de rango
# $reason, en palabras del lector de JSON.
error-shots-json = no es JSON válido: { $reason }
error-shots-json-object = un objeto JSON necesita un arreglo `shot_changes`, `shots` o `cuts`
error-shots-json-array = se esperaba un arreglo JSON de cambios de plano
# $entry: el número de la entrada, desde 1; $reason, uno de los mensajes siguientes.
error-shots-entry = entrada { $entry }: { $reason }
error-shots-not-seconds = { $value } no es un tiempo en segundos
error-shots-json-not-a-time = { $value } no es un tiempo
error-shots-bad-frame = fotograma { $value }
error-shots-out-of-range = fuera de rango
error-shots-entry-needs-time = necesita un `time` (segundos) o un `frame`
error-shots-edl-empty = una EDL sin eventos

## convert. $count: bloques que el lector no pudo leer; $reason, la observación del primero.

error-vtt-header = no es un archivo WebVTT: la primera línea tiene que ser `WEBVTT`
error-convert-unreadable = { $count ->
    [one] no se pudo leer { $count } bloque; corrígelo primero (`dejamos check` dice dónde)
   *[other] no se pudieron leer { $count } bloques; corrígelos primero (`dejamos check` dice dónde)
}
error-convert-unreadable-at = { $count ->
    [one] no se pudo leer { $count } bloque: { $reason }; corrígelo primero (`dejamos check` dice dónde)
   *[other] no se pudieron leer { $count } bloques: { $reason }; corrígelos primero (`dejamos check` dice dónde)
}

## Lo que una conversión no pudo conservar, una nota por tipo. $what es una de las notas siguientes.

note-count = { $what } ({ $count }×)
markup-note-tag-dropped = se quitaron etiquetas `<{ $tag }>`: solo se conservan <i>, <b> y <u>
markup-note-override-dropped = se quitaron códigos `{"{"}\{ $code }{"}"}`
markup-note-timestamp-tags = se quitaron etiquetas de tiempo de WebVTT (tiempos de karaoke)
markup-note-vtt-tag-dropped = se quitaron etiquetas `<{ $tag }>` de WebVTT (su texto se conserva)
markup-note-unmatched = se quitaron etiquetas `</{ $tag }>` sin apertura
markup-note-unclosed = se cerraron al final del subtítulo etiquetas que quedaban abiertas
markup-note-line-breaks = los saltos de línea dentro del texto (de referencias de carácter o U+2028) se escribieron como espacios
markup-note-control-characters = se quitaron caracteres de control del texto
markup-note-srt-tag = texto que SubRip leería como etiqueta: su `<` se escribió como `＜`
markup-note-srt-override = texto que SubRip leería como código: su `{"{"}` se escribió como `｛`
markup-note-srt-arrow = líneas de texto que SubRip leería como código de tiempo: `-->` se escribió como `--＞`
# $format: SubRip o WebVTT.
convert-note-empty-lines = se omitieron líneas de texto vacías (una línea en blanco terminaría un subtítulo { $format })
convert-note-vtt-setting = se quitaron los ajustes de subtítulo `{ $name }` de WebVTT

## Entradas que ningún comando acepta. $formats: los formatos que lee dejamos; $kind: el nombre de un formato.

error-no-format = no está en ningún formato de subtítulos que lea dejamos ({ $formats })
error-no-format-looks-like = no está en ningún formato de subtítulos que lea dejamos ({ $formats }); parece { $kind }
error-no-subtitles = no contiene subtítulos
error-decode-loss = algunos bytes no son { $encoding } válido y se leyeron como U+FFFD; al volver a escribir el texto se perderían (indica la codificación real del archivo)
# $reason: error-decode-loss.
error-cannot-fix = no se puede corregir: { $reason }
error-cannot-fix-ttml = no se puede corregir un archivo TTML: las correcciones se escriben solo en SRT y WebVTT (conviértelo a SRT, corrige ese y vuelve a convertirlo)

## press: los archivos de la copia y film.toml. $reason, en palabras de Fluent cuando son de Fluent.

error-press-not-locale = no es un nombre de configuración regional
error-press-no-locales = no tiene carpetas de configuración regional con archivos .ftl (como en-US/press.ftl)
error-press-locale-unavailable = la configuración regional { $locale } no está disponible
error-press-not-utf8 = no es UTF-8 válido
error-press-empty-tag = una etiqueta de idioma vacía
error-press-bad-tag = `{ $tag }` no es una etiqueta de idioma (como es, es-MX o en-GB)
# $used: la configuración regional que se usó en su lugar.
press-fallback = no hay copia de prensa en `{ $requested }`; se usa { $used }
press-no-locales = no hay configuraciones regionales disponibles
error-press-nesting = aquí los placeables se anidan a más de { $depth } niveles
error-press-syntax-at = error de sintaxis de Fluent: { $reason }
error-press-syntax = error de sintaxis de Fluent
# $first: ARCHIVO:LÍNEA de la primera definición.
error-press-duplicate = `{ $id }` ya está definido en { $first }
# $reason: uno de los mensajes siguientes, o las palabras de Fluent.
error-press-message = mensaje `{ $id }` ({ $locale }): { $reason }
error-press-missing = falta el mensaje `{ $id }` en { $locale } (sin respaldo en otro idioma)
error-press-no-value = no tiene valor
error-press-function = { $function }() no pudo dar formato a su argumento
error-rich-title-closes-twice = un título se cierra dos veces
error-rich-title-in-italics = un título dentro de cursivas
error-rich-title-without-end = un título sin el final de su idioma
error-rich-close-without-open = `</i>` sin su `<i>` de apertura
error-rich-nested = `<i>` dentro de cursivas
error-rich-lang-unclosed = `<i lang="…` sin su `">` de cierre
error-rich-bad-lang = `<i lang="{ $lang }">` no es una etiqueta de idioma
error-rich-never-closed = `<i>` nunca se cierra
# $what: uno de los mensajes press-field-*.
error-facts-id = { $what } `{ $value }` tiene que llevar solo minúsculas, dígitos y guiones
error-facts-country = el país `{ $value }` tiene que ser un código ISO 3166 de dos letras, como MX
error-facts-language = el idioma `{ $value }` tiene que ser un código ISO 639, como es
error-facts-date = la fecha `{ $value }` tiene que existir y escribirse AAAA-MM-DD
error-facts-link = el enlace `{ $value }` tiene que ser una dirección http:// o https://
error-facts-email = el correo `{ $value }` no es una dirección
error-facts-name = { $what } necesita `name = "…"` además de los nombres por idioma
error-facts-gender = el género `{ $value }` tiene que ser female, male u other
error-facts-person-twice = la persona `{ $id }` está definida dos veces
error-facts-no-person = ninguna entrada de [[people]] tiene el id `{ $id }`
error-facts-no-original-title = `titles` no tiene título en el idioma original `{ $lang }`
error-facts-limit = el límite `{ $id }` tiene que ser un número positivo de palabras
# $known: las secciones con límite, separadas por comas.
error-facts-limit-section = `{ $id }` no es una sección con límite de palabras ({ $known })
press-field-person-id = el id de persona
press-field-role = el rol
press-field-festival-id = el id de festival
press-field-festival-name = el nombre de un festival
press-field-city = una ciudad
press-field-premiere = el estreno
press-field-selection = la selección
press-field-award = el premio
press-field-distribution-role = el rol de distribución
press-field-contact-role = el rol de contacto
press-field-link-kind = el tipo de enlace
press-field-project-type = el tipo de proyecto
press-field-color = el color

## Lo que pide film.toml, en las observaciones de `locales check`: $what es uno de los mensajes press-key-*.

press-asked-by = { $what } «{ $id }»
press-key-project-type = tipo de proyecto
# @verbatim: la misma palabra en los dos idiomas.
press-key-color = color
press-key-country = país
press-key-language = idioma
press-key-role = rol
press-key-premiere = estreno
press-key-selection = selección
press-key-award = premio
press-key-distribution-role = rol de distribución
press-key-contact-role = rol de contacto
press-key-link-kind = tipo de enlace
# press --stats: una sección que pasa de su límite de palabras.
press-stats-over = ≤ { $limit }: sobran { $over }

## Los ajustes que un informe muestra de un archivo, etiqueta y valor. $fps y $limit se escriben como números.

setting-profile = Perfil
setting-audience = Público
setting-frame-rate = Velocidad de fotogramas
# @verbatim: el símbolo de la unidad.
setting-fps = { $fps } fps
setting-configuration = Configuración
setting-no-configuration = ninguna (valores del perfil y opciones)
setting-reading-speed = Velocidad de lectura máxima
setting-cps = { $limit } caracteres por segundo
# @verbatim: el valor tal cual.
setting-value = { $value }
setting-differs = difiere entre archivos (consulta cada archivo)
setting-tolerance = Tolerancia
# @verbatim: el símbolo de la unidad.
setting-ms = { $ms } ms
language-unknown-skipped = desconocido (sin --lang, nada en el nombre del archivo, no se detectó): se omiten las reglas de idioma

## Tiempos, duraciones y códigos de tiempo tal como se escriben. $text es lo que se escribió; $timecode y $fps, tal cual.

error-time-frames-too-many = { $frames } fotogramas a { $fps } fps son más de 9999 horas
error-time-frames-need-rate = { $frames ->
    [one] { $frames } fotograma necesita una velocidad de fotogramas
   *[other] { $frames } fotogramas necesitan una velocidad de fotogramas
}
error-time-timecode-needs-rate = el código de tiempo { $timecode } necesita una velocidad de fotogramas
error-time-not-a-duration = `{ $text }` no es una duración (prueba -2.5s, +1500ms, -00:00:02,500 o +12f)
# $reason: uno de los mensajes de código de tiempo.
error-time-in = `{ $text }`: { $reason }
error-time-too-many-frames = `{ $text }`: demasiados fotogramas
error-time-negative = `{ $text }`: un tiempo no puede ser negativo
error-time-text-out-of-range = `{ $text }` está fuera de rango
error-time-timecode-out-of-range = { $timecode } está fuera de rango
error-time-not-frames = `{ $text }`: da un tiempo, no un número de fotogramas
error-time-timecode-text-needs-rate = `{ $text }` es un código de tiempo: necesita una velocidad de fotogramas
error-time-not-a-timecode = `{ $text }` no es un código de tiempo: escribe HH:MM:SS:FF, o HH:MM:SS;FF para drop-frame
error-time-over-59 = `{ $text }`: los minutos y los segundos llegan hasta 59
# $most: la última etiqueta de fotograma a $fps.
error-time-frames-go-up-to = { $timecode }: los fotogramas llegan hasta { $most } a { $fps } fps
error-time-drop-frame-rate = { $timecode } es drop-frame, que solo existe a 29.97 y 59.94 fps (no a { $fps })
error-time-dropped-label = { $timecode } no existe: el código de tiempo drop-frame se lo salta
# $start: el primer código de tiempo del programa.
error-time-before-start = { $timecode } es anterior al inicio del programa { $start }

## La lista de formatos que lee dejamos, en error-no-format y cli-no-subtitle-file.

formats-read = { $rest } y { $last }

## check --fix: negarse a escribir un archivo corregido, y la codificación de la que se recodifica.

error-fix-unreadable = no se puede corregir: el archivo corregido no se pudo volver a leer ({ $reason }); no se escribió nada
error-fix-no-subtitles = no tendría ningún subtítulo legible
fix-from-encoding = { $name }
fix-from-utf8-bom = utf-8 con marca de orden de bytes
show-config-language-from-settings = de las opciones, el nombre del archivo o la configuración
