//! The rule-based recommender: from a profile to ranked, explained stacks. The rules and
//! weights are catalog data (rules/scoring.toml, rules/needs.toml, ...); this module is
//! the mechanism: which technologies may share a stack (`compat`), how each component
//! scores (`criteria`), and how the best stacks are found exactly without trying every
//! combination (`search`).

pub mod caveats;
pub mod compat;
pub mod criteria;
pub mod explain;
pub mod profile;
#[cfg(test)]
mod properties;
pub mod search;
pub mod stack;
pub mod standing;
pub mod tradeoffs;

use std::borrow::Cow;

use crate::catalog::Catalog;
use crate::catalog::model::{Coverage, Need, Slot, Tech, Text};
use criteria::preferences::Preferences;
use criteria::product_fit::ProductFit;
use criteria::team_skill::{Known, TeamSkill};
use criteria::weighing::{Price, Weighing};
use criteria::{Context, Tally, TraitVector};
use profile::Profile;
use stack::{Assembly, Line, Stack};
use standing::Standing;

/// A profile's rules, resolved once: each criterion's inputs, and the slots in play.
pub struct Engine<'c> {
    pub catalog: &'c Catalog,
    pub profile: Cow<'c, Profile>,
    /// Every slot, in display order.
    pub slots: Vec<&'c Slot>,
    /// The slots this profile fills: core and `always` slots, slots a need or --require
    /// calls for, and the cache when jobs are in play (a job runner may need its store).
    pub in_play: Vec<&'c Slot>,
    pub team: TeamSkill<'c>,
    pub product: ProductFit<'c>,
    pub scale: Weighing<'c>,
    pub priorities: Weighing<'c>,
    pub preferences: Preferences,
    /// The needs of product, scale and priorities, for trade-offs.
    pub needs: Vec<&'c Need>,
    /// How parts of equal points are ordered.
    pub standing: Standing,
    /// What an unmet need costs, as a share of what it earns met (`unmet-need-cost`).
    pub unmet_cost: f64,
}

/// The languages a known framework or runtime shows the team writes: those of its
/// languages the team names, or all of them when it names none (a team that knows
/// Express and says it writes JavaScript does not write TypeScript for that).
fn tool_languages(tool: &Tech, team: &[profile::Skill]) -> Vec<Text> {
    let named: Vec<Text> = tool
        .languages
        .iter()
        .filter(|l| team.iter().any(|s| s.tech == **l))
        .cloned()
        .collect();
    if named.is_empty() {
        tool.languages.clone()
    } else {
        named
    }
}

