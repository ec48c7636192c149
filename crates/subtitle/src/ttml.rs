//! TTML in: TTML1 and IMSC 1.1 Text documents (`.ttml`, `.dfxp`, `.xml`) read into the shared
//! [`Document`] model, as Netflix receives them.
//!
//! Every `<p>` is a cue. Its text is written into the document's `source` as SubRip cue text
//! (`<i>`, `<b>`, `<u>`, `{\anN}`), one timing line and the text lines per cue, so every rule,
//! `visible` and the converters read it exactly as they read the SRT file it could have been;
//! [`TtmlSource`] keeps the XML and a map from every byte of that text back to the XML, so
//! findings are reported at the XML's own line and column ([`Document::locate_in_origin`]) and
//! `retime` rewrites the XML's `begin`/`end`/`dur` attributes in place ([`rewrite_times`]).
//!
//! What is read:
//! - timing in `media` time base: clock times `HH:MM:SS.fff` and `HH:MM:SS:FF[.sub]`, offsets
//!   `12.5s`, `1.5h`, `2m`, `500ms`, `30f`, `1000t`; frames at `ttp:frameRate` ×
//!   `ttp:frameRateMultiplier` (default 30 × 1), sub-frames at `ttp:subFrameRate`, ticks at
//!   `ttp:tickRate` (default: the effective frame rate × the sub-frame rate when a frame rate is
//!   given, else 1); `begin`, `end` and `dur`; nested `par` timing on `<body>` and `<div>` (a
//!   child's times count from its parent's begin and end no later than its parent). Every time is
//!   summed exactly and rounded once, half away from zero, to the millisecond;
//! - `<br/>`; `<span>` and `<p>`/`<div>`/`<body>` styles, inline (`tts:fontStyle="italic"`,
//!   `tts:fontWeight="bold"`, `tts:textDecoration="underline"`) or through `style` references to
//!   `<style>` elements (which may reference others); `xml:space`;
//! - placement: the `region` of the `<p>` (or of an ancestor) puts the cue at the top, middle or
//!   bottom ([`Vertical`]), read from the region's `tts:origin`, `tts:extent` and
//!   `tts:displayAlign`; `tts:textAlign` gives the side. A placed cue's text starts with the
//!   `{\anN}` the SRT writer would give it (`{\an8}` for the top), which is how the rules and the
//!   converters see placement.
//!
//! What stops the read ([`Error`], exit 2, naming the line): malformed XML, a root other than
//! `<tt>` in the TTML namespace, a `ttp:timeBase` other than `media`, `timeContainer="seq"`, timed
//! `<span>`s, a time expression that cannot be read, or a `<p>` whose end is not known.
use crate::decode::{Decoded, LineEndingCounts};
use crate::diagnostic::{Diagnostic, LineIndex, Message};
use crate::document::{Cue, Document, SourceFormat, TextLine, TimingLine};
use crate::error::{Error, Result};
use crate::markup::{Horizontal, Placement, Style, Vertical};
use crate::time::{Timestamp, gcd, mul_div_round};
use roxmltree::Node;
use std::collections::HashMap;
use std::ops::Range;

/// The TTML namespace (TTML1, TTML2, IMSC).
pub const NAMESPACE: &str = "http://www.w3.org/ns/ttml";
/// The namespace of the 2006 DFXP drafts, still found in `.dfxp` files.
const DFXP_NAMESPACE: &str = "http://www.w3.org/2006/10/ttaf1";
/// The XML namespace (`xml:id`, `xml:space`).
const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";

