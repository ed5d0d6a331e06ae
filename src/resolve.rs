//! Turning what a user typed into catalog entries, with did-you-mean on a miss.

use crate::catalog::Catalog;
use crate::catalog::model::{Category, Product, Tech};
use crate::catalog::suggest;
use crate::error::UsageError;

/// The technology a user named by id or alias.
pub fn tech<'c>(catalog: &'c Catalog, name: &str) -> Result<&'c Tech, UsageError> {
    catalog.tech(name).ok_or_else(|| {
        let error = UsageError::new(format!("unknown technology `{name}`"));
        // Close aliases stand for their technology: suggest each id once.
        let mut ids: Vec<&str> = Vec::new();
        for close in suggest::closest(name, catalog.tech_names()) {
            let id = catalog.tech(close).map_or(close, |tech| tech.id.as_str());
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        match ids.as_slice() {
            [] => error.hint("run `stackpick list` to see every technology id"),
            close => error.hint(format!(
                "did you mean {}? (`stackpick list` shows every id)",
                suggest::list(close)
            )),
        }
    })
}

pub fn category<'c>(catalog: &'c Catalog, name: &str) -> Result<&'c Category, UsageError> {
    catalog.category(name).ok_or_else(|| {
        let ids = catalog.categories().iter().map(|c| c.id.as_str());
        unknown("category", name, ids.clone()).hint(format!("categories: {}", suggest::list(ids)))
    })
}

pub fn product<'c>(catalog: &'c Catalog, name: &str) -> Result<&'c Product, UsageError> {
    catalog.product(name).ok_or_else(|| {
        let ids = catalog.products().iter().map(|p| p.id.as_str());
        unknown("product type", name, ids.clone())
            .hint(format!("product types: {}", suggest::list(ids)))
    })
}

fn unknown<'a>(noun: &str, name: &str, ids: impl Iterator<Item = &'a str>) -> UsageError {
    UsageError::new(format!(
        "unknown {noun} `{name}`{}",
        suggest::did_you_mean(name, ids)
    ))
}
