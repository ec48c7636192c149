//! Arguments: the `$variables` of each message against the arguments the code passes.
//!
//! The code declares the arguments of every message in one table
//! ([`crate::press::args::MESSAGE_ARGS`]); [`ArgsSpec`] is that table as data, so tests can pass
//! their own. A message sees the arguments passed to it and, because Fluent message references
//! inherit the caller's arguments, those passed to every message that references it.
use super::model::{Entry, Kind, Locale, Node, Sink, message_refs, offset_in, variables, walk_entry};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A sample value an argument is rendered with.
#[derive(Debug, Clone, PartialEq)]
pub enum SampleValue {
    /// A string (a name, or a gender key such as `female`).
    Str(String),
    /// A number (plural selection).
    Num(f64),
    /// A date `YYYY-MM-DD`, passed as a string to `DATETIME`.
    Date(String),
}

impl From<crate::press::args::Sample> for SampleValue {
    fn from(sample: crate::press::args::Sample) -> Self {
        use crate::press::args::Sample;
        match sample {
            Sample::Str(s) => SampleValue::Str(s.to_string()),
            Sample::Num(n) => SampleValue::Num(n),
            Sample::Date(d) => SampleValue::Date(d.to_string()),
        }
    }
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgSpec {
    /// The variable name without `$`.
    pub name: String,
    /// The value the rendering check uses.
    pub sample: SampleValue,
}

/// The arguments the code passes to each message id. Messages not listed receive none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArgsSpec {
    messages: BTreeMap<String, Vec<ArgSpec>>,
}

impl ArgsSpec {
    /// An empty table: no message receives arguments.
    pub fn new() -> Self {
        ArgsSpec::default()
    }

    /// The press renderer's table, [`crate::press::args::MESSAGE_ARGS`].
    pub fn from_press() -> Self {
        let mut spec = ArgsSpec::new();
        for message in crate::press::args::MESSAGE_ARGS {
            let args = message.args.iter().map(|a| ArgSpec { name: a.name.to_string(), sample: a.sample.into() });
            spec.messages.entry(message.id.to_string()).or_default().extend(args);
        }
        spec
    }

    /// Add the arguments of message `id` (builder style, for tests and other callers).
    pub fn with(mut self, id: &str, args: &[(&str, SampleValue)]) -> Self {
        let list = self.messages.entry(id.to_string()).or_default();
        list.extend(args.iter().map(|(name, sample)| ArgSpec { name: (*name).to_string(), sample: sample.clone() }));
        self
    }

    /// The arguments passed to `id` (empty when it is not listed).
    pub fn args(&self, id: &str) -> &[ArgSpec] {
        self.messages.get(id).map_or(&[], Vec::as_slice)
    }

    /// The sample of argument `name` of message `id`.
    pub fn sample(&self, id: &str, name: &str) -> Option<&SampleValue> {
        self.args(id).iter().find(|a| a.name == name).map(|a| &a.sample)
    }

    /// Every listed message id with its arguments.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[ArgSpec])> {
        self.messages.iter().map(|(id, args)| (id.as_str(), args.as_slice()))
    }
}

/// The arguments each message of `locale` can see: its own, plus (transitively) those of every
/// message that references it.
pub(crate) fn visible_arguments<'s>(locale: &Locale<'_, 's>, args: &ArgsSpec) -> HashMap<&'s str, BTreeSet<String>> {
    let mut visible: HashMap<&'s str, BTreeSet<String>> =
        locale.messages().map(|m| (m.name, args.args(m.name).iter().map(|a| a.name.clone()).collect())).collect();
    let edges: Vec<(&'s str, Vec<&'s str>)> = locale.messages().map(|m| (m.name, message_refs(m))).collect();
    // A fixed point: every round can only add names, and there are finitely many.
    loop {
        let mut changed = false;
        for (caller, callees) in &edges {
            let inherited = visible.get(caller).cloned().unwrap_or_default();
            for callee in callees {
                if let Some(target) = visible.get_mut(callee) {
                    for name in &inherited {
                        changed |= target.insert(name.clone());
                    }
                }
            }
        }
        if !changed {
            break visible;
        }
    }
}

/// The variables a message uses, directly or through the messages it references.
pub(crate) fn transitive_variables<'s>(locale: &Locale<'_, 's>, entry: &Entry<'_, 's>) -> BTreeSet<&'s str> {
    reachable_messages(locale, entry)
        .into_iter()
        .filter_map(|name| locale.get(Kind::Message, name))
        .flat_map(|message| variables(message))
        .collect()
}

/// The message itself and every message it references, transitively (cycles are cut).
pub(crate) fn reachable_messages<'s>(locale: &Locale<'_, 's>, entry: &Entry<'_, 's>) -> BTreeSet<&'s str> {
    let mut seen: BTreeSet<&'s str> = BTreeSet::new();
    let mut stack = vec![entry.name];
    while let Some(name) = stack.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(message) = locale.get(Kind::Message, name) {
            stack.extend(message_refs(message));
        }
    }
    seen
}

/// Report `$variables` the code never passes to the message that uses them; returns them as
/// (message, variable) pairs.
pub(crate) fn check_unknown(locale: &Locale<'_, '_>, args: &ArgsSpec, sink: &mut Sink) -> Vec<(String, String)> {
    let visible = visible_arguments(locale, args);
    let mut unknown = Vec::new();
    for message in locale.messages() {
        let Some(file) = locale.file(message.file) else { continue };
        let passed = visible.get(message.name).cloned().unwrap_or_default();
        let mut reported: Vec<&str> = Vec::new();
        walk_entry(message, &mut |node| {
            let Node::Variable(name) = node else { return };
            if passed.contains(name) || reported.contains(&name) {
                return;
            }
            reported.push(name);
            unknown.push((message.name.to_string(), name.to_string()));
            let end = offset_in(file.text, name).map_or(message.offset, |o| o + name.len());
            let start = end.saturating_sub(name.len() + 1);
            let known = if passed.is_empty() {
                "the code passes it no arguments".to_string()
            } else {
                let list: Vec<String> = passed.iter().map(|p| format!("${p}")).collect();
                format!("the code passes {}", list.join(", "))
            };
            sink.push(
                "unknown-argument",
                locale,
                message.file,
                start..end,
                Some(message.key()),
                format!("`${name}` is never passed to `{}`: {known}", message.name),
            );
        });
    }
    unknown
}

/// Report arguments the code passes to a message that no locale uses.
pub(crate) fn check_unused(locales: &[Locale<'_, '_>], reference: &Locale<'_, '_>, args: &ArgsSpec, sink: &mut Sink) {
    for (id, list) in args.iter() {
        let Some(message) = reference.get(Kind::Message, id) else { continue };
        let used: BTreeSet<&str> = locales
            .iter()
            .filter_map(|l| l.get(Kind::Message, id).map(|m| transitive_variables(l, m)))
            .flatten()
            .collect();
        for arg in list.iter().filter(|a| !used.contains(a.name.as_str())) {
            sink.at_entry(
                "unused-argument",
                reference,
                message,
                format!("the code passes `${}` to `{id}`, but no locale uses it", arg.name),
            );
        }
    }
}
