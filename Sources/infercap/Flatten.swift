import Foundation

/// Turns an encodable value into its JSON leaves by dotted key, for CSV and key-value tables.
enum Flatten {
    /// (dotted key, text) pairs, for key-value tables.
    static func pairs<T: Encodable>(_ value: T) throws -> [(String, String)] {
        try leaves(value).map { ($0.0, text($0.1)) }
    }

    /// (dotted key, CSV cell) pairs: numbers stay numbers, null is a missing number.
    static func values<T: Encodable>(_ value: T) throws -> [(key: String, cell: CSVTable.Cell)] {
        try leaves(value).map { key, leaf in
            if let number = leaf as? NSNumber {
                switch String(cString: number.objCType) {
                case "c": break  // a Bool: "true" / "false" below
                case "d", "f": return (key, .number(number.doubleValue))
                default: return (key, .integer(number.intValue))
                }
            }
            if leaf is NSNull { return (key, .number(nil)) }
            return (key, .text(text(leaf)))
        }
    }

    private static func leaves<T: Encodable>(_ value: T) throws -> [(String, Any)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try JSONSerialization.jsonObject(with: encoder.encode(value))
        var result: [(String, Any)] = []
        walk(object, prefix: "", into: &result)
        return result
    }

    /// Leaves of a JSON object by dotted key; an array of scalars is one "; "-joined text.
    private static func walk(_ value: Any, prefix: String, into result: inout [(String, Any)]) {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() { walk(object[key]!, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &result) }
        case let array as [Any]:
            if array.allSatisfy({ !($0 is [String: Any]) && !($0 is [Any]) }) {
                result.append((prefix, array.map { text($0) }.joined(separator: "; ")))
            } else {
                for (index, item) in array.enumerated() { walk(item, prefix: "\(prefix)[\(index)]", into: &result) }
            }
        default:
            result.append((prefix, value))
        }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return "\(number)"
        case let string as String: return string
        case is NSNull: return ""
        default: return "\(value)"
        }
    }

    static func csvField(_ text: String) -> String {
        // Byte by byte, both the test and the escaping: Foundation's `contains` on String searched
        // through CFString (a sixth of a sweep's CSV output), and a quote followed by a combining
        // mark is one Character, which a split by Character would not double.
        let quote = UInt8(ascii: "\"")
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return text }
        var bytes: [UInt8] = [quote]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
