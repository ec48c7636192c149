### Ayuda de la línea de comandos (--help) en español. El inglés vive en las declaraciones de clap
### (src/cli/args.rs); cada id dice dónde está el texto: help-COMANDO-ARGUMENTO.

## El programa y sus opciones globales

help-about = Control de calidad de subtítulos, ajuste de tiempos sin pérdidas y textos de prensa localizados de What We Leave Behind / Lo que dejamos atrás.
help-color = Cuándo usar color: auto respeta NO_COLOR y si la salida es una terminal.
help-quiet = Mostrar solo observaciones y errores: sin resúmenes ni avisos.
help-max-size = Rechazar entradas de más de estos bytes (se admiten los sufijos K, M y G).
    .long = Rechazar entradas de más de estos bytes (se admiten los sufijos K, M y G).

        El valor por omisión, 64 MiB, está muy por encima de cualquier archivo de subtítulos real y acota lo que puede costar un archivo hostil (véase docs/performance.md).
help-ui-lang = Idioma de la interfaz (`en`, `es`, `es_MX.UTF-8`…); sin esta opción deciden DEJAMOS_UI_LANG, LC_ALL, LC_MESSAGES o LANG, como en los programas de gettext, y si no, inglés.

## check

help-check-about = Revisa archivos de subtítulos contra las reglas de entrega (velocidad de lectura, disposición, tiempos, tipografía).
help-check-paths = Archivos o carpetas (se buscan *.srt, *.vtt, *.ttml y *.dfxp en todas las subcarpetas); `-` lee la entrada estándar.
help-check-lang = Idioma de los archivos (es, en, es-MX, en-US…); por omisión, el del nombre del archivo o, si no, el del texto.
help-check-profile = Perfil de entrega.
help-check-fps = Velocidad de fotogramas para las reglas que cuentan fotogramas (23.976, 24, 25, 29.97…).
help-check-audience = Público: velocidades de lectura para adultos o para niños.
help-check-select = Solo estas reglas (nombres o categorías separados por comas).
help-check-ignore = Omitir estas reglas (nombres o categorías separados por comas).
help-check-format = Formato del reporte.
help-check-fix = Aplicar las correcciones seguras y escribir los archivos (de forma atómica); luego reportar lo que quede.
help-check-diff = Con --fix: mostrar las correcciones como diff unificado sin escribir nada.
help-check-config = Usar este archivo de configuración en lugar de buscar dejamos.toml.
help-check-isolated = No leer ningún archivo de configuración.
help-check-strict = Salir con 1 también ante advertencias.
help-check-jobs = Número de archivos que se revisan en paralelo (por omisión, todos los núcleos).
help-check-show-config = Mostrar la configuración que se aplica a FILE y salir.
help-check-encoding = Forzar la codificación de entrada (una etiqueta WHATWG como windows-1252).
help-check-output = Escribir el reporte en este archivo en lugar de la salida estándar.
help-check-no-progress = No mostrar nunca una barra de progreso.
help-check-pieces-from = Revisar por partes los archivos de al menos este tamaño, con una memoria cercana al tamaño del archivo (sufijos K, M y G; 0: todos los archivos que lo permitan).
help-check-shot-changes = Los cortes de la imagen: una lista de tiempos, un archivo de Subtitle Edit, un registro de escenas de FFmpeg o una EDL CMX3600 (por omisión, `[shot_changes]` en dejamos.toml o PELÍCULA.shots junto al archivo).
help-check-tc-offset = El inicio del programa que se resta a los códigos de tiempo, por ejemplo 01:00:00:00 (en las EDL, la hora del primer evento).
help-check-timecode = Cómo escriben los tiempos los reportes: milisegundos o códigos de tiempo SMPTE a la velocidad de --fps.
help-check-fix-unsafe = Con --fix: aplicar también las correcciones que acortan lo que lee el espectador (max-duration).

## shots

help-shots-about = Detecta los cambios de plano (cortes) de un video con ffmpeg y los escribe como una lista simple.
help-shots-video = El video.
help-shots-output = Escribir la lista aquí (por omisión, en la salida estándar).
help-shots-threshold = Puntuación de cambio de escena (de 0 a 1) a partir de la cual un fotograma empieza un plano nuevo.
help-shots-no-progress = No mostrar nunca una barra de progreso.

## rules

help-rules-about = Muestra el catálogo de reglas o la documentación de una regla.
help-rules-name = Un nombre de regla: muestra su documentación.
help-rules-format = Formato de salida del catálogo.

