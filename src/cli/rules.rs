//! `dejamos rules`: the rule catalogue, or one rule's documentation.
use super::{GlobalArgs, Outcome, RulesFormat, print_stdout};
use dejamos::check::{docs, rules, select};
use dejamos::error::Error;

/// Run the command.
pub fn run(args: &super::RulesArgs, _global: &GlobalArgs) -> Result<Outcome, Error> {
    let catalogue = rules::catalogue();
    let text = match &args.name {
        None => match args.format {
            RulesFormat::Text => docs::table(&catalogue),
            RulesFormat::Md => docs::markdown(&catalogue),
            RulesFormat::Json => docs::json(&catalogue),
        },
        Some(name) => {
            let wanted = name.trim().to_ascii_lowercase();
            let Some(rule) = catalogue.iter().find(|r| r.name == wanted) else {
                let hint = select::did_you_mean(&wanted, catalogue.iter().map(|r| r.name));
                return Err(Error::usage(format!("unknown rule `{}`{hint}", name.trim())));
            };
            match args.format {
                RulesFormat::Text => docs::text(rule),
                RulesFormat::Md => docs::markdown_rule(rule),
                RulesFormat::Json => docs::json(std::slice::from_ref(rule)),
            }
        }
    };
    print_stdout(&text)?;
    Ok(Outcome::Success)
}
