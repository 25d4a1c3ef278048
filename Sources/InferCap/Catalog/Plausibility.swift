/// The plausible range of one datasheet figure, and the unit mistakes that land outside it.
///
/// A bandwidth of 3.35 in a field that wants bytes per second is almost certainly TB/s typed
/// as bytes: rather than estimate a chip a trillion times too slow, the loader refuses the
/// file and says which unit the number looks like and what to write instead. Ranges are for
/// one chip package of any generation InferCap models (A100 to B200, Ascend 910B/C), with
/// an order of magnitude of room on both sides.
struct Plausibility: Sendable {
    /// A larger unit a value below `below` was probably typed in.
    struct UnitGuess: Sendable {
        /// Values under this (and above the previous guess's bound) look like `unit`.
        let below: Double
        /// The unit it looks like, e.g. "TB/s".
        let unit: String
        /// Multiply by this to get the field's unit.
        let factor: Double
    }

    /// The unit the field is written in, as said in errors ("bytes per second").
    let unit: String
    /// Values a real chip has.
    let range: ClosedRange<Double>
    /// A correct value to show in the fix, e.g. "3.35e12".
    let example: String
    /// Unit mistakes to recognise below the range, smallest bound first.
    let guesses: [UnitGuess]

    /// Throws ``InferCapError/invalidField(path:field:problem:fix:)`` when `value` is outside
    /// the range, naming the unit mistake when one fits.
    func check(_ value: Double, path: String, field: String) throws {
        if value > range.upperBound {
            throw InferCapError.invalidField(
                path: path, field: field,
                problem: "is \(JSONDocument.format(value)) \(unit), above the \(JSONDocument.format(range.upperBound)) plausible for one chip",
                fix: "write \(unit) for one chip, e.g. \(example)")
        }
        guard value < range.lowerBound else { return }
        if let guess = guesses.first(where: { value < $0.below }) {
            throw InferCapError.invalidField(
                path: path, field: field,
                problem: "is \(JSONDocument.format(value)), which looks like \(guess.unit) typed as \(unit)",
                fix: "write \(unit): \(JSONDocument.format(value)) \(guess.unit) = \(JSONDocument.format(value * guess.factor))")
        }
        throw InferCapError.invalidField(
            path: path, field: field,
            problem: "is \(JSONDocument.format(value)) \(unit), below the \(JSONDocument.format(range.lowerBound)) plausible for one chip",
            fix: "write \(unit) for one chip, e.g. \(example)")
    }
}

extension Plausibility {
    /// Dense matrix FLOP/s of one precision: 100 GFLOP/s to 100 PFLOP/s.
    static let flops = Plausibility(
        unit: "FLOP/s", range: 1e11...1e17, example: "9.894e14",
        guesses: [.init(below: 1e5, unit: "TFLOPS", factor: 1e12), .init(below: 1e8, unit: "GFLOPS", factor: 1e9)])
    /// Device memory: 1 GB to 10 TB.
    static let memory = Plausibility(
        unit: "bytes", range: 1e9...1e13, example: "85899345920 (80 GiB)",
        guesses: [.init(below: 1e4, unit: "GiB", factor: 1_073_741_824), .init(below: 1e7, unit: "MiB", factor: 1_048_576)])
    /// Memory bandwidth: 10 GB/s to 100 TB/s.
    static let memoryBandwidth = Plausibility(
        unit: "bytes per second", range: 1e10...1e14, example: "3.35e12 (3.35 TB/s)",
        guesses: [.init(below: 100, unit: "TB/s", factor: 1e12), .init(below: 1e6, unit: "GB/s", factor: 1e9)])
    /// One direction of a link, per chip: 100 MB/s to 10 TB/s.
    static let linkBandwidth = Plausibility(
        unit: "bytes per second", range: 1e8...1e13, example: "4.5e11 (450 GB/s)",
        guesses: [.init(below: 1e5, unit: "GB/s", factor: 1e9), .init(below: 1e7, unit: "MB/s", factor: 1e6)])
    /// Thermal design power: 10 W to 20 kW.
    static let power = Plausibility(
        unit: "watts", range: 10...20_000, example: "700",
        guesses: [.init(below: 10, unit: "kW", factor: 1000)])
    /// Purchase price: $100 to $10M per chip.
    static let price = Plausibility(unit: "US dollars", range: 100...1e7, example: "27500", guesses: [])
    /// Rental: 1 cent to $1000 per chip-hour.
    static let rental = Plausibility(unit: "US dollars per hour", range: 0.01...1000, example: "2.3", guesses: [])
}
