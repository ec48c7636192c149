//! Markup `press` does not understand: only `<i>`, `<i lang="…">` and `</i>` become italics;
//! anything else that looks like a tag (`<b>`, `<br/>`, `<em>`) would be printed literally.
use crate::msg;
use std::sync::LazyLock;

use regex::Regex;

use super::model::{Locale, Node, Sink, offset_in, walk};

static TAG: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>").ok());

/// Whether `tag` is markup the press renderer reads.
fn supported(tag: &str) -> bool {
    tag == "<i>" || tag == "</i>" || (tag.starts_with("<i lang=\"") && tag.ends_with("\">"))
}

/// Check the text of every message and term.
pub(crate) fn check(locale: &Locale<'_, '_>, sink: &mut Sink) {
    let Some(re) = TAG.as_ref() else { return };
    for entry in locale.unique() {
        let Some(file) = locale.file(entry.file) else { continue };
        for (_, pattern) in entry.patterns() {
            walk(pattern, &mut |node| {
                let Node::Text(text) = node else { return };
                let Some(base) = offset_in(file.text, text) else { return };
                for m in re.find_iter(text).filter(|m| !supported(m.as_str())) {
                    sink.push(
                        "unsupported-markup",
                        locale,
                        entry.file,
                        base + m.start()..base + m.end(),
                        Some(entry.key()),
                        msg!("locales-unsupported-markup", tag = m.as_str()),
                    );
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_italics_are_supported() {
        assert!(supported("<i>") && supported("</i>") && supported("<i lang=\"en\">"));
        assert!(!supported("<b>") && !supported("<em>"));
        let re = TAG.as_ref().expect("regex");
        let found: Vec<&str> = re.find_iter("a <b>x</b> < c <i>y</i> <br/>").map(|m| m.as_str()).collect();
        assert_eq!(found, ["<b>", "</b>", "<i>", "</i>", "<br/>"]);
    }
}
