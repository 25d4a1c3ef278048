import Foundation

/// Answers fleet questions exactly: the cheapest fleet for a demand, and the largest demand a
/// stockpile serves, with each chip type's role (aggregated, prefill or decode pool).
///
/// The chip types' ``PoolOption``s are rated once (`PoolRater`); each question is then a
/// small mixed-integer program over whole instances of every option and continuous
/// prefill-to-decode flows, solved by ``BranchAndBound``:
///
/// - demand: `sum_aggregated r_j x_j + sum_g f_g >= D`
/// - per KV group `g` (a vendor, or all chips): `sum_prefill(g) r_j x_j >= f_g` and
///   `sum_decode(g) r_j x_j >= f_g`
/// - per chip type with a count on hand: `sum_j chips_j x_j <= available`
///
/// Sizing minimises yearly cost (or chips); capacity maximises `D`, then minimises cost at
/// that `D`. Roles are never assigned by rule: an H20 ends up decoding because its decode
/// option is cheap per request and its prefill option is not.
public struct FleetPlanner: Sendable {
    /// The request this planner answers for.
    public let request: FleetRequest
    /// Every rated option, all chip types.
    public let options: [PoolOption]
    /// Per chip type: prices, power, and how many are on hand.
    public let economics: [String: ChipEconomics]
    /// Chip types in the order given.
    public let accelerators: [String]
    let available: [String: Int]
    let extrapolating: [String]
    /// Per chip type, the note naming the engine its options were rated with.
    var engineNotes: [String: String] = [:]

    /// Rates every chip type's options for the request.
    public init(catalog: Catalog, request: FleetRequest) throws(InferCapError) {
        self = try InferCapError.narrowing { try FleetPlanner(rating: catalog, request: request) }
    }

    private init(rating catalog: Catalog, request: FleetRequest) throws {
        try request.mix.validate()
        try request.slo.validate()
        guard !request.supplies.isEmpty else {
            throw InferCapError.invalidWorkload(field: "accelerators", value: "none", fix: "name at least one accelerator")
        }
        guard (1...65_536).contains(request.maxChipsPerInstance) else {
            throw InferCapError.invalidWorkload(
                field: "max chips per instance", value: "\(request.maxChipsPerInstance)", fix: "use a whole number from 1 to 65536")
        }
        try request.validateSolverTimeLimit()
        let costs = try request.costs ?? CostAssumptions.bundled()
        try costs.validate()
        let model = try catalog.model(named: request.model).architecture
        try request.speculative?.validate(for: model)
        var options: [PoolOption] = []
        var economics: [String: ChipEconomics] = [:]
        var available: [String: Int] = [:]
        var accelerators: [String] = []
        var extrapolating: [String] = []
        var engineNotes: [String: String] = [:]
        let roles: Set<ServingRole> = switch request.serving {
        case .auto: [.aggregated, .prefill, .decode]
        case .aggregated: [.aggregated]
        case .disaggregated: [.prefill, .decode]
        }
        for supply in request.supplies {
            let accelerator = try catalog.accelerator(named: supply.accelerator)
            let engine = try catalog.engine(named: request.engine, for: accelerator).overridden(by: request.engineOverrides)
            engineNotes[accelerator.id] = (request.engine.lowercased() == Catalog.defaultEngineName
                ? catalog.defaultEngineNote(for: accelerator) : "engine \(engine.id)")
                + (request.engineOverrides.note.map { "; " + $0 } ?? "")
            guard !accelerators.contains(accelerator.id) else {
                throw InferCapError.invalidWorkload(field: "accelerators", value: accelerator.id, fix: "name each accelerator once")
            }
            try Self.check(supply, id: accelerator.id)
            accelerators.append(accelerator.id)
            economics[accelerator.id] = ChipEconomics(accelerator: accelerator, supply: supply, assumptions: costs)
            if let count = supply.available { available[accelerator.id] = count }
            let weightDType = request.weightDType ?? accelerator.defaultWeightDType(native: model.nativeWeightDType)
            let calibration = try catalog.calibration(for: accelerator)
            if calibration.measuredOn == nil { extrapolating.append(accelerator.id) }
            let deployment = Deployment(
                accelerator: accelerator, parallelism: Parallelism(), weightDType: weightDType, kvDType: request.kvDType,
                engine: engine, calibration: calibration, speculative: request.speculative,
                expertWeightDType: accelerator.defaultExpertWeightDType(native: model.nativeExpertWeightDType))
            try deployment.validatePrecisions()
            var rater = PoolRater(
                model: model, template: deployment, mix: request.mix, slo: request.slo, maxChips: request.maxChipsPerInstance)
            rater.ttftModel = request.ttftModel
            options += rater.options(roles: roles)
        }
        self.request = request
        self.options = options
        self.economics = economics
        self.available = available
        self.accelerators = accelerators
        self.extrapolating = extrapolating
        self.engineNotes = engineNotes
    }

