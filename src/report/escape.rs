//! Escaping for the output formats: XML, GitHub workflow commands and SARIF URIs.

/// Escape text for XML content and attribute values (both quote kinds).
///
/// Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates cannot occur in
/// `str`, U+FFFE and U+FFFF) become U+FFFD so the document stays well-formed; tab, LF and CR are
/// written as character references so attribute values keep them.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

/// Escape the message part of a GitHub workflow command (after `::`).
pub fn github_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => out.push(c),
        }
    }
    out
}

/// Escape text for XML element content, keeping line breaks and tabs as they are (readable in
/// CI logs); everything else as [`xml`].
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("&#13;"),
            _ => out.push_str(&xml(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out
}

/// Escape a property value of a GitHub workflow command (`file=…`, `title=…`).
pub fn github_property(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            _ => out.push(c),
        }
    }
    out
}

/// A path as a SARIF `artifactLocation.uri`: a relative URI reference for relative paths, a
/// `file://` URI for absolute ones. Backslashes become slashes; anything outside the URI
/// unreserved set and `/` is percent-encoded (UTF-8), so spaces and non-ASCII names are valid.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let bytes = path.as_bytes();
    // A Windows drive path such as C:/subs/film.srt.
    let drive = bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic();
    let prefix = if path.starts_with('/') {
        "file://"
    } else if drive {
        "file:///"
    } else {
        ""
    };
    let mut out = String::from(prefix);
    for (i, byte) in bytes.iter().copied().enumerate() {
        let keep =
            byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') || (drive && i == 1);
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_quotes_and_controls() {
        assert_eq!(xml(r#"<i>"A" & 'B'</i>"#), "&lt;i&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/i&gt;");
        assert_eq!(xml("a\u{1}b\nc"), "a\u{FFFD}b&#10;c");
        assert_eq!(xml("¿Qué?"), "¿Qué?");
    }

    #[test]
    fn github_escapes_data_and_properties_differently() {
        assert_eq!(github_data("50% a:b, c\r\nd"), "50%25 a:b, c%0D%0Ad");
        assert_eq!(github_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn uris_are_percent_encoded_references() {
        assert_eq!(uri("subs/Lo que dejamos.es.srt"), "subs/Lo%20que%20dejamos.es.srt");
        assert_eq!(uri("/tmp/año.srt"), "file:///tmp/a%C3%B1o.srt");
        assert_eq!(uri(r"C:\subs\a.srt"), "file:///C:/subs/a.srt");
        assert_eq!(uri("50%.srt"), "50%25.srt");
    }
}
