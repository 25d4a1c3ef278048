import Foundation

/// A discrete-event simulation of one serving instance under a benchmark's traffic, iteration
/// by iteration, as a continuous-batching engine schedules (vLLM V1's scheduler, with the
/// engine profile's limits and ``SchedulerPolicy`` as data):
///
/// 1. Every running request that has its first token decodes one token per iteration.
/// 2. The rest of the iteration's token budget (``EngineProfile/maxPrefillTokens``, vLLM's
///    `max_num_batched_tokens`) goes to prefill chunks: first the prompts already being
///    prefilled, then waiting requests in arrival order, while fewer than
///    ``EngineProfile/maxBatchPerRank`` requests run and their KV cache fits.
/// 3. A request whose last prompt chunk ran emits its first token at the end of the iteration;
///    a request that emitted its last token leaves and frees its KV cache.
/// 4. When decoding grows the KV cache past its capacity, the most recently admitted requests
///    are preempted and recomputed later (vLLM's default), prompt and generated tokens.
/// 5. A request is seen by the scheduler at the end of the iteration it arrives in; one that a
///    closed-loop client sends as its previous request ends reaches a busy engine after the next
///    iteration has started (the token streamed back, the new request sent and tokenised). An
///    overlapping scheduler (``SchedulerPolicy/overlapsScheduling``) forms each batch while the
///    one before runs, so a request joins one iteration later still. An idle engine (every
///    data-parallel group idle) takes a request at once.
///
/// An iteration lasts the decode step of its running batch at their mean context (or one
/// forward pass's fixed cost when nothing decodes), plus each prefill chunk's own work: a chunk
/// of `p` tokens after `q` computed costs `T(q + p) - T(max(q, 1))`, with `T(n)` the prefill of an
/// `n`-token prompt alone. These are the costs `estimate` uses, cached per shape (decode steps
/// at contexts 2% apart, interpolated). The engine's fitted TTFT wait and prefill stall share
/// are not used: the simulation produces queueing and stalls itself.
///
/// Data-parallel attention groups of an MoE model step together, as they share the MoE layers:
/// each group schedules its own requests (new requests go to the group with the fewest in
/// flight), and an iteration lasts as long as the slowest group's; each group's step is costed
/// as if every group ran its batch. Dense data-parallel replicas are separate engines and are
/// simulated one at a time. With MTP speculative decoding every decoding request emits the
/// expected `1 + a + ... + a^k` tokens per draft-and-verify iteration (a deterministic mean,
/// not a sampled acceptance), which lasts the step time of that many tokens. Requests are costed at the
/// deployment's mean KV bytes per token, which is exact for attention-only models and an
/// approximation for models with fixed-size state.
public struct ServingSimulator: Sendable {
    /// The deployment simulated.
    public let estimator: Estimator

    /// A simulator for `estimator`'s deployment; refuses what it cannot simulate yet.
    public init(estimator: Estimator) throws(InferCapError) {
        let layout = estimator.deployment.parallelism
        guard layout.dp == 1 || estimator.model.moe != nil else {
            throw InferCapError.invalidWorkload(
                field: "dp", value: "\(layout.dp)",
                fix: "dense data-parallel replicas run as separate engines: simulate one (--dp 1) at the rate divided by \(layout.dp)")
        }
        self.estimator = estimator
    }

    /// Runs `traffic` to completion.
    public func run(_ traffic: Traffic) throws(InferCapError) -> SimulationResult {
        try InferCapError.narrowing { try untypedRun(traffic) }
    }

    private func untypedRun(_ traffic: Traffic) throws -> SimulationResult {
        try traffic.validate()
        let limits = try Limits(estimator: estimator, typicalTokens: traffic.inputTokens + traffic.outputTokens)
        let steps = StepTimes(estimator: estimator, maxBatch: limits.maxRunning)

        let list = traffic.generate()
        let r = Requests(list)
        let n = list.count
        let limit = traffic.maxConcurrency ?? n
        let groups = (0..<estimator.deployment.parallelism.dp).map { _ in Group(runningShare: limits.runningStart) }

        var clock = 0.0, iteration = 0
        var nextToSend = 0, inFlight = 0, completed = 0
        var itl: [(seconds: Double, tokens: Int)] = []
        itl.reserveCapacity(min(1 << 20, n * 4))
        var blocked = false              // the concurrency limit held back the next request
        // Requests sent that the scheduler has not seen yet, in the order sent, with the index of
        // the first iteration start that comes after they reached the engine.
        var pending = PendingRequests()
        var starts = 0

        func send() {
            // A request held back by the concurrency limit is sent when a slot frees (the end of
            // the iteration that freed it); any other when it arrives. It goes to the group with
            // the fewest requests in flight (vLLM's data-parallel load balancing).
            //
            // A request that arrived while an iteration ran is seen at the iteration's end (this
            // start). One sent when a slot freed reaches a busy engine only after its next
            // iteration has started: the client sends it once the last token of the request
            // before has been streamed back to it, and the engine does not wait for that round
            // trip (HTTP, tokenising, the hand-over to the engine process). An idle engine (every
            // group idle) takes whatever reaches it at once (`deliver`).
            while nextToSend < n, inFlight < limit, r.arrival[nextToSend] <= clock {
                r.sent[nextToSend] = blocked ? max(r.arrival[nextToSend], clock) : r.arrival[nextToSend]
                let group = groups.min { $0.inFlight < $1.inFlight }!
                pending.append(nextToSend, to: group, firstStart: blocked ? starts + 1 : starts)
                group.inFlight += 1
                nextToSend += 1
                inFlight += 1
            }
            blocked = nextToSend < n && inFlight >= limit
        }
        func complete(_ i: Int) {
            r.finish[i] = clock
            completed += 1
            inFlight -= 1
        }

        while completed < n {
            starts += 1
            send()
            pending.deliver(at: starts, lookahead: limits.lookahead, everything: groups.allSatisfy(\.idle))
            if groups.allSatisfy(\.idle) {
                // Nothing to run: jump to the next arrival.
                guard nextToSend < n else { break }
                clock = max(clock, r.arrival[nextToSend])
                continue
            }
            // The groups step together (they share the MoE layers): the iteration lasts as long
            // as the slowest group's.
            let seconds = try Self.schedule(groups, r, limits, steps, at: clock)
            clock += seconds
            iteration += 1
            Self.advance(groups, seconds: seconds, clock: clock, r, limits, itl: &itl, complete: complete)
        }
        return SimulationResult(
            traffic: traffic, sent: r.sent, firstToken: r.firstToken, finish: r.finish, input: r.input, output: r.output,
            interTokenLatencies: itl, preemptions: r.preemptions, iterations: iteration)
    }
}

/// A binary min-heap.
struct BinaryHeap<Element: Comparable> {
    private var items: [Element] = []

    var peek: Element? { items.first }
    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    @discardableResult
    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}

extension Catalog {
    /// Resolves a request's names as ``estimate(_:)`` does and simulates `traffic` on the
    /// deployment (the request's workload only chooses the layout when none is given).
    public func simulate(_ request: EstimateRequest, traffic: Traffic) throws(InferCapError) -> SimulationResult {
        try InferCapError.narrowing {
            let (estimator, _) = try resolvedEstimator(request)
            return try ServingSimulator(estimator: estimator).run(traffic)
        }
    }
}
