//! "Did you mean ...?" for mistyped names, and lists of names for messages.

/// The candidates closest to `input`, best first: a case-insensitive prefix match or a
/// small edit distance relative to the length of the word.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let input = input.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let similarity = strsim::jaro_winkler(&input, &lower);
            let edits = strsim::damerau_levenshtein(&input, &lower);
            let close = edits <= (input.len().max(3) / 3).max(1)
                || (input.len() >= 3 && lower.starts_with(&input))
                || similarity >= 0.88;
            close.then_some((similarity, candidate))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// `"; did you mean `x`?"` for the closest candidate, or nothing when none is close.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(input, candidates).as_slice() {
        [] => String::new(),
        [one, ..] => format!("; did you mean `{one}`?"),
    }
}

/// Items joined for a sentence: `a, b, c`.
pub fn list<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| item.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested_and_far_ones_are_not() {
        let ids = ["postgresql", "mysql", "mongodb", "go", "django"];
        assert_eq!(closest("postgre", ids)[0], "postgresql");
        assert_eq!(closest("Mongo", ids)[0], "mongodb");
        assert_eq!(closest("djnago", ids)[0], "django");
        assert!(closest("kubernetes", ids).is_empty());
        assert_eq!(did_you_mean("mysq", ids), "; did you mean `mysql`?");
        assert_eq!(did_you_mean("zzzzzz", ids), "");
    }
}
