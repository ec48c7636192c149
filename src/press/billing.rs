//! The order in which credits are billed, per language.
//!
//! Credits are grouped by function (every person with the same role on one line) and the
//! groups follow the billing order of the copy's language:
//!
//! - Spanish (*ficha técnica*, as Mexican festivals and the Ariel awards list it): Dirección,
//!   Producción, Producción ejecutiva, Coproducción, Guion, Fotografía, Edición, Sonido,
//!   Música original.
//! - English (the US billing block read top-down, as press kits list it): Director, Writer,
//!   Producer, Executive Producer, Co-Producer, Director of Photography, Editor, Sound,
//!   Composer.
//!
//! A role that is not in the list keeps its `film.toml` order, after every listed role. Within
//! a group, people keep their `film.toml` order.

/// Spanish billing order (role ids).
pub const SPANISH: &[&str] = &[
    "director",
    "producer",
    "executive-producer",
    "co-producer",
    "writer",
    "cinematographer",
    "editor",
    "sound",
    "composer",
];

/// US English billing order (role ids); also used for every other language.
pub const ENGLISH: &[&str] = &[
    "director",
    "writer",
    "producer",
    "executive-producer",
    "co-producer",
    "cinematographer",
    "editor",
    "sound",
    "composer",
];

/// The billing order for a locale tag (`es-MX` → [`SPANISH`], anything else → [`ENGLISH`]).
pub fn order_for(locale: &str) -> &'static [&'static str] {
    let language = locale.split(['-', '_']).next().unwrap_or(locale);
    if language.eq_ignore_ascii_case("es") { SPANISH } else { ENGLISH }
}

/// The position of `role` in `order`; unlisted roles sort after every listed one.
pub fn rank(order: &[&str], role: &str) -> usize {
    order.iter().position(|r| *r == role).unwrap_or(order.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_puts_production_before_the_script_and_english_the_writer_first() {
        assert!(rank(order_for("es-MX"), "producer") < rank(order_for("es-MX"), "writer"));
        assert!(rank(order_for("en-US"), "writer") < rank(order_for("en-US"), "producer"));
        assert_eq!(rank(order_for("en-GB"), "gaffer"), ENGLISH.len());
    }
}
