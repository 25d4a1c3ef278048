#!/usr/bin/env python3
"""Fit infercap kernel-efficiency curves to measured kernel timings.

Every kernel is timed by the Swift performance model with one functional form:

    t = overhead_seconds + max( F / (P * eta_c(m)),  Bytes / (BW * memory_efficiency) )
    eta_c(m) = compute_efficiency_max * m / (m + half_efficiency_rows)

F, Bytes and m are computed per kernel class exactly as the Swift model does
(see README.md).  P is the chip's dense datasheet peak for the dtype the kernel
ran in, BW the datasheet memory bandwidth.

Reads   measured/   (raw tables, copied unchanged from their sources)
Writes  profiles/<id>.json for id in h100-sxm, h800, h20, b200, default
Prints  a fit-quality table (median / p90 |t_pred / t_meas - 1|).

Split: in every table (one CSV file, or the H100 jsonl) the data rows are
numbered 0, 1, 2, ... in file order; rows with index % 5 == 4 (every 5th row)
are held out.  The fit uses the other rows; errors are reported on the held-out
rows and on all rows.  A grouped-GEMM CSV row gives two points (up_proj and
down_proj) that are held out together.  Grouped GEMMs get a curve per table:
grouped_gemm from the decode (masked-kernel) table, grouped_gemm_prefill from
the prefill (contiguous-kernel) table.

Deterministic: fixed grid of starting points, no randomness; parameters are
rounded to 4 significant digits before the errors are computed and the files
written, so re-running reproduces the files byte for byte.

Usage: python3 fit_efficiency.py        (from anywhere; paths are relative to this file)
"""

import csv
import functools
import json
import math
import os
import re
from itertools import product

import numpy as np
from scipy.optimize import least_squares

HERE = os.path.dirname(os.path.abspath(__file__))
MEASURED = os.path.join(HERE, "measured")
PROFILES = os.path.join(HERE, "profiles")

# Datasheet numbers the Swift model uses (dense, no sparsity).
CHIPS = {
    "h20": {"bf16": 148e12, "fp8": 296e12, "bw": 4.0e12},
    "h800": {"bf16": 989.4e12, "fp8": 1978.9e12, "bw": 3.35e12},
    "h100-sxm": {"bf16": 989.4e12, "fp8": 1978.9e12, "bw": 3.35e12},
    "b200": {"bf16": 2.25e15, "fp8": 4.5e15, "bw": 7.7e12},
}

# OpenXLA's matmul performance table (measured/xla/): one section per GPU generation, each entry a
# batched product b x [m, k] @ [k, n] with the FLOP/s XLA measured per operand type.  Only b = 1
# and n, k >= 1024 are used: the projections of a served model are that wide (hidden sizes of
# 2048 and up, split at most 8 ways), and the 256- and 512-wide products run other kernels that
# one four-number curve cannot follow together with the rest (p90 16-19% with them, 9% without).
XLA_SECTIONS = {"h100-sxm": "sm_90", "b200": "sm_100_B200"}
XLA_DTYPES = {"bf16": "bf16xbf16->bf16", "fp8": "f8e4m3fnxf8e4m3fn->bf16"}
XLA_MIN_WIDTH = 1024

# attention_decode: MHA/GQA decode (flashinfer); attention_decode_latent: MLA decode, absorbed
# (FlashMLA).  Fitted separately: the two kernel families reach very different fractions of
# peak (FlashMLA mfu up to 0.57 on H800 and 0.84 on H20; flashinfer GQA decode, mostly
# bandwidth-bound, at most 0.35 and 0.54) and one curve for both predicted H20 MLA up to ~2x too slow.
CLASSES = ["gemm", "grouped_gemm", "grouped_gemm_prefill", "attention_decode", "attention_decode_latent", "attention_prefill"]

# Kernel classes measured on one chip only (InferSim: DSA on the H800, GDN on the H20); the other
# Hopper profiles borrow the fit, the default profile has none (estimates then say which curve stands in).
NEW_CLASSES = ["attention_indexer", "attention_decode_sparse", "linear_recurrence"]


def fitted_chip(cls):
    return "h20" if cls == "linear_recurrence" else "h800"


# Weight-only 4-bit GEMMs (W4A16): not measured here. Their kernels stay memory-bound to 16-32 rows
# ("close to maximum (4x) quantization speedup up to batchsizes of 16-32", MARLIN, Frantar et al.,
# PPoPP 2025, doi:10.5281/zenodo.14213091), which a half-efficiency row count of one MMA tile (16)
# reproduces on Hopper's ratio of compute to bandwidth.
WEIGHT_ONLY = {
    "half_efficiency_rows": 16.0,
    "source": ("16 (one m16n8k16 MMA tile) for weight-only 4-bit products (int4 W4A16, MXFP4 without FP4 tensor cores): "
               "not measured here; MARLIN (Frantar et al., PPoPP 2025, doi:10.5281/zenodo.14213091) keeps close to the "
               "4x speedup up to batches of 16-32 rows, which this row count reproduces"),
}

# Bounds of the fit (overhead is fitted in microseconds for conditioning).
#            eta_max  half_rows  mem_eff  overhead_us
LOWER = [0.01, 0.0, 0.01, 0.0]
UPPER = [1.0, 4096.0, 1.0, 200.0]
# Fixed grid of starting points (the max() makes the cost non-smooth, so one
# start can stop in a poor local minimum).
STARTS = list(product([0.3, 0.8], [1.0, 64.0, 1024.0], [0.4, 0.9], [2.0, 15.0]))

HOLDOUT_EVERY = 5

COMM = {
    "link_efficiency": 0.82,
    "latency_seconds": 1.0e-05,
    "all_reduce_latency_seconds": 6.6e-06,
    "all_reduce_step_seconds": 6.0e-07,
    "source": (
        "link_efficiency: NCCL maintainer (S. Jeaugey) in github.com/NVIDIA/nccl-tests/issues/212 "
        "(2024-05-06), 8x H100 SXM: NVLink4 line rate 450 GB/s per direction, 'with the protocol "
        "overhead (~20%) NCCL can get an effective NVLink bandwidth of 370GB/s', seen as nccl-tests "
        "busBw with NCCL_ALGO=RING -> 370/450 = 0.82. (Default all-reduce with NVLink SHARP reaches "
        "busBw ~480 GB/s on 8 GPUs per the same comment, i.e. >1 of the per-direction rate; an 8x "
        "H800 NVLS run reports 215 GB/s busBw vs 200 GB/s per direction in "
        "github.com/NVIDIA/nccl/issues/1374; 0.82 is the conservative ring figure.) latency_seconds: "
        "the fixed latency of an all-to-all or point-to-point transfer, assumed, not measured: no "
        "citable 8-GPU small-message figure found; the nearest data point is a 1 KB ring all-reduce "
        "on 4x H800 over NVLink at ~3.5 us without CUDA graphs (github.com/NVIDIA/nccl/issues/1984); "
        "10 us is kept as a conservative 8-GPU value. all_reduce_latency_seconds and "
        "all_reduce_step_seconds: NCCL's own tuning model (NVIDIA/nccl src/graph/tuning.cc @5067397, "
        "2026-06-11, ncclTunerConstantsDefaults, us): ring LL base latency 6.6 plus the NVLink ring "
        "LL latency 0.6 per step, 2(n-1) steps for an all-reduce over n GPUs, so 7.8 us over 2 GPUs, "
        "10.2 over 4, 15.0 over 8 (the tree LL form, 6.8 + 2(n-1) x 0.6, differs by 0.2 us; an older "
        "NCCL, @01afd20, had 3.6 + 0.47 per step). The engines' own small-message all-reduce kernels "
        "also wait longer on more GPUs (a one-shot kernel reads all n-1 peers). A flat 10 us made TP8"
        " decode steps 6-12% fast and TP2-4 steps slow against the same campaigns; with the growth by"
        " group size, leave-one-model-out TPOT went 10.6% -> 8.5% (CHANGELOG, 2026-12-08). "
        "network_hop_seconds: the same table's network hop for the tree algorithm with the LL "
        "protocol (hwLat NET Tree LL = 5.0 us), which NCCL's model picks for small messages across "
        "nodes; added per scale-out hop on a collective's critical path when its group spans nodes "
        "(tree all-reduce: 2 x floor(log2 nodes) hops; all-to-all: 1). Omitted: the same model's 1.8x"
        " slowdown of the NVLink hops of a multi-node LL all-reduce (about +6 us for 8 GPUs per "
        "node)."
    ),
    "network_hop_seconds": 5.0e-06,
}

