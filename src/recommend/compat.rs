//! Hard compatibility rules: what may share a stack. A failed check is a `Conflict`, which
//! says in one plain sentence why two technologies do not fit ("django needs python; the
//! stack's language is go") when shown, and costs nothing when it is only tested.

use std::fmt;

use crate::catalog::model::Tech;

/// Why two technologies cannot share a stack.
#[derive(Debug, Clone, Copy)]
pub enum Conflict<'a> {
    Language {
        tech: &'a Tech,
        language: &'a Tech,
    },
    FrameworkDatabases {
        framework: &'a Tech,
        database: &'a Tech,
    },
    BundledOrm {
        framework: &'a Tech,
        orm: &'a Tech,
        database: &'a Tech,
    },
    OrmDatabase {
        orm: &'a Tech,
        database: &'a Tech,
    },
    HostLanguage {
        host: &'a Tech,
        language: &'a Tech,
    },
    Cloud {
        tech: &'a Tech,
        host: &'a Tech,
    },
    Runtime {
        framework: &'a Tech,
        runtime: &'a Tech,
    },
    Backends {
        runner: &'a Tech,
    },
    Workers {
        runner: &'a Tech,
        host: &'a Tech,
    },
    BundledElsewhere {
        orm: &'a Tech,
        owner: &'a Tech,
    },
    FrameworkHost {
        framework: &'a Tech,
        host: &'a Tech,
    },
}

pub type Fit<'a> = Result<(), Conflict<'a>>;

impl fmt::Display for Conflict<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Conflict::Language { tech, language } => write!(
                f,
                "{} needs {}; the stack's language is {}",
                tech.id,
                tech.languages.join(" or "),
                language.id
            ),
            Conflict::FrameworkDatabases {
                framework,
                database,
            } => write!(
                f,
                "{} runs on {}, not {}",
                framework.id,
                framework.databases.join(" or "),
                database.id
            ),
            Conflict::BundledOrm {
                framework,
                orm,
                database,
            } => {
                write!(
                    f,
                    "{}'s ORM ({}) does not support {}",
                    framework.id, orm.id, database.id
                )
            }
            Conflict::OrmDatabase { orm, database } => {
                write!(f, "{} does not support {}", orm.id, database.id)
            }
            Conflict::HostLanguage { host, language } => {
                write!(f, "{} does not run {}", host.id, language.id)
            }
            Conflict::Cloud { tech, host } => {
                let needed = tech.cloud.as_deref().unwrap_or("one cloud");
                write!(
                    f,
                    "{} runs only on {needed}; the stack is hosted on {}",
                    tech.id, host.id
                )?;
                match host.cloud.as_deref() {
                    Some(cloud) if cloud != "none" => write!(f, " ({cloud})"),
                    _ => Ok(()),
                }
            }
            Conflict::Runtime { framework, runtime } => write!(
                f,
                "{} runs on {}, not {}",
                framework.id,
                framework.runtimes.join(" or "),
                runtime.id
            ),
            Conflict::Backends { runner } => write!(
                f,
                "{} needs one of {} in the stack",
                runner.id,
                runner.backends.join(", ")
            ),
            Conflict::Workers { runner, host } => write!(
                f,
                "{} needs worker processes, which {} does not run",
                runner.id, host.id
            ),
            Conflict::BundledElsewhere { orm, owner } => {
                write!(
                    f,
                    "{} is {}'s ORM and is not used without it",
                    orm.id, owner.id
                )
            }
            Conflict::FrameworkHost { framework, host } => write!(
                f,
                "{} runs as a long-lived server; {} runs short-lived functions",
                framework.id, host.id
            ),
        }
    }
}

fn names_language(tech: &Tech, language: &Tech) -> bool {
    tech.languages.contains(&language.id)
}

/// Frameworks, ORMs, runtimes, job runners, platforms and test tools that name languages.
pub fn language<'a>(tech: &'a Tech, language: &'a Tech) -> Fit<'a> {
    if tech.languages.is_empty() || names_language(tech, language) {
        Ok(())
    } else {
        Err(Conflict::Language { tech, language })
    }
}

