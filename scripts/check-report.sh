#!/usr/bin/env bash
# Opens the HTML report and the three --plot charts in headless Chromium (Debian's `chromium`)
# and checks that each renders, logs nothing to the console, and screenshots to a real image.
# Usage: scripts/check-report.sh [OUTDIR]   (default: .build/report-check; PNGs are left there)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/report-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if ! command -v chromium >/dev/null; then
    echo "chromium not found; install it with: apt-get install -y chromium" >&2
    exit 1
fi
swift build --product infercap
bin=.build/debug/infercap
"$bin" report --model deepseek-r1 -o "$out/report.html" >/dev/null
"$bin" sweep --model deepseek-r1 --accelerators h20,h100-sxm,h200,ascend-910b-376t --max-chips 64 --max-batch 256 \
    --tpot-slo-ms 50 --plot "$out/pareto.svg" >/dev/null
"$bin" fleet size --model deepseek-r1 --tokens-per-day 2e12 --peak-to-average 2 --plot "$out/fleet.svg" >/dev/null
"$bin" validate --summary-only --plot "$out/validate.svg" >/dev/null

fail=0
browse() { # file, extra flags...; stdout = DOM, stderr = Chromium's log
    local file="$1"; shift
    chromium --headless --no-sandbox --disable-gpu --no-first-run --enable-logging=stderr --v=0 "$@" "file://$file"
}
check() { # file, expected <svg count, width, height, headings...
    local file="$1" svgs="$2" width="$3" height="$4"; shift 4
    local name; name="$(basename "$file")"
    browse "$file" --dump-dom >"$out/$name.dom" 2>"$out/$name.log" || { echo "FAIL $name: chromium exited $?"; fail=1; }
    local count; count=$(grep -o '<svg' "$out/$name.dom" | wc -l)
    [ "$count" -eq "$svgs" ] || { echo "FAIL $name: $count <svg> elements in the DOM, expected $svgs"; fail=1; }
    for heading in "$@"; do
        grep -qF ">$heading<" "$out/$name.dom" || { echo "FAIL $name: heading '$heading' missing"; fail=1; }
    done
    # Console messages (errors, uncaught exceptions) are logged as INFO:CONSOLE / ERROR:CONSOLE lines.
    if grep -E 'CONSOLE|Uncaught' "$out/$name.log"; then echo "FAIL $name: console output above"; fail=1; fi
    browse "$file" --hide-scrollbars --window-size="$width,$height" --screenshot="$out/$name.png" >/dev/null 2>&1 || true
    local bytes; bytes=$(stat -c %s "$out/$name.png" 2>/dev/null || echo 0)
    [ "$bytes" -gt 20000 ] || { echo "FAIL $name: screenshot $bytes bytes"; fail=1; }
    echo "ok   $name: $count svg, headings found, no console messages, screenshot $bytes bytes"
}
check "$out/report.html" 3 1200 6000 "Comparison at the TPOT target" "Pareto frontier" "Fleet sizing" \
    "Validation against published measurements" "Assumptions"
check "$out/pareto.svg" 1 900 500
check "$out/fleet.svg" 1 960 230
check "$out/validate.svg" 1 900 500
[ "$fail" -eq 0 ] && echo "report check passed; screenshots in $out" || { echo "report check FAILED" >&2; exit 1; }