    /// A planner over given options (tests and callers with their own rates).
    init(request: FleetRequest, options: [PoolOption], economics: [String: ChipEconomics], available: [String: Int]) {
        self.request = request
        self.options = options
        self.economics = economics
        self.available = available
        var ids: [String] = []
        for option in options where !ids.contains(option.accelerator) { ids.append(option.accelerator) }
        accelerators = ids
        extrapolating = []
    }

    private static func check(_ supply: ChipSupply, id: String) throws {
        if let count = supply.available, count < 0 || count > 100_000_000 {
            throw InferCapError.invalidWorkload(field: "chips of \(id)", value: "\(count)", fix: "use a whole number from 0 to 100000000")
        }
        for (field, value, limit) in [("price", supply.priceUSD, 1e8), ("rental", supply.rentalUSDPerHour, 1e4), ("power", supply.watts, 1e5)] {
            if let value, !(value.isFinite && value >= 0 && value <= limit) {
                throw InferCapError.invalidWorkload(field: "\(field) of \(id)", value: "\(value)", fix: "use a number from 0 to \(Int(limit))")
            }
        }
    }

    // MARK: Questions

    /// The fleet for a demand: each chip type alone, and the best mix of all of them, searched
    /// for at most ``FleetRequest/solverTimeLimitSeconds`` in all (a plan whose search stopped
    /// early says so in its notes, with its proven gap). `shouldStop` is polled while searching
    /// (Ctrl-C: the plans found so far are returned); `progress` is called about five times a
    /// second while a search runs.
    public func size(
        for demand: Demand, shouldStop: (@Sendable () -> Bool)? = nil, progress: (@Sendable (Progress) -> Void)? = nil
    ) throws(InferCapError) -> FleetSizing {
        try request.validateSolverTimeLimit()
        return try InferCapError.narrowing {
            try untypedSize(for: demand, budget: Budget(request: request, shouldStop: shouldStop, progress: progress))
        }
    }

    private func untypedSize(for demand: Demand, budget: Budget) throws -> FleetSizing {
        try demand.validate()
        var alone: [FleetPlan] = []
        var unable: [String: String] = [:]
        for (i, id) in accelerators.enumerated() {
            do {
                alone.append(try solve(types: [id], demand: demand, label: "\(id) alone", budget: budget, remaining: accelerators.count - i + 1))
            } catch let error as InferCapError {
                unable[id] = error.description
            }
        }
        // The mix starts from the best single-type fleet, so it is never worse than it.
        let cheapest = alone.min { objectiveValue($0) < objectiveValue($1) }
        let mix = try solve(types: accelerators, demand: demand, label: "best mix", start: cheapest, budget: budget, remaining: 1)
        return FleetSizing(demand: demand, alone: alone, unable: unable, bestMix: mix)
    }

    /// The largest demand the chips on hand serve within the SLOs, and the roles they take,
    /// searched for at most ``FleetRequest/solverTimeLimitSeconds`` (`shouldStop` and
    /// `progress` as for ``size(for:shouldStop:progress:)``).
    public func capacity(
        peakToAverage: Double = 1, shouldStop: (@Sendable () -> Bool)? = nil, progress: (@Sendable (Progress) -> Void)? = nil
    ) throws(InferCapError) -> FleetPlan {
        try request.validateSolverTimeLimit()
        return try InferCapError.narrowing {
            try untypedCapacity(peakToAverage: peakToAverage, budget: Budget(request: request, shouldStop: shouldStop, progress: progress))
        }
    }

    private func untypedCapacity(peakToAverage: Double, budget: Budget) throws -> FleetPlan {
        try Demand(requestsPerSecond: 1, peakToAverage: peakToAverage).validate()
        for id in accelerators where available[id] == nil {
            throw InferCapError.invalidWorkload(field: "stockpile", value: id, fix: "give a chip count for every accelerator (e.g. \(id)=1000)")
        }
        return try solve(types: accelerators, demand: nil, label: "stockpile", peakToAverage: peakToAverage, budget: budget, remaining: 1)
    }

    /// The stockpile capacity of some of the chip types only.
    func capacity(of types: [String], label: String) throws -> FleetPlan {
        try request.validateSolverTimeLimit()
        return try solve(types: types, demand: nil, label: label, peakToAverage: 1, budget: Budget(request: request), remaining: 1)
    }