/// A framework that names its databases, or ships an ORM, works with those databases only.
pub fn framework_database<'a>(
    framework: &'a Tech,
    database: &'a Tech,
    bundled_orm: Option<&'a Tech>,
) -> Fit<'a> {
    if !framework.databases.is_empty() && !framework.databases.contains(&database.id) {
        return Err(Conflict::FrameworkDatabases {
            framework,
            database,
        });
    }
    match bundled_orm {
        Some(orm) if !orm.databases.contains(&database.id) => Err(Conflict::BundledOrm {
            framework,
            orm,
            database,
        }),
        _ => Ok(()),
    }
}

pub fn orm_database<'a>(orm: &'a Tech, database: &'a Tech) -> Fit<'a> {
    if orm.databases.contains(&database.id) {
        Ok(())
    } else {
        Err(Conflict::OrmDatabase { orm, database })
    }
}

/// A host runs a language natively or runs any container.
pub fn host_language<'a>(host: &'a Tech, language: &'a Tech) -> Fit<'a> {
    if host.runs_containers == Some(true) || names_language(host, language) {
        Ok(())
    } else {
        Err(Conflict::HostLanguage { host, language })
    }
}

/// A service tied to one cloud needs a host on that cloud.
pub fn same_cloud<'a>(tech: &'a Tech, host: &'a Tech) -> Fit<'a> {
    let cloud_of = |t: &'a Tech| t.cloud.as_deref().filter(|c| *c != "none");
    match (cloud_of(tech), cloud_of(host)) {
        (Some(needed), Some(hosted)) if needed == hosted => Ok(()),
        (Some(_), _) => Err(Conflict::Cloud { tech, host }),
        (None, _) => Ok(()),
    }
}

/// A runtime fits the language and, when the framework names runtimes, the framework.
pub fn runtime<'a>(runtime: &'a Tech, language: &'a Tech, framework: Option<&'a Tech>) -> Fit<'a> {
    self::language(runtime, language)?;
    match framework {
        Some(framework)
            if !framework.runtimes.is_empty() && !framework.runtimes.contains(&runtime.id) =>
        {
            Err(Conflict::Runtime { framework, runtime })
        }
        _ => Ok(()),
    }
}

/// A job runner needs one of its backends among the stack's stores, or a store
/// compatible with one (Oban runs on Neon because Neon is PostgreSQL).
pub fn backends<'a>(runner: &'a Tech, stores: &[&Tech]) -> Fit<'a> {
    let serves = |store: &&Tech| {
        std::iter::once(&store.id)
            .chain(&store.compatible_with)
            .any(|id| runner.backends.contains(id))
    };
    if runner.backends.is_empty() || stores.iter().any(serves) {
        Ok(())
    } else {
        Err(Conflict::Backends { runner })
    }
}

/// A job runner needs worker processes beside the web process.
pub fn workers<'a>(runner: &'a Tech, host: &'a Tech) -> Fit<'a> {
    if runner.category != "jobs" || host.capabilities.iter().any(|c| c == "background-workers") {
        Ok(())
    } else {
        Err(Conflict::Workers { runner, host })
    }
}

/// An ORM that ships with one framework is used with that framework only.
pub fn bundled_elsewhere<'a>(
    orm: &'a Tech,
    framework: Option<&Tech>,
    bundled_by: Option<&'a Tech>,
) -> Fit<'a> {
    match bundled_by {
        Some(owner) if framework.is_none_or(|f| f.id != owner.id) => {
            Err(Conflict::BundledElsewhere { orm, owner })
        }
        _ => Ok(()),
    }
}

/// A batteries-included framework is a long-lived server with connection pools and
/// start-up work; a functions platform runs short-lived handlers.
pub fn framework_host<'a>(framework: &'a Tech, host: &'a Tech) -> Fit<'a> {
    let long_lived = framework
        .capabilities
        .iter()
        .any(|c| c == "batteries-included" || c == "built-in-orm");
    let functions = matches!(
        host.kind.as_deref(),
        Some("serverless functions" | "edge functions")
    );
    if long_lived && functions {
        Err(Conflict::FrameworkHost { framework, host })
    } else {
        Ok(())
    }
}
