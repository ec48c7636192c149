//! Usage errors (an unknown option, a bad value, a missing argument) in the interface language.
//!
//! clap words its errors in English. In English they are printed as clap renders them (with its
//! colours); in another language they are rebuilt here from the error's kind and context, with
//! the same shape: the error line, a list of possible values, a tip, the usage, and where to read
//! more. Help and version output is not an error and is printed as clap renders it.
use clap::error::{ContextKind, ContextValue, ErrorKind};
use dejamos::msg;
use dejamos::ui::{Message, UiLang, render};

/// Print `err` as the run's outcome: help and version on stdout, usage errors on stderr in
/// `lang`.
pub fn print(err: &clap::Error, lang: UiLang) {
    if lang == UiLang::English || !err.use_stderr() || err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        let _ = err.print();
        return;
    }
    eprint!("{}", text(err, lang));
}

/// The text of usage error `err` in `lang`, ending with a newline.
pub fn text(err: &clap::Error, lang: UiLang) -> String {
    let say = |message: Message| render(lang, &message);
    let mut out = render(lang, &msg!("cli-error-label"));
    out.push(' ');
    out.push_str(&say(headline(err)));
    if let Some(values) = strings(err, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        out.push_str("\n  ");
        out.push_str(&say(msg!("clap-possible-values", values = values.join(", "))));
    }
    if let Some(commands) = strings(err, ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
        out.push_str("\n  ");
        out.push_str(&say(msg!("clap-commands", commands = commands.join(", "))));
    }
    let mut tips = Vec::new();
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let similar = match err.get(kind) {
            Some(ContextValue::String(one)) => vec![one.clone()],
            Some(ContextValue::Strings(many)) => many.clone(),
            _ => Vec::new(),
        };
        if !similar.is_empty() {
            let quoted: Vec<String> = similar.iter().map(|s| format!("`{s}`")).collect();
            tips.push(say(msg!("clap-did-you-mean", similar = quoted.join(", "))));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = err.get(ContextKind::Suggested) {
        for suggestion in suggestions {
            tips.push(suggestion_text(&suggestion.to_string(), lang));
        }
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str("\n  ");
            out.push_str(&say(msg!("clap-tip", text = tip)));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, rest)| rest);
        out.push_str("\n\n");
        out.push_str(&say(msg!("help-usage-heading")));
        out.push(' ');
        out.push_str(usage);
    }
    out.push_str("\n\n");
    out.push_str(&say(msg!("clap-more-information")));
    out.push('\n');
    out
}

/// The first line's message: what was wrong, from the error's kind and context.
fn headline(err: &clap::Error) -> Message {
    let string = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let number = |kind| match err.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    match (err.kind(), arg, value) {
        (ErrorKind::UnknownArgument, Some(arg), _) => msg!("clap-unknown-argument", arg = arg),
        (ErrorKind::InvalidSubcommand, _, _) => {
            msg!("clap-unknown-command", command = string(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) if value.is_empty() => msg!("clap-value-missing", arg = arg),
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => msg!("clap-invalid-value", arg = arg, value = value),
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let reason = std::error::Error::source(err).map(ToString::to_string).unwrap_or_default();
            msg!("clap-invalid-value-because", arg = arg, value = value, reason = reason)
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            let missing = strings(err, ContextKind::InvalidArg).unwrap_or_default();
            let quoted: Vec<String> = missing.iter().map(|s| format!("`{s}`")).collect();
            msg!("clap-missing-arguments", count = missing.len(), arguments = quoted.join(", "))
        }
        (ErrorKind::MissingSubcommand, _, _) => {
            msg!("clap-missing-command", command = string(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        (ErrorKind::ArgumentConflict, Some(arg), _) => match err.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => msg!("clap-argument-repeated", arg = arg),
            Some(ContextValue::String(prior)) => {
                msg!("clap-argument-conflict", arg = arg, other = format!("`{prior}`"))
            }
            Some(ContextValue::Strings(prior)) => {
                let quoted: Vec<String> = prior.iter().map(|s| format!("`{s}`")).collect();
                msg!("clap-argument-conflict", arg = arg, other = quoted.join(", "))
            }
            _ => msg!("clap-argument-conflict-others", arg = arg),
        },
        (ErrorKind::NoEquals, Some(arg), _) => msg!("clap-no-equals", arg = arg),
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => msg!("clap-too-many-values", arg = arg, value = value),
        (ErrorKind::TooFewValues, Some(arg), _) => msg!(
            "clap-too-few-values",
            arg = arg,
            expected = number(ContextKind::MinValues).unwrap_or(0),
            given = number(ContextKind::ActualNumValues).unwrap_or(0)
        ),
        (ErrorKind::WrongNumberOfValues, Some(arg), _) => msg!(
            "clap-wrong-number-of-values",
            arg = arg,
            expected = number(ContextKind::ExpectedNumValues).unwrap_or(0),
            given = number(ContextKind::ActualNumValues).unwrap_or(0)
        ),
        (ErrorKind::InvalidUtf8, _, _) => msg!("clap-invalid-utf8"),
        _ => msg!("clap-invalid-usage"),
    }
}

/// The strings of context `kind`, when it holds a list.
fn strings(err: &clap::Error, kind: ContextKind) -> Option<Vec<String>> {
    match err.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list.clone()),
        _ => None,
    }
}

/// A suggestion clap wrote in English: the one it makes for a value that looks like an option
/// (`to pass '-o' as a value, use '-- -o'`) reworded; any other kept as clap wrote it.
fn suggestion_text(english: &str, lang: UiLang) -> String {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [value, escaped] if english.starts_with("to pass ") => {
            render(lang, &msg!("clap-tip-escape", value = *value, escaped = *escaped))
        }
        _ => english.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn spanish_error(args: &[&str]) -> String {
        let command = crate::cli::ui::localize(crate::cli::Cli::command(), UiLang::Spanish);
        match command.try_get_matches_from(args) {
            Err(err) => text(&err, UiLang::Spanish),
            Ok(_) => panic!("{args:?} parsed"),
        }
    }

    #[test]
    fn usage_errors_read_in_spanish() {
        let unknown = spanish_error(&["dejamos", "check", "--formt", "json", "a.srt"]);
        assert!(unknown.starts_with("error: argumento desconocido: `--formt`\n"), "{unknown}");
        assert!(unknown.contains("sugerencia: ¿quisiste decir `--format`?"), "{unknown}");
        assert!(unknown.contains("Uso: dejamos check [OPCIONES] <RUTA>..."), "{unknown}");
        assert!(unknown.ends_with("Para más información, usa `--help`.\n"), "{unknown}");
        let value = spanish_error(&["dejamos", "check", "--format", "jsn", "a.srt"]);
        assert!(value.contains("valor no válido `jsn` para `--format <FORMATO>`"), "{value}");
        assert!(value.contains("[valores posibles: human, concise, json"), "{value}");
        let missing = spanish_error(&["dejamos", "retime"]);
        assert!(missing.contains("falta un argumento obligatorio: `<ENTRADA>`"), "{missing}");
        let command = spanish_error(&["dejamos", "chek"]);
        assert!(command.contains("comando desconocido: `chek`"), "{command}");
        let escape = spanish_error(&["dejamos", "pair", "a.srt", "-o", "x"]);
        assert!(escape.contains("para pasar `-o` como valor, usa `-- -o`"), "{escape}");
        for text in [unknown, value, missing, command, escape] {
            for english in ["Usage:", "For more", "tip:", "unexpected", "invalid value", "required", "possible values"]
            {
                assert!(!text.contains(english), "English left: {english:?} in {text}");
            }
        }
    }
}
