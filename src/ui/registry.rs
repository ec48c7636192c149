//! Every message id the code uses, with the arguments it passes: the build script collects
//! them from the `msg!` calls under `src/`, so `locales check` can hold the interface bundles
//! to the code.

/// A message id the code renders and the names of the arguments it passes (the union over
/// every place that uses it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UsedMessage {
    /// The message id.
    pub id: &'static str,
    /// Argument names, sorted.
    pub args: &'static [&'static str],
    /// `file:line` of the first use, for findings.
    pub at: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/ui_messages.rs"));
