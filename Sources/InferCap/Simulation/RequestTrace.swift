import Foundation

/// A request trace to replay in simulation: when each request arrived and its lengths.
///
/// Read from CSV (a header line naming the columns), JSON Lines (one object per line) or a JSON
/// array of objects, from a file, standard input or a pipe (``load(path:)``). Column
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

    /// Reads a trace from a file, `-` or `/dev/stdin` (standard input) or a pipe: CSV (a header
    /// line, then one request per line), JSON Lines or a JSON array of objects. Blank lines and
    /// `#` comments are skipped; CRLF line ends and a UTF-8 byte-order mark are read as plain
    /// text. Empty files, malformed lines, negative or decreasing arrivals and non-positive
    /// lengths are refused with the file, the line and the fix. The file is read in chunks, one
    /// line or record at a time, and refused past ``maxFileBytes``.
    public static func load(path: String) throws(InferCapError) -> RequestTrace {
        try InferCapError.narrowing {
            try load(from: TextInput(path: path, what: "trace file", maxBytes: maxFileBytes, tooLargeFix: tooLargeFix))
        }
    }

    /// Largest trace file read, bytes (about 1.5 million requests of CSV).
    public static let maxFileBytes = 64 << 20

    /// The fix that ends the error for a file over ``maxFileBytes``.
    static let tooLargeFix = "replay a slice of it, e.g. --trace <(head -n 100001 FILE)"

    /// The trace in an opened file (a path, or bytes in memory for tests and fuzzing).
    static func load(from input: consuming TextInput) throws -> RequestTrace {
        var input = input
        let path = input.path
        var reader = RowReader(path: path)
        switch try input.skipToContent() {
        case nil:
            throw InferCapError.invalidField(path: path, field: "requests", problem: "is empty", fix: "give one request per line after a CSV header, or JSON Lines")
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            while let (line, bytes) = try input.nextJSONRecord() {
                guard let object = try TextInput.parseRecord(bytes, path: path, line: line) as? [String: Any] else {
                    throw InferCapError.malformedJSON(path: path, line: line, detail: "expected one JSON object per line")
                }
                let fields = Dictionary(object.map { ($0.key.lowercased(), $0.value) }) { a, _ in a }
                try reader.add(line: line) { fields[$0] }
            }
            guard !reader.requests.isEmpty else {
                throw InferCapError.invalidField(path: path, field: "requests", problem: "holds no request", fix: "add one JSON object per request")
            }
        default:
            guard let (_, headerLine) = try input.nextLine() else {
                throw InferCapError.invalidField(path: path, field: "requests", problem: "is empty", fix: "give one request per line after a CSV header, or JSON Lines")
            }
            let header = headerLine.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let column = Dictionary(header.enumerated().map { ($0.element, $0.offset) }) { a, _ in a }
            while let (number, text) = try input.nextLine() {
                let cells = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count == header.count else {
                    throw reader.fail(number, "has \(cells.count) columns, the header \(header.count)", "write one value per header column")
                }
                try reader.add(line: number) { column[$0].map { cells[$0] } }
            }
        }
        guard !reader.requests.isEmpty else {
            throw InferCapError.invalidField(path: path, field: "requests", problem: "has a header and no request", fix: "add one request per line")
        }
        return RequestTrace(requests: reader.requests)
    }

    /// Turns rows, one at a time, into requests relative to the first arrival.
    private struct RowReader {
        let path: String
        var requests: [Request] = []
        private var origin: Double?

        init(path: String) {
            self.path = path
        }

        func fail(_ line: Int, _ problem: String, _ fix: String) -> InferCapError {
            InferCapError.invalidField(path: "\(path):\(line)", field: "trace", problem: problem, fix: fix)
        }

        /// A value from the file as an error quotes it: at most 40 characters.
        private func quoted(_ value: Any) -> String {
            let text = "\(value)"
            return text.count > 40 ? "'\(text.prefix(40))...'" : "'\(text)'"
        }

        /// Adds the request on `line`, whose columns (lower-cased names) `field` looks up.
        mutating func add(line: Int, _ field: (String) -> Any?) throws {
            let time = try arrival(field, line: line)
            let start = origin ?? time
            origin = start
            let relative = time - start
            guard relative.isFinite else {
                throw fail(line, "arrives \(time) s, too far from the first request's \(start) s to measure", "write arrivals in seconds from a common origin")
            }
            guard relative >= 0 else {
                throw fail(line, "arrives \(relative) s before the first request", "sort the trace by arrival time")
            }
            if let previous = requests.last, relative < previous.arrivalSeconds {
                throw fail(line, "arrives before the line above it", "sort the trace by arrival time")
            }
            requests.append(Request(
                arrivalSeconds: relative, inputTokens: try tokens(field, inputNames, line: line, what: "prompt-length"),
                outputTokens: try tokens(field, outputNames, line: line, what: "output-length")))
        }

        private func number(_ value: Any?) -> Double? {
            if let number = value as? NSNumber, !JSONDocument.isBoolean(number) { return number.doubleValue }
            if let text = value as? String { return Double(text) }
            return nil
        }

        private func arrival(_ field: (String) -> Any?, line: Int) throws -> Double {
            for name in arrivalSecondsNames {
                guard let value = field(name) else { continue }
                guard let seconds = number(value), seconds.isFinite else {
                    throw fail(line, "has \(name) \(quoted(value)), not a number of seconds", "write seconds, e.g. 12.5")
                }
                return seconds
            }
            guard let stamp = field("timestamp") else {
                throw fail(line, "has no arrival column", "name one arrival_seconds, arrival_time or timestamp (ms, or an Azure date and time)")
            }
            if let milliseconds = number(stamp), milliseconds.isFinite { return milliseconds / 1000 }
            let text = "\(stamp)"
            guard let seconds = RequestTrace.secondsSince1970(text) else {
                throw fail(line, "has timestamp \(quoted(text)), neither milliseconds nor a date and time", "write milliseconds or yyyy-MM-dd HH:mm:ss.fffffff")
            }
            return seconds
        }

        private func tokens(_ field: (String) -> Any?, _ names: [String], line: Int, what: String) throws -> Int {
            guard let name = names.first(where: { field($0) != nil }), let raw = field(name) else {
                throw fail(line, "has no \(what) column", "name one of \(displayNames[names[0]] ?? names.joined(separator: ", "))")
            }
            guard let value = number(raw), value >= 1, value <= 1e8, value == value.rounded() else {
                throw fail(line, "has \(name) \(quoted(raw)), not a whole number of tokens from 1 to 100,000,000", "write a positive whole number")
            }
            return Int(value)
        }
    }

    /// Seconds since 1970-01-01 00:00:00 UTC of a date and time as Azure's traces write it,
    /// `2023-11-16 18:15:46.6805900` (`T` between date and time also read; fractional seconds
    /// of any length, or none); nil for anything else, an impossible date (February 30th)
    /// included.
    ///
    /// Read by hand: Foundation's `DateFormatter` traps on some non-ASCII text
    /// (`2024-11-16 18:15:` and a combining mark, found by fuzzing the trace loader).
    static func secondsSince1970(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: ClosedRange<Int>) -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < digits.upperBound, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            return digits.contains(index - start) ? value : nil
        }
        func skip(_ separators: String) -> Bool {
            guard index < bytes.count, separators.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4...4), skip("-"), let month = number(1...2), (1...12).contains(month), skip("-"),
              let day = number(1...2), day >= 1, skip(" T"), let hour = number(1...2), hour < 24, skip(":"),
              let minute = number(1...2), minute < 60, skip(":"), let second = number(1...2), second < 60
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        guard day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] else { return nil }
        var fraction = 0.0
        if skip(".") {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > start, let value = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
            fraction = value
        }
        guard index == bytes.count else { return nil }
        // Days from 1970-01-01 to the date in the proleptic Gregorian calendar (H. Hinnant's
        // days_from_civil: years counted from March, so the leap day ends a year).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction
    }
}
