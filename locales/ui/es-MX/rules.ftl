### Documentación de las reglas en español. El inglés vive en las declaraciones de las reglas
### (`declare_rule!` en src/check/rules/**, src/bilingual/pair.rs y src/locales_check/rules.rs):
### el valor de cada mensaje es el resumen y sus atributos, las secciones (.what, .why, .source,
### .example, .instead, .fix, o .pN para el párrafo N). Lo que falta aquí se muestra en inglés.

## dejamos check: estructura

rule-timestamp-syntax = línea de tiempos mal formada o no canónica
    .help = escribe la línea de tiempos como `HH:MM:SS,mmm --> HH:MM:SS,mmm`, con tres cifras de milisegundos
    .why = SRT no tiene una norma formal; los reproductores no coinciden en las formas permisivas, y una línea de tiempos ilegible hace desaparecer un subtítulo sin aviso. Un campo de milisegundos de 1 o 2 cifras es una trampa: todos los lectores comunes leen `00:00:01,5` como 1,005 s, no como 1,5 s.
    .what = Revisa cada línea de tiempos contra `HH:MM:SS,mmm --> HH:MM:SS,mmm`. Una línea de tiempos que no se puede leer (sin flecha, sin uno de los tiempos, con minutos o segundos de más de 59, con un tiempo negativo o absurdo) es un error, y su bloque se omite. Las formas permisivas que los reproductores aceptan se reportan como advertencias: un punto o dos puntos antes de los milisegundos, campos sin ceros a la izquierda, un campo de milisegundos que falta, una flecha sin sus espacios, espacios alrededor de la línea.
    .source = Especificación de subtítulos de Matroska y página de SRT de Amazon (`HH:MM:SS,mmm`, coma, ` --> `); código fuente de FFmpeg, VLC y cdown/srt para saber qué aceptan los reproductores.
    .fix = Reescribe en forma canónica un código de tiempo permisivo (el mismo tiempo, `HH:MM:SS,mmm`), la flecha como ` --> `, y quita los espacios alrededor de la línea. Un campo de milisegundos de 1 o 2 cifras se deja para que lo decida una persona: los reproductores leen `,5` como 5 ms, pero quien lo escribió probablemente quiso decir 500.
rule-index-sequence = números de subtítulo que faltan, que no son números o que no van 1, 2, 3… en orden
    .help = numera los subtítulos 1, 2, 3… en orden, con una línea de número sobre cada línea de tiempos
    .what = Revisa que cada bloque empiece con una línea de número y que los números vayan 1, 2, 3… sin huecos ni repeticiones. Los espacios alrededor de un número son una advertencia.
    .why = Amazon rechaza los archivos SRT sin numeración corrida, y algunos reproductores y convertidores usan el número para emparejar subtítulos. Una numeración fuera de orden suele indicar subtítulos borrados o pegados a mano, así que conviene revisar también los tiempos.
    .source = Requisitos de SRT de Amazon Prime Video; descripción de SRT de Matroska.
    .fix = Renumera los subtítulos de 1 a N (inserta la línea de número que falte). No lo hace mientras el archivo tenga bloques que no se pudieron leer, porque sus números chocarían.
rule-stray-text = texto fuera de cualquier subtítulo
    .help = borra el texto, o dale número y línea de tiempos para convertirlo en subtítulo
    .why = Los reproductores descartan ese texto sin avisar, así que un subtítulo que escribió el traductor nunca llega a la pantalla.
    .what = Reporta las líneas que no pertenecen a ningún subtítulo: texto antes del primer subtítulo (un título, una nota del traductor, un encabezado que sobró), o un párrafo que ni empieza un subtítulo ni se puede leer como el final del de arriba. (El texto después de una línea en blanco dentro de un subtítulo es de `blank-line-in-cue`; una línea de número sobre una línea de tiempos dañada, de `timestamp-syntax`.)
    .source = Estructura de bloque de SRT: número, línea de tiempos, texto, línea en blanco.
    .instead = Dale al texto su propio subtítulo (número y línea de tiempos), o bórralo.
rule-blank-lines = líneas en blanco de más entre subtítulos, antes del primero o después del último
    .help = deja exactamente una línea en blanco entre subtítulos y ninguna antes del primero
    .what = Reporta las series de más de una línea en blanco entre bloques, las líneas en blanco antes del primer bloque y más de una al final del archivo.
    .why = El SRT canónico lleva exactamente una línea en blanco entre bloques. Algunos lectores conservan las líneas de más como parte del texto del subtítulo anterior (cdown/srt lo hace), y en pantalla se ven como renglones vacíos.
    .source = Descripción de SRT de Matroska; comportamiento de cdown/srt.
    .fix = Quita las líneas en blanco de más.
rule-blank-line-in-cue = una línea en blanco dentro del texto de un subtítulo
    .help = borra la línea en blanco, o divide el texto en dos subtítulos con sus propios tiempos
    .what = Reporta una línea en blanco entre dos líneas de texto del mismo subtítulo (después de la línea en blanco sigue texto que no puede empezar un bloque nuevo).
    .why = Una línea en blanco termina un bloque. VLC y muchos reproductores de hardware cortan ahí el subtítulo y descartan el resto del texto; otros lo muestran. El espectador puede perder medio subtítulo.
    .source = Comportamiento de `subtitle.c` de VLC y de `srtdec.c` de FFmpeg.
rule-coordinates = datos de posición después del tiempo de salida
    .help = borra los datos de posición después del tiempo de salida; coloca el texto según las reglas del perfil
    .what = Reporta cualquier cosa después del tiempo de salida en una línea de tiempos, como las coordenadas en píxeles `X1:100 X2:600 Y1:400 Y2:450`.
    .why = Netflix pide que no haya posiciones absolutas (en píxeles), y los reproductores tratan ese sufijo de distintas maneras: FFmpeg lo convierte en posición, VLC lo ignora y Subtitle Edit lo elimina.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (revisión anterior: sin valores absolutos); notas sobre SRT de VisualSubSync.
rule-final-newline = el archivo no termina con un salto de línea
    .help = termina el archivo con un salto de línea
    .what = Reporta un archivo cuya última línea no tiene salto de línea.
    .why = Al concatenar archivos así, el último subtítulo queda pegado a la primera línea de número del archivo siguiente, y algunos lectores estrictos descartan el último subtítulo.
    .source = Estructura de bloque de SRT: cada bloque termina con un salto de línea.
    .example = Un archivo que termina en `…vuelve a casa.` sin un salto de línea después.
    .instead = Termina el archivo con un salto de línea, con el tipo de final de línea del archivo.
    .fix = Agrega un salto de línea al final.
rule-vtt-header = un archivo WebVTT no empieza con `WEBVTT` o no hay una línea en blanco después del encabezado
    .help = empieza el archivo con `WEBVTT` y deja una línea en blanco después del encabezado
    .what = En archivos WebVTT: reporta un archivo que no empieza con la firma `WEBVTT` (un error) y un encabezado que se junta con el primer subtítulo sin una línea en blanco (una advertencia).
    .why = Los navegadores y reproductores rechazan un archivo WebVTT sin su firma, y si falta la línea en blanco leen el primer subtítulo como parte del encabezado, así que nunca se ve.
    .source = W3C WebVTT: The Web Video Text Tracks Format, estructura del archivo (firma, encabezado, línea en blanco).
rule-vtt-skipped-block = un bloque `STYLE` o `REGION` de WebVTT que se lee sin revisarse
    .help = revisa a mano el bloque `STYLE` o `REGION`, o quítalo si la entrega no lo usa
    .what = En archivos WebVTT: anota cada bloque `STYLE` (CSS) o `REGION`. dejamos los lee sin revisarlos; su estilo y su posición no se comprueban.
    .why = El estilo puede cambiar lo que ve el espectador (colores, tamaños, posiciones), así que una revisión que lo pasa por alto debe decirlo en lugar de parecer completa.
    .source = W3C WebVTT: bloques de estilo y definiciones de regiones.
    .instead = No hay nada que cambiar si el distribuidor acepta estilos; si no, quita el bloque y entrega los subtítulos sin él.
rule-end-before-start = un subtítulo termina antes de empezar o en el mismo momento
    .help = dale al subtítulo un tiempo de salida posterior al de entrada
    .what = Reporta los subtítulos cuyo tiempo de salida no es posterior al de entrada.
    .why = Un subtítulo así nunca se ve: VLC lo salta, cdown/srt lo descarta y otros reproductores lo muestran un solo fotograma o ninguno. Casi siempre es un error de dedo en uno de los dos tiempos.
    .source = `subtitle.c` de VLC exige que la entrada sea anterior a la salida; `sort_and_reindex` de cdown/srt descarta el subtítulo.
rule-out-of-order = un subtítulo empieza antes que el anterior
    .help = pon el subtítulo en su lugar según el orden de tiempo, o corrige sus tiempos
    .what = Reporta cada subtítulo que empieza antes que el escrito justo arriba de él.
    .why = Los subtítulos de un SRT deben ir en orden de tiempo. Los reproductores que leen el archivo en secuencia saltan o desfasan los que están fuera de orden, y los convertidores pueden reordenarlos de modo que la numeración ya no coincida con lo que revisó el traductor.
    .source = Requisitos de SRT de Amazon («timecodes linear»: códigos de tiempo en orden).
    .instead = Pon los subtítulos en orden de tiempo (y renuméralos).
rule-overlap = un subtítulo empieza antes de que termine otro anterior
    .help = termina el subtítulo anterior antes de que empiece el siguiente, al menos 2 fotogramas antes
    .what = Reporta cada subtítulo que empieza mientras otro anterior (en el tiempo) sigue en pantalla, con la duración del empalme.
    .why = Los subtítulos empalmados se apilan en pantalla o se reemplazan de forma impredecible, y Netflix exige al menos dos fotogramas entre eventos, algo que un empalme nunca cumple.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), lineamientos de tiempos de subtítulos (separación mínima de 2 fotogramas).
    .fix = En los empalmes de hasta 12 fotogramas (`[thresholds] overlap-fix-frames`), termina el subtítulo anterior 2 fotogramas antes de que empiece el siguiente, si así sigue durando el mínimo y conserva su velocidad de lectura. Los empalmes más largos solo se reportan: uno de los dos subtítulos tiene mal los tiempos, y solo una persona puede decir cuál.
