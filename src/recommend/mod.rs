//! The rule-based recommender: from a profile to ranked, explained stacks. The rules and
//! weights are catalog data (rules/scoring.toml, rules/needs.toml); this module is the
//! mechanism: which technologies may share a stack (`compat`), how each component scores
//! (`criteria`), and how the best stacks are found without trying every combination
//! (`search`).

pub mod compat;
pub mod criteria;
pub mod explain;
pub mod profile;
#[cfg(test)]
mod properties;
pub mod search;
pub mod stack;

use std::borrow::Cow;

use crate::catalog::Catalog;
use crate::catalog::model::{Need, Scale, Slot, Tech, Text, TraitWeights};
use profile::Profile;
use stack::{Components, Line, Stack};

/// A profile's rules, resolved once: effective criterion weights, the needs that apply,
/// and the per-unit value of need and trait weights in each criterion.
pub struct Engine<'c> {
    pub catalog: &'c Catalog,
    pub profile: Cow<'c, Profile>,
    weights: Vec<(&'c str, f64)>,
    pub slots: Vec<&'c Slot>,
    pub core: Vec<Text>,
    pub product_needs: Vec<&'c Need>,
    pub scale_needs: Vec<&'c Need>,
    pub priority_needs: Vec<&'c Need>,
    /// Pairings with a language: a bonus in product fit, outside its denominator.
    pub language_needs: Vec<&'c Need>,
    pub scale: &'c Scale,
    pub scale_traits: criteria::TraitVector,
    pub priority_traits: criteria::TraitVector,
    pub priority_names: String,
    pub product_unit: f64,
    pub scale_unit: f64,
    pub priority_unit: f64,
}

impl<'c> Engine<'c> {
    pub fn new(catalog: &'c Catalog, profile: Cow<'c, Profile>) -> Self {
        let rules = &catalog.rules();
        let wanted: &Profile = &profile;
        // A criterion with nothing to judge hands its points to the others.
        let applies = |id: &str| id != "preferences" || !wanted.prefer.is_empty();
        let live: f64 = rules
            .criteria
            .iter()
            .filter(|c| applies(&c.id))
            .map(|c| f64::from(c.weight))
            .sum();
        let weights = rules
            .criteria
            .iter()
            .map(|c| {
                let weight = if applies(&c.id) && live > 0.0 {
                    f64::from(c.weight) * 100.0 / live
                } else {
                    0.0
                };
                (c.id.as_str(), weight)
            })
            .collect();
        let slots: Vec<&Slot> = rules.slots.iter().collect();
        let core = slots
            .iter()
            .filter(|s| s.core)
            .map(|s| s.id.clone())
            .collect();
        let needs_where = |matches: &dyn Fn(&Need) -> bool| -> Vec<&Need> {
            rules.needs.iter().filter(|n| matches(n)).collect()
        };
        let product_needs = needs_where(&|n| {
            n.product.as_ref() == Some(&wanted.product) && n.scale.is_none() && n.priority.is_none()
        });
        let scale_needs =
            needs_where(&|n| n.scale.as_ref() == Some(&wanted.scale) && n.product.is_none());
        let priority_needs = needs_where(&|n| {
            n.priority
                .as_ref()
                .is_some_and(|p| wanted.priorities.contains(p))
        });
        let language_needs = needs_where(&|n| n.language.is_some());
        let scale = rules
            .scales
            .iter()
            .find(|s| s.id == wanted.scale)
            .expect("the profile's scale was resolved against the catalog");
        let chosen: Vec<_> = rules
            .priorities
            .iter()
            .filter(|p| {
                if wanted.priorities.is_empty() {
                    p.default
                } else {
                    wanted.priorities.contains(&p.id)
                }
            })
            .collect();
        let mut priority_traits = TraitWeights::new();
        for priority in &chosen {
            for (name, weight) in &priority.traits {
                *priority_traits.entry(name.clone()).or_default() += weight;
            }
        }
        let priority_names = chosen
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        let core_trait_weight: f64 = slots
            .iter()
            .filter(|s| s.core)
            .map(|s| f64::from(s.trait_weight))
            .sum();
        let core_best_for: f64 = slots
            .iter()
            .filter(|s| s.core)
            .map(|s| f64::from(s.best_for_weight))
            .sum();
        let sum_needs = |needs: &[&Need]| needs.iter().map(|n| f64::from(n.weight)).sum::<f64>();
        let unit = |weight: f64, denominator: f64| {
            if denominator > 0.0 {
                weight / denominator
            } else {
                0.0
            }
        };
        let mut engine = Engine {
            catalog,
            profile,
            weights,
            slots,
            core,
            product_unit: 0.0,
            scale_unit: 0.0,
            priority_unit: 0.0,
            product_needs,
            scale_needs,
            priority_needs,
            language_needs,
            scale,
            scale_traits: criteria::TraitVector::new(&scale.traits),
            priority_traits: criteria::TraitVector::new(&priority_traits),
            priority_names,
        };
        engine.product_unit = unit(
            engine.weight("product"),
            sum_needs(&engine.product_needs) + core_best_for,
        );
        engine.scale_unit = unit(
            engine.weight("scale"),
            sum_needs(&engine.scale_needs) + core_trait_weight * engine.scale_traits.total(),
        );
        engine.priority_unit = unit(
            engine.weight("priorities"),
            sum_needs(&engine.priority_needs) + core_trait_weight * engine.priority_traits.total(),
        );
        engine
    }

    /// A criterion's share of 100 points for this profile.
    pub fn weight(&self, criterion: &str) -> f64 {
        self.weights
            .iter()
            .find(|(id, _)| *id == criterion)
            .map_or(0.0, |(_, w)| *w)
    }

