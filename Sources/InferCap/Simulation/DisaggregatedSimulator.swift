import Foundation

/// A discrete-event simulation of prefill/decode (P/D) disaggregated serving: prefill instances
/// that only prefill, decode instances that only decode, and the KV cache of every prompt moved
/// from one to the other, each instance scheduled iteration by iteration as
/// ``ServingSimulator`` schedules one (the same scheduler state, limits and step times).
///
/// 1. A request is sent to the prefill instance with the fewest requests in flight, which
///    schedules it as an aggregated engine schedules a one-token request: prompt chunks within
///    its token budget, admitted while its sequence cap and KV cache allow. Its iterations hold
///    nothing that decodes, so they last the prefill chunks' own work.
/// 2. When the prompt's last chunk has run, its KV cache (``TokenMixer`` state of every layer,
///    as the fleet planner's disaggregated pools count it) leaves the prefill instance over the
///    scale-out links of one attention group's chips, in
///    `state bytes / (tp x pp x scale-out bytes/s per direction)` seconds, and the prefill
///    instance frees it.
/// 3. The request then reaches the decode instance with the fewest in flight, which admits it
///    into its running batch under its own sequence cap and KV rules with every prompt token
///    but the last already computed: that one is recomputed in the decode batch to produce the
///    first token's logits (vLLM's V1 scheduler, `_update_waiting_for_remote_kv`: "on a full
///    prompt hit, we need to re-compute the last token"), so the first token is streamed at the
///    end of the decode instance's first iteration holding the request. TTFT is measured from sending to then: prefill queue and work, transfer, and the
///    decode instance's wait.
/// 4. Decoding, completion and preemption (recomputed on the decode instance) are the
///    aggregated engine's, except that a decode instance runs prompt work (a preempted request's
///    recomputation) inside its decode iterations whatever its engine's rule for fresh prompts.
///
/// Instances run on their own clocks; the simulation always advances the one whose next
/// iteration starts first. What it leaves out: back-pressure (a prefill instance frees the KV
/// of a finished prompt at once, whether or not a decode instance has room for it), a transfer's
/// contention with other transfers on the same links, and the time to schedule and register
/// the transfer (NIXL, Mooncake) beyond its bytes.
public struct DisaggregatedSimulator: Sendable {
    /// Most instances of one role a simulation takes: each event looks at every instance, so a
    /// run's cost grows with their number (20,000 requests on 100 + 100 instances: about 8 s).
    public static let maxInstancesPerRole = 256

    /// One prefill instance's deployment.
    public let prefill: Estimator
    /// One decode instance's deployment.
    public let decode: Estimator
    /// Prefill instances.
    public let prefillInstances: Int
    /// Decode instances.
    public let decodeInstances: Int

    /// A simulator for `prefillInstances` x `prefill` feeding `decodeInstances` x `decode`;
    /// refuses two different models, an instance count below 1, and dense data-parallel replicas
    /// inside one instance (they are separate instances).
    public init(prefill: Estimator, decode: Estimator, prefillInstances: Int = 1, decodeInstances: Int = 1) throws(InferCapError) {
        guard prefill.model.id == decode.model.id else {
            throw InferCapError.invalidWorkload(
                field: "model", value: "\(prefill.model.id) prefills, \(decode.model.id) decodes",
                fix: "a prefill/decode pair serves one model: give both instances the same one")
        }
        for (name, count) in [("prefill instances", prefillInstances), ("decode instances", decodeInstances)] {
            guard count >= 1 else {
                throw InferCapError.invalidWorkload(field: name, value: "\(count)", fix: "give at least one instance of each role")
            }
            // Every event looks at every instance: the cost grows with their number.
            guard count <= Self.maxInstancesPerRole else {
                throw InferCapError.invalidWorkload(
                    field: name, value: "\(count)",
                    fix: "simulate at most \(Self.maxInstancesPerRole) instances of a role, a share of the fleet at its share of the rate (fleet size sizes whole pools)")
            }
        }
        for (role, estimator, flag) in [("prefill", prefill, "--prefill-instances"), ("decode", decode, "--decode-instances")] {
            let dp = estimator.deployment.parallelism.dp
            guard dp == 1 || estimator.model.moe != nil else {
                throw InferCapError.invalidWorkload(
                    field: "\(role) dp", value: "\(dp)",
                    fix: "dense data-parallel replicas are separate \(role) instances: give that layout dp 1 and \(dp) times the instances (\(flag))")
            }
        }
        self.prefill = prefill
        self.decode = decode
        self.prefillInstances = prefillInstances
        self.decodeInstances = decodeInstances
    }

