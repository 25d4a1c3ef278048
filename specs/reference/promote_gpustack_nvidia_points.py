#!/usr/bin/env python3
"""Builds serving-cases-gpustack-nvidia.json from the GPUStack NVIDIA points collected for issue 32.

Input: collected/gpustack-nvidia-points.json (381 points from nine pages of gpustack/gpustack
docs/performance-lab/, Apache-2.0; notes in collected/gpustack-nvidia-points.NOTES.md) and its
vetting, collected/gpustack-nvidia-vetting.json (every replayable point checked against its page:
one correction, already applied to the collected file; the serve flags of each point). Every point
enters held out (split `test`: no constant is fitted on it), in the campaign `gpustack/gpustack` of
the project's earlier points from the same pages. What this adds, from the vetting and each point:

- `engine_settings`: the serve flags the replay applies (`--max-num-batched-tokens`,
  `--cuda-graph-max-bs`); every other flag that can change the cost is named in the notes
  (`--async-scheduling` on vLLM before 0.14, TensorRT-LLM's `--enable_chunked_prefill`, attention
  backends, DeepGEMM switched off, torch.compile, the maximum sequence length).
- `closed_form_skip_reason` on every metric of a burst (every prompt sent at once, no
  `--max-concurrency`): its throughput, TPOT and TTFT are those of a queue of `num_prompts` prompts
  draining (TTFT the time the queue takes, throughput and TPOT over a batch that fills, runs full
  and empties), not of a steady state, and the closed form has no request count. `infercap validate
  --simulate` replays them. The runs at a fixed `--max-concurrency` replay in both.
- `random_range_ratio` 0 for the random-dataset runs whose mean lengths are within 2% of the
  nominal ones (`vllm bench serve` draws random lengths with --random-range-ratio 0 by default);
  runs whose outputs stopped early (no --ignore-eos) keep the assumed spread.
- ShareGPT bursts are not replayed (`replayable` false, in either path): a burst lasts as long as its
  longest requests, and its TTFT waits on requests finishing to free batch slots, so every metric
  depends on the dataset's long-tailed length spread, of which the pages give only the means (the
  rule of promote_ascend_points.py and promote_dp_attention_points.py for ShareGPT bursts, known
  before replaying). ShareGPT runs at a fixed concurrency replay at their mean lengths.

The same rules hold for the points of these pages that serving-cases-2026.json took earlier
(throughputs of gpt-oss-120b on H100 and DeepSeek-V3.2 on H200): `harmonise_2026` rewrites them in
place, and the collected file holds none of their ids, so no run is entered twice.

Standard library only; run from this folder:

    python3 promote_gpustack_nvidia_points.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "collected", "gpustack-nvidia-points.json")
VETTING = os.path.join(HERE, "collected", "gpustack-nvidia-vetting.json")
OUTPUT = os.path.join(HERE, "serving-cases-gpustack-nvidia.json")

# Serve flags the replay applies, and the engine setting each one sets.
APPLIED = {"--max-num-batched-tokens": "max_num_batched_tokens", "--cuda-graph-max-bs": "cuda_graph_max_bs"}

# Serve flags that can change the cost but that no replay applies: named in the point's notes.
NAMED = {
    "--async-scheduling": "vLLM's async scheduling, on by default only from v0.14 (the profile assumes it); runs without it on "
                          "older releases join a batch one iteration sooner",
    "--enable_chunked_prefill": "TensorRT-LLM chunked prefill (the simulation chunks every engine's prompts at its token budget)",
    "--enable-torch-compile": "SGLang torch.compile (not modelled)",
    "--attention-backend": "attention backend",
    "--nsa-prefill-backend": "DeepSeek-V3.2 sparse-attention prefill kernel",
    "--nsa-decode-backend": "DeepSeek-V3.2 sparse-attention decode kernel",
    "env:VLLM_USE_DEEP_GEMM": "vLLM's DeepGEMM switch (the calibration does not tell GEMM libraries apart)",
    "env:TRTLLM_DG_ENABLED": "TensorRT-LLM's DeepGEMM switch (the calibration does not tell GEMM libraries apart)",
    "--max-model-len": "maximum sequence length",
    "--context-length": "maximum sequence length",
    "--max_seq_len": "maximum sequence length",
}

SHAREGPT_BURST = ("ShareGPT burst (every prompt sent at once): it lasts as long as its longest requests and its TTFT waits on "
                  "requests finishing, so every metric depends on ShareGPT's long-tailed lengths, of which the page gives only "
                  "the means")

BURST = ("a burst (every prompt sent at once): its throughput, TPOT and TTFT are those of a queue of num_prompts prompts "
         "draining, not of a steady state, and the closed form has no request count; replayed by infercap validate --simulate")


def nominal_lengths(identifier):
    """The random dataset's nominal (input, output) lengths from the point id, or None."""
    for tag, lengths in (("32k100", (32000, 100)), ("4k200", (4000, 200)), ("2k100", (2000, 100)),
                         ("128x4", (128, 4)), ("1k2k", (1000, 2000)), ("1000x2000", (1000, 2000))):
        if tag in identifier:
            return lengths
    return None