## fmt

help-fmt-about = Normaliza archivos SRT: UTF-8, códigos de tiempo canónicos, numeración corrida y finales de línea uniformes.
help-fmt-files = Archivos SRT; `-` lee la entrada estándar.
help-fmt-check = No escribir nada; salir con 1 y decir qué cambiaría.
help-fmt-output = Escribir el resultado aquí (`-` para la salida estándar; solo con una entrada).
help-fmt-in-place = Reescribir cada archivo en su lugar (de forma atómica).
help-fmt-crlf = Escribir finales de línea CRLF (por omisión, LF).
help-fmt-bom = Escribir la marca de orden de bytes de UTF-8.
help-fmt-encoding = Forzar la codificación de entrada (una etiqueta WHATWG como windows-1252).

## retime

help-retime-about = Ajusta los tiempos de un archivo de subtítulos sin pérdidas: desplazamiento, cambio de velocidad de fotogramas, sincronía por dos puntos o con otro archivo.
help-retime-input = El archivo de subtítulos; `-` lee la entrada estándar.
help-retime-output = Escribir aquí (`-` para la salida estándar). Por omisión, la salida estándar.
help-retime-in-place = Reescribir INPUT en su lugar (de forma atómica y con sus permisos).
help-retime-backup = Con --in-place: conservar el original como ARCHIVO.bak.
help-retime-shift = Mover todos los tiempos una duración con signo: -2.5s, +1500ms, -00:00:02,500, +12f.
help-retime-scale = Multiplicar todos los tiempos por FACTOR (un decimal o una fracción como 25/24).
help-retime-fps = Una velocidad de fotogramas (23.976) para los fotogramas y --snap, o FROM:TO para convertir (t × FROM / TO).
help-retime-sync = Punto de sincronía CUE=TIME (posición del subtítulo, desde 1; TIME puede ser un código de tiempo HH:MM:SS:FF a la velocidad de --fps); una vez es un desplazamiento, dos veces es lineal.
help-retime-range = Ajustar solo los subtítulos que empiezan dentro de FROM..TO (tiempos o códigos de tiempo a la velocidad de --fps).
help-retime-cues = Ajustar solo los subtítulos A..B (posiciones desde 1, ambos incluidos).
help-retime-snap = Redondear cada tiempo al límite de fotograma más cercano a la velocidad de --fps.
help-retime-clamp = Descartar los subtítulos que terminan antes de cero y recortar los demás, en lugar de fallar.
help-retime-reference = Sincronizar con el archivo del otro idioma: encontrar el cambio de velocidad y el desplazamiento de cada tramo entre cortes que llevan INPUT sobre él. Un archivo ya sincronizado se escribe sin cambios; un ajuste con puntuación menor que --threshold no se escribe (sale con 1).
help-retime-encoding = Forzar la codificación de entrada; con `utf-8` la salida también se recodifica a UTF-8.
help-retime-dry-run = Con --reference: mostrar el plan (cambio de velocidad, tramos, desplazamientos, cortes, puntuación) sin escribir nada.
help-retime-force = Con --reference: escribir aunque el archivo ya esté sincronizado o el ajuste quede bajo --threshold.
help-retime-min-cut = Con --reference: el menor salto de desplazamiento que cuenta como corte [por omisión: 0.5s].
help-retime-tolerance = Con --reference: qué tan cerca debe caer un inicio del de la referencia, y qué tan cerca de la identidad un ajuste se considera «ya sincronizado» [por omisión: 3f, fotogramas a la velocidad de --fps o 23.976].
help-retime-threshold = Con --reference: la puntuación mínima (porcentaje de inicios de subtítulo dentro de --tolerance) para escribir.
help-retime-shot-changes = Después de ajustar, acercar a los cortes de la imagen los tiempos próximos a ellos, como indica la regla shot-change.
help-retime-tc-offset = El inicio del programa que se resta a los códigos de tiempo escritos y a las listas de cortes, por ejemplo 01:00:00:00.

## pair

help-pair-about = Compara un archivo de subtítulos en español con uno en inglés, subtítulo por subtítulo.
help-pair-a = Primer archivo (por ejemplo, el español).
help-pair-b = Segundo archivo (por ejemplo, el inglés).
help-pair-tolerance = Mayor diferencia de inicio o final entre subtítulos alineados (una duración; por omisión, 2 fotogramas a la velocidad de --fps).
help-pair-fps = Velocidad de fotogramas para las tolerancias en fotogramas.
help-pair-format = Formato del reporte.
help-pair-strict = Salir con 1 también ante advertencias.

