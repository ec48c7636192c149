//! Aligning two files' cues by time, not by index: one cue may map to several.
//!
//! Both cue lists are sorted by start and swept once with a linked list of "live" cues of the
//! second file, so the work is linear in the number of cues plus the number of overlaps, even
//! when one cue spans a long stretch of the other file.
use crate::srt::{Cue, Document};

/// Sentinel for "no cue" in the sweep's linked list.
const NONE: usize = usize::MAX;

/// A time range in milliseconds, `start < end` (zero-length cues are widened to 1 ms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Start in ms.
    pub start: i64,
    /// End in ms.
    pub end: i64,
}

impl Span {
    /// The span of a cue.
    pub fn of(cue: &Cue) -> Span {
        let start = cue.start.signed();
        Span { start, end: cue.end.signed().max(start + 1) }
    }

    /// Duration in ms (at least 1).
    pub fn duration(self) -> i64 {
        self.end - self.start
    }
}

/// One aligned group: cues of A and cues of B that overlap each other (a connected set).
///
/// Indices are into each document's `cues`, in time order. A 1:1 pair has one of each; a
/// translator's merge is several A cues and one B cue (or the other way round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Cues of the first file.
    pub a: Vec<usize>,
    /// Cues of the second file.
    pub b: Vec<usize>,
}

impl Group {
    /// Whether this is a plain 1:1 pair.
    pub fn is_pair(&self) -> bool {
        self.a.len() == 1 && self.b.len() == 1
    }
}

/// How two cue lists line up.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Aligned groups, ordered by their earliest start.
    pub groups: Vec<Group>,
    /// For each A cue: the index of its group, or `None` when it is aligned to nothing.
    pub a_group: Vec<Option<usize>>,
    /// For each B cue: the index of its group, or `None`.
    pub b_group: Vec<Option<usize>>,
    /// A cues that no B cue overlaps at all (indices, in time order).
    pub a_alone: Vec<usize>,
    /// B cues that no A cue overlaps at all (indices, in time order).
    pub b_alone: Vec<usize>,
}

/// Call `f(a_index, b_index, overlap_ms)` for every pair of overlapping spans, in order of A's
/// starts. Linear in `a.len() + b.len()` plus the number of overlaps.
pub fn for_each_overlap(a: &[Span], b: &[Span], mut f: impl FnMut(usize, usize, i64)) {
    let a_order = sorted_order(a);
    let b_order = sorted_order(b);
    // A singly linked list, in B-start order, of B cues that may still overlap a later A cue.
    let mut next = vec![NONE; b_order.len()];
    let (mut head, mut tail) = (NONE, NONE);
    let mut appended = 0;
    for &ai in &a_order {
        let span = a[ai];
        while let Some(&bi) = b_order.get(appended) {
            if b[bi].start >= span.end {
                break;
            }
            if tail == NONE {
                head = appended;
            } else {
                next[tail] = appended;
            }
            tail = appended;
            appended += 1;
        }
        let (mut prev, mut cur) = (NONE, head);
        while cur != NONE {
            let bi = b_order[cur];
            let other = b[bi];
            if other.start >= span.end {
                break;
            }
            let after = next[cur];
            if other.end <= span.start {
                // Ends before this A cue starts, so before every later one: unlink it for good.
                if prev == NONE {
                    head = after;
                } else {
                    next[prev] = after;
                }
                if tail == cur {
                    tail = prev;
                }
            } else {
                f(ai, bi, other.end.min(span.end) - other.start.max(span.start));
                prev = cur;
            }
            cur = after;
        }
    }
}

/// Indices of `spans` sorted by (start, end), stable.
fn sorted_order(spans: &[Span]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].start, spans[i].end));
    order
}

/// Align two documents' cues by time.
pub fn align(a: &Document, b: &Document) -> Alignment {
    let a_spans: Vec<Span> = a.cues.iter().map(Span::of).collect();
    let b_spans: Vec<Span> = b.cues.iter().map(Span::of).collect();
    align_spans(&a_spans, &b_spans)
}