INFERSIM_SOURCE = (
    "Alibaba InferSim bench_data (github.com/alibaba/InferSim, folder bench_data/, commit f2293da), "
    "copied unchanged to measured/infersim/"
)
INFERSIM_LICENSE = "Apache-2.0 (measured/infersim/LICENSE)"
XLA_PATH = os.path.join(MEASURED, "xla", "matmul_interpolator_data.h")
XLA_SOURCE = (
    "OpenXLA's matmul performance table (xla/service/gpu/model/matmul_interpolator_data.h; sections sm_90 "
    "and sm_100_B200), copied to measured/xla/"
)
XLA_LICENSE = "Apache-2.0 (measured/xla/LICENSE)"
H100_SOURCE = (
    "measured/h100-sxm-kernels.jsonl: measured 2026-11-23 on one NVIDIA H100 80GB HBM3 (SXM, 132 SMs, "
    "700 W), PyTorch 2.11 + CUDA 13.0, cuBLAS via torch.matmul, CUDA events, median of 30 single launches"
)


# ---------------------------------------------------------------------------
# Reading the tables


def rel(path):
    return os.path.relpath(path, HERE)


def read_csv(path, default_header=None):
    """Rows of a CSV as dicts.  One upstream file (mha/decode/h20/64-2-128.csv)
    has no header line; for it the header of its sibling files is used."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh) if r]
    if default_header is not None and rows and rows[0] != default_header:
        if rows[0][0] in ("bf16", "fp8"):
            header, body = default_header, rows
        else:
            header, body = rows[0], rows[1:]
    else:
        header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body]


def point(table, idx, F, B, m, t, peak, bw, mfu=None, tag=""):
    return {
        "table": table,
        "row": idx,
        "heldout": idx % HOLDOUT_EVERY == HOLDOUT_EVERY - 1,
        "F": float(F),
        "B": float(B),
        "m": float(m),
        "t": float(t),
        "peak": float(peak),
        "bw": float(bw),
        "mfu": mfu,
        "tag": tag,
    }


def load_h100_gemm():
    chip = CHIPS["h100-sxm"]
    path = os.path.join(MEASURED, "h100-sxm-kernels.jsonl")
    pts = []
    idx = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            # gemm_bf16 sweep plus the 8192^3 bf16 ceiling (also a bf16 GEMM).
            if rec["kind"] not in ("gemm_bf16", "ceiling_gemm_bf16"):
                continue
            m, n, k = rec["m"], rec["n"], rec["k"]
            F = 2 * m * n * k
            B = k * n * 2 + m * k * 2 + m * n * 2
            t = rec["ms"] * 1e-3
            # the table's own tflops column: 2mnk / time (checked below)
            pts.append(point(rel(path), idx, F, B, m, t, chip["bf16"], chip["bw"],
                             mfu=rec["tflops"] * 1e12 / chip["bf16"], tag=rec.get("name", rec["kind"])))
            idx += 1
    return pts


def load_gemm(chip_id):
    chip = CHIPS[chip_id]
    path = os.path.join(MEASURED, "infersim", "gemm", chip_id, "data.csv")
    pts = []
    for i, r in enumerate(read_csv(path)):
        m, k, n = int(r["m"]), int(r["k"]), int(r["n"])
        # fp8 GEMM: weights and activations 1 byte, output bf16.
        F = 2 * m * n * k
        B = k * n * 1 + m * k * 1 + m * n * 2
        pts.append(point(rel(path), i, F, B, m, float(r["latency_us"]) * 1e-6,
                         chip["fp8"], chip["bw"], mfu=float(r["mfu"])))
    return pts


@functools.cache
def read_xla_table():
    """{section: [(b, m, n, k, {operand types: FLOP/s})]} from the protobuf text in the header
    (parsed once; every XLA table reads from it)."""
    with open(XLA_PATH, encoding="utf-8") as fh:
        text = fh.read()
    sections = {}
    # a section is `key: "sm_..."  value { entries { ... } ... }`; each entry lists b, m, n, k
    # and one `flops { key: "..." value: N }` per operand type
    heads = list(re.finditer(r'key: "(sm_[^"]+)"', text))
    entry = re.compile(r"entries \{\s*b: (\d+)\s*m: (\d+)\s*n: (\d+)\s*k: (\d+)((?:\s*flops \{[^}]*\})+)\s*\}")
    flops = re.compile(r'flops \{ key: "([^"]+)" value: (\d+) \}')
    for i, h in enumerate(heads):
        body = text[h.end():heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        rows = []
        for e in entry.finditer(body):
            b, m, n, k = (int(e.group(j)) for j in range(1, 5))
            rows.append((b, m, n, k, {kk: float(v) for kk, v in flops.findall(e.group(5))}))
        sections[h.group(1)] = rows
    return sections


def load_xla_gemm(chip_id, dtype):
    """One GEMM table from XLA's matmul table: b = 1, n and k >= XLA_MIN_WIDTH, one operand type."""
    chip = CHIPS[chip_id]
    section = XLA_SECTIONS[chip_id]
    table = f"{rel(XLA_PATH)} [{section} {XLA_DTYPES[dtype]}]"
    width = 2 if dtype == "bf16" else 1
    pts = []
    for b, m, n, k, rates in read_xla_table()[section]:
        if b != 1 or n < XLA_MIN_WIDTH or k < XLA_MIN_WIDTH:
            continue
        F = 2 * m * n * k
        B = k * n * width + m * k * width + m * n * 2
        pts.append(point(table, len(pts), F, B, m, F / rates[XLA_DTYPES[dtype]], chip[dtype], chip["bw"]))
    return pts


def expected_touched(num_local, num_experts, topk, tokens):
    e = num_local * (1.0 - (1.0 - topk / num_experts) ** tokens)
    return min(float(num_local), e)


def load_grouped(chip_id, phase):
    """One of InferSim's grouped-GEMM tables: `decode` (masked kernel) or `prefill` (contiguous)."""
    chip = CHIPS[chip_id]
    pts = []
    tok_col = {"decode": "batch_size_per_gpu", "prefill": "seq_len_per_gpu"}[phase]
    path = os.path.join(MEASURED, "infersim", "grouped_gemm", phase, chip_id, "data.csv")
    for i, r in enumerate(read_csv(path)):
        E = int(r["num_experts"])
        G = int(r["num_gpus"])
        L = int(r["num_local_experts"])
        topk = int(r["topk"])
        hidden = int(r["hidden_size"])
        inter = int(r["intermediate_size"])
        tpe = int(r["tokens_per_expert"])
        # Tokens whose routing reaches this GPU's experts: with expert
        # parallelism over G GPUs each holding tok_col tokens, T = tok_col * G
        # (consistent with tokens_per_expert = round(T * topk / E)).
        T = int(r[tok_col]) * G
        pairs = tpe * L  # token-expert pairs handled on this GPU
        e_touched = expected_touched(L, E, topk, T)
        for proj, k, n in (("up", hidden, 2 * inter), ("down", inter, hidden)):
            F = 2 * pairs * k * n
            # fp8 weights (1 B) for the touched experts, fp8 activations in, bf16 out
            B = e_touched * k * n * 1 + pairs * k * 1 + pairs * n * 2
            t = float(r[proj + "_proj_us"]) * 1e-6
            pts.append(point(rel(path), i, F, B, tpe, t, chip["fp8"], chip["bw"],
                             mfu=float(r[proj + "_mfu"]), tag=f"{phase}/{proj}/tpe={tpe}"))
    return pts


