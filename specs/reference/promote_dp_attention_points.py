#!/usr/bin/env python3
"""Builds serving-cases-dp-attention.json from collected/dp-attention-points.json: published
measurements of aggregated serving with data-parallel attention and expert parallelism (issue 33,
item 5; the research notes are collected/dp-attention-findings.md). Every point is held out (split
"test": no constant is fitted on it). A run with MTP speculative decoding on whose source does not
state its draft-token count is kept but not replayed: a setting is missing, known before replaying;
so is the throughput of a one-wave burst (all requests sent at once), as for the Ascend bursts.

    python3 specs/reference/promote_dp_attention_points.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CAMPAIGNS = (("InferenceX", "SemiAnalysisAI/InferenceX"), ("TensorRT-LLM", "NVIDIA/TensorRT-LLM blog"), ("GPUStack", "gpustack"))


def campaign(point):
    for needle, name in CAMPAIGNS:
        if needle.lower() in point["source"].lower() or needle.lower() in point["notes"].lower():
            return name
    return point["source"].split(" ")[0]


def mtp_on(point):
    notes = point["notes"].lower()
    return "-mtp-" in point["id"] or "mtp speculative decoding on" in notes or "with mtp" in notes


def main():
    points = json.load(open(os.path.join(HERE, "collected", "dp-attention-points.json")))
    out = []
    for p in points:
        q = dict(p)
        if q["metric"] == "tokens_per_second_per_chip":
            q["metric"] = "output_tokens_per_second_per_chip"
        q.setdefault("context_tokens", None)
        q.setdefault("tpot_slo_seconds", None)
        q.setdefault("ttft_slo_seconds", None)
        q["campaign"] = campaign(p)
        q["split"] = "test"
        if q["campaign"] == "SemiAnalysisAI/InferenceX":
            # InferenceX's harness: lengths uniform in 80-100% of nominal (--random-range-ratio 0.8,
            # the workflow default since 2025), so the mean 0.9 x nominal, as the project's other
            # InferenceX points; 10 x concurrency requests (--num-prompts $((CONC * 10)), with 2 x
            # CONC discarded warm-ups), SemiAnalysisAI/InferenceX @0291997 (2025-12) and @843c625.
            q["input_tokens"] = round(0.9 * q["input_tokens"])
            q["output_tokens"] = round(0.9 * q["output_tokens"])
            q["num_prompts"] = 10 * q["batch"] * q["parallelism"]["dp"]
            q["random_range_ratio"] = 0.1111  # [0.8 L, L] = the mean 0.9 L x (1 -/+ 1/9)
            q["notes"] += (" Lengths: 0.9 x nominal (InferenceX draws them uniformly in 80-100%%, --random-range-ratio 0.8); "
                           "num_prompts = 10 x concurrency (%d), InferenceX's --num-prompts $((CONC * 10)) "
                           "(SemiAnalysisAI/InferenceX @0291997, 2025-12); random_range_ratio 0.1111 (80-100%% of nominal "
                           "is the mean x (1 -/+ 1/9)) for the simulated replay." % (q["batch"] * q["parallelism"]["dp"]))
        if "gpustack" in q["id"] and q["metric"] == "output_tokens_per_second_per_chip":
            # A one-wave burst (every request sent at once): its throughput is not a steady state,
            # the same rule as the Ascend file's ShareGPT bursts (promote_ascend_points.py).
            q["replayable"] = False
            q["skip_reason"] = ("one-wave burst (all requests sent at once): its throughput is the run's tokens over the time of "
                                "its longest request, not a steady state")
        elif mtp_on(p):
            q["replayable"] = False
            q["skip_reason"] = "MTP speculative decoding on, but the source does not state its draft tokens per iteration: a setting is missing"
        else:
            q["replayable"] = True
            q["skip_reason"] = None
        out.append(q)
    document = {
        "source_file": "collected/dp-attention-points.json (research notes: collected/dp-attention-findings.md)",
        "license": "Facts (measured figures and settings) from the public sources named per point; no text copied.",
        "points": out,
    }
    with open(os.path.join(HERE, "serving-cases-dp-attention.json"), "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    print("%d points, %d replayable" % (len(out), sum(1 for q in out if q["replayable"])))


if __name__ == "__main__":
    main()