    /// The mixed-integer programs ``size(for:shouldStop:progress:)`` solves for `demand`, by label (`<id> alone` per
    /// chip type that has options, then `best mix`), to hand to another solver
    /// (``LinearProgram/lpFormat(comment:)``). The objective is yearly cost in US dollars (or
    /// chips); variables are whole instances per option, then the prefill-to-decode flows in
    /// requests per second.
    public func sizingPrograms(for demand: Demand) throws(InferCapError) -> [(label: String, program: LinearProgram)] {
        try InferCapError.narrowing {
            try demand.validate()
            var programs: [(label: String, program: LinearProgram)] = []
            for id in accelerators where options.contains(where: { $0.accelerator == id }) {
                let built = try program(types: [id], demand: demand)
                programs.append(("\(id) alone", LinearProgram(objective: built.spend, rows: built.rows, integer: built.integer)))
            }
            let mix = try program(types: accelerators, demand: demand)
            programs.append(("best mix", LinearProgram(objective: mix.spend, rows: mix.rows, integer: mix.integer)))
            return programs
        }
    }

    // MARK: Program

    /// The program of one question: whole instances of `columns`, then the flows per KV group,
    /// then (capacity only) the served rate.
    struct Program {
        var columns: [PoolOption]
        var groups: [String]
        var flowBase: Int
        var rateIndex: Int
        var rows: [LinearProgram.Row]
        var integer: [Bool]
        /// Yearly cost (or chips) per unit of each variable.
        var spend: [Double]
        /// The KV group of a column.
        var group: (PoolOption) -> String
        var count: Int { integer.count }
    }

    func program(types: [String], demand: Demand?) throws -> Program {
        let columns = options.filter { types.contains($0.accelerator) }
        guard !columns.isEmpty else {
            throw InferCapError.sloUnreachable(
                detail: "no layout of \(types.joined(separator: ", ")) up to \(request.maxChipsPerInstance) chips serves \(request.model) within the SLOs",
                fix: "relax the SLOs, shorten the requests or allow larger instances")
        }
        let anyVendor = request.kvTransfer == .anyVendor
        let groups: [String] = anyVendor ? ["all"] : Array(Set(columns.map(\.vendor))).sorted()
        let group = { (option: PoolOption) in anyVendor ? "all" : option.vendor }
        // Variables: x_j per column, f_g per KV group, then R (capacity only).
        let flowBase = columns.count
        let rateIndex = flowBase + groups.count
        let count = rateIndex + (demand == nil ? 1 : 0)
        var rows: [LinearProgram.Row] = []
        var serve: [Int: Double] = [:]
        for (j, column) in columns.enumerated() where column.role == .aggregated { serve[j] = column.requestsPerSecond }
        for g in groups.indices { serve[flowBase + g] = 1 }
        if let demand {
            rows.append(.init(serve, .greaterOrEqual, demand.peakRequestsPerSecond))
        } else {
            serve[rateIndex] = -1
            rows.append(.init(serve, .greaterOrEqual, 0))
        }
        for (g, name) in groups.enumerated() {
            for role in [ServingRole.prefill, .decode] {
                var row: [Int: Double] = [flowBase + g: -1]
                for (j, column) in columns.enumerated() where column.role == role && group(column) == name {
                    row[j] = column.requestsPerSecond
                }
                rows.append(.init(row, .greaterOrEqual, 0))
            }
        }
        for id in types {
            guard let limit = available[id] else { continue }
            var row: [Int: Double] = [:]
            for (j, column) in columns.enumerated() where column.accelerator == id { row[j] = Double(column.chips) }
            rows.append(.init(row, .lessOrEqual, Double(limit)))
        }
        let integer = (0..<count).map { $0 < flowBase }
        let perChip = try chipWeights(types: types, demand: demand)
        let spend = (0..<count).map { $0 < flowBase ? perChip[columns[$0].accelerator]! * Double(columns[$0].chips) : 0 }
        return Program(
            columns: columns, groups: groups, flowBase: flowBase, rateIndex: rateIndex, rows: rows, integer: integer, spend: spend,
            group: group)
    }

