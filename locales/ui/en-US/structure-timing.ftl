### Interface messages: parser, encoding, structure, timing and delivery rules (findings, fixes), profile and catalogue words.