/// Whether decoded text is a TTML document: its root element is `tt` (with or without a prefix)
/// and the TTML (or DFXP) namespace is declared before the root's start tag ends.
pub fn looks_like_ttml(text: &str) -> bool {
    let mut rest = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Skip the XML declaration, processing instructions, comments and a doctype.
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("<?") {
            let Some(end) = after.find("?>") else { return false };
            rest = after.get(end + 2..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else { return false };
            rest = after.get(end + 3..).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix("<!") {
            let Some(end) = after.find('>') else { return false };
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    let Some(tag) = rest.strip_prefix('<') else { return false };
    let name_end = tag.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(tag.len());
    let name = tag.get(..name_end).unwrap_or("");
    let local = name.rsplit(':').next().unwrap_or(name);
    if local != "tt" {
        return false;
    }
    let start_tag = tag.get(..tag.find('>').unwrap_or(tag.len())).unwrap_or("");
    start_tag.contains(NAMESPACE) || start_tag.contains(DFXP_NAMESPACE)
}

/// Whether the path's extension is a TTML one (`.ttml`, `.dfxp`); `.xml` is TTML only when the
/// content says so.
pub fn names_ttml(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("ttml") || e.eq_ignore_ascii_case("dfxp"))
}

/// The XML a TTML document was read from, and how the document's text maps back to it.
#[derive(Debug, Clone)]
pub struct TtmlSource {
    /// The XML text as decoded (without BOM).
    pub xml: String,
    /// Line starts of `xml`.
    pub index: LineIndex,
    /// Pieces of the document's text and where each comes from in `xml`, by text offset.
    map: Vec<Piece>,
    /// Per cue (in order), the attributes `retime` rewrites.
    timing: Vec<PTiming>,
}

/// A run of the document's text that comes from one place in the XML.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Start in the document's text.
    text: usize,
    /// Length in the document's text.
    len: usize,
    /// Start in the XML.
    xml: usize,
    /// Whether the run is the XML's bytes as they are (offsets inside it map one to one);
    /// otherwise every offset in it maps to `xml` (written markup, entities, collapsed space).
    exact: bool,
}

/// What `retime` needs of one `<p>`.
#[derive(Debug, Clone)]
struct PTiming {
    /// The whole `<p>` element in the XML.
    element: Range<usize>,
    /// The value of `begin`, `end` and `dur` (inside the quotes), when present.
    begin: Option<Range<usize>>,
    end: Option<Range<usize>>,
    dur: Option<Range<usize>>,
    /// Why this cue's times cannot be rewritten on the `<p>` alone, with the XML line.
    fixed: Option<(usize, Message)>,
}

impl TtmlSource {
    /// The XML offset a document text offset comes from (`end`: the offset ends a range).
    fn xml_offset(&self, offset: usize, end: bool) -> usize {
        let at = if end { offset.saturating_sub(1) } else { offset };
        let found = self.map.partition_point(|p| p.text <= at);
        let Some(piece) = found.checked_sub(1).and_then(|i| self.map.get(i)) else { return 0 };
        if !piece.exact {
            return piece.xml;
        }
        let within = offset.saturating_sub(piece.text).min(piece.len);
        piece.xml + within
    }

    /// A text range of the document mapped into the XML.
    pub fn xml_span(&self, span: &Range<usize>) -> Range<usize> {
        let start = self.xml_offset(span.start, false);
        let end = if span.end > span.start { self.xml_offset(span.end, true).max(start) } else { start };
        start..end
    }
}

impl Document {
    /// The text findings are shown against: the XML of a TTML document, else the source.
    pub fn origin_text(&self) -> &str {
        match &self.origin {
            Some(origin) => &origin.xml,
            None => &self.source,
        }
    }

    /// Move findings made on the document's text to where they are in the file: for a TTML
    /// document, each span, line and column into the XML (a fix, which edits the document's
    /// text, cannot be applied to the XML and is dropped). Other documents are unchanged.
    pub fn locate_in_origin(&self, diagnostics: &mut [Diagnostic]) {
        let Some(origin) = &self.origin else { return };
        for d in diagnostics {
            let span = origin.xml_span(&d.span);
            let ((line, column), (end_line, end_column)) = origin.index.span_position(&origin.xml, &span);
            (d.line, d.column, d.end_line, d.end_column) = (line, column, end_line, end_column);
            d.span = span;
            d.fix = None;
        }
    }
}

/// Why `retime` cannot rewrite this TTML document's times on its `<p>` elements, as an error at
/// the line concerned; `None` when it can (or the document is not TTML).
pub fn cannot_rewrite_times(doc: &Document) -> Option<Error> {
    let origin = doc.origin.as_ref()?;
    origin
        .timing
        .iter()
        .find_map(|t| t.fixed.clone())
        .map(|(line, why)| Error::new(crate::msg!("error-ttml-cannot-retime", reason = why)).on_line(line))
}

/// Rewrite the times of a TTML document's cues in its XML (`begin`, and `end` or `dur`, as clock
/// times `HH:MM:SS.mmm`), leaving every other byte as it was; a dropped cue's `<p>` is removed
/// with the indentation before it. Call [`cannot_rewrite_times`] first: cues it objects to are
/// kept as they are.
pub(crate) fn rewrite_times(
    doc: &Document,
    origin: &TtmlSource,
    mut decide: impl FnMut(&Cue) -> crate::srt::Rewrite,
) -> String {
    use crate::srt::Rewrite;
    let xml = origin.xml.as_str();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (cue, timing) in doc.cues.iter().zip(&origin.timing) {
        match decide(cue) {
            Rewrite::Keep => {}
            Rewrite::Times(start, end) => {
                if timing.fixed.is_some() {
                    continue;
                }
                if let Some(begin) = &timing.begin
                    && start != cue.start
                {
                    edits.push((begin.clone(), start.vtt()));
                }
                let old_length = cue.end.signed() - cue.start.signed();
                let length = end.signed() - start.signed();
                match (&timing.end, &timing.dur) {
                    (Some(at), _) if end != cue.end => edits.push((at.clone(), end.vtt())),
                    (None, Some(at)) if length != old_length => {
                        let length = Timestamp::from_signed_ms(i128::from(length)).unwrap_or_default();
                        edits.push((at.clone(), length.vtt()));
                    }
                    _ => {}
                }
            }
            Rewrite::Drop => {
                let mut from = timing.element.start;
                let before = xml.get(..from).unwrap_or("");
                let indent = before.len() - before.trim_end_matches([' ', '\t']).len();
                if before.get(..before.len() - indent).is_some_and(|b| b.ends_with('\n')) {
                    from -= indent;
                    let mut to = timing.element.end;
                    let after = xml.get(to..).unwrap_or("");
                    if after.starts_with("\r\n") {
                        to += 2;
                    } else if after.starts_with('\n') {
                        to += 1;
                    }
                    edits.push((from..to, String::new()));
                } else {
                    edits.push((timing.element.clone(), String::new()));
                }
            }
        }
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(xml.len());
    let mut copied = 0;
    for (range, replacement) in edits {
        if range.start < copied {
            continue;
        }
        out.push_str(xml.get(copied..range.start).unwrap_or(""));
        out.push_str(&replacement);
        copied = range.end;
    }
    out.push_str(xml.get(copied..).unwrap_or(""));
    out
}

/// A time as an exact fraction of a second, `num / den` (`den > 0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seconds {
    num: i128,
    den: i128,
}

impl Seconds {
    const ZERO: Seconds = Seconds { num: 0, den: 1 };

    fn new(num: i128, den: i128) -> Seconds {
        let g = i128::try_from(gcd(num.unsigned_abs(), den.unsigned_abs())).unwrap_or(1);
        Seconds { num: num / g, den: den / g }
    }

    fn add(self, other: Seconds) -> Option<Seconds> {
        let num = self.num.checked_mul(other.den)?.checked_add(other.num.checked_mul(self.den)?)?;
        Some(Seconds::new(num, self.den.checked_mul(other.den)?))
    }

    fn min(self, other: Seconds) -> Seconds {
        // Both denominators are positive, so cross-multiplying keeps the order.
        match (self.num.checked_mul(other.den), other.num.checked_mul(self.den)) {
            (Some(a), Some(b)) if b < a => other,
            _ => self,
        }
    }

    fn ms(self) -> i128 {
        mul_div_round(self.num, 1000, self.den)
    }
}

/// The document's time parameters (`ttp:*` on `<tt>`).
#[derive(Debug, Clone, Copy)]
struct Rates {
    /// Effective frame rate, frames per second as a fraction.
    frame: (i128, i128),
    /// Base frame rate (the largest frame number in a clock time is one less).
    frame_base: i128,
    sub_frame: i128,
    /// Ticks per second as a fraction.
    tick: (i128, i128),
}

/// Read a TTML document from decoded text. Errors name the line, not the file (the caller adds
/// it).
pub fn parse(decoded: &Decoded) -> Result<Document> {
    let xml = decoded.text.as_str();
    // The XML parser recurses per element: refuse absurd nesting before it sees it.
    if let Some(offset) = too_deep(xml) {
        let line = LineIndex::new(xml).position(xml, offset).0;
        return Err(at(line, crate::msg!("error-ttml-too-deep", depth = MAX_DEPTH)));
    }
    let options = roxmltree::ParsingOptions { allow_dtd: false, ..roxmltree::ParsingOptions::default() };
    let tree = roxmltree::Document::parse_with_options(xml, options).map_err(|e| {
        let line = usize::try_from(e.pos().row).unwrap_or(1);
        Error::new(crate::msg!("error-ttml-not-well-formed", reason = e.to_string())).on_line(line)
    })?;
    let index = LineIndex::new(xml);
    let root = tree.root_element();
    let root_line = index.position(xml, root.range().start).0;
    if root.tag_name().name() != "tt" || !is_tt_namespace(root.tag_name().namespace()) {
        return Err(at(root_line, crate::msg!("error-ttml-not-tt")));
    }
    let rates = read_rates(root, root_line)?;
    let styles = read_styles(root);
    let regions = read_regions(root);
    let mut reader = Reader {
        xml,
        rates,
        styles,
        regions,
        text: String::new(),
        map: Vec::new(),
        cues: Vec::new(),
        timing: Vec::new(),
        index: &index,
    };
    let body = root.children().find(|n| is_tt(*n, "body"));
    if let Some(body) = body {
        reader.container(body, &Context::default())?;
    }
    let Reader { text, map, cues, timing, .. } = reader;
    let line_index = LineIndex::new(&text);
    let origin = TtmlSource { xml: xml.to_string(), index, map, timing };
    let doc = Document {
        line_endings: LineEndingCounts::of(xml),
        final_newline: xml.ends_with('\n') || xml.ends_with('\r'),
        source: text,
        format: SourceFormat::Ttml,
        encoding: decoded.encoding,
        encoding_source: decoded.source,
        bom: decoded.bom,
        decode_errors: decoded.had_errors,
        cues,
        diagnostics: Vec::new(),
        unparsed_blocks: 0,
        line_index,
        origin: Some(Box::new(origin)),
    };
    Ok(doc)
}

/// Where element nesting first goes past [`MAX_DEPTH`], by a scan of the tags (comments, CDATA,
/// processing instructions and quoted attribute values skipped).
fn too_deep(xml: &str) -> Option<usize> {
    let bytes = xml.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', bytes.get(at..)?) {
        let start = at + found;
        let rest = xml.get(start..)?;
        let skip_to = |end: &str| rest.find(end).map_or(bytes.len(), |i| start + i + end.len());
        if rest.starts_with("<!--") {
            at = skip_to("-->");
        } else if rest.starts_with("<![CDATA[") {
            at = skip_to("]]>");
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            at = skip_to(">");
        } else {
            let closing = rest.starts_with("</");
            // The tag's end, outside quoted values.
            let mut quote = None;
            let mut end = bytes.len();
            for (i, b) in rest.bytes().enumerate().skip(1) {
                match (quote, b) {
                    (None, b'"' | b'\'') => quote = Some(b),
                    (Some(q), _) if b == q => quote = None,
                    (None, b'>') => {
                        end = start + i;
                        break;
                    }
                    _ => {}
                }
            }
            let empty = end > 0 && bytes.get(end - 1) == Some(&b'/');
            if closing {
                depth = depth.saturating_sub(1);
            } else if !empty {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(start);
                }
            }
            at = end + 1;
        }
    }
    None
}

