//! Cue text markup as a format-neutral token stream.
//!
//! SRT and WebVTT cue text are read into [`Token`]s (text, line breaks, style on and off) and
//! written back from them, so tags keep their structure (an `<i>` spanning two lines stays one
//! `<i>`, nested italics stay nested) and each writer escapes text its own way. What a format
//! cannot carry is dropped and counted in [`Notes`], never silently.
use crate::diagnostic::Message;
use crate::scan::NextByte;
use regex::Regex;
use std::sync::LazyLock;

/// What may follow a tag name inside `<…>`: attributes such as ` color="#ffff00"`, or nothing.
static ATTRIBUTES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:\s+[A-Za-z][\w:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>=]+))?)*\s*/?$"#)
        // A constant pattern, covered by the tests: it cannot fail on any input.
        // not user-facing: the panic message of a pattern that compiles
        .expect("attribute pattern compiles")
});

/// A text style that every target format can express.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    /// `<i>`.
    Italic,
    /// `<b>`.
    Bold,
    /// `<u>`.
    Underline,
}

impl Style {
    /// The tag name in SRT and WebVTT.
    pub fn tag(self) -> &'static str {
        match self {
            Style::Italic => "i",
            Style::Bold => "b",
            Style::Underline => "u",
        }
    }

    fn from_tag(name: &str) -> Option<Style> {
        match name.to_ascii_lowercase().as_str() {
            "i" | "em" => Some(Style::Italic),
            "b" | "strong" => Some(Style::Bold),
            "u" => Some(Style::Underline),
            _ => None,
        }
    }
}

/// One piece of cue text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// Plain text, unescaped (what the viewer reads).
    Text(String),
    /// A line break inside the cue.
    Break,
    /// A style starts.
    Open(Style),
    /// A style ends.
    Close(Style),
}

/// Where a cue sits on screen, from SRT `{\anN}` or WebVTT `line:`/`align:` settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Placement {
    /// Vertical position.
    pub vertical: Vertical,
    /// Horizontal alignment.
    pub horizontal: Horizontal,
}

/// Vertical position of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Vertical {
    /// The default: bottom of the picture.
    #[default]
    Bottom,
    /// Middle of the picture (`{\an4}`–`{\an6}`).
    Middle,
    /// Top of the picture (`{\an7}`–`{\an9}`), used when burnt-in text is at the bottom.
    Top,
}

/// Horizontal alignment of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Horizontal {
    /// Left-aligned.
    Left,
    /// Centred (the default).
    #[default]
    Center,
    /// Right-aligned.
    Right,
}

impl Placement {
    /// From the number in `{\anN}` (numeric keypad layout).
    fn from_an(n: u8) -> Option<Placement> {
        let vertical = match n {
            1..=3 => Vertical::Bottom,
            4..=6 => Vertical::Middle,
            7..=9 => Vertical::Top,
            _ => return None,
        };
        let horizontal = match n % 3 {
            1 => Horizontal::Left,
            2 => Horizontal::Center,
            _ => Horizontal::Right,
        };
        Some(Placement { vertical, horizontal })
    }

    /// The `{\anN}` number.
    pub fn an(self) -> u8 {
        let row = match self.vertical {
            Vertical::Bottom => 0,
            Vertical::Middle => 3,
            Vertical::Top => 6,
        };
        let column = match self.horizontal {
            Horizontal::Left => 1,
            Horizontal::Center => 2,
            Horizontal::Right => 3,
        };
        row + column
    }

    /// Whether this is the default bottom-centre placement.
    pub fn is_default(self) -> bool {
        self == Placement::default()
    }
}

/// What a conversion had to drop or change, counted by kind, for warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    /// Each kind noted, in the order first noted, with its count.
    counts: Vec<(Message, usize)>,
}

impl Notes {
    /// Count one occurrence of `what` (a message such as `markup-note-tag-dropped`).
    pub fn add(&mut self, what: Message) {
        match self.counts.iter_mut().find(|(known, _)| *known == what) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((what, 1)),
        }
    }

    /// One message per kind, with its count (`note-count`: "`<font>` tags dropped … (2×)"), in
    /// the order first noted.
    pub fn messages(&self) -> Vec<Message> {
        self.counts.iter().map(|(what, count)| crate::msg!("note-count", what = what.clone(), count = *count)).collect()
    }

    /// Whether nothing was noted.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Cue text read into tokens, plus the placement it asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markup {
    /// The tokens, balanced: every `Open` has a matching `Close`, properly nested.
    pub tokens: Vec<Token>,
    /// Placement from `{\anN}` or cue settings.
    pub placement: Placement,
}

