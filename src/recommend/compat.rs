//! Hard compatibility rules: what may share a stack. A failed check is a `Conflict`, which
//! says in one plain sentence why two technologies do not fit ("django needs python; the
//! stack's language is go") when shown, and costs nothing when it is only tested.

use std::fmt;

use crate::catalog::model::{Coverage, Tech, Text};
use crate::catalog::words;

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
    StandsAlone {
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
    Client {
        service: &'a Tech,
        language: &'a Tech,
    },
    HostLanguage {
        host: &'a Tech,
        language: &'a Tech,
    },
    Cloud {
        tech: &'a Tech,
        host: &'a Tech,
    },
    NotOffered {
        tech: &'a Tech,
        host: &'a Tech,
    },
    FrameworkBound {
        tech: &'a Tech,
        framework: Option<&'a Tech>,
    },
    Runtime {
        framework: &'a Tech,
        runtime: &'a Tech,
    },
    HostRuntime {
        host: &'a Tech,
        runtime: &'a Tech,
    },
    Backends {
        runner: &'a Tech,
    },
    HostNeeds {
        tech: &'a Tech,
        requirement: &'a str,
        host: &'a Tech,
    },
    FunctionHost {
        tech: &'a Tech,
        host: &'a Tech,
    },
    BundledElsewhere {
        orm: &'a Tech,
        owner: &'a Tech,
    },
    ExclusiveFile {
        worker: &'a Tech,
        database: &'a Tech,
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
            Conflict::StandsAlone {
                framework,
                database,
            } => write!(
                f,
                "{} is a whole backend whose data is reached only through its own API: it takes {}'s place instead of sitting behind it",
                database.id, framework.id
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
            Conflict::Client { service, language } => write!(
                f,
                "{} has no maintained client for {}, only for {}",
                service.id,
                language.id,
                service.clients.join(", ")
            ),
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
            Conflict::NotOffered { tech, host } => {
                let own = tech.open_source;
                write!(
                    f,
                    "{} is offered {}on {} only; {} is on {}{}",
                    tech.id,
                    if own { "as a managed service " } else { "" },
                    tech.available_on.join(" and "),
                    host.id,
                    host.cloud.as_deref().unwrap_or("another cloud"),
                    if own {
                        " and gives you no machines to run it on"
                    } else {
                        ""
                    },
                )
            }
            Conflict::FrameworkBound { tech, framework } => write!(
                f,
                "{} is served by {}, not {}",
                tech.id,
                tech.frameworks.join(", "),
                framework.map_or("a backend platform", |f| f.id.as_str())
            ),
            Conflict::Runtime { framework, runtime } => write!(
                f,
                "{} runs on {}, not {}",
                framework.id,
                framework.runtimes.join(" or "),
                runtime.id
            ),
            Conflict::HostRuntime { host, runtime } => write!(
                f,
                "{} runs functions on {} only, not {}",
                host.id,
                host.runtimes.join(", "),
                runtime.id
            ),
            Conflict::Backends { runner } => write!(
                f,
                "{} needs one of {} in the stack",
                runner.id,
                runner.backends.join(", ")
            ),
            Conflict::HostNeeds {
                tech,
                requirement,
                host,
            } => {
                let needed = match *requirement {
                    "worker-process" => "a long-running worker process",
                    "long-running-server" => "a long-running server process",
                    "persistent-disk" => "a disk that survives restarts",
                    "process-runtime" => "a full language runtime in an OS process",
                    "edge-isolates" => "consumers that are the host's edge isolates",
                    "addressable-instances" => "instances it can reach one by one",
                    other => other,
                };
                let runs = host.runs.as_deref().unwrap_or("processes");
                let has = match (*requirement, runs) {
                    ("persistent-disk", _) => {
                        "loses files written to its disk on every restart or deploy"
                    }
                    (_, "functions") => "runs request-scoped functions",
                    (_, "isolates") => "runs short-lived edge isolates",
                    ("edge-isolates", _) => "runs long-running processes",
                    ("addressable-instances", _) => {
                        "routes traffic to its instances but lets nothing reach each one"
                    }
                    _ => "does not provide it",
                };
                write!(f, "{} needs {needed}; {} {has}", tech.id, host.id)
            }
            Conflict::FunctionHost { tech, host } => write!(
                f,
                "{} runs as functions only on {}; {} is not one of them",
                tech.id,
                tech.function_hosts.join(", "),
                host.id
            ),
            Conflict::ExclusiveFile { worker, database } => write!(
                f,
                "{} runs jobs in a worker process of its own; {} lets one process alone open its file read-write, so the worker and the web server cannot both write to it",
                worker.id, database.id
            ),
            Conflict::BundledElsewhere { orm, owner } => {
                write!(
                    f,
                    "{} is {}'s ORM and is not used without it",
                    orm.id, owner.id
                )
            }
        }
    }
}

