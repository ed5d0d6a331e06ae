//! Turning command results into text. Every command's result is one value with three
//! renderings: a terminal table, JSON (serde of the value itself) and markdown.

pub mod controls;
pub mod json;
pub mod markdown;
pub mod style;
pub mod table;

use serde::Serialize;

use crate::cli::Format;
pub use style::Style;

/// A command's result, renderable in every output format.
pub trait Report: Serialize {
    /// The `command` field of the JSON document.
    const COMMAND: &'static str;
    fn table(&self, style: &Style) -> String;
    fn markdown(&self) -> String;
}

pub fn render<R: Report>(report: &R, format: Format, style: &Style) -> anyhow::Result<String> {
    Ok(match format {
        Format::Table => controls::escaped(report.table(style), style.color),
        Format::Markdown => controls::escaped(report.markdown(), false),
        Format::Json => json::document(R::COMMAND, report)?,
    })
}

/// A 1-to-5 trait as a bar: `●●●○○`.
pub fn bar(value: u8) -> String {
    let value = usize::from(value.min(5));
    format!("{}{}", "●".repeat(value), "○".repeat(5 - value))
}
