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

    // Per-request state, struct of arrays, shared by the groups.
    private final class Requests {
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
        var isDecoding: [Bool], isPrefilling: [Bool]
        var preemptions = 0

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
            isDecoding = Array(repeating: false, count: n)
            isPrefilling = Array(repeating: false, count: n)
        }
    }

    /// A decoding request in the finish heap: the iteration of its last token.
    private struct Finish: Comparable {
        var iteration: Int
        var request: Int32
        var generation: Int32
        static func < (a: Finish, b: Finish) -> Bool { a.iteration < b.iteration }
    }

    /// What every group shares: the limits, the cache size and the step times.
    private struct Limits {
        var maxRunning: Int
        var tokenBudget: Int
        var capacity: Double
        /// Share of a running request's remaining output it holds (``EngineProfile/kvReservedOutputFraction``).
        var reserve: Double
        var bytesPerToken: Double
        /// The scheduler's admission rule and prefill order (``SchedulerPolicy``).
        var mixes: Bool
        var admissionFraction: Double
        /// Whether running requests are charged a decaying share of their output at admission.
        var decaying: Bool
        var runningStart: Double, runningFloor: Double, runningDecay: Double
        var clip: Int
        /// Tokens a decoding request emits per iteration: 1, or with MTP speculative decoding the
        /// expected `1 + a + ... + a^k` (``SpeculativeDecoding/expectedTokensPerIteration``).
        var tokensPerIteration: Double
    }

    /// One attention group's scheduler: its queues, running requests and KV cache.
    private final class Group {
        var waiting: [Int] = [], waitingHead = 0
        var resumed: [Int] = []          // preempted requests, resumed before new ones (LIFO)
        var prefilling: [Int] = []       // admitted, prompt not finished
        var admitted: [Int] = []         // admission order, for choosing preemption victims
        var heap = BinaryHeap<Finish>()
        var decoding = 0                 // requests with a first token, still generating
        var contextSum = 0.0             // KV tokens of the decoding requests
        var used = 0.0                   // KV tokens held (decoding + prefilling + reserves)
        var inFlight = 0
        var finishedPrefill: [Int] = []
        var decodedThisIteration = 0
        /// Whether the last scheduled iteration decoded or prefilled anything.
        var progressed = false
        /// Iterations in which this group decoded: decode progress is counted in these, since a
        /// prefill-only iteration (``SchedulerPolicy/mixesPrefillWithDecode`` false) decodes nothing.
        var decodeClock = 0
        /// Output tokens the admitted requests may still write, summed.
        var remainingOutput = 0.0
        /// The share of it charged when admitting (SGLang's `new_token_ratio`).
        var runningShare: Double

        init(runningShare: Double) { self.runningShare = runningShare }

        var idle: Bool { decoding == 0 && prefilling.isEmpty && waitingHead == waiting.count && resumed.isEmpty }

        func held(_ i: Int, _ r: Requests, _ limits: Limits) -> Double {
            // KV a running request holds against the capacity: its tokens plus the reserve.
            Double(r.input[i] + r.generated[i]) + limits.reserve * Double(max(0, r.output[i] - r.generated[i]))
        }

        /// The next request to admit (a preempted one first), if any waits.
        func next() -> Int? {
            if let last = resumed.last { return last }
            return waitingHead < waiting.count ? waiting[waitingHead] : nil
        }

        /// KV tokens request `i` holds once admitted (its prompt and the reserved output), and
        /// whether the admission rule lets it in now.
        func admission(_ i: Int, _ r: Requests, _ limits: Limits) -> (held: Double, fits: Bool) {
            let remaining = max(0, r.output[i] - r.generated[i])
            let held = Double(r.prompt[i]) + limits.reserve * Double(remaining)
            // With the profile's own reserve as the admission share and no clip (vLLM, TensorRT-LLM,
            // MindIE) this is exactly `used + held <= capacity`.
            let clip = Double(limits.clip)
            let charged = Double(r.prompt[i]) + limits.admissionFraction * min(Double(remaining), clip)
            var running = used
            if limits.decaying {
                // Tokens held, plus the decaying share of what the running requests may still write
                // (clipped per request; the sum is clipped at `clip` times their count).
                let count = Double(decoding + prefilling.count)
                running = used - limits.reserve * remainingOutput + runningShare * min(remainingOutput, clip * count)
            }
            return (held, running + charged <= limits.capacity)
        }

        /// Schedules one iteration (decodes, then prefill chunks; or, for an engine that does not
        /// mix them, a prefill alone whenever one can run) and returns its seconds.
        func schedule(_ r: Requests, _ limits: Limits, _ steps: StepTimes) throws -> Double {
            // An engine that does not mix runs a prefill alone when one can run: a prompt already
            // started, or a waiting one the sequence cap and the admission rule let in.
            let canAdmit = decoding + prefilling.count < limits.maxRunning && next().map { admission($0, r, limits).fits } == true
            let prefillAlone = !limits.mixes && (!prefilling.isEmpty || canAdmit)
            let decodes = prefillAlone ? 0 : decoding
            var budget = limits.tokenBudget - decodes
            var seconds = decodes > 0
                ? steps.decodeSeconds(batch: decodes, contextTokens: contextSum / Double(decodes)) * limits.tokensPerIteration
                : steps.passSeconds
            finishedPrefill.removeAll(keepingCapacity: true)
            decodedThisIteration = decodes
            progressed = decodes > 0
            if !limits.mixes && decodes > 0 { return seconds }
            var freshPrompts = 0, freshTokens = 0
            func runChunk(_ i: Int) {
                let chunk = min(r.prompt[i] - r.computed[i], budget)
                if r.computed[i] == 0 {
                    freshPrompts += 1
                    freshTokens += chunk
                } else {
                    seconds += steps.chunkSeconds(tokens: chunk, computed: r.computed[i])
                }
                r.computed[i] += chunk
                budget -= chunk
                if chunk > 0 { progressed = true }
                if r.computed[i] == r.prompt[i] { finishedPrefill.append(i) }
            }
            for i in prefilling where budget > 0 { runChunk(i) }
            while budget > 0, decoding + prefilling.count < limits.maxRunning {
                guard let i = next() else { break }
                let (need, fits) = admission(i, r, limits)
                if !fits {
                    // Held back while anything runs; an idle engine takes a request the cache
                    // holds even if the rule's charge for its output would not fit.
                    guard decoding == 0 && prefilling.isEmpty else { break }
                    guard used + need <= limits.capacity else {
                        throw InferCapError.doesNotFit(
                            detail: "one request of \(r.prompt[i]) prompt tokens needs \(Int(need)) KV tokens, the cache holds \(Int(limits.capacity))",
                            shortfallBytes: (need - limits.capacity) * limits.bytesPerToken,
                            fix: "use shorter requests, more chips or a smaller KV dtype")
                    }
                }
                if resumed.last == i { resumed.removeLast() } else { waitingHead += 1 }
                used += need
                remainingOutput += Double(max(0, r.output[i] - r.generated[i]))
                prefilling.append(i)
                r.isPrefilling[i] = true
                admitted.append(i)
                runChunk(i)
            }
            if freshPrompts > 0 {
                seconds += max(0, steps.batchSeconds(requests: freshPrompts, meanTokens: Double(freshTokens) / Double(freshPrompts)) - steps.passSeconds)
            }
            return idle ? 0 : seconds
        }

        /// Ends the iteration at `clock`: every decode emits a token, finished prompts emit their
        /// first, finished requests leave (`complete`), and the newest requests are preempted
        /// while the KV cache overflows.
        func advance(clock: Double, _ r: Requests, _ limits: Limits, complete: (Int) -> Void) {
            let reserve = limits.reserve, perIteration = limits.tokensPerIteration
            if decodedThisIteration > 0 {
                decodeClock += 1
                let emitted = Double(decodedThisIteration) * perIteration
                contextSum += emitted
                used += emitted * (1 - reserve)
                remainingOutput -= emitted
            }
            if limits.decaying { runningShare = max(limits.runningFloor, runningShare - limits.runningDecay) }
            if !finishedPrefill.isEmpty {
                for i in finishedPrefill { r.isPrefilling[i] = false }
                prefilling.removeAll { !r.isPrefilling[$0] }
                for i in finishedPrefill {
                    if r.firstToken[i].isNaN { r.firstToken[i] = clock }
                    r.generated[i] += 1
                    used += 1 - reserve
                    remainingOutput -= 1
                    if r.generated[i] >= r.output[i] {
                        used -= held(i, r, limits)
                        inFlight -= 1
                        complete(i)
                        continue
                    }
                    r.decodeStart[i] = decodeClock
                    decoding += 1
                    r.isDecoding[i] = true
                    contextSum += Double(r.input[i] + r.generated[i])
                    let iterations = Int((Double(r.output[i] - r.generated[i]) / perIteration).rounded(.up))
                    heap.push(Finish(iteration: decodeClock + iterations, request: Int32(i), generation: r.generation[i]))
                }
            }
            while let top = heap.peek, top.iteration <= decodeClock {
                heap.pop()
                let i = Int(top.request)
                guard top.generation == r.generation[i], r.isDecoding[i] else { continue }
                // Tokens the iterations counted past the request's last one (0 without speculative
                // decoding, whose last iteration emits a fraction of its expected tokens).
                let overshoot = perIteration * Double(decodeClock - r.decodeStart[i]) - Double(r.output[i] - r.generated[i])
                r.generated[i] = r.output[i]
                r.isDecoding[i] = false
                decoding -= 1
                contextSum -= Double(r.input[i] + r.output[i]) + overshoot
                used -= held(i, r, limits) + overshoot * (1 - reserve)
                remainingOutput += overshoot
                inFlight -= 1
                complete(i)
            }
            // Preempt the newest decoding requests while the KV cache overflows (never the last).
            while used > limits.capacity, decoding > 1, let victim = admitted.popLast() {
                guard r.isDecoding[victim] else {
                    if r.isPrefilling[victim] { admitted.insert(victim, at: 0) }
                    continue
                }
                // What the victim's iterations added (tokens counted at `perIteration` each), taken
                // back whole; it keeps the whole tokens it emitted.
                let start = r.generated[victim], counted = perIteration * Double(decodeClock - r.decodeStart[victim])
                let generated = min(r.output[victim] - 1, start + Int(counted.rounded(.down)))
                remainingOutput -= Double(r.output[victim] - start) - counted
                runningShare = limits.runningStart  // SGLang resets new_token_ratio on a retraction
                r.isDecoding[victim] = false
                r.generation[victim] &+= 1
                decoding -= 1
                contextSum -= Double(r.input[victim] + start) + counted
                used -= Double(r.input[victim] + start) + reserve * Double(r.output[victim] - start) + counted * (1 - reserve)
                r.generated[victim] = generated
                r.prompt[victim] = r.input[victim] + generated
                r.computed[victim] = 0
                resumed.append(victim)
                r.preemptions += 1
            }
            if admitted.count > 4 * limits.maxRunning + 64 { admitted.removeAll { !r.isDecoding[$0] && !r.isPrefilling[$0] } }
        }
    }

    private func untypedRun(_ traffic: Traffic) throws -> SimulationResult {
        try traffic.validate()
        let engine = estimator.deployment.engine
        let typical = traffic.inputTokens + traffic.outputTokens
        let memory = estimator.memoryPlan(contextTokens: typical)
        guard memory.fits else {
            throw InferCapError.doesNotFit(
                detail: "the weights and one \(typical)-token sequence", shortfallBytes: -memory.kvCapacityBytesPerChip,
                fix: "use more chips, a smaller weight dtype, or shorter requests")
        }
        let bytesPerToken = memory.kvBytesPerSequencePerChip / Double(typical)
        let policy = engine.scheduler
        let reserve = engine.kvReservedOutputFraction
        let start = policy.runningOutputFraction ?? reserve
        let floor = policy.runningOutputFractionFloor ?? start
        let limits = Limits(
            maxRunning: engine.maxBatchPerRank, tokenBudget: max(1, engine.maxPrefillTokens),
            capacity: bytesPerToken > 0 ? memory.kvCapacityBytesPerChip / bytesPerToken : .infinity,
            reserve: reserve, bytesPerToken: bytesPerToken, mixes: policy.mixesPrefillWithDecode,
            admissionFraction: policy.admissionOutputFraction ?? reserve, decaying: policy.runningOutputFraction != nil,
            runningStart: start, runningFloor: floor,
            runningDecay: (start - floor) / Double(max(1, policy.runningOutputFractionDecaySteps ?? 1)),
            clip: policy.outputClipTokens ?? Int.max,
            tokensPerIteration: estimator.deployment.speculative?.expectedTokensPerIteration ?? 1)
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
        var pending: [(request: Int, group: Group, firstStart: Int)] = []
        var pendingHead = 0, starts = 0
        // Iteration starts a request must see before a batch holds it: the next one, or with an
        // overlapping scheduler (which forms a batch while the one before runs) the one after.
        let lookahead = policy.overlapsScheduling ? 2 : 1

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
                pending.append((nextToSend, group, blocked ? starts + 1 : starts))
                group.inFlight += 1
                nextToSend += 1
                inFlight += 1
            }
            blocked = nextToSend < n && inFlight >= limit
        }
        /// Hands the scheduler the pending requests it sees at this start (all of them when
        /// `everything`: an idle engine).
        func deliver(everything: Bool) {
            while pendingHead < pending.count, everything || starts - pending[pendingHead].firstStart + 1 >= lookahead {
                let (request, group, _) = pending[pendingHead]
                group.waiting.append(request)
                pendingHead += 1
            }
            if pendingHead == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingHead = 0
            } else if pendingHead > 4096, 2 * pendingHead > pending.count {
                // Under overload the queue may never drain: drop what was handed over.
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
        }
        func complete(_ i: Int) {
            r.finish[i] = clock
            completed += 1
            inFlight -= 1
        }

        while completed < n {
            starts += 1
            send()
            deliver(everything: groups.allSatisfy(\.idle))
            if groups.allSatisfy(\.idle) {
                // Nothing to run: jump to the next arrival.
                guard nextToSend < n else { break }
                clock = max(clock, r.arrival[nextToSend])
                continue
            }
            // The groups step together (they share the MoE layers): the iteration lasts as long
            // as the slowest group's.
            var seconds = 0.0
            for group in groups { seconds = max(seconds, try group.schedule(r, limits, steps)) }
            // Every iteration decodes or prefills something; one that cannot would never end.
            guard groups.contains(where: \.progressed) else {
                throw InferCapError.invalidWorkload(
                    field: "simulation", value: "no request could run at \(String(format: "%.3f", clock)) s",
                    fix: "the engine's sequence cap and admission rule admit nothing; raise --max-num-seqs or the memory fraction")
            }
            clock += seconds
            iteration += 1
            for group in groups {
                if group.decodedThisIteration > 0 { itl.append((seconds, group.decodedThisIteration)) }
                group.advance(clock: clock, r, limits, complete: complete)
            }
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
