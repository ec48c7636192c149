//! Searching a line for a closing byte from many starting points without rescanning it.
//!
//! Markup readers ask, at every `{` or `<` of a line, where the next `}` or `>` is. Searching the
//! rest of the line each time is quadratic when the closing byte never comes (a line of a
//! million `{\an8` without a `}` took minutes). [`NextByte`] remembers the answer: as the
//! starting points move forward, each search starts where the previous one stopped, so the whole
//! line is read once.

/// The first position of one byte at or after a starting point, for starting points that only
/// move forward (a smaller one is answered too, by searching again).
#[derive(Debug, Clone, Copy)]
pub struct NextByte {
    byte: u8,
    /// Where the last search started.
    from: usize,
    /// What it found: the first `byte` at or after `from`, or `None` if there is none. Any
    /// later start at or before the found position has the same answer.
    found: Option<usize>,
    /// Whether a search has run yet.
    searched: bool,
}

impl NextByte {
    /// A search for `byte`.
    pub fn new(byte: u8) -> NextByte {
        NextByte { byte, from: 0, found: None, searched: false }
    }

    /// The first position of the byte in `haystack` at or after `at`. Call it with the same
    /// haystack every time.
    pub fn at_or_after(&mut self, haystack: &[u8], at: usize) -> Option<usize> {
        if self.searched && at >= self.from {
            match self.found {
                // None after `from`, so none after `at`.
                None => return None,
                Some(found) if found >= at => return Some(found),
                Some(_) => {}
            }
        }
        self.searched = true;
        self.from = at;
        self.found = haystack.get(at..).and_then(|rest| memchr::memchr(self.byte, rest)).map(|p| at + p);
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_a_fresh_search_from_any_start() {
        let text = b"{a}{{b}c{";
        for order in [(0..=text.len()).collect::<Vec<_>>(), (0..=text.len()).rev().collect()] {
            let mut next = NextByte::new(b'}');
            for at in order {
                let fresh = text.get(at..).and_then(|rest| rest.iter().position(|&b| b == b'}')).map(|p| at + p);
                assert_eq!(next.at_or_after(text, at), fresh, "from {at}");
            }
        }
    }

    #[test]
    fn a_line_without_the_byte_is_read_once() {
        // Quadratic if every start searched to the end: 5 × 10^11 byte reads, minutes.
        let text = "{".repeat(1_000_000);
        let mut next = NextByte::new(b'}');
        let found = (0..text.len()).filter(|&at| next.at_or_after(text.as_bytes(), at).is_some()).count();
        assert_eq!(found, 0);
    }
}
