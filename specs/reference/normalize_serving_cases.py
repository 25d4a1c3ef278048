"""Normalise shared/reference/serving-cases.json (40 published serving measurements) into
infercap's reference-point schema (specs/reference/README.md): per-chip units, packages not dies,
cache hits excluded, infercap layout semantics, a train/test split. Every conversion and assumption
is written into each point's notes. Run from anywhere:

    python3 specs/reference/normalize_serving_cases.py [path/to/serving-cases.json]
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "reference", "serving-cases.json")
OUTPUT = os.path.join(HERE, "serving-cases.json")
src = {o["id"]: o for o in json.load(open(SOURCE))}
S = lambda i: src[i]["source"]
MTP = "multi-token prediction (speculative decoding) not modelled"
# Points measured with MTP whose draft count is known are replayed with infercap's MTP model
# (SpeculativeDecoding); MTP_PD marks the one whose draft count and pool layout are both unknown.
MTP_PD = "P/D system with MTP speculative decoding: draft count, acceptance and pool layouts not stated"
DSV3_MTP = (1, 0.85)  # draft tokens, acceptance: V3/R1 ship one MTP module; acceptance as DSV3_ACCEPT says
DSV3_ACCEPT = ("acceptance %.2f" % DSV3_MTP[1] + " ASSUMED: the lower end of DeepSeek-V3's reported 85-90% for the second token "
               "(DeepSeek-V3 Technical Report, arXiv:2412.19437, section 5.4.3); the source states none")
# Ant Group states its accept lengths (tokens per verify step) per MTP setting: about 1.8-1.9 with one
# draft, 2.4-2.7 with two. infercap's chain model emits 1 + a + ... + a^d per step, so a follows.
ANT_MTP1 = (1, round(1.85 - 1, 3))
ANT_MTP2 = (2, round((-1 + math.sqrt(1 + 4 * (2.55 - 1))) / 2, 3))  # 1 + a + a^2 = 2.55
ANT_ACCEPT1 = ("MTP steps 1 / topk 1 / draft-tokens 2 = 1 draft token; acceptance %.2f from the source's accept length of about 1.8-1.9 "
               "tokens per verify step for that setting (section 'Config for MTP'), midpoint 1.85 = 1 + a." % ANT_MTP1[1])
NOMODEL = "model not in catalog"
NOLAYOUT = "layout not reported"
NOINPUT = "input length not reported"
points = []
def P(id, source, confidence, model, accelerator, engine, mode, chips, par, wd, kv, inp, out, ctx, batch,
      tpot_slo, ttft_slo, metric, value, reported, replayable, skip, notes, mtp=None, prefill_chips=None, num_prompts=None,
      random_range_ratio=None):
    if par is not None:
        par = {"tp": par[0], "pp": par[1], "ep": par[2], "dp": par[3]}
    points.append(dict(id=id, source=source, confidence=confidence, model=model, accelerator=accelerator,
        engine=engine, mode=mode, chips=chips, parallelism=par, weight_dtype=wd, kv_dtype=kv,
        input_tokens=inp, output_tokens=out, context_tokens=ctx, batch=batch,
        tpot_slo_seconds=tpot_slo, ttft_slo_seconds=ttft_slo, metric=metric, value=value,
        reported_value=reported, replayable=replayable, skip_reason=skip, split=None, notes=notes))
    if mtp is not None:
        points[-1]["mtp"] = {"draft_tokens": mtp[0], "acceptance_rate": mtp[1]}
    if prefill_chips is not None:
        points[-1]["prefill_chips"] = prefill_chips
    if num_prompts is not None:
        points[-1]["num_prompts"] = num_prompts
    if random_range_ratio is not None:
        points[-1]["random_range_ratio"] = random_range_ratio

TPS = "output_tokens_per_second_per_chip"; TPOT = "tpot_seconds"; TTFT = "ttft_seconds"
PRE = "prefill_tokens_per_second_per_chip"; DEC = "decode_tokens_per_second_per_chip"

# ---------------- DeepSeek official (H800) ----------------
P("ds-h800-prod-prefill", S("ds-h800-prod-prefill") + "; cache-hit-free figure from " + S("sglang-h100-ep32-prefill-1k"),
  "medium", "deepseek-v3", "h800", "deepseek", "prefill", 32, (1, 1, 32, 32), "fp8", "bf16", 1915, None, None, None, None, None,
  PRE, round(32206 / 8, 3),
  "73,700 input tokens/s per node incl. on-disk KV-cache hits (56.3%); 32,206 tokens/s per node excluding hits (LMSYS table 'DeepSeek Blog (excl. cache hit)')",
  True, None,
  "Source tag [high, official 24h production average 2025-02-27/28]; downgraded to medium because the lengths are derived. "
  "Per node -> per chip: 32,206 / 8 GPUs per node = 4,025.75 prompt tok/s per GPU, using LMSYS's figure that EXCLUDES prefix-cache hits "
  "(73,700 x (1 - 0.563) = 32,207). Prefill unit = 4 nodes, DP32 attention + EP32 (32 redundant experts). "
  "Model: the fleet serves V3 and R1 (same architecture) -> deepseek-v3. weight fp8 (matmuls and dispatch FP8; core MLA and combine BF16); "
  "KV not stated -> bf16 (MLA core runs in BF16). input_tokens DERIVED, not reported: day totals 608B input / 168B output tokens give "
  "prompt/output = 3.62 per request; with the stated mean KV length per output token of 4,989 ~= prompt + output/2, a request averages "
  "~4,383 prompt and ~1,211 output tokens, of which 43.7% (1,915) are computed. The computed tokens also attend to a ~2.5K cached prefix "
  "that a plain 1,915-token prefill does not model. Production average (load varies over the day; DeepSeek's profile run is ~2x this), "
  "prefill batch per step not reported (replay uses 1 request per DP rank).")
# The day's mean in-flight batch per GPU, by Little's law on the measurement's own two figures:
# 1,850 output tok/s per GPU x 1/21 s per token per user = 88 sequences (LMSYS's comparison
# table says ~128 per GPU, a configured or peak figure, not the day's average).
DS_PROD_BATCH = round(14800 / 8 / 21)
DS_PROD_BATCH_NOTE = ("batch %d per GPU DERIVED by Little's law from this measurement's two figures (1,850 output tok/s per GPU at "
                      "21 tok/s per user = %d sequences in flight on average over the day); the LMSYS comparison table's ~128 per GPU "
                      "is a configured or peak figure: at 128 per GPU the two figures would imply 2,690 tok/s per GPU, not 1,850." % (DS_PROD_BATCH, DS_PROD_BATCH))
P("ds-h800-prod-decode", S("ds-h800-prod-decode"), "high", "deepseek-v3", "h800", "deepseek", "decode", 144, (1, 1, 144, 144),
  "fp8", "bf16", None, None, 4989, DS_PROD_BATCH, None, None, DEC, 14800 / 8,
  "14,800 output tokens/s per node (decode, 24h production average)", False, MTP,
  "Per node -> per chip: 14,800 / 8 = 1,850 tok/s per GPU (CloudMatrix paper Table 3 also lists 1,850). Decode unit = 18 nodes, DP144 attention + EP144, "
  "5-stage pipelined dual-microbatch overlap. " + DS_PROD_BATCH_NOTE + " avg KV length 4,989 (context_tokens). "
  "DeepSeek serves V3/R1 with MTP speculative decoding (per the brief; the blog does not restate it), so not replayable. "
  "Model: V3/R1 fleet -> deepseek-v3. Prompt/output lengths not reported (see ds-h800-prod-prefill for a derivation). "
  "MTP: 1 draft token (V3/R1 ship one MTP module); " + DSV3_ACCEPT + ".", mtp=DSV3_MTP)
P("ds-h800-prod-decode-tpot", S("ds-h800-prod-decode"), "medium", "deepseek-v3", "h800", "deepseek", "decode", 144, (1, 1, 144, 144),
  "fp8", "bf16", None, None, 4989, DS_PROD_BATCH, None, None, TPOT, round(1 / 21, 4),
  "average output speed 20-22 tokens/s per user", False, MTP,
  "Second metric of the same production measurement: TPOT = 1 / 21 tok/s (mid of 20-22) = 0.0476 s (range 0.045-0.050 s). "
  "Per-user speed includes MTP acceptance gains: replayed with MTP, 1 draft token; " + DSV3_ACCEPT + ".", mtp=DSV3_MTP)
P("ds-h800-profile-prefill", S("ds-h800-profile-prefill"), "medium", "deepseek-v3", "h800", "deepseek", "prefill", 32, (1, 1, 32, 32),
  "fp8", "bf16", 4096, None, None, 4, None, None, PRE, round(62713 / 8, 3),
  "62,713 input tokens/s per node (16,384 tokens per GPU, input 4,096)", True, None,
  "Source tag [medium-high] -> medium. Per node -> per chip: 62,713 / 8 = 7,839.1 tok/s per GPU (= the 7,839 in CloudMatrix Table 2 and the InferSim README). "
  "Profiling run with absolutely balanced MoE routing (an upper bound for real routing). batch = 16,384 tokens per GPU / 4,096 = 4 prompts per DP rank per step. "
  "V3/R1 profile -> deepseek-v3. KV not stated -> bf16.")

# ---------------- SGLang 96 x H100 ----------------
P("sglang-h100-ep32-prefill-1k", S("sglang-h100-ep32-prefill-1k"), "high", "deepseek-v3", "h100-sxm", "sglang", "prefill", 32, (1, 1, 32, 32),
  "fp8", "bf16", 1024, None, None, 16, None, None, PRE, round(57674 / 8, 3),
  "57,674 input tokens/s per node (1K prompts, 4 nodes EP32)", True, None,
  "Per node -> per chip: 57,674 / 8 = 7,209.25 tok/s per GPU. Prefill pool measured in isolation (unlimited decode), DP attention + EP32 on 4x8 H100, "
  "default expert distribution. batch INFERRED: the blog states 16,384 tokens per device only for the 4K runs; assumed the same token budget -> 16 prompts of 1,024 per DP rank. "
  "KV not stated -> bf16.")
P("sglang-h100-ep32-prefill-4k", S("sglang-h100-ep32-prefill-4k"), "high", "deepseek-v3", "h100-sxm", "sglang", "prefill", 32, (1, 1, 32, 32),
  "fp8", "bf16", 4096, None, None, 4, None, None, PRE, round(50302 / 8, 3),
  "50,302 input tokens/s per node (4K prompts, 16,384 tokens per device)", True, None,
  "Per node -> per chip: 50,302 / 8 = 6,287.75 tok/s per GPU (CloudMatrix Table 2: 6,288). DP attention + EP32, default expert distribution. "
  "batch = 16,384 tokens per device / 4,096 = 4 prompts per DP rank. KV not stated -> bf16.")
P("sglang-h100-ep32-prefill-4k-perfect-eplb", S("sglang-h100-ep32-prefill-4k-perfect-eplb"), "high", "deepseek-v3", "h100-sxm", "sglang", "prefill", 32, (1, 1, 32, 32),
  "fp8", "bf16", 4096, None, None, 4, None, None, PRE, round(59337 / 8, 3),
  "59,337 input tokens/s per node (simulated perfect EPLB)", True, None,
  "Per node -> per chip: 59,337 / 8 = 7,417.1 tok/s per GPU (CloudMatrix Table 2: 7,417). Simulated perfect expert balance (random experts under group-limited routing) = "
  "upper bound; closest to infercap's balanced-MoE assumption. batch = 16,384 / 4,096 = 4. KV not stated -> bf16.")
P("sglang-h100-ep72-decode-2k", S("sglang-h100-ep72-decode-2k"), "high", "deepseek-v3", "h100-sxm", "sglang", "decode", 72, (1, 1, 72, 72),
  "fp8", "bf16", 2000, 100, 2000, 256, None, None, DEC, round(22282 / 8, 3),
  "22,282 output tokens/s per node (9 nodes EP72, 256 per GPU, KV length 2,000)", True, None,
  "Per node -> per chip: 22,282 / 8 = 2,785.25 tok/s per GPU. Decode pool measured in isolation, DP72 attention + EP72, no MTP. batch 256 per GPU (tp=1 so per DP rank). "
  "context_tokens = the stated KV-cache length 2,000. output_tokens 100 is ASSUMED from the blog's 2000-in/100-out benchmark setup (the Kimi K2 blog calls it 'the same "
  "benchmark setup'); with context_tokens given it only matters for bookkeeping. KV not stated -> bf16.")

# ---------------- Ant Group H20 (DeepSeek-R1) ----------------
P("ant-h20-96g-decode-base", S("ant-h20-96g-decode-base"), "high", "deepseek-r1", "h20", "sglang", "decode", 16, (1, 1, 16, 16),
  "fp8", "fp8", 4096, 1536, None, 48, 0.070, 2.0, DEC, 714.0,
  "714 output tokens/s per GPU (48 per GPU, MTP steps=1 draft=2)", False, MTP,
  "Already per GPU. Decode instance = 2 nodes, attention DP16 + MoE EP16 (SGLang --tp-size 16 --dp-size 16 --enable-dp-attention -> attention TP 1, so tp=1, dp=16). "
  "batch 48 per GPU. Measured with MTP (steps 1, topk 1, draft 2) and no non-MTP figure is given -> not replayable. SLO (InferX Base): TTFT<2 s, TPOT<70 ms. "
  "KV FP8 (FlashMLA-FP8) in the optimised stack. Median of 100 'Decode batch' log samples. "
  "Replayed with MTP: SGLang steps 1 / topk 1 / draft 2 = 1 draft token verified with the last accepted one. " + ANT_ACCEPT1,
  mtp=ANT_MTP1)
P("ant-h20-96g-node-prefill", S("ant-h20-96g-node-prefill"), "high", "deepseek-r1", "h20", "sglang", "prefill", 8, (8, 1, 1, 1),
  "fp8", "fp8", 4096, 1, None, 2, None, None, PRE, round(16500 / 8, 3),
  "16.5k input tokens/s per node on 4,096-token inputs", True, None,
  "Per node -> per chip: 16,500 / 8 = 2,062.5 tok/s per GPU. Single-node TP8 prefill instance (MoE sharded by TP -> ep 1). Benchmark: sglang.bench_serving random, "
  "512 prompts of 4,096 tokens, output 1, no --request-rate (bench_serving's default is inf: all 512 queued at once, a saturated backlog). "
  "batch DERIVED = 2 prompts per prefill forward: the launch flags (--tp-size 8 --attention-backend fa3) leave --chunked-prefill-size at SGLang's default, "
  "8192 tokens on GPUs of 35-160 GB such as the H20-96G (python/sglang/srt/server_args.py, chunked_prefill_size by gpu_mem), and the scheduler packs "
  "queued prompts up to that budget: 8,192 / 4,096 = 2. kv fp8: final config runs FA3-FP8 attention.")
P("ant-h20-96g-node-decode", S("ant-h20-96g-node-decode"), "high", "deepseek-r1", "h20", "sglang", "decode", 16, (1, 1, 16, 16),
  "fp8", "fp8", 4096, 1536, None, 48, 0.070, None, DEC, 5700 / 8,
  "5.7k output tokens/s per node", False, MTP,
  "Per node -> per chip: 5,700 / 8 = 712.5 tok/s per GPU; the same measurement as ant-h20-96g-decode-base (714 x 8), reported as the headline. "
  "Replayed with MTP. " + ANT_ACCEPT1, mtp=ANT_MTP1)

# ---------------- Ant Group DeepSeek-V4-Pro (catalog entry added later: see the end) ----------------
P("ant-h20-141g-dsv4pro-bs1", S("ant-h20-141g-dsv4pro-bs1"), "medium", None, "h20-141g", "sglang", "decode", 8, (8, 1, 1, 1),
  None, None, None, None, None, 1, None, None, TPOT, round(1 / 271, 6),
  "271 output tokens/s per user at bs=1 (best of 183-271 over 8K-1M inputs)", False, NOMODEL,
  "Source tag [medium-high] -> medium. DeepSeek-V4-Pro is not in the catalog. TPOT = 1 / 271 = 3.69 ms. Single-node TP8, batch 1, with DSpark speculative decoding "
  "(also not modelled). Weights MXFP4 experts + FP8 activations (not an infercap dtype -> weight_dtype null). Input length of the best figure not stated.")
P("ant-h20-141g-dsv4pro-dp16ep16", S("ant-h20-141g-dsv4pro-dp16ep16"), "medium", None, "h20-141g", "sglang", "decode", 16, (1, 1, 16, 16),
  None, None, None, None, None, None, None, None, DEC, 4670 / 8,
  "4.67k output tokens/s per node, average TPOT 27.4 ms (DP16-EP16)", False, NOMODEL,
  "Model not in catalog (DeepSeek-V4-Pro). Per node -> per chip: 4,670 / 8 = 583.75. DP16-EP16 -> tp 1 (attention DP), dp 16, ep 16. Speculative decoding (DSpark) on. "
  "Input length and concurrency not stated. weight MXFP4/FP8 -> null.")
P("ant-h20-141g-dsv4pro-dp16ep16-tpot", S("ant-h20-141g-dsv4pro-dp16ep16"), "medium", None, "h20-141g", "sglang", "decode", 16, (1, 1, 16, 16),
  None, None, None, None, None, None, None, None, TPOT, 0.0274,
  "average TPOT 27.4 ms", False, NOMODEL, "Second metric of the same measurement; ms -> s.")
P("ant-h20-96g-dsv4pro-prefill-pp2-4k", S("ant-h20-96g-dsv4pro-prefill-pp2-4k"), "medium", None, "h20", "sglang", "prefill", 16, (8, 2, 1, 1),
  None, None, 4096, None, None, None, None, None, PRE, 7140 / 16,
  "7,140 prefill tokens/s per 2-node deployment (PP2-CP8-TP8), 4K input, TTFT 573.3 ms", False, NOMODEL,
  "Model not in catalog (DeepSeek-V4-Pro). Total -> per chip: 7,140 / 16 GPUs = 446.25. Layout PP2 x TP8 (CP8 within the TP8 group, MoE-TP -> ep 1). "
  "H20-96GB prefill nodes -> h20. weight MXFP4/FP8 -> null.")
P("ant-h20-96g-dsv4pro-prefill-pp2-4k-ttft", S("ant-h20-96g-dsv4pro-prefill-pp2-4k"), "medium", None, "h20", "sglang", "prefill", 16, (8, 2, 1, 1),
  None, None, 4096, None, None, None, None, None, TTFT, 0.5733,
  "TTFT 573.3 ms", False, NOMODEL, "Second metric of the same measurement; ms -> s.")

# ---------------- Kimi K2 on H200 ----------------
P("k2-h200-prefill", S("k2-h200-prefill"), "medium", "kimi-k2", "h200", "sglang", "prefill", 32, (1, 1, 32, 32),
  "fp8", "bf16", 2000, 100, None, 8, None, None, PRE, 56000 / 8,
  "56k input tokens/s per node (1P1D: 4 prefill + 12 decode nodes; cluster '896k tokens/sec')", True, None,
  "Per node -> per chip: 56,000 / 8 = 7,000 tok/s per H200. Uses the per-node figure; the blog's 896k cluster figure multiplies 56k by all 16 nodes and is ignored. "
  "Layout INFERRED: 4 prefill nodes = 32 GPUs; the blog says it uses 'the same benchmark setup as the DeepSeek R1 deployment blog' (DP attention + EP32 over 4 nodes, DeepEP) "
  "-> tp 1, dp 32, ep 32. batch INFERRED from that setup's 16,384 tokens per device -> 8 prompts of 2,000. weight fp8 (Kimi-K2-Instruct release); KV not stated -> bf16.")

# ---------------- CloudMatrix384 (910C) ----------------
P("cm384-910c-prefill-default", S("cm384-910c-prefill-default"), "medium", "deepseek-r1", "ascend-910c", "other", "prefill", 16, (1, 1, 16, 16),
  "int8", "bf16", 4096, None, None, 4, None, None, PRE, 5655.0,
  "5,655 prefill tokens/s per NPU (16,384 tokens per NPU, 4K input)", True, None,
  "Source tag [medium-high] -> medium (numbers from secondary reproductions of Tables 2/3). 'NPU' = one 910C package (2 dies), so the value is already per package. "
  "Deployment: 6 identical prefill instances x 16 NPUs (96); chips = one instance (16 packages), the per-chip figure is the same. Layout INFERRED/approximated: "
  "EP32 over 32 dies = EP16 over packages; the paper's SP-TP-SP hybrid MLA is approximated as data-parallel attention (tp 1, dp 16). "
  "batch = 16,384 tokens per NPU / 4,096 = 4. W8A8 -> int8. Engine CloudMatrix-Infer -> other. Default (measured) expert balancing.")
for tag, bs, inp, out, val, tpot, conf in [("bs96-4096-256", 96, 4096, 256, 1943, 0.0494, "medium"),
                                           ("bs128-1024-1024", 128, 1024, 1024, 2733, 0.0468, "medium-low"),
                                           ("bs112-2048-256", 112, 2048, 256, 2360, 0.0474, "medium-low")]:
    sid = "cm384-910c-decode-" + tag
    ctag = "[medium-high] -> medium" if conf == "medium" else "[medium-low, single secondary summary]"
    P(sid, S(sid), conf, "deepseek-r1", "ascend-910c", "other", "decode", 160, (1, 1, 160, 160),
      "int8", "bf16", inp, out, None, bs, None, None, DEC, float(val),
      "%s decode tokens/s per NPU (%d per NPU, TPOT %.1f ms)" % (format(val, ","), bs, tpot * 1000), False, MTP,
      "Source tag %s. Already per NPU = per 910C package. Decode = one instance of 160 packages (320 dies), EP320 over dies = one expert per die "
      "-> ep 160, dp 160, tp 1 in package terms; batch %d per package (= %d per die). Measured WITH MTP (1 speculative token, ~70%% acceptance as the "
      "source states) -> replayed with MTP, 1 draft token, acceptance 0.70. "
      "Isolated decode-cluster measurement. W8A8 -> int8." % (ctag, bs, bs // 2), mtp=(1, 0.70))
    P(sid + "-tpot", S(sid), conf, "deepseek-r1", "ascend-910c", "other", "decode", 160, (1, 1, 160, 160),
      "int8", "bf16", inp, out, None, bs, None, None, TPOT, tpot,
      "TPOT %.1f ms" % (tpot * 1000), False, MTP, "Second metric of %s; ms -> s. MTP on: 1 draft token, acceptance 0.70." % sid, mtp=(1, 0.70))

# ---------------- FlexNPU (low) ----------------
fx = S("flexnpu-cm384-910c-e2e-1k1k")
P("flexnpu-cm384-910c-e2e-1k1k", fx, "low", "deepseek-r1", "ascend-910c", "other", "disaggregated", 384, None,
  "int8", "bf16", 1024, 1024, None, None, 0.050, 1.0, TPS, 1648.48,
  "1,648.48 generated tokens/s per NPU (633,016 tok/s on 384 NPUs, 618.18 req/s)", False, NOLAYOUT,
  "[low - unverified, via one AI-generated secondary note]. End-to-end over all 384 packages (dynamic P/D split) -> per chip = 633,016 / 384. "
  "'NPU'/'card' = 910C package (CM384 has 384). P/D split and parallelism not reported. SLO TTFT<=1 s, TPOT<=50 ms.")
P("flexnpu-cm384-910c-static-pd-1k1k", fx, "low", "deepseek-r1", "ascend-910c", "other", "disaggregated", 384, None,
  "int8", "bf16", 1024, 1024, None, None, 0.050, 1.0, TPS, round(501596 / 384, 3),
  "501,596 tok/s system = 1,306 per card (static P/D baseline: 96 prefill + 288 decode cards)", False, NOLAYOUT,
  "[low - unverified]. Baseline quoted in the same note: total 501,596 / 384 packages = 1,306.2. Static split: prefill_chips 96 "
  "(the other 288 decode). Per-pool layouts not reported.", prefill_chips=96)
P("flexnpu-cm384-910c-e2e-1k4k", fx, "low", "deepseek-r1", "ascend-910c", "other", "disaggregated", 384, None,
  "int8", "bf16", 1024, 4096, None, None, 0.050, 1.0, TPS, 1644.59,
  "1,644.59 tok/s per card at 1K/4K", False, NOLAYOUT,
  "[low - unverified]. Read as input 1K / output 4K from the note's '1K/4K'; same SLO assumed. Layout not reported.")

# ---------------- xLLM report: MindIE and xLLM on 910B ----------------
xs = S("mindie-910b-dsr1-2k2k")
for sid, eng, tot, rps in [("mindie-910b-dsr1-2k2k", "mindie", 8476.44, 4.14), ("xllm-910b-dsr1-2k2k", "xllm", 11351.58, 5.54)]:
    P(sid, xs, "medium-low", "deepseek-r1", "ascend-910b-376t", eng, "disaggregated", 16, None,
      "int8", "bf16", 2048, 2048, None, None, 0.100, None, TPS, round(tot / 16, 3),
      "%s tok/s @%.2f req/s on 16 cards (%s)" % (format(tot, ",.2f"), rps, "MindIE baseline" if eng == "mindie" else "xLLM"), False, NOLAYOUT,
      "[medium-low, secondary summaries of the xLLM report]. Total -> per chip: %s / 16 = %.2f. 910B tier not named -> ascend-910b-376t ASSUMED. "
      "Parallelism not reported. weight dtype not stated; int8 INFERRED (671B in BF16 = 1.34 TB does not fit in 16 x 64 GB). SLO TPOT<=100 ms. "
      "Mode: prefill/decode disaggregated, as the chart component cited above titles the figure ('DeepSeek-R1 PD throughput', "
      "'one PD configuration'; it names no chips); the P/D split is not reported. Caveat: about 671 GB of int8 weights need more "
      "than 8 64-GB cards per instance, so 16 such cards cannot hold a prefill and a decode instance: the chip tier, dtype or "
      "card count of the summaries may be wrong. The replay rates each pool per chip with instances of up to 16 cards."
      % (format(tot, ",.2f"), tot / 16))

# ---------------- vLLM-Ascend A3 Qwen3-235B ----------------
vq = S("vllm-ascend-a3-qwen3-235b-single-node")
vq_common = ("Atlas 800I A3 node = 16 dies ('NPUs' in vLLM-Ascend) = 8 Ascend 910C packages -> chips 8. Die layout TP4 x DP4 with EP16 -> package layout "
             "tp 2 (each TP4 group spans 2 packages), dp 4, ep 8. batch = observed concurrency 144 / dp 4 = 36 per DP group (configured max concurrency 160; "
             "Little's law from the reported numbers gives ~143 in flight). Input 3,584 / output 1,536 random, --ignore-eos, prefix cache off, 720 requests (the result table's num_requests; "
             "the command above it says --num-prompts 800 --max-concurrency 160 --request-rate 24, another run). "
             "W8A8 -> int8; KV not stated -> bf16. Qwen3 has no MTP.")
P("vllm-ascend-a3-qwen3-235b-single-node", vq, "high", "qwen3-235b-a22b", "ascend-910c", "vllm-ascend", "aggregated", 8, (2, 1, 8, 4),
  "int8", "bf16", 3584, 1536, None, 36, None, None, TPS, round(2761.72 / 8, 3),
  "2,761.72 output tokens/s total (single A3 node)", True, None,
  "Total -> per chip: 2,761.72 / 8 packages = 345.2 (= 172.6 per die x 2). " + vq_common, num_prompts=720)
P("vllm-ascend-a3-qwen3-235b-single-node-tpot", vq, "high", "qwen3-235b-a22b", "ascend-910c", "vllm-ascend", "aggregated", 8, (2, 1, 8, 4),
  "int8", "bf16", 3584, 1536, None, 36, None, None, TPOT, 0.04869,
  "mean TPOT 48.69 ms", True, None, "Second metric of the same run; ms -> s. " + vq_common, num_prompts=720)
P("vllm-ascend-a3-qwen3-235b-single-node-ttft", vq, "high", "qwen3-235b-a22b", "ascend-910c", "vllm-ascend", "aggregated", 8, (2, 1, 8, 4),
  "int8", "bf16", 3584, 1536, None, 36, None, None, TTFT, 4.717,
  "mean TTFT 4,717 ms", True, None, "Third metric of the same run; ms -> s. Mean TTFT under load includes scheduler queueing. " + vq_common, num_prompts=720)

# ---------------- vLLM-Ascend A3 DeepSeek-V3.1 2P1D ----------------
vd = S("vllm-ascend-a3-dsv31-2p1d")
vd_common = ("DeepSeek-V3.1 has the DeepSeek-V3 shape -> deepseek-v3. 4 A3 nodes = 64 dies = 32 packages; 2P1D = 2 prefill nodes (DP2+TP8 dies each) + "
             "1 decode instance DP32+TP1 over 32 dies (2 nodes); no single tp/dp describes both pools -> parallelism null. "
             "w8a8-mtp-QuaRot weights: speculative decoding (MTP) very likely on, draft count and acceptance not stated -> not replayable.")
P("vllm-ascend-a3-dsv31-2p1d", vd, "medium", "deepseek-v3", "ascend-910c", "vllm-ascend", "aggregated", 32, None,
  "int8", "bf16", 3500, 1500, None, None, None, None, TPS, 956.0,
  "'Average performance of each card is 478 TPS'", False, MTP_PD,
  "Per die -> per package: 478 x 2 = 956, ASSUMING 'card' = die (64 'cards' in 4 A3 nodes) and TPS = output tokens; neither is stated. "
  "System-level figure over prefill + decode chips, hence mode aggregated. " + vd_common)
P("vllm-ascend-a3-dsv31-2p1d-tpot", vd, "medium", "deepseek-v3", "ascend-910c", "vllm-ascend", "aggregated", 32, None,
  "int8", "bf16", 3500, 1500, None, None, None, None, TPOT, 0.04882,
  "TPOT 48.82 ms", False, MTP_PD, "Second metric of the same run; ms -> s. " + vd_common)
P("vllm-ascend-a3-dsv31-2p1d-ttft", vd, "medium", "deepseek-v3", "ascend-910c", "vllm-ascend", "aggregated", 32, None,
  "int8", "bf16", 3500, 1500, None, None, None, None, TTFT, 6.16,
  "TTFT 6.16 s", False, MTP_PD, "Third metric of the same run. " + vd_common)

# ---------------- MLPerf ----------------
mlp_input = ("Not replayable: the OpenOrca prompts are <=1,024 tokens but the mean prompt length is not stated in the source (mean output is: "
             "reference 294.45 tokens/sample). To make it replayable, set input_tokens to the mean tok_input_length of the MLCommons "
             "open_orca_gpt4_tokenized_llama.sampled_24576 dataset and flip replayable.")
P("mlperf41-h100x8-llama2-70b-offline", S("mlperf41-h100x8-llama2-70b-offline"), "high", "llama-2-70b", "h100-sxm", "trtllm", "aggregated", 8, (2, 1, 1, 4),
  "fp8", "fp8", None, 290, None, None, None, None, TPS, round(24524.9 / 8, 4),
  "24,524.9 tokens/s total (84.48 samples/s), 8 GPUs", False, NOINPUT,
  "Audited MLPerf v4.1 Offline (99.9% variant). Total -> per chip: 24,524.9 / 8 = 3,065.6. Layout from the config class H100_SXM_80GB_TP2x4: 4 replicas x TP2 -> tp 2, dp 4, ep 1. "
  "Offline = max load -> batch null (engine gpu_batch_size 896). output_tokens = 24,524.9 / 84.48 = 290 measured mean. "
  "kv fp8: NVIDIA's MLPerf Llama-2 engines use an FP8 KV cache (explicit kv_cache_dtype fp8 in the v5.0 config; the v4.1 config read does not restate it). " + mlp_input)
P("mlperf41-h100x8-llama2-70b-server", S("mlperf41-h100x8-llama2-70b-server"), "high", "llama-2-70b", "h100-sxm", "trtllm", "aggregated", 8, (2, 1, 1, 4),
  "fp8", "fp8", None, 290, None, None, 0.200, 2.0, TPS, round(21605.79 / 8, 4),
  "21,605.79 tokens/s total (74.42 samples/s at 75 QPS target)", False, NOINPUT,
  "Audited MLPerf v4.1 Server. Total -> per chip: 21,605.79 / 8 = 2,700.7. tp 2, dp 4 as the Offline run. SLOs are p99 bounds (TTFT<=2 s, TPOT<=200 ms; measured p99 "
  "TTFT 461 ms, p99 TPOT 175 ms), entered as tpot/ttft_slo_seconds; infercap's SLO is on its mean, so this is looser than the benchmark. "
  "output_tokens = 21,605.79 / 74.42 = 290. kv fp8 (see the Offline point). " + mlp_input)
P("mlperf41-h200x8-llama2-70b-offline", S("mlperf41-h200x8-llama2-70b-offline"), "high", "llama-2-70b", "h200", "trtllm", "aggregated", 8, (1, 1, 1, 8),
  "fp8", "fp8", None, 291, None, None, None, None, TPS, round(31302.7 / 8, 4),
  "31,302.7 tokens/s total (107.48 samples/s), 8 GPUs", False, NOINPUT,
  "Audited MLPerf v4.1 Offline. Total -> per chip: 31,302.7 / 8 = 3,912.8. Config H200_SXM_141GBx8: TP1 per GPU -> tp 1, dp 8. Offline -> batch null "
  "(gpu_batch_size 806). output_tokens = 31,302.7 / 107.48 = 291. kv fp8 (NVIDIA MLPerf convention). " + mlp_input)
P("mlperf41-h200x8-mixtral-8x7b-offline", S("mlperf41-h200x8-mixtral-8x7b-offline"), "high", "mixtral-8x7b", "h200", "trtllm", "aggregated", 8, None,
  None, "fp8", None, 146, None, None, None, None, TPS, round(59022.3 / 8, 4),
  "59,022.3 tokens/s total (404.43 samples/s), 8 GPUs", False, NOLAYOUT,
  "Audited number; per-system config not read (only the base config, which sets no TP/EP, is indexed) -> layout not reported. Total -> per chip: 59,022.3 / 8 = 7,377.8. "
  "Mean prompt length of the 15,000-sample MLPerf Mixtral set (OpenOrca + GSM8K + MBXP) also not stated; output = 59,022.3 / 404.43 = 146. "
  "Weight dtype not read (NVIDIA normally submits FP8) -> null.")
P("mlperf50-h200x8-llama3.1-405b-server", S("mlperf50-h200x8-llama3.1-405b-server"), "high", "llama-3.1-405b", "h200", "trtllm", "aggregated", 8, None,
  "fp8", "fp8", None, 650, None, None, 0.175, 6.0, TPS, round(291.37 / 8, 4),
  "291.37 tokens/s total at 0.45 QPS target", False, NOLAYOUT,
  "Audited MLPerf v5.0 Server. Total -> per chip: 291.37 / 8 = 36.42. TP/PP layout not read -> not replayable; prompt length of the 405B set (long-context, "
  "up to ~20K) also not stated; output ~650 mean. p99 SLOs TTFT<=6 s, TPOT<=175 ms (measured p99 5.64 s / 100.7 ms). weight/kv fp8 ASSUMED (NVIDIA Hopper MLPerf convention; not read).")
P("mlperf50-h200x8-llama3.1-405b-server-tpot", S("mlperf50-h200x8-llama3.1-405b-server"), "high", "llama-3.1-405b", "h200", "trtllm", "aggregated", 8, None,
  "fp8", "fp8", None, 650, None, None, 0.175, 6.0, TPOT, 0.0539,
  "mean TPOT 53.9 ms", False, NOLAYOUT, "Second metric of the same run (mean, not p99); ms -> s. Layout not read.")
P("mlperf50-h200x8-llama2-70b-offline", S("mlperf50-h200x8-llama2-70b-offline"), "high", "llama-2-70b", "h200", "trtllm", "aggregated", 8, (1, 1, 1, 8),
  "fp8", "fp8", None, 294, None, None, None, None, TPS, round(34988.2 / 8, 4),
  "34,988.2 tokens/s total, 8 GPUs", False, NOINPUT,
  "MLPerf v5.0 Offline. Total -> per chip: 34,988.2 / 8 = 4,373.5. tp 1, dp 8 as in the reference set (config class H200_SXM_141GBx1/x8 overrides trtllm_build_flags "
  "without TP/PP; its Hopper parent sets TP1 PP2, so if NVIDIA's config merges dicts the engine could be TP1xPP2 x4 - unverified). kv fp8 stated "
  "(kv_cache_dtype fp8). Offline -> batch null (gpu_batch_size 2048, max_num_tokens 1536). output ~294 (reference mean; samples/s not in the set). " + mlp_input)

# ---------------- TensorRT-LLM perf overview ----------------
# The method and the KV-cache reasoning are shared by the FP8 points and the NVFP4 one; only the
# weights sentence differs.
trt_method = ("TensorRT-LLM perf-overview (v1.0-era docs): trtllm-bench throughput at infinite request rate (max load) with fixed ISL/OSL synthetic requests; "
              "reported 'Total Output Throughput' of the whole group -> per chip = value / GPUs. Max load -> batch null (infercap uses the largest batch that fits). ")
trt_kv = ("KV fp8: not stated in the doc, but (a) ModelOpt's quantizer exports an FP8 KV cache by default "
              "(examples/llm_ptq hf_ptq.py --kv_cache_qformat default fp8; the export's hf_quant_config carries kv_cache_quant_algo FP8, as in "
              "NVIDIA/TensorRT-Model-Optimizer modelopt/torch/export/convert_hf_config.py @4c611e4), which TensorRT-LLM reads from the checkpoint, and (b) the "
              "published Llama-3.1-8B H100 figure is out of reach with a bf16 cache: at 1000/1000 each output token reads 1,500 x 131,072 B = 196.6 MB of KV, "
              "so 15,220 tok/s needs 2.99 TB/s of KV reads while the 1000-token prefills (16 TFLOP each at 15.2 req/s) hold the chip 12% of the time even at the "
              "FP8 dense peak, i.e. 3.41 TB/s in the rest, above the 3.35 TB/s datasheet. (The 405B FP8 model card says only linear layers are quantized; the "
              "same harness and quantizer are assumed throughout.) kv_cache_free_gpu_mem_fraction often 0.95.")
trt_common = trt_method + "Weights: NVIDIA ModelOpt FP8 checkpoint -> fp8. " + trt_kv
for sid, model, acc, n, par, inp, out, tot, extra in [
    ("trtllm-h100-llama-3.1-8b-tp1-1000-1000", "llama-3.1-8b", "h100-sxm", 1, (1, 1, 1, 1), 1000, 1000, 15220, ""),
    ("trtllm-h100-llama-3.1-8b-tp1-2048-128", "llama-3.1-8b", "h100-sxm", 1, (1, 1, 1, 1), 2048, 128, 3450, ""),
    ("trtllm-h100-llama-3.3-70b-tp2-1000-1000", "llama-3.3-70b", "h100-sxm", 2, (2, 1, 1, 1), 1000, 1000, 4205, ""),
    ("trtllm-h200-llama-3.3-70b-tp1-1000-1000", "llama-3.3-70b", "h200", 1, (1, 1, 1, 1), 1000, 1000, 2909, ""),
    ("trtllm-h200-llama-3.3-70b-tp1-5000-500", "llama-3.3-70b", "h200", 1, (1, 1, 1, 1), 5000, 500, 566, ""),
    ("trtllm-h100-llama-3.1-405b-tp8-1000-1000", "llama-3.1-405b", "h100-sxm", 8, (8, 1, 1, 1), 1000, 1000, 2919, ""),
    ("trtllm-h100-qwen3-235b-a22b-tp8-1000-1000", "qwen3-235b-a22b", "h100-sxm", 8, (1, 1, 8, 8), 1000, 1000, 14898,
     " Layout INFERRED: the table says TP8, and the doc's MoE recipe runs trtllm-bench --tp $tp_size --ep $ep_size with enable_attention_dp: true, "
     "so attention is data-parallel over the 8 GPUs (tp 1, dp 8) and experts are sharded over 8 (ep 8; the EP size is not printed - MoE-TP8 would shard the same weights)."),
]:
    P(sid, S(sid), "high", model, acc, "trtllm", "aggregated", n, par, "fp8", "fp8", inp, out, None, None, None, None,
      TPS, round(tot / n, 4), "%s output tokens/s total (%d GPU%s)" % (format(tot, ","), n, "s" if n > 1 else ""), True, None,
      "Total -> per chip: %s / %d = %s. " % (format(tot, ","), n, format(tot / n, ",.2f")) + trt_common + extra)
sid = "trtllm-b200-llama-3.3-70b-tp1-1000-1000"
# Replayed as fp4 after the split is drawn (below), so adding it moved no other point's split.
NVFP4_LATER = "weight dtype nvfp4 (replayed as fp4 after the split)"
P(sid, S(sid), "high", "llama-3.3-70b", "b200", "trtllm", "aggregated", 1, (1, 1, 1, 1), None, "fp8", 1000, 1000, None, None, None, None,
  TPS, 7007.0, "7,007 output tokens/s total (1 GPU, NVFP4)", False, NVFP4_LATER,
  "NVFP4 weights (FP4 tensor-core matmuls, W4A4). Per chip = total (TP1). " + trt_method + trt_kv)

sid = "trtllm-h200-dsr1-maxthroughput-1k2k"
dsr_common = ("DeepSeek-R1 FP8 checkpoint on 8 x H200, trtllm-bench --tp 8 --ep 8 with enable_attention_dp: true -> infercap tp 1, dp 8, ep 8. "
              "batch = concurrency 1,024 / 8 DP ranks = 128 (= max_batch_size 128 per rank). 5,120 requests of 1,024 in / 2,048 out, max_num_tokens 1,151, "
              "kv_cache_free_gpu_mem_fraction 0.8, no MTP. KV dtype not set -> bf16. Vendor 'expected result'.")
P(sid, S(sid), "high", "deepseek-r1", "h200", "trtllm", "aggregated", 8, (1, 1, 8, 8), "fp8", "bf16", 1024, 2048, None, 128, None, None,
  TPS, 1436.16, "1,436.16 output tokens/s per GPU (total 11,489 tok/s)", True, None,
  "Already per GPU (total 11,489.27 / 8). End-to-end colocated prefill + decode. " + dsr_common, num_prompts=5120)
P(sid + "-tpot", S(sid), "medium", "deepseek-r1", "h200", "trtllm", "aggregated", 8, (1, 1, 8, 8), "fp8", "bf16", 1024, 2048, None, 128, None, None,
  TPOT, round(1 / 11.3476, 5), "per-user output throughput 11.35 tokens/s/user (average request latency 181.5 s)", True, None,
  "DERIVED: trtllm-bench's per-user output throughput = output tokens / request latency, so 1 / 11.3476 = 88.1 ms is the mean time per output token INCLUDING "
  "each request's TTFT (an upper bound on mean TPOT; TTFT is likely a few % of the 181.5 s request latency). " + dsr_common, num_prompts=5120)

# ---------------- InferSim README ----------------
isc = ("The 'Actual' column of the InferSim README 'Simulation Result' table (measured with SGLang on one H20). Run setup INFERRED from the repo's example script for that row "
       "(world size 1, --max-prefill-tokens 16384, no --target-isl/--target-osl) and main.py's defaults (target-isl 4096, target-osl 2048); the README does not say the "
       "measurement used the same lengths.")
sid = "infersim-h20-qwen3-30b-a3b-prefill"
P(sid, S(sid), "medium", "qwen3-30b-a3b", "h20", "sglang", "prefill", 1, (1, 1, 1, 1), "bf16", "bf16", 4096, None, None, 4, None, None,
  PRE, 16594.0, "Prefill TGS (Actual) 16,594 tokens/s per GPU (Sim 17,350)", True, None,
  "Already per GPU. BF16 weights and KV. batch = 16,384 prefill tokens per GPU / 4,096 = 4. " + isc)
sid = "infersim-h20-qwen3-8b-fp8-decode"
P(sid, S(sid), "medium", "qwen3-8b", "h20", "sglang", "decode", 1, (1, 1, 1, 1), "fp8", "bf16", 4096, 2048, None, 64, None, None,
  DEC, 2682.0, "Decode TGS (Actual) 2,682 tokens/s per GPU at batch 64 (Sim 2,581)", True, None,
  "Already per GPU. FP8 GEMM (--use-fp8-gemm), KV bf16 (no --use-fp8-kv). batch 64 (--decode-bs 64). Context left to infercap's default input + output/2. " + isc)
P("infersim-h20-qwen3-8b-fp8-prefill", S(sid), "medium", "qwen3-8b", "h20", "sglang", "prefill", 1, (1, 1, 1, 1), "fp8", "bf16", 4096, None, None, 4, None, None,
  PRE, 15061.0, "Prefill TGS (Actual) 15,061 tokens/s per GPU at 16,384 tokens per GPU (Sim 16,328)", True, None,
  "From the same README row (quoted in the reference object's notes). Already per GPU. batch = 16,384 / 4,096 = 4. " + isc)

# ---------------- InferenceX H200 sweep ----------------
ix = S("inferencex-h200-dsr1-fp8-1k1k-c64")
ix_common = ("SGLang v0.5.7, DeepSeek-R1-0528 FP8 on 8 x H200, TP8 (MoE sharded by TP -> ep 1), dp 1, so batch = concurrency. Nominal ISL/OSL 1,024/1,024; "
             "InferenceX randomises lengths to 80-100% of nominal, so input/output_tokens = the mean 922 (0.9 x 1,024). KV not stated -> bf16 (SGLang default). "
             "No MTP mentioned. CI sweep summarised by a bot in an issue. num_prompts = 10 x concurrency, InferenceX's protocol "
             "(its per-model benchmark scripts pass --num-prompts $((CONC * 10)) with 2 x CONC discarded warm-ups; "
             "SemiAnalysisAI/InferenceX benchmarks/ and benchmarks/benchmark_lib.sh @843c625). random_range_ratio 0.1111: "
             "80-100% of nominal is the entered mean 922 x (1 -/+ 1/9), for the simulated replay.")
# InferenceX's lengths, uniform in [0.8 L, L], around the entered mean 0.9 L: +/- 1/9 of it.
IX_RANGE = 0.1111
for c, tps, tpot in [(64, 223.6, 0.0346), (8, 74.6, 0.0128), (16, 111.9, 0.0172), (32, 151.1, 0.0256)]:
    base = "inferencex-h200-dsr1-fp8-1k1k-c%d" % c
    P(base, ix, "medium", "deepseek-r1", "h200", "sglang", "aggregated", 8, (8, 1, 1, 1), "fp8", "bf16", 922, 922, None, c, None, None,
      TPS, tps, "%.1f output tokens/s per GPU at concurrency %d" % (tps, c), True, None,
      "Already per GPU. " + ("Total (in+out) 447.2 tok/s/GPU. " if c == 64 else "From the same sweep (reference object notes). ") + ix_common,
      num_prompts=10 * c, random_range_ratio=IX_RANGE)
    P(base + "-tpot", ix, "medium", "deepseek-r1", "h200", "sglang", "aggregated", 8, (8, 1, 1, 1), "fp8", "bf16", 922, 922, None, c, None, None,
      TPOT, tpot, "mean TPOT %.1f ms at concurrency %d" % (tpot * 1000, c), True, None, "ms -> s. " + ix_common, num_prompts=10 * c,
      random_range_ratio=IX_RANGE)
    if c == 64:
        P(base + "-ttft", ix, "medium", "deepseek-r1", "h200", "sglang", "aggregated", 8, (8, 1, 1, 1), "fp8", "bf16", 922, 922, None, c, None, None,
          TTFT, 0.423, "mean TTFT 423 ms (p99 2.74 s) at concurrency 64", True, None, "ms -> s (mean). " + ix_common, num_prompts=10 * c,
          random_range_ratio=IX_RANGE)

# ---------------- split + checks ----------------
n = 0
for p in points:
    if p["replayable"]:
        n += 1
        p["split"] = "test" if n % 3 == 0 else "train"
    else:
        p["split"] = "train"


def replay_in_test_split(p):
    """Make a point replayable after the split was drawn: it joins the test split (nothing is
    fitted on it) and no other point's split moves."""
    p["replayable"] = True
    p["skip_reason"] = None
    p["split"] = "test"


