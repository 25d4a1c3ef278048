#!/usr/bin/env python3
"""Convert aiconfigurator's silicon_sample.csv into infercap reference points.

Usage:
    python3 specs/reference/convert_silicon_sample.py [CSV] [--output JSON]

CSV defaults to ../../../shared/reference/aiconfigurator/silicon-sample.csv relative to
this script; the output defaults to silicon-sample.json beside this script. Standard
library only; the output is byte-for-byte deterministic for a given input.

Each kept CSV row becomes two points:
  mode=agg    -> ttft_seconds and tpot_seconds, mode "aggregated", one layout;
  mode=disagg -> ttft_seconds in mode "prefill" (prefill_* layout and batch) and
                 tpot_seconds in mode "decode" (decode_* layout and batch).

Batch semantics (see README.md, section "silicon-sample.json"): aiconfigurator's
batch_size / prefill_batch_size / decode_batch_size are per attention-DP rank (per
worker), which is infercap's --batch, so they are copied unchanged. The CSV confirms it:
where the source records silicon_concurrency, it equals batch_size * attention_dp_size
(agg) or decode_batch_size * decode_attention_dp_size * decode_num_workers (disagg).
Rows where it does not are dropped, as are rows outside infercap's catalog (systems,
models), MXFP4 rows (NVFP4 rows are kept as fp4), disagg rows without batch sizes, MoE layouts that do not add up or whose
width looks squared upstream (tpN_epN recorded as N*N), and repeats of one measurement.

Rows of a campaign (system, engine, release, measurement date) whose TPOT is at least 1.3x lower
than another campaign of the same release on identical recorded configurations are kept but marked
not replayable: the record misses a serving setting (see unrecorded_speedups).
"""

import argparse
import collections
import csv
import hashlib
import json
import os
import re
import sys

UPSTREAM_COMMIT = "095f58a"
SOURCE_FILE = "aiconfigurator silicon_sample.csv @" + UPSTREAM_COMMIT
LICENSE = "Apache-2.0 (aiconfigurator/LICENSE)"

# How aiconfigurator's benchmark sent requests, as infercap's replay needs it. All requests of a
# closed-loop run start together, so the first wave arrives in one burst; burst_fraction is the
# share of requests in that burst (1 / waves). aiconfigurator does not record its request count,
# so the value is fitted by `infercap validate --fit-engines` on the train split (jointly with each
# engine's TTFT wait) and written here.
PROTOCOL = collections.OrderedDict([
    ("arrival", "closed loop, fixed input/output lengths, all concurrency slots start together"),
    ("burst_fraction", 0.14),
    ("source", "fitted by `infercap validate --fit-engines` on the train split (TTFT points), last refitted 2026-12-07"),
])

SYSTEMS = {"h100_sxm": "h100-sxm", "h200_sxm": "h200", "b200_sxm": "b200"}

# KV cache precision the record leaves out but the checkpoint sets. TensorRT-LLM's PyTorch backend
# runs an FP8 or NVFP4 model from a pre-quantized NVIDIA ModelOpt checkpoint, and with
# kv_cache_config.dtype "auto" (its default) it inherits the checkpoint's KV cache quantization
# (TensorRT-LLM docs, Quantization: FP8 or NVFP4 "inherited from the checkpoint with dtype=auto").
# aiconfigurator's model_configs bundle (aiconfigurator-core 0.12.0) holds the Llama-3.1-70B FP8
# checkpoint it uses, nvidia/Llama-3.1-70B-Instruct-FP8, whose hf_quant_config.json sets
# kv_cache_quant_algo FP8, as every NVIDIA NVFP4 checkpoint in that bundle does. vLLM and SGLang keep
# the model dtype unless --kv-cache-dtype says otherwise, and the other models' checkpoints
# (DeepSeek's and Qwen's own FP8) set no KV quantization, so their points keep bf16.
# (engine, catalog model) -> (weight dtypes, KV dtype, what the note says)
CHECKPOINT_KV = {
    ("trtllm", "llama-3.1-70b"): ({"fp8", "fp4"}, "fp8",
        "KV fp8: TensorRT-LLM inherits kv_cache_quant_algo FP8 from the NVIDIA ModelOpt checkpoint "
        "(nvidia/Llama-3.1-70B-Instruct-FP8; NVFP4 checkpoints set it too) with kv_cache_config dtype auto"),
}

