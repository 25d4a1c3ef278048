import Foundation
import Testing
@testable import InferCap

/// Fleet sizing, stockpile capacity and the prefill/decode roles.
@Suite("Fleets")
struct FleetTests {
    static func option(_ id: String, _ role: ServingRole, chips: Int, rate: Double) -> PoolOption {
        PoolOption(
            accelerator: id, vendor: "V", role: role, parallelism: Parallelism(tp: chips), weightDType: .bf16, chips: chips,
            requestsPerSecond: rate, batch: 1, ttftSeconds: role == .decode ? nil : 1, tpotSeconds: role == .prefill ? nil : 0.05,
            utilization: 1, kvBytesPerRequest: 1e6, networkBound: false)
    }

    /// Type A serves aggregated only (4 chips, 10 req/s, $150 per chip-year); type B has a
    /// prefill option (2 chips, 40 req/s) and a decode option (8 chips, 40 req/s) at $100.
    /// For 50 req/s: A alone needs 5 instances ($3,000); B alone needs 2 decode + 2 prefill
    /// ($2,000); the optimum is 1 B decode + 1 B prefill (40 req/s) + 1 A (10 req/s) = $1,600.
    static func handSolvable(available: [String: Int] = [:]) -> FleetPlanner {
        FleetPlanner(
            request: FleetRequest(model: "synthetic", supplies: []),
            options: [option("a", .aggregated, chips: 4, rate: 10), option("b", .prefill, chips: 2, rate: 40), option("b", .decode, chips: 8, rate: 40)],
            economics: ["a": ChipEconomics(accelerator: "a", annualCostUSD: 150), "b": ChipEconomics(accelerator: "b", annualCostUSD: 100)],
            available: available)
    }

    @Test("a hand-solvable two-type example matches its known optimum")
    func handSolved() throws {
        let sizing = try Self.handSolvable().size(for: Demand(requestsPerSecond: 50))
        let alone = Dictionary(uniqueKeysWithValues: sizing.alone.map { ($0.candidates[0], $0.annualCostUSD ?? -1) })
        #expect(alone == ["a": 3000, "b": 2000])
        let mix = sizing.bestMix
        #expect(mix.annualCostUSD == 1600)
        #expect(mix.chips == 14)
        let roles = Set(mix.pools.map { "\($0.option.accelerator):\($0.option.role.rawValue)x\($0.instances)" })
        #expect(roles == ["a:aggregatedx1", "b:prefillx1", "b:decodex1"])
        #expect(mix.disaggregatedRequestsPerSecond.isClose(to: 40, relative: 1e-9))
        #expect(mix.provenOptimal)
    }

    @Test("hand-solvable capacity: 10 chips of b serve 40 req/s; adding 4 of a makes it 50")
    func handCapacity() throws {
        let b = try Self.handSolvable(available: ["a": 0, "b": 10]).capacity()
        #expect(b.requestsPerSecond.isClose(to: 40, relative: 1e-6))
        let both = try Self.handSolvable(available: ["a": 4, "b": 10]).capacity()
        #expect(both.requestsPerSecond.isClose(to: 50, relative: 1e-6))
    }

    @Test("limits on hand are respected, and a demand beyond them is refused with the fix")
    func availability() throws {
        let planner = Self.handSolvable(available: ["b": 10])
        let sizing = try planner.size(for: Demand(requestsPerSecond: 50))
        #expect(sizing.bestMix.chipTotals.first { $0.accelerator == "b" }!.chips <= 10)
        #expect(sizing.unable["b"] != nil)
        #expect(throws: InferCapError.self) { try Self.handSolvable(available: ["a": 4, "b": 10]).size(for: Demand(requestsPerSecond: 60)) }
    }

    // MARK: On the catalog

    static let deepseek = { () -> FleetPlanner in
        try! FleetPlanner(
            catalog: Fixtures.catalog,
            request: FleetRequest(model: "deepseek-r1", supplies: [ChipSupply(accelerator: "h20"), ChipSupply(accelerator: "h100-sxm")]))
    }()

