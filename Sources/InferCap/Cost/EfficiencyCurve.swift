/// Achieved fraction of a chip's datasheet peaks for one class of kernel, fitted on measured
/// kernel timings (`specs/calibration/fit_efficiency.py`).
///
/// A kernel with `flops` FLOPs, `bytes` of memory traffic and `rows` rows (the M dimension:
/// tokens for a GEMM, tokens per expert for a grouped GEMM, batch x query heads per KV head
/// for decode attention, sequence length for prefill attention) takes
///
///     t = overheadSeconds + max(flops / (peak * eta_c(rows)), bytes / (bandwidth * memoryEfficiency))
///     eta_c(rows) = computeEfficiencyMax * rows / (rows + halfEfficiencyRows)
///
/// in seconds, where `peak` is the dense FLOP/s of the precision the kernel runs in and
/// `bandwidth` the datasheet bytes per second.
public struct EfficiencyCurve: Sendable, Hashable, Codable {
    /// Fraction of peak FLOP/s reached by large products (0...1).
    public var computeEfficiencyMax: Double
    /// Rows at which compute efficiency is half its maximum (tile padding, too few waves).
    public var halfEfficiencyRows: Double
    /// Fraction of datasheet bandwidth reached when the kernel streams memory (0...1).
    public var memoryEfficiency: Double
    /// Fixed time per kernel launch in seconds (launch, prologue, tail).
    public var overheadSeconds: Double
    /// Fixed time per kernel in seconds when the curve was fitted on device time measured in
    /// graph-replayed decode (Ascend aclgraph traces): during decode it is used instead of the
    /// engine's ``EngineProfile/decodeKernelOverheadSeconds``, which was fitted on NVIDIA chips
    /// whose kernels cost less than that once CUDA graphs hide the launch. nil = the engine's.
    public var decodeOverheadSeconds: Double? = nil
    /// How many times faster the kernel's FP8 variant computes than the BF16 kernel the curve was
    /// fitted on, on a chip with FP8 tensor cores.
    ///
    /// Attention, as the kernels' authors publish it (FlashMLA FP8 ~1.7x on H20, FlashAttention-3
    /// FP8 1.62x on H100; `specs/calibration/measured/fp8-attention/published.json`), applied to a
    /// kernel that runs on an FP8 KV cache; nil = no FP8 variant (an FP8 cache is dequantized and
    /// the math stays 16-bit). GEMM, where the curve was fitted on BF16 products (the H100 sweep):
    /// the measured ratio of the BF16 and FP8 times of one product (1.81x at 8192^3 on the H100,
    /// `measured/h100-sxm-kernels.jsonl`), also used for INT8 products (twice the BF16 peak like
    /// FP8 on the chips that use or borrow that curve; not measured); nil = the curve applies at the FP8 peak as it stands
    /// (fitted on FP8 products, or measured at the same efficiency in both).
    public var fp8ComputeSpeedup: Double? = nil
    /// Half-efficiency rows of the weight-only 4-bit variant (int4 W4A16, MXFP4 on chips without
    /// FP4 tensor cores): Marlin-style kernels tile the rows in 16s, so they stay bound by the weight
    /// stream to about 16-32 rows (MARLIN, PPoPP 2025), where the fp8/bf16 kernels the curve was
    /// fitted on pad to 64-row tiles; nil = ``halfEfficiencyRows``.
    public var weightOnlyHalfEfficiencyRows: Double? = nil

    /// A curve from its four fitted numbers (fractions, rows and seconds).
    public init(
        computeEfficiencyMax: Double, halfEfficiencyRows: Double, memoryEfficiency: Double, overheadSeconds: Double,
        decodeOverheadSeconds: Double? = nil, fp8ComputeSpeedup: Double? = nil
    ) {
        self.computeEfficiencyMax = computeEfficiencyMax
        self.halfEfficiencyRows = halfEfficiencyRows
        self.memoryEfficiency = memoryEfficiency
        self.overheadSeconds = overheadSeconds
        self.decodeOverheadSeconds = decodeOverheadSeconds
        self.fp8ComputeSpeedup = fp8ComputeSpeedup
    }

    /// Compute efficiency at `rows` rows.
    @inlinable
    public func computeEfficiency(rows: Double) -> Double {
        let r = max(rows, 1)
        return computeEfficiencyMax * r / (r + halfEfficiencyRows)
    }

    /// Seconds for the compute part alone.
    @inlinable
    public func computeSeconds(flops: Double, rows: Double, peakFlopsPerSecond: Double) -> Double {
        flops > 0 ? flops / (peakFlopsPerSecond * computeEfficiency(rows: rows)) : 0
    }

    /// Seconds for the memory part alone.
    @inlinable
    public func memorySeconds(bytes: Double, bytesPerSecond: Double) -> Double {
        bytes > 0 ? bytes / (bytesPerSecond * memoryEfficiency) : 0
    }
}
