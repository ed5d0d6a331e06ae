//! Reading one catalog file into untyped entries, checking each field against the schema
//! as it goes: unknown fields, wrong types, malformed ids, URLs, years, dates and traits.
//! Checks that need the whole catalog (required fields, references, duplicates) come later,
//! once the layers are merged.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::IntoDeserializer;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::model::Traits;
use super::schema::{self, Collection, Field, Kind};
use super::source::{LineIndex, Origin, Problem, SourceFile};
use super::suggest;

/// A field's value and where it was written; list items keep their own positions so that
/// a bad reference can be pointed at precisely.
#[derive(Debug, Clone)]
pub struct RawField {
    pub value: toml::Value,
    pub origin: Option<Origin>,
    pub items: Vec<Option<Origin>>,
}

impl RawField {
    /// The position of list item `index`, or of the whole field.
    pub fn item_origin(&self, index: usize) -> Option<&Origin> {
        self.items
            .get(index)
            .and_then(Option::as_ref)
            .or(self.origin.as_ref())
    }
}

/// One `[[collection]]` table of a file.
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub collection: &'static Collection,
    pub id: String,
    pub origin: Option<Origin>,
    pub fields: BTreeMap<String, RawField>,
    /// Set by `remove = true` in a layer.
    pub remove: bool,
    /// Fields that were written but rejected: already reported, so not also "missing".
    pub rejected: Vec<String>,
}

/// Parses `source` into entries, appending every problem found to `problems`; `None` when
/// the file is not valid TOML at all.
pub fn parse_file(source: &SourceFile, problems: &mut Vec<Problem>) -> Option<Vec<RawEntry>> {
    let lines = LineIndex::new(source);
    let at = |offset: usize| lines.origin(&source.text, offset);
    let root = match DeTable::parse(&source.text) {
        Ok(root) => root,
        Err(err) => {
            let offset = err.span().map_or(0, |span| span.start);
            let message = err.message().trim_end().to_string();
            problems.push(Problem::at(
                Some(&at(offset)),
                format!("invalid TOML: {message}"),
            ));
            return None;
        }
    };
    let mut entries = Vec::new();
    for (key, value) in root.get_ref() {
        let Some(collection) = schema::collection(key.get_ref()) else {
            let known: Vec<_> = schema::COLLECTIONS.iter().map(|c| c.key).collect();
            let mut message = format!(
                "unknown table `{}`{}",
                key.get_ref(),
                suggest::did_you_mean(key.get_ref(), known.iter().copied())
            );
            if !message.ends_with('?') {
                let tables = known.iter().map(|k| format!("[[{k}]]"));
                message += &format!("; a catalog file holds {}", suggest::list(tables));
            }
            problems.push(Problem::at(Some(&at(key.span().start)), message));
            continue;
        };
        let DeValue::Array(tables) = value.get_ref() else {
            problems.push(Problem::at(
                Some(&at(value.span().start)),
                format!(
                    "`{key}` must be written as [[{key}]] tables",
                    key = collection.key
                ),
            ));
            continue;
        };
        for table in tables.iter() {
            let DeValue::Table(fields) = table.get_ref() else {
                problems.push(Problem::at(
                    Some(&at(table.span().start)),
                    format!("`{}` must be a list of tables", collection.key),
                ));
                continue;
            };
            let origin = at(table.span().start);
            if let Some(entry) = parse_entry(collection, fields, origin, &at, problems) {
                entries.push(entry);
            }
        }
    }
    Some(entries)
}

fn parse_entry(
    collection: &'static Collection,
    table: &DeTable<'_>,
    origin: Origin,
    at: &dyn Fn(usize) -> Origin,
    problems: &mut Vec<Problem>,
) -> Option<RawEntry> {
    let mut fields = BTreeMap::new();
    let mut remove = false;
    let mut rejected = Vec::new();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        let key_origin = at(key.span().start);
        if name == schema::REMOVE {
            match value.get_ref().as_bool() {
                Some(flag) => remove = flag,
                None => problems.push(Problem::at(
                    Some(&at(value.span().start)),
                    "`remove` must be true or false",
                )),
            }
            continue;
        }
        let Some(field) = collection.field(name) else {
            let names = collection.fields.iter().map(|f| f.name);
            problems.push(Problem::at(
                Some(&key_origin),
                format!(
                    "unknown field `{name}` in [[{}]]{}",
                    collection.key,
                    suggest::did_you_mean(name, names)
                ),
            ));
            continue;
        };
        match check_value(field, value, at) {
            Ok(raw) => {
                fields.insert(name.to_string(), raw);
            }
            Err(problem) => {
                rejected.push(name.to_string());
                problems.push(problem);
            }
        }
    }
    let id = match fields.get("id").map(|f| &f.value) {
        Some(toml::Value::String(id)) => id.clone(),
        _ => {
            if !rejected.iter().any(|name| name == "id") {
                problems.push(Problem::at(
                    Some(&origin),
                    format!("[[{}]] table without an `id`", collection.key),
                ));
            }
            return None;
        }
    };
    if remove && fields.len() > 1 {
        problems.push(Problem::at(
            Some(&origin),
            format!("`{id}` has `remove = true` and other fields; a removal takes only `id`"),
        ));
    }
    Some(RawEntry {
        collection,
        id,
        origin: Some(origin),
        fields,
        remove,
        rejected,
    })
}

