/// The steady-state serving formulas of ``Estimator``, written once for a scalar batch and for
/// SIMD lanes of batches (the sweep evaluates four batch sizes per instruction).
///
/// For a batch `B` with decode step `t_d`: cycle = `O t_d + B t_pp`; TPOT = `t_d + stall B t_pp
/// / O`; TTFT = `t_prefill + wait t_d + rho t_prefill / (2 (1 - rho)) + burst (B - 1)/2 (t_pp +
/// c t_d)` with `rho = min(0.95, B t_pp / cycle)` and `c` prefill chunks per request (the engine
/// runs one decode iteration of the running batch between chunks).
struct ServingFormula: Sendable {
    /// Output tokens per request.
    var output: Double
    /// Seconds to prefill one request through the pipeline (TTFT's own prefill).
    var prefillLatency: Double
    /// Chip seconds one request's prefill costs when prefills are batched.
    var prefillPerRequest: Double
    /// Decode iterations a new request waits (engine).
    var ttftDecodeSteps: Double
    /// Share of interleaved prefill that stalls decode (engine).
    var prefillStallFraction: Double
    /// Share of requests arriving in a burst (workload).
    var burstFraction: Double
    /// Prefill chunks one request takes (prompt tokens / the engine's chunk size; below 1 when
    /// several prompts share a chunk). A request in a burst also waits for the decode
    /// iteration the engine interleaves with each chunk ahead of it.
    var chunksPerRequest: Double
    /// Data-parallel attention groups that step together over shared MoE layers and do not
    /// all prefill in the same iterations; nil = each group's prefill costs only its own time.
    var lockStep: PrefillLockStep? = nil

    /// Ceiling on the utilisation of a prefill queue, which keeps the M/D/1 wait finite.
    static let maxPrefillUtilization = 0.95

    /// M/D/1 mean wait before a prefill of `latency` seconds when the prefill server is busy a
    /// share `rho` of the time: `rho latency / (2 (1 - rho))`.
    @inline(__always)
    static func meanPrefillWait<T: ServingArithmetic>(rho: T, latency: T) -> T {
        rho * latency / (T.broadcast(2) * (T.broadcast(1) - rho))
    }

    /// One batch (or lanes of batches); `rho` is the prefill queue's utilisation.
    /// Seconds per generation cycle (`O` decode steps of a group) during which the group's
    /// decode waits for prefills: `B t_pp`, or with ``lockStep`` the prefills of every group
    /// that are not aligned with its own.
    @inline(__always)
    func prefillShare<T: ServingArithmetic>(batch: T) -> T {
        let aligned = batch * T.broadcast(prefillPerRequest)
        guard let lockStep else { return aligned }
        let independent = lockStep.independentShare(batch: batch, output: output)
        guard lockStep.alignment > 0 else { return independent }
        return T.broadcast(lockStep.alignment) * aligned + T.broadcast(1 - lockStep.alignment) * independent
    }

    @inline(__always)
    func evaluate<T: ServingArithmetic>(batch: T, decode: T) -> (cycle: T, tpot: T, ttft: T, queueing: T, burstUnit: T, rho: T) {
        let (prefillShare, cycle, tpot) = decodeSide(batch: batch, decode: decode)
        let (ttft, queueing, burstUnit, rho) = ttftSide(batch: batch, decode: decode, prefillShare: prefillShare, cycle: cycle)
        return (cycle, tpot, ttft, queueing, burstUnit, rho)
    }

    /// The generation cycle and TPOT (what a frontier needs of every point), with the prefill
    /// share they were computed from.
    @inline(__always)
    func decodeSide<T: ServingArithmetic>(batch: T, decode: T) -> (prefillShare: T, cycle: T, tpot: T) {
        let prefillShare = prefillShare(batch: batch)
        let cycle = T.broadcast(output) * decode + prefillShare
        let tpot = decode + T.broadcast(prefillStallFraction) * prefillShare / T.broadcast(output)
        return (prefillShare, cycle, tpot)
    }

    /// TTFT and its terms (a sweep computes them only for points that need them).
    @inline(__always)
    func ttftSide<T: ServingArithmetic>(batch: T, decode: T, prefillShare: T, cycle: T) -> (ttft: T, queueing: T, burstUnit: T, rho: T) {
        let rho = T.minimum(T.broadcast(Self.maxPrefillUtilization), prefillShare / cycle)
        let queueing = Self.meanPrefillWait(rho: rho, latency: T.broadcast(prefillLatency))
        let burstUnit = (batch - T.broadcast(1)) / T.broadcast(2) * (T.broadcast(prefillPerRequest) + T.broadcast(chunksPerRequest) * decode)
        let ttft = T.broadcast(prefillLatency) + T.broadcast(ttftDecodeSteps) * decode + queueing + T.broadcast(burstFraction) * burstUnit
        return (ttft, queueing, burstUnit, rho)
    }
}

/// What ``ServingFormula`` needs of its number type.
protocol ServingArithmetic {
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func broadcast(_ value: Double) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    static func maximum(_ a: Self, _ b: Self) -> Self
}

extension ServingArithmetic {
    /// `base` raised to a whole, non-negative `exponent` (lane-wise), by repeated squaring: about
    /// 2 log2(exponent) multiplications, no transcendental call per lane (the sweep's hot loop).
    @inline(__always)
    static func power(_ base: Self, _ exponent: Int) -> Self {
        var result = Self.broadcast(1), square = base, remaining = max(0, exponent)
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * square }
            remaining >>= 1
            if remaining > 0 { square = square * square }
        }
        return result
    }
}

extension Double: ServingArithmetic {
    @inline(__always) static func broadcast(_ value: Double) -> Double { value }
    @inline(__always) static func minimum(_ a: Double, _ b: Double) -> Double { Swift.min(a, b) }
    @inline(__always) static func maximum(_ a: Double, _ b: Double) -> Double { Swift.max(a, b) }
}

extension SIMD4: ServingArithmetic where Scalar == Double {
    @inline(__always) static func broadcast(_ value: Double) -> SIMD4<Double> { SIMD4(repeating: value) }
    /// Lane-wise minimum through a comparison mask (the stdlib's pointwiseMin is slow).
    @inline(__always) static func minimum(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> SIMD4<Double> { a.replacing(with: b, where: b .< a) }
    @inline(__always) static func maximum(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> SIMD4<Double> { a.replacing(with: b, where: b .> a) }
}
