#!/usr/bin/env python3
"""Writes a synthetic catalog layer: COPIES renamed copies of every technology of the
built-in catalog (read from `stackpick list --json`), so a layer of COPIES=9 makes the
catalog 10 times its size. Used by bench/recommend.sh.

usage: synthetic_catalog.py STACKPICK_BINARY COPIES OUT_DIR
"""
import json
import pathlib
import subprocess
import sys

binary, copies, out = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3])
items = json.loads(subprocess.run([binary, "list", "--json"], check=True, capture_output=True).stdout)["items"]


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


out.mkdir(parents=True, exist_ok=True)
for copy in range(1, copies + 1):
    lines = []
    for item in items:
        lines.append("[[tech]]")
        for key, value in item.items():
            if value is None:
                continue
            if key == "id":
                value = f"{value}-copy-{copy}"
            elif key == "aliases":
                value = []
            elif key == "name":
                value = f"{value} (copy {copy})"
            lines.append(f"{key} = {toml_value(value)}")
        lines.append("")
    (out / f"copy-{copy}.toml").write_text("\n".join(lines))
