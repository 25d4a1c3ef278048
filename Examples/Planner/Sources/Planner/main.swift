// A capacity plan: how many chips of each kind serve a demand at an SLO.
import Foundation
import InferCap

/// The example's own spec files, beside its Package.swift.
let specs = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("specs").path

/// What the service must deliver: output tokens per second over all users, at these request
/// shapes and latency targets.
struct Demand {
    var outputTokensPerSecond: Double
    var workload: Workload
}

/// One chip's answer to the demand.
struct Line {
    var estimate: Estimate
    var deployments: Int
    var chips: Int
    var capitalUSD: Double?
}

do {
    // 1. The built-in catalog, plus a chip and a model of our own read from disk.
    var catalog = try Catalog()
    let chip = try Accelerator(contentsOfFile: "\(specs)/acme-x1.json")
    catalog.add(chip)
    let model = try ModelEntry(huggingFaceConfigAt: "\(specs)/my-model")
    catalog.add(model)

    // 2. The demand.
    let demand = Demand(
        outputTokensPerSecond: 20_000,
        workload: Workload(
            inputTokens: 2048, outputTokens: 512, slo: LatencySLO(tpotSeconds: 0.050, ttftSeconds: 2.0)))

    // 3. One estimate per chip, each in its best standard layout at the SLO; whole deployments.
    var lines: [Line] = []
    for name in [chip.id, "h20", "h100-sxm"] {
        let estimate = try catalog.estimate(EstimateRequest(model: model.id, accelerator: name, workload: demand.workload))
        let perDeployment = estimate.serving.outputTokensPerSecondPerChip * Double(estimate.chips)
        let deployments = Int((demand.outputTokensPerSecond / perDeployment).rounded(.up))
        let chips = deployments * estimate.chips
        let price = try catalog.accelerator(named: name).priceUSD
        lines.append(Line(estimate: estimate, deployments: deployments, chips: chips, capitalUSD: price.map { $0 * Double(chips) }))
    }
    lines.sort { ($0.capitalUSD ?? .infinity, $0.chips) < ($1.capitalUSD ?? .infinity, $1.chips) }

    // 4. The plan.
    let slo = demand.workload.slo!
    print("Plan for \(model.id) (\(String(format: "%.1f", model.architecture.totalParameters / 1e9))B parameters): "
        + "\(Int(demand.outputTokensPerSecond)) output tokens/s, \(demand.workload.inputTokens) in / "
        + "\(demand.workload.outputTokens) out per request, TPOT ≤ \(Int(slo.tpotSeconds! * 1000)) ms, "
        + "TTFT ≤ \(Int(slo.ttftSeconds! * 1000)) ms\n")
    let header = ["accelerator", "layout", "weights", "batch", "TPOT ms", "TTFT ms", "tok/s/chip", "deployments", "chips", "price"]
    let rows = lines.map { line -> [String] in
        let e = line.estimate
        let p = e.parallelism
        return [
            e.accelerator, "\(e.chips) chips tp\(p.tp) pp\(p.pp) dp\(p.dp)", e.weightDType.rawValue, "\(e.batch)",
            String(format: "%.1f", e.serving.tpotSeconds * 1000), String(format: "%.0f", e.serving.ttftSeconds * 1000),
            String(format: "%.0f", e.serving.outputTokensPerSecondPerChip), "\(line.deployments)", "\(line.chips)",
            line.capitalUSD.map { String(format: "$%.2fM", $0 / 1e6) } ?? "-",
        ]
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
    for row in [header] + rows {
        let line = row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        print(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
    }
    let best = lines[0]
    print("\nCheapest: \(best.chips) x \(best.estimate.accelerator) (\(best.deployments) deployments of \(best.estimate.chips)).")
    for line in lines {
        for band in line.estimate.confidence where band.metric == "tokens_per_second_per_chip" {
            print("  \(line.estimate.accelerator): predicted/measured tokens/s per chip typically "
                + String(format: "%.2f to %.2f", band.lowRatio, band.highRatio)
                + (band.extrapolating ? " (extrapolating: no measurements for this chip family)" : ""))
        }
    }
} catch {
    // `error` is an InferCapError: every public call above throws only that type.
    FileHandle.standardError.write(Data("planner: \(error.description)\n".utf8))
    exit(2)
}