# The same for every NVFP4 row of TensorRT-LLM: no model in the sample is released in NVFP4 by its
# authors, and TensorRT-LLM does not quantize to NVFP4 on loading, so an NVFP4 run reads NVIDIA's
# ModelOpt NVFP4 checkpoint; every such checkpoint with one quant_algo in aiconfigurator-core 0.12.0's
# bundle (DeepSeek-V3.1/V3.2, Qwen3-235B, Qwen3.5, GLM-5, Kimi-K2.6, MiniMax-M2.5, Nemotron, Gemma;
# Tests/Fixtures/aiconfigurator-model-configs-0.12.0.tar.gz) sets kv_cache_quant_algo FP8. (gpt-oss
# rows replay their own MXFP4 checkpoint, CHECKPOINT_PRECISION, and are not matched.)
NVFP4_CHECKPOINT_KV_NOTE = (
    "KV fp8: TensorRT-LLM runs NVFP4 from an NVIDIA ModelOpt checkpoint, and every such checkpoint in "
    "aiconfigurator's bundle sets kv_cache_quant_algo FP8, inherited with kv_cache_config dtype auto")

# (match kind, pattern, catalog id, is MoE)
MODELS = [
    ("prefix", "meta-llama/Llama-3.1-70B", "llama-3.1-70b", False),
    ("exact", "meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-8b", False),
    ("exact", "nvidia/Llama-3.1-8B-Instruct-FP8", "llama-3.1-8b", False),
    ("exact", "deepseek-ai/DeepSeek-R1", "deepseek-r1", True),
    ("exact", "deepseek-ai/DeepSeek-V3", "deepseek-v3", True),
    ("exact", "nvidia/DeepSeek-R1-NVFP4", "deepseek-r1", True),
    ("exact", "Qwen/Qwen3-235B-A22B-FP8", "qwen3-235b-a22b", True),
    ("prefix", "Qwen/Qwen3-32B", "qwen3-32b", False),
    ("prefix", "Qwen/Qwen3-30B-A3B", "qwen3-30b-a3b", True),
    ("exact", "Qwen/Qwen3-8B", "qwen3-8b", False),
    ("exact", "moonshotai/Kimi-K2-Instruct", "kimi-k2", True),
    ("prefix", "mistralai/Mixtral-8x7B", "mixtral-8x7b", True),
    # 2026 models (catalog entries added with the per-layer model, issue 30). No engine constant is
    # fitted on their rows: every one goes to the test split (NEW_MODELS below).
    ("exact", "openai/gpt-oss-120b", "gpt-oss-120b", True),
    ("exact", "MiniMaxAI/MiniMax-M2.5", "minimax-m2.5", True),
    ("exact", "Qwen/Qwen3.5-397B-A17B", "qwen3.5-397b-a17b", True),
    ("exact", "moonshotai/Kimi-K2.5", "kimi-k2.5", True),
    ("exact", "zhipuai/GLM-5", "glm-5", True),
]

# Models whose rows are held out whole: added after the engine constants were fitted.
NEW_MODELS = {"gpt-oss-120b", "minimax-m2.5", "qwen3.5-397b-a17b", "kimi-k2.5", "glm-5"}