fn at(line: usize, message: Message) -> Error {
    Error::new(message).on_line(line)
}

fn is_tt_namespace(namespace: Option<&str>) -> bool {
    namespace.is_some_and(|ns| ns == NAMESPACE || ns == DFXP_NAMESPACE)
}

/// Whether `node` is the TTML element `name`.
fn is_tt(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && is_tt_namespace(node.tag_name().namespace())
}

/// The value of a `ttp:` (parameter) or `tts:` (styling) attribute, by local name.
fn ttp<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    attribute_in(node, name, |ns| ns.ends_with("#parameter"))
}

fn tts<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    attribute_in(node, name, |ns| ns.ends_with("#styling") || ns.ends_with("#style"))
}

fn attribute_in<'a>(node: Node<'a, '_>, name: &str, namespace: impl Fn(&str) -> bool) -> Option<&'a str> {
    node.attributes().find(|a| a.name() == name && a.namespace().is_some_and(&namespace)).map(|a| a.value())
}

/// An attribute without a namespace (`begin`, `style`, `region`).
fn plain<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes().find(|a| a.name() == name && a.namespace().is_none()).map(|a| a.value())
}

fn xml_attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((XML_NAMESPACE, name))
}

/// The byte range of an attribute's value (inside its quotes).
fn value_range(node: Node<'_, '_>, name: &str) -> Option<Range<usize>> {
    node.attributes().find(|a| a.name() == name && a.namespace().is_none()).map(|a| a.range_value())
}

fn read_rates(root: Node<'_, '_>, line: usize) -> Result<Rates> {
    if let Some(base) = ttp(root, "timeBase")
        && base.trim() != "media"
    {
        return Err(at(line, crate::msg!("error-ttml-time-base", value = base)));
    }
    let positive = |name: &str, text: &str| -> Result<i128> {
        match text.trim().parse::<i128>() {
            Ok(n) if n > 0 && n < 1_000_000_000_000 => Ok(n),
            _ => Err(at(line, crate::msg!("error-ttml-not-positive", attribute = format!("ttp:{name}"), value = text))),
        }
    };
    let frame_given = ttp(root, "frameRate");
    let frame_base = frame_given.map(|t| positive("frameRate", t)).transpose()?.unwrap_or(30);
    let (m_num, m_den) = match ttp(root, "frameRateMultiplier") {
        Some(text) => {
            let mut parts = text.split_whitespace();
            match (parts.next(), parts.next(), parts.next()) {
                (Some(n), Some(d), None) => (positive("frameRateMultiplier", n)?, positive("frameRateMultiplier", d)?),
                _ => return Err(at(line, crate::msg!("error-ttml-multiplier", value = text))),
            }
        }
        None => (1, 1),
    };
    let sub_frame = ttp(root, "subFrameRate").map(|t| positive("subFrameRate", t)).transpose()?.unwrap_or(1);
    let frame = (frame_base * m_num, m_den);
    let tick = match ttp(root, "tickRate") {
        Some(text) => (positive("tickRate", text)?, 1),
        None if frame_given.is_some() => (frame.0 * sub_frame, frame.1),
        None => (1, 1),
    };
    Ok(Rates { frame, frame_base, sub_frame, tick })
}