rule-empty-cue = un subtítulo sin texto visible
    .help = ponle texto al subtítulo, o bórralo
    .what = Reporta los subtítulos sin líneas de texto, o cuyo texto es solo espacio en blanco y marcas (`<i></i>`, `{"{"}\an8{"}"}`).
    .why = Un evento vacío no muestra nada pero cuenta como evento: rompe las reglas de separación y encadenamiento de sus vecinos, y algunas herramientas de control de calidad rechazan el archivo completo. cdown/srt descarta esos subtítulos.
    .source = `SUBTITLE_SKIP_CONDITIONS` de cdown/srt; requisitos de SRT de Amazon (cada bloque tiene «una o dos líneas» de texto).
    .instead = Borra el bloque (y renumera), o dale su texto.
rule-encoding = el archivo no está en UTF-8 o empieza con una marca de orden de bytes (BOM)
    .help = guarda el archivo en UTF-8 sin marca de orden de bytes
    .what = Reporta como error un archivo que no está codificado en UTF-8 (nombrando la codificación encontrada por su nombre WHATWG, como `windows-1252` o `utf-16le`), y como advertencia un archivo UTF-8 que empieza con una marca de orden de bytes.
    .why = Amazon, Filmhub y la mayoría de los agregadores exigen UTF-8. Los subtítulos en español suelen llegar en Windows-1252, que muestra `Ã±` en lugar de `ñ` en cualquier reproductor que asuma UTF-8. La mayoría de los reproductores toleran la BOM, pero no todos, y la documentación de Subtitle Edit recomienda UTF-8 sin ella.
    .source = Requisitos de SRT de Amazon Prime Video (UTF-8); especificación de pistas de texto de Filmhub; `docs/reference/subrip.md` de Subtitle Edit.
    .example = Un archivo guardado en Windows-1252 (`¿Adónde vas?` con el byte `0xBF` para `¿`).
    .instead = El mismo texto guardado en UTF-8 sin BOM.
    .fix = Escribe el archivo en UTF-8 sin BOM. El texto no cambia; solo sus bytes. Si la codificación se adivinó (sin BOM, sin ser UTF-8 válido), revisa el resultado: usa `--encoding` para indicar la codificación real del archivo.
rule-line-endings = el archivo mezcla finales de línea CRLF, LF y CR
    .help = usa un solo tipo de final de línea en todo el archivo
    .what = Reporta un archivo que usa más de un tipo de final de línea, con el conteo de cada uno, en el primer salto de línea distinto del tipo más común.
    .why = Los finales mezclados vienen de copiar y pegar entre editores. Para muchas herramientas, los CR sueltos parecen una sola línea larga, y algunos lectores toman un CR perdido como parte del texto.
    .source = SRT usaba originalmente CRLF y LF tiene amplio soporte, pero la norma de entrega es un solo tipo por archivo.
    .example = Un archivo con CRLF donde tres subtítulos pegados de otro archivo terminan sus líneas con LF.
    .instead = Un solo tipo en todo el archivo.
    .fix = Reescribe todos los saltos de línea con el tipo más común del archivo.

## dejamos check: tiempos

rule-min-duration = un subtítulo dura en pantalla menos de 5/6 de segundo (redondeado a fotogramas completos)
    .help = alarga el subtítulo a por lo menos 5/6 de segundo, o únelo con uno vecino
    .why = Un subtítulo que dura menos de un segundo no se alcanza a leer: la vista necesita tiempo para encontrarlo y asimilarlo, y se percibe como un parpadeo.
    .what = Reporta los subtítulos más cortos que la duración mínima: 5/6 de segundo redondeados hacia arriba a fotogramas completos a la velocidad de `--fps`, es decir, 20 fotogramas (834 ms) a 23.976 fps, 20 fotogramas (833 ms) a 24, 21 fotogramas (840 ms) a 25 y 25 fotogramas a 29.97. Los subtítulos que terminan antes de empezar, o en el mismo momento, son de `end-before-start`.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales: «Minimum duration: 5/6 second per event (e.g. 20 frames for 24fps)»; página de complementos: «25 frames for 29.97fps». Opción: `[thresholds] min-duration-ms` (antes de redondear a fotogramas).
    .fix = Alarga el tiempo de salida del subtítulo hacia el tiempo libre: hacia el mínimo, pero nunca más cerca que la separación mínima del subtítulo siguiente, nunca a menos de 2 fotogramas del siguiente cambio de plano y nunca más allá de la duración máxima. La corrección dice hasta dónde llegó; si no hay nada de espacio, la observación dice qué lo impide, y el subtítulo queda para una persona (que lo una con otro o mueva los de al lado).
rule-max-duration = un subtítulo dura en pantalla más de 7 segundos
    .help = divide el subtítulo en dos, o termínalo antes
    .what = Reporta los subtítulos que duran en pantalla más de 7 segundos (7000 ms).
    .why = Un subtítulo que sigue en pantalla cuando ya se dijo la frase obliga a releerlo y se desfasa de la imagen; los parlamentos largos se dividen en varios eventos.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales: «Maximum duration: 7 seconds per event». La revisión de Netflix de Subtitle Edit también marca los de más de 7000 ms. Opción: `[thresholds] max-duration-ms` (7007 permite 168 fotogramas a 23.976).
    .instead = Divide el texto en dos eventos de 7 s como máximo cada uno, o acorta el subtítulo.
    .fix = Solo con `--fix-unsafe`, porque acorta el tiempo que tiene el espectador para leer el texto: termina el subtítulo en el último límite de fotograma dentro del máximo, si la velocidad de lectura sigue dentro de su límite.
rule-min-gap = menos de 2 fotogramas entre un subtítulo y el siguiente
    .help = termina el subtítulo anterior 2 fotogramas antes de que empiece el siguiente
    .what = Reporta un subtítulo que empieza menos de 2 fotogramas después de que termina el anterior, a la velocidad de `--fps` (83 ms a 23.976), en la línea de tiempos del subtítulo posterior. Los empalmes son de `overlap`.
    .why = Sin separación, la vista no nota que el subtítulo cambió, sobre todo cuando los dos eventos se parecen; Netflix exige 2 fotogramas de separación a cualquier velocidad de fotogramas.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), lineamientos de tiempos de subtítulos: «The minimum frame gap remains as 2 frames for all frame rates». Opción: `[thresholds] min-gap-frames`.
    .fix = Termina el subtítulo anterior 2 fotogramas antes de que empiece el siguiente, si así sigue durando el mínimo y conserva su velocidad de lectura; si no, el par queda para una persona.
rule-gap-chaining = una separación de 3 fotogramas a poco menos de medio segundo que conviene cerrar a 2 fotogramas
    .help = cierra la separación a 2 fotogramas alargando el subtítulo anterior
    .what = Reporta un subtítulo que empieza entre 3 fotogramas y menos de medio segundo después de que termina el anterior (de 3 a 11 fotogramas a 23.976 y 24 fps, de 3 a 12 a 25), en la línea de tiempos del subtítulo posterior.
    .why = Un espacio en blanco breve entre dos subtítulos hace parpadear la pantalla. Netflix pide cerrar esas separaciones llevando el tiempo de salida del subtítulo anterior a 2 fotogramas antes del tiempo de entrada del siguiente, para que los subtítulos queden encadenados.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), lineamientos de tiempos de subtítulos (las separaciones de 12 fotogramas o menos se cierran a 2; «2 frames or half a second or more»); `NetflixCheckBridgeGaps` de Subtitle Edit («Close gaps between subtitles of 3-11 frames (inclusive) to 2 frames»). Opción: `[thresholds] gap-chaining-below-ms`.
    .fix = Lleva el tiempo de salida del subtítulo anterior a 2 fotogramas antes de que empiece el siguiente, salvo que eso lo haga durar más que la duración máxima.
rule-shot-change = un tiempo de entrada o de salida a pocos fotogramas de un cambio de plano
    .help = lleva el tiempo de entrada al corte o el de salida a 2 fotogramas antes de él, o sácalo de su zona
    .why = Los subtítulos deben quedar bien asentados dentro de los planos: uno que aparece o desaparece a pocos fotogramas de un corte hace que la vista salte dos veces, y uno que cruza un corte por pocos fotogramas parpadea al pasar.
    .what = Con una lista de los cortes de la imagen (`--shot-changes FILE`, `[shot_changes]` en `dejamos.toml`, o `film.shots` junto a `film.es.srt`), reporta los tiempos mal colocados respecto a un corte. La zona es medio segundo a la velocidad de `--fps` (12 fotogramas a 23.976 y 24 fps, 13 a 25, 15 a 29.97 y 30); la distancia de ajuste es tres cuartos de ella (9 fotogramas de 12); la separación antes de un corte es la separación mínima (2 fotogramas):
    .p2 =
        - un tiempo de entrada dentro de la zona después de un corte va en el corte;
        - un tiempo de entrada a menos de la distancia de ajuste antes de un corte va en el corte; de ahí al borde de la zona debe salir de la zona (empezar una zona completa antes del corte), lo que se reporta y no se corrige, porque solo una persona puede decidir separar una entrada del diálogo;
        - un tiempo de salida dentro de la zona antes de un corte, en el corte o un fotograma después va 2 fotogramas antes del corte;
        - un subtítulo que cruza un corte y termina dentro de la zona después de él se asoma al plano siguiente: va 2 fotogramas antes del corte.
    .p3 = Cada observación nombra el corte (su tiempo y a cuántos fotogramas está) y el tiempo que pondría la corrección.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), lineamientos de tiempos de subtítulos (cambios de plano; «medio segundo» son 12 fotogramas a 24 fps y 15 a 30; la separación mínima sigue siendo de 2 fotogramas a cualquier velocidad); `NetflixCheckShotChange` de Subtitle Edit (las entradas a 12 fotogramas o menos después de un corte se ajustan a él; de 1 a 8 fotogramas antes, se ajustan al corte; de 9 a 11 antes, se llevan a 12; las salidas a 12 fotogramas o menos van 2 fotogramas antes del corte). Opciones: `[thresholds] shot-change-zone-frames`, `shot-change-snap-frames`, `min-gap-frames`.
    .example = Un corte en 00:01:00,000 (23.976 fps):
    .fix = Lleva el tiempo de entrada al corte, o el de salida a 2 fotogramas antes de él, si el subtítulo conserva su duración mínima y máxima, su velocidad de lectura y la separación mínima con los de al lado.

## dejamos check: estructura y texto (issue 18)

