//! `stackpick recommend`: ranked, explained stacks for a profile.

use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::model::Text;
use crate::cli::ProfileArgs;
use crate::error::UsageError;
use crate::recommend::Engine;
use crate::recommend::profile::{Profile, RawProfile};
use crate::recommend::search::{self, Alternative};
use crate::recommend::stack::Stack;
use crate::render::{Report, Style, markdown, table};

/// The breakdown lines a table shows: the strongest gain of every slot, strongest
/// first (JSON has them all).
fn why<'a>(stack: &'a Stack<'_>) -> Vec<&'a crate::recommend::stack::Line> {
    let mut shown: Vec<&crate::recommend::stack::Line> = Vec::new();
    for line in stack.breakdown.iter().filter(|line| line.micro > 0) {
        match shown.iter_mut().find(|l| l.slot == line.slot) {
            Some(best) if best.micro >= line.micro => {}
            Some(best) => *best = line,
            None => shown.push(line),
        }
    }
    shown.sort_by_key(|line| std::cmp::Reverse(line.micro));
    shown
}
const TRADEOFFS_SHOWN: usize = 4;

#[derive(Serialize)]
pub struct RecommendReport<'c> {
    pub profile: &'c Profile,
    pub stacks: Vec<Stack<'c>>,
    /// Runner-up choices for each core slot of the first stack.
    pub alternatives: Vec<Alternative>,
    #[serde(skip)]
    pub catalog: &'c Catalog,
}

/// The answers given on the command line and in `--profile`, never asked for: `explain`
/// judges the stack it is given, it does not interview.
pub fn given(args: &ProfileArgs) -> anyhow::Result<RawProfile> {
    let flags = raw_profile(args);
    Ok(match &args.profile_file {
        Some(path) => read_profile(path)?.overridden_by(flags),
        None => flags,
    })
}

/// The answers a recommendation is made for: a `--profile` file with the flags over it,
/// or, on a terminal with neither, the wizard's. `true` when the wizard asked.
pub fn answers(
    catalog: &Catalog,
    args: &ProfileArgs,
    color: bool,
) -> anyhow::Result<(RawProfile, bool)> {
    let answers = given(args)?;
    if answers.is_empty() && !args.no_input && crate::wizard::available() {
        return Ok((crate::wizard::interview(catalog, color)?, true));
    }
    Ok((answers, false))
}

/// A profile holds a few answers; anything larger is not one.
const MAX_PROFILE_BYTES: u64 = 64 << 10;

fn read_profile(path: &Path) -> anyhow::Result<RawProfile> {
    let cannot = || format!("cannot read profile {}", path.display());
    let bytes = crate::files::read_at_most(path, MAX_PROFILE_BYTES)
        .with_context(cannot)?
        .ok_or_else(|| {
            UsageError::new(format!(
                "profile {} is larger than {} KiB; a profile holds a few answers",
                path.display(),
                MAX_PROFILE_BYTES >> 10
            ))
        })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| UsageError::new(format!("profile {} is not UTF-8 text", path.display())))?;
    toml::from_str(&text).with_context(|| format!("{} is not a valid profile", path.display()))
}

/// Writes answers as a profile file that `--profile` reads back, never over an existing
/// file without `force`, and never half-written.
pub fn save_profile(path: &Path, answers: &RawProfile, force: bool) -> anyhow::Result<()> {
    crate::files::check_target(path, force)?;
    let text = toml::to_string(answers)?;
    let shown = path.display().to_string();
    crate::files::write_atomically(
        path,
        format!(
            "# stackpick profile: stackpick recommend --profile {}\n{text}",
            shown.escape_debug()
        )
        .as_bytes(),
    )
}

fn raw_profile(args: &ProfileArgs) -> RawProfile {
    RawProfile {
        product: args.product.clone(),
        team: args.team.clone(),
        scale: args.scale.clone(),
        priorities: args.priorities.clone(),
        cloud: args.cloud.clone(),
        hosting: args.hosting.clone(),
        require: args.require.clone(),
        avoid: args.avoid.clone(),
        prefer: args.prefer.clone(),
        open_source_only: args.open_source_only,
    }
}

pub fn run<'c>(
    catalog: &'c Catalog,
    profile: &'c Profile,
    top: usize,
) -> anyhow::Result<RecommendReport<'c>> {
    let engine = Engine::new(catalog, std::borrow::Cow::Borrowed(profile));
    let ranking = search::rank(&engine, top)?;
    Ok(RecommendReport {
        profile,
        stacks: ranking.stacks,
        alternatives: ranking.alternatives,
        catalog,
    })
}

/// "Python · FastAPI · PostgreSQL · Google Cloud Run": a stack's core in a line.
pub fn title(stack: &Stack<'_>, catalog: &Catalog) -> String {
    catalog
        .rules()
        .slots
        .iter()
        .filter(|slot| slot.core)
        .filter_map(|slot| stack.components.get(&slot.id))
        .map(|tech| tech.name.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

fn slot_name<'a>(catalog: &'a Catalog, slot: &'a str) -> &'a str {
    catalog
        .rules()
        .slots
        .iter()
        .find(|s| s.id == slot)
        .map_or(slot, |s| s.name.as_str())
}

fn criterion_name<'a>(catalog: &'a Catalog, id: &'a Text) -> &'a str {
    catalog
        .rules()
        .criteria
        .iter()
        .find(|c| c.id == *id)
        .map_or(id.as_str(), |c| c.name.as_str())
}

fn score_bar(score: i64) -> String {
    let filled = usize::try_from(score.clamp(0, 100) / 5).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled))
}

