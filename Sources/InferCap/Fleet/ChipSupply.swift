/// One accelerator type a fleet may use, with how many are on hand and what they cost.
///
/// Prices and power left nil come from the accelerator's spec (`price_usd`,
/// `rental_usd_per_hour`, `tdp_watts`). An owned chip costs `price / amortizationYears` plus
/// its electricity each year; a chip with only a rental price costs `rental x 8760` a year.
public struct ChipSupply: Sendable, Hashable {
    /// Accelerator id, alias or spec path.
    public var accelerator: String
    /// Chips available (nil: as many as needed).
    public var available: Int?
    /// Purchase price per chip in US dollars (overrides the spec).
    public var priceUSD: Double?
    /// Rental price per chip-hour in US dollars (overrides the spec).
    public var rentalUSDPerHour: Double?
    /// Chip power in watts (overrides the spec's TDP).
    public var watts: Double?

    /// A chip type on offer; nil fields fall back to the accelerator's spec.
    public init(accelerator: String, available: Int? = nil, priceUSD: Double? = nil, rentalUSDPerHour: Double? = nil, watts: Double? = nil) {
        self.accelerator = accelerator
        self.available = available
        self.priceUSD = priceUSD
        self.rentalUSDPerHour = rentalUSDPerHour
        self.watts = watts
    }
}

/// What one chip of a type costs and draws, resolved from a ``ChipSupply`` and its spec.
public struct ChipEconomics: Sendable, Hashable {
    /// Accelerator id.
    public var accelerator: String
    /// Purchase price per chip, US dollars (nil when unknown or rented).
    public var priceUSD: Double?
    /// Rental per chip-hour, US dollars (used only without a purchase price).
    public var rentalUSDPerHour: Double?
    /// Chip power at full load, watts (nil when unknown).
    public var watts: Double?
    /// Facility watts per chip at full load (chip, server share, PUE).
    public var facilityWatts: Double?
    /// Capital cost per chip, US dollars (0 when rented).
    public var capexUSD: Double?
    /// Operating cost per chip per year: electricity when owned, rent when rented.
    public var opexUSDPerYear: Double?
    /// Write-off plus operating cost per chip per year (nil when no price is known).
    public var annualCostUSD: Double?
    /// How the cost was formed: `owned`, `rented` or `unknown`.
    public var basis: String

    /// Economics given directly: a yearly cost per chip and nothing else.
    init(accelerator: String, annualCostUSD: Double) {
        self.accelerator = accelerator
        capexUSD = 0
        opexUSDPerYear = annualCostUSD
        self.annualCostUSD = annualCostUSD
        basis = "rented"
    }

    init(accelerator: Accelerator, supply: ChipSupply, assumptions: CostAssumptions) {
        self.accelerator = accelerator.id
        priceUSD = supply.priceUSD ?? accelerator.priceUSD
        rentalUSDPerHour = supply.rentalUSDPerHour ?? accelerator.rentalUSDPerHour
        watts = supply.watts ?? accelerator.tdpWatts
        facilityWatts = watts.map { assumptions.facilityWatts(chipWatts: $0) }
        let energyPerYear = facilityWatts.map { $0 / 1000 * CostAssumptions.hoursPerYear * assumptions.electricityUSDPerKilowattHour }
        if let price = priceUSD, let energy = energyPerYear {
            capexUSD = price
            opexUSDPerYear = energy
            annualCostUSD = price / assumptions.amortizationYears + energy
            basis = "owned"
        } else if let rental = rentalUSDPerHour {
            capexUSD = 0
            opexUSDPerYear = rental * CostAssumptions.hoursPerYear
            annualCostUSD = opexUSDPerYear
            basis = "rented"
        } else {
            basis = "unknown"
        }
    }
}

extension ChipEconomics: Encodable {
    enum CodingKeys: String, CodingKey {
        case accelerator, priceUSD = "price_usd", rentalUSDPerHour = "rental_usd_per_hour", watts
        case facilityWatts = "facility_watts", capexUSD = "capex_usd", opexUSDPerYear = "opex_usd_per_year"
        case annualCostUSD = "annual_cost_usd", basis
    }
}
