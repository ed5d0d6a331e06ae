//! comfy-table set up the one way every command uses it: borderless or bordered, fitted to
//! the width decided in `options.rs` (comfy-table reads neither NO_COLOR nor COLUMNS itself).

use comfy_table::{ContentArrangement, Table, presets};

use super::Style;

/// A table with a header row and light borders.
pub fn grid(style: &Style, header: Vec<String>) -> Table {
    let mut table = base(style);
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_header(header);
    table
}

/// A two-column `label  value` list without borders.
pub fn key_values(style: &Style, rows: Vec<(String, String)>) -> Table {
    let mut table = base(style);
    table.load_style(presets::NOTHING);
    for (label, value) in rows {
        table.add_row(vec![label, value]);
    }
    table
}

fn base(style: &Style) -> Table {
    let mut table = Table::new();
    // Never let comfy-table probe the terminal itself: the width is decided once.
    table.force_no_tty();
    match style.width {
        Some(width) => {
            table.set_width(width);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// Renders a table as lines with no trailing spaces.
pub fn to_string(table: &Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
