//! The plural categories a locale's bundle really selects.
//!
//! fluent-rs ships its own CLDR plural rules (intl_pluralrules, CLDR 37), which differ from newer
//! CLDR: Spanish has `one` and `other` there, while ICU4X adds `many`. Rather than keep a table
//! that could drift, the categories are read off a bundle built by the renderer's own factory,
//! by formatting a probe message with sample numbers.
use super::BundleFactory;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// Every CLDR plural category name.
pub(crate) const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

const PROBE: &str = "plural-probe = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";

/// A locale's plural rules, as its bundle applies them.
#[derive(Clone, Default)]
pub(crate) struct PluralRules {
    bundle: Option<Rc<FluentBundle<FluentResource>>>,
    categories: BTreeSet<String>,
}

impl PluralRules {
    /// Probe the rules of `langid` through a bundle from `factory`.
    pub fn probe(factory: BundleFactory, langid: &LanguageIdentifier) -> Self {
        let mut bundle = factory(langid);
        let Ok(resource) = FluentResource::try_new(PROBE.to_string()) else { return PluralRules::default() };
        if bundle.add_resource(resource).is_err() {
            return PluralRules::default();
        }
        let mut rules = PluralRules { bundle: Some(Rc::new(bundle)), categories: BTreeSet::new() };
        let mut samples: Vec<FluentValue<'static>> = (0..=200).map(|n| FluentValue::from(f64::from(n))).collect();
        samples.extend([1_000.0, 1_000_000.0, 0.5, 1.5, 2.5].map(FluentValue::from));
        samples.extend(["0.0", "1.0", "1.5", "2.0"].map(FluentValue::try_number));
        for sample in samples {
            if let Some(category) = rules.select(sample) {
                rules.categories.insert(category);
            }
        }
        rules
    }

    /// Whether the rules are known (the probe worked).
    pub fn known(&self) -> bool {
        !self.categories.is_empty()
    }

    /// The categories the locale selects, in CLDR order.
    pub fn categories(&self) -> Vec<&'static str> {
        CATEGORIES.iter().copied().filter(|c| self.categories.contains(*c)).collect()
    }

    /// Whether `category` can be selected.
    pub fn has(&self, category: &str) -> bool {
        self.categories.contains(category)
    }

    /// The category of the number written as `literal` (a variant key), if known.
    pub fn category_of_literal(&self, literal: &str) -> Option<String> {
        match FluentValue::try_number(literal) {
            value @ FluentValue::Number(_) => self.select(value),
            _ => None,
        }
    }

    /// A number that selects `category`, for rendering that variant.
    pub fn example(&self, category: &str) -> Option<f64> {
        let mut candidates: Vec<f64> = (0..=200).map(f64::from).collect();
        candidates.extend([1_000.0, 1_000_000.0, 0.5, 1.5, 2.5]);
        candidates.into_iter().find(|n| self.select(FluentValue::from(*n)).as_deref() == Some(category))
    }

    fn select(&self, value: FluentValue<'_>) -> Option<String> {
        let bundle = self.bundle.as_ref()?;
        let pattern = bundle.get_message("plural-probe")?.value()?;
        let mut args = FluentArgs::new();
        args.set("n", value);
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.is_empty().then(|| out.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(langid: &LanguageIdentifier) -> FluentBundle<FluentResource> {
        FluentBundle::new(vec![langid.clone()])
    }

    #[test]
    fn english_and_spanish_have_one_and_other() {
        for tag in ["en-US", "es-MX"] {
            let langid: LanguageIdentifier = tag.parse().expect("tag");
            let rules = PluralRules::probe(plain, &langid);
            assert_eq!(rules.categories(), vec!["one", "other"], "{tag}");
            assert_eq!(rules.category_of_literal("1").as_deref(), Some("one"));
            assert_eq!(rules.category_of_literal("2").as_deref(), Some("other"));
            assert_eq!(rules.example("one"), Some(1.0));
        }
    }

    #[test]
    fn polish_has_few_and_many() {
        let langid: LanguageIdentifier = "pl".parse().expect("tag");
        let rules = PluralRules::probe(plain, &langid);
        assert!(rules.has("few") && rules.has("many"), "{:?}", rules.categories());
    }
}