/// Checks one value against its field's kind and converts it to a plain TOML value.
fn check_value(
    field: &Field,
    value: &Spanned<DeValue<'_>>,
    at: &dyn Fn(usize) -> Origin,
) -> Result<RawField, Problem> {
    let origin = at(value.span().start);
    let fail = |origin: &Origin, what: &str| {
        Err(Problem::at(
            Some(origin),
            format!("`{}` must be {what}", field.name),
        ))
    };
    let mut items = Vec::new();
    match (field.kind, value.get_ref()) {
        (Kind::Id, DeValue::String(s)) if is_id(s) => {}
        (Kind::Id, DeValue::String(_)) => {
            return fail(&origin, "lowercase kebab-case, like `spring-boot`");
        }
        (Kind::Ref(_), DeValue::String(s)) if !s.trim().is_empty() => {}
        (Kind::Text, DeValue::String(s)) if !s.trim().is_empty() => {}
        (Kind::Url, DeValue::String(s)) if is_url(s) => {}
        (Kind::Url, _) => return fail(&origin, "an http(s) URL"),
        (Kind::Cloud, DeValue::String(s)) if schema::CLOUDS.contains(&s.as_ref()) => {}
        (Kind::Cloud, _) => {
            return fail(
                &origin,
                &format!("one of {}", suggest::list(schema::CLOUDS)),
            );
        }
        (Kind::Word(words), DeValue::String(s)) if words.contains(&s.as_ref()) => {}
        (Kind::Word(words), _) => {
            return fail(&origin, &format!("one of {}", suggest::list(words.iter())));
        }
        (Kind::WordList(words), DeValue::Array(array)) => {
            for item in array.iter() {
                let item_origin = at(item.span().start);
                match item.get_ref() {
                    DeValue::String(s) if words.contains(&s.as_ref()) => {}
                    _ => {
                        return fail(
                            &item_origin,
                            &format!("a list of {}", suggest::list(words.iter())),
                        );
                    }
                }
                items.push(Some(item_origin));
            }
        }
        (Kind::WordList(words), _) => {
            return fail(
                &origin,
                &format!("a list of {}", suggest::list(words.iter())),
            );
        }
        (Kind::Bool, DeValue::Boolean(_)) => {}
        (Kind::Bool, _) => return fail(&origin, "true or false"),
        (Kind::Year, DeValue::Integer(n)) if is_year(n.as_str(), n.radix()) => {}
        (Kind::Year, _) => return fail(&origin, "a year between 1950 and 2100"),
        (Kind::Date, DeValue::String(s)) if is_date(s) => {}
        (Kind::Date, _) => return fail(&origin, "a date written \"YYYY-MM-DD\""),
        (Kind::Traits, DeValue::Table(table)) => {
            check_trait_table(table, 1..=5, Some(&origin), at)?
        }
        (Kind::Weight, DeValue::Integer(n))
            if n.radix() == 10 && matches!(n.as_str().parse::<u8>(), Ok(0..=100)) => {}
        (Kind::Weight, _) => return fail(&origin, "a whole number from 0 to 100"),
        (Kind::Factor, DeValue::Float(x)) if matches!(x.as_str().parse::<f64>(), Ok(f) if (0.0..=1.0).contains(&f)) =>
            {}
        (Kind::Factor, _) => return fail(&origin, "a number from 0.0 to 1.0"),
        (Kind::TraitWeights, DeValue::Table(table)) => check_trait_table(table, 0..=10, None, at)?,
        (Kind::TraitWeights, _) => {
            return fail(&origin, "a table of trait names to weights from 0 to 10");
        }
        (Kind::TraitLevels, DeValue::Table(table)) => check_trait_table(table, 2..=5, None, at)?,
        (Kind::TraitLevels, _) => {
            return fail(&origin, "a table of trait names to levels from 2 to 5");
        }
        (Kind::Traits, _) => {
            return fail(&origin, "a table of the eight traits, each 1 to 5");
        }
        (
            Kind::TextList | Kind::UrlList | Kind::RefList(_) | Kind::FieldNames,
            DeValue::Array(array),
        ) => {
            for item in array.iter() {
                let item_origin = at(item.span().start);
                let ok = match item.get_ref() {
                    DeValue::String(s) if field.kind == Kind::UrlList => is_url(s),
                    DeValue::String(s) if field.kind == Kind::FieldNames => {
                        schema::TECH.field(s).is_some()
                    }
                    DeValue::String(s) => !s.trim().is_empty(),
                    _ => false,
                };
                if !ok {
                    let what = match field.kind {
                        Kind::UrlList => "a list of http(s) URLs",
                        Kind::FieldNames => "a list of [[tech]] field names",
                        _ => "a list of non-empty strings",
                    };
                    return fail(&item_origin, what);
                }
                items.push(Some(item_origin));
            }
            if array.is_empty() && schema::NON_EMPTY_LISTS.contains(&field.name) {
                return fail(&origin, "a list of at least one item");
            }
        }
        (Kind::TextList | Kind::UrlList | Kind::RefList(_) | Kind::FieldNames, _) => {
            return fail(&origin, "a list");
        }
        _ => return fail(&origin, "a non-empty string"),
    }
    let plain = toml::Value::deserialize(value.clone().into_deserializer())
        .map_err(|err| Problem::at(Some(&origin), err.message().to_string()))?;
    Ok(RawField {
        value: plain,
        origin: Some(origin),
        items,
    })
}

