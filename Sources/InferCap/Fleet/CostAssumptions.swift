import Foundation

/// How chips turn into money and power: electricity price, data-centre overhead, the server
/// around each chip, and how long hardware is written off over.
///
/// Loaded from `specs/fleet/cost-assumptions.json` (each value with its source) or given by
/// the caller. Facility power per chip = `tdp x (1 + serverOverheadFraction) x pue`.
public struct CostAssumptions: Sendable, Hashable {
    /// Electricity price in US dollars per kWh.
    public var electricityUSDPerKilowattHour: Double
    /// Power usage effectiveness of the data centre (facility power / IT power).
    public var powerUsageEffectiveness: Double
    /// Server power beyond the chips (CPUs, NICs, fans, switches), as a fraction of chip TDP.
    public var serverOverheadFraction: Double
    /// Years over which a purchase is written off (straight line).
    public var amortizationYears: Double
    /// Where each value came from.
    public var sources: [String: String]

    /// Assumptions given directly (see the properties for units).
    public init(
        electricityUSDPerKilowattHour: Double, powerUsageEffectiveness: Double, serverOverheadFraction: Double,
        amortizationYears: Double, sources: [String: String] = [:]
    ) {
        self.electricityUSDPerKilowattHour = electricityUSDPerKilowattHour
        self.powerUsageEffectiveness = powerUsageEffectiveness
        self.serverOverheadFraction = serverOverheadFraction
        self.amortizationYears = amortizationYears
        self.sources = sources
    }

    /// Hours in a year.
    public static let hoursPerYear = 8_760.0

    /// The built-in assumptions (`specs/fleet/cost-assumptions.json`).
    public static func bundled() throws(InferCapError) -> CostAssumptions {
        guard let root = Catalog.bundledSpecsDirectory else { throw SpecsLocation.missing }
        return try load(path: (root as NSString).appendingPathComponent("fleet/cost-assumptions.json"))
    }

    /// Reads a cost-assumptions file.
    public static func load(path: String) throws(InferCapError) -> CostAssumptions {
        try InferCapError.narrowing { try untypedLoad(path: path) }
    }

    private static func untypedLoad(path: String) throws -> CostAssumptions {
        let document = try JSONDocument.load(path: path)
        let assumptions = CostAssumptions(
            electricityUSDPerKilowattHour: try document.number("electricity_usd_per_kwh"),
            powerUsageEffectiveness: try document.number("power_usage_effectiveness"),
            serverOverheadFraction: try document.number("server_overhead_fraction"),
            amortizationYears: try document.number("amortization_years"),
            sources: (document.fields["sources"] as? [String: String]) ?? [:])
        try assumptions.validate(path: path)
        return assumptions
    }

    func validate(path: String = "cost assumptions") throws {
        let checks: [(String, Double, ClosedRange<Double>, String)] = [
            ("electricity_usd_per_kwh", electricityUSDPerKilowattHour, 0...10, "a price in US dollars per kWh, e.g. 0.088"),
            ("power_usage_effectiveness", powerUsageEffectiveness, 1...5, "a PUE from 1 to 5, e.g. 1.3"),
            ("server_overhead_fraction", serverOverheadFraction, 0...10, "a fraction of chip TDP, e.g. 0.8"),
            ("amortization_years", amortizationYears, 0.1...30, "years, e.g. 4"),
        ]
        for (field, value, range, fix) in checks where !(value.isFinite && range.contains(value)) {
            throw InferCapError.invalidField(path: path, field: field, problem: "is \(value), out of range", fix: "use \(fix)")
        }
    }

    /// Facility watts one chip draws at full load.
    public func facilityWatts(chipWatts: Double) -> Double {
        chipWatts * (1 + serverOverheadFraction) * powerUsageEffectiveness
    }
}