    /// Seconds to move one prompt's KV cache (and any fixed-size state) from a prefill instance
    /// to a decode instance: its bytes over the scale-out links of the prefill instance's
    /// attention group (each of its `tp x pp` chips sends its share).
    public func transferSeconds(inputTokens: Int) -> Double {
        prefill.kvTransferSeconds(inputTokens: inputTokens)
    }

    /// Runs `traffic` to completion.
    public func run(_ traffic: Traffic) throws(InferCapError) -> SimulationResult {
        try InferCapError.narrowing { try untypedRun(traffic) }
    }

    /// A request reaching an instance at a time (ties in sending order).
    private struct Arrival: Comparable {
        var seconds: Double
        var order: Int
        var request: Int
        static func < (a: Arrival, b: Arrival) -> Bool { (a.seconds, a.order) < (b.seconds, b.order) }
    }

    /// One instance: its attention groups, its clock and what has been sent to it.
    private final class Instance {
        let groups: [ServingSimulator.Group]
        let limits: ServingSimulator.Limits
        let steps: StepTimes
        /// End of the last iteration (or the moment an idle instance was woken).
        var clock = 0.0
        var starts = 0, iterations = 0
        /// Requests routed here and not finished here.
        var inFlight = 0
        var inbox = BinaryHeap<Arrival>()
        private var pending = ServingSimulator.PendingRequests()

        init(estimator: Estimator, limits: ServingSimulator.Limits) {
            self.limits = limits
            steps = StepTimes(estimator: estimator, maxBatch: limits.maxRunning)
            groups = (0..<estimator.deployment.parallelism.dp).map { _ in ServingSimulator.Group(runningShare: limits.runningStart) }
        }

        /// Every group idle (requests taken in but not yet handed to a group may still wait).
        var idle: Bool { groups.allSatisfy(\.idle) }

        /// When its next iteration starts: now if it is running or holds requests its groups
        /// have not seen yet, at the first arrival if idle, never if idle with nothing coming.
        var nextStart: Double? {
            if !idle || !pending.isEmpty { return clock }
            return inbox.peek.map { max(clock, $0.seconds) }
        }

        /// Runs one iteration from ``nextStart``: takes what has reached it (as a single
        /// instance does: seen at the first iteration start after it arrived, one later behind
        /// an overlapping scheduler, at once by an idle engine), schedules and advances it.
        func step(_ r: ServingSimulator.Requests, itl: inout [(seconds: Double, tokens: Int)], complete: (Int) -> Void) throws {
            if idle, pending.isEmpty, let first = inbox.peek { clock = max(clock, first.seconds) }
            starts += 1
            while let top = inbox.peek, top.seconds <= clock {
                inbox.pop()
                let group = groups.min { $0.inFlight < $1.inFlight }!
                pending.append(top.request, to: group, firstStart: starts)
                group.inFlight += 1
            }
            pending.deliver(at: starts, lookahead: limits.lookahead, everything: idle)
            guard !idle else { return }
            let seconds = try ServingSimulator.schedule(groups, r, limits, steps, at: clock)
            clock += seconds
            iterations += 1
            ServingSimulator.advance(groups, seconds: seconds, clock: clock, r, limits, itl: &itl, complete: complete)
        }
    }

