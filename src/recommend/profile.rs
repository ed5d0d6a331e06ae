//! The answers a recommendation is made for, resolved from flags (or the wizard) into one
//! validated value: every id checked against the catalog, defaults filled in.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::model::Text;
use crate::catalog::suggest;
use crate::error::UsageError;
use crate::resolve;

/// One skill the team has: a language or framework and the team's level in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skill {
    pub tech: Text,
    pub level: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub product: Text,
    pub team: Vec<Skill>,
    pub scale: Text,
    pub priorities: Vec<Text>,
    pub cloud: Text,
    pub hosting: Text,
    pub require: Vec<Text>,
    pub avoid: Vec<Text>,
    pub prefer: Vec<Text>,
    pub open_source_only: bool,
}

/// The profile as typed on the command line (or answered in the wizard, or read from a
/// `--profile` file), before validation.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawProfile {
    pub product: Option<String>,
    pub team: Vec<String>,
    pub scale: Option<String>,
    pub priorities: Vec<String>,
    pub cloud: Option<String>,
    pub hosting: Option<String>,
    pub require: Vec<String>,
    pub avoid: Vec<String>,
    pub prefer: Vec<String>,
    pub open_source_only: bool,
}

pub const CLOUDS: [&str; 4] = ["aws", "gcp", "azure", "any"];

impl RawProfile {
    /// Whether any profile option was given (the wizard runs only when none was).
    pub fn is_empty(&self) -> bool {
        *self == RawProfile::default()
    }

    /// These answers with every option set in `flags` taking precedence.
    pub fn overridden_by(self, flags: RawProfile) -> RawProfile {
        let list =
            |mine: Vec<String>, theirs: Vec<String>| if theirs.is_empty() { mine } else { theirs };
        RawProfile {
            product: flags.product.or(self.product),
            team: list(self.team, flags.team),
            scale: flags.scale.or(self.scale),
            priorities: list(self.priorities, flags.priorities),
            cloud: flags.cloud.or(self.cloud),
            hosting: flags.hosting.or(self.hosting),
            require: list(self.require, flags.require),
            avoid: list(self.avoid, flags.avoid),
            prefer: list(self.prefer, flags.prefer),
            open_source_only: self.open_source_only || flags.open_source_only,
        }
    }
    pub fn resolve(&self, catalog: &Catalog) -> Result<Profile, UsageError> {
        let rules = &catalog.rules();
        let product = match &self.product {
            Some(product) => resolve::product(catalog, product)?.id.clone(),
            None => {
                let ids = catalog.products().iter().map(|p| p.id.as_str());
                return Err(
                    UsageError::new("--product is required without a terminal to ask on")
                        .hint(format!("product types: {}", suggest::list(ids))),
                );
            }
        };
        let mut team: Vec<Skill> = Vec::new();
        for name in self.team.iter().filter(|s| !s.eq_ignore_ascii_case("none")) {
            let skill = resolve_skill(catalog, name)?;
            match team.iter().find(|known| known.tech == skill.tech) {
                // A repeat says nothing new; two levels for one skill contradict each other.
                Some(known) if known.level == skill.level => {}
                Some(known) => {
                    return Err(UsageError::new(format!(
                        "--team names {} twice, as {} and as {}",
                        skill.tech, known.level, skill.level
                    ))
                    .hint("give each skill one level"));
                }
                None => team.push(skill),
            }
        }
        let scale = match &self.scale {
            Some(scale) => pick("--scale", scale, rules.scales.iter().map(|s| &s.id))?,
            None => rules
                .scales
                .iter()
                .find(|s| s.default)
                .or(rules.scales.first())
                .map(|s| s.id.clone())
                .unwrap_or_default(),
        };
        let mut priorities: Vec<Text> = Vec::new();
        for name in &self.priorities {
            let id = pick("--priority", name, rules.priorities.iter().map(|p| &p.id))?;
            if !priorities.contains(&id) {
                priorities.push(id);
            }
        }
        let cloud = match &self.cloud {
            Some(cloud) => pick(
                "--cloud",
                cloud,
                CLOUDS
                    .iter()
                    .map(|c| Text::from(*c))
                    .collect::<Vec<_>>()
                    .iter(),
            )?,
            None => Text::from("any"),
        };
        let hosting = match &self.hosting {
            Some(hosting) => {
                let models: Vec<Text> = rules
                    .hosting_models
                    .iter()
                    .map(|m| m.id.clone())
                    .chain([Text::from("any")])
                    .collect();
                pick("--hosting", hosting, models.iter())?
            }
            None => Text::from("any"),
        };
        let techs = |names: &[String]| -> Result<Vec<Text>, UsageError> {
            let mut ids: Vec<Text> = Vec::new();
            for name in names {
                let id = resolve::tech(catalog, name)?.id.clone();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(ids)
        };
        let profile = Profile {
            product,
            team,
            scale,
            priorities,
            cloud,
            hosting,
            require: techs(&self.require)?,
            avoid: techs(&self.avoid)?,
            prefer: techs(&self.prefer)?,
            open_source_only: self.open_source_only,
        };
        if let Some(both) = profile.require.iter().find(|id| profile.avoid.contains(id)) {
            return Err(
                UsageError::new(format!("`{both}` is both required and avoided"))
                    .hint("drop it from --require or from --avoid"),
            );
        }
        Ok(profile)
    }
}

/// `python`, `python:expert`: a language or framework and a level (default `working`).
fn resolve_skill(catalog: &Catalog, skill: &str) -> Result<Skill, UsageError> {
    let (name, level) = skill.split_once(':').unwrap_or((skill, "working"));
    let tech = resolve::tech(catalog, name)?;
    if !matches!(tech.category.as_str(), "language" | "framework" | "runtime") {
        return Err(UsageError::new(format!(
            "--team takes languages and frameworks; `{name}` is a {}",
            tech.category
        ))
        .hint("for example: --team python:expert,django"));
    }
    let levels = catalog.rules().skill_levels.iter().map(|l| &l.id);
    let level = pick(&format!("the level of `{name}`"), level, levels)?;
    Ok(Skill {
        tech: tech.id.clone(),
        level,
    })
}

/// One of `choices`, case-insensitively, or a usage error listing them.
fn pick<'a>(
    what: &str,
    value: &str,
    choices: impl Iterator<Item = &'a Text> + Clone,
) -> Result<Text, UsageError> {
    choices
        .clone()
        .find(|choice| choice.eq_ignore_ascii_case(value))
        .cloned()
        .ok_or_else(|| {
            let names = choices.map(Text::as_str);
            UsageError::new(format!(
                "{what} must be one of {}; `{value}` is not{}",
                suggest::list(names.clone()),
                suggest::did_you_mean(value, names)
            ))
        })
}