impl<'c> Engine<'c> {
    pub fn new(catalog: &'c Catalog, profile: Cow<'c, Profile>) -> Self {
        let rules = catalog.rules();
        let wanted: &Profile = &profile;
        // A criterion with nothing to judge hands its points to the others.
        let applies = |id: &str| id != "preferences" || !wanted.prefer.is_empty();
        let live: f64 = rules
            .criteria
            .iter()
            .filter(|c| applies(&c.id))
            .map(|c| f64::from(c.weight))
            .sum();
        let weight = |id: &str| {
            rules
                .criteria
                .iter()
                .find(|c| c.id == id && applies(&c.id))
                .filter(|_| live > 0.0)
                .map_or(0.0, |c| f64::from(c.weight) * 100.0 / live)
        };
        let slots: Vec<&Slot> = rules.slots.iter().collect();
        let needs_where = |matches: &dyn Fn(&Need) -> bool| -> Vec<&Need> {
            rules
                .needs
                .iter()
                .filter(|n| {
                    !n.unless_hosting.contains(&wanted.hosting)
                        && !n.unless_product.contains(&wanted.product)
                        && !n.unless_scale.contains(&wanted.scale)
                        && n.hosting.as_ref().is_none_or(|h| *h == wanted.hosting)
                        && matches(n)
                })
                .collect()
        };
        // A hosting model's needs, and those of every profile, count with the product's.
        let product_needs = needs_where(&|n| {
            n.product.as_ref().is_none_or(|p| *p == wanted.product)
                && n.scale.is_none()
                && n.priority.is_none()
                && n.language.is_none()
        });
        let scale_needs = needs_where(&|n| {
            n.scale.as_ref() == Some(&wanted.scale) && n.product.is_none() && n.language.is_none()
        });
        let priority_needs = needs_where(&|n| {
            n.priority
                .as_ref()
                .is_some_and(|p| wanted.priorities.contains(p))
        });
        let pairings = needs_where(&|n| n.language.is_some());
        let scale = rules
            .scales
            .iter()
            .find(|s| s.id == wanted.scale)
            .or(rules.scales.first())
            .expect("validation keeps at least one [[scale]]");
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
        let mut priority_traits = TraitVector::default();
        for priority in &chosen {
            priority_traits.add(&TraitVector::new(&priority.traits));
        }
        let priority_names = chosen
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        let sum = |values: &mut dyn Iterator<Item = u8>| values.map(f64::from).sum::<f64>();

        let needed: Vec<&Text> = product_needs
            .iter()
            .chain(&scale_needs)
            .chain(&priority_needs)
            .filter(|n| n.calls_slot())
            .map(|n| &n.slot)
            .collect();
        // A technology the user asks for (required or preferred) brings its slot in play.
        let named: Vec<&Tech> = wanted
            .require
            .iter()
            .chain(&wanted.prefer)
            .filter_map(|id| catalog.tech(id))
            .collect();
        let queue_in_play = |slots: &[&Slot]| slots.iter().any(|s| s.id == "queue");
        let mut in_play: Vec<&Slot> = slots
            .iter()
            .copied()
            .filter(|slot| {
                slot.core
                    || slot.always
                    || needed.contains(&&slot.id)
                    || named
                        .iter()
                        .any(|t| search::slot_for(&slots, t).is_some_and(|s| s.id == slot.id))
            })
            .collect();
        let mut support = Vec::new();
        if queue_in_play(&in_play) && !in_play.iter().any(|s| s.id == "cache") {
            if let Some(cache) = slots.iter().copied().find(|s| s.id == "cache") {
                support.push(cache.id.clone());
                in_play.push(cache);
                in_play.sort_by_key(|s| slots.iter().position(|o| o.id == s.id));
            }
        }

        let known = wanted
            .team
            .iter()
            .map(|skill| Known {
                tech: skill.tech.clone(),
                level: skill.level.clone(),
                factor: rules
                    .skill_levels
                    .iter()
                    .find(|l| l.id == skill.level)
                    .map_or(0.0, |l| l.factor),
                languages: catalog
                    .tech(&skill.tech)
                    .map(|t| tool_languages(t, &wanted.team))
                    .unwrap_or_default(),
            })
            .collect::<Vec<_>>();
        let experience = known.iter().map(|k| k.factor).fold(0.0, f64::max);
        let team = TeamSkill {
            weight: weight("team"),
            host_share: rules.factor("team-host-share") * (1.0 - experience.min(1.0)),
            known,
            transfers: &rules.skill_transfers,
            language_share: rules.factor("team-language-share"),
            new_framework: rules.factor("team-new-framework"),
            platform: rules.factor("team-platform"),
            language_of_known_tool: rules.factor("team-language-of-known-tool"),
            other_language_of_known_tool: rules.factor("team-other-language-of-known-tool"),
            fresh: TraitVector::from_factors(rules, "team-none"),
            fresh_floor: rules.factor("team-none-floor"),
            inexperience: 1.0 - experience.min(1.0),
        };
        let languages = catalog.techs_in(["language"]);
        let mut product = ProductFit {
            product: wanted.product.clone(),
            needs: product_needs.clone(),
            pairings,
            cloud: (wanted.cloud != "any").then(|| wanted.cloud.clone()),
            unit: 0.0,
        };
        let units = product.units(&in_play, &languages);
        product.unit = share(weight("product"), units);
        let prices = Price::at_scale(&rules.price_models, &scale.id);
        let managed_services = rules
            .hosting_models
            .iter()
            .any(|m| m.id == wanted.hosting && m.managed_services);
        let mut scale = Weighing {
            criterion: "scale",
            label: format!("at {} scale", scale.id),
            needs: scale_needs.clone(),
            traits: TraitVector::new(&scale.traits).enough(&scale.enough),
            price_weight: f64::from(scale.price_weight),
            moving_part_cost: f64::from(scale.moving_part_cost),
            unit: 0.0,
            prices: prices.clone(),
            managed_services,
            support: support.clone(),
        };
        scale.unit = share(weight("scale"), scale.units(&in_play));
        let mut priorities = Weighing {
            criterion: "priorities",
            label: format!("for {priority_names}"),
            needs: priority_needs.clone(),
            traits: priority_traits,
            price_weight: sum(&mut chosen.iter().map(|p| p.price_weight)),
            moving_part_cost: sum(&mut chosen.iter().map(|p| p.moving_part_cost)),
            unit: 0.0,
            prices: prices.clone(),
            managed_services,
            support,
        };
        priorities.unit = share(weight("priorities"), priorities.units(&in_play));
        let preferences = Preferences {
            each: weight("preferences") / wanted.prefer.len().max(1) as f64,
            ids: wanted.prefer.clone(),
        };
        let needs = product_needs
            .into_iter()
            .chain(scale_needs)
            .chain(priority_needs)
            .collect();
        Engine {
            catalog,
            profile,
            slots,
            in_play,
            team,
            product,
            scale,
            priorities,
            preferences,
            needs,
            standing: Standing::new(rules),
            unmet_cost: rules.factor("unmet-need-cost"),
        }
    }