/// Styles by `xml:id`: the style set each turns on or off (`Some(true)` on, `Some(false)` off),
/// with referenced styles resolved.
type StyleMap = HashMap<String, [Option<bool>; 3]>;

const STYLES: [Style; 3] = [Style::Italic, Style::Bold, Style::Underline];

/// The styles an element's own `tts:` attributes set.
fn inline_styles(node: Node<'_, '_>) -> [Option<bool>; 3] {
    let italic = tts(node, "fontStyle").map(|v| matches!(v.trim(), "italic" | "oblique"));
    let bold = tts(node, "fontWeight").map(|v| v.trim() == "bold");
    let underline = tts(node, "textDecoration").map(|v| v.split_whitespace().any(|w| w == "underline"));
    [italic, bold, underline]
}

fn read_styles(root: Node<'_, '_>) -> StyleMap {
    let elements: HashMap<&str, Node<'_, '_>> =
        root.descendants().filter(|n| is_tt(*n, "style")).filter_map(|n| xml_attr(n, "id").map(|id| (id, n))).collect();
    let mut out = StyleMap::new();
    for &id in elements.keys() {
        let mut seen = Vec::new();
        out.insert(id.to_string(), resolve_style(id, &elements, &mut seen));
    }
    out
}

fn resolve_style<'a>(
    id: &'a str,
    elements: &HashMap<&'a str, Node<'a, '_>>,
    seen: &mut Vec<&'a str>,
) -> [Option<bool>; 3] {
    let Some(node) = elements.get(id) else { return [None; 3] };
    if seen.contains(&id) {
        return [None; 3];
    }
    seen.push(id);
    let mut set = [None; 3];
    for reference in plain(*node, "style").unwrap_or("").split_whitespace() {
        merge(&mut set, resolve_style(reference, elements, seen));
    }
    merge(&mut set, inline_styles(*node));
    set
}

fn merge(into: &mut [Option<bool>; 3], from: [Option<bool>; 3]) {
    for (to, value) in into.iter_mut().zip(from) {
        if value.is_some() {
            *to = value;
        }
    }
}

/// Placement of each region by `xml:id`.
fn read_regions(root: Node<'_, '_>) -> HashMap<String, Placement> {
    root.descendants()
        .filter(|n| is_tt(*n, "region"))
        .filter_map(|n| xml_attr(n, "id").map(|id| (id.to_string(), region_placement(n))))
        .collect()
}

/// Top, middle or bottom for a region: where its text is anchored, from `tts:displayAlign`
/// (`before` anchors at the region's top, `after` at its bottom) and, when both are percentages,
/// `tts:origin` and `tts:extent` (above 35 % of the height is the top, below 65 % the bottom);
/// without percentages the alignment alone decides.
fn region_placement(node: Node<'_, '_>) -> Placement {
    let align = tts(node, "displayAlign").map(str::trim).unwrap_or("before");
    let second_percent =
        |text: Option<&str>| -> Option<f64> { text?.split_whitespace().nth(1)?.strip_suffix('%')?.parse::<f64>().ok() };
    let origin = second_percent(tts(node, "origin"));
    let extent = second_percent(tts(node, "extent"));
    let vertical = match (origin, extent) {
        (Some(y), Some(h)) => {
            let anchor = match align {
                "after" => y + h,
                "center" => y + h / 2.0,
                _ => y,
            };
            if anchor < 35.0 {
                Vertical::Top
            } else if anchor <= 65.0 {
                Vertical::Middle
            } else {
                Vertical::Bottom
            }
        }
        _ => match align {
            "after" => Vertical::Bottom,
            "center" => Vertical::Middle,
            _ => Vertical::Top,
        },
    };
    Placement { vertical, horizontal: horizontal(tts(node, "textAlign")).unwrap_or_default() }
}

fn horizontal(text_align: Option<&str>) -> Option<Horizontal> {
    match text_align?.trim() {
        "left" | "start" => Some(Horizontal::Left),
        "right" | "end" => Some(Horizontal::Right),
        "center" => Some(Horizontal::Center),
        _ => None,
    }
}

/// What an element inherits from its ancestors.
#[derive(Debug, Clone, Default)]
struct Context {
    /// Absolute begin of the parent's active interval.
    begin: Option<Seconds>,
    /// Absolute end of the parent's active interval, if known.
    end: Option<Seconds>,
    /// Whether an ancestor has timing (the `<p>`'s times are then not its own alone).
    timed_ancestor: Option<usize>,
    styles: [Option<bool>; 3],
    region: Option<String>,
    text_align: Option<Horizontal>,
    preserve: bool,
    /// How many elements deep (reading recurses; [`MAX_DEPTH`] bounds it).
    depth: usize,
}

/// The deepest element nesting read (real files nest a handful deep).
const MAX_DEPTH: usize = 200;

/// One thing in a cue's text before it is written.
#[derive(Debug, Clone)]
enum Item {
    /// A character and the XML range it comes from (exact when its bytes are the character's).
    Char(char, usize, bool),
    Break(usize),
    Open(Style, usize),
    Close(Style, usize),
}

struct Reader<'x, 'l> {
    xml: &'x str,
    rates: Rates,
    styles: StyleMap,
    regions: HashMap<String, Placement>,
    text: String,
    map: Vec<Piece>,
    cues: Vec<Cue>,
    timing: Vec<PTiming>,
    index: &'l LineIndex,
}

impl Reader<'_, '_> {
    fn line_of(&self, node: Node<'_, '_>) -> usize {
        self.xml_line(node.range().start)
    }