/// Read SRT cue lines: `<i>`, `<b>`, `<u>` (any case), `{\i1}`/`{\i0}`, `{\anN}`; `<font>`, other
/// tags and other `{\…}` overrides are dropped and noted. A `<` that does not start a tag is text.
pub fn parse_srt<'a>(lines: impl IntoIterator<Item = &'a str>, notes: &mut Notes) -> Markup {
    let mut builder = Builder::default();
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            builder.line_break();
        }
        let mut rest = line;
        // Where the next `}` is: one search serves every `{\` of the line.
        let mut braces = NextByte::new(b'}');
        while !rest.is_empty() {
            let at = line.len() - rest.len();
            if let Some(after) = rest.strip_prefix('<')
                && let Some((tag, len)) = html_tag(after)
            {
                match Style::from_tag(tag.name) {
                    Some(style) if tag.closing => builder.close(style, notes),
                    Some(style) => builder.open(style),
                    None => notes.add(crate::msg!("markup-note-tag-dropped", tag = tag.name)),
                }
                rest = &after[len..];
                continue;
            }
            if let Some(after) = rest.strip_prefix("{\\")
                && let Some(end) = braces.at_or_after(line.as_bytes(), at + 2).map(|close| close - (at + 2))
            {
                for code in after[..end].split('\\').filter(|c| !c.is_empty()) {
                    match code {
                        "i1" => builder.open(Style::Italic),
                        "i0" => builder.close(Style::Italic, notes),
                        "b1" => builder.open(Style::Bold),
                        "b0" => builder.close(Style::Bold, notes),
                        "u1" => builder.open(Style::Underline),
                        "u0" => builder.close(Style::Underline, notes),
                        _ => match code
                            .strip_prefix("an")
                            .and_then(|n| n.parse::<u8>().ok())
                            .and_then(Placement::from_an)
                        {
                            Some(placement) => builder.placement = placement,
                            None => notes.add(crate::msg!("markup-note-override-dropped", code = code)),
                        },
                    }
                }
                rest = &after[end + 1..];
                continue;
            }
            // Plain text up to the next possible markup.
            let next = rest.char_indices().skip(1).find(|&(_, c)| c == '<' || c == '{').map_or(rest.len(), |(i, _)| i);
            builder.text(&rest[..next]);
            rest = &rest[next..];
        }
    }
    builder.finish(notes)
}

/// Read WebVTT cue text: `<i>`, `<b>`, `<u>` (classes ignored) become styles; `<c>`, `<v>`,
/// `<lang>`, `<ruby>`/`<rt>` and timestamp tags are dropped (their text kept) and noted;
/// character references (`&amp;`, `&lt;`, `&nbsp;`, `&#233;` …) are decoded.
pub fn parse_vtt<'a>(lines: impl IntoIterator<Item = &'a str>, notes: &mut Notes) -> Markup {
    let mut builder = Builder::default();
    for (i, line) in lines.into_iter().enumerate() {
        if i > 0 {
            builder.line_break();
        }
        let mut rest = line;
        // Where the next `>` is: one search serves every `<` of the line.
        let mut closes = NextByte::new(b'>');
        while !rest.is_empty() {
            let at = line.len() - rest.len();
            if let Some(after) = rest.strip_prefix('<')
                && let Some(end) = closes.at_or_after(line.as_bytes(), at + 1).map(|close| close - (at + 1))
            {
                let inner = &after[..end];
                let (closing, body) = match inner.strip_prefix('/') {
                    Some(body) => (true, body),
                    None => (false, inner),
                };
                let name = body.split(|c: char| c == '.' || c.is_whitespace()).next().unwrap_or("");
                if name.starts_with(|c: char| c.is_ascii_digit()) {
                    notes.add(crate::msg!("markup-note-timestamp-tags"));
                } else {
                    match Style::from_tag(name).filter(|_| matches!(name, "i" | "b" | "u")) {
                        Some(style) if closing => builder.close(style, notes),
                        Some(style) => builder.open(style),
                        None if closing => {}
                        None => notes.add(crate::msg!("markup-note-vtt-tag-dropped", tag = name)),
                    }
                }
                rest = &after[end + 1..];
                continue;
            }
            if rest.starts_with('&')
                && let Some((decoded, len)) = char_reference(rest)
            {
                builder.text(decoded.encode_utf8(&mut [0; 4]));
                rest = &rest[len..];
                continue;
            }
            let next = rest.char_indices().skip(1).find(|&(_, c)| c == '<' || c == '&').map_or(rest.len(), |(i, _)| i);
            builder.text(&rest[..next]);
            rest = &rest[next..];
        }
    }
    builder.finish(notes)
}

