//! The embedded catalog's text, kept in one string table apart from its encoded entries.
//! The binary includes the table with `include_str!`, which checks that it is UTF-8 at
//! compile time; an embedded string then decodes to a slice of it, where postcard would
//! check every string as it decodes it (a tenth of a `recommend` run). build.rs writes
//! the table while it encodes the catalog, each distinct string once.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

thread_local! {
    /// The table being written, while build.rs encodes the catalog.
    static WRITING: RefCell<Option<Writer>> = const { RefCell::new(None) };
    /// The table being read, while the binary decodes part of the embedded catalog.
    static READING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

#[derive(Default)]
struct Writer {
    table: String,
    starts: HashMap<String, u32>,
}

/// Runs `encode` with the strings it serializes written to a new table, returned with
/// what `encode` returns.
#[allow(dead_code)] // build.rs writes the table; the binary only reads it.
pub fn write_table<T>(encode: impl FnOnce() -> T) -> (T, String) {
    WRITING.with(|writing| writing.replace(Some(Writer::default())));
    let encoded = encode();
    let writer = WRITING.with(|writing| writing.take()).expect("set above");
    (encoded, writer.table)
}

/// Runs `decode` with the strings it deserializes read from `table`.
pub fn read_table<T>(table: &'static str, decode: impl FnOnce() -> T) -> T {
    let outer = READING.with(|reading| reading.replace(Some(table)));
    let decoded = decode();
    READING.with(|reading| reading.set(outer));
    decoded
}

/// A string as its place in the table being written, or as itself when none is.
pub fn serialize<S: Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
    let place = WRITING.with(|writing| {
        let mut writing = writing.borrow_mut();
        let writer = writing.as_mut()?;
        let start = *writer.starts.entry(text.to_string()).or_insert_with(|| {
            let start = u32::try_from(writer.table.len()).expect("catalog text under 4 GiB");
            writer.table.push_str(text);
            start
        });
        Some((
            start,
            u32::try_from(text.len()).expect("a string under 4 GiB"),
        ))
    });
    match place {
        Some(place) => place.serialize(serializer),
        None => serializer.serialize_str(text),
    }
}

/// The table being read, if any: the embedded catalog's strings are encoded as places in it.
pub fn reading() -> Option<&'static str> {
    READING.with(Cell::get)
}

/// A string from its place in `table`.
pub fn deserialize<'de, D: Deserializer<'de>>(
    table: &'static str,
    deserializer: D,
) -> Result<&'static str, D::Error> {
    let (start, len) = <(u32, u32)>::deserialize(deserializer)?;
    let start = start as usize;
    table
        .get(start..start + len as usize)
        .ok_or_else(|| D::Error::custom("a string outside the catalog's string table"))
}