/// Whether a store is one of `engines` or speaks the protocol of one (Neon is PostgreSQL).
pub fn speaks(store: &Tech, engines: &[Text]) -> bool {
    std::iter::once(&store.id)
        .chain(&store.compatible_with)
        .any(|id| engines.contains(id))
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

/// A framework that names its databases, or ships an ORM, works with those databases only;
/// none sits in front of a backend whose data only its own API reaches (`own-api-only`).
pub fn framework_database<'a>(
    framework: &'a Tech,
    database: &'a Tech,
    bundled_orm: Option<&'a Tech>,
) -> Fit<'a> {
    if database.capabilities.iter().any(|c| c == "own-api-only") {
        return Err(Conflict::StandsAlone {
            framework,
            database,
        });
    }
    if !framework.databases.is_empty() && !speaks(database, &framework.databases) {
        return Err(Conflict::FrameworkDatabases {
            framework,
            database,
        });
    }
    match bundled_orm {
        Some(orm) if !speaks(database, &orm.databases) => Err(Conflict::BundledOrm {
            framework,
            orm,
            database,
        }),
        _ => Ok(()),
    }
}

pub fn orm_database<'a>(orm: &'a Tech, database: &'a Tech) -> Fit<'a> {
    if speaks(database, &orm.databases) {
        Ok(())
    } else {
        Err(Conflict::OrmDatabase { orm, database })
    }
}

/// What a framework or platform does for a slot keeps its data in one of the engines it
/// names (Solid Cache in PostgreSQL, MySQL or SQLite; ASP.NET Core Identity through EF
/// Core), so the stack's database must be, or speak, one of them.
pub fn coverage_holds(coverage: &Coverage, database: &Tech) -> bool {
    coverage.databases.is_empty() || speaks(database, &coverage.databases)
}

/// A coverage works on a host that provides what it needs, over a database it holds.
pub fn coverage_works(coverage: &Coverage, host: &Tech, database: &Tech) -> bool {
    coverage
        .needs
        .iter()
        .all(|need| words::host_provides(host, need))
        && coverage_holds(coverage, database)
}

/// A service (a store, a broker) that names its clients is used from one of those languages.
pub fn client<'a>(service: &'a Tech, language: &'a Tech) -> Fit<'a> {
    if service.clients.is_empty() || service.clients.contains(&language.id) {
        Ok(())
    } else {
        Err(Conflict::Client { service, language })
    }
}