    @Test("fleet size is monotone in demand, and the mix never costs more than the best single type")
    func monotoneDemand() throws {
        var previous: (chips: Int, cost: Double)?
        for demand in [5.0, 40, 200, 1_000] {
            let sizing = try Self.deepseek.size(for: Demand(requestsPerSecond: demand))
            let cost = try #require(sizing.bestMix.annualCostUSD)
            if let previous {
                #expect(cost >= previous.cost * (1 - 1e-3), "demand \(demand)")
            }
            let cheapestAlone = sizing.alone.compactMap(\.annualCostUSD).min()!
            #expect(cost <= cheapestAlone)
            previous = (sizing.bestMix.chips, cost)
        }
    }

    @Test("adding chips to a stockpile never lowers its capacity")
    func monotoneStockpile() throws {
        var previous = 0.0
        for (h20, h100) in [(64, 0), (128, 0), (128, 16), (512, 16), (512, 64), (4096, 64)] {
            let planner = try FleetPlanner(
                catalog: Fixtures.catalog,
                request: FleetRequest(
                    model: "deepseek-r1",
                    supplies: [ChipSupply(accelerator: "h20", available: h20), ChipSupply(accelerator: "h100-sxm", available: h100)]))
            let served = try planner.capacity().requestsPerSecond
            #expect(served >= previous * (1 - 1e-3), "h20=\(h20) h100=\(h100)")
            previous = served
        }
    }

    @Test("roles come from the numbers: beside H100s, H20s decode and the H100s prefill")
    func rolesDiscovered() throws {
        let planner = try FleetPlanner(
            catalog: Fixtures.catalog,
            request: FleetRequest(
                model: "deepseek-r1",
                supplies: [ChipSupply(accelerator: "h20", available: 5_000), ChipSupply(accelerator: "h100-sxm", available: 200)]))
        let plan = try planner.capacity()
        let h100Roles = Set(plan.pools.filter { $0.option.accelerator == "h100-sxm" }.map(\.option.role))
        #expect(h100Roles == [.prefill])
        let h20Decode = plan.pools.filter { $0.option.accelerator == "h20" && $0.option.role == .decode }.reduce(0) { $0 + $1.chips }
        let h20Prefill = plan.pools.filter { $0.option.accelerator == "h20" && $0.option.role == .prefill }.reduce(0) { $0 + $1.chips }
        #expect(h20Decode > 2 * h20Prefill)
        // Decode pools beat aggregated serving per chip (no prefill stalls), so disaggregation is used.
        #expect(plan.disaggregatedRequestsPerSecond > 0.9 * plan.requestsPerSecond)
    }