/// An HTML-like tag after its `<`: `i>`, `/i>`, `font color="red">`. Returns the tag and the
/// bytes it takes after the `<`.
struct HtmlTag<'a> {
    name: &'a str,
    closing: bool,
}

fn html_tag(after: &str) -> Option<(HtmlTag<'_>, usize)> {
    // The `>`, unless a `<` comes first (then this is text). The search stops at that `<`, where
    // the next candidate starts, so a line of `<` without a `>` is not searched to its end
    // once per `<`.
    let end = memchr::memchr2(b'>', b'<', after.as_bytes())?;
    if after.as_bytes()[end] != b'>' {
        return None;
    }
    let inner = &after[..end];
    let (closing, body) = match inner.strip_prefix('/') {
        Some(body) => (true, body),
        None => (false, inner),
    };
    let name_len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
    let name = &body[..name_len];
    // WebVTT class names (`<c.red>`, `<i.loud>`) belong to the tag, as players read them.
    let mut attributes = &body[name_len..];
    while let Some(class) = attributes.strip_prefix('.') {
        let len = class.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(class.len());
        if len == 0 {
            break;
        }
        attributes = &class[len..];
    }
    // `<3`, `< b`, `a<b & c>d` are text: a tag name starts with a letter, and anything after it
    // must read as attributes (`color="#fff"`).
    let is_tag = name.starts_with(|c: char| c.is_ascii_alphabetic()) && ATTRIBUTES.is_match(attributes);
    is_tag.then_some((HtmlTag { name, closing }, end + 1))
}

/// A WebVTT/HTML character reference at the start of `text`, and its length.
fn char_reference(text: &str) -> Option<(char, usize)> {
    // The `;` must come within 12 bytes: looking further (to the end of the line, for a line of
    // `&` without one) made decoding quadratic.
    let head = text.as_bytes().get(..13).unwrap_or(text.as_bytes());
    let end = memchr::memchr(b';', head)?;
    let name = &text[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => '\u{A0}',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value).filter(|&c| c != '\0')?
        }
    };
    Some((c, end + 1))
}

/// Builds a balanced token stream.
#[derive(Default)]
struct Builder {
    tokens: Vec<Token>,
    open: Vec<Style>,
    /// How many of each style `open` holds: an unmatched close is known at once, without
    /// searching a stack that a line of thousands of tags makes deep.
    open_counts: [usize; 3],
    placement: Placement,
}

impl Builder {
    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Token::Text(last)) = self.tokens.last_mut() {
            last.push_str(text);
        } else {
            self.tokens.push(Token::Text(text.to_string()));
        }
    }

    fn line_break(&mut self) {
        self.tokens.push(Token::Break);
    }

    fn open(&mut self, style: Style) {
        self.open.push(style);
        self.open_counts[style as usize] += 1;
        self.tokens.push(Token::Open(style));
    }

    /// Close `style`, closing and reopening inner styles so the result nests properly.
    fn close(&mut self, style: Style, notes: &mut Notes) {
        let found =
            if self.open_counts[style as usize] == 0 { None } else { self.open.iter().rposition(|&s| s == style) };
        let Some(at) = found else {
            notes.add(crate::msg!("markup-note-unmatched", tag = style.tag()));
            return;
        };
        let inner: Vec<Style> = self.open.drain(at + 1..).collect();
        for &s in inner.iter().rev() {
            self.tokens.push(Token::Close(s));
        }
        self.open.pop();
        self.open_counts[style as usize] -= 1;
        self.tokens.push(Token::Close(style));
        for &s in &inner {
            self.tokens.push(Token::Open(s));
            self.open.push(s);
        }
    }

    fn finish(mut self, notes: &mut Notes) -> Markup {
        // Tags left open close at the end of the cue, as players do.
        if !self.open.is_empty() {
            notes.add(crate::msg!("markup-note-unclosed"));
        }
        while let Some(style) = self.open.pop() {
            self.tokens.push(Token::Close(style));
        }
        Markup { tokens: self.tokens, placement: self.placement }
    }
}