# Points whose layout was not reported but whose model, chips and lengths are known are replayed
# with the layout infercap itself would choose on the same chip count (the engines chose theirs
# for maximum throughput too). They are never used for fitting, so they join the test split.
for p in points:
    if (p["skip_reason"] == NOLAYOUT and p["model"] and p["accelerator"] and p["chips"]
            and p["input_tokens"] and p["output_tokens"] and p["metric"] == TPS):
        replay_in_test_split(p)
        if p["mode"] == "disaggregated":
            p["notes"] += (" Pools and layouts not reported: replayed as a prefill and a decode pool on the same %d chips, "
                           "each instance in the layout the fleet planner rates best within the SLOs (PoolRater; TTFT at the "
                           "median), so this point also tests the layout choice." % p["chips"])
        else:
            p["notes"] += (" Layout not reported: replayed with infercap's best standard layout on the same "
                           "%d chips (LayoutAdvisor), so this point also tests the layout choice." % p["chips"])
# Points measured with MTP and a known draft count are replayed with infercap's MTP model after the
# split above was drawn (so the other points keep theirs). No constant was fitted on them: test split.
for p in points:
    if p["skip_reason"] == MTP and p.get("mtp"):
        replay_in_test_split(p)
# NVFP4 (W4A4) became an infercap weight dtype (fp4) after the split was drawn; its points join
# the test split so that no other point's split moves. No constant was fitted on them.
for p in points:
    if p["skip_reason"] == NVFP4_LATER:
        p["weight_dtype"] = "fp4"
        replay_in_test_split(p)