    @Test("a prefill option's TTFT meets the SLO and includes the KV transfer")
    func prefillOptions() throws {
        for option in Self.deepseek.options {
            if let ttft = option.ttftSeconds { #expect(ttft <= 2 * (1 + 1e-9)) }
            if let tpot = option.tpotSeconds { #expect(tpot <= 0.05 * (1 + 1e-9)) }
            #expect(option.requestsPerSecond > 0 && option.requestsPerSecond.isFinite)
        }
        #expect(Self.deepseek.options.contains { $0.role == .prefill && $0.accelerator == "h20" })
    }

    @Test("cost, power and yearly tokens follow from the plan")
    func money() throws {
        let sizing = try Self.deepseek.size(for: Demand(requestsPerSecond: 100, peakToAverage: 2))
        let plan = try #require(sizing.alone.first { $0.candidates == ["h20"] })
        let chips = Double(plan.chips)
        let costs = try CostAssumptions.bundled()
        let watts = costs.facilityWatts(chipWatts: 400)
        #expect(plan.capexUSD! == chips * 12_000)
        #expect(plan.megawatts!.isClose(to: chips * watts / 1e6, relative: 1e-12))
        #expect(plan.opexUSDPerYear!.isClose(to: chips * watts / 1000 * 8760 * costs.electricityUSDPerKilowattHour, relative: 1e-12))
        #expect(plan.annualCostUSD!.isClose(to: plan.capexUSD! / costs.amortizationYears + plan.opexUSDPerYear!, relative: 1e-12))
        let yearlyOutput = 100.0 / 2 * 1024 * 86_400 * 365
        #expect(plan.usdPerMillionOutputTokens!.isClose(to: plan.annualCostUSD! / yearlyOutput * 1e6, relative: 1e-9))
    }

    // MARK: Inputs

    @Test("a request distribution keeps its token totals; demand in tokens/day becomes requests/s")
    func mixAndDemand() throws {
        let pairs = (1...100).map { (input: $0 * 37 % 4000 + 10, output: $0 * 53 % 900 + 5) }
        let mix = try RequestMix(pairs: pairs)
        #expect(mix.classes.count <= 9)
        #expect(mix.classes.map(\.share).reduce(0, +).isClose(to: 1, relative: 1e-12))
        let meanInput = Double(pairs.map(\.input).reduce(0, +)) / 100
        #expect(mix.meanInputTokens.isClose(to: meanInput, relative: 0.01))
        let demand = Demand(tokensPerDay: 2e12, peakToAverage: 2, mix: RequestMix(inputTokens: 1000, outputTokens: 1000))
        #expect(demand.peakRequestsPerSecond.isClose(to: 2e12 / 86_400 / 2000 * 2, relative: 1e-12))
    }

    @Test("the TTFT percentile wait follows the exponential tail of the M/D/1 mean")
    func percentileWait() {
        let slo = FleetSLO(ttftPercentile: 0.9)
        #expect(slo.percentileWait(mean: 0.1, rho: 0.5).isClose(to: 0.2 * log(5), relative: 1e-12))
        #expect(slo.percentileWait(mean: 0.1, rho: 0.05) == 0)
    }

    @Test("a prefix-cache hit rate makes prefill cheaper, never dearer")
    func prefixCache() throws {
        let rate = { (hit: Double) in
            try FleetPlanner(
                catalog: Fixtures.catalog,
                request: FleetRequest(
                    model: "llama-3.1-8b", supplies: [ChipSupply(accelerator: "h100-sxm")],
                    mix: RequestMix(inputTokens: 4096, outputTokens: 256, prefixCacheHitRate: hit), serving: .disaggregated))
            .options.filter { $0.role == .prefill }.map(\.requestsPerSecondPerChip).max()!
        }
        #expect(try rate(0.5) > 1.5 * rate(0))
    }

    @Test("bad fleet inputs are refused with the fix")
    func errors() throws {
        let unpriced = try FleetPlanner(
            catalog: Fixtures.catalog, request: FleetRequest(model: "llama-3.1-8b", supplies: [ChipSupply(accelerator: "l20")]))
        #expect { try unpriced.size(for: Demand(requestsPerSecond: 10)) } throws: { error in
            "\(error)".contains("--price l20=")
        }
        #expect(throws: InferCapError.self) {
            try FleetPlanner(
                catalog: Fixtures.catalog,
                request: FleetRequest(model: "llama-3.1-8b", supplies: [ChipSupply(accelerator: "h20")], mix: RequestMix(prefixCacheHitRate: 1.5)))
        }
        #expect(throws: InferCapError.self) {
            try Self.deepseek.size(for: Demand(requestsPerSecond: .nan))
        }
        let noCounts = Self.deepseek
        #expect { try noCounts.capacity() } throws: { error in "\(error)".contains("chip count") }
        let tiny = try FleetPlanner(
            catalog: Fixtures.catalog,
            request: FleetRequest(model: "deepseek-r1", supplies: [ChipSupply(accelerator: "h20", available: 4)]))
        #expect { try tiny.capacity() } throws: { error in "\(error)".contains("too few chips") }
    }

    // MARK: Time limit

    /// Two types whose rates and costs share no step, for 517 requests/s: the rounded
    /// relaxation is not optimal, so every search needs nodes after the root.
    static func awkward(timeLimitSeconds: Double = 5) -> FleetPlanner {
        var request = FleetRequest(model: "synthetic", supplies: [])
        request.solverTimeLimitSeconds = timeLimitSeconds
        return FleetPlanner(
            request: request,
            options: [
                option("a", .aggregated, chips: 4, rate: 10.3), option("a", .aggregated, chips: 8, rate: 23.9),
                option("b", .prefill, chips: 2, rate: 40.7), option("b", .decode, chips: 8, rate: 37.1), option("b", .decode, chips: 16, rate: 77.3),
            ],
            economics: ["a": ChipEconomics(accelerator: "a", annualCostUSD: 151.3), "b": ChipEconomics(accelerator: "b", annualCostUSD: 97.1)],
            available: [:])
    }

    @Test("a time limit that is not seconds above 0 and at most an hour is refused", arguments: [0, -1, Double.nan, .infinity, 3_601])
    func badTimeLimit(seconds: Double) {
        #expect { try Self.awkward(timeLimitSeconds: seconds).size(for: Demand(requestsPerSecond: 517)) } throws: { error in
            "\(error)".hasPrefix("invalid solver time limit") && "\(error)".contains("at most 3600")
        }
        #expect { try Self.awkward(timeLimitSeconds: seconds).capacity() } throws: { error in "\(error)".contains("solver time limit") }
    }

    @Test("a search stopped by Ctrl-C or its time limit keeps its plans, says why, and states a gap its bound proves")
    func stoppedSearch() throws {
        let finished = try Self.awkward().size(for: Demand(requestsPerSecond: 517))
        #expect((finished.alone + [finished.bestMix]).allSatisfy { $0.provenOptimal && !$0.notes.contains { $0.contains("optimal") } })
        for (planner, stop, note) in [
            (Self.awkward(), { @Sendable in true } as (@Sendable () -> Bool)?, "interrupted: the best plan found so far, within "),
            (Self.awkward(timeLimitSeconds: 1e-9), nil, "stopped at its time limit (1e-09 s): within "),
        ] {
            let sizing = try planner.size(for: Demand(requestsPerSecond: 517), shouldStop: stop)
            let plans = sizing.alone + [sizing.bestMix]
            #expect(plans.contains { !$0.provenOptimal }, "the rounded root is optimal: the test checks nothing")
            for (plan, optimum) in zip(plans, finished.alone + [finished.bestMix]) {
                let cost = try #require(plan.annualCostUSD)
                #expect(plan.requestsPerSecond == 517 && plan.pools.reduce(0) { $0 + ($1.option.role != .prefill ? $1.capacityRequestsPerSecond : 0) } >= 517 - 1e-6)
                #expect(cost >= optimum.annualCostUSD! - 1e-6)
                if plan.provenOptimal { continue }
                #expect(plan.optimalityGap >= 0 && plan.optimalityGap < 1)
                // The proven bound, cost x (1 - gap), is no higher than the true optimum.
                #expect(cost * (1 - plan.optimalityGap) <= optimum.annualCostUSD! * (1 + 1e-9))
                let text = try #require(plan.notes.first { $0.contains("of optimal (proven bound)") })
                #expect(text.hasPrefix("\(plan.label): \(note)"), "\(text)")
            }
            // The mix starts from the cheapest plan alone, so it is never worse.
            #expect(sizing.bestMix.annualCostUSD! <= sizing.alone.compactMap(\.annualCostUSD).min()! + 1e-6)
        }
    }
}

/// Requests files as people write them (issue 35): Windows line ends, a byte-order mark, and
/// a first line that is a request written wrongly rather than a header.
@Suite("Requests files")
struct RequestsFileTests {
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "infercap-requests-\(UUID().uuidString).csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("CRLF line ends and a UTF-8 byte-order mark read as plain lines; the header is skipped")
    func windowsText() throws {
        let text = Array("input,output\r\n1000,200\r\n2000,400\r\n".utf8)
        for bytes in [text, [0xEF, 0xBB, 0xBF] + text] {
            let pairs = try RequestMix.loadPairs(path: Self.write(bytes))
            #expect(pairs.map(\.input) == [1000, 2000] && pairs.map(\.output) == [200, 400])
        }
    }

    @Test("A first line of numbers that are not whole is refused, not dropped as a header")
    func notAHeader() throws {
        let path = try Self.write(Array("100000,8000.0\n2048,512\n".utf8))
        #expect { try RequestMix.loadPairs(path: path) } throws: {
            ($0 as? InferCapError)?.description.contains(":1: field 'line' is not two whole numbers") ?? false
        }
    }
}
