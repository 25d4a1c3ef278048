#!/usr/bin/env python3
"""Build the Ascend calibration profiles from published operator figures.

No kernel timings of any Ascend chip are available to this project, so the Ascend profiles
start from profiles/default.json (the median of the measured NVIDIA chips) and replace what
Huawei and the SGLang NPU kernel library have published for a 910C die
(measured/ascend/published-operators.json, each figure with its source):

- gemm.compute_efficiency_max: midpoint of the INT8 (W8A8) GEMM utilisation range on one die
  (CloudMatrix384 paper), as a fraction of this catalog's INT8 peak per die.
- attention_decode_latent.compute_efficiency_max and .memory_efficiency: CloudMatrix-Infer's
  MLA decode utilisation, converted to absolute rates with the paper's die peaks and then to
  fractions of this catalog's BF16 peak and bandwidth per die.
- communication.latency_seconds and .link_efficiency (ascend-a3 only): least-squares fit, in
  log time, of t = latency + bytes / (link_efficiency x link) to DeepEP-Ascend's dispatch and
  combine measurements on an Atlas A3 SuperPOD (low-latency and normal kernels), with bytes
  counted as infercap counts them (tokens x top-k x hidden x bytes per element x (ep-1)/ep)
  and link = one die's UB bandwidth per direction (the 910C package figure over 2).

Everything else (GEMM ramp and overhead, grouped GEMM, GQA decode and prefill attention,
elementwise) stays the default's. ascend-a2 (910B, Atlas A2: HCCS inside an 8-chip node, RoCE
across) takes the same kernel figures, since a 910B is a die of the same class (identical
compute and bandwidth in Huawei's msmodeling), and keeps the default communication: the A3
all-to-all figures are over UB, which an A2 node does not have.

Writes  profiles/ascend-a3.json, profiles/ascend-a2.json
Prints  the all-to-all fit, row by row.
Deterministic (fixed grid, then a fixed refinement); rounding to 4 significant digits.

Usage: python3 ascend_profiles.py        (paths are relative to this file)
"""

import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(os.path.join(HERE, path)) as f:
        return json.load(f)


def sig4(x):
    return float(f"{x:.4g}")


def fit_all_to_all(table, link):
    """(latency_seconds, link_efficiency, rows) minimising the sum of squared log errors."""
    h, k = table["hidden"], table["top_k"]
    points = []
    for row in table["rows"]:
        ep, tokens = row["ep"], row["tokens_per_rank"]
        for op, reported_bytes, model_bytes in (
            ("dispatch", table["dispatch_bytes_per_element"], 1.0),
            ("combine", table["combine_bytes_per_element"], 2.0),
        ):
            if row["mode"] == "low_latency":
                seconds = row[f"{op}_microseconds"] * 1e-6
            else:
                seconds = tokens * k * h * reported_bytes / (row[f"{op}_gigabytes_per_second"] * 1e9)
            volume = tokens * k * h * model_bytes * (ep - 1) / ep
            points.append((f"{row['mode']} ep{ep} {op}", volume, seconds))

    def loss(latency, eta):
        return sum(math.log((latency + v / (eta * link)) / s) ** 2 for _, v, s in points)

    best = min(((loss(l * 1e-6, e / 1000), l * 1e-6, e / 1000) for l in range(0, 301, 2) for e in range(100, 1001, 5)))
    _, latency, eta = best
    step_l, step_e = 1e-6, 0.0025
    for _ in range(60):
        candidates = [(loss(latency + dl, eta + de), latency + dl, eta + de)
                      for dl in (-step_l, 0, step_l) for de in (-step_e, 0, step_e)
                      if latency + dl >= 0 and 0.001 <= eta + de <= 1]
        _, latency, eta = min(candidates)
        step_l, step_e = step_l * 0.7, step_e * 0.7
    latency, eta = sig4(latency), sig4(eta)
    rows = [(name, s, latency + v / (eta * link)) for name, v, s in points]
    return latency, eta, rows


