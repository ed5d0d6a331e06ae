//! A scored stack: its components by slot and the breakdown of its score.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::catalog::model::{Tech, Text};

/// One contribution to a score.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Line {
    pub criterion: Text,
    pub points: i64,
    pub reason: String,
    /// The exact share before rounding to whole points.
    #[serde(skip)]
    pub exact: f64,
}

impl Line {
    pub fn new(criterion: &'static str, exact: f64, reason: String) -> Self {
        Line {
            criterion: Text::from(criterion),
            points: 0,
            reason,
            exact,
        }
    }
}

/// The technologies of a stack, in slot order.
#[derive(Debug, Clone, Default)]
pub struct Components<'c>(pub Vec<(Text, &'c Tech)>);

impl<'c> Components<'c> {
    pub fn get(&self, slot: &str) -> Option<&'c Tech> {
        self.0.iter().find(|(s, _)| s == slot).map(|(_, t)| *t)
    }

    /// The core technologies, as a key that tells stacks apart.
    pub fn key(&self, core: &[Text]) -> Vec<Text> {
        core.iter()
            .map(|slot| self.get(slot).map_or_else(Text::default, |t| t.id.clone()))
            .collect()
    }
}

impl Serialize for Components<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (slot, tech) in &self.0 {
            map.serialize_entry(slot.as_str(), tech.id.as_str())?;
        }
        map.end()
    }
}

/// A ranked stack.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stack<'c> {
    pub rank: usize,
    pub score: i64,
    pub components: Components<'c>,
    pub breakdown: Vec<Line>,
    /// What this stack gives up: unmet needs and its main components' weak points.
    pub tradeoffs: Vec<String>,
}

/// Rounds the lines to whole points whose sum is the rounded total (largest remainder),
/// so that a breakdown always adds up to its score exactly.
pub fn apportion(lines: &mut [Line]) -> i64 {
    let total = lines.iter().map(|l| l.exact).sum::<f64>().round() as i64;
    let mut floors: i64 = 0;
    for line in lines.iter_mut() {
        line.points = line.exact.floor() as i64;
        floors += line.points;
    }
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = lines[a].exact - lines[a].exact.floor();
        let rb = lines[b].exact - lines[b].exact.floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order
        .iter()
        .take(usize::try_from(total - floors).unwrap_or(0))
    {
        lines[i].points += 1;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportioned_points_add_up_to_the_rounded_total() {
        let mut lines: Vec<Line> = [3.4, 3.4, 3.4, 0.2, 10.6]
            .iter()
            .map(|&p| Line::new("x", p, String::new()))
            .collect();
        let total = apportion(&mut lines);
        assert_eq!(total, 21);
        assert_eq!(lines.iter().map(|l| l.points).sum::<i64>(), 21);
        assert_eq!(
            lines.iter().map(|l| l.points).collect::<Vec<_>>(),
            [4, 3, 3, 0, 11]
        );
    }
}
