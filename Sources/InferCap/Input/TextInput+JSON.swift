import Foundation

/// Where ``TextInput/nextJSONRecord()`` is in a file.
enum JSONPosition: Equatable {
    /// Nothing read yet.
    case start
    /// JSON Lines: each top-level value is a record.
    case sequence
    /// Inside the array that holds the file's records, before a record.
    case arrayElement
    /// Inside that array, after a record: `,` or `]` comes next.
    case arraySeparator
    /// After that array's `]`: only blank space and comments may follow.
    case end
}

extension TextInput {
    /// Longest JSON record, bytes (a Mooncake request with its `hash_ids` is a few hundred).
    static let maxRecordBytes = 1 << 20

    /// The next JSON record's text and the line it starts on; nil after the last.
    ///
    /// A file that opens with an array of arrays or objects (`[[1024, 256], ...]`,
    /// `[{"input_tokens": ...}, ...]`) gives that array's elements; any other file gives its
    /// top-level values one after another (JSON Lines, `[1024, 256]` on a line of its own
    /// included). The text is cut, not parsed: brackets are counted outside strings, so a
    /// record is at most ``maxRecordBytes`` in memory however large the file; the caller
    /// parses each record. Blank space and `#` comment lines between records are skipped.
    mutating func nextJSONRecord() throws -> (line: Int, bytes: [UInt8])? {
        while true {
            let next = try skipToContent()
            switch json {
            case .start:
                guard next == UInt8(ascii: "[") else {
                    json = .sequence
                    continue
                }
                let line = self.line
                _ = try nextByte()
                switch try skipToContent() {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    json = .arrayElement
                case UInt8(ascii: "]"):
                    _ = try nextByte()
                    json = .end
                default:
                    // The first value is itself a record (`[1024, 256]`): JSON Lines.
                    json = .sequence
                    return (line, try readValue(opened: true, line: line))
                }
            case .sequence:
                guard next != nil else { return nil }
                let line = self.line
                return (line, try readValue(opened: false, line: line))
            case .arrayElement:
                guard let next else { throw malformed(line, "the array of records is not closed; end it with ]") }
                guard next != UInt8(ascii: "]") else { throw malformed(line, "a ',' before the closing ] is followed by no record; remove it") }
                let line = self.line
                defer { json = .arraySeparator }
                return (line, try readValue(opened: false, line: line))
            case .arraySeparator:
                guard let next else { throw malformed(line, "the array of records is not closed; end it with ]") }
                _ = try nextByte()
                if next == UInt8(ascii: ",") {
                    json = .arrayElement
                } else if next == UInt8(ascii: "]") {
                    json = .end
                } else {
                    throw malformed(line, "expected ',' or ']' after a record, found '\(Self.shown(next))'")
                }
            case .end:
                guard next != nil else { return nil }
                throw malformed(line, "holds more after the ] that closes the array of records")
            }
        }
    }

    /// Cuts one JSON value: a container up to its matching bracket (counted outside strings),
    /// or a bare word up to the next delimiter. `opened` when its `[` was already consumed.
    private mutating func readValue(opened: Bool, line start: Int) throws -> [UInt8] {
        var bytes: [UInt8] = opened ? [UInt8(ascii: "[")] : []
        var depth = opened ? 1 : 0
        if !opened, let first = try peekByte(), first != UInt8(ascii: "["), first != UInt8(ascii: "{") {
            // A number, a string or a stray character: up to the next delimiter, at least one byte.
            bytes.append(try nextByte()!)
            while let byte = try peekByte(), !Self.delimiters.contains(byte) {
                bytes.append(byte)
                _ = try nextByte()
                try checkRecordLength(bytes.count, start)
            }
            return bytes
        }
        var inString = false, escaped = false
        while let byte = try nextByte() {
            bytes.append(byte)
            try checkRecordLength(bytes.count, start)
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return bytes }
            default: break
            }
        }
        throw malformed(start, "the record that starts on this line is not closed")
    }

    private static let delimiters: Set<UInt8> = Set(" \t\r\n,[]{}".utf8)

    private func checkRecordLength(_ count: Int, _ start: Int) throws {
        guard count > Self.maxRecordBytes else { return }
        throw malformed(start, "a record over \(Self.maxRecordBytes >> 20) MB; write one request per record")
    }

    private func malformed(_ line: Int, _ detail: String) -> InferCapError {
        InferCapError.malformedJSON(path: path, line: line, detail: detail)
    }

    /// A byte as an error shows it: the character when printable ASCII, else its hex code.
    private static func shown(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : String(format: "0x%02X", byte)
    }

    /// One record parsed with Foundation (a bare number or string is a value too, for the
    /// caller to refuse as the wrong kind of record).
    static func parseRecord(_ bytes: [UInt8], path: String, line: Int) throws -> Any {
        do { return try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw InferCapError.malformedJSON(path: path, line: line, detail: detail)
        }
    }
}