## merge

help-merge-about = Une dos idiomas en subtítulos bilingües.
help-merge-top = Líneas que van arriba.
help-merge-bottom = Líneas que van abajo.
help-merge-output = Escribir aquí (por omisión, en la salida estándar).
help-merge-bottom-italic = Poner en cursivas el idioma de abajo.
help-merge-fps = Velocidad de fotogramas para las reglas de separación.

## convert

help-convert-about = Convierte entre SRT, WebVTT y TTML (IMSC 1.1 Text).
help-convert-input = Archivo de entrada (.srt o .vtt); `-` lee la entrada estándar y deduce el formato.
help-convert-output = Archivo de salida (`-` para la salida estándar); su extensión puede indicar el formato.
help-convert-to = Formato de salida (por omisión, el de la extensión de OUTPUT).
help-convert-fps = Velocidad de fotogramas para TTML (ttp:frameRate).
help-convert-lang = Etiqueta de idioma de la salida (por omisión, la del nombre del archivo o la detectada).
help-convert-encoding = Forzar la codificación de entrada.

## press

help-press-about = Genera los textos de prensa de la película (sinopsis, créditos, festivales, biografía) en inglés y en español.
help-press-lang = Configuración regional: en, en-US, es, es-MX, es-419… o `all`.
help-press-section = Qué sección generar.
help-press-format = Formato de salida.
help-press-locales = Cargar los paquetes y los datos de esta carpeta en lugar de la copia integrada.
help-press-output = Escribir aquí en lugar de la salida estándar.
help-press-stats = Mostrar palabras y caracteres por sección y configuración regional en lugar de los textos.
help-press-all-fields = Mostrar también los campos de inscripción a festivales (tipo de proyecto, fecha de terminación, color, proyecto estudiantil).

## locales

help-locales-about = Trabaja con los archivos de Fluent detrás de los textos de prensa y de la interfaz.
help-locales-check-about = Revisa los paquetes de Fluent: sintaxis, paridad con la referencia, argumentos, tipografía.
help-locales-check-dir = La carpeta de configuraciones regionales (por omisión, las integradas: prensa e interfaz).
help-locales-check-reference = La configuración regional de referencia.
help-locales-check-format = Formato del reporte.
help-locales-check-strict = Fallar (salir con 1) también ante advertencias.

## completions y man

help-completions-about = Genera el autocompletado para la terminal.
help-completions-shell = La terminal (shell).
help-man-about = Escribe la página del manual (roff) en la salida estándar.

## Valores posibles de las opciones (help-OPCIÓN-VALOR).


