//! The arguments each Fluent message receives, declared in one place.
//!
//! The renderer passes exactly these, and `dejamos locales check` uses the same table to find
//! variables the code never passes and sample values to render every message with.

/// A sample value for an argument, used when the linter renders every message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sample {
    /// A string (names, gender keys such as `female`).
    Str(&'static str),
    /// A number (plural selection).
    Num(f64),
    /// A date `YYYY-MM-DD`, passed to `DATETIME`.
    Date(&'static str),
}

/// One argument of a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arg {
    /// The variable name without `$`.
    pub name: &'static str,
    /// A value to render with.
    pub sample: Sample,
}

/// The arguments of one message (or term) id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MessageArgs {
    /// The message id.
    pub id: &'static str,
    /// Its arguments.
    pub args: &'static [Arg],
}

/// Every message that takes arguments. Messages not listed take none.
pub const MESSAGE_ARGS: &[MessageArgs] = &[];

/// The declared arguments of `id`, or an empty list.
pub fn args_of(id: &str) -> &'static [Arg] {
    MESSAGE_ARGS.iter().find(|m| m.id == id).map_or(&[], |m| m.args)
}