def exact_lengths(q):
    """Whether a random-dataset point's mean lengths are within 2% of the nominal ones in its id
    (vllm bench serve's --random-range-ratio 0); None for a point that is not a random run."""
    lengths = nominal_lengths(q["id"])
    if "sharegpt" in q["id"] or not lengths or not q["input_tokens"] or not q["output_tokens"]:
        return None
    return abs(q["input_tokens"] / lengths[0] - 1) <= 0.02 and abs(q["output_tokens"] / lengths[1] - 1) <= 0.02


def apply_burst_rule(q):
    """A burst (every prompt at once): ShareGPT's is not replayed, a random one by the simulation only."""
    if "sharegpt" in q["id"]:
        q["replayable"] = False
        q["skip_reason"] = SHAREGPT_BURST
    else:
        q["closed_form_skip_reason"] = BURST


# The earlier points of these pages in serving-cases-2026.json: (id, num_prompts) of the bursts.
EARLIER_BURSTS = {
    "gpustack-h100-gptoss120b-tp1-sharegpt-throughput": 1000,
    "gpustack-h100-gptoss120b-tp2-sharegpt-throughput": 1000,
    "gpustack-h100-gptoss120b-tp4-sharegpt-throughput": 1000,
    "gpustack-h100-gptoss120b-tp2-4k200-throughput": 500,
    "gpustack-h100-gptoss120b-tp1-2k100-throughput": 500,
    "gpustack-h200-dsv32-vllm-tp8-sharegpt-throughput": 1000,
    "gpustack-h200-dsv32-vllm-dp8ep8-sharegpt-throughput": 1000,
}
EARLIER = os.path.join(HERE, "serving-cases-2026.json")


def harmonise_2026():
    """Applies this file's burst rules to the bursts of the same pages in serving-cases-2026.json."""
    text = open(EARLIER, encoding="utf-8").read()
    document = json.loads(text)
    changed = 0
    for q in document["points"]:
        if q["id"] not in EARLIER_BURSTS:
            continue
        q["num_prompts"] = EARLIER_BURSTS[q["id"]]
        apply_burst_rule(q)
        if exact_lengths(q):
            q["random_range_ratio"] = 0
        changed += 1
    with open(EARLIER, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    return changed


def main():
    collected = json.load(open(SOURCE, encoding="utf-8"))
    vetting = json.load(open(VETTING, encoding="utf-8"))
    flags = {entry["id"]: entry["flags"] for entry in vetting["serve_flags"]}
    doubts = {}
    for entry in vetting["doubts"]:
        doubts.setdefault(entry["id"], []).append(entry["doubt"])
    out = []
    for point in collected["points"]:
        q = dict(point)
        q["campaign"] = "gpustack/gpustack"
        q["split"] = "test"
        q["confidence"] = "medium" if q["confidence"] in ("high", "medium") else q["confidence"]
        if not q["replayable"]:
            out.append(q)
            continue
        own = flags.get(q["id"], {})
        settings = {APPLIED[k]: int(v) for k, v in own.items() if k in APPLIED}
        if settings:
            q["engine_settings"] = settings
        named = ["%s %s (%s)" % (k, v, NAMED[k]) for k, v in sorted(own.items()) if k in NAMED]
        extra = []
        if named:
            extra.append("Serve settings not replayed: " + "; ".join(named) + ".")
        if settings:
            extra.append("Replayed with engine_settings %s." % json.dumps(settings, sort_keys=True))
        burst = q.get("batch") is None and q.get("request_rate") is None
        if burst:
            apply_burst_rule(q)
        exact = exact_lengths(q)
        if "sharegpt" in q["id"] and not burst:
            extra.append("ShareGPT at a fixed concurrency: replayed at the mean lengths, not the dataset's long-tailed spread.")
        elif exact:
            q["random_range_ratio"] = 0
            extra.append("Random dataset with vllm bench serve's default --random-range-ratio 0: exact lengths.")
        elif exact is False:
            extra.append("Random dataset, outputs stopped early (no --ignore-eos): the assumed length spread.")
        for doubt in doubts.get(q["id"], []):
            extra.append("Doubt (vetting): " + doubt)
        if extra:
            q["notes"] = q["notes"] + " " + " ".join(extra)
        out.append(q)
    document = {
        "source_file": "collected/gpustack-nvidia-points.json (notes: collected/gpustack-nvidia-points.NOTES.md; vetting: "
                       "collected/gpustack-nvidia-vetting.json), built by promote_gpustack_nvidia_points.py",
        "license": collected["license"],
        "points": out,
    }
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    earlier = harmonise_2026()
    replayable = [q for q in out if q["replayable"]]
    print("%d points, %d replayable, %d with engine settings, %d for the simulation only; %d earlier bursts harmonised" % (
        len(out), len(replayable), sum(1 for q in replayable if "engine_settings" in q),
        sum(1 for q in replayable if "closed_form_skip_reason" in q), earlier))


if __name__ == "__main__":
    main()
