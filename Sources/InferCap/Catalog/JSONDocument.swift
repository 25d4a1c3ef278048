import Foundation

/// A parsed JSON object with the path it came from, read field by field with errors that name
/// the file, the field and the fix.
///
/// Specs and HF configs are read through this type rather than `Decodable` so that a wrong
/// type or an absurd value produces ``InferCapError/invalidField(path:field:problem:fix:)``
/// instead of a generic decoding failure, and unknown fields are ignored (real HF configs
/// carry dozens).
struct JSONDocument {
    let path: String
    let fields: [String: Any]
    /// Dotted prefix for nested objects, so errors read `scale_up.domain_size`.
    let prefix: String
    /// Records every key read through the accessors, when set (the HF loader names the
    /// cost-relevant keys it did not read).
    var ledger: KeyLedger?

    init(path: String, fields: [String: Any], prefix: String = "", ledger: KeyLedger? = nil) {
        self.path = path
        self.fields = fields
        self.prefix = prefix
        self.ledger = ledger
    }

    /// The raw value of `key`, recorded in the ledger.
    func raw(_ key: String) -> Any? {
        ledger?.record(name(key))
        return fields[key]
    }

    /// Reads and parses a file that must hold one JSON object.
    static func load(path: String) throws -> JSONDocument {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InferCapError.unreadableFile(path: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw InferCapError.unreadableFile(path: path, reason: "is a directory, expected a JSON file")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InferCapError.unreadableFile(path: path, reason: "\(error.localizedDescription)")
        }
        return try parse(data: data, path: path)
    }