    pub fn slot(&self, id: &str) -> Option<&'c Slot> {
        self.slots.iter().copied().find(|s| s.id == id)
    }

    /// How well the team knows `tech`, and why: directly, through a neighbouring language,
    /// or through a framework or runtime of that language.
    pub fn skill(&self, tech: &Tech) -> Option<(f64, String)> {
        let rules = &self.catalog.rules();
        let level = |id: &Text| {
            rules
                .skill_levels
                .iter()
                .find(|l| l.id == *id)
                .map_or(0.0, |l| l.factor)
        };
        let mut best: Option<(f64, String)> = None;
        let mut consider = |factor: f64, reason: String| {
            if best.as_ref().is_none_or(|(b, _)| factor > *b) {
                best = Some((factor, reason));
            }
        };
        for skill in &self.profile.team {
            let known = level(&skill.level);
            if skill.tech == tech.id {
                consider(
                    known,
                    format!("the team knows {} ({})", tech.id, skill.level),
                );
                continue;
            }
            for transfer in rules
                .skill_transfers
                .iter()
                .filter(|t| t.from == skill.tech && t.to == tech.id)
            {
                consider(
                    known * transfer.factor,
                    format!(
                        "the team knows {} ({}): {}",
                        skill.tech, skill.level, transfer.reason
                    ),
                );
            }
            if let Some(known_tech) = self.catalog.tech(&skill.tech) {
                if tech.category == "language" && known_tech.languages.contains(&tech.id) {
                    consider(
                        known * 0.9,
                        format!(
                            "the team knows {} ({}), so it writes {}",
                            skill.tech, skill.level, tech.id
                        ),
                    );
                }
            }
        }
        best
    }

    /// Every contribution a component earns in its slot. `language` is the stack's language.
    pub fn tally(&self, slot: &str, tech: &Tech, language: &Tech, out: &mut dyn criteria::Tally) {
        self.tally_shared(slot, tech, out);
        self.tally_language(slot, tech, language, out);
    }

    /// The contributions that do not depend on the stack's language.
    pub fn tally_shared(&self, slot: &str, tech: &Tech, out: &mut dyn criteria::Tally) {
        criteria::product_fit::tally(self, slot, tech, out);
        criteria::scale_fit::tally(self, slot, tech, out);
        criteria::priorities::tally(self, slot, tech, out);
        criteria::preferences::tally(self, tech, out);
    }

    /// The contributions that depend on the stack's language: team skill and pairings.
    pub fn tally_language(
        &self,
        slot: &str,
        tech: &Tech,
        language: &Tech,
        out: &mut dyn criteria::Tally,
    ) {
        criteria::team_skill::tally(self, slot, tech, language, out);
        criteria::product_fit::tally_pairings(self, slot, tech, language, out);
    }

    pub fn shared_points(&self, slot: &str, tech: &Tech) -> f64 {
        let mut points = 0.0;
        self.tally_shared(slot, tech, &mut points);
        points
    }

    pub fn language_points(&self, slot: &str, tech: &Tech, language: &Tech) -> f64 {
        let mut points = 0.0;
        self.tally_language(slot, tech, language, &mut points);
        points
    }

    /// Scores a complete stack: its breakdown (apportioned to whole points that add up to
    /// the score) and its trade-offs.
    pub fn evaluate(&self, components: Components<'c>) -> Stack<'c> {
        let language = components
            .get("language")
            .expect("every stack has a language");
        let mut lines: Vec<Line> = Vec::new();
        for (slot, tech) in &components.0 {
            self.tally(slot, tech, language, &mut lines);
        }
        // A backend platform standing in for the framework is judged in that slot too.
        if components.get("framework").is_none() {
            if let Some(platform) = components.get("database") {
                self.tally("framework", platform, language, &mut lines);
            }
        }
        lines.retain(|line| line.exact > 0.0);
        lines.sort_by(|a, b| {
            b.exact
                .total_cmp(&a.exact)
                .then_with(|| a.reason.cmp(&b.reason))
        });
        let score = stack::apportion(&mut lines);
        lines.retain(|line| line.points > 0);
        Stack {
            rank: 0,
            score,
            tradeoffs: self.tradeoffs(&components),
            components,
            breakdown: lines,
        }
    }

    /// What a stack gives up: the needs it leaves unmet, then the first weakness of its
    /// database and framework.
    fn tradeoffs(&self, components: &Components<'_>) -> Vec<String> {
        let stand_in = |slot: &str| {
            components.get(slot).or_else(|| {
                (slot == "framework")
                    .then(|| components.get("database"))
                    .flatten()
            })
        };
        let needs = self
            .product_needs
            .iter()
            .chain(&self.scale_needs)
            .chain(&self.priority_needs);
        let mut tradeoffs: Vec<String> = needs
            .filter(|need| !stand_in(&need.slot).is_some_and(|tech| criteria::meets(need, tech)))
            .map(|need| {
                let holder = stand_in(&need.slot)
                    .map_or_else(|| "nothing".to_string(), |t| t.id.to_string());
                format!(
                    "no {} in {} ({holder}): {}",
                    criteria::wanted(need),
                    need.slot,
                    need.reason
                )
            })
            .collect();
        for slot in ["database", "framework"] {
            if let Some(tech) = components.get(slot) {
                if let Some(weakness) = tech.weaknesses.first() {
                    tradeoffs.push(format!("{}: {weakness}", tech.id));
                }
            }
        }
        tradeoffs
    }
}