rule-missing-timing = un bloque con número y texto pero sin línea de tiempos
    .help = agrega la línea de tiempos debajo del número (`HH:MM:SS,mmm --> HH:MM:SS,mmm`), o borra el bloque
    .what = Reporta un bloque que empieza con el número que la secuencia espera y tiene texto debajo, pero no tiene línea de tiempos. El bloque no es un subtítulo: su texto nunca se muestra. Los subtítulos de alrededor conservan sus números, así que `index-sequence` no reporta además el siguiente, y `--fix` nunca renumera mientras haya un bloque así en el archivo.
    .why = Una línea de tiempos perdida al editar o al pegar mal hace desaparecer un subtítulo sin aviso; sin esta regla, la falla se veía como un subtítulo anterior que crecía dos líneas, una línea en blanco dentro de él y un hueco en la numeración, sin que nadie nombrara la causa real.
    .source = Descripción de SRT de Matroska y requisitos de SRT de Amazon Prime Video (cada bloque es un número, una línea de tiempos y texto).
rule-blank-line-missing = falta la línea en blanco entre dos subtítulos
    .help = inserta una línea en blanco antes del número del subtítulo siguiente
    .what = Reporta un bloque que empieza (con su línea de número o de tiempos) justo debajo de la última línea de texto del subtítulo anterior, sin una línea en blanco entre ellos.
    .why = Una línea en blanco termina un bloque. Los lectores estrictos toman el número siguiente como una línea más de texto del subtítulo anterior, y pueden perder el siguiente; los permisivos adivinan. dejamos lee los dos subtítulos, pero el archivo no es un SRT válido.
    .source = Descripción de SRT de Matroska y requisitos de SRT de Amazon Prime Video (bloques separados por una línea en blanco).
    .fix = Inserta la línea en blanco.
rule-missing-space = falta el espacio después de un punto, una coma, `?` o `!` entre dos palabras
    .help = pon un espacio después del signo
    .what = Reporta los signos de puntuación pegados a la palabra siguiente: una coma entre dos letras (`sí,señor`), un punto entre una minúscula y una mayúscula (`Hola.Adiós`), y `?` o `!` justo antes de una letra (`¿Vienes?Sí`). No se reportan los decimales (`2,5`, `1.000`), las horas (`5:30`), las abreviaturas (`Sr.González` no se toca) ni los puntos suspensivos iniciales (`…y luego`).
    .why = Un espacio que falta une dos palabras en una para la vista, para la división de líneas y para el corrector ortográfico; es un error común al teclear y en el OCR.
    .source = RAE, *Ortografía de la lengua española* (2010): los signos de puntuación se escriben pegados a la palabra anterior y separados por un espacio de la siguiente; guías de estilo de Netflix para inglés y español (puntuación según el uso normativo del idioma); Subtitle Edit, corregir errores comunes («Fix missing spaces»).
    .fix = Inserta el espacio.
rule-repeated-word = la misma palabra dos veces seguidas (`el el`, `the the`)
    .help = borra la segunda palabra, salvo que se haya dicho dos veces
    .what = Reporta una palabra repetida con solo un espacio en medio (`el el`, `the the`), sin distinguir mayúsculas. No se reportan las palabras que se repiten a propósito al hablar (`no no`, `sí sí`, `ya ya`, `bye bye`, `ja ja`, `very very`, `that that`, `had had`), los números ni las canciones (subtítulos con `♪`).
    .why = Una palabra duplicada casi siempre es un descuido al teclear o al editar, y cuesta tiempo de lectura.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (subtítulos sin errores de ortografía ni de gramática); Subtitle Edit, corregir errores comunes («Remove double words» se ofrece para revisar, no se aplica a ciegas).
    .fix = Ninguna automática: la repetición puede ser lo que se dijo; el mensaje nombra la palabra.
rule-repeated-cue = un subtítulo con el mismo texto que el anterior
    .help = une los dos subtítulos, o escribe lo que dice el segundo
    .what = Reporta un subtítulo cuyo texto visible (sin etiquetas, con los espacios y saltos de línea reducidos) es igual al del subtítulo anterior, cuando tiene tres palabras o más. No se tocan las respuestas cortas (`Thank you.`, `¡Julián!`), que pueden decir dos personas o una dos veces, los sonidos entre corchetes (`(pounding at door)`) ni los subtítulos de solo notas musicales.
    .why = El mismo subtítulo dos veces seguidas suele ser un error al pegar o al unir: el espectador lee la línea dos veces, y el segundo subtítulo muchas veces corresponde a otro parlamento.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (el texto corresponde al diálogo); Subtitle Edit, corregir errores comunes («Merge lines with same text»).
    .fix = Ninguna automática: une los dos subtítulos en uno, o escribe lo que debe decir el segundo.
rule-doubled-punctuation = `,,`, `..`, `?.`, `!.` o `''` escritos en lugar de un solo signo
    .help = escribe un solo signo: una coma, un punto o `…`, `?` o `!` solos, `"` en lugar de `''`
    .what = Reporta dos comas (`,,`), exactamente dos puntos (`..`: ni punto ni puntos suspensivos), un punto después de `?` o `!` en archivos que no están en español (en español lo reporta `spanish-punctuation`) y dos apóstrofos escritos en lugar de comillas dobles (`''`).
    .why = Son descuidos al teclear o del OCR que el espectador nota de inmediato; `''` además se ve como dos signos, no como comillas.
    .source = Guía de estilo de Netflix para inglés (sin punto después de `?` o `!`; comillas dobles para las citas); RAE, *Ortografía* (2010) §3.4 (un signo para cada función); Subtitle Edit, corregir errores comunes («Fix double punctuation», `Fix '' to "`).
    .fix = `,,` se convierte en `,`, `?.` y `!.` pierden el punto, `''` se convierte en `"`. Los dos puntos seguidos quedan para una persona: pudo querer decirse un punto o puntos suspensivos.
rule-unbalanced-quotes = una cita abierta y nunca cerrada, cerrada sin abrirse, o con `«»` donde el estilo pide `"…"`
    .help = cierra la cita donde terminan las palabras citadas, con `"` (y `'` dentro)
    .what = En archivos en español y en inglés: unas comillas rectas `"` abiertas al final de un subtítulo y no cerradas en los dos subtítulos siguientes; unas `”` o `»` de cierre sin signo de apertura antes en el subtítulo, y unas `“` o `«` que nunca se cierran en el subtítulo ni en los dos siguientes; y las comillas angulares `«»`, que las guías de Netflix para español de Latinoamérica y para inglés no usan (usan `"…"`, y `'…'` dentro).
    .why = Una cita sin cerrar deja al espectador sin saber dónde terminan las palabras citadas; mezclar estilos de comillas parece un error.
    .source = Guías de estilo de Netflix para español (Latinoamérica) y para inglés (EE. UU.), comillas (comillas dobles; simples para una cita dentro de otra); RAE, *Ortografía* (2010) §3.4.8 (las comillas siempre van en pareja).
    .fix = Ninguna automática: dónde termina una cita lo decide una persona.
rule-single-speaker-dash = un guion de diálogo en un subtítulo con un solo personaje
    .help = quita el guion de un subtítulo con un solo personaje, o empieza con uno las líneas de ambos personajes
    .what = Reporta un subtítulo de una línea que empieza con guion de diálogo y no tiene un segundo personaje en la línea, y un subtítulo de dos líneas donde solo una empieza con guion.
    .why = El guion le dice al espectador que en el subtítulo hablan dos personas; en un subtítulo con un solo personaje confunde, y en uno con dos personajes y un solo guion no se sabe quién dice qué.
    .source = Guías de estilo de Netflix para español (Latinoamérica y España) y para inglés (EE. UU.), dos personajes (un guion en la línea de cada uno, un personaje por línea, en un subtítulo con dos personajes).
    .fix = Quita el guion (y el espacio que lo sigue) de un subtítulo de una línea. Un subtítulo de dos líneas queda para una persona: puede necesitar un segundo guion o ninguno.
rule-continuation-ellipsis = una oración que sigue después de unos puntos suspensivos sin los puntos suspensivos iniciales que pide el idioma (español), o con ellos (inglés)
    .help = en español, empieza con `…` el subtítulo que continúa; en inglés, sin ellos
    .what = Cuando un subtítulo termina con puntos suspensivos y el siguiente continúa la misma oración: en archivos en español, el siguiente debe empezar con `…` (`Me pasa algo raro…` / `…pero no puedo decirte nada.`), así que se reporta un subtítulo que empieza con una palabra en minúscula; en archivos en inglés, el siguiente empieza sin ellos (`Had I known…` / `I wouldn’t have called you.`), así que ahí se reportan los `…` iniciales. Un subtítulo que empieza con guion de diálogo es de otro personaje y no se reporta.
    .why = Las dos guías marcan de formas opuestas la pausa que lleva una oración al subtítulo siguiente; mezclarlas en un archivo se lee como un error.
    .source = Guía de estilo de Netflix para español (Latinoamérica y España), continuidad («if the sentence continues in the next subtitle, use an ellipsis at the beginning of the second subtitle»); guía de estilo de Netflix para inglés (EE. UU.), continuidad («do not use an ellipsis at the beginning of the second subtitle»).
    .fix = Agrega `…` al principio del subtítulo en español; quita los puntos suspensivos iniciales del subtítulo en inglés.
    .example = En `film.es.srt`:
rule-lowercase-after-sentence-end = una oración que empieza con minúscula después de un punto, `?` o `!` en el mismo subtítulo
    .help = escribe con mayúscula la primera letra de la oración, o cambia el punto por una coma
    .what = Reporta una minúscula al principio de una palabra después de un punto, `?` o `!` y un espacio, dentro de un subtítulo. Los puntos suspensivos, los decimales, las iniciales y las abreviaturas (`Sr.`, `Dra.`, `a.m.`, `etc.`) aquí no terminan una oración.
    .why = En los dos idiomas una oración empieza con mayúscula; una minúscula después de un punto es un descuido al teclear o un punto que debió ser coma.
    .source = RAE, *Ortografía* (2010) §4.1.1.1 (mayúscula después de punto y después de `?` y `!` de cierre); guías de estilo de Netflix para inglés y español (mayúsculas según la norma); Subtitle Edit, corregir errores comunes («Fix lowercase letter after period»).
    .fix = Pone la letra en mayúscula.

## dejamos check: disposición