/// Align two lists of spans.
///
/// Two cues are linked when they overlap by at least half of the shorter one: a neighbour that
/// only grazes a cue because one file's timing is a few frames off is not a counterpart. A cue
/// whose overlaps are all grazes is linked to the one it overlaps most, so a badly timed cue is
/// still paired (and reported as a timing mismatch) rather than called missing. Linked cues form
/// groups (connected components).
pub fn align_spans(a: &[Span], b: &[Span]) -> Alignment {
    let (na, nb) = (a.len(), b.len());
    let mut edges: Vec<(usize, usize)> = Vec::new();
    let mut a_best: Vec<Option<(i64, usize)>> = vec![None; na];
    let mut b_best: Vec<Option<(i64, usize)>> = vec![None; nb];
    let mut a_linked = vec![false; na];
    let mut b_linked = vec![false; nb];
    for_each_overlap(a, b, |ai, bi, overlap| {
        let shorter = a[ai].duration().min(b[bi].duration());
        if overlap * 2 >= shorter {
            edges.push((ai, bi));
            a_linked[ai] = true;
            b_linked[bi] = true;
        }
        if a_best[ai].is_none_or(|(best, _)| overlap > best) {
            a_best[ai] = Some((overlap, bi));
        }
        if b_best[bi].is_none_or(|(best, _)| overlap > best) {
            b_best[bi] = Some((overlap, ai));
        }
    });
    for (ai, best) in a_best.iter().enumerate() {
        if let (false, Some((_, bi))) = (a_linked[ai], best) {
            edges.push((ai, *bi));
        }
    }
    for (bi, best) in b_best.iter().enumerate() {
        if let (false, Some((_, ai))) = (b_linked[bi], best) {
            edges.push((*ai, bi));
        }
    }

    // Connected components over A (0..na) and B (na..na+nb).
    let mut sets = DisjointSets::new(na + nb);
    for &(ai, bi) in &edges {
        sets.union(ai, na + bi);
    }
    let mut root_group: Vec<Option<usize>> = vec![None; na + nb];
    let mut groups: Vec<Group> = Vec::new();
    let mut a_group = vec![None; na];
    let mut b_group = vec![None; nb];
    for ai in sorted_order(a) {
        if a_best[ai].is_none() {
            continue;
        }
        let root = sets.find(ai);
        let g = *root_group[root].get_or_insert_with(|| {
            groups.push(Group { a: Vec::new(), b: Vec::new() });
            groups.len() - 1
        });
        groups[g].a.push(ai);
        a_group[ai] = Some(g);
    }
    for bi in sorted_order(b) {
        if b_best[bi].is_none() {
            continue;
        }
        // Every B cue with an overlap has an edge to some A cue, so its group exists.
        if let Some(g) = root_group[sets.find(na + bi)] {
            groups[g].b.push(bi);
            b_group[bi] = Some(g);
        }
    }
    // Groups were numbered by their first A cue; order them by their earliest start overall.
    let key = |g: &Group| {
        let a_start = g.a.first().map_or(i64::MAX, |&i| a[i].start);
        let b_start = g.b.first().map_or(i64::MAX, |&i| b[i].start);
        a_start.min(b_start)
    };
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| key(&groups[g]));
    let mut renumber = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        renumber[old] = new;
    }
    let mut sorted: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    let groups: Vec<Group> = order.iter().filter_map(|&old| sorted[old].take()).collect();
    for g in a_group.iter_mut().chain(b_group.iter_mut()).flatten() {
        *g = renumber[*g];
    }
    let a_alone = sorted_order(a).into_iter().filter(|&i| a_best[i].is_none()).collect();
    let b_alone = sorted_order(b).into_iter().filter(|&i| b_best[i].is_none()).collect();
    Alignment { groups, a_group, b_group, a_alone, b_alone }
}

