//! Command-line definitions (clap derive) and nothing else: `options.rs` turns them into
//! resolved settings before any command runs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::completion;

#[derive(Debug, Parser)]
#[command(
    name = "stackpick",
    version,
    about = "Backend stack advisor: ranked, explained stack recommendations and side-by-side technology comparisons",
    after_help = "Examples:\n  stackpick recommend --product saas --team python\n  stackpick compare postgres mongodb\n  stackpick show postgres\n  stackpick list database --for iot\n  stackpick catalog export ./my-catalog\n  stackpick --catalog ./my-catalog show mongodb --json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Shorthand for --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// When to use colour (NO_COLOR and CLICOLOR_FORCE are honoured under auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,
    /// Extra catalog layer over the embedded catalog (repeatable, applied in order)
    #[arg(long = "catalog", global = true, value_name = "DIR")]
    pub catalogs: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// What the team is building and how: the profile a recommendation is made for.
#[derive(Debug, Args, Default)]
pub struct ProfileArgs {
    /// Product type: saas, ecommerce, realtime, ai, internal-tool, content, mobile-backend,
    /// fintech, enterprise, mvp, iot, gaming, data-pipeline, marketplace, microservices, local-first
    #[arg(long, value_name = "ID", value_parser = completion::PRODUCTS, hide_possible_values = true)]
    pub product: Option<String>,
    /// Languages or frameworks the team knows, LEVEL novice, working (default) or expert; `none` for no skills
    #[arg(long, value_name = "SKILL[:LEVEL],...", value_delimiter = ',', value_parser = completion::SKILLS, hide_possible_values = true)]
    pub team: Vec<String>,
    /// Scaling path: prototype, growth (default), large or hyperscale
    #[arg(long, value_name = "S", value_parser = completion::SCALES, hide_possible_values = true)]
    pub scale: Option<String>,
    /// What matters most: time-to-market, cost, performance, reliability, simplicity, hiring, security
    #[arg(long = "priority", value_name = "P,...", value_delimiter = ',', value_parser = completion::PRIORITIES, hide_possible_values = true)]
    pub priorities: Vec<String>,
    /// Cloud: aws, gcp, azure or any (default)
    #[arg(long, value_name = "C", value_parser = completion::CLOUDS, hide_possible_values = true)]
    pub cloud: Option<String>,
    /// Hosting model: managed, self-hosted, serverless or any (default)
    #[arg(long, value_name = "H", value_parser = completion::HOSTING, hide_possible_values = true)]
    pub hosting: Option<String>,
    /// Technologies every recommended stack must contain
    #[arg(long, value_name = "TECH,...", value_delimiter = ',', value_parser = completion::TECHS, hide_possible_values = true)]
    pub require: Vec<String>,
    /// Technologies no recommended stack may contain
    #[arg(long, value_name = "TECH,...", value_delimiter = ',', value_parser = completion::TECHS, hide_possible_values = true)]
    pub avoid: Vec<String>,
    /// Technologies that earn a bonus, shown in the breakdown
    #[arg(long, value_name = "TECH,...", value_delimiter = ',', value_parser = completion::TECHS, hide_possible_values = true)]
    pub prefer: Vec<String>,
    /// Only technologies whose licence is open source
    #[arg(long)]
    pub open_source_only: bool,
    /// Read the answers from a profile file (TOML, as --save-profile writes it); flags
    /// given as well take precedence
    #[arg(long = "profile", value_name = "FILE")]
    pub profile_file: Option<PathBuf>,
    /// Never prompt; unanswered questions take their defaults
    #[arg(long)]
    pub no_input: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recommend whole stacks for a product, a team and a scaling path, ranked and explained;
    /// on a terminal with no profile option, an interview asks for them
    #[command(
        after_help = "Examples:\n  stackpick recommend --product ai --team python --scale growth\n  stackpick recommend --product realtime --team typescript:expert --priority time-to-market\n  stackpick recommend --product internal-tool --team csharp --cloud azure --top 5\n  stackpick recommend --product iot --scale hyperscale --cloud aws --json | jq '.stacks[0].components'"
    )]
    Recommend {
        #[command(flatten)]
        profile: ProfileArgs,
        /// How many stacks to show
        #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        top: u16,
        /// Write the answers (from flags or the wizard) to a profile file (TOML)
        #[arg(long, value_name = "FILE")]
        save_profile: Option<PathBuf>,
        /// Overwrite the --save-profile file if it exists
        #[arg(long, requires = "save_profile")]
        force: bool,
    },
    /// Score the stack you have in mind for a profile, and see why it ranks below the top pick
    #[command(
        after_help = "Examples:\n  stackpick explain django postgres heroku --product saas --team python\n  stackpick explain express mongodb --product realtime --team javascript --json"
    )]
    Explain {
        /// Technologies of the stack (any slots; the others are filled with the best fit)
        #[arg(value_name = "TECH", required = true, num_args = 1.., value_parser = completion::TECHS, hide_possible_values = true)]
        techs: Vec<String>,
        #[command(flatten)]
        profile: ProfileArgs,
    },
    /// Compare 2 to 6 technologies side by side
    #[command(
        after_help = "Examples:\n  stackpick compare postgres mongodb\n  stackpick compare django rails laravel --format markdown\n  stackpick compare aws-lambda cloud-run fly-io --json | jq '.rows[] | select(.field == \"pricing\")'"
    )]
    Compare {
        /// Technology ids or aliases (case-insensitive), 2 to 6
        #[arg(value_name = "TECH", required = true, num_args = 1.., value_parser = completion::TECHS, hide_possible_values = true)]
        techs: Vec<String>,
    },
    /// Show one technology in full
    #[command(
        after_help = "Examples:\n  stackpick recommend --product saas --team python\n  stackpick compare postgres mongodb\n  stackpick show postgres\n  stackpick show k8s --format markdown\n  stackpick show fastapi --json | jq .item.languages"
    )]
    Show {
        /// Technology id or alias (case-insensitive)
        #[arg(value_name = "TECH", value_parser = completion::TECHS, hide_possible_values = true)]
        tech: String,
    },
    /// Browse the catalog, optionally one category or what suits a product type
    #[command(
        after_help = "Examples:\n  stackpick list\n  stackpick list database\n  stackpick list framework --for realtime\n  stackpick list --json | jq -r '.items[].id'"
    )]
    List {
        /// Only this category (language, framework, database, orm, hosting, ...)
        #[arg(value_name = "CATEGORY", value_parser = completion::CATEGORIES, hide_possible_values = true)]
        category: Option<String>,
        /// Only technologies that are a strong fit for this product type
        #[arg(long = "for", value_name = "PRODUCT", value_parser = completion::PRODUCTS, hide_possible_values = true)]
        product: Option<String>,
    },
    /// Check or export catalog directories
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  stackpick completions bash > ~/.local/share/bash-completion/completions/stackpick\n  stackpick completions zsh > ~/.zfunc/_stackpick\n  stackpick completions fish > ~/.config/fish/completions/stackpick.fish"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Check a catalog directory as a layer over the embedded catalog (and the configured
    /// layers); every problem is reported as file:line:col: message
    #[command(
        after_help = "Examples:\n  stackpick catalog validate\n  stackpick catalog validate ./my-catalog"
    )]
    Validate {
        /// The directory to check; without it, the embedded catalog and configured layers
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Write the embedded catalog out as editable TOML
    #[command(
        after_help = "Examples:\n  stackpick catalog export ./my-catalog\n  stackpick --catalog ./my-catalog show postgres"
    )]
    Export {
        /// Directory to write into (created if missing)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Overwrite files that already exist
        #[arg(long)]
        force: bool,
    },
}
