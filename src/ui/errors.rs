//! Errors in the interface language: the library builds an [`Error`] from a message id
//! ([`error`]) and the binary words it in the language chosen ([`error_line`]).
use super::{Message, UiLang, render};
use crate::error::Error;

/// Give the core the English wording of messages, for the `message` (and `Display`) of errors it
/// builds from message ids. Idempotent; the binary calls it first thing, and [`error`] does.
pub fn install() {
    crate::error::set_english(english);
}

fn english(message: &Message) -> String {
    render(UiLang::English, message)
}

/// An error said by `message`, its `message` field the English wording: place it with
/// [`Error::in_file`] and [`Error::on_line`].
pub fn error(message: Message) -> Error {
    install();
    Error::new(message)
}

/// `err` as its one line, `FILE:LINE: message`, in `lang` (an error worded by the binary stays
/// as it was worded).
pub fn error_line(lang: UiLang, err: &Error) -> String {
    match err.localized.as_deref() {
        Some(message) => err.line_with(&render(lang, message)),
        None => err.line_with(&err.message),
    }
}

/// The message of `err` (without file and line) in `lang`.
pub fn error_message(lang: UiLang, err: &Error) -> String {
    match err.localized.as_deref() {
        Some(message) => render(lang, message),
        None => err.message.clone(),
    }
}

/// The message of `err` as a [`Message`] to nest in another one (`Arg::Msg`): its id when it has
/// one, else its text as it was worded.
pub fn error_as_message(err: &Error) -> Message {
    match err.localized.as_deref() {
        Some(message) => message.clone(),
        None => crate::msg!("error-text", text = err.message.clone()),
    }
}