# Ant Group's other decode measurements in the same post (its tier table, EP-size study and MTP
# study), added after the split was drawn: test split, so no other point's split moves and
# nothing is fitted on them. Same stack and benchmark as ant-h20-96g-decode-base.
ANT = S("ant-h20-96g-decode-base")
ANT_COMMON = ("Already per GPU. DeepSeek-R1 on H20-96G, SGLang v0.5.2 with Ant's kernels (FlashMLA-FP8 -> kv fp8, DeepGEMM swapAB, SBO), "
              "decode instance measured alone: 4,096-token inputs, 1,536-token outputs (sglang.bench_serving random, range ratio 1), "
              "median of 100 'Decode batch' log samples at the stated batch per GPU. ")
ANT_ACCEPT2 = ("MTP steps 2 / topk 1 / draft-tokens 3 = 2 draft tokens; acceptance %.3f from the source's accept length of about 2.4-2.7 "
               "for that setting, midpoint 2.55 = 1 + a + a^2 (infercap's chain model)." % ANT_MTP2[1])
ANT_EP = ("EP-size study ('Investigation for EP size'); its MTP setting is not restated there and is INFERRED as steps 1 / draft 2: its EP16 "
          "figure at batch 32, 675, is the InferX Pro tier's (batch 32, steps 1, draft 2). ")