rule-max-lines = un subtítulo tiene más de 2 líneas
    .help = redistribuye o acorta el texto a dos líneas, o divide el subtítulo
    .what = Reporta los subtítulos con más de 2 líneas de texto, en la línea de tiempos del subtítulo.
    .why = Una tercera línea tapa la imagen y no alcanza a leerse en el tiempo que el subtítulo está en pantalla.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales: «2 lines maximum». Opción: `[thresholds] max-lines`.
    .fix = Cuando el texto cabe en dos líneas, `--fix` vuelve a dividir el subtítulo como lo hace `max-line-length`.
rule-max-line-length = una línea tiene más de 42 caracteres
    .help = divide la línea en otro lugar, acorta el texto o divide el subtítulo
    .what = Reporta las líneas de texto de más de 42 caracteres y subraya los que pasan del límite. Los caracteres son los que ve el espectador: grupos de grafemas, así que `…` y una `é` descompuesta cuentan una vez; los espacios y la puntuación cuentan; las etiquetas como `<i>` y `{"{"}\an8{"}"}` no.
    .why = Las líneas más largas no caben en el área segura con un tamaño legible y obligan a la vista a recorrer demasiado.
    .source = Guía de estilo de Netflix, requisitos generales, y las guías de inglés (EE. UU.) y de español: 42 caracteres por línea; preguntas frecuentes de Netflix: se cuentan los espacios y la puntuación. Opción: `[thresholds] max-line-length`.
    .fix = `--fix` vuelve a dividir el subtítulo, en archivos en español y en inglés: entre todas las disposiciones que dejan cada línea dentro del límite, elige la mejor según esta puntuación: una sola línea cuando el texto cabe en una; si no, la división después de un signo de puntuación, luego antes de una conjunción o preposición, luego cualquier otra (una división cuya línea corta mide menos de un tercio de la larga baja un nivel), nunca una que `line-break` prohíba; después, la forma de pirámide (la línea de abajo más larga); y por último las líneas más parejas. Solo los espacios se vuelven saltos de línea y al revés: nunca se cambian, agregan ni quitan palabras, y `<i>`, `<b>` y `<u>` se cierran y se vuelven a abrir para que cada línea quede equilibrada. Los diálogos, los subtítulos con otras marcas y el texto que ninguna disposición deja dentro de los límites se reportan y no se tocan. La misma redistribución es la corrección de `fits-one-line`, de `max-lines` (cuando el texto cabe en dos líneas) y de `line-break`, una por subtítulo; en otros idiomas solo se ofrece juntar dos líneas que caben en una. `dejamos check --fix --select line-break,max-line-length,fits-one-line` redistribuye un archivo completo.
rule-max-cps = velocidad de lectura de más de 20 cps (inglés) o 17 cps (español); 17 y 13 para público infantil
    .help = acorta el texto, o alarga el subtítulo hacia el tiempo libre
    .what = Reporta los subtítulos cuya velocidad de lectura (el número de caracteres entre la duración en segundos) supera el límite del idioma y del público del archivo: en inglés, 20 caracteres por segundo para adultos y 17 para niños (`--audience children`); en español y otros idiomas, 17 y 13. Los caracteres se cuentan como en `max-line-length`, y el salto entre dos líneas no cuenta.
    .why = Por encima de estas velocidades el espectador no termina de leer antes de que el subtítulo desaparezca y deja de ver la imagen.
    .source = Guía de estilo de Netflix para inglés (EE. UU.): hasta 20 caracteres por segundo para adultos y 17 para niños; guía de Netflix para español (Latinoamérica y España): 17 y 13; preguntas frecuentes de Netflix sobre la velocidad de lectura (cuentan los espacios y la puntuación). Opción: `[thresholds] max-cps`.
    .instead = Dale más tiempo al subtítulo o condensa el texto:
    .fix = Alarga el tiempo de salida del subtítulo hacia el tiempo libre, como `min-duration`: hasta el tiempo que necesita el texto, nunca más cerca que la separación mínima del subtítulo siguiente ni que 2 fotogramas del siguiente cambio de plano, y nunca más allá de la duración máxima. La corrección dice hasta dónde llegó y qué velocidad de lectura queda; si no hay espacio, la observación dice qué lo impide. El texto no se toca.
rule-fits-one-line = dos líneas cuyo texto cabe en una
    .help = junta las dos líneas en una
    .what = Reporta un subtítulo de dos líneas cuyas líneas, unidas con un espacio, caben dentro del largo máximo de línea. Los diálogos (una línea que empieza con guion: dos personajes) no se tocan, porque cada personaje necesita su línea.
    .why = El texto debe ir por lo general en una sola línea; una división innecesaria tapa más imagen y hace saltar la vista.
    .source = Guía de estilo de Netflix, requisitos generales: «Text should usually be kept to one line, unless it exceeds the character limitation»; la revisión de Netflix de Subtitle Edit «Text can fit on one line».
    .fix = `--fix` junta las líneas (la redistribución de `max-line-length`).
rule-line-break = un salto de línea separa palabras que deben ir juntas (`la` / `casa`)
    .help = divide la línea antes o después de las palabras que van juntas
    .what = Reporta un subtítulo cuyo salto de línea separa lo que las guías de estilo mantienen en una línea: un artículo o determinante de su sustantivo (`la` / `casa`, `the` / `house`), un sustantivo de su adjetivo (`casa` / `nueva`), un nombre de pila del apellido (`Iliana` / `Sosa`) o un tratamiento del nombre (`don` / `Julián`), un pronombre sujeto de su verbo (`yo` / `trabajé`, `we` / `took`), un pronombre reflexivo o de objeto de su verbo (`se` / `fue`, `no la` / `vi`; `built` / `himself`), un auxiliar de su verbo (`ha` / `construido`, `va a` / `construir`, `had` / `built`, `will` / `come`), una negación de su verbo (`no` / `la vi`, `never` / `went`), un verbo de su preposición (`pensaba en` / `su casa`), una preposición de su término (`para` / `la casa`) o una conjunción de lo que introduce (`y` / `luego`). Nunca se reporta una división después de un signo de puntuación. La observación nombra el par («`la` / `casa`: un artículo separado de su sustantivo») y su corrección es la mejor disposición válida del subtítulo (ver **Corrección.**) cuando alguna deja cada línea dentro del límite. Las palabras vienen de listas que el repositorio guarda como archivos de datos (`src/check/rules/layout/words/es.txt`, `en.txt`): artículos y determinantes, preposiciones, conjunciones, pronombres sujeto, reflexivos y átonos, auxiliares (incluidos `va a`, `tengo que`, `going to`), negaciones, nombres de pila comunes y los de la película (Julián, Iliana Sosa, El Paso, Ciudad Jiménez). Solo archivos en español y en inglés; los diálogos (un guion por línea de personaje) no se tocan.
    .why = Una línea que termina en `la` o en `the` obliga al espectador a leer la siguiente para saber a qué se refiere; dividir entre unidades de sentido permite leer cada línea de un vistazo.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales §5 (tratamiento de las líneas): dividir después de la puntuación, antes de las conjunciones y antes de las preposiciones; la división no debe separar un sustantivo de su artículo o adjetivo, un nombre de pila del apellido, un verbo de su pronombre sujeto, un verbo preposicional de su preposición, ni un verbo de su auxiliar, su pronombre reflexivo o su negación. Las guías de Netflix para español (Latinoamérica y España) y para inglés (EE. UU.) aplican el mismo tratamiento.
    .fix = `--fix` vuelve a dividir el subtítulo (ver `max-line-length`): solo cambian los espacios y los saltos de línea, y `<i>` se cierra y se vuelve a abrir para que cada línea quede balanceada. `dejamos check --fix --select line-break,max-line-length,fits-one-line` vuelve a dividir un archivo completo.
rule-line-balance = una división con la línea de arriba más larga cuando existe una válida con la de abajo más larga
    .help = mueve la división para que la línea de abajo sea la más larga
    .why = Cuando las divisiones permiten elegir, las guías prefieren la pirámide: una línea de arriba más corta y una de abajo más larga se leen en un solo movimiento de la vista y tapan menos el centro de la imagen.
    .source = Guía de estilo de Netflix, requisitos generales §5 (tratamiento de las líneas), y las guías de Netflix para español (Latinoamérica y España) e inglés (EE. UU.): cuando hace falta dividir y las reglas permiten elegir, mejor la línea de abajo más larga.
    .fix = `--fix` mueve ahí el salto de línea (solo cambian espacios y saltos de línea).
    .what = Reporta un subtítulo de dos líneas cuya línea de arriba es más larga que la de abajo cuando otra división mantiene ambas líneas dentro del límite, no separa nada que `line-break` prohíba, da una forma de pirámide (la línea de arriba no más larga que la de abajo) y es del mismo tipo o de uno mejor según la puntuación de la redistribución (después de la puntuación; antes de una conjunción; antes de una preposición; cualquier otra; ver `max-line-length`). Una división con la línea de arriba más larga antes de `con` no se reporta si la de pirámide separaría una frase: primero cuenta el tipo de división y después la forma. El mensaje y la corrección nombran la mejor de esas divisiones (las líneas más parejas del mejor tipo). Desactivada por omisión en el perfil `netflix`, activa en `netflix-strict` (o selecciónala: `--select line-balance`). Solo archivos en español y en inglés; los diálogos no se tocan.

## dejamos check: texto

rule-unbalanced-tag = una etiqueta abierta y no cerrada en el mismo subtítulo, cerrada sin abrirse o cruzada con otra
    .help = cierra cada etiqueta en el subtítulo donde se abre, en orden inverso al de apertura
    .why = Los reproductores no coinciden ante marcas desequilibradas: algunos extienden las cursivas hasta el final del archivo, otros muestran el `<i>` tal cual, y los convertidores a TTML (el formato de entrega de Netflix) lo rechazan. Lo más seguro en SRT es que las cursivas abran y cierren dentro de cada subtítulo.
    .what = Reporta, en cada subtítulo, una etiqueta de apertura como `<i>` cuyo `</i>` nunca llega, una etiqueta de cierre sin etiqueta abierta que cerrar, y etiquetas que se cruzan (`<i><b>…</i></b>`). Una etiqueta puede abarcar las líneas del subtítulo; no puede seguir en el siguiente. Solo SRT: las marcas de WebVTT (voces, clases, ruby) las lee el lector de WebVTT, y esta regla no se aplica a los archivos `.vtt`.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (la entrega es en TTML, donde cada span debe cerrarse); la revisión de Netflix `NetflixCheckItalics` de Subtitle Edit repara las etiquetas de cursivas no válidas.
