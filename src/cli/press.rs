//! `dejamos press`: render the film's press copy in one or every locale.
use super::{GlobalArgs, Outcome, PressArgs, PressFormat, PressSection};
use dejamos::error::Error;
use dejamos::fsutil;
use dejamos::press::catalog::{self, Catalog};
use dejamos::press::compose::Section;
use dejamos::press::{self, Format};

fn sections(choice: PressSection) -> Vec<Section> {
    let one = match choice {
        PressSection::All => return Section::ALL.to_vec(),
        PressSection::Logline => Section::Logline,
        PressSection::Synopsis => Section::Synopsis,
        PressSection::Awards => Section::Awards,
        PressSection::Contacts => Section::Contacts,
        PressSection::Credits => Section::Credits,
        PressSection::Details => Section::Details,
        PressSection::Festivals => Section::Festivals,
        PressSection::Distribution => Section::Distribution,
        PressSection::Bio => Section::Bio,
        PressSection::Statement => Section::Statement,
    };
    vec![one]
}

fn format(choice: PressFormat) -> Format {
    match choice {
        PressFormat::Text => Format::Text,
        PressFormat::Md => Format::Markdown,
        PressFormat::Html => Format::Html,
        PressFormat::Json => Format::Json,
    }
}

/// Run the command.
pub fn run(args: &PressArgs, global: &GlobalArgs) -> Result<Outcome, Error> {
    let catalog = match &args.locales {
        Some(dir) => Catalog::from_dir(dir, global.max_size)?,
        None => Catalog::embedded()?,
    };
    let negotiated = catalog::negotiate(&args.lang, &catalog.available())
        .map_err(|problem| Error::usage(format!("--lang: {}", dejamos::ui::render(super::lang(), &problem))))?;
    if let Some(warning) = &negotiated.warning {
        super::warn(&dejamos::ui::render(super::lang(), warning));
    }
    if negotiated.locales.is_empty() {
        return Err(Error::usage("no locale to render"));
    }
    let sections = sections(args.section);
    let options = press::compose::Options { all_fields: args.all_fields };
    let copies = press::compose_all(&catalog, &negotiated.locales, &sections, options)?;
    let format = format(args.format);
    let output = if args.stats {
        press::render_stats(&copies, &catalog.facts.limits, format)
    } else {
        let alternates: Vec<String> = catalog.available().iter().map(ToString::to_string).collect();
        press::render(&copies, format, args.section == PressSection::All, &alternates)
    };
    match &args.output {
        Some(path) => fsutil::write_output(path, output.as_bytes())?,
        None => super::print_stdout(&output)?,
    }
    Ok(Outcome::Success)
}
