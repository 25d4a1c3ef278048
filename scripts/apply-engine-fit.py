#!/usr/bin/env python3
"""Writes the constants printed by `infercap validate --fit-engines` into the engine profiles
(specs/engines/<id>.json) and the fitted burst fraction into the aiconfigurator converter,
then regenerates specs/reference/silicon-sample.json. Usage:

    swift run -c release infercap validate --fit-engines > /tmp/fit.json
    python3 scripts/apply-engine-fit.py /tmp/fit.json
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
fit = json.load(open(sys.argv[1]))
NOTE = ("Fitted by `infercap validate --fit-engines` on the train split of specs/reference ({tpot} TPOT/decode points, "
        "{ttft} TTFT points of this engine), minimising the median |log(predicted/measured)|; applied with "
        "scripts/apply-engine-fit.py. Refit after any change to the model.")
REPLAY_NOTE = ("Fitted by `infercap validate --fit-engines` on this engine's {n} points in specs/reference ({tpot} TPOT, {ttft} "
               "TTFT, the rest throughput; open-loop points at their request rate) by whole replays (ReplayFit), minimising the "
               "median |log(predicted/measured)| over all of them; applied with scripts/apply-engine-fit.py; scored "
               "leave-one-campaign-out by `infercap validate --cross-validate`. Refit after any change to the model.")
for result in fit["engines"]:
    path = os.path.join(ROOT, "specs", "engines", result["engine"] + ".json")
    profile = json.load(open(path))
    if result.get("method") == "replay":
        profile["decode_kernel_overhead_seconds"] = float("%.3g" % result["decode_kernel_overhead_seconds"])
        profile["step_seconds_per_sequence"] = float("%.3g" % result["step_seconds_per_sequence"])
        profile["ttft_decode_steps"] = result["ttft_decode_steps"]
        profile["moe_kernel_efficiency"] = round(result["moe_kernel_efficiency"], 2)
        note = REPLAY_NOTE.format(n=result["training_points"], tpot=result["tpot_training_points"], ttft=result["ttft_training_points"])
        for key in ["decode_kernel_overhead_seconds", "step_seconds_per_sequence", "ttft_decode_steps", "moe_kernel_efficiency"]:
            profile["sources"][key] = note
        with open(path, "w") as out:
            json.dump(profile, out, indent=2, ensure_ascii=False)
            out.write("\n")
        print("updated", os.path.relpath(path, ROOT))
        continue
    profile["decode_kernel_overhead_seconds"] = float("%.3g" % result["decode_kernel_overhead_seconds"])
    profile["step_seconds_per_sequence"] = float("%.3g" % result["step_seconds_per_sequence"])
    fixed = set(profile.get("fixed", []))
    if "prefill_stall_fraction" not in fixed:
        profile["prefill_stall_fraction"] = round(result["prefill_stall_fraction"], 2)
    profile["ttft_decode_steps"] = result["ttft_decode_steps"]
    profile["moe_kernel_efficiency"] = round(result["moe_kernel_efficiency"], 2)
    profile["prefill_moe_sync_seconds"] = float("%.3g" % result["prefill_moe_sync_seconds"])
    note = NOTE.format(tpot=result["tpot_training_points"], ttft=result["ttft_training_points"])
    for key in ["decode_kernel_overhead_seconds", "step_seconds_per_sequence", "prefill_stall_fraction", "ttft_decode_steps",
                "moe_kernel_efficiency", "prefill_moe_sync_seconds"]:
        if key not in fixed:  # a fixed constant keeps its value and its source (the mechanism)
            profile["sources"][key] = note
    closed_form = [r["engine"] for r in fit["engines"] if r.get("method") != "replay"]
    profile["sources"]["decode_kernel_overhead_seconds"] = (
        "One constant shared by the engines fitted in closed form ({engines}): the cost of launching a kernel from a "
        "captured CUDA graph is the GPU's and the driver's, not the engine's. Fitted by `infercap validate --fit-engines` "
        "on all their decode points in the train split of specs/reference (this engine's: {tpot}), minimising the median "
        "|log(predicted/measured)| over all of them, each engine at its own host time and prefill stall; applied with "
        "scripts/apply-engine-fit.py. Refit after any change to the model.").format(
            engines=", ".join(sorted(closed_form)), tpot=result["tpot_training_points"])
    profile["sources"]["ttft_decode_steps"] = (
        "One constant shared by the engines fitted in closed form ({engines}), fitted with the benchmarks' burst share: "
        "each of them schedules a waiting request's prefill into the next iterations (vLLM's chunked prefill, SGLang's "
        "prefill-first scheduler, TensorRT-LLM's in-flight batching), so the wait in decode steps is continuous batching's, "
        "not one engine's (fitted apart, SGLang's moved from 0.5 to 27 steps between cross-validation folds). Fitted by "
        "`infercap validate --fit-engines` on all their TTFT points in the train split of specs/reference (this engine's: "
        "{ttft}), minimising the count-weighted median |log(predicted/measured)|, each engine at its own prefill MoE sync; "
        "applied with scripts/apply-engine-fit.py. Refit after any change to the model.").format(
            engines=", ".join(sorted(closed_form)), ttft=result["ttft_training_points"])
    if result.get("prefill_moe_kernel_efficiency") is not None:
        profile["prefill_moe_kernel_efficiency"] = round(result["prefill_moe_kernel_efficiency"], 2)
        profile["sources"]["prefill_moe_kernel_efficiency"] = (
            "Fitted by `infercap validate --fit-engines` on this engine's {n} prefill-throughput points of MoE models in the "
            "train split of specs/reference (saturated prefills: they time the prefill kernels without TTFT's queueing and "
            "scheduling waits), minimising the median |log(predicted/measured)|, given the fitted host wait per MoE layer; "
            "applied with scripts/apply-engine-fit.py. Refit after any change to the model.").format(n=result["prefill_training_points"])
    with open(path, "w") as out:
        json.dump(profile, out, indent=2)
        out.write("\n")
    print("updated", os.path.relpath(path, ROOT))

converter = os.path.join(ROOT, "specs", "reference", "convert_silicon_sample.py")
text = open(converter).read()
text = re.sub(r'\("burst_fraction", [0-9.]+\)', '("burst_fraction", %.2f)' % fit["burst_fraction"], text)
open(converter, "w").write(text)
subprocess.run([sys.executable, converter], check=True, stdout=subprocess.DEVNULL)
print("burst_fraction", fit["burst_fraction"], "-> specs/reference/silicon-sample.json")
