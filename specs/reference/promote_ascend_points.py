#!/usr/bin/env python3
"""Builds serving-cases-ascend.json from the 910B points collected for issue 31.

Input: collected/ascend-910b-points.json (the points as collected; research notes in
collected/ascend-910b-points.NOTES.md), and the second round collected/ascend-910b-points-2.json
(notes in collected/ascend-910b-points-2.NOTES.md), which enters as held out (split `test`: no
constant is fitted on it) with its own replayable flags. What this adds, from each point's own
notes and id:
- `request_rate`: the open-loop arrival rate (req/s over the deployment) of the points
  measured at a fixed rate (`--request-rate N`, guidellm `--rate-type constant`), read from
  the `qpsN` / `rateN` in the id; those points have no fixed concurrency (batch null).
- one-wave bursts (all prompts at t=0, fewer than the engine's 256 sequences): `batch` = the
  prompt count and `burst_fraction` 1, instead of the largest batch memory allows.
- `engine`: `mindie` (ATB graph), `vllm-ascend-eager` (V0 engine or --enforce-eager),
  `vllm-ascend-0.9` (ACL graph, releases 0.9.x of mid-2025) or `vllm-ascend` (ACL graph,
  0.10 and later), from the variant line of the notes.
- the 910B4 32 GB points move to the `ascend-910b-280t-32g` card and become replayable.
- `num_prompts`: the requests the benchmark sent, where the notes state it ("ShareGPT 1000
  prompts", "--num-prompts 10", "200 prompts, --request-rate 1"); the TPOT and TTFT points of a
  run whose count is stated on its throughput point ("Same run") take it from there. The
  request-level simulation (`infercap validate --simulate`) replays these runs with that count.
- `campaign`: who ran it (GPUStack, Alauda, the vLLM-Ascend maintainers, two issue authors):
  cross-validation holds a campaign out whole.
- `split`: `train`, as the Ascend engine profiles are fitted on these points; their
  accuracy is reported leave-one-source-out (`infercap validate --cross-validate`).
Standard library only; run from this folder.
"""
import json
import re

SOURCE = "collected/ascend-910b-points.json"
SECOND_ROUND = "collected/ascend-910b-points-2.json"
OUTPUT = "serving-cases-ascend.json"


def engine_of(point):
    variant = point["notes"].split("|")[0].lower()
    if point["engine"] == "mindie":
        return "mindie"
    if "eager" in variant:
        return "vllm-ascend-eager"
    if re.search(r"v0\.9\.|vllm-ascend main of 2025-07", variant):
        return "vllm-ascend-0.9"
    return "vllm-ascend"


# Benchmarks that sent all their prompts at t=0, fewer than the engine admits at once: one wave
# of that many concurrent requests (not the largest batch memory allows).
SINGLE_WAVE = {"-qpsinf-": 200, "-10burst-": 10}


def campaign_of(point):
    """The test campaign: points of one campaign share hardware, setup and benchmark client."""
    identifier = point["id"]
    if identifier.startswith("gpustack-"):
        return "gpustack-performance-lab"
    if identifier.startswith("alauda-"):
        return "alauda-ai-guides"
    if identifier.startswith("vasc-issue1605-"):
        return "vllm-ascend-issue-1605"
    if identifier.startswith("vasc-issue12577-"):
        return "vllm-ascend-issue-12577"
    return "vllm-ascend-maintainers"


PROMPTS = re.compile(r"(\d[\d,]*)\s+(?:ShareGPT\s+)?prompts|--num-prompts\s+(\d+)")
METRIC_SUFFIX = re.compile(r"-(tpot|ttft|throughput|output)$")


def stated_prompts(point):
    """The request count the point's notes state, or None."""
    text = point["notes"] + " " + (point.get("reported_value") or "")
    counts = {int((match.group(1) or match.group(2)).replace(",", "")) for match in PROMPTS.finditer(text)}
    return counts.pop() if len(counts) == 1 else None


def main():
    with open(SOURCE) as f:
        document = json.load(f)
    for point in document["points"]:
        match = re.search(r"-(?:qps|rate)(\d+(?:\.\d+)?)-", point["id"] + "-")
        if match and point["batch"] is None:
            point["request_rate"] = float(match.group(1))
        point["engine"] = engine_of(point)
        burst = SINGLE_WAVE.get(next((key for key in SINGLE_WAVE if key in point["id"]), None))
        if burst:
            point["batch"] = burst
            point["burst_fraction"] = 1.0
            point["notes"] += (f" Replayed as one wave: all {burst} prompts arrive at once and fit under the engine's"
                               f" 256-sequence default, so batch {burst} with burst_fraction 1.")
            if point["metric"] == "output_tokens_per_second_per_chip":
                point["replayable"] = False
                point["skip_reason"] = (f"one wave of {burst} ShareGPT requests: the run lasts as long as its longest output, so"
                                        " its throughput depends on the output-length spread, which a steady-state replay does"
                                        " not model (its TPOT and TTFT are replayed); needs the request-level simulation of"
                                        " issue 32")
        if point["id"].startswith("alauda-910b4-"):
            point["accelerator"] = "ascend-910b-280t-32g"
            point["replayable"] = True
            point["skip_reason"] = None
            point["notes"] += (" Replayed on ascend-910b-280t-32g (msmodeling's ATLAS_800_A2_280T_32G_PCIE: 32 GB, 0.8 TiB/s,"
                               " PCIe; the card type is ASSUMED from '910B4 32GB'); the prefix-cache share is not stated, so"
                               " the whole prompt is taken as computed.")
        point["split"] = "train"
        point["campaign"] = campaign_of(point)
    # The second round, collected after the engines were fitted: held out whole.
    with open(SECOND_ROUND) as f:
        second = json.load(f)
    for point in second:
        point["engine"] = engine_of(point)
        point["split"] = "test"
        point["campaign"] = campaign_of(point) + "-2026"
        document["points"].append(point)
    # Request counts: stated on the point, else on another point of the same run.
    runs = {}
    for point in document["points"]:
        count = stated_prompts(point)
        if count:
            runs.setdefault(METRIC_SUFFIX.sub("", point["id"]), count)
    for point in document["points"]:
        count = stated_prompts(point) or runs.get(METRIC_SUFFIX.sub("", point["id"]))
        if count:
            point["num_prompts"] = count
    document["source_file"] = ("specs/reference/serving-cases-ascend.json: 82 published serving measurements on Ascend 910B"
                               " (GPUStack performance lab, Alauda AI guides, vLLM-Ascend's benchmark guide, issues and pull"
                               " requests), collected for issue 31, built by promote_ascend_points.py; the Ascend engine"
                               " profiles are fitted on them (split train) and scored leave-one-source-out. Then 35 collected"
                               " later (Alauda's 2026 validated-model pages, two vLLM-Ascend tutorials; 4 replayable), held"
                               " out (split test)")
    with open(OUTPUT, "w") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