/// A table of trait names to integers in `range`: the traits of an entry (all eight
/// required, 1 to 5) or trait weights (any of them, 0 to 10).
fn check_trait_table(
    table: &DeTable<'_>,
    range: std::ops::RangeInclusive<u8>,
    all_required: Option<&Origin>,
    at: &dyn Fn(usize) -> Origin,
) -> Result<(), Problem> {
    for (key, value) in table {
        if !Traits::NAMES.contains(&key.get_ref().as_ref()) {
            return Err(Problem::at(
                Some(&at(key.span().start)),
                format!(
                    "unknown trait `{}`{}; the traits are {}",
                    key.get_ref(),
                    suggest::did_you_mean(key.get_ref(), Traits::NAMES),
                    suggest::list(Traits::NAMES)
                ),
            ));
        }
        let in_range = matches!(value.get_ref(), DeValue::Integer(n)
            if n.radix() == 10 && n.as_str().parse::<u8>().is_ok_and(|v| range.contains(&v)));
        if !in_range {
            let what = if all_required.is_some() {
                "trait"
            } else {
                "the weight of"
            };
            return Err(Problem::at(
                Some(&at(value.span().start)),
                format!(
                    "{what} `{}` must be an integer from {} to {}",
                    key.get_ref(),
                    range.start(),
                    range.end()
                ),
            ));
        }
    }
    let missing = Traits::NAMES
        .iter()
        .find(|name| !table.contains_key(**name));
    match (all_required, missing) {
        (Some(origin), Some(missing)) => Err(Problem::at(
            Some(origin),
            format!("traits are missing `{missing}`"),
        )),
        _ => Ok(()),
    }
}

pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

fn is_year(digits: &str, radix: u32) -> bool {
    radix == 10 && matches!(digits.replace('_', "").parse::<u16>(), Ok(1950..=2100))
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    match parts[..] {
        [y, m, d] if number(y, 4) && number(m, 2) && number(d, 2) => {
            matches!(m.parse::<u8>(), Ok(1..=12)) && matches!(d.parse::<u8>(), Ok(1..=31))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_kebab_case() {
        for good in ["go", "spring-boot", "k8s", "aws-ecs-fargate"] {
            assert!(is_id(good), "{good}");
        }
        for bad in ["", "Go", "spring_boot", "-x", "x-", "a--b", "c#"] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn dates_and_urls_are_checked_for_shape() {
        assert!(is_date("2026-11-22"));
        assert!(!is_date("2026-13-01") && !is_date("26-11-22") && !is_date("2026/11/22"));
        assert!(is_url("https://example.com/x") && is_url("http://a"));
        assert!(!is_url("example.com") && !is_url("https://") && !is_url("https://a b"));
    }
}
