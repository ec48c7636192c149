### Mensajes de la interfaz: reglas del texto: tipografía, puntuación, glifos, idioma.
