import Foundation

/// The simulator's scheduler state, shared by one serving instance (``ServingSimulator``) and a
/// prefill/decode pair (``DisaggregatedSimulator``): the requests' progress, the limits every
/// attention group shares, and one attention group's queues, running requests and KV cache.
extension ServingSimulator {
    // Per-request state, struct of arrays, shared by the groups.
    final class Requests {
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
        /// A disaggregated decode instance's arrival (``DisaggregatedSimulator``): its prompt's KV
        /// came from a prefill instance, all but the last token, which it recomputes in its decode
        /// batch rather than as a prefill chunk. Cleared if it is preempted (recomputed whole).
        var transferred: [Bool]
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
            transferred = Array(repeating: false, count: n)
        }
    }

    /// A decoding request in the finish heap: the iteration of its last token.
    struct Finish: Comparable {
        var iteration: Int
        var request: Int32
        var generation: Int32
        static func < (a: Finish, b: Finish) -> Bool { a.iteration < b.iteration }
    }

    /// What every group shares: the limits, the cache size and the step times.
    struct Limits {
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
        /// Iteration starts a request must see before a batch holds it: the next one, or with an
        /// overlapping scheduler (which forms a batch while the one before runs) the one after.
        var lookahead: Int
    }

    /// One attention group's scheduler: its queues, running requests and KV cache.
    final class Group {
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
            let base = decodes > 0
                ? steps.decodeSeconds(batch: decodes, contextTokens: contextSum / Double(decodes)) * limits.tokensPerIteration
                : steps.passSeconds
            var seconds = base
            finishedPrefill.removeAll(keepingCapacity: true)
            decodedThisIteration = decodes
            progressed = decodes > 0
            if !limits.mixes && decodes > 0 { return seconds }
            var freshPrompts = 0, freshTokens = 0
            // A decode instance's arrivals (``Requests/transferred``): the one token left to
            // compute runs in the decode batch.
            var riding = 0, ridingContext = 0.0
            func runChunk(_ i: Int) {
                let chunk = min(r.prompt[i] - r.computed[i], budget)
                if r.transferred[i] {
                    riding += 1
                    ridingContext += Double(r.prompt[i])
                } else if r.computed[i] == 0 {
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
            if riding > 0 {
                // The decode step of the running batch and the arrivals together replaces the
                // running batch's own (or the bare forward pass).
                let batch = decodes + riding
                let context = ((decodes > 0 ? contextSum : 0) + ridingContext) / Double(batch)
                seconds += steps.decodeSeconds(batch: batch, contextTokens: context) * (decodes > 0 ? limits.tokensPerIteration : 1) - base
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
                r.transferred[victim] = false
                resumed.append(victim)
                r.preemptions += 1
            }
            if admitted.count > 4 * limits.maxRunning + 64 { admitted.removeAll { !r.isDecoding[$0] && !r.isPrefilling[$0] } }
        }
    }
}

extension ServingSimulator.Limits {
    /// The limits of `estimator`'s deployment, with the KV cache counted in tokens of a
    /// `typicalTokens`-token sequence's mean bytes per token; refuses a deployment whose
    /// weights leave no room for one such sequence.
    init(estimator: Estimator, typicalTokens typical: Int) throws {
        let engine = estimator.deployment.engine
        let memory = estimator.memoryPlan(contextTokens: typical)
        guard memory.fits else {
            throw InferCapError.doesNotFit(
                detail: "the weights and one \(typical)-token sequence",
                shortfallBytes: memory.weightBytesPerChip + memory.activationBytesPerChip + memory.kvBytesPerSequencePerChip - memory.usableBytesPerChip,
                fix: "use more chips, a smaller weight dtype, or shorter requests")
        }
        let bytesPerToken = memory.kvBytesPerSequencePerChip / Double(typical)
        let policy = engine.scheduler
        let reserve = engine.kvReservedOutputFraction
        let start = policy.runningOutputFraction ?? reserve
        let floor = policy.runningOutputFractionFloor ?? start
        self.init(
            maxRunning: engine.maxBatchPerRank, tokenBudget: max(1, engine.maxPrefillTokens),
            capacity: bytesPerToken > 0 ? memory.kvCapacityBytesPerChip / bytesPerToken : .infinity,
            reserve: reserve, bytesPerToken: bytesPerToken, mixes: policy.mixesPrefillWithDecode,
            admissionFraction: policy.admissionOutputFraction ?? reserve, decaying: policy.runningOutputFraction != nil,
            runningStart: start, runningFloor: floor,
            runningDecay: (start - floor) / Double(max(1, policy.runningOutputFractionDecaySteps ?? 1)),
            clip: policy.outputClipTokens ?? Int.max,
            tokensPerIteration: estimator.deployment.speculative?.expectedTokensPerIteration ?? 1,
            lookahead: policy.overlapsScheduling ? 2 : 1)
    }
}

extension ServingSimulator {
    /// Requests that reached an engine but that its scheduler has not seen yet, in the order they
    /// arrived, each with the index of the first iteration start after it arrived and the group
    /// it goes to.
    struct PendingRequests {
        private var items: [(request: Int, group: Group, firstStart: Int)] = []
        private var head = 0

        /// No request waits to be handed over.
        var isEmpty: Bool { head == items.count }

        mutating func append(_ request: Int, to group: Group, firstStart: Int) {
            items.append((request, group, firstStart))
        }

        /// Hands the groups the requests their scheduler sees at iteration start `start`: those
        /// that have seen `lookahead` starts (the next one, or behind an overlapping scheduler the
        /// one after), or all of them when `everything` (an idle engine).
        mutating func deliver(at start: Int, lookahead: Int, everything: Bool) {
            while head < items.count, everything || start - items[head].firstStart + 1 >= lookahead {
                items[head].group.waiting.append(items[head].request)
                head += 1
            }
            if head == items.count {
                items.removeAll(keepingCapacity: true)
                head = 0
            } else if head > 4096, 2 * head > items.count {
                // Under overload the queue may never drain: drop what was handed over.
                items.removeFirst(head)
                head = 0
            }
        }
    }

    /// Schedules one iteration of `groups`, which step together (they share the MoE layers), and
    /// returns its seconds, the slowest group's; refuses an iteration in which nothing can run,
    /// since it would never end.
    static func schedule(_ groups: [Group], _ r: Requests, _ limits: Limits, _ steps: StepTimes, at clock: Double) throws -> Double {
        var seconds = 0.0
        for group in groups { seconds = max(seconds, try group.schedule(r, limits, steps)) }
        guard groups.contains(where: \.progressed) else {
            throw InferCapError.invalidWorkload(
                field: "simulation", value: "no request could run at \(String(format: "%.3f", clock)) s",
                fix: "the engine's sequence cap and admission rule admit nothing; raise --max-num-seqs or the memory fraction")
        }
        return seconds
    }

    /// Ends an iteration of `seconds` at `clock` in every group, recording its inter-token gaps.
    static func advance(
        _ groups: [Group], seconds: Double, clock: Double, _ r: Requests, _ limits: Limits,
        itl: inout [(seconds: Double, tokens: Int)], complete: (Int) -> Void
    ) {
        for group in groups {
            if group.decodedThisIteration > 0 { itl.append((seconds, group.decodedThisIteration)) }
            group.advance(clock: clock, r, limits, complete: complete)
        }
    }
}
