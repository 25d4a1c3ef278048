/// The Pareto frontier chart of a sweep: one line with markers per accelerator, output tokens/s
/// per chip (y) against tokens/s per user (x), log scales where the data span more than 1.5
/// decades, and an optional vertical line at the speed a TPOT SLO demands.
public enum ParetoChart {
    /// The chart as a standalone SVG document.
    ///
    /// - Parameters:
    ///   - result: a sweep (`Catalog.sweep`); accelerators without frontier points are left out
    ///     of the plot but named in the legend as "(no points)".
    ///   - tpotSLOSeconds: draws the SLO line at 1 / TPOT tokens/s per user.
    ///   - title: defaults to "<model>: Pareto frontier".
    public static func svg(_ result: SweepResult, tpotSLOSeconds: Double? = nil, title: String? = nil) -> String {
        var svg = SVGDocument(width: ChartFrame.width, height: ChartFrame.height)
        let points = result.frontiers.flatMap(\.points)
        var xs = points.map(\.tokensPerSecondPerUser)
        let slo = tpotSLOSeconds.flatMap { $0 > 0 && $0.isFinite ? 1 / $0 : nil }
        if let slo { xs.append(slo) }
        let x = Axis.fitting(
            xs, start: ChartFrame.plotLeft, end: ChartFrame.plotRight, label: "tokens/s per user (1 / TPOT)")
        let y = Axis.fitting(
            points.map(\.outputTokensPerSecondPerChip), start: ChartFrame.plotBottom, end: ChartFrame.plotTop,
            label: "output tokens/s per chip")
        ChartFrame.draw(
            into: &svg, title: title ?? "\(result.model): Pareto frontier", subtitle: "each point is the best deployment (layout, precision, batch) at that speed; up and right is better",
            x: x, y: y)
        var legend: [(name: String, colour: String, dashed: Bool)] = []
        for (index, frontier) in result.frontiers.enumerated() {
            let colour = ChartFrame.colour(index)
            let sorted = frontier.points.filter { $0.tokensPerSecondPerUser.isFinite && $0.outputTokensPerSecondPerChip.isFinite }
                .sorted { $0.tokensPerSecondPerUser < $1.tokensPerSecondPerUser }
            let pixels = sorted.map { (x: x.position($0.tokensPerSecondPerUser), y: y.position($0.outputTokensPerSecondPerChip)) }
            svg.polyline(pixels, stroke: colour)
            // Markers thinned to one per 6 px of x so dense frontiers stay readable.
            var lastX = -Double.infinity
            for p in pixels where p.x - lastX >= 6 {
                svg.circle(x: p.x, y: p.y, radius: 3, fill: colour)
                lastX = p.x
            }
            legend.append((name: frontier.accelerator + (sorted.isEmpty ? " (no points)" : ""), colour: colour, dashed: false))
        }
        if let slo, let tpot = tpotSLOSeconds {
            let px = x.position(slo)
            svg.line(x1: px, y1: ChartFrame.plotTop, x2: px, y2: ChartFrame.plotBottom, stroke: "#B22222", width: 1.5, dash: "6 4")
            let nearRight = px > ChartFrame.plotRight - 120
            svg.text(
                "TPOT SLO \(Axis.tickLabel(tpot * 1000)) ms", x: nearRight ? px - 4 : px + 4, y: ChartFrame.plotTop + 14, size: 11,
                anchor: nearRight ? .end : .start, fill: "#B22222")
            legend.append((name: "TPOT SLO", colour: "#B22222", dashed: true))
        }
        ChartFrame.legend(into: &svg, title: "accelerator", entries: legend)
        return svg.render()
    }
}