# gpt-oss ships MXFP4 experts beside bf16 attention; aiconfigurator's rows label that checkpoint
# "nvfp4" on every system, Hopper included, where NVFP4 (W4A4) cannot run. Those rows are replayed
# with the checkpoint's own precisions (weight_dtype and expert_weight_dtype left to the estimate:
# bf16 attention, MXFP4 experts weight-only on Hopper and at the FP4 peak on Blackwell).
CHECKPOINT_PRECISION = {"gpt-oss-120b": {"nvfp4", "fp4"}}

# NVFP4 (W4A4, fp8 scale per 16 elements) is infercap's fp4; MXFP4 variants (e8m0 scale per 32,
# weight-only or with fp8 activations) are different formats and stay dropped.
NVFP4 = {"nvfp4", "fp4"}
MXFP4 = {"mxfp4", "w4a16_mxfp4", "w4a8_mxfp4_mxfp8"}
FP8 = {"fp8", "fp8_block", "fp8_static"}
BF16 = {"bf16", "bfloat16", "float16", "fp16"}
INT4 = {"int4", "int4_wo", "w4a16", "awq", "w4afp8"}

ENGINES = {"trtllm", "sglang", "vllm"}


def map_model(model_path):
    for kind, pattern, catalog_id, is_moe in MODELS:
        if (kind == "exact" and model_path == pattern) or (kind == "prefix" and model_path.startswith(pattern)):
            return catalog_id, is_moe
    return None, None


# DeepSeek-R1 is DeepSeek-V3 post-trained: one architecture, so a configuration or a measurement
# under either name is the same one.
SAME_ARCHITECTURE = {"deepseek-r1": "deepseek-v3"}


def architecture_of(model_path):
    """The catalog architecture a checkpoint runs (DeepSeek-R1 counts as DeepSeek-V3), or the
    path itself for a model outside the catalog."""
    catalog_id, _ = map_model(model_path)
    if catalog_id is None:
        return model_path
    return SAME_ARCHITECTURE.get(catalog_id, catalog_id)


def dtype_of(name):
    """Map one aiconfigurator quant-mode / precision string to infercap, or a drop reason."""
    if name in NVFP4:
        return "fp4", None
    if name in MXFP4:
        return None, "mxfp4 not modelled"
    if name in FP8:
        return "fp8", None
    if name in BF16:
        return "bf16", None
    if name in INT4:
        return "int4", None
    return None, "unknown quant mode '%s'" % name


def weight_dtype(row, is_moe):
    """One weight dtype for the row. Returns (dtype, drop_reason)."""
    modes = [m for m in (row["gemm_quant_mode"], row["moe_quant_mode"] if is_moe else "", row["precision"]) if m]
    if not modes:
        return None, "weight dtype not recorded"
    if any(m in MXFP4 for m in modes):
        return None, "mxfp4 not modelled"
    # The MoE experts hold most weights of an MoE model; the GEMMs hold them in a dense one.
    primary = (row["moe_quant_mode"] if is_moe and row["moe_quant_mode"] else row["gemm_quant_mode"]) or row["precision"]
    return dtype_of(primary)


