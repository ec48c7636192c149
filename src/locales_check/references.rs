//! Reference chains: which patterns of a locale cannot be formatted because their references
//! run into a cycle or expand more placeables than Fluent resolves, found without formatting.
//!
//! Fluent stops a pattern after [`MAX_PLACEABLES`] placeables, and on every reference it
//! compares the referenced pattern with each one on the current path (by value): a message at
//! the head of a chain of thousands costs about [`MAX_PLACEABLES`]² deep comparisons to fail,
//! which made `locales check` take seconds per 10,000 messages. Here every pattern's count is
//! found once, memoised, by an iterative walk (no recursion: a chain of a million references
//! does not overflow the stack), so the whole locale costs one pass over its references.
//!
//! The count is a lower bound of what Fluent resolves: the placeables written in the pattern
//! itself plus, for each placeable that is a message or term reference, the referenced pattern's
//! count (placeables inside select variants count one each, their variants are not followed).
//! A pattern whose bound is over the limit, or whose direct references come back to it, is sure
//! to fail; the others are left to Fluent.
use super::model::{Kind, Locale};
use fluent_syntax::ast;
use std::collections::HashMap;

/// The most placeables Fluent resolves for one pattern (`fluent_bundle`'s resolver limit).
pub(crate) const MAX_PLACEABLES: usize = 100;

/// A pattern: a message's or term's value (`None`) or one of its attributes.
type Key<'s> = (Kind, &'s str, Option<&'s str>);

/// Why a pattern cannot be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refused {
    /// Its references lead back to a pattern already on the way: the reference as written.
    Cycle(String),
    /// It expands more than [`MAX_PLACEABLES`] placeables.
    TooManyPlaceables,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// On the walk's stack.
    Open,
    /// Placeables, saturated at one over the limit.
    Count(usize),
    /// Reaches a cycle, entered at this pattern.
    Cyclic(usize),
}

/// The patterns of one locale that are sure to fail, with why.
pub(crate) struct Chains<'s> {
    refused: HashMap<Key<'s>, Refused>,
}

impl<'s> Chains<'s> {
    /// Walk every pattern of `locale` once.
    pub fn new(locale: &Locale<'_, 's>) -> Chains<'s> {
        // Patterns by key, with their direct references and own placeables.
        let mut patterns: HashMap<Key<'s>, (usize, Vec<Key<'s>>)> = HashMap::new();
        for entry in locale.unique() {
            for (attribute, pattern) in entry.patterns() {
                patterns.insert((entry.kind, entry.name, attribute.map(|a| a.name)), direct(pattern));
            }
        }
        let mut keys: Vec<Key<'s>> = patterns.keys().copied().collect();
        keys.sort_unstable();
        let index: HashMap<Key<'s>, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        let mut state: Vec<Option<State>> = vec![None; keys.len()];
        let no_refs = (0, Vec::new());
        for root in 0..keys.len() {
            if state.get(root).copied().flatten().is_some() {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            if let Some(s) = state.get_mut(root) {
                *s = Some(State::Open);
            }
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let Some(key) = keys.get(node) else { break };
                let (_, refs) = patterns.get(key).unwrap_or(&no_refs);
                if let Some(child) = refs.get(*next).and_then(|k| index.get(k)).copied() {
                    *next += 1;
                    if state.get(child).copied().flatten().is_none() {
                        if let Some(s) = state.get_mut(child) {
                            *s = Some(State::Open);
                        }
                        stack.push((child, 0));
                    }
                    continue;
                }
                if *next < refs.len() {
                    // A reference to a pattern that does not exist: left to Fluent.
                    *next += 1;
                    continue;
                }
                stack.pop();
                let (own, refs) = patterns.get(key).unwrap_or(&no_refs);
                let mut total = *own;
                let mut cyclic = None;
                for child in refs.iter().filter_map(|k| index.get(k)) {
                    match state.get(*child).copied().flatten() {
                        Some(State::Count(n)) => total = total.saturating_add(n),
                        Some(State::Open) => cyclic = cyclic.or(Some(*child)),
                        Some(State::Cyclic(at)) => cyclic = cyclic.or(Some(at)),
                        None => {}
                    }
                }
                if let Some(s) = state.get_mut(node) {
                    *s = Some(match cyclic {
                        Some(at) => State::Cyclic(at),
                        None => State::Count(total.min(MAX_PLACEABLES + 1)),
                    });
                }
            }
        }
        let mut refused = HashMap::new();
        for (i, key) in keys.iter().enumerate() {
            match state.get(i).copied().flatten() {
                Some(State::Cyclic(at)) => {
                    let shown = keys.get(at).map(show).unwrap_or_default();
                    refused.insert(*key, Refused::Cycle(shown));
                }
                Some(State::Count(n)) if n > MAX_PLACEABLES => {
                    refused.insert(*key, Refused::TooManyPlaceables);
                }
                _ => {}
            }
        }
        Chains { refused }
    }

    /// Why message `name`'s value (`attribute` `None`) or attribute cannot be formatted, if it
    /// is sure to fail.
    pub fn refused(&self, name: &'s str, attribute: Option<&'s str>) -> Option<&Refused> {
        self.refused.get(&(Kind::Message, name, attribute))
    }
}

/// A pattern's own placeables and the patterns its placeables reference directly.
fn direct<'s>(pattern: &ast::Pattern<&'s str>) -> (usize, Vec<Key<'s>>) {
    let mut own = 0;
    let mut refs = Vec::new();
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else { continue };
        own += 1;
        match expression {
            ast::Expression::Inline(ast::InlineExpression::MessageReference { id, attribute }) => {
                refs.push((Kind::Message, id.name, attribute.as_ref().map(|a| a.name)));
            }
            ast::Expression::Inline(ast::InlineExpression::TermReference { id, attribute, .. }) => {
                refs.push((Kind::Term, id.name, attribute.as_ref().map(|a| a.name)));
            }
            _ => {}
        }
    }
    (own, refs)
}

/// A pattern as a reference writes it: `name`, `-term`, `name.attribute`.
fn show(key: &Key<'_>) -> String {
    let dash = if key.0 == Kind::Term { "-" } else { "" };
    match key.2 {
        Some(attribute) => format!("{dash}{}.{attribute}", key.1),
        None => format!("{dash}{}", key.1),
    }
}