    private func untypedRun(_ traffic: Traffic) throws -> SimulationResult {
        try traffic.validate()
        let list = traffic.generate()
        let n = list.count
        // The prefill side sees one-token requests (its last chunk emits the token that ends
        // them there); the decode side the requests themselves.
        let prefilled = ServingSimulator.Requests(list.map { var one = $0; one.outputTokens = 1; return one })
        let decoded = ServingSimulator.Requests(list)
        func limits(_ role: String, _ estimator: Estimator, typicalTokens: Int) throws -> ServingSimulator.Limits {
            do { return try ServingSimulator.Limits(estimator: estimator, typicalTokens: typicalTokens) } catch let InferCapError.doesNotFit(detail, shortfall, fix) {
                let l = estimator.deployment.parallelism
                throw InferCapError.doesNotFit(detail: "the \(role) instance (tp=\(l.tp) pp=\(l.pp) ep=\(l.ep) dp=\(l.dp)): \(detail)", shortfallBytes: shortfall, fix: fix)
            }
        }
        let prefillLimits = try limits("prefill", prefill, typicalTokens: traffic.inputTokens + 1)
        var decodeLimits = try limits("decode", decode, typicalTokens: traffic.inputTokens + traffic.outputTokens)
        // A decode instance merges the requests that reach it into its running batch (their one
        // recomputed token rides along), whatever its engine's rule for fresh prompts.
        decodeLimits.mixes = true
        let prefills = (0..<prefillInstances).map { _ in Instance(estimator: prefill, limits: prefillLimits) }
        let decodes = (0..<decodeInstances).map { _ in Instance(estimator: decode, limits: decodeLimits) }

        var transfers: [Int: Double] = [:]
        func transfer(_ input: Int) -> Double {
            if let known = transfers[input] { return known }
            let seconds = transferSeconds(inputTokens: input)
            transfers[input] = seconds
            return seconds
        }
        let limit = traffic.maxConcurrency ?? n
        var nextToSend = 0, inFlight = 0, completed = 0, order = 0
        var now = 0.0
        // When finished requests free their client's slot (streamed back at the end of the
        // decode iteration that finished them), in time order.
        var frees = BinaryHeap<Double>()
        var itl: [(seconds: Double, tokens: Int)] = []
        itl.reserveCapacity(min(1 << 20, n * 4))

        while completed < n {
            // The next event, in time order: a slot freed, the client's next request (if the
            // limit lets it go), or the instance whose next iteration starts first; on a tie in
            // that order, prefill instances before decode ones.
            let freed = frees.peek ?? .infinity
            let clientNext = nextToSend < n && inFlight < limit ? max(now, prefilled.arrival[nextToSend]) : Double.infinity
            var chosen: Instance?, chosenIsPrefill = false, start = Double.infinity
            for instance in prefills {
                if let next = instance.nextStart, next < start { (chosen, chosenIsPrefill, start) = (instance, true, next) }
            }
            for instance in decodes {
                if let next = instance.nextStart, next < start { (chosen, chosenIsPrefill, start) = (instance, false, next) }
            }
            if freed <= clientNext, freed <= start, freed.isFinite {
                frees.pop()
                now = max(now, freed)
                inFlight -= 1
            } else if clientNext <= start, clientNext.isFinite {
                // Sent now: at its arrival, or, held back by the limit, when a slot freed.
                now = clientNext
                let i = nextToSend
                prefilled.sent[i] = now
                let instance = prefills.min { $0.inFlight < $1.inFlight }!
                instance.inFlight += 1
                instance.inbox.push(Arrival(seconds: now, order: order, request: i))
                order += 1
                nextToSend += 1
                inFlight += 1
            } else if let instance = chosen {
                now = max(now, start)
                if chosenIsPrefill {
                    try instance.step(prefilled, itl: &itl) { i in
                        instance.inFlight -= 1
                        let target = decodes.min { $0.inFlight < $1.inFlight }!
                        target.inFlight += 1
                        // Every prompt token but the last arrives computed.
                        decoded.computed[i] = max(0, decoded.input[i] - 1)
                        decoded.transferred[i] = true
                        let arrives = instance.clock + transfer(decoded.input[i])
                        target.inbox.push(Arrival(seconds: arrives, order: order, request: i))
                        order += 1
                    }
                } else {
                    try instance.step(decoded, itl: &itl) { i in
                        decoded.finish[i] = instance.clock
                        instance.inFlight -= 1
                        completed += 1
                        frees.push(instance.clock)
                    }
                }
            } else {
                break
            }
        }
        // Never a silent NaN: every request sent must have finished.
        guard completed == n else {
            throw InferCapError.invalidWorkload(
                field: "simulation", value: "\(n - completed) of \(n) requests never finished",
                fix: "the P/D simulation stalled, a bug: report the command that shows it")
        }
        return SimulationResult(
            traffic: traffic, sent: prefilled.sent, firstToken: decoded.firstToken, finish: decoded.finish,
            input: decoded.input, output: decoded.output, interTokenLatencies: itl,
            preemptions: prefilled.preemptions + decoded.preemptions,
            iterations: (prefills + decodes).reduce(0) { $0 + $1.iterations })
    }
}

extension Catalog {
    /// Resolves both requests' names as ``estimate(_:)`` does and builds the simulator of
    /// `prefillInstances` instances of the first deployment feeding `decodeInstances` of the
    /// second (``DisaggregatedSimulator``).
    public func disaggregatedSimulator(
        prefill: EstimateRequest, decode: EstimateRequest, prefillInstances: Int = 1, decodeInstances: Int = 1
    ) throws(InferCapError) -> DisaggregatedSimulator {
        try InferCapError.narrowing {
            let (prefillEstimator, _) = try resolvedEstimator(prefill)
            let (decodeEstimator, _) = try resolvedEstimator(decode)
            return try DisaggregatedSimulator(
                prefill: prefillEstimator, decode: decodeEstimator, prefillInstances: prefillInstances, decodeInstances: decodeInstances)
        }
    }
}
