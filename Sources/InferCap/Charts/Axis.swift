import Foundation

/// One axis of a chart: a scale (linear or log10) from a data domain onto a pixel range, the
/// "nice" tick values (1, 2 or 5 times a power of ten) and their labels.
public struct Axis: Sendable, Hashable {
    /// How data values map onto the axis.
    public enum Scale: String, Sendable, Hashable {
        /// Equal steps of value are equal distances.
        case linear
        /// Equal ratios of value are equal distances (base 10); the domain must be positive.
        case log10
    }

    /// The scale.
    public var scale: Scale
    /// The smallest value on the axis (a tick value).
    public var lower: Double
    /// The largest value on the axis (a tick value).
    public var upper: Double
    /// Pixel position of `lower`.
    public var start: Double
    /// Pixel position of `upper` (smaller than `start` for a vertical axis drawn upwards).
    public var end: Double
    /// Axis title with its unit, e.g. "output tokens/s per chip".
    public var label: String

    /// An axis over `lower...upper` drawn from pixel `start` to `end`.
    public init(scale: Scale, lower: Double, upper: Double, start: Double, end: Double, label: String) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.start = start
        self.end = end
        self.label = label
    }

    /// An axis whose domain covers `values`, widened to nice tick values: a log10 scale when
    /// `logWhenDecades` is given and the positive values span more than that many decades,
    /// else linear (from 0 when `fromZero`). Non-finite values are ignored.
    public static func fitting(
        _ values: [Double], start: Double, end: Double, label: String, logWhenDecades: Double? = 1.5, fromZero: Bool = true
    ) -> Axis {
        let finite = values.filter(\.isFinite)
        let positive = finite.filter { $0 > 0 }
        if let decades = logWhenDecades, let low = positive.min(), let high = positive.max(), Foundation.log10(high / low) > decades {
            return Axis(scale: .log10, lower: Self.niceBelow(low), upper: Self.niceAbove(high), start: start, end: end, label: label)
        }
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if fromZero { low = min(0, low) }
        if high <= low { high = low + (low == 0 ? 1 : abs(low)) }
        let step = Self.niceStep((high - low) / 5)
        return Axis(
            scale: .linear, lower: (low / step).rounded(.down) * step, upper: (high / step).rounded(.up) * step,
            start: start, end: end, label: label)
    }

    /// Pixel position of a value; values outside the domain extrapolate, non-finite or
    /// non-positive values on a log scale go to `start`.
    public func position(_ value: Double) -> Double {
        let fraction: Double
        switch scale {
        case .linear: fraction = (value - lower) / (upper - lower)
        case .log10:
            guard value > 0 else { return start }
            fraction = Foundation.log10(value / lower) / Foundation.log10(upper / lower)
        }
        guard fraction.isFinite else { return start }
        return start + fraction * (end - start)
    }

    /// Tick values inside the domain, at most `maxCount`: for linear scales a nice step;
    /// for log scales the powers of ten, with 2 and 5 times them when the domain spans less
    /// than two decades, every other power when there are too many.
    public func ticks(maxCount: Int = 8) -> [Double] {
        let limit = max(2, maxCount)
        switch scale {
        case .linear:
            var step = Self.niceStep((upper - lower) / Double(limit - 1))
            while (upper - lower) / step + 1 > Double(limit) + 1e-9 { step = Self.niceStep(step * 1.01) }
            let first = (lower / step - 1e-9).rounded(.up)
            let last = (upper / step + 1e-9).rounded(.down)
            guard first <= last else { return [lower, upper] }
            return stride(from: first, through: last, by: 1).map { $0 * step }
        case .log10:
            let low = Int(Foundation.log10(lower).rounded(.down)), high = Int(Foundation.log10(upper).rounded(.up))
            let multipliers: [Double] = high - low <= 2 ? [1, 2, 5] : [1]
            var values: [Double] = []
            for power in low...high {
                for m in multipliers {
                    let v = m * Foundation.pow(10, Double(power))
                    if v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9) { values.append(v) }
                }
            }
            var every = 1
            while values.count > limit * every { every += 1 }
            return values.enumerated().filter { $0.offset % every == 0 }.map(\.element)
        }
    }

    /// A compact tick label: 1.5k, 20k, 3M, 2T, 0.05 (at most three significant digits).
    public static func tickLabel(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let magnitude = abs(value)
        func trim(_ v: Double) -> String {
            var text = String(format: v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3g", v)
            if text.contains(".") && !text.contains("e") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text
        }
        let sign = value < 0 ? "-" : ""
        if magnitude >= 1e12 { return sign + trim(magnitude / 1e12) + "T" }
        if magnitude >= 1e9 { return sign + trim(magnitude / 1e9) + "G" }
        if magnitude >= 1e6 { return sign + trim(magnitude / 1e6) + "M" }
        if magnitude >= 1e3 { return sign + trim(magnitude / 1e3) + "k" }
        return sign + trim(magnitude)
    }

    /// The nice step (1, 2 or 5 times a power of ten) at or above `raw`.
    public static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let power = Foundation.pow(10, Foundation.log10(raw).rounded(.down))
        for m in [1.0, 2, 5, 10] where m * power >= raw * (1 - 1e-9) { return m * power }
        return 10 * power
    }

    /// The largest 1, 2 or 5 times a power of ten at or below a positive value.
    public static func niceBelow(_ value: Double) -> Double {
        let power = Foundation.pow(10, Foundation.log10(value).rounded(.down))
        return [5.0, 2, 1].map { $0 * power }.first { $0 <= value * (1 + 1e-9) } ?? power
    }

    /// The smallest 1, 2 or 5 times a power of ten at or above a positive value.
    public static func niceAbove(_ value: Double) -> Double {
        let power = Foundation.pow(10, Foundation.log10(value).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value * (1 - 1e-9) } ?? 10 * power
    }
}
