#!/usr/bin/env python3
"""Build the Ascend calibration profiles from measured and published operator figures.

The Ascend profiles start from profiles/default.json (the median of the measured NVIDIA chips)
and replace what has been measured or published for a 910C (Atlas A3) die:

- gemm (all four numbers, and decode_overhead_seconds): fitted with fit_efficiency.py's fit
  (least squares in log time, every 5th row held out) to the W8A8 GEMM timings of one Atlas A3
  die in measured/ascend/a3-die-kernels.json (vLLM-Ascend profiler traces of DeepSeek-V3,
  prefill and aclgraph decode, M 1-2048). The decode rows are device time under graph replay, so
  the curve's overhead is also its decode overhead (the engines' decode overhead was fitted on
  NVIDIA chips). The BF16 GEMMs of the same traces get their own curve (gemm_bf16, the
  same fit): the die reaches a larger share of its BF16 peak than of its INT8 one, which one
  curve cannot follow. The default elementwise curve is printed against the traces' vector
  kernels (kept: one fitted overhead and bandwidth described them worse than the default does).
- attention_decode_latent.compute_efficiency_max and .memory_efficiency: CloudMatrix-Infer's
  MLA decode utilisation (measured/ascend/published-operators.json), converted to absolute rates
  with the paper's die peaks and then to fractions of this catalog's BF16 peak and bandwidth per
  die.
- communication.latency_seconds and .link_efficiency (ascend-a3 only): least-squares fit, in
  log time, of t = latency + bytes / (link_efficiency x link) to DeepEP-Ascend's dispatch and
  combine measurements on an Atlas A3 SuperPOD (low-latency and normal kernels), with bytes
  counted as infercap counts them (tokens x top-k x hidden x bytes per element x (ep-1)/ep)
  and link = one die's UB bandwidth per direction (the 910C package figure over 2).

- attention_prefill.compute_efficiency_max: the one number that sets a causal prefill's
  attention time, fitted (least squares in log time, the default's overhead, bandwidth and
  row ramp kept) to the FusedInferAttentionScore prefill timings of the same traces (Qwen3-32B,
  10 and 6 prompts of 4,104 tokens, 4 query heads and 1 KV head per die). FLOPs are counted as
  OperatorBuilder counts them: 2 x S^2 x H x d per prompt (the causal half of QK^T and PV).
  The default's 0.63 (FlashAttention-3 on Hopper) was 1.7x too fast for this kernel.

Everything else (grouped GEMM, GQA decode attention, elementwise) stays the default's; the
traces' one GQA decode attention group is printed against the default curve, not fitted (its
context length is known only to a range). ascend-a2 (910B, Atlas A2: HCCS inside an 8-chip node, RoCE across) takes the same
kernel figures, since a 910B is a die of the same class (identical compute and bandwidth in
Huawei's msmodeling), and keeps the default communication: the A3 all-to-all figures are over
UB, which an A2 node does not have.

Writes  profiles/ascend-a3.json, profiles/ascend-a2.json
Prints  the kernel fits and the all-to-all fit, row by row.
Deterministic (fixed grids and starting points, then a fixed refinement); rounding to 4
significant digits.
Needs   numpy and scipy (as fit_efficiency.py).

Usage: python3 ascend_profiles.py        (paths are relative to this file)
"""

import json
import math
import os

import fit_efficiency as fe

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


