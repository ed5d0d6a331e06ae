//! `stackpick compare TECH TECH [TECH...]`: technologies side by side, DB-Engines style.
//! Which facts are compared is data (`compare_rows` of each category); mixed categories
//! share the rows their categories have in common.

use serde::Serialize;
use serde_json::Value;

use crate::catalog::Catalog;
use crate::catalog::model::{Tech, Text, Traits};
use crate::error::UsageError;
use crate::facts::{self, Facts};
use crate::render::{self, Report, Style, markdown, table};
use crate::resolve;

pub const MIN_ITEMS: usize = 2;
pub const MAX_ITEMS: usize = 6;

/// Rows every comparison starts with, whatever the categories.
const LEADING_ROWS: [&str; 4] = ["category", "license", "open_source", "first_release"];
/// Rows every comparison ends with.
const TRAILING_ROWS: [&str; 1] = ["best_for"];

#[derive(Serialize)]
pub struct CompareReport<'a> {
    pub items: Vec<&'a Tech>,
    pub rows: Vec<Row>,
    /// When to choose each technology, drawn from its data.
    pub verdict: Vec<String>,
}

#[derive(Serialize)]
pub struct Row {
    /// The row's label, as the table shows it.
    pub attribute: String,
    /// The catalog field it comes from (`traits.<name>` for traits).
    pub field: String,
    /// One value per item, in the order asked; `null` where the fact does not apply.
    pub values: Vec<Value>,
    /// Ids of the items that lead a scored row (traits); empty when they tie.
    pub best: Vec<Text>,
}

impl Row {
    fn is_trait(&self) -> bool {
        self.field.starts_with("traits.")
    }

