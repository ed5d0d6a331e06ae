//! The JSON document every command prints with `--format json`.

use serde::Serialize;

/// Version of the JSON documents; fields may be added, none removed or renamed without
/// raising it.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a, T: Serialize> {
    schema_version: u32,
    command: &'a str,
    #[serde(flatten)]
    body: &'a T,
}

/// `{"schema_version": 1, "command": ..., ...body}`, pretty-printed, with a final newline.
pub fn document<T: Serialize>(command: &str, body: &T) -> anyhow::Result<String> {
    let document = Document {
        schema_version: SCHEMA_VERSION,
        command,
        body,
    };
    let mut text = serde_json::to_string_pretty(&document)?;
    text.push('\n');
    Ok(text)
}