/// Union-find with path halving and union by size.
struct DisjointSets {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        DisjointSets { parent: (0..n).collect(), size: vec![1; n] }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, x: usize, y: usize) {
        let (mut x, mut y) = (self.find(x), self.find(y));
        if x == y {
            return;
        }
        if self.size[x] < self.size[y] {
            std::mem::swap(&mut x, &mut y);
        }
        self.parent[y] = x;
        self.size[x] += self.size[y];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(list: &[(i64, i64)]) -> Vec<Span> {
        list.iter().map(|&(start, end)| Span { start, end }).collect()
    }

    fn overlaps(a: &[Span], b: &[Span]) -> Vec<(usize, usize, i64)> {
        let mut out = Vec::new();
        for_each_overlap(a, b, |i, j, o| out.push((i, j, o)));
        out.sort_unstable();
        out
    }

    #[test]
    fn sweep_finds_exactly_the_overlapping_pairs() {
        let a = spans(&[(0, 10_000), (1000, 2000), (5000, 6000), (20_000, 21_000)]);
        let b = spans(&[(500, 1500), (1900, 5100), (9000, 12_000), (12_000, 13_000), (21_000, 22_000)]);
        let mut brute = Vec::new();
        for (i, x) in a.iter().enumerate() {
            for (j, y) in b.iter().enumerate() {
                let o = x.end.min(y.end) - x.start.max(y.start);
                if o > 0 {
                    brute.push((i, j, o));
                }
            }
        }
        brute.sort_unstable();
        assert_eq!(overlaps(&a, &b), brute);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(200))]
        #[test]
        fn sweep_matches_brute_force(
            a in proptest::collection::vec((0i64..5_000, 1i64..2_000), 0..40),
            b in proptest::collection::vec((0i64..5_000, 1i64..2_000), 0..40),
        ) {
            let a: Vec<Span> = a.into_iter().map(|(s, d)| Span { start: s, end: s + d }).collect();
            let b: Vec<Span> = b.into_iter().map(|(s, d)| Span { start: s, end: s + d }).collect();
            let mut brute = Vec::new();
            for (i, x) in a.iter().enumerate() {
                for (j, y) in b.iter().enumerate() {
                    let o = x.end.min(y.end) - x.start.max(y.start);
                    if o > 0 {
                        brute.push((i, j, o));
                    }
                }
            }
            brute.sort_unstable();
            proptest::prop_assert_eq!(overlaps(&a, &b), brute);
        }
    }

    #[test]
    fn unsorted_input_is_handled() {
        let a = spans(&[(5000, 6000), (0, 1000)]);
        let b = spans(&[(0, 1000), (5000, 6000)]);
        assert_eq!(overlaps(&a, &b), vec![(0, 1, 1000), (1, 0, 1000)]);
    }

    #[test]
    fn merged_cue_forms_one_group_and_grazes_do_not_link() {
        // A: three cues; B merges A's first two and its last cue starts 200 ms late.
        let a = spans(&[(1000, 2900), (3000, 4900), (5000, 7000)]);
        let b = spans(&[(1000, 4900), (5200, 7200), (9000, 9500)]);
        let al = align_spans(&a, &b);
        assert_eq!(al.groups, vec![Group { a: vec![0, 1], b: vec![0] }, Group { a: vec![2], b: vec![1] }]);
        assert_eq!(al.b_alone, vec![2]);
        assert!(al.a_alone.is_empty());
    }

    #[test]
    fn a_cue_that_only_grazes_is_paired_with_its_best_overlap() {
        let a = spans(&[(1000, 3000)]);
        let b = spans(&[(2600, 5000)]);
        let al = align_spans(&a, &b);
        assert_eq!(al.groups, vec![Group { a: vec![0], b: vec![0] }]);
    }
}