    /// The context of `node` inside `parent`: its interval, styles, region.
    fn enter(&self, node: Node<'_, '_>, parent: &Context) -> Result<(Context, Times)> {
        let line = self.line_of(node);
        if parent.depth >= MAX_DEPTH {
            return Err(at(line, crate::msg!("error-ttml-too-deep", depth = MAX_DEPTH)));
        }
        if plain(node, "timeContainer").is_some_and(|v| v.trim() == "seq") {
            return Err(at(line, crate::msg!("error-ttml-seq")));
        }
        let time = |name: &str| -> Result<Option<Seconds>> {
            plain(node, name)
                .map(|text| parse_time(text, &self.rates).ok_or_else(|| bad_time(line, name, text)))
                .transpose()
        };
        let (begin, end, dur) = (time("begin")?, time("end")?, time("dur")?);
        let parent_begin = parent.begin.unwrap_or(Seconds::ZERO);
        let overflow = || at(line, crate::msg!("error-ttml-time-too-large"));
        let abs_begin = parent_begin.add(begin.unwrap_or(Seconds::ZERO)).ok_or_else(overflow)?;
        let mut abs_end = match end {
            Some(end) => Some(parent_begin.add(end).ok_or_else(overflow)?),
            None => None,
        };
        if let Some(dur) = dur {
            let by_dur = abs_begin.add(dur).ok_or_else(overflow)?;
            abs_end = Some(abs_end.map_or(by_dur, |e| e.min(by_dur)));
        }
        let abs_end = match (abs_end, parent.end) {
            (Some(own), Some(limit)) => Some(own.min(limit)),
            (own, limit) => own.or(limit),
        };
        let mut styles = parent.styles;
        for reference in plain(node, "style").unwrap_or("").split_whitespace() {
            if let Some(set) = self.styles.get(reference) {
                merge(&mut styles, *set);
            }
        }
        merge(&mut styles, inline_styles(node));
        let context = Context {
            begin: Some(abs_begin),
            end: abs_end,
            timed_ancestor: parent.timed_ancestor,
            styles,
            region: plain(node, "region").map(str::to_string).or_else(|| parent.region.clone()),
            text_align: horizontal(tts(node, "textAlign")).or(parent.text_align),
            preserve: match xml_attr(node, "space") {
                Some(space) => space.trim() == "preserve",
                None => parent.preserve,
            },
            depth: parent.depth + 1,
        };
        let own = begin.is_some() || end.is_some() || dur.is_some();
        Ok((context, Times { own }))
    }

    /// `<body>` or `<div>`: their paragraphs and divisions, in document order.
    fn container(&mut self, node: Node<'_, '_>, parent: &Context) -> Result<()> {
        let (mut context, times) = self.enter(node, parent)?;
        if times.own {
            context.timed_ancestor = Some(self.line_of(node));
        }
        for child in node.children() {
            if is_tt(child, "div") {
                self.container(child, &context)?;
            } else if is_tt(child, "p") {
                self.paragraph(child, &context)?;
            }
        }
        Ok(())
    }

    fn paragraph(&mut self, p: Node<'_, '_>, parent: &Context) -> Result<()> {
        let line = self.line_of(p);
        let (context, times) = self.enter(p, parent)?;
        let (Some(begin), Some(end)) = (context.begin, context.end) else {
            return Err(at(line, crate::msg!("error-ttml-no-end")));
        };
        let timestamp = |t: Seconds| {
            Timestamp::from_signed_ms(t.ms()).ok_or_else(|| at(line, crate::msg!("error-ttml-time-out-of-range")))
        };
        let (start, end) = (timestamp(begin)?, timestamp(end)?);
        // The items: the text with its styles, breaks.
        let mut items = Vec::new();
        let mut open: Vec<Style> = Vec::new();
        let p_styles = active(context.styles);
        for &style in &p_styles {
            items.push(Item::Open(style, p.range().start));
            open.push(style);
        }
        self.content(p, &context, &mut items, &mut open)?;
        while let Some(style) = open.pop() {
            items.push(Item::Close(style, p.range().end));
        }
        let items = tidy(items, context.preserve);
        let mut placement = context.region.as_deref().and_then(|r| self.regions.get(r)).copied().unwrap_or_default();
        if let Some(side) = context.text_align {
            placement.horizontal = side;
        }
        // The cue's text: the timing line, then the text lines.
        let timing_start = self.text.len();
        let begin_value = value_range(p, "begin");
        let end_value = value_range(p, "end");
        let dur_value = value_range(p, "dur");
        let start_text = start.srt();
        let end_text = end.srt();
        let p_start = p.range().start;
        self.push_mapped(&start_text, begin_value.as_ref().map_or(p_start, |r| r.start), false);
        self.push_mapped(" --> ", p_start, false);
        let end_at = end_value.as_ref().or(dur_value.as_ref()).map_or(p_start, |r| r.start);
        self.push_mapped(&end_text, end_at, false);
        let timing_span = timing_start..self.text.len();
        let timing_line_number = self.xml_line(begin_value.as_ref().map_or(p_start, |r| r.start));
        let timing = TimingLine::from_relative(
            timing_line_number,
            timing_span.clone(),
            0..start_text.len(),
            start_text.len() + 5..timing_span.len(),
            None,
        );
        self.text.push('\n');
        let mut lines = Vec::new();
        let mut line_start = self.text.len();
        let mut line_xml = p_start;
        if !placement.is_default() {
            self.push_mapped(&format!("{{\\an{}}}", placement.an()), p_start, false);
        }
        let mut first_on_line = true;
        for item in &items {
            match *item {
                Item::Char(c, xml, exact) => {
                    if first_on_line {
                        line_xml = xml;
                        first_on_line = false;
                    }
                    let mut buffer = [0u8; 4];
                    self.push_mapped(c.encode_utf8(&mut buffer), xml, exact);
                }
                Item::Break(xml) => {
                    lines.push(TextLine { line: self.xml_line(line_xml), span: line_start..self.text.len() });
                    self.text.push('\n');
                    line_start = self.text.len();
                    line_xml = xml;
                    first_on_line = true;
                }
                Item::Open(style, xml) => self.push_mapped(&format!("<{}>", style.tag()), xml, false),
                Item::Close(style, xml) => self.push_mapped(&format!("</{}>", style.tag()), xml, false),
            }
        }
        if self.text.len() > line_start || !lines.is_empty() {
            lines.push(TextLine { line: self.xml_line(line_xml), span: line_start..self.text.len() });
        }
        let block_end = self.text.len();
        self.text.push_str("\n\n");
        let fixed = if let Some(div_line) = context.timed_ancestor {
            Some((div_line, crate::msg!("error-ttml-timed-ancestor")))
        } else if !times.own || begin_value.is_none() {
            Some((line, crate::msg!("error-ttml-p-without-times")))
        } else {
            None
        };
        self.timing.push(PTiming { element: p.range(), begin: begin_value, end: end_value, dur: dur_value, fixed });
        let position = self.cues.len() + 1;
        self.cues.push(Cue {
            position,
            index: None,
            start,
            end,
            timing,
            lines,
            block: timing_start..block_end,
            first_line: line,
            last_line: self.xml_line(p.range().end.saturating_sub(1)),
        });
        Ok(())
    }

