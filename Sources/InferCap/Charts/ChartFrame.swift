/// The common layout of the x–y charts: a title on top, the plot area with grid, ticks and
/// axis titles, and the legend in a column right of the plot so it never covers data.
struct ChartFrame {
    static let width = 900.0, height = 500.0
    static let plotLeft = 84.0, plotTop = 56.0, plotRight = 700.0, plotBottom = 430.0

    /// Colour-blind-safe series colours (Okabe–Ito), reused cyclically.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    static func colour(_ index: Int) -> String { palette[index % palette.count] }

    /// Draws title, subtitle, grid, ticks (labels thinned so they cannot overlap) and axis titles.
    static func draw(into svg: inout SVGDocument, title: String, subtitle: String?, x: Axis, y: Axis) {
        svg.text(title, x: plotLeft, y: 26, size: 17, weight: "bold")
        if let subtitle { svg.text(subtitle, x: plotLeft, y: 44, size: 12, fill: "#555") }
        svg.rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop, fill: "#fbfbfb", stroke: "#999")
        // At least 60 px between x labels, 24 px between y labels.
        let xTicks = x.ticks(maxCount: max(2, Int((plotRight - plotLeft) / 60)))
        let yTicks = y.ticks(maxCount: max(2, Int((plotBottom - plotTop) / 24)))
        for value in xTicks {
            let px = x.position(value)
            svg.line(x1: px, y1: plotTop, x2: px, y2: plotBottom, stroke: "#e3e3e3")
            svg.line(x1: px, y1: plotBottom, x2: px, y2: plotBottom + 5, stroke: "#666")
            svg.text(Axis.tickLabel(value), x: px, y: plotBottom + 19, size: 11, anchor: .middle, fill: "#444")
        }
        for value in yTicks {
            let py = y.position(value)
            svg.line(x1: plotLeft, y1: py, x2: plotRight, y2: py, stroke: "#e3e3e3")
            svg.line(x1: plotLeft - 5, y1: py, x2: plotLeft, y2: py, stroke: "#666")
            svg.text(Axis.tickLabel(value), x: plotLeft - 8, y: py + 4, size: 11, anchor: .end, fill: "#444")
        }
        let scaleNote = { (axis: Axis) in axis.scale == .log10 ? " (log scale)" : "" }
        svg.text(x.label + scaleNote(x), x: (plotLeft + plotRight) / 2, y: plotBottom + 42, size: 13, anchor: .middle)
        let middle = (plotTop + plotBottom) / 2
        svg.text(y.label + scaleNote(y), x: 22, y: middle, size: 13, anchor: .middle, rotate: -90)
    }

    /// A legend entry per (name, colour, style) in a column right of the plot area.
    static func legend(into svg: inout SVGDocument, title: String, entries: [(name: String, colour: String, dashed: Bool)]) {
        let left = plotRight + 20
        svg.text(title, x: left, y: plotTop + 10, size: 12, weight: "bold")
        for (index, entry) in entries.enumerated() {
            let y = plotTop + 32 + Double(index) * 22
            svg.line(x1: left, y1: y - 4, x2: left + 22, y2: y - 4, stroke: entry.colour, width: 3, dash: entry.dashed ? "5 3" : nil)
            svg.text(entry.name, x: left + 30, y: y, size: 12)
        }
    }
}