    /// One plan: the program over `types`, solved within `budget`'s time left shared by the
    /// `remaining` plans still to solve (this one included).
    private func solve(
        types: [String], demand: Demand?, label: String, peakToAverage: Double? = nil, start: FleetPlan? = nil, budget: Budget,
        remaining: Int
    ) throws -> FleetPlan {
        let built = try program(types: types, demand: demand)
        let (columns, groups, flowBase, rateIndex, rows, integer, spend, group) = (
            built.columns, built.groups, built.flowBase, built.rateIndex, built.rows, built.integer, built.spend, built.group
        )
        let count = built.count

        // A known whole solution (another plan's pools) as the starting incumbent.
        var startValues: [Double]?
        if let start {
            var x = [Double](repeating: 0, count: count)
            for pool in start.pools {
                if let j = columns.firstIndex(of: pool.option) { x[j] += Double(pool.instances) }
            }
            for (g, name) in groups.enumerated() {
                let capacity = { (role: ServingRole) in
                    columns.indices.filter { columns[$0].role == role && group(columns[$0]) == name }
                        .reduce(0.0) { $0 + columns[$1].requestsPerSecond * x[$1] }
                }
                x[flowBase + g] = min(capacity(.prefill), capacity(.decode))
            }
            startValues = x
        }

        var search = Search()
        let values: [Double]
        if let demand {
            let program = LinearProgram(objective: spend, rows: rows, integer: integer)
            switch BranchAndBound.search(program, limits: budget.limits(label: label, remaining: remaining), start: startValues) {
            case let .solved(solution):
                search.add(solution)
                values = solution.values
            case .infeasible: throw infeasible(types: types, demand: demand)
            case let .stopped(reason): throw budget.stopped(reason, label: label)
            }
        } else {
            var objective = [Double](repeating: 0, count: count)
            objective[rateIndex] = -1
            let program = LinearProgram(objective: objective, rows: rows, integer: integer)
            let outcome = BranchAndBound.search(program, limits: budget.limits(label: label, remaining: remaining + 1))
            if case let .stopped(reason) = outcome { throw budget.stopped(reason, label: label) }
            guard let most = outcome.solution, most.values[rateIndex] > 0 else {
                throw InferCapError.sloUnreachable(
                    detail: "the stockpile cannot serve \(request.model) within the SLOs (too few chips for one instance)",
                    fix: "add chips, relax the SLOs or allow other layouts")
            }
            search.add(most)
            // The cheapest fleet at that rate; its start is the fleet just found.
            let served = most.values[rateIndex]
            var fixed = rows
            fixed.append(.init([rateIndex: 1], .greaterOrEqual, served * (1 - 1e-9)))
            let cheapest = LinearProgram(objective: spend, rows: fixed, integer: integer)
            let lean = BranchAndBound.solve(cheapest, limits: budget.limits(label: label, remaining: remaining), start: most.values) ?? most
            if lean != most { search.add(lean) }
            values = lean.values
        }
        return plan(
            label: label, types: types, columns: columns, values: values, flowRange: flowBase..<rateIndex,
            requestsPerSecond: demand?.peakRequestsPerSecond ?? values[rateIndex],
            peakToAverage: demand?.peakToAverage ?? peakToAverage ?? 1, search: search, budget: budget)
    }

    /// What the solves behind one plan found: proven or not, the largest proven gap, the first
    /// reason a search stopped early, and the relaxations solved.
    struct Search {
        var provenOptimal = true
        var gap = 0.0
        var stop: BranchAndBound.StopReason?
        var nodes = 0

        mutating func add(_ solution: BranchAndBound.Solution) {
            provenOptimal = provenOptimal && solution.provenOptimal
            gap = max(gap, solution.relativeGap)
            stop = stop ?? solution.stop
            nodes += solution.nodes
        }
    }

    /// What sizing minimised, for a finished plan.
    private func objectiveValue(_ plan: FleetPlan) -> Double {
        request.objective == .chips ? Double(plan.chips) : plan.annualCostUSD ?? .infinity
    }

    /// Objective weight per chip: yearly cost, or 1 per chip.
    private func chipWeights(types: [String], demand: Demand?) throws -> [String: Double] {
        var weights: [String: Double] = [:]
        for id in types {
            if request.objective == .chips {
                weights[id] = 1
            } else if let cost = economics[id]?.annualCostUSD {
                weights[id] = cost
            } else if demand == nil {
                weights[id] = 1e6  // capacity: prefer priced chips' cost order, unpriced last
            } else {
                throw InferCapError.invalidWorkload(
                    field: "price of \(id)", value: "unknown",
                    fix: "give --price \(id)=USD (and --power \(id)=W if its TDP is unknown) or --rental \(id)=USD_PER_HOUR, or size by --objective chips")
            }
        }
        return weights
    }