    /// The text, breaks and styles inside `node`.
    fn content(
        &self,
        node: Node<'_, '_>,
        context: &Context,
        items: &mut Vec<Item>,
        open: &mut Vec<Style>,
    ) -> Result<()> {
        for child in node.children() {
            if child.is_text() {
                self.characters(child, context.preserve, items);
            } else if is_tt(child, "br") {
                items.push(Item::Break(child.range().start));
            } else if is_tt(child, "span") {
                let line = self.line_of(child);
                if ["begin", "end", "dur"].iter().any(|name| plain(child, name).is_some()) {
                    return Err(at(line, crate::msg!("error-ttml-timed-span")));
                }
                let (inner, _) = self.enter(child, context)?;
                let inner = Context { begin: context.begin, end: context.end, ..inner };
                let (outer_set, inner_set) = (active(context.styles), active(inner.styles));
                let at_start = child.range().start;
                let at_end = child.range().end;
                // Styles turned off inside: close them (and what was opened after them).
                let mut reopen = Vec::new();
                while open.iter().any(|s| !inner_set.contains(s)) {
                    let Some(style) = open.pop() else { break };
                    items.push(Item::Close(style, at_start));
                    reopen.push(style);
                }
                let depth = open.len();
                for &style in &inner_set {
                    if !open.contains(&style) {
                        items.push(Item::Open(style, at_start));
                        open.push(style);
                    }
                }
                self.content(child, &inner, items, open)?;
                while open.len() > depth {
                    let Some(style) = open.pop() else { break };
                    items.push(Item::Close(style, at_end));
                }
                while let Some(style) = reopen.pop() {
                    if outer_set.contains(&style) {
                        items.push(Item::Open(style, at_end));
                        open.push(style);
                    }
                }
            } else if child.is_element() && child.tag_name().name() != "metadata" {
                // Other inline content (animation, unknown elements): its text, unstyled by it.
                if context.depth >= MAX_DEPTH {
                    return Err(at(self.line_of(child), crate::msg!("error-ttml-too-deep", depth = MAX_DEPTH)));
                }
                let deeper = Context { depth: context.depth + 1, ..context.clone() };
                self.content(child, &deeper, items, open)?;
            }
        }
        Ok(())
    }

    /// The characters of a text node, each with where it is in the XML.
    fn characters(&self, node: Node<'_, '_>, preserve: bool, items: &mut Vec<Item>) {
        let range = node.range();
        let raw = self.xml.get(range.clone()).unwrap_or("");
        let decoded = node.text().unwrap_or("");
        let mut mine = Vec::new();
        let mut text = String::new();
        let mut rest = raw;
        while let Some(c) = rest.chars().next() {
            let at = range.start + (raw.len() - rest.len());
            if c == '&'
                && let Some(end) = rest.find(';')
                && let Some(value) = entity(rest.get(1..end).unwrap_or(""))
            {
                mine.push((value, at, false));
                text.push(value);
                rest = rest.get(end + 1..).unwrap_or("");
                continue;
            }
            if rest.starts_with("\r\n") {
                mine.push(('\n', at, false));
                text.push('\n');
                rest = rest.get(2..).unwrap_or("");
                continue;
            }
            let c = if c == '\r' { '\n' } else { c };
            mine.push((c, at, true));
            text.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
        // CDATA or anything read differently: every character maps to the node's start.
        if text != decoded {
            mine = decoded.chars().map(|c| (c, range.start, false)).collect();
        }
        for (c, at, exact) in mine {
            if preserve && c == '\n' {
                items.push(Item::Break(at));
            } else {
                items.push(Item::Char(c, at, exact));
            }
        }
    }

    fn push_mapped(&mut self, text: &str, xml: usize, exact: bool) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        if let Some(last) = self.map.last_mut()
            && exact
            && last.exact
            && last.text + last.len == start
            && last.xml + last.len == xml
        {
            last.len += text.len();
        } else {
            self.map.push(Piece { text: start, len: text.len(), xml, exact });
        }
        self.text.push_str(text);
    }

    fn xml_line(&self, offset: usize) -> usize {
        self.index.position(self.xml, offset).0
    }
}

/// Which parts of an element's timing were its own.
#[derive(Debug, Clone, Copy)]
struct Times {
    own: bool,
}

fn active(set: [Option<bool>; 3]) -> Vec<Style> {
    STYLES.iter().zip(set).filter(|(_, on)| *on == Some(true)).map(|(s, _)| *s).collect()
}

/// The standard entities and character references (a DTD, which could declare others, is refused).
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Whitespace as TTML presents it (XSL-FO `linefeed-treatment="treat-as-space"`,
/// `white-space-collapse`): runs of XML whitespace become one space, and spaces at the start and
/// end of a line go. With `xml:space="preserve"` spaces stay and line feeds are breaks. Styles
/// are closed before a break and opened again after it, so each line carries its own tags, and
/// empty style pairs go.
fn tidy(items: Vec<Item>, preserve: bool) -> Vec<Item> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    // Forward: collapse runs and drop spaces at the start of a line.
    let mut at_line_start = true;
    let mut last_space = false;
    for item in items {
        match item {
            Item::Char(c, xml, exact) if !preserve && is_space(c) => {
                if !(at_line_start || last_space) {
                    out.push(Item::Char(' ', xml, exact && c == ' '));
                    last_space = true;
                }
            }
            Item::Char(..) => {
                out.push(item);
                at_line_start = false;
                last_space = false;
            }
            Item::Break(_) => {
                out.push(item);
                at_line_start = true;
                last_space = false;
            }
            Item::Open(..) | Item::Close(..) => out.push(item),
        }
    }
    // Backward: drop spaces at the end of a line.
    if !preserve {
        let mut at_line_end = true;
        let mut kept = Vec::with_capacity(out.len());
        for item in out.into_iter().rev() {
            match item {
                Item::Char(' ', ..) if at_line_end => {}
                Item::Char(..) => {
                    at_line_end = false;
                    kept.push(item);
                }
                Item::Break(_) => {
                    at_line_end = true;
                    kept.push(item);
                }
                Item::Open(..) | Item::Close(..) => kept.push(item),
            }
        }
        kept.reverse();
        out = kept;
    }
    // Styles end at each break and start again after it.
    let mut per_line = Vec::with_capacity(out.len());
    let mut open: Vec<Style> = Vec::new();
    for item in out {
        match item {
            Item::Open(style, _) => {
                open.push(style);
                per_line.push(item);
            }
            Item::Close(style, _) => {
                if let Some(i) = open.iter().rposition(|s| *s == style) {
                    open.remove(i);
                }
                per_line.push(item);
            }
            Item::Break(xml) => {
                for style in open.iter().rev() {
                    per_line.push(Item::Close(*style, xml));
                }
                per_line.push(item);
                for style in &open {
                    per_line.push(Item::Open(*style, xml));
                }
            }
            Item::Char(..) => per_line.push(item),
        }
    }
    // Empty pairs (`<i></i>`) say nothing: drop them, repeatedly for nested ones.
    loop {
        let mut changed = false;
        let mut result: Vec<Item> = Vec::with_capacity(per_line.len());
        for item in per_line {
            if let (Item::Close(closing, _), Some(Item::Open(opened, _))) = (&item, result.last())
                && closing == opened
            {
                result.pop();
                changed = true;
                continue;
            }
            result.push(item);
        }
        per_line = result;
        if !changed {
            break;
        }
    }
    per_line
}

