//! Markdown that pastes cleanly into a design document or an ADR.

/// A pipe table; cell text is escaped so that `|` and line breaks cannot break the layout.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    push_row(&mut out, header.iter().map(|h| escape(h)));
    push_row(&mut out, header.iter().map(|_| "---".to_string()));
    for row in rows {
        push_row(&mut out, row.iter().map(|cell| escape(cell)));
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(&cell);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Escapes text for a table cell or a list item.
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
}