/// The formats cue text is written into, for [`push_text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// SubRip: no escaping exists, so text that would read as markup is changed.
    Srt,
    /// WebVTT: `&`, `<` and `>` as character references.
    Vtt,
    /// TTML: the caller escapes the result as XML (through the one XML escaper).
    Ttml,
}

/// What stands in for `<` where SRT would read it as the start of a tag.
pub const SRT_LESS_THAN: char = '\u{FF1C}';
/// What stands in for `{` where SRT would read `{\…}` as an override.
pub const SRT_LEFT_BRACE: char = '\u{FF5B}';
/// What stands in for the `>` of a `-->` in a text line SRT would read as a timing line.
pub const SRT_GREATER_THAN: char = '\u{FF1E}';

/// Append `text` (a [`Token::Text`]: what the viewer reads, character references already
/// decoded) to `out` for `target`. This is the one decision on what cue text may put into an
/// output file, and every cue text writer goes through it:
///
/// - a line or paragraph separator (LF, CR, VT, FF, NEL, U+2028, U+2029) becomes a space: a
///   cue's line breaks are [`Token::Break`]s, and a separator inside text would end the cue or
///   start a new one;
/// - every other control character (C0 but tab, DEL, C1) is dropped: it would reach players and
///   terminals raw (an ESC starts a terminal escape sequence);
/// - markup: WebVTT gets `&`, `<` and `>` as references; SRT, which has no escaping, gets a `<`
///   that would open a tag as `＜` and the `{` of a `{\` as `｛`, so text never becomes a tag
///   or override; TTML text is left for the XML escaper.
///
/// Each kind of change is counted in `notes`.
pub fn push_text(out: &mut String, text: &str, target: Target, notes: &mut Notes) {
    for (at, c) in text.char_indices() {
        match c {
            '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                notes.add(crate::msg!("markup-note-line-breaks"));
                out.push(' ');
            }
            '\t' => out.push(c),
            _ if c.is_control() => {
                notes.add(crate::msg!("markup-note-control-characters"));
            }
            '&' if target == Target::Vtt => out.push_str("&amp;"),
            '<' if target == Target::Vtt => out.push_str("&lt;"),
            '>' if target == Target::Vtt => out.push_str("&gt;"),
            '<' if target == Target::Srt && html_tag(&text[at + 1..]).is_some() => {
                notes.add(crate::msg!("markup-note-srt-tag"));
                out.push(SRT_LESS_THAN);
            }
            '{' if target == Target::Srt && text[at + 1..].starts_with('\\') => {
                notes.add(crate::msg!("markup-note-srt-override"));
                out.push(SRT_LEFT_BRACE);
            }
            _ => out.push(c),
        }
    }
}

/// Write tokens as SRT text lines (tags as `<i>` …, text through [`push_text`]). A line that
/// would read as a timing line has the `>` of its `-->` written as `＞`, so no cue text can
/// start another cue.
pub fn to_srt_lines(markup: &Markup, notes: &mut Notes) -> Vec<String> {
    let mut lines = vec![String::new()];
    if !markup.placement.is_default() {
        lines[0].push_str(&format!("{{\\an{}}}", markup.placement.an()));
    }
    for token in &markup.tokens {
        let Some(line) = lines.last_mut() else { break };
        match token {
            Token::Text(text) => push_text(line, text, Target::Srt, notes),
            Token::Open(style) => line.push_str(&format!("<{}>", style.tag())),
            Token::Close(style) => line.push_str(&format!("</{}>", style.tag())),
            Token::Break => lines.push(String::new()),
        }
    }
    for line in &mut lines {
        if crate::srt::parse::looks_like_timing(line) {
            notes.add(crate::msg!("markup-note-srt-arrow"));
            *line = line.replace("-->", &format!("--{SRT_GREATER_THAN}"));
        }
    }
    lines
}

