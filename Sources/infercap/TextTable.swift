import Foundation

/// A plain-text or markdown table with aligned columns.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    /// Columns whose cells all start with a digit (or are "-") are right-aligned; text is left-aligned.
    private var numericColumns: [Bool] {
        header.indices.map { column in
            rows.allSatisfy { row in row[column] == "-" || row[column].first.map { $0.isNumber || $0 == "$" } == true }
        }
    }

    func plain() -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let numeric = numericColumns
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return numeric[index] ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n")
    }

    func markdown() -> String {
        let head = "| " + header.joined(separator: " | ") + " |"
        let rule = "|" + numericColumns.map { $0 ? "---:|" : "---|" }.joined()
        return ([head, rule] + rows.map { "| " + $0.joined(separator: " | ") + " |" }).joined(separator: "\n")
    }
}

extension TextTable {
    /// An HTML `<table>`, every cell escaped; numeric columns right-aligned.
    func html() -> String {
        let numeric = header.indices.map { column in
            rows.allSatisfy { row in row[column] == "-" || row[column].first.map { $0.isNumber || $0 == "$" } == true }
        }
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { index, cell in
                "<\(tag)\(numeric[index] ? " class=\"num\"" : "")>\(HTML.escape(cell))</\(tag)>"
            }.joined()
        }
        return "<table>\n<thead><tr>" + cells(header, tag: "th") + "</tr></thead>\n<tbody>\n"
            + rows.map { "<tr>" + cells($0, tag: "td") + "</tr>" }.joined(separator: "\n") + "\n</tbody>\n</table>"
    }
}
