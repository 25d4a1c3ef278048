#!/usr/bin/env python3
"""Rewrites the README's blocks that are command output with what the release binary prints now:
the quick start's comparison, the sweep sample, `fleet size` / `fleet capacity` / `fleet claims`,
the `validate --summary-only --format markdown` tables, the headline predicted-vs-measured table,
and the result and detail columns of the benchmark table (its wall-time column is kept: timings are
re-measured by hand). Long aiconfigurator point names in the validation tables become "…".

    swift build -c release --product infercap && python3 scripts/readme-outputs.py && git diff README.md
"""
import json
import os
import re
import subprocess

os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B = ".build/release/infercap"
def run(*args):
    return subprocess.run([B, *args], capture_output=True, text=True, check=True).stdout
s = open("README.md").read()
def replace_block(s, anchor, new):
    i = s.index(anchor) + len(anchor)
    j = s.index("```", i)
    return s[:i] + new + s[j:]
# quick start
qs = run().splitlines()
s = replace_block(s, "Today it prints:\n\n```\n", "\n".join(qs[:7]) + "\n")
# sweep
sw = run("sweep", "--model", "deepseek-r1", "--accelerators", "h20,h100-sxm,ascend-910b-376t,ascend-910c", "--tpot-slo-ms", "50", "--points", "5")
s = replace_block(s, "`infercap sweep --model deepseek-r1 --accelerators h20,h100-sxm,ascend-910b-376t,ascend-910c --tpot-slo-ms 50 --points 5`:\n\n```\n", sw.rstrip("\n") + "\n")
# fleet size: first table
fs = run("fleet", "size", "--model", "deepseek-r1", "--tokens-per-day", "2e12", "--peak-to-average", "2").split("\n\n")[1]
s = replace_block(s, "prints, among the pools of each plan:\n\n```\n", fs.rstrip("\n") + "\n")
# fleet capacity: first table, blank, plan table header + 5 rows, ...
fc = run("fleet", "capacity", "--model", "deepseek-r1", "--stockpile", "h20=1000000,h100-sxm=20000,ascend-910b-376t=200000").split("\n\n")
plan = fc[2].splitlines()
s = replace_block(s, "910B has no reported price, so the capex is left blank):\n\n```\n", fc[1].rstrip("\n") + "\n\n" + "\n".join(plan[:7]) + "\n...\n")
# claims
cl = run("fleet", "claims")
s = replace_block(s, "The claims, as `infercap fleet claims` prints them today:\n\n```\n", cl.rstrip("\n") + "\n")
# validation tables, from the anchor through the "replayed N, skipped M" line
def shorten(line):
    cells = line.split(" | ")
    if line.startswith("| ") and len(cells) > 1 and cells[-1].rstrip(" |").count("_") > 3:
        cells[-1] = "… |"
    return " | ".join(cells)
v = "\n".join(shorten(line) for line in run("validate", "--summary-only", "--format", "markdown").splitlines())
v = v[: re.search(r"replayed \d+, skipped \d+", v).end()]
a = "What it prints today (errors are predicted / measured - 1):\n"
i = s.index(a) + len(a)
j = i + re.search(r"replayed \d+, skipped \d+\n", s[i:]).end()
s = s[:i] + "\n" + v + "\n" + s[j:]
lines = s.split("\n")
# bench table: results and details from a fresh run, wall ms kept from the README
fresh = {}
for line in run("bench", "--format", "markdown").splitlines():
    c = line.split(" | ")
    if line.startswith("| ") and len(c) >= 7 and not line.startswith("| scenario"):
        fresh[c[0][2:]] = c
for n, line in enumerate(lines):
    c = line.split(" | ")
    if line.startswith("| ") and len(c) >= 7 and c[0][2:] in fresh:
        c[4], c[5] = fresh[c[0][2:]][4], fresh[c[0][2:]][5]
        lines[n] = " | ".join(c)
# headline table, one reference point per row in the README's order
rows = {r["id"]: r for r in json.loads(run("validate", "--format", "json"))["rows"]}
ids = ["ds-h800-profile-prefill", "sglang-h100-ep32-prefill-4k", "sglang-h100-ep72-decode-2k", "ds-h800-prod-decode-tpot",
       "ds-h800-prod-decode", "ant-h20-96g-node-prefill", "ant-h20-96g-decode-base", "cm384-910c-prefill-default",
       "cm384-910c-prefill-perfect-eplb", "cm384-910c-decode-bs96-4096-256", "flexnpu-cm384-910c-e2e-1k1k",
       "trtllm-h200-dsr1-maxthroughput-1k2k", "trtllm-h100-llama-3.3-70b-tp2-1000-1000", "trtllm-h200-llama-3.3-70b-tp1-1000-1000",
       "trtllm-b200-llama-3.3-70b-tp1-1000-1000", "trtllm-h100-llama-3.1-405b-tp8-1000-1000"]
h = lines.index("| case | metric | measured | predicted | error |")
for k, pid in enumerate(ids):
    c = lines[h + 2 + k].split(" | ")
    r = rows[pid]
    fmt = (lambda x: f"{x * 1000:.1f} ms") if r["metric"] == "tpot" else (lambda x: f"{int(x + 0.5):,}")
    c[2], c[3] = fmt(r["measured"]), fmt(r["predicted"])
    c[4] = f"{r['error'] * 100:+.1f}% |"
    lines[h + 2 + k] = " | ".join(c)
open("README.md", "w").write("\n".join(lines))
