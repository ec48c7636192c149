//! The interface language on the command line: choosing it before clap parses (so `--help` is
//! in it too), and `--help` itself in Spanish.
//!
//! The English help is the clap declarations' doc comments in `args.rs`, the one source; the
//! Spanish is `locales/ui/es-MX/help.ftl`, keyed by where the text sits in the command tree:
//! `help-about` (the program), `help-CMD-about` (a command; nested ones joined with `-`), and
//! `help-CMD-ARG` for an argument (the root's global arguments are `help-ARG`), with its long
//! help as the attribute `.long`. A text missing in Spanish stays English (`locales check`
//! reports it).
use clap::{Arg, ArgAction, Command};
use dejamos::msg;
use dejamos::ui::{UiLang, lookup, render};
use std::ffi::OsString;

/// The value of `--ui-lang` in `args`, if given, read before clap parses (`--ui-lang TAG`,
/// `--ui-lang=TAG`), so that `--help` and usage errors already speak the language.
pub fn given_tag(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            found = iter.next().and_then(|v| v.to_str()).map(str::to_string);
        } else if let Some(value) = arg.strip_prefix("--ui-lang=") {
            found = Some(value.to_string());
        }
    }
    found
}

/// The interface language for a run with `args`: `--ui-lang`, else the environment; a tag that
/// is not one is left for clap's value parser to refuse.
pub fn choose(args: &[OsString]) -> UiLang {
    let given = given_tag(args);
    UiLang::from_env(given.as_deref()).or_else(|_| UiLang::from_env(None)).map(|(lang, _)| lang).unwrap_or_default()
}

/// The help id of `path` (command names from the root, without `dejamos`) and `arg`.
pub fn help_id(path: &[String], arg: Option<&str>) -> String {
    let mut id = String::from("help");
    for name in path {
        id.push('-');
        id.push_str(name);
    }
    match arg {
        Some(arg) => {
            id.push('-');
            id.push_str(&arg.replace('_', "-"));
        }
        None => id.push_str("-about"),
    }
    id
}

/// Every help text of `command` that has an id: `(id, English text)`, in tree order. The
/// built-in `help` and `version` flags are worded by [`localize`] itself.
pub fn help_texts(command: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(command, &mut Vec::new(), &mut out);
    out
}

fn walk(command: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
    if let Some(about) = command.get_about() {
        out.push((help_id(path, None), about.to_string()));
    }
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.is_hide_set() || id == "help" || id == "version" || (!path.is_empty() && arg.is_global_set()) {
            continue;
        }
        let text = arg.get_long_help().or(arg.get_help()).map(ToString::to_string).unwrap_or_default();
        let key = help_id(path, Some(id));
        for value in arg.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
            if let Some(help) = value.get_help() {
                out.push((format!("{key}-{}", value.get_name()), help.to_string()));
            }
        }
        out.push((key, text));
    }
    for sub in command.get_subcommands() {
        path.push(sub.get_name().to_string());
        walk(sub, path, out);
        path.pop();
    }
}

/// `command` with its help in `lang`: about lines, arguments, headings, and the built-in
/// `-h`/`-V` flags. English is left as declared, with one line on how the language is chosen.
pub fn localize(command: Command, lang: UiLang) -> Command {
    let command = with_language_line(command, &render(lang, &msg!("help-language-line")));
    if lang == UiLang::English {
        return command;
    }
    let english = value_names(&command);
    let command = localize_tree(command, &mut Vec::new(), lang, true);
    with_usage(command, lang, &english)
}

/// `name` (a value name such as `FILE`) as `lang` writes it: `help-value-FILE` (`ARCHIVO`).
fn value_name(lang: UiLang, name: &str) -> String {
    lookup(lang, &value_name_id(name)).unwrap_or_else(|| name.to_string())
}

/// The message id of value name `name`: `help-value-FILE`, `help-value-FROM-to-TO` for
/// `FROM..TO`, `help-value-CUE-eq-TIME` for `CUE=TIME` (Fluent ids hold no `.` or `=`).
pub fn value_name_id(name: &str) -> String {
    format!("help-value-{}", name.replace("..", "-to-").replace('=', "-eq-").replace('_', "-"))
}

/// Every value name of `command`'s tree, as clap writes them (`FILE`, `A..B`).
pub fn value_names(command: &Command) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    for arg in command.get_arguments().filter(|a| a.get_action().takes_values()) {
        match arg.get_value_names() {
            Some(given) => names.extend(given.iter().map(ToString::to_string)),
            None => {
                names.insert(arg.get_id().as_str().to_uppercase());
            }
        }
    }
    for sub in command.get_subcommands() {
        names.extend(value_names(sub));
    }
    names
}

/// `command` whose usage lines (clap writes `[OPTIONS]` and the value names itself) read in
/// `lang`: each command's usage is rendered once from the localized tree, then reworded.
fn with_usage(command: Command, lang: UiLang, english: &std::collections::BTreeSet<String>) -> Command {
    let mut built = command.clone();
    built.build();
    let options = render(lang, &msg!("help-usage-options"));
    let mut usages = Vec::new();
    collect_usages(&mut built, &mut Vec::new(), (&options, english), lang, &mut usages);
    let mut command = command;
    for (path, usage) in usages {
        command = set_usage(command, &path, usage);
    }
    command
}

