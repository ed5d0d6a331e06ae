//! Validates `catalog/` before the binary exists and embeds it pre-parsed (postcard), so a
//! bad catalog edit fails `cargo build` and no command parses TOML at start-up.

use std::path::Path;

// The catalog module depends on nothing else in the crate; the build script uses its
// loading and validation, not the lookups the binary uses.
#[allow(dead_code)]
#[path = "src/catalog/mod.rs"]
mod catalog;

fn main() {
    // A directory here makes cargo rerun the script when any file below it changes,
    // which include_dir alone does not (include_dir#77).
    println!("cargo:rerun-if-changed=catalog");
    println!("cargo:rerun-if-changed=src/catalog");

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = catalog::source::read_dir(&root.join("catalog")).expect("read catalog/");
    let files = files
        .into_iter()
        .map(|file| catalog::source::SourceFile {
            name: relative(&file.name, root).into(),
            text: file.text,
        })
        .collect();
    let compiled = match catalog::Catalog::compile(None, &[files]) {
        Ok(compiled) => compiled,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            panic!(
                "catalog/ has {} problem(s); see the warnings above",
                problems.len()
            );
        }
    };
    let bytes = postcard::to_stdvec(&compiled).expect("serialize catalog");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalog.bin");
    std::fs::write(out, bytes).expect("write catalog.bin");
}

fn relative(name: &str, root: &Path) -> String {
    Path::new(name)
        .strip_prefix(root)
        .map_or_else(|_| name.to_string(), |p| p.display().to_string())
}
