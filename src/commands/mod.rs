//! One module per command: each turns resolved options into a renderable report.

pub mod catalog_cmd;
pub mod compare;
pub mod list;
pub mod show;