    private func infeasible(types: [String], demand: Demand) -> InferCapError {
        // Name every chip type, with its count where one is on hand, and the demand to three
        // significant figures (a small demand is not "0.0 requests/s").
        let limits = types.map { id in available[id].map { "\(id)=\($0)" } ?? id }.joined(separator: ", ")
        return .sloUnreachable(
            detail: "\(String(format: demand.peakRequestsPerSecond >= 1000 ? "%.0f" : "%.3g", demand.peakRequestsPerSecond)) requests/s exceeds what \(limits) can serve within the SLOs",
            fix: "raise the chip counts, drop the limits or lower the demand")
    }

    private func plan(
        label: String, types: [String], columns: [PoolOption], values: [Double], flowRange: Range<Int>, requestsPerSecond: Double,
        peakToAverage: Double, search: Search, budget: Budget
    ) -> FleetPlan {
        var pools: [FleetPlan.Pool] = []
        for (j, column) in columns.enumerated() where values[j] >= 0.5 {
            pools.append(FleetPlan.Pool(option: column, instances: Int(values[j].rounded())))
        }
        pools.sort { ($0.chips, $0.option.accelerator) > ($1.chips, $1.option.accelerator) }
        let disaggregated = flowRange.reduce(0.0) { $0 + values[$1] }
        var totals: [FleetPlan.ChipTotal] = []
        var capex: Double? = 0, opex: Double? = 0, annual: Double? = 0, megawatts: Double? = 0
        for id in types {
            let chips = pools.filter { $0.option.accelerator == id }.reduce(0) { $0 + $1.chips }
            guard chips > 0 || available[id] != nil, let economics = economics[id] else { continue }
            totals.append(.init(accelerator: id, chips: chips, available: available[id], economics: economics))
            guard chips > 0 else { continue }
            let n = Double(chips)
            capex = capex.flatMap { total in economics.capexUSD.map { total + $0 * n } }
            opex = opex.flatMap { total in economics.opexUSDPerYear.map { total + $0 * n } }
            annual = annual.flatMap { total in economics.annualCostUSD.map { total + $0 * n } }
            megawatts = megawatts.flatMap { total in economics.facilityWatts.map { total + $0 * n / 1e6 } }
        }
        // Users see the decode pools' TPOT (aggregated or decode), weighted by what each serves.
        let decoding = pools.filter { $0.option.role != .prefill }
        let weight = decoding.reduce(0.0) { $0 + $1.capacityRequestsPerSecond }
        let tpot = weight > 0
            ? decoding.reduce(0.0) { $0 + ($1.option.tpotSeconds ?? 0) * $1.capacityRequestsPerSecond } / weight
            : (request.slo.tpotSeconds ?? 0)
        var notes: [String] = []
        for id in types where pools.contains(where: { $0.option.accelerator == id }) {
            if let note = engineNotes[id] { notes.append("\(id): \(note)") }
        }
        for id in types where extrapolating.contains(id) && pools.contains(where: { $0.option.accelerator == id }) {
            notes.append("\(id): no kernel measurements; default efficiency curves (expect larger error)")
        }
        if pools.contains(where: { $0.option.networkBound }) {
            notes.append("some disaggregated pools are capped by scale-out bandwidth moving KV caches")
        }
        if !search.provenOptimal { notes.append(budget.note(search, label: label)) }
        for id in types where pools.contains(where: { $0.option.accelerator == id }) {
            guard let economics = economics[id] else { continue }
            if economics.annualCostUSD == nil {
                notes.append("\(id): no purchase or rental price in its spec; give --price \(id)=USD or --rental \(id)=USD_PER_HOUR for costs")
            }
            if economics.watts == nil { notes.append("\(id): no TDP in its spec; give --power \(id)=W for megawatts and power cost") }
        }
        return FleetPlan(
            label: label, candidates: types, pools: pools, chipTotals: totals, requestsPerSecond: requestsPerSecond,
            disaggregatedRequestsPerSecond: disaggregated, peakToAverage: peakToAverage,
            meanInputTokens: request.mix.meanInputTokens, meanOutputTokens: request.mix.meanOutputTokens,
            tpotSeconds: tpot, concurrentUsers: requestsPerSecond * request.mix.meanOutputTokens * tpot,
            capexUSD: capex, opexUSDPerYear: opex, annualCostUSD: annual, megawatts: megawatts,
            provenOptimal: search.provenOptimal, optimalityGap: search.gap, solverNodes: search.nodes, notes: notes)
    }
}

/// The answer to a sizing question: each chip type alone and the best mix.
public struct FleetSizing: Sendable, Hashable {
    /// The demand sized for.
    public var demand: Demand
    /// One plan per chip type that can serve the demand alone.
    public var alone: [FleetPlan]
    /// Chip types that cannot, with the reason.
    public var unable: [String: String]
    /// The best plan using any of the chip types.
    public var bestMix: FleetPlan
}
