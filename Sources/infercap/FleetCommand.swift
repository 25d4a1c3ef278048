import ArgumentParser
import Foundation
import InferCap

/// `infercap fleet`: sizing for a demand, the capacity of a stockpile, and the seed claims.
struct FleetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "Fleets: chips for a demand, capacity of a stockpile, mixed chips with prefill/decode pools.",
        subcommands: [FleetSizeCommand.self, FleetCapacityCommand.self, FleetClaimsCommand.self],
        defaultSubcommand: FleetSizeCommand.self)
}

/// `infercap fleet size`: the cheapest fleet for a demand, per chip type and mixed.
struct FleetSizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "How many chips, in which pools and layouts, serve a demand within the SLOs; each chip type alone and the best mix.")

    @Option(help: "Comma-separated accelerator ids to choose from.") var accelerators: String = "h20,h100-sxm,h200"
    @Option(name: .customLong("available"), help: "Chips on hand per type, e.g. h20=100000 (types without a count are unlimited).")
    var available: [String] = []
    @Option(name: .customLong("requests-per-second"), help: "Peak requests per second.") var requestsPerSecond: Double?
    @Option(name: .customLong("tokens-per-day"), help: "Average tokens per day (see --count), e.g. 2e12 (no default: give this or --requests-per-second).") var tokensPerDay: Double?
    @Option(help: "What --tokens-per-day counts: all (prompt + output) or output.") var count: Demand.TokenCount = .all
    @Option(name: .customLong("peak-to-average"), help: "Peak load over the daily average.") var peakToAverage: Double = 1
    @Option(help: "Also write the bar chart of the plans (SVG) to this file.") var plot: String?
    @Option(
        name: .customLong("write-lp"),
        help: ArgumentHelp("Write the programs in CPLEX LP format to this folder instead of solving them (for comparing solvers).", visibility: .hidden))
    var writeLP: String?
    @OptionGroup var fleet: FleetOptions

    func validate() throws {
        try OutputFile.check(plot, flag: "--plot")
        if (requestsPerSecond == nil) == (tokensPerDay == nil) {
            throw ValidationError("give the demand as --requests-per-second or --tokens-per-day (one of them)")
        }
    }

    func run() throws {
        // Ctrl-C stops the search: the best plans found so far are printed, then exit 130.
        let interrupt = InterruptFlag()
        interrupt.start()
        defer { interrupt.stop() }
        let catalog = try fleet.catalogOptions.catalog()
        let counts = try FleetOptions.assignments(FleetOptions.joined(available), flag: "--available").mapValues { try FleetOptions.whole($0, flag: "--available") }
        let planner = try FleetPlanner(catalog: catalog, request: try fleet.request(accelerators: FleetOptions.list(accelerators), counts: counts))
        let demand = requestsPerSecond.map { Demand(requestsPerSecond: $0, peakToAverage: peakToAverage) }
            ?? Demand(tokensPerDay: tokensPerDay!, counting: count, peakToAverage: peakToAverage, mix: planner.request.mix)
        if let writeLP {
            try Self.writePrograms(planner.sizingPrograms(for: demand), to: writeLP, model: fleet.model, timeLimit: fleet.timeLimit)
            return
        }
        let progress = SolverProgressLine()
        let sizing = try planner.size(for: demand, shouldStop: { interrupt.isRaised }, progress: { progress.update($0) })
        progress.finish()
        print(try FleetFormatter.sizing(sizing, request: planner.request, format: fleet.format))
        if let plot { try OutputFile.write(FleetChart.svg(sizing, model: fleet.model), to: plot, flag: "--plot") }
        try FleetSizeCommand.exitIfInterrupted(interrupt)
    }
}

extension FleetSizeCommand {
    /// `--write-lp`: each program to `folder/<label>.lp`, then solved alone by branch and bound
    /// (the mix without the single-type start), one line each: the path, the objective found,
    /// the relaxations solved, and the seconds the solve took in this process, for comparing
    /// with GLPK and CBC (`scripts/compare-milp.sh`).
    static func writePrograms(_ programs: [(label: String, program: LinearProgram)], to folder: String, model: String, timeLimit: Double) throws {
        let clock = ContinuousClock()
        for (label, program) in programs {
            let path = folder + "/" + label.replacingOccurrences(of: " ", with: "-") + ".lp"
            try OutputFile.write(program.lpFormat(comment: "infercap fleet size: \(model), \(label)"), to: path, flag: "--write-lp")
            let start = clock.now
            let outcome = BranchAndBound.search(program, limits: SolverLimits(deadline: start + .seconds(timeLimit)))
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let found = outcome.solution.map { "\($0.objective) \($0.nodes)" } ?? "- -"
            print("\(path) \(found) \(String(format: "%.6f", seconds))")
        }
    }

