#!/usr/bin/env bash
# Start-up cost of the embedded catalog: `stackpick show postgresql --json` against an
# empty Rust binary, both release builds, timed by hyperfine (Debian package).
#   bash bench/startup.sh            # prints medians and the ratio
source "$(dirname "$0")/lib.sh"

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