fn collect_usages(
    command: &mut Command,
    path: &mut Vec<String>,
    (options, english): (&str, &std::collections::BTreeSet<String>),
    lang: UiLang,
    out: &mut Vec<(Vec<String>, String)>,
) {
    let rendered = command.render_usage().to_string();
    let usage = rendered.split_once(": ").map_or(rendered.as_str(), |(_, rest)| rest);
    // An `override_usage` is English text: its `<NAME>`s are reworded here too.
    let mut usage = usage.replace("[OPTIONS]", &format!("[{options}]"));
    for name in english {
        usage = usage.replace(&format!("<{name}>"), &format!("<{}>", value_name(lang, name)));
    }
    out.push((path.clone(), usage));
    for sub in command.get_subcommands_mut() {
        path.push(sub.get_name().to_string());
        collect_usages(sub, path, (options, english), lang, out);
        path.pop();
    }
}

fn set_usage(command: Command, path: &[String], usage: String) -> Command {
    match path.split_first() {
        None => command.override_usage(usage),
        Some((first, rest)) => command.mut_subcommand(first, |sub| set_usage(sub, rest, usage)),
    }
}

/// `command` and every command under it with `line` after their help.
fn with_language_line(command: Command, line: &str) -> Command {
    command.after_help(line.to_string()).mut_subcommands(|sub| with_language_line(sub, line))
}

fn localize_tree(mut command: Command, path: &mut Vec<String>, lang: UiLang, root: bool) -> Command {
    let about_id = help_id(path, None);
    if let Some(about) = lookup(lang, &about_id) {
        command = command.about(about);
    }
    let at = path.clone();
    command = command.mut_args(|arg| localize_arg(arg, &at, lang, root));
    let heading = render(lang, &msg!("help-heading-commands"));
    command = command
        .subcommand_help_heading(heading)
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            render(lang, &msg!("help-usage-heading"))
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(render(lang, &msg!("help-flag-help")))
                .help_heading(render(lang, &msg!("help-heading-options"))),
        );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(render(lang, &msg!("help-flag-version")))
                .help_heading(render(lang, &msg!("help-heading-options"))),
        );
    }
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        path.push(name.clone());
        let inner_path = path.clone();
        command = command.mut_subcommand(&name, |sub| localize_tree(sub, &mut inner_path.clone(), lang, false));
        path.pop();
    }
    command
}

fn localize_arg(arg: Arg, path: &[String], lang: UiLang, root: bool) -> Arg {
    let id = arg.get_id().as_str().to_string();
    // Global arguments are declared once, on the root.
    let owner: &[String] = if arg.is_global_set() && !root { &[] } else { path };
    let key = help_id(owner, Some(&id));
    let heading = if arg.is_positional() { msg!("help-heading-arguments") } else { msg!("help-heading-options") };
    let mut arg = arg.help_heading(render(lang, &heading));
    if arg.get_action().takes_values() {
        let names: Vec<String> = match arg.get_value_names() {
            Some(given) => given.iter().map(|n| value_name(lang, n.as_str())).collect(),
            None => vec![value_name(lang, &id.to_uppercase())],
        };
        arg = arg.value_names(names);
    }
    let english = arg.get_long_help().or(arg.get_help()).map(ToString::to_string);
    let (short, mut long) = match lookup(lang, &key) {
        Some(short) => {
            let long = dejamos::ui::lookup_attribute(lang, &key, "long").unwrap_or_else(|| short.clone());
            (Some(short), long)
        }
        None => (None, english.unwrap_or_default()),
    };
    // clap writes "Possible values" and "default" itself, in English: say them here instead.
    let takes_values = arg.get_action().takes_values();
    let values: Vec<_> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        if values.iter().all(|v| v.get_help().is_some()) {
            let width = values.iter().map(|v| v.get_name().chars().count()).max().unwrap_or(0) + 1;
            let lines: Vec<String> = values
                .iter()
                .map(|v| {
                    let help = lookup(lang, &format!("{key}-{}", v.get_name()))
                        .or_else(|| v.get_help().map(ToString::to_string))
                        .unwrap_or_default();
                    format!("- {:<width$} {help}", format!("{}:", v.get_name()))
                })
                .collect();
            long = format!("{long}\n\n{}\n{}", render(lang, &msg!("help-possible-values")), lines.join("\n"));
        } else {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            long = format!("{long}\n{}", render(lang, &msg!("help-possible-values-inline", values = names.join(", "))));
        }
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        long = format!("{long}\n{}", render(lang, &msg!("help-default", value = defaults.join(", "))));
        arg = arg.hide_default_value(true);
    }
    if let Some(short) = short {
        arg = arg.help(short);
    }
    arg.long_help(long)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_tag_is_found_before_parsing() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(given_tag(&args(&["dejamos", "check", "--ui-lang", "es", "a.srt"])), Some("es".into()));
        assert_eq!(given_tag(&args(&["dejamos", "--ui-lang=en", "check"])), Some("en".into()));
        assert_eq!(given_tag(&args(&["dejamos", "check", "--", "--ui-lang"])), None);
    }

    #[test]
    fn every_help_text_has_a_spanish_translation() {
        let missing: Vec<String> = help_texts(&crate::cli::Cli::command())
            .into_iter()
            .filter(|(id, _)| lookup(UiLang::Spanish, id).is_none())
            .map(|(id, text)| format!("{id} = {}", text.replace('\n', " ")))
            .collect();
        assert!(missing.is_empty(), "add to locales/ui/es-MX/help.ftl:\n{}", missing.join("\n"));
    }

    #[test]
    fn every_value_name_has_a_spanish_form() {
        let missing: Vec<String> = value_names(&crate::cli::Cli::command())
            .into_iter()
            .filter(|name| lookup(UiLang::Spanish, &value_name_id(name)).is_none())
            .collect();
        assert!(missing.is_empty(), "add help-value-NAME to locales/ui/es-MX/help.ftl: {missing:?}");
    }

    #[test]
    fn the_spanish_command_is_consistent() {
        localize(crate::cli::Cli::command(), UiLang::Spanish).debug_assert();
    }
}
