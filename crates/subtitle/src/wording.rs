//! How counts and quoted text are worded in messages, the same way everywhere.

/// `1 cue`, `3 cues`: a count with the noun in the number it needs.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// `text` shortened to at most `max` characters for a message: whole when it fits, else its first
/// `max - 1` characters (trailing spaces dropped) and `…`.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().nth(max).is_none() {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_shortened_text() {
        assert_eq!(plural(1, "cue", "cues"), "1 cue");
        assert_eq!(plural(0, "cue", "cues"), "0 cues");
        assert_eq!(shorten("Hola", 4), "Hola");
        assert_eq!(shorten("El camión a El Paso", 10), "El camión…");
        assert_eq!(shorten("Julián", 0), "…");
    }
}
