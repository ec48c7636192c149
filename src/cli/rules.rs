//! `dejamos rules`: the rule catalogue of every command, or one rule's documentation.
use super::{GlobalArgs, Outcome, RulesFormat, print_stdout};
use dejamos::check::{docs, profile, rules, select};
use dejamos::error::Error;
use dejamos::msg;

/// Run the command.
pub fn run(args: &super::RulesArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let catalogue = rules::catalogue();
    if let Some(name) = &args.profile {
        let text = if name.trim().eq_ignore_ascii_case("all") {
            match args.format {
                RulesFormat::Md => profile::markdown_all(),
                _ => profile::describe_all_in(global.ui),
            }
        } else {
            let Some(found) = profile::Profile::parse(name) else {
                let known: Vec<&str> = profile::Profile::ALL.iter().map(|p| p.name()).collect();
                return Err(Error::usage(format!("unknown profile `{}`: use all, {}", name.trim(), known.join(", "))));
            };
            match args.format {
                RulesFormat::Md => found.spec().markdown(),
                _ => found.spec().describe_in(global.ui),
            }
        };
        print_stdout(&text)?;
        return Ok(Outcome::Success);
    }
    let lang = global.ui;
    let text = match &args.name {
        None => match args.format {
            RulesFormat::Text => format!(
                "{}\n{}\n{}",
                docs::table_in(&catalogue, lang),
                dejamos::ui::render(lang, &msg!("rules-profiles-text")),
                profile::describe_all_in(lang)
            ),
            RulesFormat::Md => format!(
                "{}\n### {}\n\n{}",
                docs::markdown_in(&catalogue, lang),
                dejamos::ui::render(lang, &msg!("rules-profiles-md")),
                profile::markdown_all()
            ),
            RulesFormat::Json => docs::json(&catalogue),
        },
        Some(name) => {
            // A name two commands share prints both rules, in catalogue order.
            let wanted = name.trim().to_ascii_lowercase();
            let found: Vec<_> = catalogue.iter().filter(|r| r.name == wanted).copied().collect();
            if found.is_empty() {
                let hint = select::did_you_mean(&wanted, catalogue.iter().map(|r| r.name));
                let message = msg!("rules-unknown", name = name.trim(), hint = hint);
                return Err(Error::usage(dejamos::ui::render(lang, &message)));
            }
            match args.format {
                RulesFormat::Text => found.iter().map(|r| docs::text_in(r, lang)).collect::<Vec<_>>().join("\n"),
                RulesFormat::Md => found.iter().map(|r| docs::markdown_rule_in(r, lang)).collect::<Vec<_>>().join("\n"),
                RulesFormat::Json => docs::json(&found),
            }
        }
    };
    print_stdout(&text)?;
    Ok(Outcome::Success)
}