ANT_ADDED = [
    ("ant-h20-96g-decode-pro", 32, 16, 675.0, "675 output tokens/s per GPU (InferX Pro: 32 per GPU, MTP steps=1 draft=2)", ANT_MTP1,
     "InferX Pro tier (TTFT < 1.5 s, TPOT < 50 ms), attention DP16 + MoE EP16 over 2 nodes. " + ANT_ACCEPT1, 0.050, 1.5),
    ("ant-h20-96g-decode-max", 12, 16, 423.0, "423 output tokens/s per GPU (InferX Max: 12 per GPU, MTP steps=2 draft=3)", ANT_MTP2,
     "InferX Max tier (TTFT < 1 s, TPOT < 30 ms), attention DP16 + MoE EP16 over 2 nodes. " + ANT_ACCEPT2, 0.030, 1.0),
    ("ant-h20-96g-decode-ep16-bs8", 8, 16, 278.0, "278 output tokens/s per GPU at batch 8, EP16", ANT_MTP1,
     ANT_EP + "Attention DP16 + MoE EP16 over 2 nodes. " + ANT_ACCEPT1, None, None),
    ("ant-h20-96g-decode-ep32-bs8", 8, 32, 293.0, "293 output tokens/s per GPU at batch 8, EP32", ANT_MTP1,
     ANT_EP + "Attention DP32 + MoE EP32 over 4 nodes. " + ANT_ACCEPT1, None, None),
    ("ant-h20-96g-decode-ep32-bs32", 32, 32, 585.0, "585 output tokens/s per GPU at batch 32, EP32", ANT_MTP1,
     ANT_EP + "Attention DP32 + MoE EP32 over 4 nodes. " + ANT_ACCEPT1, None, None),
    ("ant-h20-96g-decode-bs1", 1, 16, 43.0, "43 output tokens/s per GPU at batch 1 (MTP steps=1 draft=2)", ANT_MTP1,
     "MTP study ('Config for MTP', small batches); layout INFERRED as the decode deployment's DP16 + EP16. " + ANT_ACCEPT1, None, None),
]
for pid, batch, ep, value, reported, mtp, note, tpot_slo, ttft_slo in ANT_ADDED:
    P(pid, ANT, "high", "deepseek-r1", "h20", "sglang", "decode", ep, (1, 1, ep, ep), "fp8", "fp8", 4096, 1536, None, batch,
      tpot_slo, ttft_slo, DEC, value, reported, True, None, ANT_COMMON + note, mtp=mtp)
    replay_in_test_split(points[-1])
