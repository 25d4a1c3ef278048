#!/usr/bin/env python3
"""Rewrites the README's blocks that are command output with what the release binary prints now:
the quick start's comparison, the sweep sample, `fleet size` and `fleet claims`, the summary groups
of `validate --summary-only --format markdown`, and the result and detail columns of the benchmark
table (its wall-time column is kept: timings are re-measured by hand). Long aiconfigurator point
names in the validation tables become "…". The full tables as of a date live in
Sources/InferCap.docc/AccuracyHistory.md and are not rewritten.

    swift build -c release --product infercap && python3 scripts/readme-outputs.py && git diff README.md
"""
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
sw = run("sweep", "--model", "deepseek-r1", "--accelerators", "h20,ascend-910b-376t", "--tpot-slo-ms", "50", "--points", "3")
s = replace_block(s, "`infercap sweep --model deepseek-r1 --accelerators h20,ascend-910b-376t --tpot-slo-ms 50 --points 3`:\n\n```\n", sw.rstrip("\n") + "\n")
# fleet size: first table
fs = run("fleet", "size", "--model", "deepseek-r1", "--tokens-per-day", "2e12", "--peak-to-average", "2").split("\n\n")[1]
s = replace_block(s, "prints, among the pools of each plan:\n\n```\n", fs.rstrip("\n") + "\n")
# claims
cl = run("fleet", "claims")
s = replace_block(s, "The claims, as `infercap fleet claims` prints them today:\n\n```\n", cl.rstrip("\n") + "\n")


# validation: the summary groups, from the anchor through the "replayed N, skipped M" line
def shorten(line):
    cells = line.split(" | ")
    if line.startswith("| ") and len(cells) > 1 and cells[-1].rstrip(" |").count("_") > 3:
        cells[-1] = "… |"
    return " | ".join(cells)


keep = ("by metric, models the engine constants were fitted with", "by metric, models held out whole",
        "by metric, Ascend engines fitted by replay", "by metric, Ascend engines, points held out")
groups = run("validate", "--summary-only", "--format", "markdown").split("\n\n")
kept = [g for g in groups if g.startswith(keep)]
replayed = re.search(r"replayed \d+, skipped \d+", groups[-1]).group(0)
v = "\n\n".join("\n".join(shorten(line) for line in g.splitlines()) for g in kept) + "\n\n" + replayed
a = "`infercap validate --summary-only` prints today, in-sample (errors are predicted / measured - 1):\n"
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
open("README.md", "w").write("\n".join(lines))
