//! `stackpick explain TECH...`: the stack a user has in mind, scored for a profile and set
//! against the top pick.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::model::Text;
use crate::recommend::Engine;
use crate::recommend::explain::{self, Explanation};
use crate::recommend::profile::Profile;
use crate::render::{Report, Style, markdown, table};
use crate::resolve;

use super::recommend::{stack_markdown, stack_table};

#[derive(Serialize)]
pub struct ExplainReport<'c> {
    pub profile: &'c Profile,
    #[serde(flatten)]
    pub explanation: Explanation<'c>,
    #[serde(skip)]
    pub catalog: &'c Catalog,
}

pub fn run<'c>(
    catalog: &'c Catalog,
    profile: &'c Profile,
    names: &[String],
) -> anyhow::Result<ExplainReport<'c>> {
    let mut named: Vec<Text> = Vec::new();
    for name in names {
        let id = resolve::tech(catalog, name)?.id.clone();
        if !named.contains(&id) {
            named.push(id);
        }
    }
    let engine = Engine::new(catalog, std::borrow::Cow::Borrowed(profile));
    Ok(ExplainReport {
        profile,
        explanation: explain::explain(&engine, &named)?,
        catalog,
    })
}

impl ExplainReport<'_> {
    fn criterion_name(&self, id: &Text) -> String {
        let criteria = &self.catalog.rules().criteria;
        criteria
            .iter()
            .find(|c| c.id == *id)
            .map_or(id.to_string(), |c| c.name.to_string())
    }

    /// One row per criterion that counted in either stack.
    fn rows(&self) -> Vec<Vec<String>> {
        self.explanation
            .differences
            .iter()
            .filter(|d| d.stack != 0 || d.top != 0)
            .map(|d| {
                vec![
                    self.criterion_name(&d.criterion),
                    d.stack.to_string(),
                    d.top.to_string(),
                    format!("{:+}", d.difference),
                ]
            })
            .collect()
    }

    fn verdict(&self) -> String {
        let misses = &self.explanation.misses;
        if !misses.is_empty() {
            return format!(
                "This stack misses what every stack for this profile must meet, so recommend does not rank it: {}.",
                misses.join("; ")
            );
        }
        let gap = self.explanation.top.score - self.explanation.stack.score;
        if gap <= 0 {
            return "This stack is as good as the top pick for this profile.".to_string();
        }
        let mut behind: Vec<(&Text, i64)> = self
            .explanation
            .differences
            .iter()
            .filter(|d| d.difference < 0)
            .map(|d| (&d.criterion, d.difference))
            .collect();
        behind.sort_by_key(|(_, d)| *d);
        let parts: Vec<String> = behind
            .iter()
            .map(|(c, d)| format!("{} {d}", self.criterion_name(c)))
            .collect();
        format!(
            "It ranks {gap} points below the top pick: {}.",
            parts.join(", ")
        )
    }
}

impl Report for ExplainReport<'_> {
    const COMMAND: &'static str = "explain";

    fn table(&self, style: &Style) -> String {
        let mut out = stack_table(&self.explanation.stack, "Your stack", self.catalog, style);
        out += "\n";
        out += &stack_table(&self.explanation.top, "Top pick", self.catalog, style);
        out += &format!("\n{}\n", style.heading("Criterion by criterion"));
        const HEADER: [&str; 4] = ["Criterion", "Yours", "Top pick", "Difference"];
        if table::fits(style, HEADER.len()) {
            let header = HEADER.iter().map(|h| style.heading(h)).collect();
            let mut grid = table::grid(style, header);
            for row in self.rows() {
                table::add_row(&mut grid, style, row);
            }
            out += &table::to_string(&grid);
        } else {
            let items = self.rows().into_iter().map(|mut row| {
                let fields = HEADER[1..]
                    .iter()
                    .map(|h| h.to_string())
                    .zip(row.split_off(1));
                (row.remove(0), fields.collect())
            });
            out += &table::records(style, items.collect());
        }
        out += &format!("{}\n", self.verdict());
        out
    }

    fn markdown(&self) -> String {
        let mut out = stack_markdown(&self.explanation.stack, "Your stack:", self.catalog);
        out += "\n";
        out += &stack_markdown(&self.explanation.top, "Top pick:", self.catalog);
        out += "\n## Criterion by criterion\n\n";
        out += &markdown::table(
            &["Criterion", "Yours", "Top pick", "Difference"],
            &self.rows(),
        );
        out += &format!("\n{}\n", self.verdict());
        out
    }
}