# Bytes of a vector kernel, counted as OperatorBuilder counts the elementwise operator it stands
# for (bf16 activations): a norm reads and writes the row (2 x 2 B), an add-and-norm reads two rows
# and writes one (3 x 2 B), SwiGLU reads gate and up and writes one half-width row, RoPE reads and
# writes the rotated heads, the MoE gate reads fp32 router logits, dynamic quantisation reads bf16
# and writes int8 (3 B per element).
VECTOR_BYTES = {
    "RmsNorm": lambda m, h: m * h * 2 * 2,
    "AddRmsNormBias": lambda m, h: m * h * 2 * 3,
    "Add": lambda m, h: m * h * 2 * 3,
    "SwiGlu": lambda m, two_width: m * (two_width // 2) * 2 * 3,
    "DynamicQuant": lambda m, h: m * h * 3,
    "MoeGatingTopK": lambda m, experts: m * experts * 4,
}


def vector_bytes(kernel, shape):
    if kernel == "InterleaveRope":
        tokens, heads, dim = shape
        return tokens * heads * dim * 2 * 2
    return VECTOR_BYTES[kernel](*shape)


def kernel_points(table, int8_per_die, bf16_per_die, bandwidth_per_die):
    """fit_efficiency points (one per measured group, file order, every 5th held out) for the
    W8A8 GEMMs, the BF16 GEMMs (cross-check) and the vector kernels."""
    path = "measured/ascend/a3-die-kernels.json"

    def gemms(rows, element_bytes, peak):
        # Weights and activations in the GEMM's precision, output bf16 (as OperatorBuilder.gemm).
        return [fe.point(path, i, 2 * r["m"] * r["k"] * r["n"],
                         (r["k"] * r["n"] + r["m"] * r["k"]) * element_bytes + r["m"] * r["n"] * 2, r["m"],
                         r["mean_microseconds"] * 1e-6, peak, bandwidth_per_die,
                         tag=f"{r.get('model', 'deepseek-v3')} {r['phase']} {r['m']}x{r['k']}x{r['n']}")
                for i, r in enumerate(rows)]

    gemm = gemms(table["gemm_w8a8"]["rows"], 1, int8_per_die)
    bf16 = gemms(table["gemm_bf16"]["rows"], 2, bf16_per_die)
    vector = []
    for i, r in enumerate(table["vector"]["rows"]):
        vector.append(fe.point(path, i, 0, vector_bytes(r["kernel"], r["shape"]), 1, r["mean_microseconds"] * 1e-6,
                               bf16_per_die, bandwidth_per_die, tag=f"{r['model']} {r['phase']} {r['kernel']} {r['shape']}"))
    return gemm, bf16, vector


def attention_points(table, bf16_per_die, bandwidth_per_die):
    """fit_efficiency points for the prefill attention groups (causal FLOPs and bytes as
    fit_efficiency.load_attn_prefill counts them; no row is held out: two groups)."""
    path = "measured/ascend/a3-die-kernels.json"
    pts = []
    for i, r in enumerate(table["attention_prefill"]["rows"]):
        n, s, h, hkv, d = r["sequences"], r["tokens_per_sequence"], r["heads"], r["kv_heads"], r["head_dim"]
        p = fe.point(path, i, n * 2 * s * s * h * d, n * s * (h * d + hkv * d + hkv * d + h * d) * 2, s,
                     r["mean_microseconds"] * 1e-6, bf16_per_die, bandwidth_per_die,
                     tag=f"{r['model']} prefill attention {n} x {s} tokens, {h}/{hkv} heads")
        p["heldout"] = False
        pts.append(p)
    return pts


def fit_compute_efficiency(curve, points):
    """compute_efficiency_max minimising the sum of squared log errors, the curve's other numbers
    kept (a fixed grid, then a fixed refinement)."""
    a = fe.arrays(points)

    def loss(eta):
        params = [eta, curve["half_efficiency_rows"], curve["memory_efficiency"], curve["overhead_seconds"]]
        return float(fe.np.sum(fe.np.log(fe.predict(params, a) / a["t"]) ** 2))

    _, eta = min((loss(e / 1000), e / 1000) for e in range(10, 1001, 5))
    step = 0.0025
    for _ in range(60):
        _, eta = min((loss(eta + de), eta + de) for de in (-step, 0, step) if 0.001 <= eta + de <= 1)
        step *= 0.7
    return sig4(eta)


def decode_attention_check(curve, table, bf16_per_die, bandwidth_per_die):
    """The curve's time for the traced GQA decode attention group at both ends of its context range."""
    r = table["attention_decode"]["rows"][0]
    b, h, hkv, d = r["sequences"], r["heads"], r["kv_heads"], r["head_dim"]
    times = []
    for context in (r["context_tokens_min"], r["context_tokens_max"]):
        flops, cache = 4 * b * context * h * d, b * context * 2 * hkv * d * 2
        rows = b * h / hkv
        eta = curve["compute_efficiency_max"] * rows / (rows + curve["half_efficiency_rows"])
        times.append(curve["overhead_seconds"] + max(flops / (eta * bf16_per_die),
                                                      cache / (curve["memory_efficiency"] * bandwidth_per_die)))
    return r, times


def vector_check(curve, decode_overhead, points, rows):
    """|error| (median, p90) of an elementwise curve on the vector kernels, with the engine's decode
    overhead on the decode rows as the Swift model applies it."""
    errors = []
    for p, r in zip(points, rows):
        overhead = decode_overhead if r["phase"] == "decode" else curve["overhead_seconds"]
        errors.append(abs((overhead + p["B"] / (p["bw"] * curve["memory_efficiency"])) / p["t"] - 1))
    return fe.stats(fe.np.array(errors))


def graph_mode_curve(params, quality, fitted_on):
    """A profile curve from fitted numbers whose overhead also stands in decode: the fitted rows
    include decode kernels timed as device time under graph replay."""
    emax, half, mem, overhead = params
    return {"compute_efficiency_max": emax, "half_efficiency_rows": half, "memory_efficiency": mem,
            "overhead_seconds": overhead, "decode_overhead_seconds": overhead, "fitted_on": fitted_on, **quality}


def report(name, params, points):
    all_e, held = fe.errors(params, points), fe.errors(params, [p for p in points if p["heldout"]])
    med, p90 = fe.stats(all_e)
    hmed, _ = fe.stats(held)
    held_out = f"held out median {hmed:.1%}" if hmed is not None else "none held out"
    print(f"{name}: compute_efficiency_max {params[0]:g}, half_efficiency_rows {params[1]:g}, "
          f"memory_efficiency {params[2]:g}, overhead_seconds {params[3]:g}; |error| median {med:.1%}, p90 {p90:.1%}, "
          + held_out + f" ({len(points)} groups)")
    a = fe.arrays(points)
    for p, e in zip(points, fe.predict(params, a) / a["t"] - 1):
        print(f"   {p['tag']:48s} measured {p['t'] * 1e6:9.1f} us  model {p['t'] * (1 + e) * 1e6:9.1f} us  {e:+7.1%}{'  held out' if p['heldout'] else ''}")
    return {"median_abs_relative_error": sig4(med), "p90_abs_relative_error": sig4(p90),
            "heldout_median_abs_relative_error": sig4(hmed) if hmed is not None else None}


def main():
    figures = load("measured/ascend/published-operators.json")
    kernels = load("measured/ascend/a3-die-kernels.json")
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
    gemm_points, bf16_points, vector_points = kernel_points(kernels, int8_per_die, bf16_per_die, bandwidth_per_die)
    attention_prefill_points = attention_points(kernels, bf16_per_die, bandwidth_per_die)
    attention_prefill_eta = fit_compute_efficiency(default["attention_prefill"], attention_prefill_points)
    gemm_fit = [sig4(x) for x in fe.fit(gemm_points)]
    bf16_fit = [sig4(x) for x in fe.fit(bf16_points)]
    print("Kernel timings on one Atlas A3 die (measured/ascend/a3-die-kernels.json) against the fitted curves")
    gemm_quality = report("gemm (W8A8, fitted)", gemm_fit, gemm_points)
    report("the W8A8 curve on the BF16 GEMMs (why BF16 gets its own curve)", gemm_fit, bf16_points)
    bf16_quality = report("gemm_bf16 (fitted)", bf16_fit, bf16_points)
    generic_decode_overhead = load("../engines/generic.json")["decode_kernel_overhead_seconds"]
    vector_median, vector_p90 = vector_check(default["elementwise"], generic_decode_overhead, vector_points, kernels["vector"]["rows"])
    print(f"default elementwise curve on the {len(vector_points)} vector kernels (decode rows at the generic engine's "
          f"{generic_decode_overhead:g} s per kernel): |error| median {vector_median:.1%}, p90 {vector_p90:.1%}; kept "
          "(one fitted overhead and bandwidth did worse: the kernels differ more than one curve describes)")

    prefill = default["attention_prefill"]
    attention_prefill_fit = [attention_prefill_eta, prefill["half_efficiency_rows"], prefill["memory_efficiency"],
                             prefill["overhead_seconds"]]
    report("the default attention_prefill curve (FlashAttention-3 on Hopper)",
           [prefill["compute_efficiency_max"], *attention_prefill_fit[1:]], attention_prefill_points)
    attention_prefill_quality = report("attention_prefill (compute_efficiency_max fitted)", attention_prefill_fit,
                                       attention_prefill_points)
    decode_row, decode_times = decode_attention_check(default["attention_decode"], kernels, bf16_per_die, bandwidth_per_die)
    print(f"default attention_decode curve on the traced GQA decode group (not fitted): measured "
          f"{decode_row['mean_microseconds']:.1f} us, model {decode_times[0] * 1e6:.1f}-{decode_times[1] * 1e6:.1f} us "
          f"over its {decode_row['context_tokens_min']}-{decode_row['context_tokens_max']}-token context range")

    print("DeepEP-Ascend dispatch/combine on Atlas A3 (sgl-kernel-npu README) vs the fitted collective time")
    print(f"fit: latency_seconds {latency:g}, link_efficiency {eta:g} of {link_per_die / 1e9:.0f} GB/s per die")
    print(f"{'row':28s} {'measured us':>12s} {'model us':>10s} {'error':>8s}")
    errors = []
    for name, measured, model in rows:
        errors.append(abs(model / measured - 1))
        print(f"{name:28s} {measured * 1e6:12.0f} {model * 1e6:10.0f} {model / measured - 1:+8.1%}")
    errors.sort()
    print(f"median |error| {errors[len(errors) // 2]:.1%}, worst {errors[-1]:.1%}")
    print(f"attention_decode_latent compute {mla_eta:g}, memory {mla_mem:g}")

    published = "measured/ascend/published-operators.json"
    for profile_id, chips, communication in (
        ("ascend-a3", "ascend-910c", "fit"),
        ("ascend-a2", "ascend-910b-280t, -313t, -376t", "default"),
    ):
        profile = json.loads(json.dumps(default))
        profile["id"] = profile_id
        profile["measured_on"] = None
        profile["source"] = (
            f"profiles/default.json (median of the measured NVIDIA chips) with, in place of the default's: the GEMM curve "
            f"fitted to W8A8 GEMM timings of one Atlas A3 die (measured/ascend/a3-die-kernels.json, vLLM-Ascend profiler "
            f"traces); the prefill attention speed fitted to FusedInferAttentionScore timings of the same traces; the MLA decode utilisation published for the Ascend 910C die ({published}, CloudMatrix384 paper, "
            f"read through a secondary write-up)"
            + ("; all-to-all latency and link efficiency fitted to DeepEP-Ascend on an Atlas A3 SuperPOD (sgl-kernel-npu)"
               if communication == "fit" else "; communication is the default's (the A3 all-to-all figures are over UB, which Atlas A2 nodes lack)")
            + f". No kernel timings of our own. Used by {chips}"
            + (" (the A3 die timings stand in for the 910B, a die of the same class)." if communication != "fit" else "."))
        profile["summary"] = (
            "GEMMs and prefill attention fitted to W8A8, BF16 and attention kernel timings of an Atlas A3 die; "
            + ("MLA decode and all-to-all" if communication == "fit" else "MLA decode")
            + " from published 910C-die figures; other curves the default's (specs/calibration/measured/ascend)")
        profile["license"] = ("measured and published figures (numbers only, with sources in measured/ascend/a3-die-kernels.json and "
                              + published + "); default curves as in profiles/default.json")
        profile["method"] = "ascend_profiles.py: default.json, then the replacements listed in its docstring"
        profile["gemm"] = graph_mode_curve(
            gemm_fit, gemm_quality, (
                f"{len(gemm_points)} W8A8 GEMM groups (QuantBatchMatmulV3, M 1-2048) timed on one Atlas A3 die in vLLM-Ascend "
                "prefill and aclgraph decode (measured/ascend/a3-die-kernels.json), against this catalog's "
                f"{int8_per_die / 1e12:.0f} TOPS and {bandwidth_per_die / 1e12:.3f} TB/s per die; every 5th group held out. "
                "decode_overhead_seconds = overhead_seconds: the decode rows are device time under graph replay, so the "
                "engine's NVIDIA-fitted decode overhead does not replace it. Cross-checks, not fitted: CloudMatrix384's "
                f"{gemm['compute_utilization_low']}-{gemm['compute_utilization_high']} INT8 utilisation (its own kernels; "
                f"{gemm_eta:g} of the catalog peak) is above this curve's {gemm_fit[0]:g}"))
        profile["gemm_bf16"] = graph_mode_curve(
            bf16_fit, bf16_quality, (
                f"{len(bf16_points)} BF16 GEMM groups (MatMulV2/MatMulV3, M 1-41,040; DeepSeek-V3 and Qwen3-32B) from the same "
                f"traces, against this catalog's {bf16_per_die / 1e12:.1f} TFLOPS BF16 per die; every 5th group held out. Used for "
                "the GEMMs that run in bf16 (bf16 or int4 weights, MLA's absorbed products): the A3 die reaches a larger share of "
                "its BF16 peak than of its INT8 peak, which one curve cannot follow (the W8A8 curve is 16% off on these, median)"))
        latent = profile["attention_decode_latent"]
        latent["compute_efficiency_max"] = mla_eta
        latent["memory_efficiency"] = mla_mem
        latent["fitted_on"] = (
            f"CloudMatrix-Infer MLA decode: {mla['compute_utilization']} of {mla['of_peak_flops_per_second_per_die'] / 1e12:.0f} TFLOPS and "
            f"{mla['memory_utilization']} of {mla['of_peak_bytes_per_second_per_die'] / 1e12:.1f} TB/s per die (CloudMatrix384, secondary), "
            f"as fractions of this catalog's {bf16_per_die / 1e12:.1f} TFLOPS BF16 and {bandwidth_per_die / 1e12:.3f} TB/s per die; "
            "half_efficiency_rows and overhead: the default's")
        attention = profile["attention_prefill"]
        attention["compute_efficiency_max"] = attention_prefill_eta
        attention["fitted_on"] = (
            f"compute_efficiency_max fitted to {len(attention_prefill_points)} FusedInferAttentionScore prefill groups timed on one "
            "Atlas A3 die (measured/ascend/a3-die-kernels.json: Qwen3-32B at TP 16, 10 and 6 causal prompts of 4,104 tokens, "
            f"4 query heads and 1 KV head per die), against this catalog's {bf16_per_die / 1e12:.1f} TFLOPS BF16 per die; "
            "half_efficiency_rows, memory_efficiency, overhead and fp8_compute_speedup: the default's (FlashAttention-3 on Hopper)")
        for field in ("median_abs_relative_error", "p90_abs_relative_error", "heldout_median_abs_relative_error"):
            attention[field] = attention_prefill_quality[field]
        for curve in ("attention_decode_latent",):
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
