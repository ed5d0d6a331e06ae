//! `stackpick list [CATEGORY] [--for PRODUCT]`: browse the catalog.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::model::Tech;
use crate::render::{Report, Style, markdown, table};
use crate::resolve;

#[derive(Serialize)]
pub struct ListReport<'a> {
    pub items: Vec<&'a Tech>,
}

const HEADER: [&str; 5] = ["ID", "NAME", "CATEGORY", "SINCE", "SUMMARY"];

fn row(tech: &Tech) -> Vec<String> {
    vec![
        tech.id.to_string(),
        tech.name.to_string(),
        tech.category.to_string(),
        tech.first_release.to_string(),
        tech.summary.to_string(),
    ]
}

impl Report for ListReport<'_> {
    const COMMAND: &'static str = "list";

    fn table(&self, style: &Style) -> String {
        if self.items.is_empty() {
            return "No technologies match.\n".to_string();
        }
        if !table::fits(style, HEADER.len()) {
            let items = self.items.iter().map(|tech| {
                let cells = row(tech);
                let fields = HEADER[1..]
                    .iter()
                    .map(|h| h.to_lowercase())
                    .zip(cells[1..].iter().cloned())
                    .collect();
                (style.accent(&cells[0]), fields)
            });
            return table::records(style, items.collect());
        }
        let header = HEADER.iter().map(|h| style.heading(h)).collect();
        let mut grid = table::grid(style, header);
        for tech in &self.items {
            let mut cells = row(tech);
            cells[0] = style.accent(&cells[0]);
            table::add_row(&mut grid, style, cells);
        }
        table::to_string(&grid)
    }

    fn markdown(&self) -> String {
        let rows: Vec<Vec<String>> = self.items.iter().map(|tech| row(tech)).collect();
        markdown::table(&HEADER, &rows)
    }
}

pub fn run<'c>(
    catalog: &'c Catalog,
    category: Option<&str>,
    product: Option<&str>,
) -> anyhow::Result<ListReport<'c>> {
    let category = category
        .map(|c| resolve::category(catalog, c))
        .transpose()?;
    let product = product.map(|p| resolve::product(catalog, p)).transpose()?;
    let category_rank = |tech: &Tech| {
        catalog
            .categories()
            .iter()
            .position(|c| c.id == tech.category)
            .unwrap_or(usize::MAX)
    };
    let mut items: Vec<&Tech> = catalog
        .techs()
        .filter(|tech| category.is_none_or(|c| tech.category == c.id))
        .filter(|tech| product.is_none_or(|p| tech.best_for.contains(&p.id)))
        .collect();
    items.sort_by_key(|tech| (category_rank(tech), tech.id.as_str()));
    Ok(ListReport { items })
}
