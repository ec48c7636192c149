### Interface messages: errors that stop a command (exit 2) and per-file notes.