/// One stack as a terminal block: title and score, components, reasons, trade-offs.
pub fn stack_table(stack: &Stack<'_>, heading: &str, catalog: &Catalog, style: &Style) -> String {
    let mut out = format!(
        "{}  {}\n{} {}/100  {}\n",
        style.accent(heading),
        style.heading(&title(stack, catalog)),
        style.dim("score"),
        stack.score,
        style.good(&score_bar(stack.score))
    );
    let components = component_rows(stack, catalog)
        .into_iter()
        .map(|(slot, text)| (style.heading(slot), text))
        .collect();
    out += &table::to_string(&table::key_values(style, components));
    out += &format!("{}\n", style.heading("Why"));
    let reasons = why(stack)
        .into_iter()
        .map(|line| {
            (
                style.good(&format!("+{}", line.points)),
                format!(
                    "{}: {}",
                    criterion_name(catalog, &line.criterion),
                    line.reason
                ),
            )
        })
        .collect();
    out += &table::to_string(&table::key_values(style, reasons));
    if !stack.tradeoffs.is_empty() {
        out += &format!("{}\n", style.heading("Trade-offs"));
        let tradeoffs = stack
            .tradeoffs
            .iter()
            .take(TRADEOFFS_SHOWN)
            .map(|t| (style.bad("-"), t.clone()))
            .collect();
        out += &table::to_string(&table::key_values(style, tradeoffs));
    }
    if let Some(note) = &stack.note {
        out += &format!("{}\n", style.dim(note));
    }
    out
}

/// The components by slot name, then the slots other components cover.
fn component_rows<'a>(stack: &'a Stack<'_>, catalog: &'a Catalog) -> Vec<(&'a str, String)> {
    let mut rows: Vec<(&str, String)> = stack
        .components
        .0
        .iter()
        .map(|(slot, tech)| {
            (
                slot_name(catalog, slot),
                format!("{} ({})", tech.name, tech.id),
            )
        })
        .collect();
    for cover in stack.covered.iter() {
        rows.push((
            slot_name(catalog, cover.slot),
            format!(
                "{} covered by {} ({}): {}",
                cover.coverage.capabilities.join(", "),
                cover.by.name,
                cover.by.id,
                cover.coverage.reason
            ),
        ));
    }
    rows
}

/// One stack as markdown.
pub fn stack_markdown(stack: &Stack<'_>, heading: &str, catalog: &Catalog) -> String {
    let mut out = format!(
        "## {heading} {} ({}/100)\n\n",
        title(stack, catalog),
        stack.score
    );
    let rows: Vec<Vec<String>> = component_rows(stack, catalog)
        .into_iter()
        .map(|(slot, text)| vec![slot.to_string(), text])
        .collect();
    out += &markdown::table(&["Slot", "Technology"], &rows);
    out += "\n**Why**\n\n";
    let rows: Vec<Vec<String>> = stack
        .breakdown
        .iter()
        .map(|line| {
            vec![
                format!("{:+}", line.points),
                criterion_name(catalog, &line.criterion).to_string(),
                line.reason.clone(),
            ]
        })
        .collect();
    out += &markdown::table(&["Points", "Criterion", "Reason"], &rows);
    if !stack.tradeoffs.is_empty() {
        out += "\n**Trade-offs**\n\n";
        for tradeoff in &stack.tradeoffs {
            out += &format!("- {}\n", markdown::escape(tradeoff));
        }
    }
    if let Some(note) = &stack.note {
        out += &format!("\n{}\n", markdown::escape(note));
    }
    out
}

impl Report for RecommendReport<'_> {
    const COMMAND: &'static str = "recommend";

    fn table(&self, style: &Style) -> String {
        let mut blocks: Vec<String> = self
            .stacks
            .iter()
            .map(|stack| stack_table(stack, &format!("#{}", stack.rank), self.catalog, style))
            .collect();
        if !self.alternatives.is_empty() {
            let mut out = format!(
                "{}\n",
                style.heading("Alternatives to #1, one slot at a time")
            );
            let rows = self
                .alternatives_by_slot()
                .into_iter()
                .map(|(slot, text)| (style.heading(slot), text))
                .collect();
            out += &table::to_string(&table::key_values(style, rows));
            blocks.push(out);
        }
        blocks.join("\n")
    }

    fn markdown(&self) -> String {
        let mut out: Vec<String> = self
            .stacks
            .iter()
            .map(|stack| stack_markdown(stack, &format!("{}.", stack.rank), self.catalog))
            .collect();
        if !self.alternatives.is_empty() {
            let rows: Vec<Vec<String>> = self
                .alternatives_by_slot()
                .into_iter()
                .map(|(slot, text)| vec![slot.to_string(), text])
                .collect();
            out.push(format!(
                "## Alternatives to 1.\n\n{}",
                markdown::table(&["Slot", "Instead (score)"], &rows)
            ));
        }
        out.join("\n")
    }
}

impl RecommendReport<'_> {
    /// "database: mongodb (76), mysql (74)".
    fn alternatives_by_slot(&self) -> Vec<(&str, String)> {
        let mut rows: Vec<(&str, String)> = Vec::new();
        for alternative in &self.alternatives {
            let text = format!("{} ({})", alternative.id, alternative.score);
            let name = slot_name(self.catalog, &alternative.slot);
            match rows.iter_mut().find(|(slot, _)| *slot == name) {
                Some((_, line)) => *line += &format!(", {text}"),
                None => rows.push((name, text)),
            }
        }
        rows
    }
}
