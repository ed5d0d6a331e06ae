//! Preferences: an equal share of the criterion for each `--prefer` technology in the stack.

use crate::catalog::model::{Tech, Text};

use super::Tally;

pub struct Preferences {
    pub ids: Vec<Text>,
    /// Points per preferred technology.
    pub each: f64,
}

impl Preferences {
    pub fn tally(&self, tech: &Tech, out: &mut dyn Tally) {
        if self.ids.contains(&tech.id) {
            out.add("preferences", self.each, &|| {
                format!("{} is preferred (--prefer)", tech.id)
            });
        }
    }
}