    /// Parses JSON text that must be one object.
    static func parse(data: Data, path: String) throws -> JSONDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Self.withoutNonFiniteLiterals(data), options: [])
        } catch {
            let message = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw InferCapError.malformedJSON(
                path: path, line: Self.line(of: message, in: data), detail: message)
        }
        guard let fields = object as? [String: Any] else {
            throw InferCapError.malformedJSON(path: path, line: 1, detail: "expected a JSON object at the top level")
        }
        return JSONDocument(path: path, fields: fields)
    }

    /// Python's `json` writes `Infinity`, `-Infinity` and `NaN` for non-finite floats (Nemotron-H
    /// configs carry `"time_step_limit": [0.0, Infinity]`), which JSON and Foundation refuse. Outside
    /// strings they are read as `null`, padded to the literal's length so error positions stay right
    /// (`NaN` is one byte shorter than `null`: each one moves later positions by a byte).
    static func withoutNonFiniteLiterals(_ data: Data) -> Data {
        let tokens: [[UInt8]] = [Array("-Infinity".utf8), Array("Infinity".utf8), Array("NaN".utf8)]
        guard data.contains(UInt8(ascii: "I")) || data.contains(UInt8(ascii: "N")) else { return data }
        var bytes = [UInt8](data)
        var inString = false, escaped = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            // Only `-`, `I` and `N` can start a literal; compare in place, without copying.
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "N"),
               let token = tokens.first(where: { bytes[index...].starts(with: $0) }) {
                let replacement = Array("null".utf8) + Array(repeating: UInt8(ascii: " "), count: max(0, token.count - 4))
                bytes.replaceSubrange(index..<(index + token.count), with: replacement)
                index += token.count
                continue
            }
            index += 1
        }
        return Data(bytes)
    }

    /// Turns Foundation's "around character N" into a 1-based line number.
    private static func line(of message: String, in data: Data) -> Int? {
        guard let range = message.range(of: "character ") else { return data.isEmpty ? 1 : nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        guard let offset = Int(digits) else { return nil }
        let prefix = data.prefix(max(0, offset))
        return prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    func name(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

    /// Refuses the first key (alphabetically) outside `known`, for small objects whose every key
    /// changes a result, where a misspelled key would otherwise read as absent.
    func refuseKeys(outside known: Set<String>, problem: String, fix: String) throws {
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw InferCapError.invalidField(path: path, field: name(unknown), problem: problem, fix: fix)
        }
    }

    /// Refuses the first key (alphabetically) outside `known`, naming the closest known key: for
    /// spec objects whose keys set a cost, where a misspelled one would silently keep its default.
    func refuseKeys(outside known: Set<String>, of kind: String) throws {
        guard let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) else { return }
        let fix = NameSuggestion.closest(to: unknown, in: known.sorted()).map { "did you mean '\($0)'? (a misspelled key would keep its default)" }
            ?? "remove it or use one of \(known.sorted().joined(separator: ", "))"
        throw InferCapError.invalidField(path: path, field: name(unknown), problem: "is not \(kind) key", fix: fix)
    }

    func has(_ key: String) -> Bool {
        let value = raw(key)
        return value != nil && !(value is NSNull)
    }

    /// A finite number, or nil when absent or null.
    func optionalNumber(_ key: String) throws -> Double? {
        guard let raw = raw(key), !(raw is NSNull) else { return nil }
        if Self.isBoolean(raw) || raw is String {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected a number",
                fix: "write a plain JSON number")
        }
        guard let number = raw as? NSNumber else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected a number",
                fix: "write a plain JSON number")
        }
        let value = number.doubleValue
        guard value.isFinite else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is not finite", fix: "write a finite number")
        }
        return value
    }

    func number(_ key: String) throws -> Double {
        guard let value = try optionalNumber(key) else {
            throw InferCapError.missingField(path: path, field: name(key))
        }
        return value
    }

    /// A strictly positive number.
    func positive(_ key: String, fix: String = "use a value greater than zero") throws -> Double {
        let value = try number(key)
        guard value > 0 else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.format(value)), must be positive", fix: fix)
        }
        return value
    }

    func optionalPositive(_ key: String) throws -> Double? {
        guard let value = try optionalNumber(key) else { return nil }
        guard value > 0 else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.format(value)), must be positive",
                fix: "use a value greater than zero or remove the field")
        }
        return value
    }

    /// A positive whole number below `limit` (sizes of layers, heads, experts).
    func count(_ key: String, limit: Double = 1e9) throws -> Int {
        guard let value = try optionalCount(key, limit: limit) else {
            throw InferCapError.missingField(path: path, field: name(key))
        }
        return value
    }

    func optionalCount(_ key: String, limit: Double = 1e9, allowZero: Bool = false) throws -> Int? {
        guard let value = try optionalNumber(key) else { return nil }
        guard value == value.rounded(), value >= (allowZero ? 0 : 1), value < limit else {
            throw InferCapError.invalidField(
                path: path, field: name(key),
                problem: "is \(Self.format(value)), expected a whole number \(allowZero ? "≥ 0" : "≥ 1") and below \(Self.format(limit))",
                fix: "correct the value")
        }
        return Int(value)
    }

    func optionalString(_ key: String) throws -> String? {
        guard let raw = raw(key), !(raw is NSNull) else { return nil }
        guard let text = raw as? String else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected a string",
                fix: "write a JSON string")
        }
        return text
    }

    func string(_ key: String) throws -> String {
        guard let value = try optionalString(key) else {
            throw InferCapError.missingField(path: path, field: name(key))
        }
        return value
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let raw = raw(key), !(raw is NSNull) else { return nil }
        guard Self.isBoolean(raw), let flag = raw as? Bool else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected true or false",
                fix: "write true or false")
        }
        return flag
    }

    func optionalObject(_ key: String) throws -> JSONDocument? {
        guard let raw = raw(key), !(raw is NSNull) else { return nil }
        guard let object = raw as? [String: Any] else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected an object",
                fix: "write a JSON object")
        }
        return JSONDocument(path: path, fields: object, prefix: name(key), ledger: ledger)
    }

    func object(_ key: String) throws -> JSONDocument {
        guard let value = try optionalObject(key) else {
            throw InferCapError.missingField(path: path, field: name(key))
        }
        return value
    }

    func stringArray(_ key: String) throws -> [String] {
        guard let raw = raw(key), !(raw is NSNull) else { return [] }
        guard let items = raw as? [Any], let strings = items as? [String] else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected an array of strings",
                fix: "write a JSON array of strings")
        }
        return strings
    }

    func objectArray(_ key: String) throws -> [JSONDocument] {
        guard let raw = raw(key), !(raw is NSNull) else { return [] }
        guard let items = raw as? [Any] else {
            throw InferCapError.invalidField(
                path: path, field: name(key), problem: "is \(Self.describe(raw)), expected an array",
                fix: "write a JSON array of objects")
        }
        return try items.enumerated().map { index, item in
            guard let object = item as? [String: Any] else {
                throw InferCapError.invalidField(
                    path: path, field: "\(name(key))[\(index)]", problem: "is \(Self.describe(item)), expected an object",
                    fix: "write a JSON object")
            }
            return JSONDocument(path: path, fields: object, prefix: "\(name(key))[\(index)]", ledger: ledger)
        }
    }

    /// The string values of an object of strings (e.g. `sources`).
    func stringMap(_ key: String) throws -> [String: String] {
        guard let object = try optionalObject(key) else { return [:] }
        var result: [String: String] = [:]
        for field in object.fields.keys { result[field] = try object.optionalString(field) }
        return result
    }

    /// JSON `true`/`false` (Foundation hands numbers and booleans back as NSNumber; a
    /// boolean's Objective-C type code is "c").
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    static func describe(_ value: Any) -> String {
        if isBoolean(value) { return "a boolean" }
        switch value {
        case is String: return "a string"
        case is NSNumber: return "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "null"
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// The keys a loader read from a document (dotted names for nested objects).
final class KeyLedger: @unchecked Sendable {
    private(set) var keys: Set<String> = []

    func record(_ key: String) { keys.insert(key) }
}