help-color-auto = Color cuando la salida es una terminal y `NO_COLOR` no está definida.
help-color-always = Siempre con color.
help-color-never = Nunca con color.
help-check-format-human = Fragmentos al estilo de rustc, con el texto señalado subrayado.
help-check-format-concise = Una línea por observación: `ruta:línea:col: severidad[regla] mensaje`.
help-check-format-json = El esquema JSON documentado (versión 1).
help-check-format-sarif = SARIF 2.1.0 para herramientas de análisis de código.
help-check-format-junit = XML de JUnit: un caso de prueba por archivo y regla.
help-check-format-github = Comandos de flujo de trabajo de GitHub Actions (`::error file=…`).
help-check-format-html = Una página HTML autónoma para personas: resumen, una línea de tiempo por archivo, observaciones y filtros.
help-check-format-csv = CSV para hojas de cálculo: una fila por observación.
help-pair-format-human = Fragmentos al estilo de rustc, con el texto señalado subrayado.
help-pair-format-concise = Una línea por observación: `ruta:línea:col: severidad[regla] mensaje`.
help-pair-format-json = El esquema JSON documentado (versión 1).
help-pair-format-sarif = SARIF 2.1.0 para herramientas de análisis de código.
help-pair-format-junit = XML de JUnit: un caso de prueba por archivo y regla.
help-pair-format-github = Comandos de flujo de trabajo de GitHub Actions (`::error file=…`).
help-pair-format-html = Una página HTML autónoma para personas: resumen, una línea de tiempo por archivo, observaciones y filtros.
help-pair-format-csv = CSV para hojas de cálculo: una fila por observación.
help-locales-check-format-human = Fragmentos al estilo de rustc, con el texto señalado subrayado.
help-locales-check-format-concise = Una línea por observación: `ruta:línea:col: severidad[regla] mensaje`.
help-locales-check-format-json = El esquema JSON documentado (versión 1).
help-locales-check-format-sarif = SARIF 2.1.0 para herramientas de análisis de código.
help-locales-check-format-junit = XML de JUnit: un caso de prueba por archivo y regla.
help-locales-check-format-github = Comandos de flujo de trabajo de GitHub Actions (`::error file=…`).
help-locales-check-format-html = Una página HTML autónoma para personas: resumen, una línea de tiempo por archivo, observaciones y filtros.
help-locales-check-format-csv = CSV para hojas de cálculo: una fila por observación.
help-check-audience-adult = Programas para adultos (en 20 cps, es 17 cps).
help-check-audience-children = Programas infantiles (en 17 cps, es 13 cps).
help-check-timecode-ms = `00:01:02,500`.
help-check-timecode-smpte = `00:01:02:12` a la velocidad de --fps (`;` de drop-frame a 29.97 y 59.94).
help-rules-format-text = Una tabla, o la documentación de una regla.
help-rules-format-md = Markdown (de aquí se genera la referencia de reglas).
help-rules-format-json = JSON.
help-convert-to-srt = SubRip.
help-convert-to-vtt = WebVTT.
help-convert-to-ttml = TTML, perfil de texto IMSC 1.1.
help-press-format-text = Texto plano con saltos de línea.
help-press-format-md = Markdown con encabezados.
help-press-format-html = Una página HTML autónoma y accesible.
help-press-format-json = JSON estructurado.
help-convert-force = Convertir aun una fuente con errores de estructura (un subtítulo que termina antes de empezar, subtítulos desordenados, un subtítulo vacío, texto mal decodificado) que darían un archivo de destino no válido o ilegible.
help-man-command = El comando cuya página se imprime (`check`, `locales check`…); por omisión, dejamos(1).
help-help-about = Muestra este mensaje o la ayuda del comando indicado.
help-help-command = El comando cuya ayuda se muestra.
help-check-full = El archivo de subtítulos completo del que los subtítulos forzados revisados deben ser un subconjunto (perfil por omisión en ese caso: netflix-forced; archivo por omisión: el mismo nombre sin `.forced`).
help-rules-profile = Mostrar en su lugar los umbrales de un perfil de entrega y sus fuentes (`all`: todos los perfiles).
help-convert-strip-sdh = Escribir la versión sin SDH: se quitan los efectos de sonido entre corchetes y las identificaciones de personaje, se descartan los subtítulos que quedan vacíos y se reparan los guiones de diálogo; lo que se quitó se enumera en la salida de errores.

## Value names in usage lines and option lists (`--output <ARCHIVO>`), by their English name.

help-value-A = A
help-value-B = B
help-value-A-to-B = A..B
help-value-AUDIENCE = PÚBLICO
help-value-BOTTOM = ABAJO
help-value-BYTES = BYTES
help-value-COLOR = COLOR
help-value-COMMAND = COMANDO
help-value-CUE-eq-TIME = SUBTÍTULO=TIEMPO
help-value-DIR = CARPETA
help-value-DUR = DURACIÓN
help-value-FACTOR = FACTOR
help-value-FILE = ARCHIVO
help-value-FORMAT = FORMATO
help-value-FPS = FPS
help-value-FROM-to-TO = DESDE..HASTA
help-value-IGNORE = REGLA
help-value-INPUT = ENTRADA
help-value-LABEL = CODIFICACIÓN
help-value-LANG = IDIOMA
help-value-MAX-SIZE = TAMAÑO
help-value-N = N
help-value-NAME = NOMBRE
help-value-OTHER = OTRO
help-value-OUT = SALIDA
help-value-OUTPUT = SALIDA
help-value-PATH = RUTA
help-value-PERCENT = PORCENTAJE
help-value-PROFILE = PERFIL
help-value-RATE = FPS
help-value-REFERENCE = REFERENCIA
help-value-SECTION = SECCIÓN
help-value-SELECT = REGLA
help-value-SHELL = SHELL
help-value-TAG = ETIQUETA
help-value-TC = TC
help-value-THRESHOLD = UMBRAL
help-value-TIMECODE = FORMATO
help-value-TO = FORMATO
help-value-TOP = ARRIBA
help-value-VIDEO = VIDEO