def count(value):
    """Positive int from a CSV cell, or None for empty / 0 / non-numeric."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = int(float(value))
    except ValueError:
        return None
    return number if number > 0 else None


def silicon_concurrency(source):
    match = re.search(r"silicon_concurrency=(\d+)", source)
    return int(match.group(1)) if match else None


def layout(row, prefix, is_moe):
    """infercap parallelism for one pool. Returns (parallelism, chips, note, drop_reason)."""
    tp = count(row[prefix + "tp_size"])
    if tp is None:
        return None, None, None, "layout missing (%stp_size)" % prefix
    pp = count(row[prefix + "pp_size"]) or 1
    # aiconfigurator's estimator passes only non-empty fields; attention_dp_size defaults to 1.
    dp = count(row[prefix + "attention_dp_size"]) or 1
    moe_tp = count(row[prefix + "moe_tp_size"])
    moe_ep = count(row[prefix + "moe_ep_size"])
    note = None
    if is_moe:
        width = tp * dp
        # Mirrors aiconfigurator ModelConfig.resolve_moe_parallelism: infer one missing
        # dimension from the other; both missing is an error.
        if moe_tp is None and moe_ep is None:
            return None, None, None, "MoE layout missing (moe_tp_size and moe_ep_size empty)"
        if moe_ep is None:
            if width % moe_tp:
                return None, None, None, "moe_tp*moe_ep != tp*attention_dp"
            moe_ep = width // moe_tp
            note = "moe_ep inferred"
        elif moe_tp is None:
            if width % moe_ep:
                return None, None, None, "moe_tp*moe_ep != tp*attention_dp"
            moe_tp = width // moe_ep
            note = "moe_tp inferred"
        if moe_tp * moe_ep != width:
            return None, None, None, "moe_tp*moe_ep != tp*attention_dp"
        if moe_tp > 1 and moe_ep > 1:
            # Hybrid expert TP x EP. Upstream records runs named tpN_epN (N GPUs) as
            # tp*dp = moe_tp*moe_ep = N*N (the same measurement appears in the
            # 2026-03-25 dump as tp N, moe_ep N), so the chip count is not reliable.
            # Keep a hybrid layout only when the row id states a TP equal to the width.
            declared = re.search(r"_tp(\d+)", row["id"])
            if prefix != "" or declared is None or int(declared.group(1)) != width:
                return None, None, None, "hybrid moe_tp x moe_ep layout, width probably tp*ep squared upstream"
        ep = moe_ep
    else:
        ep = 1
    parallelism = {"tp": tp, "pp": pp, "ep": ep, "dp": dp}
    return parallelism, tp * pp * dp, note, None


def split_of(row_id, catalog=None):
    if catalog in NEW_MODELS:
        return "test"
    return "test" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "train"


def seconds(ms_text):
    try:
        ms = float(ms_text)
    except (TypeError, ValueError):
        return None
    if not ms > 0 or ms != ms or ms == float("inf"):
        return None
    return round(ms / 1000.0, 9)


def kv_dtype_of(row, catalog, wdtype):
    """The KV cache dtype of a row and, where the checkpoint sets it, why (CHECKPOINT_KV)."""
    rule = CHECKPOINT_KV.get((row["backend"], catalog))
    if rule and wdtype in rule[0]:
        return rule[1], rule[2]
    if row["backend"] == "trtllm" and wdtype == "fp4":
        return "fp8", NVFP4_CHECKPOINT_KV_NOTE
    return "bf16", "KV dtype not recorded, bf16 assumed"


def point(row, suffix, mode, metric, value, reported, catalog, accelerator, wdtype, kv, parallelism, chips, batch, notes):
    return collections.OrderedDict([
        ("id", row["id"] + suffix),
        ("source", "NVIDIA aiconfigurator silicon_sample.csv @%s, row %s (%s)"
         % (UPSTREAM_COMMIT, row["id"], row["silicon_data_source"])),
        ("campaign", "aiconfigurator/" + "/".join(campaign_of(row))),
        ("confidence", "high"),
        ("model", catalog),
        ("accelerator", accelerator),
        ("engine", row["backend"]),
        ("mode", mode),
        ("chips", chips),
        ("parallelism", parallelism),
        ("weight_dtype", wdtype),
        ("kv_dtype", kv),
        ("input_tokens", int(row["isl"])),
        ("output_tokens", int(row["osl"])),
        ("context_tokens", None),
        ("batch", batch),
        ("tpot_slo_seconds", None),
        ("ttft_slo_seconds", None),
        ("metric", metric),
        ("value", value),
        ("reported_value", reported),
        ("replayable", True),
        ("skip_reason", None),
        ("split", split_of(row["id"], catalog)),
        ("notes", notes),
    ])


def convert_row(row):
    """Return (points, None) or (None, (reason, detail))."""
    accelerator = SYSTEMS.get(row["system"])
    if accelerator is None:
        return None, ("system not in catalog", row["system"])
    catalog, is_moe = map_model(row["model_path"])
    if catalog is None:
        return None, ("model not in catalog", row["model_path"])
    if row["backend"] not in ENGINES:
        return None, ("unknown engine", row["backend"])
    checkpoint_modes = CHECKPOINT_PRECISION.get(catalog, set())
    precision_note = ""
    if checkpoint_modes and (row["moe_quant_mode"] or row["precision"]) in checkpoint_modes:
        wdtype = None
        precision_note = ("; labelled %s upstream: the MXFP4 checkpoint, replayed in its own precisions "
                          "(bf16 attention, MXFP4 experts)" % (row["moe_quant_mode"] or row["precision"]))
    else:
        wdtype, reason = weight_dtype(row, is_moe)
        if reason:
            return None, (reason, row["model_path"])
    if count(row["isl"]) is None or count(row["osl"]) is None:
        return None, ("isl/osl missing", row["model_path"])
    ttft = seconds(row["silicon_ttft_ms"])
    tpot = seconds(row["silicon_tpot_ms"])
    if ttft is None or tpot is None:
        return None, ("measured TTFT/TPOT missing or not positive", row["model_path"])
    concurrency = silicon_concurrency(row["silicon_data_source"])
    version = row["backend_version"] or "version not recorded"
    kv, kv_note = kv_dtype_of(row, catalog, wdtype)
    common = "%s %s; %s; %s%s" % (row["backend"], version, row["system"], kv_note, precision_note)
    reported_ttft = "silicon_ttft_ms=" + row["silicon_ttft_ms"]
    reported_tpot = "silicon_tpot_ms=" + row["silicon_tpot_ms"]

    if row["mode"] == "agg":
        parallelism, chips, note, reason = layout(row, "", is_moe)
        if reason:
            return None, (reason, row["model_path"])
        batch = count(row["batch_size"])
        if batch is None:
            return None, ("batch_size missing", row["model_path"])
        dp = parallelism["dp"]
        if concurrency is not None and concurrency != batch * dp:
            return None, ("batch_size inconsistent with silicon_concurrency", row["model_path"])
        notes = "agg; batch_size %d per attention-DP rank x dp %d = %d concurrent; %s%s" % (
            batch, dp, batch * dp, common, "; " + note if note else "")
        return [
            point(row, "-ttft", "aggregated", "ttft_seconds", ttft, reported_ttft, catalog, accelerator, wdtype, kv,
                  parallelism, chips, batch, notes + "; ms -> s"),
            point(row, "-tpot", "aggregated", "tpot_seconds", tpot, reported_tpot, catalog, accelerator, wdtype, kv,
                  parallelism, chips, batch, notes + "; ms -> s"),
        ], None

    if row["mode"] == "disagg":
        p_layout, p_chips, p_note, reason = layout(row, "prefill_", is_moe)
        if reason:
            return None, (reason, row["model_path"])
        d_layout, d_chips, d_note, reason = layout(row, "decode_", is_moe)
        if reason:
            return None, (reason, row["model_path"])
        p_batch = count(row["prefill_batch_size"])
        d_batch = count(row["decode_batch_size"])
        p_workers = count(row["prefill_num_workers"])
        d_workers = count(row["decode_num_workers"])
        if p_batch is None or d_batch is None or p_workers is None or d_workers is None:
            return None, ("disagg batch sizes / worker counts not recorded", row["model_path"])
        if concurrency is not None and concurrency != d_batch * d_layout["dp"] * d_workers:
            return None, ("batch_size inconsistent with silicon_concurrency", row["model_path"])
        pools = "%d prefill x %d chips, %d decode x %d chips" % (p_workers, p_chips, d_workers, d_chips)
        p_notes = "disagg prefill pool (%s); chips per worker; prefill_batch_size %d per attention-DP rank; %s%s; ms -> s" % (
            pools, p_batch, common, "; " + p_note if p_note else "")
        d_notes = "disagg decode pool (%s); chips per worker; decode_batch_size %d per attention-DP rank x dp %d x %d workers = %d concurrent; %s%s; ms -> s" % (
            pools, d_batch, d_layout["dp"], d_workers, d_batch * d_layout["dp"] * d_workers, common,
            "; " + d_note if d_note else "")
        prefill_point = point(row, "-ttft", "prefill", "ttft_seconds", ttft, reported_ttft, catalog, accelerator, wdtype, kv,
                              p_layout, p_chips, p_batch, p_notes)
        # The end-to-end TTFT of a disaggregated run includes waiting for a prefill worker while
        # the decode pools' whole concurrency cycles through the prefill pool, and the KV transfer
        # between pools: a fleet-level quantity the single-deployment replay cannot express.
        prefill_point["replayable"] = False
        prefill_point["skip_reason"] = ("end-to-end TTFT of a disaggregated deployment (prefill-pool queueing under the "
                                        "decode pools' concurrency, KV transfer): needs the P/D fleet model")
        return [
            prefill_point,
            point(row, "-tpot", "decode", "tpot_seconds", tpot, reported_tpot, catalog, accelerator, wdtype, kv,
                  d_layout, d_chips, d_batch, d_notes),
        ], None

    return None, ("unknown mode", row["mode"])


def campaign_of(row):
    """(system, backend, engine version, measurement date): one benchmark campaign of the dump."""
    measured = re.search(r"measured=(\d{4}-\d{2}-\d{2})", row["silicon_data_source"])
    return (row["system"], row["backend"], row["backend_version"], measured.group(1) if measured else "undated")


def base_version(version):
    """The engine version without its patch suffix: 1.2.0rc6.post3 -> 1.2.0rc6."""
    return re.sub(r"\.post\d+$", "", version)


CONFIGURATION_FIELDS = [
    "model_path", "mode", "precision", "gemm_quant_mode", "moe_quant_mode", "isl", "osl", "batch_size", "tp_size",
    "pp_size", "attention_dp_size", "moe_tp_size", "moe_ep_size", "prefill_batch_size", "prefill_num_workers",
    "prefill_tp_size", "prefill_pp_size", "prefill_attention_dp_size", "prefill_moe_tp_size", "prefill_moe_ep_size",
    "decode_batch_size", "decode_num_workers", "decode_tp_size", "decode_pp_size", "decode_attention_dp_size",
    "decode_moe_tp_size", "decode_moe_ep_size"]

# A campaign whose TPOT on the very same recorded configurations is at least this much faster
# (median over at least MIN_PAIRS configurations) than another campaign of the same engine
# release (equal up to a .postN patch suffix) did not run what its row records. 1.3 sits between
# the ordinary spread of repeated campaigns in the dump (medians 0.9-1.05) and the jumps seen
# (1.49-1.71 with speculative decoding's signature: largest at small batch, shrinking with batch).
UNRECORDED_SPEEDUP = 1.3
MIN_PAIRS = 3


def middle(values):
    """Median rounded to 2 digits, or None for no values."""
    if not values:
        return None
    values = sorted(values)
    half = len(values) // 2
    return round(values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2, 2)


def unrecorded_speedups(rows):
    """Campaigns whose TPOT evidently comes from a configuration the dump does not record.

    Compares measured with measured only (never with a prediction): for two campaigns of one
    system, engine and engine release, the rows with identical recorded configurations are paired
    and the median of slower/faster TPOT taken. Returns {campaign: (other campaign, pairs, median
    ratio, median at batch <= 8, count, median at batch > 8, count)} for the faster campaign of each
    pair over UNRECORDED_SPEEDUP.
    """
    by_campaign = collections.defaultdict(dict)
    for row in rows:
        tpot = seconds(row["silicon_tpot_ms"])
        if tpot is None or not row["backend_version"]:
            continue
        fields = [architecture_of(row[f]) if f == "model_path" else row[f] for f in CONFIGURATION_FIELDS]
        by_campaign[campaign_of(row)].setdefault(tuple(fields), tpot)
    flagged = {}
    batch = CONFIGURATION_FIELDS.index("batch_size")
    campaigns = sorted(by_campaign)
    for index, first in enumerate(campaigns):
        for second in campaigns[index + 1:]:
            if first[:2] != second[:2] or base_version(first[2]) != base_version(second[2]):
                continue
            shared = sorted(set(by_campaign[first]) & set(by_campaign[second]))
            if len(shared) < MIN_PAIRS:
                continue
            ratios = [(by_campaign[first][k] / by_campaign[second][k], k) for k in shared]
            median = middle([r for r, _ in ratios])
            for faster, slower, speedup, invert in ((second, first, median, False), (first, second, 1 / median, True)):
                if speedup < UNRECORDED_SPEEDUP:
                    continue
                small = [1 / r if invert else r for r, k in ratios if (count(k[batch]) or 0) <= 8]
                large = [1 / r if invert else r for r, k in ratios if (count(k[batch]) or 0) > 8]
                flagged[faster] = (slower, len(shared), round(speedup, 2), middle(small), len(small),
                                   middle(large), len(large))
    return flagged


# Models with a multi-token-prediction module (DeepSeek-V3's MTP), whose engines run speculative
# decoding with it: a campaign of these that is evidently faster than its release is replayed with
# MTP assumed, one draft token at DeepSeek-V3's reported acceptance (the estimator's default), not
# skipped: a point is left out only for a reason known before replaying it (issue 33, item 3).
MTP_MODELS = {"deepseek-r1", "deepseek-v3"}


def mark_unrecorded(points, campaign, evidence):
    slower, pairs, speedup, small, n_small, large, n_large = evidence
    profile = "; ".join(part for part in (
        "%.2fx at batch <= 8 (%d)" % (small, n_small) if small else None,
        "%.2fx at batch > 8 (%d)" % (large, n_large) if large else None) if part)
    evidence_text = ("TPOT %.2fx faster (median over %d identical recorded configurations: %s) than %s %s measured %s"
                     % (speedup, pairs, profile, slower[1], slower[2], slower[3]))
    for p in points:
        p["notes"] += "; campaign %s %s measured %s" % campaign[1:]
        if p["model"] in MTP_MODELS:
            p["mtp"] = {"draft_tokens": 1}
            p["notes"] += ("; assumed: MTP speculative decoding, 1 draft token at DeepSeek-V3's reported acceptance "
                           "(the dump does not record it; this campaign's " + evidence_text + ")")
            continue
        p["replayable"] = False
        p["skip_reason"] = (evidence_text + ": one engine release is not that much faster on the same configuration, "
                            "so the run used a setting the dump does not record and cannot be replayed")


def dump(document):
    """Deterministic JSON: header keys on their own lines, one point per line."""
    lines = ["{"]
    lines.append('  "source_file": %s,' % json.dumps(document["source_file"]))
    lines.append('  "license": %s,' % json.dumps(document["license"]))
    lines.append('  "protocol": %s,' % json.dumps(document["protocol"], ensure_ascii=False))
    lines.append('  "points": [')
    points = document["points"]
    for index, p in enumerate(points):
        lines.append("    " + json.dumps(p, ensure_ascii=False) + ("," if index + 1 < len(points) else ""))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def check(points):
    ids = set()
    for p in points:
        layout_ = p["parallelism"]
        assert layout_["tp"] * layout_["pp"] * layout_["dp"] == p["chips"], p["id"]
        assert p["value"] > 0, p["id"]
        assert p["batch"] and p["batch"] > 0, p["id"]
        assert (layout_["tp"] * layout_["dp"]) % layout_["ep"] == 0, p["id"]
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("csv", nargs="?",
                        default=os.path.join(here, "..", "..", "..", "shared", "reference", "aiconfigurator",
                                             "silicon-sample.csv"))
    parser.add_argument("--output", default=os.path.join(here, "silicon-sample.json"))
    args = parser.parse_args()

    with open(args.csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    unrecorded = unrecorded_speedups(rows)
    unrecorded_points = collections.Counter()
    points = []
    kept_rows = 0
    dropped = collections.Counter()
    dropped_detail = collections.defaultdict(collections.Counter)
    # The upstream file merges several dumps, so one measurement can appear under several
    # row ids (same system, engine, model, lengths and the same TTFT and TPOT to the
    # precision written out). Keep the first in file order so a measurement is counted once and cannot
    # land in both splits. Some runs appear under both DeepSeek-R1 and DeepSeek-V3 with identical
    # values, so the key uses the architecture.
    first_of = {}
    for row in rows:
        converted, why = convert_row(row)
        if converted is None:
            reason, detail = why
            dropped[reason] += 1
            dropped_detail[reason][detail] += 1
            continue
        architecture = architecture_of(row["model_path"])
        # The values as written (rounded to the output's precision): the dumps print the same
        # measurement with different numbers of digits.
        measurement = (row["system"], row["backend"], architecture, row["mode"], row["isl"], row["osl"],
                       tuple(p["value"] for p in converted))
        shape = [(p["mode"], p["chips"], tuple(sorted(p["parallelism"].items())), p["batch"]) for p in converted]
        if measurement in first_of:
            first_id, first_shape = first_of[measurement]
            reason = ("duplicate measurement (same values as an earlier row)" if shape == first_shape
                      else "duplicate measurement with a different layout or batch")
            dropped[reason] += 1
            dropped_detail[reason][row["model_path"]] += 1
            continue
        first_of[measurement] = (row["id"], shape)
        campaign = campaign_of(row)
        if campaign in unrecorded:
            mark_unrecorded(converted, campaign, unrecorded[campaign])
            unrecorded_points[campaign] += len(converted)
        kept_rows += 1
        points.extend(converted)

    check(points)
    document = collections.OrderedDict([
        ("source_file", SOURCE_FILE), ("license", LICENSE), ("protocol", PROTOCOL), ("points", points)])
    text = dump(document)
    json.loads(text)  # parses
    with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)

    out = sys.stdout
    out.write("rows read: %d\n" % len(rows))
    out.write("rows kept: %d -> %d points (%s)\n" % (
        kept_rows, len(points),
        ", ".join("%s %d" % (k, v) for k, v in sorted(collections.Counter(p["split"] for p in points).items()))))
    by = collections.Counter((p["model"], p["accelerator"], p["mode"]) for p in points)
    for (model, accelerator, mode), n in sorted(by.items()):
        out.write("  %-16s %-9s %-10s %5d points\n" % (model, accelerator, mode, n))
    for campaign, evidence in sorted(unrecorded.items()):
        out.write("campaign %s: TPOT %.2fx faster than %s over %d identical configurations -> MTP assumed where the model has it (%d points)\n"
                  % (" ".join(campaign), evidence[2], " ".join(evidence[0]), evidence[1], unrecorded_points[campaign]))
    out.write("rows dropped: %d\n" % sum(dropped.values()))
    for reason, n in sorted(dropped.items(), key=lambda item: (-item[1], item[0])):
        out.write("  %5d  %s\n" % (n, reason))
        for detail, m in sorted(dropped_detail[reason].items(), key=lambda item: (-item[1], item[0])):
            out.write("         %5d  %s\n" % (m, detail))
    out.write("wrote %s\n" % os.path.relpath(args.output))


if __name__ == "__main__":
    main()
