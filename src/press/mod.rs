//! Press copy: the film's facts and Fluent bundles rendered as text, Markdown, HTML and JSON.
pub mod args;
pub mod fluent;