fn bad_time(line: usize, attribute: &str, text: &str) -> Error {
    at(line, crate::msg!("error-ttml-bad-time", attribute = attribute, value = text))
}

/// A TTML time expression (clock time or offset time) in seconds.
fn parse_time(text: &str, rates: &Rates) -> Option<Seconds> {
    let text = text.trim();
    if text.contains(':') {
        return clock_time(text, rates);
    }
    let unit_at = text.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (number, unit) = text.split_at(unit_at);
    let value = decimal(number)?;
    let scale = |per_second: (i128, i128)| {
        Some(Seconds::new(value.num.checked_mul(per_second.1)?, value.den.checked_mul(per_second.0)?))
    };
    match unit {
        "h" => scale((1, 3600)),
        "m" => scale((1, 60)),
        "s" => Some(value),
        "ms" => scale((1000, 1)),
        "f" => scale(rates.frame),
        "t" => scale(rates.tick),
        _ => None,
    }
}

/// Digits with an optional fraction, exactly.
fn decimal(text: &str) -> Option<Seconds> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if whole.len() > 12 || fraction.len() > 12 || (text.contains('.') && fraction.is_empty()) {
        return None;
    }
    let den = 10i128.pow(u32::try_from(fraction.len()).ok()?);
    let num =
        whole.parse::<i128>().ok()? * den + if fraction.is_empty() { 0 } else { fraction.parse::<i128>().ok()? };
    Some(Seconds::new(num, den))
}

