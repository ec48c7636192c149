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

const TITLE: Arg = Arg { name: "title", sample: Sample::Str("What We Leave Behind") };
// not user-facing: the film's original title, in Spanish, as a sample argument
const ORIGINAL_TITLE: Arg = Arg { name: "original-title", sample: Sample::Str("Lo que dejamos atrás") };
const DIRECTOR: Arg = Arg { name: "director", sample: Sample::Str("Iliana Sosa") };
const GENDER: Arg = Arg { name: "gender", sample: Sample::Str("female") };
const COUNT: Arg = Arg { name: "count", sample: Sample::Num(2.0) };
const AWARD: Arg = Arg { name: "award", sample: Sample::Str("Fandor New Voices Award") };
const FESTIVAL: Arg = Arg { name: "festival", sample: Sample::Str("SXSW") };
const DATE: Arg = Arg { name: "date", sample: Sample::Date("2022-03-11") };

const fn message(id: &'static str, args: &'static [Arg]) -> MessageArgs {
    MessageArgs { id, args }
}

/// Every message that takes arguments. Messages not listed take none.
///
/// Role messages (`role-<id>`) all take `$gender` (the gender every person of the group shares,
/// `other` when any is unstated) and `$count` (how many people share the role); the list names
/// every role the shipped locales define. `$gender` is `female`, `male` or `other`; titles arrive already marked for
/// italics; `$date` is an ISO date for `DATETIME`; counts and runtime parts are numbers.
pub const MESSAGE_ARGS: &[MessageArgs] = &[
    message("document-title", &[TITLE]),
    message("byline", &[DIRECTOR]),
    message("section-bio", &[GENDER]),
    message("section-statement", &[GENDER]),
    message("details-countries-of-origin", &[COUNT]),
    message("details-countries-of-filming", &[COUNT]),
    message("details-languages", &[COUNT]),
    message(
        "runtime",
        &[
            Arg { name: "total", sample: Sample::Num(72.0) },
            Arg { name: "hours", sample: Sample::Num(1.0) },
            Arg { name: "minutes", sample: Sample::Num(12.0) },
        ],
    ),
    message("date-long", &[DATE]),
    message("role-director", &[GENDER, COUNT]),
    message("role-producer", &[GENDER, COUNT]),
    message("role-co-producer", &[GENDER, COUNT]),
    message("role-executive-producer", &[GENDER, COUNT]),
    message("role-editor", &[GENDER, COUNT]),
    message("role-writer", &[GENDER, COUNT]),
    message("role-cinematographer", &[GENDER, COUNT]),
    message("role-sound", &[GENDER, COUNT]),
    message("role-composer", &[GENDER, COUNT]),
    message(
        "festival-place",
        &[
            Arg { name: "city", sample: Sample::Str("Austin, Texas") },
            Arg { name: "country", sample: Sample::Str("United States") },
        ],
    ),
    message("festival-premiere-dated", &[Arg { name: "premiere", sample: Sample::Str("World Premiere") }, DATE]),
    message("distribution-distributor", &[COUNT]),
    message("distribution-sales-agent", &[COUNT]),
    message("distribution-territories", &[COUNT]),
    message("logline", &[DIRECTOR]),
    message("synopsis-medium", &[DIRECTOR]),
    message("synopsis-long", &[TITLE, DIRECTOR]),
    message("award-highlight", &[AWARD, FESTIVAL]),
    message("award-highlight-dated", &[AWARD, FESTIVAL, Arg { name: "year", sample: Sample::Str("2022") }]),
    message("bio", &[DIRECTOR, TITLE]),
    message("statement", &[TITLE, ORIGINAL_TITLE]),
];

/// The declared arguments of `id`, or an empty list.
pub fn args_of(id: &str) -> &'static [Arg] {
    MESSAGE_ARGS.iter().find(|m| m.id == id).map_or(&[], |m| m.args)
}
