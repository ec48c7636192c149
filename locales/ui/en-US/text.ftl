### Interface messages: text rules: typography, punctuation, glyphs, language.