/// `HH:MM:SS`, `HH:MM:SS.fff` or `HH:MM:SS:FF[.sub]`.
fn clock_time(text: &str, rates: &Rates) -> Option<Seconds> {
    let parts: Vec<&str> = text.split(':').collect();
    let digits = |s: &str, min_len: usize| -> Option<i128> {
        (s.len() >= min_len && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let (hours, minutes) = (digits(parts.first()?, 2)?, digits(parts.get(1)?, 2)?);
    if minutes > 59 || parts.get(1)?.len() != 2 {
        return None;
    }
    let seconds_text = parts.get(2)?;
    let whole = match parts.len() {
        3 => decimal(seconds_text)?,
        4 => Seconds::new(digits(seconds_text, 2)?, 1),
        _ => return None,
    };
    if seconds_text.split('.').next()?.len() != 2 || whole.num >= 61 * whole.den {
        return None;
    }
    let mut total = Seconds::new(hours * 3600 + minutes * 60, 1).add(whole)?;
    if let Some(frames_text) = parts.get(3) {
        let (frames, sub) = frames_text.split_once('.').unwrap_or((frames_text, ""));
        let frames = digits(frames, 2)?;
        if frames >= rates.frame_base {
            return None;
        }
        // frames / effective rate, plus sub-frames / (sub-frame rate × effective rate).
        let (rate_num, rate_den) = rates.frame;
        total = total.add(Seconds::new(frames * rate_den, rate_num))?;
        if !sub.is_empty() {
            let sub = digits(sub, 1)?;
            if sub >= rates.sub_frame {
                return None;
            }
            total = total.add(Seconds::new(sub * rate_den, rate_num * rates.sub_frame))?;
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::{EncodingSource, TextEncoding};

    fn decoded(text: &str) -> Decoded {
        Decoded {
            text: text.to_string(),
            encoding: TextEncoding::UTF_8,
            bom: false,
            source: EncodingSource::ValidUtf8,
            had_errors: false,
        }
    }

    fn doc(body: &str, params: &str) -> Document {
        let text = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\" \
             xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\" xmlns:tts=\"http://www.w3.org/ns/ttml#styling\" \
             {params}>\n<head><styling><style xml:id=\"it\" tts:fontStyle=\"italic\"/>\
             <style xml:id=\"it2\" style=\"it\"/></styling>\
             <layout><region xml:id=\"top\" tts:origin=\"10% 5%\" tts:extent=\"80% 20%\" tts:displayAlign=\"before\"/>\
             <region xml:id=\"bottom\" tts:origin=\"10% 75%\" tts:extent=\"80% 20%\" tts:displayAlign=\"after\"/>\
             </layout></head>\n<body>\n<div>\n{body}\n</div>\n</body>\n</tt>\n"
        );
        parse(&decoded(&text)).expect("reads")
    }

    fn times(doc: &Document) -> Vec<(u64, u64)> {
        doc.cues.iter().map(|c| (c.start.ms(), c.end.ms())).collect()
    }

    fn error(body: &str, params: &str) -> Error {
        let text = format!(
            "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\" {params}>\n\
             <body>\n<div>\n{body}\n</div>\n</body>\n</tt>\n"
        );
        parse(&decoded(&text)).expect_err("refused")
    }

    #[test]
    fn clock_and_offset_times() {
        let d = doc(
            "<p begin=\"00:00:01.500\" end=\"00:00:02.250\">a</p>\n\
             <p begin=\"12.5s\" dur=\"500ms\">b</p>\n\
             <p begin=\"1m\" end=\"0.02h\">c</p>",
            "",
        );
        assert_eq!(times(&d), [(1500, 2250), (12_500, 13_000), (60_000, 72_000)]);
    }

    #[test]
    fn frames_with_a_multiplier_and_ticks() {
        // 24 × 1000/1001 = 23.976 fps: frame 12 is at 12 × 1001/24000 s = 500.5 ms → 501.
        let d = doc(
            "<p begin=\"00:00:01:12\" end=\"30f\">a</p>\n<p begin=\"24f\" end=\"00:00:02:00\">b</p>",
            "ttp:frameRate=\"24\" ttp:frameRateMultiplier=\"1000 1001\"",
        );
        assert_eq!(times(&d), [(1501, 1251), (1001, 2000)]);
        // Ticks at 10 MHz, and the default tick rate (the effective frame rate).
        let d = doc("<p begin=\"10000000t\" end=\"25000000t\">a</p>", "ttp:tickRate=\"10000000\"");
        assert_eq!(times(&d), [(1000, 2500)]);
        let d = doc("<p begin=\"25t\" end=\"50t\">a</p>", "ttp:frameRate=\"25\"");
        assert_eq!(times(&d), [(1000, 2000)]);
        // 30 × 1000/1001 = 29.97 fps.
        let d = doc(
            "<p begin=\"00:01:00:00\" end=\"00:01:00:15\">a</p>",
            "ttp:frameRate=\"30\" ttp:frameRateMultiplier=\"1000 1001\"",
        );
        assert_eq!(times(&d), [(60_000, 60_501)]);
    }

    #[test]
    fn nested_timing_counts_from_the_div() {
        let text = "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body begin=\"10s\"><div begin=\"5s\" end=\"20s\">\
                    <p begin=\"1s\" end=\"2s\">a</p><p begin=\"3s\">b</p><p begin=\"4s\" end=\"30s\">c</p>\
                    </div></body></tt>";
        let d = parse(&decoded(text)).expect("reads");
        assert_eq!(times(&d), [(16_000, 17_000), (18_000, 30_000), (19_000, 30_000)]);
        assert!(cannot_rewrite_times(&d).is_some());
    }

    #[test]
    fn text_styles_breaks_and_regions() {
        let d = doc(
            "<p begin=\"1s\" end=\"2s\" region=\"top\">\n   ¿Adónde vas?<br/>\n   <span tts:fontStyle=\"italic\">A El Paso</span> &amp; más\n</p>\n\
             <p begin=\"3s\" end=\"4s\" style=\"it2\" region=\"bottom\">Uno<br/>dos</p>\n\
             <p begin=\"5s\" end=\"6s\"><span style=\"it\">Tres</span> <span tts:fontWeight=\"bold\">cuatro</span></p>",
            "",
        );
        let texts: Vec<String> = d.cues.iter().map(|c| c.text(&d)).collect();
        assert_eq!(
            texts,
            ["{\\an8}¿Adónde vas?\n<i>A El Paso</i> & más", "<i>Uno</i>\n<i>dos</i>", "<i>Tres</i> <b>cuatro</b>"]
        );
        assert!(cannot_rewrite_times(&d).is_none());
    }

    #[test]
    fn findings_map_back_to_the_xml() {
        let d = doc("<p begin=\"1s\" end=\"2s\">\n  Hola &amp; adiós</p>", "");
        let cue = &d.cues[0];
        let line = &cue.lines[0];
        let text = d.slice(&line.span);
        assert_eq!(text, "Hola & adiós");
        let at = text.find("adiós").expect("word");
        let mut findings = vec![d.diagnostic(
            "x",
            crate::diagnostic::Severity::Warning,
            line.span.start + at..line.span.end,
            Some(1),
            "m",
        )];
        d.locate_in_origin(&mut findings);
        let xml = d.origin_text();
        assert_eq!(&xml[findings[0].span.clone()], "adiós");
        assert_eq!(
            (findings[0].line, findings[0].column),
            (xml[..findings[0].span.start].matches('\n').count() + 1, 14)
        );
        // The timing line maps to the begin attribute.
        let mut findings =
            vec![d.diagnostic("x", crate::diagnostic::Severity::Warning, cue.timing.start_span.clone(), Some(1), "m")];
        d.locate_in_origin(&mut findings);
        assert!(xml[findings[0].span.start..].starts_with("1s\""));
    }

    #[test]
    fn unsupported_input_names_the_line() {
        assert_eq!(error("<p begin=\"1s\">a</p>", "").line, Some(4));
        assert_eq!(error("<p begin=\"1x\" end=\"2s\">a</p>", "").line, Some(4));
        assert_eq!(error("<p begin=\"00:00:01:30\" end=\"2s\">a</p>", "ttp:frameRate=\"30\"").line, Some(4));
        assert_eq!(error("<p begin=\"1s\" end=\"2s\"><span begin=\"1s\">a</span></p>", "").line, Some(4));
        assert_eq!(error("<p>a</p>", "ttp:timeBase=\"smpte\"").line, Some(1));
        let malformed =
            parse(&decoded("<tt xmlns=\"http://www.w3.org/ns/ttml\">\n<body>\n<p>a</div>\n</tt>")).expect_err("bad");
        assert_eq!(malformed.line, Some(3));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = format!("<p begin=\"1s\" end=\"2s\">{}a{}</p>", "<span>".repeat(100_000), "</span>".repeat(100_000));
        assert_eq!(error(&deep, "").localized.map(|m| m.id), Some("error-ttml-too-deep"));
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_ttml(
            "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- x -->\n<tt xmlns=\"http://www.w3.org/ns/ttml\">"
        ));
        assert!(looks_like_ttml("<tt:tt xmlns:tt=\"http://www.w3.org/ns/ttml\">"));
        assert!(!looks_like_ttml("<html xmlns=\"http://www.w3.org/ns/ttml\">"));
        assert!(!looks_like_ttml("1\n00:00:01,000 --> 00:00:02,000\n<tt xmlns=\"http://www.w3.org/ns/ttml\">\n"));
    }

    #[test]
    fn retime_rewrites_attributes_only() {
        let d =
            doc("<p begin=\"00:00:01:12\" end=\"2s\">a</p>\n<p begin=\"3s\" dur=\"1s\">b</p>", "ttp:frameRate=\"25\"");
        let out = rewrite_times(&d, d.origin.as_deref().expect("ttml"), |cue| {
            let shift = |t: Timestamp| Timestamp::from_ms(t.ms() + 1000).unwrap_or_default();
            crate::srt::Rewrite::Times(shift(cue.start), shift(cue.end))
        });
        assert!(
            out.contains(
                "<p begin=\"00:00:02.480\" end=\"00:00:03.000\">a</p>\n<p begin=\"00:00:04.000\" dur=\"1s\">b</p>"
            ),
            "{out}"
        );
    }
}