rule-disallowed-tag = marcas distintas de las etiquetas permitidas (por omisión, solo `<i>`), incluidos los bloques de posición `{"{"}\an8{"}"}`
    .help = quita la etiqueta, o permítela en la configuración si la entrega la acepta
    .why = Los subtítulos de Netflix son texto blanco en una fuente estándar; solo las cursivas tienen significado (voces fuera de cuadro, canciones, palabras extranjeras), y la posición la fija el formato de entrega, no códigos en el texto. Las demás marcas se pierden, se muestran tal cual o se rechazan según el reproductor y el convertidor.
    .what = Reporta cada etiqueta cuyo nombre no está en la lista `allowed-tags` del perfil (por omisión: `i`), como `<b>`, `<u>`, `<font color="…">`, y cada bloque de ASS como `{"{"}\i1{"}"}` o `{"{"}\c&H00FFFF&{"}"}`. Un bloque se acepta cuando su contenido sin la barra invertida está en `allowed-tags`; un bloque que solo coloca el subtítulo (`{"{"}\an8{"}"}`) queda para `position`. Solo SRT: las marcas de WebVTT (voces, clases, ruby, etiquetas de tiempo) las lee el lector de WebVTT, y esta regla no se aplica a los archivos `.vtt`.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (reglas de posición y de fuente) y las guías de inglés (EE. UU.) y español (Latinoamérica y España) (cursivas); requisitos de SRT de Amazon Prime Video (evitar cualquier formato que no sean cursivas). Opción: `[thresholds] allowed-tags`.
rule-whitespace = espacios al principio o al final de una línea, espacios dobles o un espacio antes de `!?).,…:;`
    .help = borra los espacios de más
    .why = Los espacios de más descentran el texto centrado y cuentan para las 42 posiciones de la línea y para la velocidad de lectura; un espacio antes de un signo también puede dejar el signo solo al principio de la línea siguiente cuando un reproductor vuelve a dividir el texto.
    .what = En el texto visible de cada línea (sin etiquetas): espacios al principio o al final, dos o más espacios seguidos, y un espacio antes de `!`, `?`, `)`, `.`, `,`, `…`, `:` o `;`. Un espacio antes de `¿` o `¡` es normal en español y no se reporta. En archivos en español, el espacio antes de `?` o `!` lo reporta `spanish-punctuation` (con los espacios después de `¿` y `¡`), así que se reporta una sola vez. En otros idiomas que no son español ni inglés solo se revisan `)`, `.`, `,` y `…` (el francés, por ejemplo, pone un espacio antes de `?`, `!`, `:` y `;`). Un espacio entre un guion de diálogo y unos puntos suspensivos (`- …y luego`) queda para `dialogue-dash`.
    .source = `NetflixCheckWhiteSpace` de Subtitle Edit (espacios al principio o al final, 2 o más seguidos, que falten antes de la puntuación); RAE, *Ortografía* (2010): la puntuación se escribe pegada a la palabra anterior.
    .fix = Quita los espacios de más. El texto no cambia en nada más.
rule-glyph = un tabulador, un carácter de control, una marca invisible de ancho cero o bidireccional, U+FFFD, un espacio raro o un emoji
    .help = cambia el carácter por uno de la lista de glifos, o bórralo
    .why = Netflix solo acepta los caracteres de su lista de glifos y rechaza en la recepción los archivos con otros; la lista no incluye tabuladores, espacios de ancho cero ni finos, emojis, ni U+2011 o U+02BC, que pasan inadvertidos en pantalla. Los caracteres invisibles además rompen el conteo de caracteres por línea, las búsquedas y la revisión ortográfica, y U+FFFD indica que se perdió texto.
    .what = Revisa cada carácter del texto de los subtítulos contra la lista de glifos de Netflix (Netflix Glyph List, versión 2, incluida en dejamos) y reporta los que no están, con una razón más precisa cuando la hay: el tabulador (U+0009) y otros caracteres de control (C0, DEL, C1); los caracteres de ancho cero (U+200B–U+200D, U+2060, U+FEFF); los controles bidireccionales (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); el carácter de reemplazo U+FFFD (lo que deja una mala conversión); los espacios distintos del espacio y del espacio de no separación (U+2000–U+200A, incluido el espacio fino, U+202F, U+205F, U+3000); los caracteres de uso privado; y los emojis (pictogramas, emoticones, dingbats, el selector de variante U+FE0F). Cualquier otro carácter fuera de la lista se reporta como tal, con el reemplazo obvio cuando lo hay: el guion de no separación que inserta Word (U+2011) → `-`, el apóstrofo modificador U+02BC → `’`, la raya de cifras U+2012 → `–`, la barra horizontal U+2015 → `—`. Las notas musicales ♪ ♫ se permiten. El NUL (U+0000) lo reporta el lector con el mismo nombre y no se repite aquí. Una serie de estos caracteres es una sola observación.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales §3 («Only text/characters included in the NETFLIX Glyph List can be used»); Netflix Glyph List versión 2 (artículo 215581437), como los intervalos de puntos de código que Subtitle Edit incluye para su `NetflixCheckGlyph`, tomados de `src/check/rules/text/netflix-glyph-list.txt`.
    .fix = Los caracteres invisibles (de ancho cero y controles bidireccionales) se quitan y se hacen los reemplazos de arriba; todo lo demás necesita que una persona decida qué se quiso escribir.
rule-mojibake = texto en UTF-8 decodificado dos veces (`Ã©`, `Ã±`, `Â¿`, `â€™`…); el mensaje da el texto reparado
    .help = cambia el texto desfigurado por el texto reparado que da el mensaje
    .why = La doble decodificación ocurre cuando un archivo UTF-8 se abre como windows-1252 y se vuelve a guardar. Cada letra acentuada, cada `ñ`, `¿` y `¡` de un archivo en español sale desfigurada en pantalla; la revisión de codificación no lo ve porque el archivo ya es UTF-8 válido.
    .what = Encuentra secuencias de caracteres que son los bytes de un carácter UTF-8 leídos de uno en uno como windows-1252 o Latin-1: `Ã©` por `é`, `Ã±` por `ñ`, `Â¿` por `¿`, `â€™` por `’`, `â€¦` por `…`, `ï»¿` por una marca de orden de bytes, `ðŸŽµ` por un emoji; también el texto dañado dos veces (`ÃƒÂ©`). Solo cuentan las secuencias que se decodifican como un carácter plausible (letras y signos latinos, puntuación general, monedas, notas musicales, emojis), así que palabras como `QUÉ»` o `NÃO` no se tocan. Una observación por línea, con el texto reparado en el mensaje.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales §3 (lista de glifos: las secuencias dañadas no son lo que escribió el traductor); WHATWG Encoding Standard (índice de windows-1252).
    .fix = Ninguna automática: el mensaje da el texto reparado para confirmarlo. Vuelve a exportar el archivo desde el original con la codificación correcta, o reemplaza las secuencias.
rule-ellipsis = tres puntos `...` donde va el carácter único `…` (U+2026)
    .help = escribe los puntos suspensivos como el carácter único `…`
    .what = Reporta tres puntos seguidos (`...`) en el texto visible. Las series de cuatro puntos o más también se reportan, sin corrección, porque pueden ser una abreviatura seguida de puntos suspensivos (`etc.…`) o un error de dedo.
    .why = Netflix pide el carácter tipográfico único U+2026: ocupa un carácter de los 42 por línea y de la velocidad de lectura en lugar de tres, y no puede partirse entre líneas.
    .source = Guía de estilo de Netflix para inglés (EE. UU.) §I.3 («use the single smart character (U+2026) as opposed to three periods»); la guía de español (Latinoamérica y España) la sigue; `NetflixCheckEllipsesNotThreeDots` de Subtitle Edit. RAE y Fundéu: los puntos suspensivos son tres puntos, ni uno más.
    .fix = Cambia `...` por `…`.
rule-dialogue-dash = guion de diálogo escrito en contra del estilo del idioma (en inglés `-Text`, en español `- Texto`) o dos personajes en una línea
    .help = escribe el guion como pide el estilo del idioma, un personaje por línea
    .why = Un guion uniforme le indica al espectador de un vistazo que hablan dos personas; las guías de cada idioma fijan su forma. Dos personajes en una misma línea no se distinguen una vez leída la línea.
    .what = Un guion al principio de una línea (después de cualquier etiqueta) marca a quien habla; si ahí se usa una raya o una semirraya (`–`, `—`), se reporta y se cambia por el guion. El inglés lo quiere sin espacio (`-Are you coming?`) y el español con un espacio (`- ¿Vienes?`). Un guion seguido de una cifra se toma por signo de menos y no se toca, igual que `--`. Los archivos en otros idiomas solo reciben la segunda revisión: el guion de otro personaje a media línea, después de una oración terminada (`-¿Vienes? -Ya voy.`) o, en una línea que ya empieza con guion, antes de una mayúscula o de `¿`/`¡` (`- ¿Vienes - Ya voy`), indica que dos personajes comparten una línea.
    .source = Guía de estilo de Netflix para inglés (EE. UU.) («Use a hyphen without a space to indicate two speakers in one subtitle, with a maximum of one speaker per line»); guía de estilo de Netflix para español (Latinoamérica y España) (guion seguido de un espacio); `NetflixCheckDialogHyphenSpace` de Subtitle Edit (es: guion y espacio en las dos líneas).
    .fix = Agrega o quita el espacio después del guion de una línea. Pasar a otro personaje a su propia línea cambia la disposición y queda para una persona.
    .example = En un archivo en español, con un segundo personaje en la primera línea:
    .instead = (Un archivo en inglés escribe `-Are you coming?` / `-In a minute.`)

## dejamos check: español

