//! Escaping for the output formats: XML and HTML, GitHub workflow commands and SARIF URIs.

/// Where escaped text goes, which decides what besides `&`, `<`, `>` and `"` is escaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// An XML attribute value (or content that must keep its exact whitespace): `'` as
    /// `&apos;`; tab, LF and CR as character references, so attribute values keep them;
    /// characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF; lone
    /// surrogates cannot occur in `str`) as U+FFFD, so the document stays well-formed.
    XmlAttribute,
    /// XML element content meant to be read (CI logs): as [`Markup::XmlAttribute`] but tab and
    /// LF kept as they are.
    XmlText,
    /// HTML content and attribute values: `'` as `&#39;`, every other character as it is.
    Html,
}

/// Escape `text` for `markup` onto the end of `out`: the one XML/HTML escaper, which the report
/// formats, the TTML writer and the press pages all use.
pub fn escape_markup_into(text: &str, markup: Markup, out: &mut String) {
    let xml = markup != Markup::Html;
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if xml => out.push_str("&apos;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' if markup == Markup::XmlText => out.push(c),
            '\t' if xml => out.push_str("&#9;"),
            '\n' if xml => out.push_str("&#10;"),
            '\r' if xml => out.push_str("&#13;"),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' if xml => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
}

/// Escape text for XML content and attribute values (both quote kinds): see
/// [`Markup::XmlAttribute`].
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_markup_into(text, Markup::XmlAttribute, &mut out);
    out
}

/// Whether a character may not reach a terminal or a log as it is: control characters (C0 but
/// tab, DEL, C1: an ESC starts a terminal escape sequence, a line break starts a new log line
/// that CI may read as a command such as `::error`), the line and paragraph separators, and the
/// bidirectional overrides and isolates that reorder what is shown.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal or a CI log (the human, concise and github reports, and messages that
/// name files): every character [`is_unsafe_for_terminal`] as a visible `\u{1b}` escape; other
/// text as it is.
pub fn terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_for_terminal) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_for_terminal(c) {
            push_escaped(c, &mut out);
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

fn push_escaped(c: char, out: &mut String) {
    out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
}

/// Escape the message part of a GitHub workflow command (after `::`): CR and LF percent-encoded
/// (GitHub shows them as line breaks inside the annotation; a raw one would start a new log line
/// read as a command), other characters [`is_unsafe_for_terminal`] as in [`terminal`].
pub fn github_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ if is_unsafe_for_terminal(c) => push_escaped(c, &mut out),
            _ => out.push(c),
        }
    }
    out
}

/// Escape text for XML element content, keeping line breaks and tabs as they are (readable in
/// CI logs): see [`Markup::XmlText`].
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_markup_into(text, Markup::XmlText, &mut out);
    out
}

/// Escape a property value of a GitHub workflow command (`file=…`, `title=…`), as
/// [`github_data`] and with `:` and `,` percent-encoded.
pub fn github_property(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            _ if is_unsafe_for_terminal(c) => push_escaped(c, &mut out),
            _ => out.push(c),
        }
    }
    out
}

/// A path as a SARIF `artifactLocation.uri`: a relative URI reference for relative paths, a
/// `file://` URI for absolute ones. Backslashes become slashes; anything outside the URI
/// unreserved set and `/` is percent-encoded (UTF-8), so spaces and non-ASCII names are valid.
pub fn uri(path: &str) -> String {
    uri_of_bytes(path.as_bytes())
}

/// `bytes` with every byte outside the URI unreserved set (`A-Z a-z 0-9 - . _ ~`) and `/`
/// written `%XX` (RFC 3986): a lossless text form of a file name that is not UTF-8.
pub fn percent_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &byte in bytes {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// [`uri`] of a path given as its raw bytes (a file name that is not UTF-8): every byte that is
/// not unreserved is percent-encoded (RFC 3986), so the reference names the real file.
pub fn uri_of_bytes(path: &[u8]) -> String {
    let bytes: Vec<u8> = path.iter().map(|&b| if b == b'\\' { b'/' } else { b }).collect();
    let bytes = bytes.as_slice();
    // A Windows drive path such as C:/subs/film.srt.
    let drive = bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic();
    let prefix = if bytes.first() == Some(&b'/') {
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
        assert_eq!(xml_text("a\tb\r\nc\u{1}'"), "a\tb&#13;\nc\u{FFFD}&apos;");
        let mut html = String::new();
        escape_markup_into("<a href=\"x\">'&'\n\u{1}</a>", Markup::Html, &mut html);
        assert_eq!(html, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;\n\u{1}&lt;/a&gt;");
    }

    #[test]
    fn github_escapes_data_and_properties_differently() {
        assert_eq!(github_data("50% a:b, c\r\nd"), "50%25 a:b, c%0D%0Ad");
        assert_eq!(github_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(github_data("\u{1b}[31mrojo\u{85}"), "\\u{1b}[31mrojo\\u{85}");
        assert_eq!(
            terminal("a\n::error file=x::b\u{1b}[2J\t\u{202e}"),
            "a\\u{a}::error file=x::b\\u{1b}[2J\t\\u{202e}"
        );
    }

    #[test]
    fn uris_are_percent_encoded_references() {
        assert_eq!(uri("subs/Lo que dejamos.es.srt"), "subs/Lo%20que%20dejamos.es.srt");
        assert_eq!(uri("/tmp/año.srt"), "file:///tmp/a%C3%B1o.srt");
        assert_eq!(uri(r"C:\subs\a.srt"), "file:///C:/subs/a.srt");
        assert_eq!(uri("50%.srt"), "50%25.srt");
        // A name that is not UTF-8 keeps its bytes.
        assert_eq!(uri_of_bytes(b"/tmp/pel\xEDcula\xFF.srt"), "file:///tmp/pel%EDcula%FF.srt");
        assert_eq!(uri_of_bytes(b"subs\\a b.srt"), "subs/a%20b.srt");
    }
}
