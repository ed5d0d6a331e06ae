# Shared by the benchmark scripts: hyperfine, a scratch directory, the release build, and
# an empty Rust program built with the same profile as the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=$PWD/target/release/stackpick

mkdir -p "$work/empty/src"
printf '[package]\nname = "empty"\nversion = "0.1.0"\nedition = "2024"\n\n[profile.release]\nlto = true\ncodegen-units = 1\nstrip = true\npanic = "abort"\n' > "$work/empty/Cargo.toml"
echo 'fn main() {}' > "$work/empty/src/main.rs"
cargo build --release --quiet --manifest-path "$work/empty/Cargo.toml" --target-dir "$work/target"
empty="$work/target/release/empty"
