#!/usr/bin/env bash
# Start-up cost of the embedded catalog: `stackpick show postgresql --json` against an
# empty Rust binary, both release builds, timed by hyperfine (Debian package).
#   bash bench/startup.sh            # prints medians and the ratio
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
# The baseline: an empty program built with the same release profile.
mkdir -p "$work/empty/src"
cat > "$work/empty/Cargo.toml" <<'TOML'
[package]
name = "empty"
version = "0.1.0"
edition = "2024"

[profile.release]
lto = true
codegen-units = 1
strip = true
panic = "abort"
TOML
echo 'fn main() {}' > "$work/empty/src/main.rs"
cargo build --release --quiet --manifest-path "$work/empty/Cargo.toml" --target-dir "$work/target"

bin=target/release/stackpick
empty="$work/target/release/empty"
hyperfine --warmup 50 --runs 1000 -N --export-json "$work/startup.json" \
  -n empty "$empty" \
  -n "show postgresql --json" "$bin show postgresql --json"

python3 - "$work/startup.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
empty = results["empty"]["median"]
show = results["show postgresql --json"]["median"]
print(f"median empty binary:            {empty * 1e3:.3f} ms")
print(f"median show postgresql --json:  {show * 1e3:.3f} ms")
print(f"ratio (target <= 1.5):          {show / empty:.2f}")
PY
