import Foundation

/// Human formatting of SI quantities for tables.
enum Units {
    static func gb(_ bytes: Double) -> String { String(format: "%.1f GB", bytes / 1e9) }
    static func kb(_ bytes: Double) -> String { String(format: "%.1f KB", bytes / 1e3) }
    static func mb(_ bytes: Double) -> String { String(format: "%.1f MB", bytes / 1e6) }
    static func ms(_ seconds: Double) -> String { seconds < 0.01 ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.1f ms", seconds * 1e3) }
    static func rate(_ value: Double) -> String {
        value >= 100 ? grouped(Int(value.rounded())) : String(format: "%.1f", value)
    }
    static func tera(_ value: Double) -> String { String(format: "%.1f", value / 1e12) }
    static func billions(_ value: Double) -> String { String(format: "%.2fB", value / 1e9) }
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + String(out.reversed())
    }
}
