import Foundation

/// A small SVG writer: a canvas of fixed size that collects shapes and text and renders them
/// as one standalone `<svg>` element, with every text escaped and every number written with
/// one decimal (non-finite numbers are written as 0, so the output never holds `nan` or `inf`).
public struct SVGDocument: Sendable {
    /// Canvas width, in SVG user units (pixels at 100% zoom).
    public var width: Double
    /// Canvas height, in SVG user units.
    public var height: Double
    /// The rendered child elements, in drawing order.
    public private(set) var elements: [String] = []

    /// An empty canvas of the given size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Text made safe for SVG/XML content and attribute values (`&`, `<`, `>`, `"`, `'`).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate or length with one decimal, trailing `.0` dropped; non-finite values are 0.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    /// A straight line from (x1, y1) to (x2, y2); `dash` is an SVG dash array such as "6 4".
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) {
        let n = Self.number
        elements.append(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(n(width))\""
                + (dash.map { " stroke-dasharray=\"\(Self.escape($0))\"" } ?? "") + "/>")
    }

    /// An open polyline through the points.
    public mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 2) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        elements.append(
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\"/>")
    }

    /// A closed, filled polygon through the points.
    public mutating func polygon(_ points: [(x: Double, y: Double)], fill: String, opacity: Double = 1) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        elements.append("<polygon points=\"\(list)\" fill=\"\(Self.escape(fill))\" fill-opacity=\"\(String(format: "%.2f", opacity))\"/>")
    }

    /// A circle (a data marker).
    public mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String = "white") {
        let n = Self.number
        elements.append(
            "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(Self.escape(fill))\" stroke=\"\(Self.escape(stroke))\" stroke-width=\"1\"/>")
    }

    /// A rectangle (a bar, a frame or a legend swatch).
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        let n = Self.number
        elements.append(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(Self.escape(fill))\""
                + (stroke.map { " stroke=\"\(Self.escape($0))\"" } ?? "") + "/>")
    }

    /// Where a text's anchor point sits along it.
    public enum Anchor: String, Sendable {
        /// The text begins at the point.
        case start
        /// The text is centred on the point.
        case middle
        /// The text ends at the point.
        case end
    }

    /// A line of text at (x, y) (its baseline), escaped; `rotate` turns it about its anchor, degrees.
    public mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, weight: String = "normal",
        fill: String = "#222", rotate: Double = 0
    ) {
        let n = Self.number
        let transform = rotate == 0 ? "" : " transform=\"rotate(\(n(rotate)) \(n(x)) \(n(y)))\""
        elements.append(
            "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor.rawValue)\" font-weight=\"\(Self.escape(weight))\" fill=\"\(Self.escape(fill))\"\(transform)>\(Self.escape(content))</text>")
    }

    /// The whole document: one `<svg>` element with a white background and a sans-serif font.
    public func render() -> String {
        let w = Self.number(width), h = Self.number(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"white\"/>\n"
            + elements.joined(separator: "\n") + "\n</svg>\n"
    }
}