ATTN_HEADER = ["dtype", "kv_dtype", "batch_size", "kv_len", "latency_us", "mfu"]


def load_attn_decode(chip_id):
    """MHA/GQA decode tables (flashinfer): class attention_decode."""
    chip = CHIPS[chip_id]
    pts = []
    d_mha = os.path.join(MEASURED, "infersim", "mha", "decode", chip_id)
    for fn in sorted(os.listdir(d_mha)):
        H, Hkv, d = map(int, fn[:-4].split("-"))
        path = os.path.join(d_mha, fn)
        for i, r in enumerate(read_csv(path, ATTN_HEADER)):
            Bt, L = int(r["batch_size"]), int(r["kv_len"])
            kvb = 1 if r["kv_dtype"] == "fp8" else 2
            F = 4 * Bt * L * H * d
            B = Bt * L * 2 * Hkv * d * kvb
            m = Bt * (H // Hkv)
            pts.append(point(rel(path), i, F, B, m, float(r["latency_us"]) * 1e-6,
                             chip["bf16"], chip["bw"], mfu=float(r["mfu"]),
                             tag=f"mha {H}-{Hkv}-{d} B={Bt} L={L} kv={r['kv_dtype']}"))
    return pts


def load_attn_decode_latent(chip_id):
    """MLA decode table (FlashMLA, absorbed): class attention_decode_latent."""
    chip = CHIPS[chip_id]
    pts = []
    path = os.path.join(MEASURED, "infersim", "mla", "decode", chip_id, "128-512-64.csv")
    if not os.path.exists(path):
        return pts
    H = 128
    for i, r in enumerate(read_csv(path, ATTN_HEADER)):
        Bt, L = int(r["batch_size"]), int(r["kv_len"])
        kvb = 1 if r["kv_dtype"] == "fp8" else 2
        F = 2 * Bt * L * H * (512 + 64) + 2 * Bt * L * H * 512
        B = Bt * L * (512 + 64) * kvb
        m = Bt * H
        pts.append(point(rel(path), i, F, B, m, float(r["latency_us"]) * 1e-6,
                         chip["bf16"], chip["bw"], mfu=float(r["mfu"]),
                         tag=f"mla B={Bt} L={L} kv={r['kv_dtype']}"))
    return pts


def flashmla_memory_efficiency():
    """FlashMLA's published memory-bound bandwidth as a fraction of the H800 datasheet
    (measured/flashmla/published.json), 4 significant digits."""
    with open(os.path.join(MEASURED, "flashmla", "published.json")) as f:
        d = json.load(f)
    return sig(d["memory_bound_bytes_per_second"] / d["datasheet_bytes_per_second"])


def fp8_attention_speedups():
    """Published FP8-over-BF16 compute speedups of the Hopper attention kernels
    (measured/fp8-attention/published.json), by curve class."""
    with open(os.path.join(MEASURED, "fp8-attention", "published.json")) as f:
        d = json.load(f)
    return {cls: k for cls, k in d["kernels"].items()}


def load_attn_prefill(chip_id):
    chip = CHIPS[chip_id]
    pts = []
    d_mha = os.path.join(MEASURED, "infersim", "mha", "prefill", chip_id)
    if os.path.isdir(d_mha):
        for fn in sorted(os.listdir(d_mha)):
            H, Hkv, d = map(int, fn[:-4].split("-"))
            path = os.path.join(d_mha, fn)
            for i, r in enumerate(read_csv(path)):
                S = int(r["seq_len"])
                F = 2 * S * S * H * d  # causal: 4 * S^2/2 * H * d
                B = S * (H * d + Hkv * d + Hkv * d + H * d) * 2  # q, k, v, o once, bf16
                pts.append(point(rel(path), i, F, B, S, float(r["latency_us"]) * 1e-6,
                                 chip["bf16"], chip["bw"], mfu=float(r["mfu"]),
                                 tag=f"mha {H}-{Hkv}-{d} S={S}"))
    path = os.path.join(MEASURED, "infersim", "mla", "prefill", chip_id, "128-128-64.csv")
    if os.path.exists(path):
        H, dqk, dv = 128, 128 + 64, 128
        for i, r in enumerate(read_csv(path)):
            S = int(r["seq_len"])
            F = S * S * H * (dqk + dv)
            B = S * (H * dqk + H * dqk + H * dv + H * dv) * 2
            pts.append(point(rel(path), i, F, B, S, float(r["latency_us"]) * 1e-6,
                             chip["bf16"], chip["bw"], mfu=float(r["mfu"]),
                             tag=f"mla S={S}"))
    return pts


def load_dsa_indexer(chip_id):
    """DeepSeek Sparse Attention's lightning-indexer logits (DeepGEMM fp8_mqa_logits, 64 heads x 128):
    class attention_indexer. F and Bytes as the Swift indexerOperators: 2 x scored pairs x heads x dim
    in FP8; every cached key read once per sequence (128 fp8 values + a float32 scale = 132 B) plus
    the queries. Decode: `next_n` new tokens per sequence each score all `s_kv` keys (rows = tokens x
    heads); prefill: `s_q` queries at the end of `s_kv` keys score the causal pairs (the mfu column
    confirms both counts; rows = s_q)."""
    chip = CHIPS[chip_id]
    heads, dim, key_bytes = 64, 128, 128 + 4
    pts = []
    path = os.path.join(MEASURED, "infersim", "dsa", "decode", chip_id, "logits-64-128.csv")
    for i, r in enumerate(read_csv(path)):
        b, n, s = int(r["batchsize"]), int(r["next_n"]), int(r["s_kv"])
        F = 2 * b * n * s * heads * dim
        B = b * s * key_bytes + b * n * heads * dim
        pts.append(point(rel(path), i, F, B, b * n * heads, float(r["latency_us"]) * 1e-6, chip["fp8"], chip["bw"],
                         mfu=float(r["mfu"]), tag=f"indexer decode b={b} next_n={n} s_kv={s}"))
    path = os.path.join(MEASURED, "infersim", "dsa", "prefill", chip_id, "logits-64-128.csv")
    for i, r in enumerate(read_csv(path)):
        q, s = int(r["s_q"]), int(r["s_kv"])
        F = 2 * (q * s - q * q / 2) * heads * dim
        B = s * key_bytes + q * heads * dim
        pts.append(point(rel(path), i, F, B, q, float(r["latency_us"]) * 1e-6, chip["fp8"], chip["bw"],
                         mfu=float(r["mfu"]), tag=f"indexer prefill s_q={q} s_kv={s}"))
    return pts


def load_dsa_sparse_decode(chip_id):
    """FlashMLA's sparse decode over the indexer's top-2048 (128 heads, latent 512 + rope 64, FP8
    cache): class attention_decode_sparse, F and Bytes as the Swift latentAttention's decode with the
    attended tokens capped at top-k (the kernel always attends 2,048 entries: the mfu column counts
    them at kv_len 1024 too)."""
    chip = CHIPS[chip_id]
    heads, r_, rope, topk = 128, 512, 64, 2048
    pts = []
    path = os.path.join(MEASURED, "infersim", "dsa", "decode", chip_id, "attn-128-576-2048.csv")
    for i, r in enumerate(read_csv(path)):
        b = int(r["batch_size"])
        kvb = 1 if r["kv_dtype"] == "fp8" else 2
        F = 2 * b * topk * heads * (r_ + rope) + 2 * b * topk * heads * r_
        B = b * topk * (r_ + rope) * kvb + b * heads * (2 * r_ + rope) * 2
        pts.append(point(rel(path), i, F, B, b * heads, float(r["latency_us"]) * 1e-6, chip["bf16"], chip["bw"],
                         mfu=float(r["mfu"]), tag=f"sparse mla decode b={b} kv_len={r['kv_len']}"))
    return pts


def load_gdn(chip_id):
    """Gated DeltaNet kernels (flash-linear-attention) for Qwen3-Next's shape on one GPU (file name
    conv_kernel-key_heads-key_dim-value_heads-value_dim: 4-16-128-32-128): class linear_recurrence, F
    and Bytes as the Swift linearAttention. Decode: `gdn_update` reads and writes each sequence's
    32 x 128 x 128 float32 state (InferSim's state dtype); prefill: the chunked kernels of one
    4,096-token sequence together (kkt + tril + wu + chunk_gdn + chunk_o; the causal convolution is
    elementwise in the Swift model and left out). The 4-16-128-64-128 files repeat these numbers
    digit for digit (a 64-head state would need 4.5 TB/s on the H20's 4.0 TB/s), so they are not used."""
    chip = CHIPS[chip_id]
    hk, dk, hv, dv, chunk, state_bytes = 16, 128, 32, 128, 64, 4
    state = hv * dk * dv * state_bytes
    io = (2 * hk * dk + 2 * hv * dv) * 2
    pts = []
    path = os.path.join(MEASURED, "infersim", "gdn", "decode", chip_id, "4-16-128-32-128.csv")
    for i, r in enumerate(read_csv(path)):
        b = int(r["batchsize"])
        F = b * hv * 7 * dk * dv
        B = b * state * 2 + b * io
        pts.append(point(rel(path), i, F, B, b, float(r["gdn_update"]) * 1e-6, chip["bf16"], chip["bw"],
                         tag=f"gdn decode b={b}"))
    path = os.path.join(MEASURED, "infersim", "gdn", "prefill", chip_id, "4-16-128-32-128.csv")
    for i, r in enumerate(read_csv(path)):
        s = int(r["seq_len"])
        F = s * hv * (6 * dk * dv + 2 * chunk * (2 * dk + dv))
        B = state + s * io
        t = sum(float(r[k]) for k in ("kkt", "tril", "wu", "chunk_gdn", "chunk_o")) * 1e-6
        # Held out never: the one prefill row is the only point that sees the chunked kernels' compute.
        p_ = point(rel(path), i, F, B, s, t, chip["bf16"], chip["bw"], tag=f"gdn prefill s={s}")
        p_["heldout"] = False
        pts.append(p_)
    return pts


# ---------------------------------------------------------------------------
# Model and fit


def arrays(pts):
    return {k: np.array([p[k] for p in pts], dtype=float) for k in ("F", "B", "m", "t", "peak", "bw")}


def predict(params, a):
    emax, half, mem, o = params
    eta = emax * a["m"] / (a["m"] + half)
    t_c = a["F"] / (a["peak"] * eta)
    t_m = a["B"] / (a["bw"] * mem)
    return o + np.maximum(t_c, t_m)


def fit(pts, mem_fixed=None):
    """Least squares on log(t_pred / t_meas) over the non-held-out rows.
    mem_fixed pins memory_efficiency (used where no point is memory-bound)."""
    a = arrays([p for p in pts if not p["heldout"]])

    def unpack(x):
        if mem_fixed is None:
            return (x[0], x[1], x[2], x[3] * 1e-6)
        return (x[0], x[1], mem_fixed, x[2] * 1e-6)

    def resid(x):
        return np.log(predict(unpack(x), a) / a["t"])

    keep = [0, 1, 2, 3] if mem_fixed is None else [0, 1, 3]
    lo = [LOWER[i] for i in keep]
    hi = [UPPER[i] for i in keep]
    scale = np.array([0.1, 100.0, 0.1, 5.0])[keep]
    best = None
    seen = set()
    for x0 in STARTS:
        x0 = tuple(x0[i] for i in keep)
        if x0 in seen:
            continue
        seen.add(x0)
        r = least_squares(resid, np.array(x0, dtype=float), bounds=(lo, hi),
                          method="trf", x_scale=scale,
                          xtol=1e-12, ftol=1e-12, gtol=1e-12, max_nfev=5000)
        if best is None or r.cost < best.cost - 1e-12:
            best = r
    return list(unpack(best.x))


def tidy(raw):
    """4 significant digits; values that sit on a lower bound to within
    round-off (half_efficiency_rows ~1e-13, overhead ~1e-30 s) become 0."""
    emax, half, mem, o = raw
    return [sig(emax), 0.0 if half < 1e-3 else sig(half), sig(mem), 0.0 if o < 1e-10 else sig(o)]


def sig(x, n=4):
    if x == 0:
        return 0.0
    return float(f"{x:.{n}g}")


def errors(params, pts):
    if not pts:
        return None
    a = arrays(pts)
    e = np.abs(predict(params, a) / a["t"] - 1.0)
    return e


def stats(e):
    if e is None or len(e) == 0:
        return (None, None)
    return (float(np.median(e)), float(np.percentile(e, 90)))


def mfu_check(pts):
    """Median over a table of (F / t / P) / mfu_column, rows with mfu >= 0.01
    (the column is rounded to 2-3 decimals).  1.00 means the table used our F and P."""
    out = {}
    for p in pts:
        if p["mfu"] is None or p["mfu"] < 0.01:
            continue
        out.setdefault(p["table"], []).append(p["F"] / p["t"] / p["peak"] / p["mfu"])
    return {t: float(np.median(v)) for t, v in out.items()}


# ---------------------------------------------------------------------------


def describe_tables(pts):
    tables = []
    for p in pts:
        if p["table"] not in tables:
            tables.append(p["table"])
    return tables


def short_tables(tables):
    if len(tables) == 1:
        return tables[0]
    # group by directory
    groups = {}
    for t in tables:
        groups.setdefault(os.path.dirname(t), []).append(os.path.basename(t))
    parts = []
    for d, fns in groups.items():
        if len(fns) == 1:
            parts.append(f"{d}/{fns[0]}")
        else:
            parts.append(f"{d}/{{{','.join(fns)}}}")
    return " + ".join(parts)


def fmt(x):
    return "   -  " if x is None else f"{x * 100:5.1f}%"


def main():
    data = {
        ("h100-sxm", "gemm"): load_h100_gemm(),
        ("h800", "gemm"): load_gemm("h800"),
        ("h20", "gemm"): load_gemm("h20"),
        ("h800", "grouped_gemm"): load_grouped("h800", "decode"),
        ("h20", "grouped_gemm"): load_grouped("h20", "decode"),
        ("h800", "grouped_gemm_prefill"): load_grouped("h800", "prefill"),
        ("h20", "grouped_gemm_prefill"): load_grouped("h20", "prefill"),
        ("h800", "attention_decode"): load_attn_decode("h800"),
        ("h20", "attention_decode"): load_attn_decode("h20"),
        ("h800", "attention_decode_latent"): load_attn_decode_latent("h800"),
        ("h20", "attention_decode_latent"): load_attn_decode_latent("h20"),
        ("h800", "attention_prefill"): load_attn_prefill("h800"),
        ("h20", "attention_prefill"): load_attn_prefill("h20"),
        ("h800", "attention_indexer"): load_dsa_indexer("h800"),
        ("h800", "attention_decode_sparse"): load_dsa_sparse_decode("h800"),
        ("h20", "linear_recurrence"): load_gdn("h20"),
        # same-method H100 and B200 GEMM tables from XLA: only their ratio is used (see b200 below)
        ("xla-h100", "gemm"): load_xla_gemm("h100-sxm", "bf16"),
        ("xla-b200", "gemm"): load_xla_gemm("b200", "bf16"),
        ("xla-b200-fp8", "gemm"): load_xla_gemm("b200", "fp8"),
    }
    # A class with no table on a chip is not fitted there; that chip borrows the
    # other Hopper chip's fit (see the profiles below).
    data = {k: v for k, v in data.items() if v}
    dtype_note = {
        ("h100-sxm", "gemm"): "bf16 (P = 989.4e12)",
        ("h800", "gemm"): "fp8 (P = 1978.9e12; the mfu column implies the fp8 peak)",
        ("h20", "gemm"): "fp8 (P = 296e12; the mfu column implies the fp8 peak)",
        ("h800", "grouped_gemm"): ("fp8 DeepGEMM masked-layout kernel (decode table), up_proj and down_proj rows together "
                                   "(P = 1978.9e12)"),
        ("h20", "grouped_gemm"): "fp8 DeepGEMM masked-layout kernel (decode table), up_proj and down_proj rows together (P = 296e12)",
        ("h800", "grouped_gemm_prefill"): ("fp8 DeepGEMM contiguous-layout kernel (prefill table), up_proj and down_proj rows "
                                           "together (P = 1978.9e12)"),
        ("h20", "grouped_gemm_prefill"): ("fp8 DeepGEMM contiguous-layout kernel (prefill table), up_proj and down_proj rows "
                                          "together (P = 296e12)"),
        ("h800", "attention_decode"): "bf16 compute (P = 989.4e12), MHA/GQA decode (flashinfer) only",
        ("h20", "attention_decode"): "bf16 compute (P = 148e12), MHA/GQA decode (flashinfer; kv bf16, and fp8 in 32-8-128) only",
        ("h800", "attention_decode_latent"): ("bf16 compute (P = 989.4e12), MLA decode absorbed (FlashMLA; 128 heads, "
                                              "kv_lora 512, rope 64) only"),
        ("h20", "attention_decode_latent"): ("bf16 compute (P = 148e12), MLA decode absorbed (FlashMLA; 128 heads, "
                                             "kv_lora 512, rope 64) only"),
        ("h800", "attention_prefill"): "bf16 (P = 989.4e12), MLA prefill only",
        ("h20", "attention_prefill"): "bf16 (P = 148e12), causal MHA/GQA prefill only (FA3)",
        ("h800", "attention_indexer"): ("fp8 (P = 1978.9e12; the mfu column implies the fp8 peak), DeepSeek Sparse "
                                        "Attention's lightning-indexer logits (DeepGEMM fp8_mqa_logits, 64 heads x 128), "
                                        "decode (next_n 1-2) and prefill tables"),
        ("h800", "attention_decode_sparse"): ("bf16 compute over an fp8 cache (P = 989.4e12), FlashMLA sparse decode, "
                                              "128 heads, latent 512 + rope 64, top-2048"),
        ("h20", "linear_recurrence"): ("bf16 (P = 148e12), Gated DeltaNet for Qwen3-Next's shape on one GPU: decode "
                                       "gdn_update (float32 state) and the chunked prefill kernels of a 4,096-token sequence"),
        ("xla-h100", "gemm"): "bf16, b = 1, n and k >= 1024 (P = 989.4e12)",
        ("xla-b200", "gemm"): "bf16, b = 1, n and k >= 1024 (P = 2.25e15)",
        ("xla-b200-fp8", "gemm"): "fp8 e4m3 x e4m3, b = 1, n and k >= 1024 (P = 4.5e15)",
    }
    # What the fit does not capture, per chip/class (see the per-table errors).
    notes = {
        ("h800", "gemm"): ("the k=65536, n=128 shape (rows 44-54: one N tile, long K) runs at 0.15-0.9 TB/s "
                           "and is under-predicted by up to 74%; pulling the common fit, it leaves tiny shapes "
                           "(measured ~10 us) over-predicted by 40-80%"),
        ("h20", "attention_decode"): ("p90 38%: flashinfer at high query/kv-head ratio (64-2-128: B=1 as slow as B=32) "
                                      "is off by up to 95%; the timing floor differs between tables (10 us in 32-8-128, "
                                      "25-30 us in the others), so small 32-8-128 cases are over-predicted by up to 2.6x"),
        ("h800", "attention_decode"): ("p90 19%: small cases (B=1 or short kv) sit on a 25-35 us host-side floor "
                                       "(over-predicted by up to 43%); 32-2-128 B=1 L=1024 is a 241 us outlier"),
        ("h800", "attention_decode_latent"): ("p90 11.5%: worst are B=256-512 at L=1024, measured up to 19% slower "
                                              "than the curve; with the pinned memory_efficiency every point is "
                                              "compute-bound under the fit (left free, the fit chose 0.67 and made "
                                              "34 of 41 memory-bound, with about the same errors: 3.8%/11.1%)"),
        ("h20", "attention_decode_latent"): ("every point is compute-bound (F/Bytes = 1.89*heads = 242 FLOP/B at 128 "
                                             "heads, bf16 kv, vs the H20's 37 FLOP/B at peak), so memory_efficiency "
                                             "is not determined by the data: any value above 0.11 gives the same "
                                             "predictions. It only "
                                             "matters for MLA with few heads per GPU (e.g. 16 heads: 30 FLOP/B)"),
        ("h800", "attention_prefill"): ("only 5 points (4 fitted): the split between overhead (48 us) and "
                                        "half_efficiency_rows rests on the S=1024 point alone"),
        ("h20", "gemm"): ("memory_efficiency 0.47 is what the data show: the best small-m fp8 GEMM rows move "
                          "1.9 TB/s of the 4.0 TB/s datasheet"),
        ("h20", "grouped_gemm"): "decode rows at small tokens_per_expert scatter (p90 29%)",
        ("h800", "attention_indexer"): ("the decode rows are memory-bound (the keys stream at 0.84 of the datasheet at "
                                        "131K), the prefill rows compute-bound at 0.59 of the fp8 peak"),
        ("h800", "attention_decode_sparse"): ("one batch size (64), so half_efficiency_rows and the split between "
                                              "compute and overhead rest on the kv_len trend alone"),
        ("h20", "linear_recurrence"): ("8 decode rows and 1 prefill row: memory_efficiency and overhead come from the "
                                       "decode rows (batch 1-32 sit on a ~70 us floor), compute_efficiency_max from the "
                                       "prefill row alone"),
    }

    fits = {}
    lines = []
    hdr = (f"{'chip':12s} {'class':23s} {'n':>4s} {'fit':>4s} {'held':>4s} | {'med all':>7s} {'p90 all':>7s} | "
           f"{'med held':>8s} {'p90 held':>8s} | {'eta_max':>7s} {'half_rows':>9s} {'mem_eff':>7s} {'overhead':>9s}")
    lines.append(hdr)
    lines.append("-" * len(hdr))
    for (chip, cls), pts in data.items():
        if cls == "attention_prefill":
            # No prefill point is memory-bound (F/Bytes ~ S), so memory_efficiency is not
            # identifiable here (left free it drifts to values that mimic the overhead).
            # Pinned to the same chip's attention_decode memory_efficiency.
            mem_pin = fits[(chip, "attention_decode")]["params"][2]
            raw = fit(pts, mem_fixed=mem_pin)
        elif cls == "attention_decode_latent":
            # The MLA tables run 128 heads per GPU: close to (H800: 242 FLOP/B against a 295 FLOP/B
            # ridge; left free, 0.67 with eta_max 0.79 fits the table as well as the pin with 0.55)
            # or far past (H20) the compute-bound edge, so they cannot determine how fast the kernel
            # streams the latent cache. Pinned to FlashMLA's published memory-bound bandwidth.
            raw = fit(pts, mem_fixed=flashmla_memory_efficiency())
        else:
            raw = fit(pts)
        params = tidy(raw)
        e_all = errors(params, pts)
        held = [p for p in pts if p["heldout"]]
        e_held = errors(params, held)
        med, p90 = stats(e_all)
        hmed, hp90 = stats(e_held)
        fits[(chip, cls)] = {
            "params": params,
            "n": len(pts),
            "n_fit": len(pts) - len(held),
            "n_held": len(held),
            "med": med,
            "p90": p90,
            "hmed": hmed,
            "hp90": hp90,
            "tables": describe_tables(pts),
            "mfu": mfu_check(pts),
            "e_all": e_all,
            "pts": pts,
        }
        lines.append(
            f"{chip:12s} {cls:23s} {len(pts):4d} {len(pts) - len(held):4d} {len(held):4d} | {fmt(med):>7s} {fmt(p90):>7s} | "
            f"{fmt(hmed):>8s} {fmt(hp90):>8s} | {params[0]:7.4g} {params[1]:9.4g} {params[2]:7.4g} {params[3] * 1e6:7.3g}us"
        )

    # ---- per-table breakdown (where does the form fit badly?)
    sub = ["", "Per-table |relative error| with the chip/class fit (all rows):",
           f"{'table':52s} {'n':>4s} {'median':>7s} {'p90':>7s} {'max':>7s}  mfu-check"]
    for (chip, cls), f in fits.items():
        for tname in f["tables"]:
            idx = [i for i, p in enumerate(f["pts"]) if p["table"] == tname]
            e = f["e_all"][idx]
            chk = f["mfu"].get(tname)
            chk_s = "  n/a" if chk is None else f"{chk:5.2f}"
            sub.append(f"{tname[len('measured/'):]:52s} {len(e):4d} {fmt(float(np.median(e))):>7s} "
                       f"{fmt(float(np.percentile(e, 90))):>7s} {fmt(float(np.max(e))):>7s}  {chk_s}")
    sub.append("mfu-check = median over rows with mfu >= 0.01 of (F / latency / P) / mfu column; 1.00 = the table's")
    sub.append("mfu uses the same F and peak P as the Swift definitions (H100 row: the tflops column).")

    # ---- profiles
    os.makedirs(PROFILES, exist_ok=True)

    def entry(chip, cls, borrowed_from=None):
        src = borrowed_from or chip
        f = fits[(src, cls)]
        emax, half, mem, o = f["params"]
        where = short_tables(f["tables"])
        where = where.replace("measured/", "measured/", 1)
        desc = (f"{where}, {dtype_note[(src, cls)]}, {f['n']} points "
                f"({f['n_fit']} fitted, every 5th row of each table held out: {f['n_held']})")
        chk = f["mfu"]
        mism = {t: v for t, v in chk.items() if abs(v - 1.0) > 0.03}
        if mism:
            desc += "; mfu-column mismatch vs our F/P (median ratio): " + ", ".join(
                f"{os.path.basename(os.path.dirname(t)) if t.endswith('data.csv') else os.path.basename(t)}"
                f"{'(' + t.split('/')[3] + ')' if 'grouped_gemm' in t else ''} {v:.2f}" for t, v in mism.items())
        if (src, cls) in notes:
            desc += "; fit limits: " + notes[(src, cls)]
        if cls == "attention_prefill":
            desc += ("; memory_efficiency pinned to this chip's attention_decode (MHA/GQA) value (no prefill point is "
                     "memory-bound, so the data cannot determine it)")
        if cls in ("grouped_gemm", "grouped_gemm_prefill"):
            desc += ("; a curve per kernel: InferSim times the decode rows with DeepGEMM's masked grouped GEMM "
                     "(kernel_benchmark/deepgemm_grouped_gemm_masked.py, what CUDA-graph decode runs) and the prefill "
                     "rows with its contiguous one (deepgemm_grouped_gemm_contiguous.py); one curve for both left "
                     "the H20 prefill rows 7% too slow at >= 256 tokens per expert and the decode rows 13% too fast")
            desc += ("; F = 2*tokens_per_expert*num_local_experts*k*n, E_touched from T = (batch or seq_len per gpu)"
                     "*num_gpus tokens; up: k=hidden, n=2*intermediate; down: k=intermediate, n=hidden "
                     "(both confirmed by the mfu columns). The benchmark gives every local expert "
                     "int(tpe*U(0.7,1.3)) tokens, so at tokens_per_expert=1 about half the experts get 0 tokens "
                     "(mfu column implies ~2x our F there) and at tpe>=2 all experts are touched")
        if cls == "attention_decode_latent":
            desc += ("; memory_efficiency pinned to FlashMLA's published memory-bound bandwidth (3.0 of 3.35 TB/s on "
                     "H800 SXM5, measured/flashmla/published.json): the 128-head tables cannot determine it")
            desc += ("; fitted separately from attention_decode (MHA/GQA): FlashMLA reaches mfu 0.57 (H800) and "
                     "0.84 (H20), flashinfer GQA decode (mostly bandwidth-bound) at most 0.35 and 0.54, and one curve "
                     "for both predicted H20 MLA up to ~2x too slow. The copied files do not record how the MLA table "
                     "was timed")
        if cls == "attention_decode":
            desc += ("; MHA latencies are host wall time of flashinfer's forward() (torch.utils.benchmark, "
                     "includes launch and Python overhead: the 10-35 us floors at small batch x kv_len)")
        if borrowed_from:
            desc = (f"borrowed from the {borrowed_from} fit (same GH100 die and HBM3 3.35 TB/s; the H800 differs "
                    f"only in NVLink); errors are on {borrowed_from} data: " if chip == "h100-sxm" and borrowed_from == "h800" else
                    f"borrowed from the {borrowed_from} fit (no {chip} table); errors are on {borrowed_from} data: ") + desc
        return {
            "compute_efficiency_max": emax,
            "half_efficiency_rows": half,
            "memory_efficiency": mem,
            "overhead_seconds": o,
            "fitted_on": desc,
            "median_abs_relative_error": sig(f["med"], 3),
            "p90_abs_relative_error": sig(f["p90"], 3),
            "heldout_median_abs_relative_error": sig(f["hmed"], 3),
        }

    def elementwise(chip, gemm_entry):
        if chip == "h100-sxm":
            with open(os.path.join(MEASURED, "h100-sxm-kernels.jsonl"), encoding="utf-8") as fh:
                copy = [json.loads(l) for l in fh if '"ceiling_copy"' in l][0]
            mem = sig(copy["tbps"] * 1e12 / CHIPS[chip]["bw"])
            mem_note = (f"memory_efficiency = ceiling_copy {copy['tbps']:.3f} TB/s (2 GiB device-to-device copy, "
                        f"read+write bytes) / 3.35 TB/s from measured/h100-sxm-kernels.jsonl")
        else:
            mem = gemm_entry["memory_efficiency"]
            mem_note = "memory_efficiency = this profile's gemm memory_efficiency (no copy measurement on this chip)"
        return {
            "compute_efficiency_max": 1.0,
            "half_efficiency_rows": 0.0,
            "memory_efficiency": mem,
            "overhead_seconds": gemm_entry["overhead_seconds"],
            "fitted_on": ("not fitted: no elementwise table exists; compute_efficiency_max 1, half_efficiency_rows 0, "
                          + mem_note + "; overhead_seconds = this profile's gemm overhead; error fields null (no data)"),
            "median_abs_relative_error": None,
            "p90_abs_relative_error": None,
            "heldout_median_abs_relative_error": None,
        }

    profiles = {}
    # h100-sxm
    g = entry("h100-sxm", "gemm")
    g["fitted_on"] += ("; single launches timed with CUDA events, so overhead_seconds includes one host launch "
                       "latency: serving engines that replay CUDA graphs see less per-kernel overhead")
    profiles["h100-sxm"] = {
        "id": "h100-sxm",
        "measured_on": "h100-sxm",
        "source": H100_SOURCE + "; grouped_gemm and attention_* borrowed from the H800 fits on " + INFERSIM_SOURCE,
        "license": "gemm: measured for this project (measured/README.md); borrowed H800 classes: InferSim data, " + INFERSIM_LICENSE,
        "method": ("fit_efficiency.py: scipy.optimize.least_squares on log(t_pred/t_meas), bounds eta_max in (0.01, 1], "
                   "half_efficiency_rows in [0, 4096], memory_efficiency in (0.01, 1], overhead in [0, 200e-6] s; "
                   "fixed multi-start grid; every 5th row of each table held out; parameters rounded to 4 significant "
                   "digits. The overhead includes a host launch per kernel (single-launch timing); CUDA-graph replay "
                   "in serving engines sees less."),
        "gemm": g,
        "grouped_gemm": entry("h100-sxm", "grouped_gemm", "h800"),
        "grouped_gemm_prefill": entry("h100-sxm", "grouped_gemm_prefill", "h800"),
        "attention_decode": entry("h100-sxm", "attention_decode", "h800"),
        "attention_decode_latent": entry("h100-sxm", "attention_decode_latent", "h800"),
        "attention_prefill": entry("h100-sxm", "attention_prefill", "h800"),
    }
    for cls in NEW_CLASSES:
        profiles["h100-sxm"][cls] = entry("h100-sxm", cls, fitted_chip(cls))
    profiles["h100-sxm"]["elementwise"] = elementwise("h100-sxm", profiles["h100-sxm"]["gemm"])
    profiles["h100-sxm"]["communication"] = dict(COMM)

    for chip in ("h800", "h20"):
        p = {
            "id": chip,
            "measured_on": chip,
            "source": INFERSIM_SOURCE + f" ({chip.upper()} tables)",
            "license": INFERSIM_LICENSE,
            "method": ("fit_efficiency.py: scipy.optimize.least_squares on log(t_pred/t_meas), bounds eta_max in (0.01, 1], "
                       "half_efficiency_rows in [0, 4096], memory_efficiency in (0.01, 1], overhead in [0, 200e-6] s; "
                       "fixed multi-start grid; every 5th row of each table held out; parameters rounded to 4 significant "
                       "digits. Per InferSim's benchmark scripts, grouped-GEMM latencies are kernel time (DeepGEMM bench_kineto) "
                       "and MHA decode latencies host wall time per call (launch and Python overhead included)."),
        }
        other = "h20" if chip == "h800" else "h800"
        for cls in CLASSES:
            # a class with no table on this chip borrows the other Hopper chip's fit
            # (entry() then says so in fitted_on); today both chips have every table
            p[cls] = entry(chip, cls) if (chip, cls) in fits else entry(chip, cls, other)
        for cls in NEW_CLASSES:
            # measured on one Hopper chip each: the other borrows it
            p[cls] = entry(chip, cls) if (chip, cls) in fits else entry(chip, cls, fitted_chip(cls))
        p["elementwise"] = elementwise(chip, p["gemm"])
        p["communication"] = dict(COMM)
        profiles[chip] = p

    # b200: the h100-sxm profile with its gemm compute ceiling scaled by what XLA measured for
    # large GEMMs on both chips with one method (kernel-only timings, so their absolute levels
    # and overheads are not comparable with the CUDA-event H100 sweep; their ratio is).
    xh, xb, xb8 = fits[("xla-h100", "gemm")], fits[("xla-b200", "gemm")], fits[("xla-b200-fp8", "gemm")]
    ratio = xb["params"][0] / xh["params"][0]
    b200 = json.loads(json.dumps(profiles["h100-sxm"]))
    b200["id"] = "b200"
    b200["source"] = ("h100-sxm profile (" + H100_SOURCE + "; grouped_gemm and attention_* the H800 fits on "
                      + INFERSIM_SOURCE + "), gemm compute ceiling scaled by the B200/H100 ratio in " + XLA_SOURCE)
    b200["license"] = profiles["h100-sxm"]["license"] + "; gemm ratio: OpenXLA data, " + XLA_LICENSE
    b200["method"] = ("the h100-sxm profile, except gemm.compute_efficiency_max = h100-sxm's x (B200 eta_max / H100 "
                      "eta_max), both fitted like every table here on XLA's b = 1, n, k >= 1024 products; "
                      "every other number is the h100-sxm (H100 or H800) value, not measured on a B200")
    g = b200["gemm"]
    g["compute_efficiency_max"] = sig(profiles["h100-sxm"]["gemm"]["compute_efficiency_max"] * ratio)
    g["fitted_on"] = (
        f"h100-sxm gemm with compute_efficiency_max x {ratio:.4f}: XLA's table ({rel(XLA_PATH)}) fitted per chip "
        f"with this script's form and split gives eta_max {xb['params'][0]:.4g} on B200 bf16 ({xb['n']} points, "
        f"median error {xb['med'] * 100:.1f}%) and {xh['params'][0]:.4g} on H100 bf16 ({xh['n']} points, "
        f"{xh['med'] * 100:.1f}%); B200 fp8 (e4m3) reaches {xb8['params'][0]:.4g} of the fp8 peak in the same "
        f"table ({xb8['med'] * 100:.1f}%), within {abs(xb8['params'][0] / xb['params'][0] - 1) * 100:.0f}% of bf16, "
        "so the one ratio serves both precisions. XLA times kernels alone (its overheads fit at ~6 us, "
        f"against {profiles['h100-sxm']['gemm']['overhead_seconds'] * 1e6:.0f} us with a host launch in the H100 sweep) "
        f"and its H100 bf16 ceiling sits {(xh['params'][0] / profiles['h100-sxm']['gemm']['compute_efficiency_max'] - 1) * 100:.0f}% "
        "above the CUDA-event sweep's, so only the ratio is carried over. half_efficiency_rows, memory_efficiency and "
        "overhead_seconds are h100-sxm's; error fields are those of the h100-sxm curve on H100 data")
    b200["summary"] = (f"GEMM ceiling x {ratio:.2f}, the B200/H100 ratio in OpenXLA's measured matmul table "
                       "(specs/calibration/measured/xla)")
    b200["elementwise"]["fitted_on"] = b200["elementwise"]["fitted_on"].replace(
        "memory_efficiency = ceiling_copy", "memory_efficiency = the H100's ceiling_copy")
    profiles["b200"] = b200

    # default: median over the three measured profiles, number by number
    ids = ("h100-sxm", "h800", "h20")
    d = {
        "id": "default",
        "measured_on": None,
        "source": ("median of the h100-sxm, h800 and h20 profiles, number by number (for chips without kernel data, "
                   "e.g. Ascend); nothing measured on the target chip"),
        "license": "derived from the three profiles: InferSim data " + INFERSIM_LICENSE + "; H100 data measured for this project",
        "method": ("fit_efficiency.py: each number = median over profiles h100-sxm, h800, h20 (h100-sxm's grouped_gemm and "
                   "attention_* are the h800 fits, so for those classes the median is the h800 value); error fields "
                   "are the medians of the three profiles' errors, not errors of these curves on any chip"),
    }
    for cls in CLASSES + ["elementwise"]:
        e = {}
        for key in ("compute_efficiency_max", "half_efficiency_rows", "memory_efficiency", "overhead_seconds",
                    "median_abs_relative_error", "p90_abs_relative_error", "heldout_median_abs_relative_error"):
            vals = [profiles[i][cls][key] for i in ids]
            if any(v is None for v in vals):
                e[key] = None
            else:
                e[key] = sig(float(np.median(vals)), 4 if "error" not in key else 3)
        e["fitted_on"] = ("median over the h100-sxm, h800 and h20 profiles of each number"
                          + ("; not fitted (no elementwise table)" if cls == "elementwise" else ""))
        # keep key order identical to the other profiles
        order = ["compute_efficiency_max", "half_efficiency_rows", "memory_efficiency", "overhead_seconds",
                 "fitted_on", "median_abs_relative_error", "p90_abs_relative_error",
                 "heldout_median_abs_relative_error"]
        d[cls] = {k: e[k] for k in order}
    d["communication"] = dict(COMM)
    profiles["default"] = d

    # FP8 attention: the tables time BF16 kernels only; the FP8 kernels' published speedups are
    # carried on every Hopper-based profile (b200 and default copy the Hopper curves).
    for pid in ("h100-sxm", "h800", "h20", "b200", "default"):
        for cls, k in fp8_attention_speedups().items():
            e = profiles[pid][cls]
            e["fp8_compute_speedup"] = k["speedup_over_bf16"]
            e["fitted_on"] += (f"; fp8_compute_speedup {k['speedup_over_bf16']}: with an FP8 KV cache the kernel computes "
                               f"{k['speedup_over_bf16']}x as fast as the BF16 kernel these tables time ({k['kernel']}, "
                               f"measured on {k['chip']}; measured/fp8-attention/published.json)")

    # FP8 dense GEMM on the H100: its sweep times bf16 products only, and the cost model would
    # otherwise run an fp8 product at the fp8 peak times the bf16-fitted efficiency. The two
    # ceiling records time the same 8192^3 product in both precisions with one method; their
    # ratio is the fp8 kernel's speedup. Only h100-sxm (and H200, which borrows it) gets it: the
    # H20/H800 gemm curves are fitted on fp8 tables, and XLA's B200 table shows fp8 at the bf16
    # efficiency (above), so b200 keeps the fp8 peak.
    with open(os.path.join(MEASURED, "h100-sxm-kernels.jsonl"), encoding="utf-8") as fh:
        ceilings = {r["kind"]: r for r in map(json.loads, fh) if r["kind"].startswith("ceiling_gemm")}
    bf, f8 = ceilings["ceiling_gemm_bf16"], ceilings["ceiling_gemm_fp8"]
    gemm_fp8_speedup = sig(bf["ms"] / f8["ms"], 3)
    g = profiles["h100-sxm"]["gemm"]
    g["fp8_compute_speedup"] = gemm_fp8_speedup
    g["fitted_on"] += (f"; fp8_compute_speedup {gemm_fp8_speedup}: the 8192^3 product takes {bf['ms']:.4f} ms in bf16 "
                       f"and {f8['ms']:.4f} ms in fp8 (torch._scaled_mm) in the same file's ceiling records, so an fp8 "
                       f"GEMM computes at {gemm_fp8_speedup}x the bf16 curve, {sig(g['compute_efficiency_max'] * gemm_fp8_speedup / 2, 3)} "
                       "of the fp8 peak at most (not the bf16 curve's eta_max applied to the fp8 peak)")

    # Weight-only 4-bit products (W4A16 int4, MXFP4 on chips without FP4 tensor cores) run other kernels
    # than the fp8/bf16 ones these curves time: Marlin-style kernels tile the rows in 16s (mma m16n8k16)
    # instead of Hopper's 64-row wgmma tiles, so they stay bound by the weight stream far longer.
    for prof in profiles.values():
        for cls in ("gemm", "grouped_gemm", "grouped_gemm_prefill"):
            if cls in prof:
                prof[cls]["weight_only_half_efficiency_rows"] = WEIGHT_ONLY["half_efficiency_rows"]
                prof[cls]["fitted_on"] += "; weight_only_half_efficiency_rows: " + WEIGHT_ONLY["source"]

    for pid, prof in profiles.items():
        with open(os.path.join(PROFILES, pid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(prof, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # ---- how the default curves do on each chip's data
    dl = ["", "The default profile's curves evaluated on each chip's data (all rows; not a fit):",
          f"{'data':29s} {'n':>4s} {'median':>7s} {'p90':>7s}"]
    for (chip, cls), f in fits.items():
        if chip.startswith("xla-") or cls not in profiles["default"]:
            continue  # kernel-only timings: only their B200/H100 ratio is used; one-chip classes have no default
        dd = profiles["default"][cls]
        params = [dd["compute_efficiency_max"], dd["half_efficiency_rows"], dd["memory_efficiency"], dd["overhead_seconds"]]
        e = errors(params, f["pts"])
        m_, p_ = stats(e)
        dl.append(f"{chip + ' ' + cls:29s} {len(e):4d} {fmt(m_):>7s} {fmt(p_):>7s}")

    # ---- diagnostic only (not written to the profiles): why decode attention has two classes.
    # One curve fitted on MHA/GQA + MLA decode together (what attention_decode was before the
    # split, same split and bounds), its errors per kernel family next to those of the two classes.
    dg = ["", "Diagnostic only, not in the profiles: MHA/GQA + MLA decode fitted with one curve vs the two classes",
          f"{'subset':24s} {'n':>4s} | {'one curve':>9s} {'p90':>7s} | {'own class':>9s} {'p90':>7s}"]
    for chip in ("h800", "h20"):
        gqa = fits[(chip, "attention_decode")]
        mla = fits[(chip, "attention_decode_latent")]
        prm = tidy(fit(gqa["pts"] + mla["pts"]))
        for fam, f in (("mha/gqa", gqa), ("mla", mla)):
            m1, p1 = stats(errors(prm, f["pts"]))
            dg.append(f"{chip + ' ' + fam + ' decode':24s} {len(f['pts']):4d} | {fmt(m1):>9s} {fmt(p1):>7s} | "
                      f"{fmt(f['med']):>9s} {fmt(f['p90']):>7s}")
        dg.append(f"  {chip} one curve: eta_max {prm[0]:.4g}, half_rows {prm[1]:.4g}, mem_eff {prm[2]:.4g}, "
                  f"overhead {prm[3] * 1e6:.3g}us")

    print("Fit quality: |t_pred / t_meas - 1|; 'fit' rows used by the fit, 'held' = every 5th row of each table")
    print("\n".join(lines))
    print("\n".join(sub))
    print("\n".join(dl))
    print("\n".join(dg))
    print()
    print("wrote " + ", ".join(f"profiles/{p}.json" for p in profiles))


if __name__ == "__main__":
    main()