rule-spanish-punctuation = `?` o `!` sin su `¿` o `¡` de apertura (o al revés), un espacio dentro de los signos o un punto después de ellos
    .help = agrega el `¿` o `¡` de apertura donde empieza la pregunta o la exclamación
    .why = En español, las preguntas y exclamaciones van entre dos signos, como un paréntesis; omitir el de apertura es un error, no una elección de estilo, y el espectador lee en él la entonación.
    .what =
        En archivos en español:
        - un `?` o `!` de cierre sin `¿` o `¡` de apertura antes en la misma oración, y un signo de apertura que nunca se cierra antes de que termine la oración;
        - una pregunta abierta con `¿` y cerrada con `!` (o al revés), y los signos combinados `?!`, que la guía de Netflix para español no permite;
        - un espacio después de `¿` o `¡`, o antes de `?` o `!`;
        - un punto justo después de `?` o `!`.
    .p2 = El signo de apertura va donde empieza la pregunta, que puede ser a media oración: `Julián, ¿vienes?` es correcto. Una oración puede ocupar las dos líneas de un subtítulo, y seguir en el siguiente cuando el subtítulo termina sin punto, `?` ni `!` (por ejemplo, con `…`); un guion de diálogo empieza una oración nueva. Una oración unida por puntos suspensivos de continuación (`¡No te pido perdón…` / `…ni a ti…` / `…ni a nadie…` / `…en todo el pueblo!`) se sigue a lo largo de seis subtítulos como máximo; una que sigue después de una coma o de una palabra, a lo largo de tres. Los subtítulos que se leen como inglés (la observación de `wrong-language`) no se revisan. Donde una conversión perdió los signos (U+FFFD justo antes de una palabra, como en un archivo en Windows-1252 leído con otra codificación), el signo perdido cuenta como signo de apertura y el archivo recibe una sola observación con la cuenta en lugar de una por oración (`glyph` sigue nombrando cada U+FFFD). Los puntos de las abreviaturas (`Sr.`, `Dra.`, `EE. UU.`), las iniciales y los decimales no terminan una oración.
    .source = RAE, *Ortografía de la lengua española* (2010) §3.4.9 y «Español al día: signos de interrogación y exclamación» (el signo de apertura es obligatorio; los signos van pegados a las palabras que encierran; nunca lleva punto después del signo de cierre); guía de estilo de Netflix para español (Latinoamérica y España) (sin ¿? ni ¡! combinados; nunca un punto después de ? o !).
    .fix = Quita los espacios mal puestos y el punto después de `?` o `!`. Los signos que faltan no se agregan: dónde empieza la pregunta lo decide una persona.
rule-capitalized-month = un mes o día de la semana con mayúscula a mitad de oración
    .help = escribe el mes o el día de la semana con minúscula
    .why = En español los meses y los días de la semana se escriben con minúscula; la mayúscula es un anglicismo que notan los espectadores y los revisores.
    .what = En archivos en español, los nombres de los meses (`enero` … `diciembre`, `setiembre`) y de los días de la semana (`lunes` … `domingo`) escritos con mayúscula donde no empieza la oración. Los inicios de oración (después de `.`, `?`, `!`, `…`, de un guion de diálogo, o al principio de un subtítulo que sigue a una oración terminada) no se tocan, ni los nombres de fiestas y lugares que los contienen (`Viernes Santo`, `Domingo de Ramos`, `Cinco de Mayo`, `Plaza de Mayo`). `Domingo`, `Abril` y `Mayo` también son nombres y apellidos, así que solo se reportan en una fecha (`el Domingo`, `11 de Abril`). Las palabras en mayúsculas (`MARZO`) no se tocan.
    .source = RAE, *Ortografía de la lengua española* (2010), usos de la minúscula (los meses, los días de la semana y las estaciones son sustantivos comunes); Fundéu, «los meses y los días de la semana, con minúscula».
    .fix = Pone en minúscula la primera letra.
rule-semicolon = un punto y coma en subtítulos en español
    .help = cambia el punto y coma por un punto o una coma, o divide la oración
    .what = Cada `;` del texto visible de un archivo en español (no se cuentan las entidades HTML como `&amp;`).
    .why = La guía de Netflix para español no admite el punto y coma en subtítulos: en pantalla, un punto o una coma se leen más rápido, y una oración larga unida con `;` queda mejor dividida entre subtítulos.
    .source = Guía de estilo de Netflix para español (Latinoamérica y España), puntuación («no semicolons»), como la resume la hoja del curso «Normas específicas (Netflix)».
    .fix = Ninguna: elegir entre un punto y una coma cambia la oración.

## dejamos check: inglés e idioma

rule-number-style = un número del 1 al 10 escrito con cifras, o una oración que empieza con cifras
    .help = escribe el número con letra, o cambia la redacción para que la oración no empiece con cifras
    .why = Los números pequeños escritos con letra se leen más rápido en el diálogo; una oración que empieza con cifras se confunde fácilmente con la continuación del subtítulo anterior.
    .what =
        En archivos en inglés:
        - un número del 1 al 10 escrito con cifras, donde la guía lo quiere con letra (`five`);
        - una oración que empieza con cifras seguidas de una palabra (`12 people came.`).
    .p2 = Las cifras se quedan donde son la norma: horas (`5:30`, `at 5.`, `5 p.m.`, `5 o’clock`), fechas (`March 5`, `5 March`), porcentajes y medidas (`5%`, `5 km`, `10 microns`, `5 lbs`, `5 million`), decimales y números con separador de miles (`2.5`, `1,000`), dinero (`$5`, `7 cents`, `2 pesos`), ordinales (`5th`), rótulos y modelos (`Room 5`, `Chapter 3`, `Episode 2`, `Model 1`, `Apollo 9`, `Ikon-4`, `Standard 1 and 2`), intervalos con un número mayor que diez o con unidad (`5 to 15`, `5-15`, `3 to 9 kilograms`), marcadores y códigos con otras cifras (`3-2`, `24/7`, `B12`).
    .source = Guía de estilo de Netflix para inglés (EE. UU.), números («From 1 to 10, numbers should be written out: one, two, three, etc.»; «When a number begins a sentence, it should always be spelled out»), como lo implementan `NetflixCheckNumbersOneToTenSpellOut` y `NetflixCheckStartNumberSpellOut` de Subtitle Edit.
    .fix = Ninguna automática: escribir un número con letra cambia la redacción del subtítulo y puede cambiar su largo y su velocidad de lectura; el mensaje da la palabra.
rule-wrong-language = un subtítulo en inglés en un archivo en español, o en español en uno en inglés: una línea sin traducir
    .help = traduce la línea, o desactiva la regla para este archivo si la línea se deja a propósito
    .why = Una línea que se quedó en el idioma original (o que se pegó del otro archivo de un par bilingüe) es un error de entrega frecuente que ninguna revisión de tiempos o de disposición detecta. Es una advertencia porque una película puede dejar una línea en su idioma original a propósito.
    .what = En un archivo en español, un subtítulo que se lee como inglés; en uno en inglés, un subtítulo que se lee como español. El subtítulo necesita al menos tres palabras, un tercio de ellas palabras comunes del otro idioma (`the`, `you`, `don’t` / `que`, `los`, `¿`), y o bien una clara mayoría de ellas o, en una oración corta y sencilla (`Who issued it?`, `They spent their own money.`), dos sin nada del idioma del archivo; los nombres, números, interjecciones, títulos en mayúsculas (`What We Leave Behind`) y subtítulos cortos como `OK`, `Julián` o `¿Y tú?` nunca la activan. En un conjunto etiquetado de 201 líneas en español y 204 en inglés escritas para el proyecto (`tests/fixtures/lang/`), la detección por subtítulo encuentra el 92 % de las líneas en inglés y el 87 % de las líneas en español, y no señala ninguna línea del otro idioma. Los archivos en otros idiomas no se revisan.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales (el archivo de subtítulos es la traducción a su idioma; el diálogo en otro idioma se subtitula, no se transcribe) y las reglas de las guías de cada idioma sobre el diálogo que no se traduce.
    .example = En `film.es.srt`:

## dejamos check: entrega (perfiles)

