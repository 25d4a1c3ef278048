import Foundation

extension RequestMix {
    /// Reads (input, output) token pairs from a file: CSV or whitespace-separated lines of two
    /// whole numbers (a header line and `#` comments are skipped), or a JSON array of
    /// `[input, output]` pairs or of objects with `input_tokens` and `output_tokens`.
    public static func loadPairs(path: String) throws(InferCapError) -> [(input: Int, output: Int)] {
        try InferCapError.narrowing { try untypedLoadPairs(path: path) }
    }

    /// Largest requests file read, bytes (a million requests of JSON pairs fit in a few MB).
    public static let maxFileBytes = 64 << 20

    private static func untypedLoadPairs(path: String) throws -> [(input: Int, output: Int)] {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > maxFileBytes {
            throw InferCapError.unreadableFile(
                path: path, reason: "is \(size.intValue >> 20) MB, over the \(maxFileBytes >> 20) MB read for a requests file; sample it or give the mix as lengths")
        }
        guard var data = FileManager.default.contents(atPath: path) else {
            throw InferCapError.unreadableFile(path: path, reason: "no such file")
        }
        // A UTF-8 byte-order mark, as spreadsheet exports write one.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InferCapError.unreadableFile(path: path, reason: "not UTF-8 text")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var pairs: [(input: Int, output: Int)] = []
        if trimmed.hasPrefix("[") {
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: data) } catch {
                throw InferCapError.malformedJSON(path: path, line: nil, detail: "\((error as NSError).userInfo["NSDebugDescription"] ?? error)")
            }
            guard let array = object as? [Any] else {
                throw InferCapError.malformedJSON(path: path, line: 1, detail: "expected an array of pairs")
            }
            for (index, item) in array.enumerated() {
                if let pair = item as? [Any], pair.count == 2, let input = Self.whole(pair[0]), let output = Self.whole(pair[1]) {
                    pairs.append((input, output))
                } else if let fields = item as? [String: Any], let input = Self.whole(fields["input_tokens"] as Any),
                    let output = Self.whole(fields["output_tokens"] as Any)
                {
                    pairs.append((input, output))
                } else {
                    throw InferCapError.invalidField(
                        path: path, field: "[\(index)]", problem: "is not an [input, output] pair of whole numbers",
                        fix: "write [1024, 256] or {\"input_tokens\": 1024, \"output_tokens\": 256}")
                }
            }
        } else {
            // Any line end: "\r\n" is one Character, so a split on "\n" alone would not see it.
            for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let fields = content.split { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\r" }
                if fields.isEmpty { continue }
                guard fields.count == 2, let input = Int(fields[0]), let output = Int(fields[1]) else {
                    // A header names its columns in words; a first line of numbers that are not
                    // whole (`100000,8000.0`) is a request written wrongly, not a header.
                    if number == 0 && fields.contains(where: { $0.contains(where: \.isLetter) }) { continue }
                    throw InferCapError.invalidField(
                        path: "\(path):\(number + 1)", field: "line", problem: "is not two whole numbers",
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

    private static func whole(_ value: Any) -> Int? {
        guard let number = value as? NSNumber, !JSONDocument.isBoolean(value) else { return nil }
        let double = number.doubleValue
        guard double.isFinite, double == double.rounded(), abs(double) < 1e12 else { return nil }
        return Int(double)
    }
}
