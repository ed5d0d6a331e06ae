//! `stackpick show TECH`: one technology in full.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::model::Tech;
use crate::catalog::schema;
use crate::facts::Facts;
use crate::render::{self, Report, Style, markdown, table};

#[derive(Serialize)]
pub struct ShowReport<'a> {
    pub item: &'a Tech,
}

/// Fields rendered in their own sections, or in the title, rather than as facts.
const OWN_SECTIONS: [&str; 8] = [
    "id",
    "name",
    "summary",
    "strengths",
    "weaknesses",
    "traits",
    "sources",
    "as_of",
];

/// Every other field that has a value, labelled, in schema order.
pub fn facts(tech: &Tech) -> Vec<(&'static str, String)> {
    let facts = Facts::of(tech);
    schema::TECH
        .fields
        .iter()
        .filter(|field| !OWN_SECTIONS.contains(&field.name))
        .filter_map(|field| Some((field.label, facts.text(field.name)?)))
        .collect()
}

impl Report for ShowReport<'_> {
    const COMMAND: &'static str = "show";

    fn table(&self, style: &Style) -> String {
        let tech = self.item;
        let mut out = format!(
            "{}  {}\n{}\n\n",
            style.accent(&tech.name),
            style.dim(&format!("{} · {}", tech.id, tech.category)),
            tech.summary
        );
        let facts = facts(tech)
            .into_iter()
            .map(|(label, value)| (style.heading(label), value))
            .collect();
        out += &table::to_string(&table::key_values(style, facts));
        out += &format!("\n{}\n", style.heading("Traits"));
        let traits = tech
            .traits
            .pairs()
            .map(|(name, value)| {
                (
                    name.replace('_', " "),
                    format!("{} {value}", render::bar(value)),
                )
            })
            .collect();
        out += &table::to_string(&table::key_values(style, traits));
        for (title, mark, items) in [
            ("Strengths", style.good("+"), &tech.strengths),
            ("Weaknesses", style.bad("-"), &tech.weaknesses),
        ] {
            out += &format!("\n{}\n", style.heading(title));
            let rows = items
                .iter()
                .map(|item| (mark.clone(), item.to_string()))
                .collect();
            out += &table::to_string(&table::key_values(style, rows));
        }
        out += &format!(
            "\n{}\n",
            style.heading(&format!("Sources (checked {})", tech.as_of))
        );
        for source in &tech.sources {
            out += &format!("  {source}\n");
        }
        out
    }

    fn markdown(&self) -> String {
        let tech = self.item;
        let mut out = format!("## {} (`{}`)\n\n{}\n\n", tech.name, tech.id, tech.summary);
        let rows: Vec<Vec<String>> = facts(tech)
            .into_iter()
            .map(|(label, value)| vec![label.to_string(), value])
            .collect();
        out += &markdown::table(&["Fact", "Value"], &rows);
        out += "\n### Traits\n\n";
        let traits: Vec<Vec<String>> = tech
            .traits
            .pairs()
            .map(|(name, value)| {
                vec![
                    name.replace('_', " "),
                    format!("{} {value}/5", render::bar(value)),
                ]
            })
            .collect();
        out += &markdown::table(&["Trait", "Score"], &traits);
        for (title, items) in [
            ("Strengths", &tech.strengths),
            ("Weaknesses", &tech.weaknesses),
        ] {
            out += &format!("\n### {title}\n\n");
            for item in items {
                out += &format!("- {}\n", markdown::escape(item));
            }
        }
        out += &format!("\n### Sources (checked {})\n\n", tech.as_of);
        for source in &tech.sources {
            out += &format!("- <{source}>\n");
        }
        out
    }
}

pub fn run<'c>(catalog: &'c Catalog, tech: &str) -> anyhow::Result<ShowReport<'c>> {
    Ok(ShowReport {
        item: crate::resolve::tech(catalog, tech)?,
    })
}
