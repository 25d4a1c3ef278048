#!/usr/bin/env bash
# Builds infercap's libFuzzer target and runs each fuzz target for a fixed number of inputs.
#
#   scripts/fuzz.sh [RUNS] [TARGET ...]     RUNS default 1000000; targets default: all ten
#   targets: accelerator, config, profile, estimate, requests, trace, scenario, reference,
#   solver, arguments (see Fuzz/Sources/FuzzEntry.swift)
#   FUZZ_OPT=-Onone builds in half the time (CI's smoke run); the default -O runs faster.
#
# The seeds under Fuzz/corpus/<target> are read, never written; new inputs go to
# .build-fuzz/corpus/<target>. A crash stops the run, leaves .build-fuzz/crash-<hash> (the
# input) and makes this script exit non-zero: turn it into a regression test, and add the
# input to the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then TARGETS=(accelerator config profile estimate requests trace scenario reference solver arguments); fi

OUT=.build-fuzz
OPT=${FUZZ_OPT:--O}
BIN=$OUT/infercap-fuzz$OPT
mkdir -p "$OUT"
SOURCES=$(find Sources/InferCap Fuzz/Sources -name '*.swift' | sort)
if [ ! -x "$BIN" ] || [ -n "$(find Sources/InferCap Fuzz/Sources -name '*.swift' -newer "$BIN" | head -1)" ]; then
    echo "building $BIN"
    # One module: the library's sources plus the fuzz entry, so the parsers are reachable
    # on bytes without temporary files. -sanitize=fuzzer adds coverage and links libFuzzer.
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer -parse-as-library "$OPT" -swift-version 6 -module-name InferCapFuzz \
        -I Sources/COpenBLAS $(pkg-config --libs openblas) $SOURCES -o "$BIN"
fi

for target in "${TARGETS[@]}"; do
    mkdir -p "$OUT/corpus/$target"
    echo "fuzzing $target for $RUNS runs"
    # SWIFT_BACKTRACE=enable=no: let libFuzzer, not the Swift runtime, catch a crash and save it.
    # Standard input is /dev/null: no target may wait on a terminal.
    SWIFT_BACKTRACE=enable=no INFERCAP_FUZZ_TARGET=$target INFERCAP_ROOT=$PWD OPENBLAS_NUM_THREADS=1 "$BIN" \
        -runs="$RUNS" -max_len=4096 -len_control=0 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$OUT/" \
        "$OUT/corpus/$target" "Fuzz/corpus/$target" </dev/null
done