    /// The cell text for item `i`, without highlighting.
    fn cell(&self, i: usize) -> String {
        match &self.values[i] {
            Value::Number(n) if self.is_trait() => {
                let score = n.as_u64().map_or(0, |n| n.min(5) as u8);
                format!("{} {score}", render::bar(score))
            }
            Value::Null => "—".to_string(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

pub fn run<'c>(catalog: &'c Catalog, names: &[String]) -> anyhow::Result<CompareReport<'c>> {
    if !(MIN_ITEMS..=MAX_ITEMS).contains(&names.len()) {
        return Err(UsageError::new(format!(
            "compare takes {MIN_ITEMS} to {MAX_ITEMS} technologies; {} given",
            names.len()
        ))
        .hint("for example: stackpick compare postgres mongodb")
        .into());
    }
    let mut items: Vec<&Tech> = Vec::new();
    for name in names {
        let tech = resolve::tech(catalog, name)?;
        if let Some(first) = items.iter().position(|t| t.id == tech.id) {
            return Err(UsageError::new(format!(
                "`{}` and `{name}` are the same technology ({})",
                names[first], tech.id
            ))
            .hint("name each technology once")
            .into());
        }
        items.push(tech);
    }
    let rows = rows(catalog, &items);
    let verdict = verdict(&items, &rows);
    Ok(CompareReport {
        items,
        rows,
        verdict,
    })
}

/// The facts to compare: the leading rows, the rows every item's category shares, the
/// traits, then the trailing rows; facts that apply to none of the items are left out.
fn rows(catalog: &Catalog, items: &[&Tech]) -> Vec<Row> {
    let rows_of = |tech: &Tech| -> Vec<Text> {
        catalog
            .category(&tech.category)
            .map(|c| c.compare_rows.clone())
            .unwrap_or_default()
    };
    let mut shared = rows_of(items[0]);
    for tech in &items[1..] {
        let theirs = rows_of(tech);
        shared.retain(|field| theirs.contains(field));
    }
    let facts: Vec<Facts> = items.iter().map(|tech| Facts::of(tech)).collect();
    let fact_row = |field: &str| {
        let values: Vec<Value> = facts
            .iter()
            .map(|f| f.text(field).map_or(Value::Null, Value::String))
            .collect();
        values.iter().any(|v| !v.is_null()).then(|| Row {
            attribute: facts::label(field).to_string(),
            field: field.to_string(),
            values,
            best: Vec::new(),
        })
    };
    let trait_row = |(t, name): (usize, &&str)| {
        let scores: Vec<u8> = items
            .iter()
            .map(|tech| tech.traits.pairs().nth(t).map_or(0, |(_, v)| v))
            .collect();
        let top = scores.iter().copied().max().unwrap_or(0);
        let leaders: Vec<Text> = items
            .iter()
            .zip(&scores)
            .filter(|(_, s)| **s == top)
            .map(|(tech, _)| tech.id.clone())
            .collect();
        Row {
            attribute: trait_label(name),
            field: format!("traits.{name}"),
            values: scores.iter().map(|&s| Value::from(s)).collect(),
            // A tie for first place leads nothing.
            best: if leaders.len() < items.len() {
                leaders
            } else {
                Vec::new()
            },
        }
    };
    let leading = LEADING_ROWS
        .iter()
        .copied()
        .chain(shared.iter().map(Text::as_str));
    leading
        .filter_map(fact_row)
        .chain(Traits::NAMES.iter().enumerate().map(trait_row))
        .chain(TRAILING_ROWS.iter().copied().filter_map(fact_row))
        .collect()
}

fn trait_label(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "Choose X for ... : it leads on ...; its edge ...; its cost ..." for each item, from
/// its best-for products that the others lack, the traits it alone leads, and its first
/// strength and weakness.
fn verdict(items: &[&Tech], rows: &[Row]) -> Vec<String> {
    items
        .iter()
        .map(|tech| {
            let others = items.iter().filter(|t| t.id != tech.id);
            let only_here: Vec<&str> = tech
                .best_for
                .iter()
                .filter(|p| !others.clone().any(|o| o.best_for.contains(p)))
                .map(Text::as_str)
                .collect();
            let products = if only_here.is_empty() {
                tech.best_for.iter().take(3).map(Text::as_str).collect()
            } else {
                only_here
            };
            let leads: Vec<String> = rows
                .iter()
                .filter(|row| row.best.len() == 1 && row.best[0] == tech.id)
                .map(|row| row.attribute.to_lowercase())
                .collect();
            let mut sentence = format!("Choose {}", tech.name);
            if !products.is_empty() {
                sentence += &format!(" for {} products", join_and(&products));
            }
            if !leads.is_empty() {
                let connective = if products.is_empty() {
                    " when"
                } else {
                    ", and when"
                };
                let verb = if leads.len() == 1 {
                    "matters"
                } else {
                    "matter"
                };
                sentence += &format!("{connective} {} {verb} most", join_and(&leads));
            }
            if let Some(strength) = tech.strengths.first() {
                sentence += &format!(". Its edge: {}", sentence_case(strength));
            }
            if let Some(weakness) = tech.weaknesses.first() {
                sentence += &format!(" Its cost: {}", sentence_case(weakness));
            }
            sentence
        })
        .collect()
}

fn join_and<S: AsRef<str>>(words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// A catalog sentence, ending with a full stop.
fn sentence_case(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

impl Report for CompareReport<'_> {
    const COMMAND: &'static str = "compare";

    fn table(&self, style: &Style) -> String {
        let cell = |row: &Row, i: usize| {
            let text = row.cell(i);
            if !row.best.contains(&self.items[i].id) {
                text
            } else if style.color {
                style.best(&text)
            } else {
                format!("{text} ★")
            }
        };
        let mut out = if table::fits(style, self.items.len() + 1) {
            let header = std::iter::once(String::new())
                .chain(self.items.iter().map(|tech| style.accent(&tech.name)))
                .collect();
            let mut grid = table::grid(style, header);
            for row in &self.rows {
                let cells = (0..self.items.len()).map(|i| cell(row, i));
                table::add_row(
                    &mut grid,
                    style,
                    std::iter::once(style.heading(&row.attribute))
                        .chain(cells)
                        .collect(),
                );
            }
            table::to_string(&grid)
        } else {
            // Too narrow for a column per item: one record per item.
            let items = self.items.iter().enumerate().map(|(i, tech)| {
                let fields = self
                    .rows
                    .iter()
                    .map(|row| (row.attribute.to_string(), cell(row, i)))
                    .collect();
                (style.accent(&tech.name), fields)
            });
            table::records(style, items.collect())
        };
        if !style.color && self.rows.iter().any(|r| !r.best.is_empty()) {
            out += "★ leads the row\n";
        }
        out += &format!("\n{}\n", style.heading("Verdict"));
        let lines = self
            .verdict
            .iter()
            .map(|line| ("•".to_string(), line.clone()))
            .collect();
        out += &table::to_string(&table::key_values(style, lines));
        out
    }

    fn markdown(&self) -> String {
        let names: Vec<&str> = self.items.iter().map(|t| t.name.as_str()).collect();
        let header: Vec<&str> = std::iter::once("Attribute").chain(names).collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                let cells = (0..self.items.len()).map(|i| {
                    let text = row.cell(i);
                    if row.best.contains(&self.items[i].id) {
                        format!("**{text}**")
                    } else {
                        text
                    }
                });
                std::iter::once(row.attribute.clone())
                    .chain(cells)
                    .collect()
            })
            .collect();
        let mut out = markdown::table(&header, &rows);
        out += "\n### Verdict\n\n";
        for line in &self.verdict {
            out += &format!("- {}\n", markdown::escape(line));
        }
        out
    }
}
