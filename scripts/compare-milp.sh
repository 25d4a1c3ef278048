#!/usr/bin/env bash
# Times infercap's own simplex/branch-and-bound against GLPK (glpsol) and COIN-OR CBC on the
# fleet programs of the tests and of the cases that used to be slow, and checks that all three
# find the same optimum. Prints a markdown table (the one in Sources/InferCap.docc/FleetPlanning.md).
#
#   apt-get install glpk-utils coinor-cbc      # glpsol 5.0 and cbc 2.10.8 on Debian 12
#   swift build -c release --product infercap && scripts/compare-milp.sh [path/to/infercap]
#
# For each question, `fleet size --write-lp DIR` writes its programs (each chip type alone, then
# the best mix) and solves each alone with infercap's branch and bound, printing the seconds the
# solve took inside the process (best of 3 runs); glpsol and cbc each solve every file (wall time
# of the process, best of 3, so it includes starting the process and reading the file: compare
# with the "cbc/glpsol own" column, the solver's own report, for the solve alone). The plans of
# the question itself (`fleet size --format json`, the mix started from the cheapest type alone)
# give the objective and relaxations shown for infercap. Objectives are chips (--objective chips)
# or US dollars a year; ≠ marks an infercap objective that differs from CBC's.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/infercap}
for tool in glpsol cbc python3; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found; apt-get install glpk-utils coinor-cbc python3" >&2; exit 2; }
done
[ -x "$BIN" ] || { echo "error: $BIN not built; swift build -c release --product infercap" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# An engine that runs one sequence per attention rank (vLLM's profile with max_batch_per_rank 1):
# aggregated instances of tiny rates, so whole instances number in the tens of thousands.
mkdir -p "$WORK/specs"
python3 - "$WORK/specs/vllm-batch1.json" <<'EOF'
import json, sys
spec = json.load(open("specs/engines/vllm.json"))
spec["id"], spec["max_batch_per_rank"] = "vllm-batch1", 1
json.dump(spec, open(sys.argv[1], "w"), indent=2)
EOF

SLOW="--model llama-3.1-405b --accelerators h20-141g,a100-80g --objective chips --kv-transfer any-vendor --tpot-slo-ms 80"
CASES=(
    "--model llama-3.1-8b --accelerators h20,h100-sxm --requests-per-second 50"
    "--model qwen3-30b-a3b --accelerators h20 --tokens-per-day 1e10 --peak-to-average 2"
    "--model llama-3.1-70b --accelerators h20,h100-sxm,h200 --tokens-per-day 5e11"
    "--model deepseek-r1 --tokens-per-day 2e12 --peak-to-average 2"
    "--model deepseek-r1 --accelerators h20,h100-sxm,h200 --tokens-per-day 1e11 --kv-transfer any-vendor --tpot-slo-ms 30"
    "--model qwen3-30b-a3b --accelerators h20,h100-sxm,h200,a100-80g --tokens-per-day 3e11 --kv-transfer any-vendor"
    "--model llama-3.1-405b --accelerators h100-sxm,a100-80g,h200 --tokens-per-day 6e10 --kv-transfer any-vendor --tpot-slo-ms 80"
    "$SLOW --tokens-per-day 1e10"
    "$SLOW --tokens-per-day 4e10"
    "$SLOW --tokens-per-day 6e10"
    "$SLOW --tokens-per-day 2e10 --spec-dir $WORK/specs --engine vllm-batch1"
    "$SLOW --tokens-per-day 3e10 --spec-dir $WORK/specs --engine vllm-batch1"
)

# Best of N wall seconds of a command; its standard output goes to the file given first.
best_of() {
    python3 - "$@" <<'EOF'
import subprocess, sys, time
best = float("inf")
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    with open(sys.argv[2], "w") as out:
        subprocess.run(sys.argv[3:], stdout=out, stderr=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - start)
print(f"{best:.4f}")
EOF
}

echo "| question | program | infercap | GLPK | CBC | relaxations | infercap ms | glpsol ms | cbc ms | cbc own ms |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
n=0
for case in "${CASES[@]}"; do
    n=$((n + 1))
    dir="$WORK/case$n"
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    for run in 1 2 3; do "$BIN" fleet size $case --write-lp "$dir" > "$dir/files.$run"; done
    # shellcheck disable=SC2086
    "$BIN" fleet size $case --format json > "$dir/plans.json"
    for lp in $(cut -d' ' -f1 "$dir/files.1"); do
        glpk=$(best_of 3 "$lp.glpk" glpsol --lp "$lp" -o "$lp.glpk.txt")
        cbc=$(best_of 3 "$lp.cbc" cbc "$lp" solve)
        echo "$lp $glpk $cbc"
    done > "$dir/solvers"
    python3 - "$case" "$dir" <<'EOF'
import json, re, sys
case, folder = sys.argv[1], sys.argv[2]
ours_seconds = {}
for run in (1, 2, 3):
    for line in open(f"{folder}/files.{run}"):
        path, _, _, seconds = line.split()
        ours_seconds[path] = min(ours_seconds.get(path, float("inf")), float(seconds))
sizing = json.load(open(f"{folder}/plans.json"))
plans = {p["label"]: p for p in sizing["alone"] + [sizing["best_mix"]]}
chips = "--objective chips" in case
short = re.sub(r"--spec-dir \S+ ", "", case).replace("--model ", "").replace("--accelerators ", "")
rows = [line.split() for line in open(f"{folder}/solvers")]
for i, (lp, glpk_seconds, cbc_seconds) in enumerate(rows):
    label = open(lp).readline().rstrip("\n").rsplit(", ", 1)[1]  # "\\ infercap fleet size: MODEL, LABEL"
    glpk = re.search(r"Objective:\s+\S+ = (\S+)", open(f"{lp}.glpk.txt").read())
    cbc = re.search(r"Objective value:\s+(\S+)", open(f"{lp}.cbc").read())
    plan = plans.get(label)
    ours = (plan["chips"] if chips else plan.get("annual_cost_usd")) if plan else None
    def show(value):
        return "-" if value is None else (f"{float(value):,.0f}" if chips else f"${float(value):,.0f}")
    mark = ""
    if ours is not None and cbc and abs(float(cbc.group(1)) - ours) > 1e-6 * max(1, abs(ours)):
        mark = " ≠"
    own = re.search(r"Total time \(CPU seconds\):\s+(\S+)", open(f"{lp}.cbc").read())
    nodes = plan["solver_nodes"] if plan else "-"
    proven = "" if not plan or plan["proven_optimal"] else " (stopped)"
    question = short if i == 0 else ""
    print(f"| {question} | {label} | {show(ours)}{proven}{mark} | {show(glpk and glpk.group(1))} | {show(cbc and cbc.group(1))} | {nodes} | {ours_seconds[lp] * 1000:.2f} | {float(glpk_seconds) * 1000:.1f} | {float(cbc_seconds) * 1000:.1f} | {float(own.group(1)) * 1000 if own else float('nan'):.0f} |")
EOF
done
echo
echo "GLPK $(glpsol --version | head -1 | sed 's/.*Solver[^0-9]*//'), CBC $(cbc -quit 2>/dev/null | sed -n 's/^Version: *//p' | tr -d ' '), $(nproc) cores, $(date -u +%Y-%m-%d)"