# Its two other MTP-study figures name the same setting for both sides of each comparison
# (a misprint), so their setting is unknown; skipped points sit in `train`, as the split gives them.
for pid, batch, value, reported in [
        ("ant-h20-96g-decode-bs1-more-drafts", 1, 52.0, "52 output tokens/s per GPU at batch 1 (setting misprinted)"),
        ("ant-h20-96g-decode-bs32-more-drafts", 32, 554.0, "554 output tokens/s per GPU at batch 32 (setting misprinted)")]:
    P(pid, ANT, "high", "deepseek-r1", "h20", "sglang", "decode", 16, (1, 1, 16, 16), "fp8", "fp8", 4096, 1536, None, batch,
      None, None, DEC, value, reported, False, "MTP setting misprinted in the source: both sides of the comparison read steps=1, topK=1, draft-tokens=2",
      ANT_COMMON + "MTP study: 'a higher draft token count' than steps 1 / draft 2, but the post prints the same setting for both figures.")
    points[-1]["split"] = "train"
# CloudMatrix-Infer's headline prefill figure, from the paper's own abstract (a primary source), added
# after the split was drawn: test split, nothing fitted on it. Same setup as cm384-910c-prefill-default.
CM_ABSTRACT = ("Zuo et al., 'Serving Large Language Models on Huawei CloudMatrix384', arXiv:2506.12708, abstract: 'prefill throughput "
               "of 6,688 tokens/s per NPU' (the arXiv abstract page and its listings)")
