//! Team skill: the strongest single factor. A known language earns most of it, a known
//! framework the rest; a new framework in a known language earns a little. With no
//! existing skills, languages and frameworks that are easy to learn, productive and easy
//! to hire for score higher instead (the `team-none-*` factors); with little (a novice
//! team), what is left to learn earns that in proportion to how little the team's
//! strongest skill is worth, on top of what the team knows, so a novice skill is no
//! reason to rule out every language it is not. The less the team's
//! strongest skill is worth, the more of the criterion goes to a host that runs things
//! for it (`team-host-share`). The shares are `[[factor]]`s in rules/scoring.toml.

use crate::catalog::model::{SkillTransfer, Tech, Text};

use super::{Tally, TraitVector};

/// One skill of the team, resolved: what it is, the level's factor, and the languages a
/// known framework or runtime is written in.
pub struct Known {
    pub tech: Text,
    pub level: Text,
    pub factor: f64,
    pub languages: Vec<Text>,
}

pub struct TeamSkill<'c> {
    pub weight: f64,
    /// The share of the criterion that goes to the host's ops simplicity: the
    /// `team-host-share` factor times how little the team's strongest skill is worth.
    pub host_share: f64,
    pub known: Vec<Known>,
    pub transfers: &'c [SkillTransfer],
    pub language_share: f64,
    pub new_framework: f64,
    pub platform: f64,
    pub language_of_known_tool: f64,
    /// For a tool used from several languages, what its other languages keep of
    /// `language_of_known_tool`: its first is the one its users write.
    pub other_language_of_known_tool: f64,
    /// What a team with no existing skills is best served by (`team-none-*` factors), and
    /// the share it earns whatever the traits (`team-none-floor`).
    pub fresh: TraitVector,
    pub fresh_floor: f64,
    /// How little the team's strongest skill is worth: 1 with none, 0 with an expert one.
    pub inexperience: f64,
}

impl TeamSkill<'_> {
    /// How well the team knows `tech`, and why: directly, through a neighbouring language,
    /// or through a framework or runtime of that language.
    pub fn skill(&self, tech: &Tech) -> Option<(f64, String)> {
        let mut best: Option<(f64, String)> = None;
        let mut consider = |factor: f64, reason: &dyn Fn() -> String| {
            if best.as_ref().is_none_or(|(b, _)| factor > *b) {
                best = Some((factor, reason()));
            }
        };
        for skill in &self.known {
            if skill.tech == tech.id {
                consider(skill.factor, &|| {
                    format!("the team knows {} ({})", tech.id, skill.level)
                });
                continue;
            }
            for transfer in self
                .transfers
                .iter()
                .filter(|t| t.from == skill.tech && t.to == tech.id)
            {
                consider(skill.factor * transfer.factor, &|| {
                    format!(
                        "the team knows {} ({}): {}",
                        skill.tech, skill.level, transfer.reason
                    )
                });
            }
            let at = skill.languages.iter().position(|l| *l == tech.id);
            if let Some(at) = at.filter(|_| tech.category == "language") {
                let first = if at == 0 {
                    1.0
                } else {
                    self.other_language_of_known_tool
                };
                consider(skill.factor * self.language_of_known_tool * first, &|| {
                    format!(
                        "the team knows {} ({}), so it writes {}",
                        skill.tech, skill.level, tech.id
                    )
                });
            }
        }
        best
    }

    /// The language's or the framework's share; `stand_in` for a backend platform in the
    /// framework slot.
    pub fn tally(&self, slot: &str, tech: &Tech, language: &Tech, out: &mut dyn Tally) {
        let share = match slot {
            "language" => self.language_share,
            "framework" => 1.0 - self.language_share,
            "hosting" => return self.tally_host(tech, out),
            _ => return,
        };
        let points = self.weight * share * (1.0 - self.host_share);
        let fresh = self.inexperience
            * (self.fresh_floor + (1.0 - self.fresh_floor) * self.fresh.fit(tech));
        let learnable = || {
            let who = if self.known.is_empty() {
                "no existing skills".to_string()
            } else {
                format!(
                    "little existing skill ({:.0}% of an expert's at best)",
                    100.0 * (1.0 - self.inexperience)
                )
            };
            format!(
                "{who}: {} is easy to learn, productive and easy to hire for ({})",
                tech.id,
                self.fresh.summary(tech)
            )
        };
        if self.known.is_empty() {
            out.add("team", points * fresh, &learnable);
            return;
        }
        let (factor, reason) = match self.skill(tech) {
            Some(known) => known,
            None => match (slot, self.skill(language)) {
                ("framework", Some((known, _))) if tech.category == "framework" => (
                    known * self.new_framework,
                    format!("{} is new to the team, in a language it knows", tech.id),
                ),
                ("framework", Some((known, _))) => (
                    known * self.platform,
                    format!(
                        "{} serves the API, so there is no framework to learn",
                        tech.id
                    ),
                ),
                _ => (0.0, String::new()),
            },
        };
        // What the team knows counts in full; what it still has to learn counts for how
        // easy that is, as for a team with no skills, in proportion to how little it knows.
        let earned = factor + (1.0 - factor) * fresh;
        if factor > 0.0 {
            out.add("team", points * earned, &|| reason.clone());
        } else {
            out.add("team", points * earned, &learnable);
        }
    }

    /// A team with little experience earns its host's ops simplicity, on a host that runs
    /// the app as it runs on a laptop: functions bring a programming model of their own
    /// (time limits, cold starts, a connection per instance) for the team to learn.
    fn tally_host(&self, host: &Tech, out: &mut dyn Tally) {
        if self.host_share <= 0.0 || host.runs.as_deref().is_some_and(|r| r != "processes") {
            return;
        }
        // Only a host that takes the operations off the team (4 or 5 of 5) runs it for them.
        let ops = f64::from(host.traits.ops_simplicity.clamp(3, 5) - 3) / 2.0;
        if ops <= 0.0 {
            return;
        }
        out.add("team", self.weight * self.host_share * ops, &|| {
            format!(
                "a team with little production experience: {} runs it for them (ops simplicity {}/5)",
                host.id, host.traits.ops_simplicity
            )
        });
    }
}
