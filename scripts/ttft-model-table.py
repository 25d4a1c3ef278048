#!/usr/bin/env python3
"""Prints FleetPlanning.md's table of formula against simulation (`--ttft-model simulate`): chips
of the cheapest aggregated plan for 2e12 tokens a day (peak/average 2), one chip type at a time.

    swift build -c release --product infercap && python3 scripts/ttft-model-table.py
"""
import os
import re
import subprocess

os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B = ".build/release/infercap"
CASES = [("deepseek-r1", 1024, 1024), ("llama-3.1-70b", 8192, 1024), ("qwen3-235b-a22b", 4096, 512)]


def plan(model, inp, out, engine, chip, ttft_model):
    text = subprocess.run(
        [B, "fleet", "size", "--model", model, "--input-tokens", str(inp), "--output-tokens", str(out),
         "--accelerators", chip, "--engine", engine, "--tokens-per-day", "2e12", "--peak-to-average", "2",
         "--serving", "aggregated", "--ttft-model", ttft_model],
        capture_output=True, text=True, check=True).stdout
    chips = int(re.search(r"^best mix\s+([\d,]+)", text, re.M).group(1).replace(",", ""))
    layout = re.search(r"^best mix\s+\S+\s+aggregated\s+(tp\d+) pp\d+ (ep\d+) (dp\d+)", text, re.M)
    return chips, " ".join(layout.groups())


print("| model, tokens in/out | engine | chip | formula | simulation | simulation / formula |")
print("|---|---|---|---:|---:|---:|")
for model, inp, out in CASES:
    for engine in ("vllm", "sglang", "trtllm"):
        for chip in ("h20", "h200"):
            f, fl = plan(model, inp, out, engine, chip, "formula")
            s, sl = plan(model, inp, out, engine, chip, "simulate")
            print(f"| {model} {inp}/{out} | {engine} | {chip} | {f:,} ({fl}) | {s:,} ({sl}) | {s / f:.2f} |", flush=True)
