import Foundation

/// Horizontal bar charts for comparisons: one row per category (a fleet plan, a chip type),
/// one panel per quantity side by side (chips, $ per million tokens, megawatts), each bar
/// with its value written at its end. Every panel has its own linear scale from zero.
public struct BarChart: Sendable {
    /// One quantity compared across the categories.
    public struct Panel: Sendable {
        /// The quantity with its unit, e.g. "chips" or "$ per million output tokens".
        public var title: String
        /// One value per category, in category order; nil draws "n/a".
        public var values: [Double?]
        /// Formats a value for its label (default: compact, 1.5k / 20M).
        public var format: @Sendable (Double) -> String

        /// A panel; `format` writes the value labels.
        public init(title: String, values: [Double?], format: @escaping @Sendable (Double) -> String = Axis.tickLabel) {
            self.title = title
            self.values = values
            self.format = format
        }
    }

    /// Chart title.
    public var title: String
    /// A line under the title (the demand, the assumptions).
    public var subtitle: String?
    /// Row labels, top to bottom.
    public var categories: [String]
    /// The compared quantities, left to right.
    public var panels: [Panel]
    /// Index of a category drawn highlighted (e.g. the best mix), if any.
    public var highlighted: Int?

    /// A bar chart of `panels` over `categories`.
    public init(title: String, subtitle: String? = nil, categories: [String], panels: [Panel], highlighted: Int? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.panels = panels
        self.highlighted = highlighted
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let labelWidth = min(260, max(90, Double(categories.map(\.count).max() ?? 0) * 7.2 + 16))
        let panelWidth = 250.0, gap = 24.0, rowHeight = 30.0, top = subtitle == nil ? 64.0 : 78.0
        let width = labelWidth + Double(max(1, panels.count)) * (panelWidth + gap) + 10
        let height = top + Double(categories.count) * rowHeight + 24
        var svg = SVGDocument(width: width, height: height)
        svg.text(title, x: 12, y: 26, size: 17, weight: "bold")
        if let subtitle { svg.text(subtitle, x: 12, y: 46, size: 12, fill: "#555") }
        for (row, category) in categories.enumerated() {
            let y = top + Double(row) * rowHeight
            if row == highlighted { svg.rect(x: 4, y: y, width: width - 8, height: rowHeight, fill: "#fff6d8") }
            svg.text(category, x: labelWidth - 8, y: y + rowHeight / 2 + 4, size: 12, anchor: .end, weight: row == highlighted ? "bold" : "normal")
        }
        for (index, panel) in panels.enumerated() {
            let left = labelWidth + Double(index) * (panelWidth + gap)
            svg.text(panel.title, x: left, y: top - 10, size: 12, weight: "bold")
            svg.line(x1: left, y1: top, x2: left, y2: top + Double(categories.count) * rowHeight, stroke: "#888")
            let largest = panel.values.compactMap { $0 }.filter { $0.isFinite && $0 > 0 }.max() ?? 1
            // 70% of the panel for the longest bar leaves room for its value label.
            let scale = panelWidth * 0.7 / largest
            for row in categories.indices {
                let y = top + Double(row) * rowHeight
                guard row < panel.values.count, let value = panel.values[row], value.isFinite else {
                    svg.text("n/a", x: left + 6, y: y + rowHeight / 2 + 4, size: 11, fill: "#888")
                    continue
                }
                let length = max(0, value) * scale
                svg.rect(x: left, y: y + 6, width: length, height: rowHeight - 12, fill: ChartFrame.colour(index))
                svg.text(panel.format(value), x: left + length + 5, y: y + rowHeight / 2 + 4, size: 11, fill: "#222")
            }
        }
        return svg.render()
    }
}