    /// After a Ctrl-C: one line on standard error under the plans printed, and exit 130.
    static func exitIfInterrupted(_ interrupt: InterruptFlag) throws {
        guard interrupt.isRaised else { return }
        FileHandle.standardError.write(Data("interrupted: the plans above are the best found before Ctrl-C (see their notes for the proven gap)\n".utf8))
        throw ExitCode(InterruptFlag.exitStatus)
    }
}

/// `infercap fleet capacity`: the largest demand a stockpile serves.
struct FleetCapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "The largest demand a stockpile of chips serves within the SLOs, and the role each chip type takes.")

    @Option(help: "Chips on hand, e.g. h20=1000000,h100-sxm=20000,ascend-910b-376t=200000; repeatable.") var stockpile: [String]
    @Option(name: .customLong("peak-to-average"), help: "Peak load over the daily average (for tokens per day).") var peakToAverage: Double = 1
    @Option(help: "Also write the bar chart of chips per type and role (SVG) to this file.") var plot: String?
    @OptionGroup var fleet: FleetOptions

    func validate() throws { try OutputFile.check(plot, flag: "--plot") }

    func run() throws {
        let interrupt = InterruptFlag()
        interrupt.start()
        defer { interrupt.stop() }
        let catalog = try fleet.catalogOptions.catalog()
        let counts = try FleetOptions.assignments(FleetOptions.joined(stockpile), flag: "--stockpile").mapValues { try FleetOptions.whole($0, flag: "--stockpile") }
        guard !counts.isEmpty else { throw ValidationError("--stockpile needs at least one id=count") }
        let planner = try FleetPlanner(catalog: catalog, request: try fleet.request(accelerators: FleetOptions.list(FleetOptions.joined(stockpile) ?? "").map {
            String($0.split(separator: "=").first ?? "")
        }, counts: counts))
        let progress = SolverProgressLine()
        let plan = try planner.capacity(peakToAverage: peakToAverage, shouldStop: { interrupt.isRaised }, progress: { progress.update($0) })
        progress.finish()
        print(try FleetFormatter.capacity(plan, request: planner.request, format: fleet.format))
        if let plot { try OutputFile.write(FleetChart.svg(plan, title: "\(fleet.model): stockpile capacity, chips per role"), to: plot, flag: "--plot") }
        try FleetSizeCommand.exitIfInterrupted(interrupt)
    }
}

/// `infercap fleet claims`: the seed articles' claims, checked.
struct FleetClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Check the news claims: H20 vs H100 ('50%'), 910B vs H20 ('80%'), and how long a million H20s take for a token volume.")

    @Option(help: "Comma-separated models.") var models: String = "deepseek-r1,llama-3.1-70b"
    @Option(name: .customLong("volume-tokens"), help: "Tokens (prompt + output) the stockpile must serve.") var volumeTokens: Double = 2e12
    @Option(name: .customLong("stockpile-chips"), help: "H20s in the stockpile.") var stockpileChips: Int = 1_000_000
    @Option(help: "Engine per chip, id=engine,... (default: each chip's default engine, sglang on h20 and h100-sxm, vllm-ascend on ascend-910b-376t).")
    var engines: String?
    @OptionGroup var workload: FleetWorkloadOptions
    @Option(name: .customLong("time-limit"), help: "Seconds the optimiser may search each capacity question (above 0, at most 3600).")
    var timeLimit: Double = 5
    @Option(help: "table, json, csv or markdown") var format: OutputFormat = .table
    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        try FleetOptions.checkTimeLimit(timeLimit)
    }

    func run() throws {
        let catalog = try catalogOptions.catalog()
        guard (1...100_000_000).contains(stockpileChips) else { throw ValidationError("--stockpile-chips must be from 1 to 100000000") }
        var chosen: [String: String] = [:]
        if let engines {
            for (chip, engine) in try FleetOptions.namePairs(engines, flag: "--engines") {
                _ = try catalog.engine(named: engine)
                chosen[try catalog.accelerator(named: chip).id] = engine
            }
        }
        let report = try FleetPlanner.seedClaims(
            catalog: catalog, models: FleetOptions.list(models), mix: try workload.mix(), slo: workload.slo,
            volumeTokens: volumeTokens, stockpileChips: stockpileChips, engines: chosen, solverTimeLimitSeconds: timeLimit)
        print(try FleetFormatter.claims(report, slo: workload.slo, format: format))
    }
}
