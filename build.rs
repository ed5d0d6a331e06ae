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
    let mut layer = catalog::source::read_dir(&root.join("catalog"));
    for file in &mut layer.files {
        file.name = relative(&file.name, root).into();
    }
    let compiled = match catalog::Catalog::compile(None, &[layer]) {
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
    // Each technology is encoded on its own, so that the binary decodes only those a
    // command uses; the header says where each one ends. Their strings go to one table.
    let ((header, techs, rules, vocabulary), strings) = catalog::strings::write_table(|| {
        let mut techs = Vec::new();
        let mut tech_ends = Vec::new();
        for tech in compiled.techs() {
            techs.extend(postcard::to_stdvec(tech).expect("encode a technology"));
            tech_ends.push(u32::try_from(techs.len()).expect("catalog under 4 GiB"));
        }
        let rules = postcard::to_stdvec(compiled.rules()).expect("encode the rules");
        let vocabulary = postcard::to_stdvec(compiled.vocabulary()).expect("encode the vocabulary");
        let header = catalog::PackedHeader {
            names: compiled.names,
            tech_ends,
            index: compiled.index,
        };
        let header = postcard::to_stdvec(&header).expect("encode the catalog header");
        (header, techs, rules, vocabulary)
    });
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    std::fs::write(out.join("catalog-header.bin"), header).expect("write catalog-header.bin");
    std::fs::write(out.join("catalog-techs.bin"), techs).expect("write catalog-techs.bin");
    std::fs::write(out.join("catalog-rules.bin"), rules).expect("write catalog-rules.bin");
    std::fs::write(out.join("catalog-vocabulary.bin"), vocabulary)
        .expect("write catalog-vocabulary.bin");
    std::fs::write(out.join("catalog-strings.txt"), strings).expect("write catalog-strings.txt");
}

fn relative(name: &str, root: &Path) -> String {
    Path::new(name)
        .strip_prefix(root)
        .map_or_else(|_| name.to_string(), |p| p.display().to_string())
}
