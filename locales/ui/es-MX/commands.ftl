### Mensajes de la interfaz: pair, merge, sync, retime, locales check y las etiquetas del informe HTML.
