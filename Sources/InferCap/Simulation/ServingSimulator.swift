import Foundation

/// A discrete-event simulation of one serving instance under a benchmark's traffic, iteration
/// by iteration, as a continuous-batching engine schedules (vLLM V1's scheduler, with the
/// engine profile's limits as data):
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
///
/// An iteration lasts the decode step of its running batch at their mean context (or one
/// forward pass's fixed cost when nothing decodes), plus each prefill chunk's own work: a chunk
/// of `p` tokens after `q` computed costs `T(q + p) - T(max(q, 1))`, with `T(n)` the prefill of an
/// `n`-token prompt alone. These are the costs `estimate` uses, cached per shape (decode steps
/// at contexts 2% apart, interpolated). The engine's fitted TTFT wait and prefill stall share
/// are not used: the simulation produces queueing and stalls itself.
///
/// Scope: one attention group (`dp = 1`) without speculative decoding; requests are costed at
/// the deployment's mean KV bytes per token, which is exact for attention-only models and an
/// approximation for models with fixed-size state.
public struct ServingSimulator: Sendable {
    /// The deployment simulated.
    public let estimator: Estimator

    /// A simulator for `estimator`'s deployment; refuses what it cannot simulate yet.
    public init(estimator: Estimator) throws(InferCapError) {
        let layout = estimator.deployment.parallelism
        guard layout.dp == 1 else {
            throw InferCapError.invalidWorkload(
                field: "dp", value: "\(layout.dp)",
                fix: "simulate one attention group (--dp 1); data-parallel groups stepping together are not simulated yet")
        }
        guard estimator.deployment.speculative == nil else {
            throw InferCapError.invalidWorkload(field: "mtp", value: "on", fix: "simulate without speculative decoding; it is not simulated yet")
        }
        self.estimator = estimator
    }

    /// Runs `traffic` to completion.
    public func run(_ traffic: Traffic) throws(InferCapError) -> SimulationResult {
        try InferCapError.narrowing { try untypedRun(traffic) }
    }

    // Per-request state, struct of arrays.
    private struct Requests {
        var arrival: [Double], sent: [Double], firstToken: [Double], finish: [Double]
        var input: [Int], output: [Int]
        /// Prompt tokens to compute (input, or input + generated after a preemption).
        var prompt: [Int]
        /// Prompt tokens computed so far.
        var computed: [Int]
        /// Tokens generated so far (as of `decodeStart`).
        var generated: [Int]
        /// Iteration after which the request's decoding started, and its generation (for lazy
        /// deletion from the heap after a preemption).
        var decodeStart: [Int], generation: [Int32]
        var preemptions: Int = 0

        init(_ list: [Traffic.Request]) {
            let n = list.count
            arrival = list.map(\.arrivalSeconds)
            sent = Array(repeating: .nan, count: n)
            firstToken = Array(repeating: .nan, count: n)
            finish = Array(repeating: .nan, count: n)
            input = list.map(\.inputTokens)
            output = list.map(\.outputTokens)
            prompt = input
            computed = Array(repeating: 0, count: n)
            generated = Array(repeating: 0, count: n)
            decodeStart = Array(repeating: 0, count: n)
            generation = Array(repeating: 0, count: n)
        }
    }

    /// A decoding request in the finish heap: the iteration of its last token.
    private struct Finish: Comparable {
        var iteration: Int
        var request: Int32
        var generation: Int32
        static func < (a: Finish, b: Finish) -> Bool { a.iteration < b.iteration }
    }