/// Write tokens as WebVTT cue text lines: text through [`push_text`], so `&`, `<` and `>` are
/// escaped (no `-->` can appear).
pub fn to_vtt_lines(markup: &Markup, notes: &mut Notes) -> Vec<String> {
    let mut lines = vec![String::new()];
    for token in &markup.tokens {
        let Some(line) = lines.last_mut() else { break };
        match token {
            Token::Text(text) => push_text(line, text, Target::Vtt, notes),
            Token::Open(style) => line.push_str(&format!("<{}>", style.tag())),
            Token::Close(style) => line.push_str(&format!("</{}>", style.tag())),
            Token::Break => lines.push(String::new()),
        }
    }
    lines
}

/// A run of text with one set of styles, for formats that cannot nest freely (TTML spans).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Text with the styles in force.
    Text {
        /// The text.
        text: String,
        /// Italic.
        italic: bool,
        /// Bold.
        bold: bool,
        /// Underlined.
        underline: bool,
    },
    /// A line break.
    Break,
}

/// Flatten tokens into styled runs.
pub fn runs(markup: &Markup) -> Vec<Run> {
    let mut out = Vec::new();
    let (mut italic, mut bold, mut underline) = (0usize, 0usize, 0usize);
    for token in &markup.tokens {
        match token {
            Token::Text(text) => {
                out.push(Run::Text { text: text.clone(), italic: italic > 0, bold: bold > 0, underline: underline > 0 })
            }
            Token::Break => out.push(Run::Break),
            Token::Open(style) | Token::Close(style) => {
                let counter = match style {
                    Style::Italic => &mut italic,
                    Style::Bold => &mut bold,
                    Style::Underline => &mut underline,
                };
                if matches!(token, Token::Open(_)) {
                    *counter += 1;
                } else {
                    *counter = counter.saturating_sub(1);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text tokens of a parsed cue, lines joined by `\n`.
    fn token_text(markup: &Markup) -> String {
        markup
            .tokens
            .iter()
            .map(|token| match token {
                Token::Text(text) => text.as_str(),
                Token::Break => "\n",
                Token::Open(_) | Token::Close(_) => "",
            })
            .collect()
    }

    fn srt(lines: &[&str]) -> (Markup, Notes) {
        let mut notes = Notes::default();
        (parse_srt(lines.iter().copied(), &mut notes), notes)
    }

    #[test]
    fn italics_across_lines_stay_one_tag() {
        let (markup, notes) = srt(&["<i>Mi abuelo", "construyó esto.</i>"]);
        assert!(notes.is_empty());
        assert_eq!(to_srt_lines(&markup, &mut Notes::default()), ["<i>Mi abuelo", "construyó esto.</i>"]);
        assert_eq!(to_vtt_lines(&markup, &mut Notes::default()), ["<i>Mi abuelo", "construyó esto.</i>"]);
    }

    #[test]
    fn text_that_is_not_a_tag_stays_text_and_is_escaped_for_vtt() {
        let (markup, notes) = srt(&["a < b & c > d --> e", "<3 {no es código} a<b & c>d"]);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(
            to_vtt_lines(&markup, &mut Notes::default()),
            ["a &lt; b &amp; c &gt; d --&gt; e", "&lt;3 {no es código} a&lt;b &amp; c&gt;d"]
        );
        assert_eq!(
            to_srt_lines(&markup, &mut Notes::default()),
            ["a < b & c > d --> e", "<3 {no es código} a<b & c>d"]
        );
    }

    #[test]
    fn font_tags_and_overrides_are_dropped_and_noted() {
        let (markup, notes) = srt(&["{\\an8}<font color=\"#ff0\">Amarillo</font> {\\fs20}y <I>ya</I>"]);
        assert_eq!(markup.placement.vertical, Vertical::Top);
        assert_eq!(to_vtt_lines(&markup, &mut Notes::default()), ["Amarillo y <i>ya</i>"]);
        assert_eq!(notes.messages().len(), 2, "{:?}", notes.messages());
    }

    #[test]
    fn misnested_and_unbalanced_tags_are_balanced() {
        let (markup, notes) = srt(&["<i>a <b>b</i> c</b> </u>d <i>e"]);
        assert_eq!(to_srt_lines(&markup, &mut Notes::default()), ["<i>a <b>b</b></i><b> c</b> d <i>e</i>"]);
        assert_eq!(notes.messages().len(), 2, "{:?}", notes.messages());
    }

    #[test]
    fn vtt_references_and_tags_are_read() {
        let mut notes = Notes::default();
        let markup =
            parse_vtt(["<v Abuela>Tom &amp; Jerry &lt;3&nbsp;<c.yellow>sí</c> <i.loud>¡Ya!</i> &bogus;"], &mut notes);
        assert_eq!(token_text(&markup), "Tom & Jerry <3\u{A0}sí ¡Ya! &bogus;");
        assert_eq!(to_srt_lines(&markup, &mut Notes::default()), ["Tom & Jerry <3\u{A0}sí <i>¡Ya!</i> &bogus;"]);
        assert_eq!(notes.messages().len(), 2, "{:?}", notes.messages());
    }

    #[test]
    fn unclosed_markup_on_a_very_long_line_is_read_once() {
        // A million openings without their closing bracket. Searching the rest of the line for
        // it at each one would read 10^12 bytes or more (minutes); the line is read about once.
        let (markup, notes) = srt(&[format!("{}x", "{\\an8".repeat(1_000_000)).as_str()]);
        assert!(notes.is_empty());
        assert_eq!(token_text(&markup).len(), 5_000_001);
        let (markup, _) = srt(&[format!("{}x", "<i ".repeat(1_000_000)).as_str()]);
        assert_eq!(token_text(&markup).len(), 3_000_001);
        // A `{\` runs to the first `}`, even past another `{\`.
        let (markup, notes) = srt(&["{\\an8{\\an8}x"]);
        assert_eq!((markup.placement.vertical, token_text(&markup).as_str()), (Vertical::Top, "x"));
        let note = crate::msg!("markup-note-override-dropped", code = "an8{");
        assert_eq!(notes.messages(), [crate::msg!("note-count", what = note, count = 1usize)]);
        let mut notes = Notes::default();
        let markup = parse_vtt([format!("{}x", "<&".repeat(1_000_000)).as_str()], &mut notes);
        assert_eq!(token_text(&markup).len(), 2_000_001);
        assert!(notes.is_empty());
    }

    #[test]
    fn unmatched_closing_tags_under_a_deep_stack_are_dropped_one_by_one() {
        // 100,000 open `<i>` and as many `</b>`: each `</b>` searched the whole open stack.
        let n = 100_000;
        let line = format!("{}x{}", "<i>".repeat(n), "</b>".repeat(n));
        let (markup, notes) = srt(&[line.as_str()]);
        assert_eq!(token_text(&markup), "x");
        let counted = |what: Message, count: usize| crate::msg!("note-count", what = what, count = count);
        assert_eq!(
            notes.messages(),
            [
                counted(crate::msg!("markup-note-unmatched", tag = "b"), n),
                counted(crate::msg!("markup-note-unclosed"), 1)
            ]
        );
        let opens = markup.tokens.iter().filter(|t| matches!(t, Token::Open(Style::Italic))).count();
        let closes = markup.tokens.iter().filter(|t| matches!(t, Token::Close(Style::Italic))).count();
        assert_eq!((opens, closes), (n, n));
        // A close that does match still closes and reopens what is inside it.
        let (markup, _) = srt(&["<b><i>x</b>y</i>"]);
        assert_eq!(to_srt_lines(&markup, &mut Notes::default()), ["<b><i>x</i></b><i>y</i>"]);
    }

    #[test]
    fn character_references_end_within_twelve_bytes() {
        let mut notes = Notes::default();
        let markup = parse_vtt(["&#x0000000e9; &#x00000000e9; &&amp;"], &mut notes);
        assert_eq!(token_text(&markup), "é &#x00000000e9; &&");
    }

    #[test]
    fn runs_follow_nesting() {
        let (markup, _) = srt(&["<i>a <i>b</i> c</i>", "d"]);
        let runs = runs(&markup);
        assert_eq!(runs.len(), 5);
        assert!(runs[..3].iter().all(|r| matches!(r, Run::Text { italic: true, .. })));
        assert_eq!(runs[3], Run::Break);
        assert!(matches!(&runs[4], Run::Text { italic: false, text, .. } if text == "d"));
    }
}
