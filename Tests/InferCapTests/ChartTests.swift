import Foundation
import Testing
@testable import InferCap

/// The SVG writer, the axes and the three chart builders.
@Suite("Charts")
struct ChartTests {
    @Test("text is escaped for XML")
    func escaping() {
        #expect(SVGDocument.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
        var svg = SVGDocument(width: 10, height: 10)
        svg.text("<script>", x: 1, y: 1)
        #expect(svg.render().contains("&lt;script&gt;"))
        #expect(!svg.render().contains("<script>"))
    }

    @Test("numbers have one decimal and are never nan or inf")
    func numbers() {
        #expect(SVGDocument.number(1.25) == "1.2" || SVGDocument.number(1.25) == "1.3")
        #expect(SVGDocument.number(3) == "3")
        #expect(SVGDocument.number(.nan) == "0")
        #expect(SVGDocument.number(-.infinity) == "0")
        #expect(SVGDocument.number(-0.01) == "0")
    }

    @Test("nice steps and linear ticks", arguments: [(0.0, 97.0), (0.0, 1.0), (-3.0, 12.0), (0.0, 15_000.0)])
    func linearTicks(bounds: (Double, Double)) {
        let axis = Axis.fitting([bounds.0, bounds.1], start: 0, end: 100, label: "x", logWhenDecades: nil)
        let ticks = axis.ticks(maxCount: 8)
        #expect(ticks.count >= 2 && ticks.count <= 8)
        #expect(axis.lower <= bounds.0 && axis.upper >= bounds.1)
        let step = ticks[1] - ticks[0]
        let mantissa = step / pow(10, log10(step).rounded(.down))
        #expect([1.0, 2, 5].contains { abs($0 - mantissa) < 1e-9 })
        #expect(Axis.niceStep(0.37) == 0.5 && Axis.niceStep(7) == 10 && Axis.niceStep(2) == 2)
    }

    @Test("log scale: decades are equal distances, the domain snaps to 1-2-5 values")
    func logScale() {
        let axis = Axis.fitting([3, 4000], start: 0, end: 300, label: "y")
        #expect(axis.scale == .log10)
        #expect(axis.lower == 2 && axis.upper == 5000)
        let d1 = axis.position(100) - axis.position(10), d2 = axis.position(1000) - axis.position(100)
        #expect(abs(d1 - d2) < 1e-9)
        #expect(axis.position(axis.lower) == 0 && abs(axis.position(axis.upper) - 300) < 1e-9)
        #expect(axis.ticks(maxCount: 10) == [10, 100, 1000])
        #expect(Axis.fitting([10, 20], start: 0, end: 1, label: "z").scale == .linear)
        #expect(Axis.tickLabel(1500) == "1.5k" && Axis.tickLabel(2e12) == "2T" && Axis.tickLabel(0.05) == "0.05")
    }

    static func point(_ accelerator: String, _ user: Double, _ chip: Double) -> FrontierPoint {
        FrontierPoint(
            accelerator: accelerator, chips: 8, parallelism: Parallelism(tp: 8), weightDType: .fp8, batch: 16,
            outputTokensPerSecondPerChip: chip, tokensPerSecondPerUser: user, tpotSeconds: 1 / user, ttftSeconds: 0.5)
    }

    @Test("Pareto chart: one series per accelerator, legend names, SLO line, finite numbers")
    func pareto() {
        let result = SweepResult(
            model: "m<1>", frontier: [],
            frontiers: [
                .init(accelerator: "h20", points: [Self.point("h20", 10, 900), Self.point("h20", 40, 300), Self.point("h20", 120, 5)]),
                .init(accelerator: "h100-sxm", points: [Self.point("h100-sxm", 15, 2500), Self.point("h100-sxm", 150, 8)]),
            ],
            deployments: 2, candidates: 2, evaluatedPoints: 5, cancelled: false)
        let svg = ParetoChart.svg(result, tpotSLOSeconds: 0.05)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.contains(">h20<") && svg.contains(">h100-sxm<") && svg.contains("TPOT SLO 50 ms"))
        #expect(svg.contains("m&lt;1&gt;: Pareto frontier"))
        #expect(svg.contains("(log scale)"))
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
    }

    @Test("bar chart: a bar per value, value labels, n/a for missing values")
    func bars() {
        let svg = BarChart(
            title: "Fleet", categories: ["a alone", "best mix"],
            panels: [.init(title: "chips", values: [100, 40]), .init(title: "$/M", values: [nil, 0.2])], highlighted: 1
        ).svg()
        #expect(svg.contains(">100<") && svg.contains(">40<") && svg.contains(">n/a<") && svg.contains(">best mix<"))
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
    }

    @Test("scatter: identity line, both bands, a colour per metric, on the bundled validation set")
    func scatter() throws {
        let catalog = try Catalog()
        let report = ValidationReport.run(try ReferenceSet.bundled(), replay: Replay(catalog: catalog))
        let svg = ScatterChart.svg(report)
        #expect(svg.contains("y = x"))
        #expect(svg.contains("within ±10%") && svg.contains("within ±25%"))
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 2)
        for metric in ["tokens/s per chip", "TPOT (ms)", "TTFT (ms)"] { #expect(svg.contains(metric)) }
        #expect(svg.components(separatedBy: "<circle").count - 1 == report.rows.count)
        #expect(!svg.lowercased().contains("nan") && !svg.contains("inf"))
    }
}
