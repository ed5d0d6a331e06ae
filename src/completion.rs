//! Values that shell completion offers for arguments whose valid values are catalog data
//! (technology ids, product types, scales, ...). The parser accepts any string: the
//! command checks it against the catalog afterwards, so that ids added by a user's layer
//! work and a typo gets stackpick's did-you-mean rather than clap's list. The candidates
//! come from the embedded catalog and are only read when help or completions are built.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;

use crate::embedded;

/// A parser for free-form values that offers `candidates()` to completion.
#[derive(Clone, Copy)]
pub struct Offer(fn() -> Vec<String>);

impl TypedValueParser for Offer {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_string)
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.0)().into_iter().map(PossibleValue::new)))
    }
}

pub const TECHS: Offer = Offer(|| {
    embedded::catalog()
        .techs()
        .map(|t| t.id.to_string())
        .collect()
});

/// Skills are languages and frameworks, with an optional `:level`.
pub const SKILLS: Offer = Offer(|| {
    let catalog = embedded::catalog();
    let mut skills: Vec<String> = catalog
        .techs()
        .filter(|t| matches!(t.category.as_str(), "language" | "framework"))
        .map(|t| t.id.to_string())
        .collect();
    skills.push("none".to_string());
    skills
});

pub const PRODUCTS: Offer = Offer(|| {
    embedded::catalog()
        .products()
        .iter()
        .map(|p| p.id.to_string())
        .collect()
});

pub const CATEGORIES: Offer = Offer(|| {
    embedded::catalog()
        .categories()
        .iter()
        .map(|c| c.id.to_string())
        .collect()
});

pub const SCALES: Offer = Offer(|| {
    embedded::catalog()
        .rules()
        .scales
        .iter()
        .map(|s| s.id.to_string())
        .collect()
});

pub const PRIORITIES: Offer = Offer(|| {
    let catalog = embedded::catalog();
    catalog
        .rules()
        .priorities
        .iter()
        .filter(|p| !p.default)
        .map(|p| p.id.to_string())
        .collect()
});

pub const CLOUDS: Offer = Offer(|| {
    crate::recommend::profile::CLOUDS
        .iter()
        .map(|c| c.to_string())
        .collect()
});

pub const HOSTING: Offer = Offer(|| {
    let catalog = embedded::catalog();
    let models = catalog
        .rules()
        .hosting_models
        .iter()
        .map(|m| m.id.to_string());
    models.chain(["any".to_string()]).collect()
});
