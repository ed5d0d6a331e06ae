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

/// The narrowest a column of a grid may be: below it, words break every few letters.
const MIN_COLUMN: usize = 10;

/// Whether a grid of `columns` columns is readable at the style's width; when it is not,
/// the command prints one record per item instead (`records`).
pub fn fits(style: &Style, columns: usize) -> bool {
    style
        .width
        .is_none_or(|width| usize::from(width) > columns * (MIN_COLUMN + 3))
}

/// The vertical layout for a terminal too narrow for a grid: per item, a heading and a
/// `label: value` line per field, left for the terminal to wrap.
pub fn records(style: &Style, items: Vec<(String, Vec<(String, String)>)>) -> String {
    let mut out = String::new();
    for (i, (heading, fields)) in items.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&heading);
        out.push('\n');
        for (label, value) in fields {
            out.push_str(&format!("  {}: {value}\n", style.dim(&label)));
        }
    }
    out
}

/// A two-column `label  value` list without borders; below the width of two readable
/// columns, left unwrapped for the terminal to wrap.
pub fn key_values(style: &Style, rows: Vec<(String, String)>) -> Table {
    let style = &Style {
        width: style.width.filter(|_| fits(style, 2)),
        ..*style
    };
    let mut table = base(style);
    table.load_style(presets::NOTHING);
    for (label, value) in rows {
        add_row(&mut table, style, vec![label, value]);
    }
    table
}

/// Adds a row to a table fitted to a width. comfy-table splits a word wider than its
/// column in time that grows with the square of the word's length (minutes for a
/// megabyte), so a word wider than the whole table is cut into pieces of that width
/// first, which it then wraps at once; words of ordinary text are left alone.
/// Control characters in a cell are escaped first, so that the width comfy-table
/// measures is the width printed.
pub fn add_row(table: &mut Table, style: &Style, cells: Vec<String>) {
    let cells = cells
        .into_iter()
        .map(|cell| super::controls::escaped(cell, style.color));
    match style.width {
        Some(width) => {
            let width = usize::from(width).max(1);
            table.add_row(cells.map(|cell| breakable(cell, width)));
        }
        None => {
            table.add_row(cells);
        }
    }
}

/// `text` with every word longer than `width` characters (and free of escape codes)
/// split into pieces of `width`.
fn breakable(text: String, width: usize) -> String {
    let long = |word: &str| word.chars().nth(width).is_some() && !word.contains('\x1b');
    if !text.split_whitespace().any(long) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for (j, word) in line.split(' ').enumerate() {
            if j > 0 {
                out.push(' ');
            }
            if !long(word) {
                out.push_str(word);
                continue;
            }
            for (k, c) in word.chars().enumerate() {
                if k > 0 && k % width == 0 {
                    out.push(' ');
                }
                out.push(c);
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::breakable;

    #[test]
    fn only_words_wider_than_the_table_are_cut() {
        assert_eq!(breakable("a short line".into(), 5), "a short line");
        assert_eq!(
            breakable("ab abcdefghij\ncd".into(), 4),
            "ab abcd efgh ij\ncd"
        );
        assert_eq!(breakable("ééééé".into(), 2), "éé éé é");
        let colored = "\x1b[1mabcdefghij\x1b[0m".to_string();
        assert_eq!(breakable(colored.clone(), 4), colored);
    }
}