rule-position = un subtítulo colocado en otro lugar que centrado abajo o arriba (`{"{"}\an5{"}"}`, `position:10%` de WebVTT)
    .what = Lee dónde se muestra cada subtítulo —en SRT, por un bloque de alineación de ASS (`{"{"}\an8{"}"}` arriba al centro, `{"{"}\an2{"}"}` abajo al centro, sin bloque: abajo); en WebVTT, por los ajustes del subtítulo (`line:`, `position:`, `align:`)— y reporta los que están en cualquier otro lugar: `{"{"}\an1{"}"}` a `{"{"}\an9{"}"}` salvo 2 y 8, una línea a media pantalla, una posición o alineación descentrada. `{"{"}\an8{"}"}` y `{"{"}\an2{"}"}` no son observaciones. La posición es una sola noción para todos los formatos ([`placement`](https://docs.rs/dejamos/latest/dejamos/placement/)), así que una región de TTML corresponde a los mismos arriba y abajo.
    .why = Netflix quiere todos los subtítulos centrados, abajo o arriba de la pantalla, y subidos arriba cuando taparían texto incrustado: en esta película, los rótulos de lugar y los cintillos. Subir un subtítulo con `{"{"}\an8{"}"}` es entonces obligatorio, no un error; cualquier otra posición no es parte del formato de entrega y se pierde o se descoloca al convertir a TTML.
    .source = Guía de estilo de Netflix (Timed Text Style Guide), requisitos generales, «Positioning»: todos los subtítulos centrados y colocados arriba o abajo de la pantalla; posicionados para no encimarse con el texto en pantalla.
rule-frame-rate = el archivo se revisa a una velocidad de fotogramas que la entrega no acepta (un DCP necesita 24 o 25 fps)
    .help = ajusta los tiempos del archivo a una velocidad de fotogramas que acepte la entrega (24 o 25 fps para un DCP) y revísalo a esa velocidad
    .why = Los Digital Cinema Packages van a velocidades de fotogramas enteras; los subtítulos con tiempos a 23.976 o 29.97 se desfasan de una imagen a 24 fps un fotograma cada 42 segundos, y sus límites en fotogramas (separaciones, duraciones) se cuentan en los fotogramas equivocados. Primero ajusta los tiempos a la velocidad de cine (`dejamos retime --fps 23.976:24`).
    .what = En los perfiles que restringen las velocidades de fotogramas (`dcp`: 24 y 25), reporta una vez por archivo cuando la velocidad a la que se revisa (`--fps`, `fps` en `dejamos.toml`, o si no, 23.976) no es una de ellas. Está desactivada en todos los demás perfiles.
    .source = SMPTE ST 429-2 (D-Cinema Packaging, restricciones operativas del DCP) y la especificación del DCP Interop: velocidades de edición enteras, 24 y 25 fps para los masters de largometraje. Opción: las velocidades del perfil `dcp` (`dejamos rules --profile dcp`).
    .example = `dejamos check --profile dcp --fps 23.976 film.es.srt`
    .instead = `dejamos check --profile dcp --fps 24 film.es.srt`
rule-sdh-brackets = un efecto de sonido o una identificación de personaje entre paréntesis, donde el SDH usa corchetes
    .help = escribe el efecto de sonido o la identificación de personaje entre corchetes
    .why = El SDH marca entre corchetes lo que se oye pero no se dice —efectos de sonido, música, quién habla— para que el espectador lo distinga del diálogo de un vistazo y las herramientas puedan quitarlo para la versión sin SDH.
    .what = En archivos SDH, reporta un paréntesis que abre una línea (después de un guion de diálogo y de las etiquetas), como `(música)` o `(JULIÁN) ¿Vienes?`, y ofrece escribirlo entre corchetes. Los paréntesis dentro de una oración no se tocan.
    .source = Guía de estilo de Netflix para inglés (EE. UU.), sección I (SDH): «Use brackets [ ] to enclose speaker IDs or sound effects»; guía de estilo de Netflix para español (Latinoamérica), sección de SDH (corchetes para efectos de sonido e identificaciones de personaje).
    .fix = `(` y su `)` en la misma línea se convierten en `[` y `]`.
rule-unbalanced-bracket = un corchete abierto y no cerrado en el mismo subtítulo, o cerrado sin abrirse
    .help = cierra el corchete dentro del mismo subtítulo, o quita el que sobra
    .what = En archivos SDH, reporta un `[` cuyo `]` nunca llega en el mismo subtítulo y un `]` sin `[` antes.
    .why = Un corchete sin cerrar mezcla el efecto de sonido con el diálogo; el espectador no sabe dónde termina la descripción, y al quitar las etiquetas de SDH para la versión sin SDH se eliminaría el texto equivocado.
    .source = Guía de estilo de Netflix para inglés (EE. UU.), sección I (SDH), y guía para español (Latinoamérica), sección de SDH: las identificaciones de personaje y los efectos de sonido van entre corchetes.
rule-sdh-label = una etiqueta de SDH vacía, en cursivas o (en inglés) en mayúsculas
    .help = escribe la etiqueta con texto, fuera de las cursivas y, en inglés, en minúsculas salvo los nombres propios
    .why = Las etiquetas se leen de un vistazo: las cursivas ya indican voces fuera de cuadro y letras de canciones, y las mayúsculas se leen como gritos y ocupan más espacio en la línea.
    .what = En archivos SDH, reporta las etiquetas entre corchetes vacías (`[]`), en cursivas (`<i>[risas]</i>`) y —en archivos en inglés— escritas en mayúsculas (`[DOOR SLAMS]`, `[JULIÁN]`), que la guía de inglés escribe en minúsculas salvo los nombres propios (`[door slams]`, `[Julián]`). En español no se revisan las mayúsculas: las convenciones de la sección de SDH de la guía de español no se verifican aquí.
    .source = Guía de estilo de Netflix para inglés (EE. UU.), sección I (SDH): «Identifiers/sound effects should be all lowercase, except for proper nouns»; «Never italicize speaker IDs or sound effects, even when the dialogue is italicized».
rule-lyrics = letra de canción que no está entre `♪` al principio y al final de la línea, con un espacio dentro o sin cursivas
    .help = abre y cierra cada línea de la canción con `♪`, con un espacio dentro de cada nota, y pon la letra en cursivas
    .why = La nota en ambos extremos le indica al espectador sordo que las palabras se cantan, en cada subtítulo de la canción y no solo en el primero; el espacio evita que la nota se lea como una letra.
    .what = En archivos SDH, lee como letra de canción cada línea que empieza o termina con una nota musical y reporta: una línea que abre con `♪` y no cierra con otra (o al revés); `♫` o `#` como nota; que falte el espacio entre la nota y las palabras (`♪Cielito lindo♪`); y una letra que no está en cursivas.
    .source = Guía de estilo de Netflix para inglés (EE. UU.), sección I (SDH): «Song lyrics should be enclosed with a music note (♪) at the beginning and the end of each subtitle»; las secciones de cursivas de las guías de inglés y de español (Latinoamérica): las letras de canciones van en cursivas cuando se cantan.
    .fix = Agrega el espacio después de la nota inicial y antes de la final, y cambia `♫` y `#` por `♪`; las notas de cierre y las cursivas quedan para quien subtitula.
rule-speaker-id = una identificación de personaje escrita `NOMBRE:` o puesta después del texto en lugar de al principio de su línea
    .help = escribe la identificación de personaje entre corchetes al principio de la línea que le corresponde
    .why = El espectador lee quién habla antes de leer lo que dice; una identificación después del texto se asocia con las palabras equivocadas, y dos personajes en una línea necesitan un guion cada uno.
    .what = En archivos SDH, reporta una identificación de personaje escrita como en un guion (`JULIÁN: ¿Vienes?`) y ofrece `[JULIÁN] ¿Vienes?`; y una identificación de personaje (una etiqueta entre corchetes que empieza con mayúscula, seguida de palabras) a media línea, después de otro texto. Una identificación de personaje va en su propia línea o al principio de la línea que introduce, después del guion de diálogo.
    .source = Guía de estilo de Netflix para inglés (EE. UU.), sección I (SDH): identificaciones de personaje entre corchetes, solo cuando no se puede saber por la imagen quién habla; dos personajes con guion, uno por línea. Guía de Netflix para español (Latinoamérica), sección de SDH.
    .fix = `NOMBRE:` al principio de una línea se convierte en `[NOMBRE]`.
rule-forced-subset = un evento de subtítulos forzados que no está en el archivo completo con los mismos tiempos y texto
    .help = agrega el evento al archivo completo con los mismos tiempos y texto, o hazlo coincidir con el evento del archivo completo
    .why = Netflix muestra los subtítulos forzados solo cuando los subtítulos están desactivados; quien los activa los pierde, así que cada evento forzado también debe estar, idéntico, en el archivo completo, o los rótulos de lugar y el diálogo en otro idioma desaparecen o cambian al activar los subtítulos.
    .what = Compara un archivo de subtítulos forzados con el archivo de subtítulos completo del mismo idioma (`check --full FILE`, o si no, el archivo del mismo nombre sin `.forced`, como `film.en.srt` para `film.en.forced.srt`) y reporta cada evento que el archivo completo no tiene con la misma entrada, la misma salida y el mismo texto visible: porque falta del todo, porque tiene otros tiempos (se dan los del archivo completo) o porque tiene otro texto. No se reporta nada si no se encuentra el archivo completo.
    .source = Netflix, «Forced Narrative (FN) Subtitles» (versión 1.1, 2017): los subtítulos forzados deben estar tanto en el archivo de subtítulos completo como en el de SDH/CC; guías de estilo de Netflix para inglés (EE. UU.) y español (Latinoamérica), «Forced Narratives».
    .example = `film.en.forced.srt` tiene `CIUDAD JUÁREZ, 2014` en 00:00:12,000 y `film.en.srt` no.
    .instead = Agrega el evento a `film.en.srt` con los mismos tiempos y texto.
rule-forced-no-sdh = una etiqueta de SDH (`[música]`, `[JULIÁN]`) en un archivo de subtítulos forzados
    .help = quita la etiqueta: los subtítulos forzados solo llevan texto en pantalla y diálogo en otro idioma
    .what = En archivos de subtítulos forzados, reporta cada etiqueta entre corchetes: los efectos de sonido y las identificaciones de personaje van en el archivo SDH.
    .why = Los subtítulos forzados se muestran a quien tiene los subtítulos desactivados porque oye el audio; para ellos una descripción de sonido es ruido, y los espectadores con SDH la verían dos veces.
    .source = Netflix, «Forced Narrative (FN) Subtitles»: los subtítulos forzados solo traducen el texto en pantalla y el diálogo en otro idioma o ininteligible; guía de estilo de Netflix para inglés (EE. UU.), sección II, «Forced Narratives».

## dejamos pair

rule-pair-missing-counterpart = Un subtítulo no tiene ninguno que se le empalme en el archivo del otro idioma
    .p1 = **Qué:** un subtítulo de un archivo que ningún subtítulo del otro archivo empalma en el tiempo.
    .p2 = **Por qué:** las dos versiones se hacen sobre la misma plantilla de tiempos, así que cada parlamento debe estar en pantalla en las dos. Un subtítulo sin nada enfrente suele ser una línea que el traductor se saltó, o un subtítulo borrado por error al editar. La observación se reporta en la línea del subtítulo en el primer archivo; cuando el subtítulo solo existe en el segundo archivo, `line` apunta al subtítulo más cercano del primero y `other_line` al subtítulo solitario.
    .p3 = **Mal:**
    .p5 = **Bien:** el archivo en inglés tiene un subtítulo en el mismo intervalo de tiempo: `Did you eat yet, son?`
rule-pair-timing-mismatch = Los tiempos de entrada o de salida de dos subtítulos alineados difieren más que la tolerancia
    .p1 = **Qué:** dos subtítulos alineados uno a uno cuyas entradas o salidas difieren más que la tolerancia (por omisión: 2 fotogramas a la velocidad de `--fps`, 84 ms a 23.976: la duración de los fotogramas se redondea hacia arriba, así que los tiempos separados exactamente dos fotogramas, que en milisegundos dan 83 u 84 ms, siempre pasan).
    .p2 = **Por qué:** los subtítulos de los dos idiomas deben aparecer y desaparecer en los mismos fotogramas: el público que lee los dos (y las proyecciones bilingües hechas con `dejamos merge`) ve la diferencia, y un desfase suele significar que a un archivo se le ajustaron los tiempos y al otro no. Netflix permite entradas a 1 o 2 fotogramas del audio, así que 2 fotogramas es la tolerancia por omisión.
    .p3 = **Mal:** `00:01:02,000 --> 00:01:04,500` frente a `00:01:02,250 --> 00:01:04,500`.
    .p4 = **Bien:** los dos archivos dicen `00:01:02,000 --> 00:01:04,500`.
rule-pair-untranslated = El texto de un subtítulo es idéntico en ambos archivos o está en el idioma del otro archivo
    .p1 = **Qué:** subtítulos alineados cuyo texto es el mismo en los dos archivos sin contar etiquetas, puntuación ni mayúsculas, o un subtítulo escrito en el idioma del otro archivo.
    .p2 = **Por qué:** una línea que se quedó en el idioma original es el descuido de traducción más común y se pasa por alto fácilmente en un archivo largo. No se reportan los subtítulos sin letras (notas musicales, números), ni nada cuando se sabe que los dos archivos están en el mismo idioma (dos versiones de un archivo). La prueba de idioma necesita que el detector esté seguro del archivo y del subtítulo; el texto idéntico no necesita detector, pero no se reportan los nombres, las interjecciones ni las palabras que los dos idiomas comparten (`¡Julián!` / `Julián!`, `No.`, `¿Taxi?`: menos de tres palabras, o todas con mayúscula inicial).
    .p3 = **Mal:** `es.srt` y `en.srt` dicen los dos `We’re leaving for El Paso tomorrow.`
    .p4 = **Bien:** `es.srt` dice `Mañana nos vamos a El Paso.`
rule-pair-split-merge = Un subtítulo está alineado con varios del otro archivo
    .p1 = **Qué:** un subtítulo alineado con varios del otro archivo (el traductor unió dos subtítulos en uno, o dividió uno en dos).
    .p2 = **Por qué:** muchas veces es a propósito (los idiomas difieren en largo), así que solo es información; pero cambia el número de subtítulos entre los archivos y conviene revisarlo cuando un archivo debe seguir la plantilla uno a uno.
    .p3 = **Ejemplo:** los subtítulos 40 y 41 de `es.srt` (`¿Y la casa?` / `Ya casi está.`) frente al subtítulo 40 de `en.srt` (`And the house? Almost done.`).

## dejamos locales check

rule-locales-syntax-error = El archivo no se puede analizar: la entrada se descarta como basura.
rule-locales-bom = El archivo empieza con una marca de orden de bytes, que vuelve basura su primera entrada.
rule-locales-tab-indent = Una línea tiene sangría con tabulador; Fluent solo acepta espacios, así que la línea es basura.
rule-locales-line-endings = Una línea termina con un CR suelto, que Fluent no lee como salto de línea.
rule-locales-duplicate-id = Un mensaje o término está definido dos veces en una configuración regional; el paquete se queda con el primero.
rule-locales-name-collision = Un término y un mensaje (o una función) comparten nombre; el paquete descarta uno.
rule-locales-duplicate-attribute = Un atributo está definido dos veces en un mismo mensaje o término.
rule-locales-duplicate-variant = Una expresión de selección repite la clave de una variante; solo la primera se puede alcanzar.
rule-locales-select-without-default = Una expresión de selección no tiene variante `*[default]`.
rule-locales-missing-message = Falta un mensaje de la configuración regional de referencia.
rule-locales-extra-message = Un mensaje no está en la configuración regional de referencia (cambió de nombre o ya no se usa).
rule-locales-missing-attribute = Falta un atributo del mensaje de referencia.
rule-locales-extra-attribute = Un atributo no está en el mensaje de referencia.
rule-locales-missing-value = El mensaje de referencia tiene valor; este solo tiene atributos.
rule-locales-extra-value = El mensaje de referencia no tiene valor; este sí.
rule-locales-missing-term = Falta un término de la configuración regional de referencia.
rule-locales-extra-term = Un término no está en la configuración regional de referencia (está bien si la gramática lo necesita).
rule-locales-missing-variable = La referencia usa un argumento que esta traducción no usa.
rule-locales-undefined-reference = Una referencia a un mensaje, atributo o término que esta configuración regional no define.
rule-locales-unknown-function = Una función que el código no registra.
rule-locales-unknown-argument = Una `$variable` que el código nunca le pasa a este mensaje.
rule-locales-unused-argument = El código pasa un argumento que ninguna configuración regional usa.
rule-locales-gender-select = Una selección por género debe cubrir `female` y `male` y tener por omisión una forma neutra.
rule-locales-plural-category = Una variante de plural que las reglas de plural de la configuración regional nunca eligen.
rule-locales-unreachable-variant = Una variante numérica colocada después de la categoría de plural que la atrapa.
rule-locales-render-error = Al formatear con argumentos de ejemplo, Fluent reporta un error.
rule-locales-isolation-mark = El texto formateado contiene marcas de aislamiento U+2068/U+2069.
rule-locales-unresolved-placeable = El texto formateado contiene una `{"{"}` sobrante.
rule-locales-markup = El texto formateado tiene marcas `<i>` que press rechaza: sin cerrar, anidadas o con un `lang` que no es una etiqueta de idioma.
rule-locales-straight-apostrophe = Un apóstrofo recto `'`: usa `’` (o `‘ ’` para comillas).
rule-locales-straight-quotes = Comillas dobles rectas: en-US usa `“ ”` y es-MX `« »`.
rule-locales-ellipsis = Tres puntos `...`: usa el carácter de puntos suspensivos ….
rule-locales-quote-style = es-MX: las comillas de primer nivel son `« »`; las `“ ”` van dentro de ellas.
rule-locales-guion-accent = es-MX: `guion` no lleva tilde desde la Ortografía de 2010.
rule-locales-month-case = es-MX: los meses y los días de la semana van con minúscula.
rule-locales-estreno = es-MX: `estreno`, no `premier` ni `première`.
rule-locales-unit-symbol = es-MX: los símbolos de unidad (`min`, `h`) no llevan punto ni plural.
rule-locales-trailing-whitespace = Una línea termina con espacios o tabuladores.
rule-locales-final-newline = El archivo no termina con un salto de línea.
rule-locales-untranslated = El valor es idéntico al de la referencia (marca los nombres y títulos con `@verbatim`).
rule-locales-film-toml = `film.toml` no se puede analizar o tiene un valor no válido (esquema, fecha, código, id).
rule-locales-needed-message = A una configuración regional completa (también la de referencia) le falta un mensaje que el código necesita.
rule-locales-word-limit = Una sección pasa de su límite de palabras en `film.toml`.
rule-locales-missing-plural-category = A una selección de plural le falta una categoría que las reglas CLDR de la configuración regional eligen.
rule-locales-unsupported-markup = Marcas distintas de `<i>` que press imprimiría tal cual.
rule-locales-english-in-spanish = Una oración de un mensaje en español se lee como inglés.
rule-locales-inverted-marks = es: un `?` o `!` sin su `¿` o `¡` de apertura, o al revés.

## Perfiles de entrega (`dejamos rules --profile`): el valor es el nombre del perfil; .summary, qué es;
## un atributo por umbral con su fuente, con el nombre del umbral en `dejamos.toml`.

profile-netflix =
    .summary = subtítulos para Netflix (el perfil predeterminado)
    .max-lines = Guía de estilo de Netflix (Timed Text Style Guide): requisitos generales (2 líneas) y las guías de inglés (EE. UU.) y español (Latinoamérica) (42 caracteres)
    .max-line-length = Guía de estilo de Netflix (Timed Text Style Guide): requisitos generales (2 líneas) y las guías de inglés (EE. UU.) y español (Latinoamérica) (42 caracteres)
    .max-cps = guía de Netflix para inglés (EE. UU.): 20 cps para adultos, 17 para niños; guía para español (Latinoamérica): 17 y 13
    .min-duration-ms = requisitos generales de Netflix: 5/6 de segundo (20 fotogramas a 24 fps)
    .max-duration-ms = requisitos generales de Netflix: 7 segundos
    .min-gap-frames = requisitos generales de Netflix: 2 fotogramas, sea cual sea la velocidad
profile-netflix-strict =
    .summary = subtítulos para Netflix, revisando también las preferencias de las guías (line-balance)
    .max-lines = { profile-netflix.max-lines }
    .max-line-length = { profile-netflix.max-line-length }
    .max-cps = { profile-netflix.max-cps }
    .min-duration-ms = { profile-netflix.min-duration-ms }
    .max-duration-ms = { profile-netflix.max-duration-ms }
    .min-gap-frames = { profile-netflix.min-gap-frames }
profile-netflix-sdh =
    .summary = subtítulos para sordos (SDH) de Netflix: corchetes, identificaciones de personaje, letras de canciones; velocidades de lectura para sordos
    .max-lines = { profile-netflix.max-lines }
    .max-line-length = { profile-netflix.max-line-length }
    .max-cps = guía de Netflix para inglés (EE. UU.), sección I (SDH): 20 cps para adultos, 17 para niños; las secciones SDH de las guías de otros idiomas suben la velocidad de lectura a los mismos 20 y 17
    .min-duration-ms = { profile-netflix.min-duration-ms }
    .max-duration-ms = { profile-netflix.max-duration-ms }
    .min-gap-frames = { profile-netflix.min-gap-frames }
profile-netflix-forced =
    .summary = subtítulos forzados de Netflix: cada subtítulo también en el archivo completo, sin etiquetas para sordos
    .max-lines = { profile-netflix.max-lines }
    .max-line-length = { profile-netflix.max-line-length }
    .max-cps = { profile-netflix.max-cps }
    .min-duration-ms = { profile-netflix.min-duration-ms }
    .max-duration-ms = { profile-netflix.max-duration-ms }
    .min-gap-frames = { profile-netflix.min-gap-frames }
profile-festival =
    .summary = copia de proyección para festival, con subtítulos incrustados
    .max-lines = lineamientos de subtitulaje del Banff Centre Mountain Film Festival (no más de dos líneas)
    .max-line-length = lineamientos de subtitulaje del Banff Centre Mountain Film Festival (40 caracteres, con los espacios)
    .max-cps = lineamientos del Banff Centre Mountain Film Festival: 20 cps como máximo; velocidades para niños: sin fuente de festival, se conservan los valores de Netflix
    .min-duration-ms = lineamientos del Banff Centre Mountain Film Festival: ningún subtítulo en pantalla menos de 2 segundos
    .max-duration-ms = ninguna fuente de festival da un máximo: se conserva el valor de Netflix
    .min-gap-frames = ninguna fuente de festival da un espacio entre subtítulos: se conserva el valor de Netflix
profile-dcp =
    .summary = subtítulos en un Digital Cinema Package (24 o 25 fps)
    .max-lines = ninguna fuente pública sobre DCP da el número de líneas de los subtítulos abiertos: se conserva el valor de Netflix
    .max-line-length = ninguna fuente pública sobre DCP da los caracteres por línea de los subtítulos abiertos (30 es para subtítulos cerrados): se conserva el valor de Netflix
    .max-cps = { profile-netflix.max-cps }
    .min-duration-ms = ninguna fuente pública sobre DCP: se conserva el valor de Netflix
    .max-duration-ms = ninguna fuente pública sobre DCP: se conserva el valor de Netflix
    .min-gap-frames = Post Lab, «Timed text in DCPs: Best Practices»: al menos 2 fotogramas entre subtítulos
    .frame-rates = SMPTE ST 429-2 / DCP Interop: velocidades de edición enteras; los masters de cine van a 24 o 25 fps
