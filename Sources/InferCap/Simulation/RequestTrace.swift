import Foundation

/// A request trace to replay in simulation: when each request arrived and its lengths.
///
/// Read from CSV (a header line naming the columns) or JSON Lines (one object per line). Column
/// names are matched without regard to case, and the public traces' own names are accepted:
///
/// | what | accepted names | unit |
/// |---|---|---|
/// | arrival | `arrival_seconds`, `arrival_time` | seconds |
/// | arrival | `timestamp` as a number (Mooncake's traces) | milliseconds |
/// | arrival | `timestamp` as a date and time, `2023-11-16 18:15:46.6805900` (Azure LLM inference traces) | |
/// | prompt | `input_tokens`, `input_length` (Mooncake), `ContextTokens` (Azure), `prompt_tokens` | tokens |
/// | output | `output_tokens`, `output_length` (Mooncake), `GeneratedTokens` (Azure), `completion_tokens` | tokens |
///
/// Arrivals are taken relative to the first request and must not go backwards; other columns
/// (Mooncake's `hash_ids`) are ignored.
public struct RequestTrace: Sendable, Hashable {
    /// One traced request.
    public struct Request: Sendable, Hashable {
        /// Seconds after the first request.
        public var arrivalSeconds: Double
        /// Prompt tokens.
        public var inputTokens: Int
        /// Generated tokens.
        public var outputTokens: Int

        /// A traced request.
        public init(arrivalSeconds: Double, inputTokens: Int, outputTokens: Int) {
            self.arrivalSeconds = arrivalSeconds
            self.inputTokens = inputTokens
            self.outputTokens = outputTokens
        }
    }

    /// The requests in arrival order.
    public var requests: [Request]

    /// A trace built in code; arrivals must be non-negative and non-decreasing.
    public init(requests: [Request]) { self.requests = requests }

    static let arrivalSecondsNames = ["arrival_seconds", "arrival_time"]
    static let inputNames = ["input_tokens", "input_length", "contexttokens", "prompt_tokens"]
    static let outputNames = ["output_tokens", "output_length", "generatedtokens", "completion_tokens"]
    static let displayNames = [
        "input_tokens": "input_tokens, input_length, ContextTokens, prompt_tokens",
        "output_tokens": "output_tokens, output_length, GeneratedTokens, completion_tokens",
    ]

    /// Reads a trace file (CSV or JSON Lines), refusing empty files, malformed lines, negative
    /// or decreasing arrivals and non-positive lengths with the file, the line and the fix.
    public static func load(path: String) throws(InferCapError) -> RequestTrace {
        try InferCapError.narrowing { try untypedLoad(path: path) }
    }

    private static func untypedLoad(path: String) throws -> RequestTrace {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InferCapError.unreadableFile(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw InferCapError.unreadableFile(path: path, reason: isDirectory.boolValue ? "is a directory, expected a trace file" : "cannot be read")
        }
        guard var text = String(data: data, encoding: .utf8) else { throw InferCapError.unreadableFile(path: path, reason: "not UTF-8 text") }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark
        // Any line end ("\r\n" is one Character, so a split on "\n" alone would not see it).
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, text: $0.element.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.text.isEmpty && !$0.text.hasPrefix("#") }
        guard let first = lines.first else {
            throw InferCapError.invalidField(path: path, field: "requests", problem: "is empty", fix: "give one request per line after a CSV header, or JSON Lines")
        }
        func fail(_ line: Int, _ problem: String, _ fix: String) -> InferCapError {
            InferCapError.invalidField(path: "\(path):\(line)", field: "trace", problem: problem, fix: fix)
        }
        var rows: [(line: Int, fields: [String: Any])] = []
        if first.text.hasPrefix("{") {
            for line in lines {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any] else {
                    throw InferCapError.malformedJSON(path: path, line: line.number, detail: "expected one JSON object per line")
                }
                rows.append((line.number, Dictionary(object.map { ($0.key.lowercased(), $0.value) }) { a, _ in a }))
            }
        } else {
            let header = first.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            for line in lines.dropFirst() {
                let cells = line.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count == header.count else {
                    throw fail(line.number, "has \(cells.count) columns, the header \(header.count)", "write one value per header column")
                }
                rows.append((line.number, Dictionary(zip(header, cells.map { $0 as Any })) { a, _ in a }))
            }
            guard !rows.isEmpty else {
                throw InferCapError.invalidField(path: path, field: "requests", problem: "has a header and no request", fix: "add one request per line")
            }
        }
        func number(_ value: Any?) -> Double? {
            if let number = value as? NSNumber, !JSONDocument.isBoolean(number) { return number.doubleValue }
            if let text = value as? String { return Double(text) }
            return nil
        }
        let dateFormatter = DateFormatter()
        dateFormatter.locale = Locale(identifier: "en_US_POSIX")
        dateFormatter.timeZone = TimeZone(identifier: "UTC")
        dateFormatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        func arrival(_ fields: [String: Any], line: Int) throws -> Double {
            for name in arrivalSecondsNames where fields[name] != nil {
                guard let seconds = number(fields[name]), seconds.isFinite else {
                    throw fail(line, "has \(name) '\(fields[name]!)', not a number of seconds", "write seconds, e.g. 12.5")
                }
                return seconds
            }
            guard let stamp = fields["timestamp"] else {
                throw fail(line, "has no arrival column", "name one arrival_seconds, arrival_time or timestamp (ms, or an Azure date and time)")
            }
            if let milliseconds = number(stamp), milliseconds.isFinite { return milliseconds / 1000 }
            // Azure: "2023-11-16 18:15:46.6805900" (fractional seconds of any length).
            let text = "\(stamp)"
            let parts = text.split(separator: ".", maxSplits: 1)
            guard let whole = dateFormatter.date(from: String(parts[0])) else {
                throw fail(line, "has timestamp '\(text)', neither milliseconds nor a date and time", "write milliseconds or yyyy-MM-dd HH:mm:ss.fffffff")
            }
            let fraction = parts.count > 1 ? Double("0." + parts[1]) ?? 0 : 0
            return whole.timeIntervalSince1970 + fraction
        }
        func tokens(_ fields: [String: Any], _ names: [String], line: Int, what: String) throws -> Int {
            guard let name = names.first(where: { fields[$0] != nil }) else {
                throw fail(line, "has no \(what) column", "name one of \(displayNames[names[0]] ?? names.joined(separator: ", "))")
            }
            guard let value = number(fields[name]), value >= 1, value <= 1e8, value == value.rounded() else {
                throw fail(line, "has \(name) '\(fields[name]!)', not a whole number of tokens from 1 to 100,000,000", "write a positive whole number")
            }
            return Int(value)
        }
        var requests: [Request] = []
        var origin: Double?
        for row in rows {
            let time = try arrival(row.fields, line: row.line)
            let start = origin ?? time
            origin = start
            let relative = time - start
            guard relative >= 0 else {
                throw fail(row.line, "arrives \(relative) s before the first request", "sort the trace by arrival time")
            }
            if let previous = requests.last, relative < previous.arrivalSeconds {
                throw fail(row.line, "arrives before the line above it", "sort the trace by arrival time")
            }
            requests.append(Request(
                arrivalSeconds: relative, inputTokens: try tokens(row.fields, inputNames, line: row.line, what: "prompt-length"),
                outputTokens: try tokens(row.fields, outputNames, line: row.line, what: "output-length")))
        }
        return RequestTrace(requests: requests)
    }
}
