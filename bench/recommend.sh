#!/usr/bin/env bash
# recommend's speed, with hyperfine (Debian package):
#  1. `recommend --no-input ... --json` against an empty Rust binary (target: at most 3x);
#  2. the same profile over synthetic catalog layers of 1x, 10x and 100x the built-in
#     catalog's entries (target: linear growth, at most 12x the time for 10x the entries).
#   bash bench/recommend.sh
source "$(dirname "$0")/lib.sh"

profile="recommend --no-input --product ai --team python --scale growth --json"
hyperfine -N --warmup 20 --runs 300 --export-json "$work/embedded.json" \
  -n empty "$empty" \
  -n recommend "$bin $profile"

for copies in 1 10 100; do
  python3 bench/synthetic_catalog.py "$bin" "$copies" "$work/layer-$copies"
done
hyperfine -N --warmup 2 --runs 10 --export-json "$work/layers.json" \
  -n "1x" "$bin --catalog $work/layer-1 $profile" \
  -n "10x" "$bin --catalog $work/layer-10 $profile" \
  -n "100x" "$bin --catalog $work/layer-100 $profile"

python3 - "$work/embedded.json" "$work/layers.json" <<'PY'
import json, sys
embedded = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
layers = {r["command"]: r["median"] for r in json.load(open(sys.argv[2]))["results"]}
print(f"median empty binary:               {embedded['empty'] * 1e3:8.3f} ms")
print(f"median recommend (embedded):       {embedded['recommend'] * 1e3:8.3f} ms")
print(f"ratio to empty (target <= 3):      {embedded['recommend'] / embedded['empty']:8.2f}")
# A layer of k copies makes a catalog of k + 1 times the built-in entries.
for name in ("1x", "10x", "100x"):
    print(f"median recommend, layer of {name:>4} the entries: {layers[name] * 1e3:9.3f} ms")
print(f"time, 10x layer / 1x layer (entries x5.5, target <= 12):   {layers['10x'] / layers['1x']:6.2f}")
print(f"time, 100x layer / 10x layer (entries x9.2, target <= 12): {layers['100x'] / layers['10x']:6.2f}")
PY
