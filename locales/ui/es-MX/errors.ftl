### Mensajes de la interfaz: errores que detienen un comando (salida 2) y notas por archivo.
