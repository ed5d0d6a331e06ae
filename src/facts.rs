//! A technology's fields as display text, looked up by field name, so that `show` and
//! `compare` can list whichever fields the schema and the catalog name without code per
//! field.

use serde_json::{Map, Value};

use crate::catalog::model::Tech;
use crate::catalog::schema;

/// The fields of one technology, ready to be displayed by name.
pub struct Facts(Map<String, Value>);

impl Facts {
    pub fn of(tech: &Tech) -> Self {
        match serde_json::to_value(tech) {
            Ok(Value::Object(fields)) => Facts(fields),
            _ => unreachable!("a technology serializes to a JSON object"),
        }
    }

    /// The field as text: lists joined with commas, booleans as yes/no; `None` when the
    /// field is empty or does not apply.
    pub fn text(&self, field: &str) -> Option<String> {
        match self.0.get(field)? {
            Value::String(s) => Some(s.clone()),
            Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Array(items) if !items.is_empty() => Some(
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => None,
        }
    }
}

/// How a field is labelled for people.
pub fn label(field: &str) -> &str {
    schema::TECH.field(field).map_or(field, |f| f.label)
}
