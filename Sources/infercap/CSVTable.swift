import Foundation

/// Machine-readable CSV: one row per record, snake_case headers that carry the unit
/// (`ttft_seconds`, `output_tokens_per_second_per_chip`), and cells that hold numbers in SI
/// units or plain text, never a number with a unit or a thousands separator, so pandas and
/// spreadsheets read numeric columns as numbers. A missing number is an empty cell (NaN).
struct CSVTable {
    /// One cell.
    enum Cell: ExpressibleByStringLiteral {
        case text(String)
        case number(Double?)
        case integer(Int?)

        init(stringLiteral value: String) { self = .text(value) }

        /// The cell as CSV text: shortest round-trip decimal for numbers, quoted text where needed.
        var rendered: String {
            switch self {
            case let .text(text): return Flatten.csvField(text)
            case let .number(value?) where value.isFinite: return value.description
            case let .integer(value?): return String(value)
            case .number, .integer: return ""
            }
        }
    }

    /// Column names, snake_case with the unit in the name.
    var columns: [String]
    /// Records; each has one cell per column.
    var rows: [[Cell]]

    /// The header line and one line per row, joined by newlines (no trailing newline).
    func render() -> String {
        // Bytes, not String.append: a sweep's frontier is some 19,000 rows of 13 cells.
        var bytes = Array(columns.map(Flatten.csvField).joined(separator: ",").utf8)
        bytes.reserveCapacity(bytes.count * (rows.count + 1))
        for row in rows {
            bytes.append(UInt8(ascii: "\n"))
            for (index, cell) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: cell.rendered.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Records of (dotted JSON key, cell): the columns are the union of their keys in
    /// first-seen order, as snake_case; a record without a column gets an empty cell.
    init(records: [[(key: String, cell: Cell)]]) {
        var order: [String] = []
        var seen: Set<String> = []
        for record in records {
            for (key, _) in record where seen.insert(key).inserted { order.append(key) }
        }
        columns = order.map(Self.column)
        rows = records.map { record in
            let cells = Dictionary(record.map { ($0.key, $0.cell) }) { first, _ in first }
            return order.map { cells[$0] ?? .number(nil) }
        }
    }

    /// A flattened JSON key as a snake_case column name: `a.b[0].c` -> `a_b_0_c`.
    static func column(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isLetter || character.isNumber {
                out.append(contentsOf: character.lowercased())
            } else if out.last != "_" {
                out.append("_")
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }
}
