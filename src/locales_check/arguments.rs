//! Arguments: the `$variables` of each message against the arguments the code passes.
//!
//! The code declares the arguments of every message in one table
//! ([`crate::press::args::MESSAGE_ARGS`]); [`ArgsSpec`] is that table as data, so tests can pass
//! their own. A message sees the arguments passed to it and, because Fluent message references
//! inherit the caller's arguments, those passed to every message that references it.
use super::model::{Kind, Locale, Node, Sink, message_refs, offset_in, variables, walk_entry};
use crate::msg;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

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

/// How arguments flow through one locale's messages, computed once per locale: which messages
/// each references, which variables each uses transitively, and which arguments each can see.
pub(crate) struct Flow<'s> {
    refs: HashMap<&'s str, Vec<&'s str>>,
    transitive: HashMap<&'s str, BTreeSet<&'s str>>,
    visible: HashMap<&'s str, BTreeSet<String>>,
}

impl<'s> Flow<'s> {
    /// Analyse `locale` against the argument table.
    pub fn new(locale: &Locale<'_, 's>, args: &ArgsSpec) -> Self {
        let direct: HashMap<&'s str, BTreeSet<&'s str>> =
            locale.messages().map(|m| (m.name, variables(m).into_iter().collect())).collect();
        let refs: HashMap<&'s str, Vec<&'s str>> = locale
            .messages()
            .map(|m| (m.name, message_refs(m).into_iter().filter(|r| direct.contains_key(r)).collect()))
            .collect();
        let transitive = transitive_closure(&direct, &refs);
        let visible = visible_closure(locale, args, &refs);
        Flow { refs, transitive, visible }
    }

    /// The variables message `name` uses, directly or through the messages it references.
    pub fn variables(&self, name: &str) -> Option<&BTreeSet<&'s str>> {
        self.transitive.get(name)
    }

    /// The arguments message `name` can see: its own plus those of every message that
    /// references it, transitively (Fluent message references inherit the caller's arguments).
    pub fn visible(&self, name: &str) -> Option<&BTreeSet<String>> {
        self.visible.get(name)
    }

    /// Message `name` and every message it references, transitively.
    pub fn reachable(&self, name: &'s str) -> BTreeSet<&'s str> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![name];
        while let Some(next) = stack.pop() {
            if seen.insert(next) {
                stack.extend(self.refs.get(next).into_iter().flatten().copied());
            }
        }
        seen
    }
}

/// Transitive variables by an iterative depth-first walk with memoisation (linear in the size of
/// the reference graph; a message in a cycle sees what was finished before the cycle closed, and
/// the cycle itself is a rendering error).
fn transitive_closure<'s>(
    direct: &HashMap<&'s str, BTreeSet<&'s str>>,
    refs: &HashMap<&'s str, Vec<&'s str>>,
) -> HashMap<&'s str, BTreeSet<&'s str>> {
    let mut done: HashMap<&'s str, BTreeSet<&'s str>> = HashMap::new();
    let mut open: BTreeSet<&'s str> = BTreeSet::new();
    let no_refs = Vec::new();
    let mut roots: Vec<&'s str> = direct.keys().copied().collect();
    roots.sort_unstable();
    for root in roots {
        if done.contains_key(root) {
            continue;
        }
        let mut stack: Vec<(&'s str, usize)> = vec![(root, 0)];
        open.insert(root);
        while let Some((name, index)) = stack.last_mut() {
            let name = *name;
            let children = refs.get(name).unwrap_or(&no_refs);
            if let Some(&child) = children.get(*index) {
                *index += 1;
                if !done.contains_key(child) && open.insert(child) {
                    stack.push((child, 0));
                }
                continue;
            }
            stack.pop();
            open.remove(name);
            let mut set = direct.get(name).cloned().unwrap_or_default();
            for child in children {
                if let Some(more) = done.get(child) {
                    set.extend(more.iter().copied());
                }
            }
            done.insert(name, set);
        }
    }
    done
}

/// Visible arguments by a work list: when a message's set grows, its callees are revisited.
fn visible_closure<'s>(
    locale: &Locale<'_, 's>,
    args: &ArgsSpec,
    refs: &HashMap<&'s str, Vec<&'s str>>,
) -> HashMap<&'s str, BTreeSet<String>> {
    let mut visible: HashMap<&'s str, BTreeSet<String>> =
        locale.messages().map(|m| (m.name, args.args(m.name).iter().map(|a| a.name.clone()).collect())).collect();
    let mut queue: VecDeque<&'s str> =
        locale.messages().filter(|m| visible.get(m.name).is_some_and(|v| !v.is_empty())).map(|m| m.name).collect();
    while let Some(caller) = queue.pop_front() {
        let inherited = visible.get(caller).cloned().unwrap_or_default();
        for &callee in refs.get(caller).into_iter().flatten() {
            if let Some(target) = visible.get_mut(callee) {
                let before = target.len();
                target.extend(inherited.iter().cloned());
                if target.len() > before {
                    queue.push_back(callee);
                }
            }
        }
    }
    visible
}

/// Variables the code never passes: variable name → the messages that use it.
pub(crate) type Unknown = HashMap<String, HashSet<String>>;

/// Report `$variables` the code never passes to the message that uses them; returns them.
pub(crate) fn check_unknown(locale: &Locale<'_, '_>, flow: &Flow<'_>, sink: &mut Sink) -> Unknown {
    let mut unknown = Unknown::new();
    for message in locale.messages() {
        let Some(file) = locale.file(message.file) else { continue };
        let passed = flow.visible(message.name).cloned().unwrap_or_default();
        let mut reported: Vec<&str> = Vec::new();
        walk_entry(message, &mut |node| {
            let Node::Variable(name) = node else { return };
            if passed.contains(name) || reported.contains(&name) {
                return;
            }
            reported.push(name);
            unknown.entry(name.to_string()).or_default().insert(message.name.to_string());
            let end = offset_in(file.text, name).map_or(message.offset, |o| o + name.len());
            let start = end.saturating_sub(name.len() + 1);
            let known = if passed.is_empty() {
                msg!("locales-passes-nothing")
            } else {
                let list: Vec<String> = passed.iter().map(|p| format!("${p}")).collect();
                msg!("locales-passes", list = list.join(", "))
            };
            sink.push(
                "unknown-argument",
                locale,
                message.file,
                start..end,
                Some(message.key()),
                msg!("locales-unknown-argument", name = name, id = message.name, known = known),
            );
        });
    }
    unknown
}

/// Report arguments the code passes to a message that no locale uses.
pub(crate) fn check_unused(
    locales: &[Locale<'_, '_>],
    flows: &[Flow<'_>],
    reference: &Locale<'_, '_>,
    args: &ArgsSpec,
    sink: &mut Sink,
) {
    for (id, list) in args.iter() {
        let Some(message) = reference.get(Kind::Message, id) else { continue };
        let used: BTreeSet<&str> = locales
            .iter()
            .zip(flows)
            .filter(|(l, _)| l.get(Kind::Message, id).is_some())
            .filter_map(|(_, flow)| flow.variables(id))
            .flatten()
            .copied()
            .collect();
        for arg in list.iter().filter(|a| !used.contains(a.name.as_str())) {
            sink.at_entry(
                "unused-argument",
                reference,
                message,
                msg!("locales-unused-argument", name = arg.name.as_str(), id = id),
            );
        }
    }
}