P("cm384-910c-prefill-perfect-eplb", CM_ABSTRACT, "medium", "deepseek-r1", "ascend-910c", "other", "prefill", 16, (1, 1, 16, 16),
  "int8", "bf16", 4096, None, None, 4, None, None, PRE, 6688.0,
  "prefill throughput of 6,688 tokens/s per NPU (abstract)", True, None,
  "Already per NPU (one 910C package). Setup as cm384-910c-prefill-default (one 16-package prefill instance, EP over the packages, "
  "data-parallel attention approximating the SP-TP-SP MLA, batch 4 x 4,096 tokens per NPU, W8A8 -> int8). Expert balance INFERRED "
  "as perfect: the abstract's figure is 1.18x the 5,655 measured with the default balancing in Table 2, the ratio SGLang's H100 "
  "figures show between perfect and default balancing (7,417 / 6,288 = 1.18), and Table 2 sets it beside DeepSeek's and SGLang's "
  "perfect-balance figures. infercap routes tokens uniformly, i.e. perfect balance on average.")
replay_in_test_split(points[-1])
# DeepSeek-V4-Pro joined the catalog with the per-layer model (issue 30), after the split was drawn.
# Its prefill measurement replays now, in the checkpoint's own precisions (fp8 linear layers, MXFP4
# experts: weight-only on the H20); the decode ones stay skipped for what the post leaves unstated.
# Test split: nothing is fitted on them, and no other point's split moves.
DSPARK = "speculative decoding (DSpark) on with its draft count and acceptance not stated; input length and concurrency not stated"
for p in points:
    if "dsv4pro" not in p["id"]:
        continue
    p["model"] = "deepseek-v4-pro"
    p["notes"] = p["notes"].replace("DeepSeek-V4-Pro is not in the catalog. ", "").replace("Model not in catalog (DeepSeek-V4-Pro). ", "")
    if p["mode"] == "prefill":
        replay_in_test_split(p)
        p["notes"] += " Replayed in the checkpoint's precisions (fp8, MXFP4 experts weight-only on the H20)."
    else:
        p["skip_reason"] = DSPARK
        p["split"] = "test"
ids = [p["id"] for p in points]
assert len(ids) == len(set(ids)), "duplicate ids"
out = {"source_file": "shared/reference/serving-cases.json (project reference set)",
       "license": "facts from the cited public sources", "points": points}
json.dump(out, open(OUTPUT, "w"), indent=2, ensure_ascii=False)
open(OUTPUT, "a").write("\n")
print(len(points), "points,", sum(p["replayable"] for p in points), "replayable")