    private func untypedRun(_ traffic: Traffic) throws -> SimulationResult {
        try traffic.validate()
        let engine = estimator.deployment.engine
        let maxRunning = engine.maxBatchPerRank
        let tokenBudget = max(1, engine.maxPrefillTokens)
        let typical = traffic.inputTokens + traffic.outputTokens
        let memory = estimator.memoryPlan(contextTokens: typical)
        guard memory.fits else {
            throw InferCapError.doesNotFit(
                detail: "the weights and one \(typical)-token sequence", shortfallBytes: -memory.kvCapacityBytesPerChip,
                fix: "use more chips, a smaller weight dtype, or shorter requests")
        }
        let bytesPerToken = memory.kvBytesPerSequencePerChip / Double(typical)
        let capacity = bytesPerToken > 0 ? memory.kvCapacityBytesPerChip / bytesPerToken : .infinity
        let reserve = engine.kvReservedOutputFraction
        let steps = StepTimes(estimator: estimator, maxBatch: maxRunning)

        let list = traffic.generate()
        var r = Requests(list)
        let n = list.count
        let limit = traffic.maxConcurrency ?? n

        var clock = 0.0, iteration = 0
        var nextToSend = 0, inFlight = 0, completed = 0
        var waiting: [Int] = [], waitingHead = 0
        var resumed: [Int] = []          // preempted requests, resumed before new ones (LIFO)
        var prefilling: [Int] = []       // admitted, prompt not finished
        var admitted: [Int] = []         // admission order, for choosing preemption victims
        var heap = BinaryHeap<Finish>()
        var decoding = 0                 // requests with a first token, still generating
        var contextSum = 0.0             // KV tokens of the decoding requests
        var used = 0.0                   // KV tokens held (decoding + prefilling + reserves)
        var itl: [(seconds: Double, tokens: Int)] = []
        itl.reserveCapacity(min(1 << 20, n * 4))
        var isDecoding = Array(repeating: false, count: n)
        var isPrefilling = Array(repeating: false, count: n)
        var blocked = false              // the concurrency limit held back the next request

        func held(_ i: Int) -> Double {
            // KV a running request holds against the capacity: its tokens plus the reserve.
            Double(r.input[i] + r.generated[i]) + reserve * Double(max(0, r.output[i] - r.generated[i]))
        }
        func send() {
            // A request held back by the concurrency limit is sent when a slot frees (the end of
            // the iteration that freed it); any other when it arrives.
            while nextToSend < n, inFlight < limit, r.arrival[nextToSend] <= clock {
                r.sent[nextToSend] = blocked ? max(r.arrival[nextToSend], clock) : r.arrival[nextToSend]
                waiting.append(nextToSend)
                nextToSend += 1
                inFlight += 1
            }
            blocked = nextToSend < n && inFlight >= limit
        }
        func complete(_ i: Int) {
            r.finish[i] = clock
            used -= held(i)
            completed += 1
            inFlight -= 1
        }

        while completed < n {
            send()
            if decoding == 0, prefilling.isEmpty, waitingHead == waiting.count, resumed.isEmpty {
                // Nothing to run: jump to the next arrival.
                guard nextToSend < n else { break }
                clock = max(clock, r.arrival[nextToSend])
                continue
            }
            // 1. Decodes take one token each of the budget.
            var budget = tokenBudget - decoding
            var seconds = decoding > 0
                ? steps.decodeSeconds(batch: decoding, contextTokens: contextSum / Double(decoding)) : steps.passSeconds
            var finishedPrefill: [Int] = []
            func runChunk(_ i: Int) {
                let chunk = min(r.prompt[i] - r.computed[i], budget)
                seconds += steps.chunkSeconds(tokens: chunk, computed: r.computed[i])
                r.computed[i] += chunk
                budget -= chunk
                if r.computed[i] == r.prompt[i] { finishedPrefill.append(i) }
            }
            // 2. Prompts being prefilled, then preempted requests, then waiting ones.
            for i in prefilling where budget > 0 { runChunk(i) }
            while budget > 0, decoding + prefilling.count < maxRunning {
                let i: Int
                if let last = resumed.last { i = last } else if waitingHead < waiting.count { i = waiting[waitingHead] } else { break }
                let need = Double(r.prompt[i]) + reserve * Double(max(0, r.output[i] - r.generated[i]))
                if used + need > capacity {
                    guard decoding > 0 || !prefilling.isEmpty else {
                        throw InferCapError.doesNotFit(
                            detail: "one request of \(r.prompt[i]) prompt tokens needs \(Int(need)) KV tokens, the cache holds \(Int(capacity))",
                            shortfallBytes: (need - capacity) * bytesPerToken, fix: "use shorter requests, more chips or a smaller KV dtype")
                    }
                    break
                }
                if resumed.last == i { resumed.removeLast() } else { waitingHead += 1 }
                used += need
                prefilling.append(i)
                isPrefilling[i] = true
                admitted.append(i)
                runChunk(i)
            }
            // 3. The iteration runs: every decode emits a token.
            clock += seconds
            iteration += 1
            if decoding > 0 {
                itl.append((seconds, decoding))
                contextSum += Double(decoding)
                used += Double(decoding) * (1 - reserve)
            }
            if !finishedPrefill.isEmpty {
                for i in finishedPrefill { isPrefilling[i] = false }
                prefilling.removeAll { !isPrefilling[$0] }
                for i in finishedPrefill {
                    if r.firstToken[i].isNaN { r.firstToken[i] = clock }
                    r.generated[i] += 1
                    used += 1 - reserve
                    if r.generated[i] >= r.output[i] {
                        complete(i)
                        continue
                    }
                    r.decodeStart[i] = iteration
                    decoding += 1
                    isDecoding[i] = true
                    contextSum += Double(r.input[i] + r.generated[i])
                    heap.push(Finish(iteration: iteration + r.output[i] - r.generated[i], request: Int32(i), generation: r.generation[i]))
                }
            }
            while let top = heap.peek, top.iteration <= iteration {
                heap.pop()
                let i = Int(top.request)
                guard top.generation == r.generation[i], isDecoding[i] else { continue }
                r.generated[i] = r.output[i]
                isDecoding[i] = false
                decoding -= 1
                contextSum -= Double(r.input[i] + r.output[i])
                complete(i)
            }
            // 4. Preempt the newest decoding requests while the KV cache overflows.
            while used > capacity, decoding > 1, let victim = admitted.popLast() {
                guard isDecoding[victim] else {
                    if isPrefilling[victim] { admitted.insert(victim, at: 0) }
                    continue
                }
                let generated = r.generated[victim] + (iteration - r.decodeStart[victim])
                isDecoding[victim] = false
                r.generation[victim] &+= 1
                decoding -= 1
                contextSum -= Double(r.input[victim] + generated)
                r.generated[victim] = generated
                used -= held(victim)
                r.prompt[victim] = r.input[victim] + generated
                r.computed[victim] = 0
                resumed.append(victim)
                r.preemptions += 1
            }
            if admitted.count > 4 * maxRunning + 64 { admitted.removeAll { !isDecoding[$0] && !isPrefilling[$0] } }
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
            let layout = estimator.deployment.parallelism
            if request.parallelism == nil, layout.dp > 1 {
                throw InferCapError.invalidWorkload(
                    field: "layout", value: "tp=\(layout.tp) ep=\(layout.ep) dp=\(layout.dp) (chosen automatically)",
                    fix: "data-parallel groups are not simulated yet: give a layout with --tp/--pp/--ep and dp 1")
            }
            return try ServingSimulator(estimator: estimator).run(traffic)
        }
    }
}
