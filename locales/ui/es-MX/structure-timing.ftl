### Mensajes de la interfaz: reglas de formato, codificación, estructura, tiempos y entrega (observaciones, correcciones), perfiles y palabras del catálogo.
