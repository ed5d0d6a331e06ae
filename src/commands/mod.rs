//! One module per command: each turns resolved options into a renderable report.

pub mod catalog_cmd;
pub mod compare;
pub mod explain;
pub mod list;
pub mod recommend;
pub mod show;
