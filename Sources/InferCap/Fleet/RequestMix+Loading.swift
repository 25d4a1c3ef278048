import Foundation

extension RequestMix {
    /// Reads (input, output) token pairs from a file, `-` or `/dev/stdin` (standard input) or a
    /// pipe: CSV or whitespace-separated lines of two whole numbers (a header line, blank lines
    /// and `#` comments are skipped), a JSON array of `[input, output]` pairs or of objects with
    /// `input_tokens` and `output_tokens`, or JSON Lines of either. CRLF line ends and a UTF-8
    /// byte-order mark are read as plain text. The file is read in chunks, one line or record at
    /// a time, and refused past ``maxFileBytes``.
    public static func loadPairs(path: String) throws(InferCapError) -> [(input: Int, output: Int)] {
        try InferCapError.narrowing {
            try loadPairs(from: TextInput(path: path, what: "requests file", maxBytes: maxFileBytes, tooLargeFix: tooLargeFix))
        }
    }

    /// Largest requests file read, bytes (a million requests of JSON pairs fit in a few MB).
    public static let maxFileBytes = 64 << 20

    /// The fix that ends the error for a file over ``maxFileBytes``.
    static let tooLargeFix = "sample it or give the mix as lengths"

    /// The pairs of an opened requests file (a path, or bytes in memory for tests and fuzzing).
    static func loadPairs(from input: consuming TextInput) throws -> [(input: Int, output: Int)] {
        var input = input
        let path = input.path
        var pairs: [(input: Int, output: Int)] = []
        switch try input.skipToContent() {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            while let (line, bytes) = try input.nextJSONRecord() {
                if let pair = Self.plainPair(bytes) {
                    pairs.append(pair)
                    continue
                }
                let item = try TextInput.parseRecord(bytes, path: path, line: line)
                if let pair = item as? [Any], pair.count == 2, let input = Self.whole(pair[0]), let output = Self.whole(pair[1]) {
                    pairs.append((input, output))
                } else if let fields = item as? [String: Any], let input = Self.whole(fields["input_tokens"] as Any),
                    let output = Self.whole(fields["output_tokens"] as Any)
                {
                    pairs.append((input, output))
                } else {
                    throw InferCapError.invalidField(
                        path: "\(path):\(line)", field: "[\(pairs.count)]", problem: "is not an [input, output] pair of whole numbers",
                        fix: "write [1024, 256] or {\"input_tokens\": 1024, \"output_tokens\": 256}")
                }
            }
        default:
            var first = true
            while let (number, line) = try input.nextLine() {
                defer { first = false }
                let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let fields = content.split { $0 == "," || $0 == " " || $0 == "\t" }
                if fields.isEmpty { continue }
                guard fields.count == 2, let input = Int(fields[0]), let output = Int(fields[1]) else {
                    // A header names its columns in words; a first line of numbers that are not
                    // whole (`100000,8000.0`) is a request written wrongly, not a header.
                    if first && fields.contains(where: { $0.contains(where: \.isLetter) }) { continue }
                    throw InferCapError.invalidField(
                        path: "\(path):\(number)", field: "line", problem: "is not two whole numbers",
                        fix: "write one request per line as 'input_tokens,output_tokens'")
                }
                pairs.append((input, output))
            }
        }
        for (index, pair) in pairs.enumerated() where pair.input < 1 || pair.output < 1 || pair.input > 100_000_000 || pair.output > 100_000_000 {
            throw InferCapError.invalidField(
                path: path, field: "pair \(index + 1)", problem: "has \(pair.input) input / \(pair.output) output tokens",
                fix: "token counts are whole numbers from 1 to 100000000")
        }
        guard !pairs.isEmpty else {
            throw InferCapError.invalidField(path: path, field: "pairs", problem: "holds no (input, output) pairs", fix: "add one request per line")
        }
        return pairs
    }

    /// `[1024, 256]` read without Foundation (most records of a large file look like this):
    /// two JSON whole numbers of at most 12 digits, no sign, no leading zero; nil for anything
    /// else, which the JSON parser then reads.
    static func plainPair(_ bytes: [UInt8]) -> (input: Int, output: Int)? {
        var index = 0
        func skipBlank() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        }
        func expect(_ byte: UInt8) -> Bool {
            skipBlank()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        func number() -> Int? {
            skipBlank()
            let start = index
            var value = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), index - start < 12 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let digits = index - start
            guard digits > 0, digits < 12, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            return value
        }
        guard expect(UInt8(ascii: "[")), let input = number(), expect(UInt8(ascii: ",")), let output = number(), expect(UInt8(ascii: "]")) else {
            return nil
        }
        skipBlank()
        return index == bytes.count ? (input, output) : nil
    }

    private static func whole(_ value: Any) -> Int? {
        guard let number = value as? NSNumber, !JSONDocument.isBoolean(value) else { return nil }
        let double = number.doubleValue
        guard double.isFinite, double == double.rounded(), abs(double) < 1e12 else { return nil }
        return Int(double)
    }
}