/// The service has a client in the stack's language or, when only the framework is
/// named (as `explain` may be asked), in one of the framework's languages.
fn client_in_stack<'a>(
    catalog: &'a crate::catalog::Catalog,
    service: &'a Tech,
    language: Option<&'a Tech>,
    framework: Option<&'a Tech>,
) -> Fit<'a> {
    let languages: Vec<&Tech> = match (language, framework) {
        (Some(language), _) => vec![language],
        (None, Some(framework)) => framework
            .languages
            .iter()
            .filter_map(|id| catalog.tech(id))
            .collect(),
        (None, None) => Vec::new(),
    };
    match languages.first() {
        Some(first) if languages.iter().all(|l| client(service, l).is_err()) => {
            client(service, first)
        }
        _ => Ok(()),
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

/// A service tied to one cloud needs a host on that cloud; one the clouds offer on some
/// of them (`available_on`) needs a host on one of them, unless it is open source and the
/// host is machines you run, where you can run it yourself. A vendor's own service
/// (`cloud = "none"`, such as Supabase or Turso) goes with a host on a cloud it is offered
/// on, or one tied to no cloud, so that queries never cross between clouds.
pub fn same_cloud<'a>(tech: &'a Tech, host: &'a Tech) -> Fit<'a> {
    let cloud_of = |t: &'a Tech| t.cloud.as_deref().filter(|c| *c != "none");
    let self_run = tech.open_source && host.self_managed == Some(true);
    match (cloud_of(tech), cloud_of(host)) {
        (Some(needed), Some(hosted)) if needed == hosted => Ok(()),
        (Some(_), _) => Err(Conflict::Cloud { tech, host }),
        (None, Some(hosted))
            if !self_run
                && !tech.available_on.is_empty()
                && !tech.available_on.iter().any(|c| c == hosted) =>
        {
            Err(Conflict::NotOffered { tech, host })
        }
        (None, _) => Ok(()),
    }
}

/// A part that names the frameworks it works with (a gRPC server) needs one of them.
pub fn framework_bound<'a>(tech: &'a Tech, framework: Option<&'a Tech>) -> Fit<'a> {
    if tech.frameworks.is_empty() || framework.is_some_and(|f| tech.frameworks.contains(&f.id)) {
        Ok(())
    } else {
        Err(Conflict::FrameworkBound { tech, framework })
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

/// A host that names its runtimes (a function platform) runs only those.
pub fn host_runtime<'a>(runtime: &'a Tech, host: &'a Tech) -> Fit<'a> {
    if host.runtimes.is_empty() || host.runtimes.contains(&runtime.id) {
        Ok(())
    } else {
        Err(Conflict::HostRuntime { host, runtime })
    }
}

/// A job runner needs one of its backends among the stack's stores, or a store
/// compatible with one (Oban runs on Neon because Neon is PostgreSQL).
pub fn backends<'a>(runner: &'a Tech, stores: &[&Tech]) -> Fit<'a> {
    if runner.backends.is_empty() || stores.iter().any(|store| speaks(store, &runner.backends)) {
        Ok(())
    } else {
        Err(Conflict::Backends { runner })
    }
}

/// What a component needs from its host (a worker process, a long-running server, a
/// disk that survives restarts), the host provides.
pub fn host_needs<'a>(tech: &'a Tech, host: &'a Tech) -> Fit<'a> {
    match tech
        .needs
        .iter()
        .find(|need| !words::host_provides(host, need))
    {
        Some(requirement) => Err(Conflict::HostNeeds {
            tech,
            requirement,
            host,
        }),
        None if host.runs.as_deref().is_some_and(|r| r != "processes")
            && !tech.function_hosts.is_empty()
            && !tech.function_hosts.contains(&host.id) =>
        {
            Err(Conflict::FunctionHost { tech, host })
        }
        None => Ok(()),
    }
}

/// A component that runs in a worker process of its own (a job runner) cannot share a
/// database whose file one process alone may open read-write (DuckDB) with the server.
pub fn exclusive_file<'a>(tech: &'a Tech, database: &'a Tech) -> Fit<'a> {
    let worker = tech.needs.iter().any(|n| n == "worker-process");
    if worker && exclusive_file_store(database) {
        Err(Conflict::ExclusiveFile {
            worker: tech,
            database,
        })
    } else {
        Ok(())
    }
}

/// Whether one process alone may open the database's file read-write.
pub fn exclusive_file_store(database: &Tech) -> bool {
    database.capabilities.iter().any(|c| c == "exclusive-file")
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

/// Every conflict among the technologies of a stack: the same rules the search applies
/// one slot at a time, applied to the whole. `catalog` resolves the ORM a framework
/// bundles and the framework that owns a bundled ORM. A `partial` stack (the names given
/// to explain) may still gain a store for its job runner, so that rule waits.
pub fn check<'a>(
    catalog: &'a crate::catalog::Catalog,
    components: &super::stack::Components<'a>,
    partial: bool,
) -> Vec<Conflict<'a>> {
    let mut problems = Vec::new();
    let mut note = |fit: Fit<'a>| {
        if let Err(conflict) = fit {
            problems.push(conflict);
        }
    };
    let get = |slot: &str| components.get(slot);
    let (language, framework, database, host) = (
        get("language"),
        get("framework"),
        get("database"),
        get("hosting"),
    );
    if let Some(language) = language {
        for (slot, tech) in &components.0 {
            if !matches!(slot.as_str(), "hosting" | "database" | "language" | "cache") {
                note(self::language(tech, language));
            }
        }
        if let Some(host) = host {
            note(host_language(host, language));
        }
        if let Some(runtime) = get("runtime") {
            note(self::runtime(runtime, language, framework));
        }
    }
    for (_, service) in components.0.iter().filter(|(_, t)| !t.clients.is_empty()) {
        note(client_in_stack(catalog, service, language, framework));
    }
    if let (Some(framework), Some(database)) = (framework, database) {
        let bundled = framework.bundled_orm.as_ref().and_then(|o| catalog.tech(o));
        note(framework_database(framework, database, bundled));
    }
    if let Some(orm) = get("orm") {
        if let Some(database) = database {
            note(orm_database(orm, database));
        }
        let owner = catalog
            .bundling()
            .find(|t| t.bundled_orm.as_ref() == Some(&orm.id));
        note(bundled_elsewhere(orm, framework, owner));
    }
    if let Some(runner) = get("queue").filter(|_| !partial || get("cache").is_some()) {
        let stores: Vec<&Tech> = database.into_iter().chain(get("cache")).collect();
        note(backends(runner, &stores));
    }
    if let Some(database) = database {
        for (_, tech) in &components.0 {
            note(exclusive_file(tech, database));
        }
    }
    if let Some(host) = host {
        for (_, tech) in &components.0 {
            note(same_cloud(tech, host));
            note(host_needs(tech, host));
        }
        if let Some(runtime) = get("runtime") {
            note(host_runtime(runtime, host));
        }
    }
    for slot in catalog.rules().slots.iter().filter(|s| s.framework_bound) {
        if let Some(tech) = get(&slot.id).filter(|_| !partial || framework.is_some()) {
            note(framework_bound(tech, framework));
        }
    }
    problems
}