    pub fn slot(&self, id: &str) -> Option<&'c Slot> {
        self.slots.iter().copied().find(|s| s.id == id)
    }

    /// Every contribution a component earns in its slot. `stand_in`: a backend platform
    /// judged in the framework slot.
    pub fn tally(
        &self,
        slot: &Slot,
        tech: &Tech,
        context: &Context<'_>,
        stand_in: bool,
        out: &mut dyn Tally,
    ) {
        self.team.tally(&slot.id, tech, context.language, out);
        self.product.tally(slot, tech, context, stand_in, out);
        self.scale.tally(slot, tech, out);
        self.priorities.tally(slot, tech, out);
        if !stand_in {
            self.preferences.tally(tech, out);
        }
        self.tally_unmet(slot, Some(tech), &|need| self.meets(need, tech), out);
    }

    /// Whether `tech` meets `need`: by what it is, or by how it is paid for here (the
    /// scale and the hosting model decide how it is billed).
    pub fn meets(&self, need: &Need, tech: &Tech) -> bool {
        criteria::meets(need, tech) || self.scale.paid_as(need, tech)
    }

    /// What a slot earns when another component covers it: the needs the coverage meets,
    /// the coverer's fit and quality, and one service fewer.
    pub fn tally_covered(&self, slot: &Slot, by: &Tech, coverage: &Coverage, out: &mut dyn Tally) {
        for (criterion, needs, unit) in self.criteria_needs() {
            for need in needs
                .iter()
                .filter(|n| n.slot == slot.id && criteria::covers(n, &coverage.capabilities))
            {
                out.add(criterion, f64::from(need.weight) * unit, &|| {
                    format!("{} covers it ({}): {}", by.id, coverage.reason, need.reason)
                });
            }
        }
        self.product
            .tally_best_for(slot, by, &coverage.capabilities, out);
        self.scale.tally_quality(slot, by, out);
        self.priorities.tally_quality(slot, by, out);
        if slot.ecosystem_weight > 0 {
            out.add(
                "product",
                f64::from(slot.ecosystem_weight) * self.product.unit,
                &|| {
                    format!(
                        "{} does it with its own tooling: nothing to integrate",
                        by.id
                    )
                },
            );
        }
        self.scale.tally_lean(slot, Some(by), out);
        self.priorities.tally_lean(slot, Some(by), out);
        let capabilities = &coverage.capabilities;
        self.tally_unmet(
            slot,
            None,
            &|need| criteria::covers(need, capabilities),
            out,
        );
    }

    /// Each scoring criterion's needs and the value of its weight unit.
    fn criteria_needs(&self) -> [(&'static str, &Vec<&'c Need>, f64); 3] {
        [
            ("product", &self.product.needs, self.product.unit),
            ("scale", &self.scale.needs, self.scale.unit),
            ("priorities", &self.priorities.needs, self.priorities.unit),
        ]
    }

    /// What the needs of `slot` that it is left without cost: `unmet-need-cost` times what
    /// each earns when met, so that a gap the trade-offs name weighs against the stack, not
    /// only for the stacks that close it. `held`: the part in the slot; a slot without one
    /// misses only the needs that call for it (not those that say how a slot in play is
    /// best filled), as in the trade-offs.
    fn tally_unmet(
        &self,
        slot: &Slot,
        held: Option<&Tech>,
        met: &dyn Fn(&Need) -> bool,
        out: &mut dyn Tally,
    ) {
        if self.unmet_cost == 0.0 {
            return;
        }
        for (criterion, needs, unit) in self.criteria_needs() {
            let missed = needs
                .iter()
                .filter(|need| need.slot == slot.id && need.left_unmet(held.is_some(), met(need)));
            for need in missed {
                let cost = -f64::from(need.weight) * unit * self.unmet_cost;
                out.add(criterion, cost, &|| {
                    let wanted = criteria::wanted(need);
                    match held {
                        Some(tech) => format!("{} has no {wanted}: {}", tech.id, need.reason),
                        None => format!("no {wanted}: {}", need.reason),
                    }
                });
            }
        }
    }

    /// The ways a component can cover the slot. A slot held only for a job runner's store
    /// is filled by that store or left empty: covering it serves nothing.
    pub fn coverages(&self, slot: &Slot) -> impl Iterator<Item = &'c Coverage> + use<'c, '_> {
        let support = self.scale.support.contains(&slot.id);
        let id = slot.id.clone();
        self.catalog
            .rules()
            .coverages
            .iter()
            .filter(move |c| !support && c.slot == id)
    }

    /// What a slot left empty earns: nothing new to run, less the needs it leaves unmet.
    pub fn tally_empty(&self, slot: &Slot, out: &mut dyn Tally) {
        self.scale.tally_lean(slot, None, out);
        self.priorities.tally_lean(slot, None, out);
        self.tally_unmet(slot, None, &|_| false, out);
    }

    /// Scores an assembled stack from scratch: its breakdown (apportioned to whole points
    /// that add up to the score) and its trade-offs.
    pub fn evaluate(&self, assembly: Assembly<'c>) -> Stack<'c> {
        let mut lines: Vec<Line> = Vec::new();
        let micro = self.tally_assembly(&assembly, &mut lines);
        debug_assert_eq!(micro, lines.iter().map(|l| l.micro).sum::<i64>());
        lines.sort_by(|a, b| b.micro.cmp(&a.micro).then_with(|| a.reason.cmp(&b.reason)));
        let score = stack::apportion(&mut lines);
        lines.retain(|line| line.micro != 0);
        Stack {
            rank: 0,
            score,
            micro,
            tradeoffs: tradeoffs::of(self, &assembly),
            note: None,
            components: assembly.components,
            covered: assembly.covered,
            breakdown: lines,
        }
    }

    /// The exact points of an assembled stack, slot by slot, into `out`.
    pub fn tally_assembly(&self, assembly: &Assembly<'c>, out: &mut Vec<Line>) -> i64 {
        let components = &assembly.components;
        let language = components
            .get("language")
            .expect("every stack has a language");
        let context = Context {
            language,
            framework: components.get("framework"),
        };
        let counted = self
            .slots
            .iter()
            .filter(|s| self.in_play.contains(s) || components.get(&s.id).is_some());
        for slot in counted {
            let before = out.len();
            let needed = self.in_play.contains(slot);
            if let Some(tech) = components.get(&slot.id).filter(|_| !needed) {
                // A part `explain` was given for a slot no need calls for earns nothing.
                self.scale.tally_unneeded(slot, tech, out);
                self.priorities.tally_unneeded(slot, tech, out);
            } else if let Some(tech) = components.get(&slot.id) {
                self.tally(slot, tech, &context, false, out);
            } else if let Some(cover) = assembly.covered.iter().find(|c| slot.id == c.slot) {
                self.tally_covered(slot, cover.by, cover.coverage, out);
            } else if slot.id == "framework" {
                // A backend platform standing in for the framework is judged there too.
                if let Some(platform) = components.get("database") {
                    self.tally(slot, platform, &context, true, out);
                }
            } else {
                self.tally_empty(slot, out);
            }
            for line in &mut out[before..] {
                line.slot = slot.id.clone();
            }
        }
        if let Some(host) = components.get("hosting") {
            let database = components.get("database");
            let framework = components.get("framework").or(database);
            for (slot, part) in [("framework", framework), ("database", database)] {
                if let Some(part) = part {
                    let before = out.len();
                    self.tally_risks(slot, part, host, out);
                    for line in &mut out[before..] {
                        line.slot = slot.into();
                    }
                }
            }
        }
        out.iter().map(|l| l.micro).sum()
    }
}

/// A criterion's points per weight unit.
fn share(weight: f64, units: f64) -> f64 {
    if units > 0.0 { weight / units } else { 0.0 }
}
