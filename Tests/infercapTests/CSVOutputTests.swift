import Foundation
import Testing

/// `--format csv` is for pandas and spreadsheets: snake_case headers, one row per record,
/// numbers without units or thousands separators.
@Suite("CSV output is machine-readable")
struct CSVOutputTests {
    static let commands = [
        "estimate --model llama-3.1-70b --accelerator h100-sxm",
        "compare --model llama-3.1-8b --accelerators h100-sxm,h20",
        "list accelerators",
        "list models",
        "sweep --model llama-3.1-8b --accelerators h100-sxm --max-chips 2",
        "fleet size --model llama-3.1-8b --accelerators h100-sxm,h20 --requests-per-second 10",
        "fleet capacity --model llama-3.1-8b --stockpile h20=64",
        "simulate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --request-rate 5 --num-prompts 50",
        "show h100-sxm",
        "show llama-3.1-8b",
        "bench --scenario r1-chat-h20",
    ]

    /// Column names that hold a quantity: their cells must all parse as numbers.
    static func isNumeric(_ column: String) -> Bool {
        guard !column.hasPrefix("sources_") else { return false }  // the citation of a figure, not the figure
        let units = ["_seconds", "_per_second", "_bytes", "_usd", "_ratio", "_tokens", "chips", "_ms", "_megawatts", "_per_day", "_per_year"]
        return units.contains { column.hasSuffix($0) } || ["tp", "pp", "ep", "dp", "batch", "instances", "parameters", "layers"].contains(column)
    }

    @Test("every csv has snake_case headers, whole rows, numeric quantities", arguments: commands)
    func machineReadable(_ command: String) throws {
        let result = try CLIRunner.run(command + " --format csv")
        #expect(result.status == 0, "\(command): \(result.stderr)")
        let rows = Self.parse(result.stdout)
        let header = try #require(rows.first, "\(command): no header")
        #expect(rows.count >= 2, "\(command): no record")
        #expect(Set(header).count == header.count, "\(command): repeated column")
        for column in header {
            #expect(column.range(of: "^[a-z0-9]+(_[a-z0-9]+)*$", options: .regularExpression) != nil, "\(command): header '\(column)'")
        }
        for (index, row) in rows.enumerated().dropFirst() {
            #expect(row.count == header.count, "\(command): row \(index) has \(row.count) fields for \(header.count) columns")
            for (column, cell) in zip(header, row) {
                // A number with a unit, a percent sign or thousands separators is text to pandas.
                #expect(cell.range(of: #"^-?[0-9][0-9.,]*\s*(ms|s|GB|MB|KB|B|%|tok/s|M|k)$"#, options: .regularExpression) == nil
                        && cell.range(of: #"^-?[0-9]{1,3}(,[0-9]{3})+$"#, options: .regularExpression) == nil,
                        "\(command): \(column) = '\(cell)' is not a plain number")
                if Self.isNumeric(column), !cell.isEmpty {
                    #expect(Double(cell) != nil, "\(command): \(column) = '\(cell)' is not a number")
                }
            }
        }
    }

    @Test("csv numbers are SI: the estimate's serving TTFT in seconds equals its JSON")
    func siUnits() throws {
        let csv = Self.parse(try CLIRunner.run("estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --format csv").stdout)
        let json = try CLIRunner.run("estimate --model llama-3.1-8b --accelerator h100-sxm --tp 1 --format json").stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let serving = try #require(object["serving"] as? [String: Any])
        let column = try #require(csv[0].firstIndex(of: "serving_ttft_seconds"))
        let ttft = try #require(Double(csv[1][column]))
        #expect(abs(ttft - (serving["ttft_seconds"] as? Double ?? .nan)) < 1e-12)
        let total = try #require(csv[0].firstIndex(of: "serving_output_tokens_per_second"))
        let perChip = try #require(serving["output_tokens_per_second_per_chip"] as? Double)
        #expect(abs((Double(csv[1][total]) ?? 0) - perChip) < 1e-9 * perChip, "one chip: total = per chip")
    }

    /// RFC 4180 fields: quoted fields may hold commas, doubled quotes and newlines.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
