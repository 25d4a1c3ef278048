import Foundation

/// Bar charts of fleets: each chip type alone against the best mix (chips, $ per million output
/// tokens, megawatts), and the chips a stockpile's plan puts in each role.
public enum FleetChart {
    /// The sizing comparison: one row per plan (each chip type alone, then the best mix,
    /// highlighted), panels for chips, $/M output tokens and megawatts.
    public static func svg(_ sizing: FleetSizing, model: String? = nil) -> String {
        let plans = sizing.alone + [sizing.bestMix]
        let demand = sizing.bestMix
        let subtitle = String(
            format: "%@%@ tokens/day, peak %.0f req/s, TPOT ≤ %.0f ms", model.map { "\($0): " } ?? "",
            Axis.tickLabel(demand.tokensPerDay), demand.requestsPerSecond, demand.tpotSeconds * 1000)
        return BarChart(
            title: "Fleet for the demand: each chip type alone vs the best mix", subtitle: subtitle,
            categories: plans.map(\.label),
            panels: [
                .init(title: "chips", values: plans.map { Double($0.chips) }),
                .init(title: "$ per million output tokens", values: plans.map(\.usdPerMillionOutputTokens)) { String(format: "$%.2f", $0) },
                .init(title: "power, MW", values: plans.map(\.megawatts)) { String(format: $0 < 100 ? "%.3g MW" : "%.0f MW", $0) },
            ],
            highlighted: plans.count - 1
        ).svg()
    }

    /// A plan's chips per chip type and role (prefill, decode, aggregated), one bar each.
    public static func svg(_ plan: FleetPlan, title: String = "Stockpile capacity: chips per role") -> String {
        var order: [String] = []
        var chips: [String: Int] = [:]
        for pool in plan.pools {
            let key = "\(pool.option.accelerator) \(pool.option.role.rawValue)"
            if chips[key] == nil { order.append(key) }
            chips[key, default: 0] += pool.chips
        }
        let subtitle = String(
            format: "serves %.0f req/s at peak (%@ tokens/day); %d chips used", plan.requestsPerSecond, Axis.tickLabel(plan.tokensPerDay), plan.chips)
        return BarChart(
            title: title, subtitle: subtitle, categories: order,
            panels: [.init(title: "chips", values: order.map { Double(chips[$0] ?? 0) })]
        ).svg()
    }
}
