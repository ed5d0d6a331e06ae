//! A scored stack: its components by slot, the slots other components cover, and the
//! breakdown of its score.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::catalog::model::{Coverage, Tech, Text};

use super::criteria::MICRO;

/// One contribution to a score.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Line {
    pub criterion: Text,
    /// The slot of the component (or covered slot) the points are for.
    pub slot: Text,
    pub points: i64,
    pub reason: String,
    /// The exact share, in millionths of a point, before rounding to whole points.
    #[serde(skip)]
    pub micro: i64,
}

impl Line {
    pub fn new(criterion: &'static str, micro: i64, reason: String) -> Self {
        Line {
            criterion: Text::from(criterion),
            slot: Text::default(),
            points: 0,
            reason,
            micro,
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

/// A slot whose job another component of the stack already does.
#[derive(Debug, Clone, Copy)]
pub struct Cover<'c> {
    pub slot: &'c str,
    pub by: &'c Tech,
    pub coverage: &'c Coverage,
}

/// The covered slots, serialized as slot -> the id of the component that covers it.
#[derive(Debug, Clone, Default)]
pub struct Covered<'c>(pub Vec<Cover<'c>>);

impl<'c> std::ops::Deref for Covered<'c> {
    type Target = Vec<Cover<'c>>;
    fn deref(&self) -> &Vec<Cover<'c>> {
        &self.0
    }
}

impl Serialize for Covered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for cover in &self.0 {
            map.serialize_entry(cover.slot, cover.by.id.as_str())?;
        }
        map.end()
    }
}

/// A complete stack before scoring: what fills each slot and what covers others.
#[derive(Debug, Clone, Default)]
pub struct Assembly<'c> {
    pub components: Components<'c>,
    pub covered: Covered<'c>,
}

/// A ranked stack.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stack<'c> {
    pub rank: usize,
    pub score: i64,
    pub components: Components<'c>,
    /// Slots another component already covers (`queue: laravel`).
    pub covered: Covered<'c>,
    pub breakdown: Vec<Line>,
    /// What this stack gives up: unmet needs, risks of the combination, and the weak
    /// points of its riskiest parts for this profile.
    pub tradeoffs: Vec<String>,
    /// When it shares its whole score with the next stack: what separates them.
    pub note: Option<String>,
    #[serde(skip)]
    pub micro: i64,
}

/// Rounds the lines to whole points whose sum is the rounded total (largest remainder),
/// so that a breakdown always adds up to its score exactly.
pub fn apportion(lines: &mut [Line]) -> i64 {
    let exact = |line: &Line| line.micro as f64 / MICRO;
    let total = lines.iter().map(|l| l.micro).sum::<i64>() as f64 / MICRO;
    let total = total.round() as i64;
    let mut floors: i64 = 0;
    for line in lines.iter_mut() {
        line.points = exact(line).floor() as i64;
        floors += line.points;
    }
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact(&lines[a]) - exact(&lines[a]).floor();
        let rb = exact(&lines[b]) - exact(&lines[b]).floor();
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
            .map(|&p| Line::new("x", (p * MICRO) as i64, String::new()))
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
