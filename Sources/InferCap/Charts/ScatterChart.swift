import Foundation

/// The validation chart: every replayed measurement as predicted (y) against measured (x) on
/// log–log axes, one colour per metric, with the identity line and shaded ±10% and ±25% bands.
/// TPOT and TTFT are plotted in milliseconds, throughput in output tokens/s per chip, so the
/// three metrics share one chart.
public enum ScatterChart {
    /// The chart as a standalone SVG document; rows with a non-positive or non-finite value are
    /// left out.
    public static func svg(_ report: ValidationReport, title: String = "Predicted vs measured") -> String {
        let metrics = ["tokens_per_second_per_chip", "tpot", "ttft"]
        func scaled(_ row: ValidationReport.Row) -> (measured: Double, predicted: Double) {
            let factor = row.metric.hasPrefix("tokens") ? 1.0 : 1000
            return (row.measured * factor, row.predicted * factor)
        }
        let rows = report.rows.filter {
            let v = scaled($0)
            return v.measured > 0 && v.predicted > 0 && v.measured.isFinite && v.predicted.isFinite
        }
        let known = metrics.filter { m in rows.contains { $0.metric == m } }
        let order = known + Array(Set(rows.map(\.metric)).subtracting(metrics)).sorted()
        let values = rows.flatMap { [scaled($0).measured, scaled($0).predicted] }
        let low = Axis.niceBelow(values.min() ?? 1), high = Axis.niceAbove(values.max() ?? 10)
        let upper = high > low ? high : low * 10
        let unit = "tokens/s per chip; ms for TPOT, TTFT"
        let x = Axis(scale: .log10, lower: low, upper: upper, start: ChartFrame.plotLeft, end: ChartFrame.plotRight, label: "measured (\(unit))")
        let y = Axis(scale: .log10, lower: low, upper: upper, start: ChartFrame.plotBottom, end: ChartFrame.plotTop, label: "predicted")
        var svg = SVGDocument(width: ChartFrame.width, height: ChartFrame.height)
        ChartFrame.draw(
            into: &svg, title: title, subtitle: "\(rows.count) published measurements replayed; on the diagonal = exact, shaded = within ±10% / ±25%",
            x: x, y: y)
        for (band, shade) in [(0.25, 0.10), (0.10, 0.16)] {
            svg.polygon(Self.band(lowRatio: 1 - band, highRatio: 1 + band, x: x, y: y), fill: "#4a7", opacity: shade)
        }
        svg.line(x1: x.position(low), y1: y.position(low), x2: x.position(upper), y2: y.position(upper), stroke: "#333", width: 1.2, dash: "4 3")
        // The identity's label sits right of the line, a fifth of the way in from the top right corner.
        let labelAt = Foundation.pow(10, Foundation.log10(low) + 0.8 * Foundation.log10(upper / low))
        svg.text("y = x (exact)", x: x.position(labelAt) + 10, y: y.position(labelAt) + 4, size: 11, fill: "#333")
        var legend: [(name: String, colour: String, dashed: Bool)] = []
        for (index, metric) in order.enumerated() {
            let colour = ChartFrame.colour(index)
            for row in rows where row.metric == metric {
                let v = scaled(row)
                svg.circle(x: x.position(v.measured), y: y.position(v.predicted), radius: 3.5, fill: colour)
            }
            let count = rows.filter { $0.metric == metric }.count
            legend.append((name: "\(Self.name(metric)) (\(count))", colour: colour, dashed: false))
        }
        legend.append((name: "identity", colour: "#333", dashed: true))
        ChartFrame.legend(into: &svg, title: "metric (points)", entries: legend)
        let left = ChartFrame.plotRight + 20, top = ChartFrame.plotTop + 32 + Double(legend.count) * 22 + 4
        svg.rect(x: left, y: top - 10, width: 22, height: 10, fill: "#cfe6d6")
        svg.text("within ±10%", x: left + 30, y: top, size: 12)
        svg.rect(x: left, y: top + 12, width: 22, height: 10, fill: "#e6f2ea")
        svg.text("within ±25%", x: left + 30, y: top + 22, size: 12)
        return svg.render()
    }

    /// A reader's name for a metric key.
    static func name(_ metric: String) -> String {
        switch metric {
        case "tokens_per_second_per_chip": return "tokens/s per chip"
        case "tpot": return "TPOT (ms)"
        case "ttft": return "TTFT (ms)"
        default: return metric
        }
    }

    /// The region between y = lowRatio·x and y = highRatio·x inside the square domain, as pixels:
    /// the clamped boundaries are straight between their breakpoints on log axes.
    static func band(lowRatio: Double, highRatio: Double, x: Axis, y: Axis) -> [(x: Double, y: Double)] {
        let lo = x.lower, hi = x.upper
        let breaks = ([lo, hi, lo / lowRatio, hi / lowRatio, lo / highRatio, hi / highRatio].filter { $0 >= lo && $0 <= hi }).sorted()
        func clamp(_ v: Double) -> Double { min(hi, max(lo, v)) }
        let lower = breaks.map { (x: x.position($0), y: y.position(clamp(lowRatio * $0))) }
        let upper = breaks.reversed().map { (x: x.position($0), y: y.position(clamp(highRatio * $0))) }
        return lower + upper
    }
}