def main():
    figures = load("measured/ascend/published-operators.json")
    default = load("profiles/default.json")
    chip = load("../accelerators/ascend-910c.json")
    dies = 2
    bf16_per_die = chip["dense_flops_per_second"]["bf16"] / dies
    int8_per_die = chip["dense_flops_per_second"]["int8"] / dies
    bandwidth_per_die = chip["memory_bytes_per_second"] / dies
    link_per_die = chip["scale_up"]["bytes_per_second_per_direction"] / dies

    gemm = figures["int8_gemm"]
    gemm_eta = sig4((gemm["compute_utilization_low"] + gemm["compute_utilization_high"]) / 2
                    * gemm["of_peak_flops_per_second_per_die"] / int8_per_die)
    mla = figures["mla_decode"]
    mla_eta = sig4(mla["compute_utilization"] * mla["of_peak_flops_per_second_per_die"] / bf16_per_die)
    mla_mem = sig4(mla["memory_utilization"] * mla["of_peak_bytes_per_second_per_die"] / bandwidth_per_die)
    latency, eta, rows = fit_all_to_all(figures["all_to_all"], link_per_die)

    print("DeepEP-Ascend dispatch/combine on Atlas A3 (sgl-kernel-npu README) vs the fitted collective time")
    print(f"fit: latency_seconds {latency:g}, link_efficiency {eta:g} of {link_per_die / 1e9:.0f} GB/s per die")
    print(f"{'row':28s} {'measured us':>12s} {'model us':>10s} {'error':>8s}")
    errors = []
    for name, measured, model in rows:
        errors.append(abs(model / measured - 1))
        print(f"{name:28s} {measured * 1e6:12.0f} {model * 1e6:10.0f} {model / measured - 1:+8.1%}")
    errors.sort()
    print(f"median |error| {errors[len(errors) // 2]:.1%}, worst {errors[-1]:.1%}")
    print(f"gemm compute_efficiency_max {gemm_eta:g}; attention_decode_latent compute {mla_eta:g}, memory {mla_mem:g}")

    published = "measured/ascend/published-operators.json"
    for profile_id, chips, communication in (
        ("ascend-a3", "ascend-910c", "fit"),
        ("ascend-a2", "ascend-910b-280t, -313t, -376t", "default"),
    ):
        profile = json.loads(json.dumps(default))
        profile["id"] = profile_id
        profile["measured_on"] = None
        profile["source"] = (
            f"profiles/default.json (median of the measured NVIDIA chips) with the operator figures published for the "
            f"Ascend 910C die ({published}) in place of the default's: INT8 GEMM utilisation and MLA decode "
            f"utilisation (CloudMatrix384 paper, read through a secondary write-up)"
            + ("; all-to-all latency and link efficiency fitted to DeepEP-Ascend on an Atlas A3 SuperPOD (sgl-kernel-npu)"
               if communication == "fit" else "; communication is the default's (the A3 all-to-all figures are over UB, which Atlas A2 nodes lack)")
            + f". No kernel timings of our own. Used by {chips}.")
        profile["summary"] = (
            "default curves with the published 910C-die figures for "
            + ("INT8 GEMM, MLA decode and all-to-all" if communication == "fit" else "INT8 GEMM and MLA decode")
            + " (specs/calibration/measured/ascend)")
        profile["license"] = "published figures (numbers only, with sources in " + published + "); default curves as in profiles/default.json"
        profile["method"] = "ascend_profiles.py: default.json, then the replacements listed in its docstring"
        profile["gemm"]["compute_efficiency_max"] = gemm_eta
        profile["gemm"]["fitted_on"] = (
            f"compute_efficiency_max: midpoint of {gemm['compute_utilization_low']}-{gemm['compute_utilization_high']} INT8 GEMM "
            f"utilisation on one 910C die (CloudMatrix384, secondary), over this catalog's {int8_per_die / 1e12:.0f} TOPS per die; "
            "other numbers: the default's")
        latent = profile["attention_decode_latent"]
        latent["compute_efficiency_max"] = mla_eta
        latent["memory_efficiency"] = mla_mem
        latent["fitted_on"] = (
            f"CloudMatrix-Infer MLA decode: {mla['compute_utilization']} of {mla['of_peak_flops_per_second_per_die'] / 1e12:.0f} TFLOPS and "
            f"{mla['memory_utilization']} of {mla['of_peak_bytes_per_second_per_die'] / 1e12:.1f} TB/s per die (CloudMatrix384, secondary), "
            f"as fractions of this catalog's {bf16_per_die / 1e12:.1f} TFLOPS BF16 and {bandwidth_per_die / 1e12:.3f} TB/s per die; "
            "half_efficiency_rows and overhead: the default's")
        for curve in ("gemm", "attention_decode_latent"):
            for field in ("median_abs_relative_error", "p90_abs_relative_error", "heldout_median_abs_relative_error"):
                profile[curve][field] = None
        if communication == "fit":
            profile["communication"] = {
                "link_efficiency": eta,
                "latency_seconds": latency,
                "source": (
                    f"least-squares fit (log time) of latency + bytes / (link_efficiency x {link_per_die / 1e9:.0f} GB/s) to the 16 "
                    "DeepEP-Ascend dispatch/combine figures measured on an Atlas A3 384 SuperPOD (sgl-kernel-npu README, "
                    "low-latency 128 tokens at EP 8/16/32, normal 4096 tokens at EP 8-128; hidden 7168, top-8, INT8 dispatch, "
                    f"BF16 combine); median |error| {errors[len(errors) // 2]:.1%}, worst {errors[-1]:.1%}. Applied to every "
                    "collective on the 910C (no all-reduce figure was found). network_hop_seconds: NCCL's network "
                    "hop (the default's), an assumption for RoCE between SuperPODs: no HCCL figure was found."),
                "network_hop_seconds": 5.0e-06,
            }
        with open(os.path.join(HERE, "profiles", profile_id + ".json"), "w") as f:
            json.dump(profile, f, indent=1)
            f.write("\n")
    print("wrote profiles/ascend-a3.json, profiles/ascend-a2.json")


if __name__ == "__main__":
    main()
