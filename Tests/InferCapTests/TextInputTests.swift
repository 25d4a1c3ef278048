import Foundation
import Testing
@testable import InferCap

#if canImport(Glibc)
import Glibc
#endif

/// The shared reader of requests files and traces (issue 35, item 2): files as people write
/// them, standard input and pipes, the size cap, and a parse that does not depend on where
/// the chunks end.
@Suite("Text input")
struct TextInputTests {
    static func pairs(_ text: String, chunk: Int = TextInput.chunkBytes, maxBytes: Int = RequestMix.maxFileBytes) throws -> [[Int]] {
        try RequestMix.loadPairs(from: TextInput(
            bytes: Array(text.utf8), path: "r.csv", what: "requests file", maxBytes: maxBytes, tooLargeFix: "fix", chunkBytes: chunk))
            .map { [$0.input, $0.output] }
    }

    static func error(_ body: () throws -> some Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("Every way of writing the same three requests reads the same, wherever the chunks end", arguments: [
        "1000,200\n2000,400\n3000,600\n",
        "\u{FEFF}input,output\r\n1000,200\r\n2000,400\r\n3000,600\r\n",
        "# requests of Monday\n\ninput output\n1000 200   # a short one\n\n2000\t400\n   \n3000,600",
        "1000,200\r2000,400\r3000,600\r",
        "[[1000, 200], [2000, 400], [3000, 600]]",
        "\u{FEFF}  [\n  {\"input_tokens\": 1000, \"output_tokens\": 200, \"note\": \"a ] and a \\\" in a string\"},\n  [2000, 400],\n  [3000, 600]\n]\n",
        "[1000, 200]\n[2000, 400]\n[3000, 600]\n",
        "# JSON Lines\n{\"input_tokens\": 1000, \"output_tokens\": 200}\r\n\r\n{\"input_tokens\": 2000, \"output_tokens\": 400, \"hash_ids\": [1, 2]}\n{\"output_tokens\": 600, \"input_tokens\": 3000}",
    ])
    func formats(text: String) throws {
        for chunk in [1, 2, 3, 5, 64, TextInput.chunkBytes] {
            #expect(try Self.pairs(text, chunk: chunk) == [[1000, 200], [2000, 400], [3000, 600]], "chunks of \(chunk) bytes")
        }
    }

    @Test("Malformed JSON is refused at the line of the record", arguments: [
        ("[[1000, 200],\n [2000]]", "r.csv:2: field '[1]' is not an [input, output] pair"),
        ("[[1000, 200],\n [2000, 400]", "r.csv:2: malformed JSON: the array of records is not closed"),
        ("[[1000, 200],\n]", "r.csv:2: malformed JSON: a ',' before the closing ]"),
        ("[[1000, 200]]\n[[5, 5]]", "r.csv:2: malformed JSON: holds more after the ]"),
        ("[[1000, 200] [5, 5]]", "r.csv:1: malformed JSON: expected ',' or ']' after a record, found '['"),
        ("{\"input_tokens\": 5, \"output_tokens\": 5}\n\n{\"input_tokens\": 5, \"output_tokens\": \n", "r.csv:3: malformed JSON: the record that starts on this line is not closed"),
        ("{\"input_tokens\": 5, \"output_tokens\": 5}\n{oops}\n", "r.csv:2: malformed JSON"),
        ("[]", "field 'pairs' holds no (input, output) pairs"),
        ("# nothing yet\n\n", "field 'pairs' holds no (input, output) pairs"),
    ])
    func malformedJSON(text: String, message: String) {
        for chunk in [1, 7, TextInput.chunkBytes] {
            #expect(Self.error { try Self.pairs(text, chunk: chunk) }.contains(message), "chunks of \(chunk): \(Self.error { try Self.pairs(text, chunk: chunk) })")
        }
    }

    @Test("The quick read of [input, output] agrees with the JSON parser, and leaves it what it cannot read", arguments: [
        ("[1000, 200]", true), (" [ 7 ,\n 8 ] ", true), ("[0,1]", true), ("[99999999999, 1]", true),
        ("[01, 2]", false), ("[1000.0, 200]", false), ("[1e3, 5]", false), ("[-1, 5]", false), ("[1, 2, 3]", false),
        ("[999999999999, 1]", false), ("[1, 2]]", false), ("[1 2]", false), ("[\"1\", 2]", false),
    ])
    func plainPair(text: String, quick: Bool) throws {
        let pair = RequestMix.plainPair(Array(text.utf8))
        #expect((pair != nil) == quick)
        if let pair {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? [NSNumber])
            #expect(parsed.map(\.intValue) == [pair.input, pair.output])
        }
    }

    @Test("Input past the cap is refused with the fix, whether or not its size is known up front")
    func sizeCap() throws {
        #expect(try Self.pairs("1000,200\n", maxBytes: 9) == [[1000, 200]])
        #expect(Self.error { try Self.pairs("1000,200\n2000,400\n", chunk: 4, maxBytes: 9) }
            == "cannot read r.csv: holds more than the 0 MB read for a requests file; fix")
        // A regular file says its size before anything is read (sparse: no 65 MB written).
        let path = NSTemporaryDirectory() + "infercap-large-\(UUID().uuidString).csv"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(RequestMix.maxFileBytes + (1 << 20)))
        try handle.close()
        #expect(Self.error { try RequestMix.loadPairs(path: path) }
            == "cannot read \(path): is 65 MB, over the 64 MB read for a requests file; sample it or give the mix as lengths")
    }

    @Test("A line over 1 MB, text that is not UTF-8, a folder and a missing file are refused in one line")
    func refusals() {
        #expect(Self.error { try Self.pairs(String(repeating: "1", count: TextInput.maxLineBytes + 1) + ",5\n", chunk: 4096) }
            == "cannot read r.csv:1: has a line over 1 MB; write one request per line")
        let latin1 = [UInt8]("1000,200\n2000,400 # caf".utf8) + [0xE9, 0x0A]
        #expect(Self.error {
            try RequestMix.loadPairs(from: TextInput(bytes: latin1, path: "r.csv", what: "requests file", maxBytes: 1 << 20, tooLargeFix: ""))
        } == "cannot read r.csv:2: not UTF-8 text")
        let folder = NSTemporaryDirectory()
        #expect(Self.error { try RequestMix.loadPairs(path: folder) } == "cannot read \(folder): is a directory, expected a requests file")
        #expect(Self.error { try RequestTrace.load(path: folder) } == "cannot read \(folder): is a directory, expected a trace file")
        #expect(Self.error { try RequestMix.loadPairs(path: "/no/such/requests.csv") } == "cannot read /no/such/requests.csv: no such file")
    }

    @Test("A named pipe (what <(...) gives) is read as a stream, written in pieces")
    func namedPipe() throws {
        let path = NSTemporaryDirectory() + "infercap-fifo-\(UUID().uuidString)"
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pieces = ["\u{FEFF}".utf8.map { $0 }, Array("input,output\r".utf8), Array("\n1000,200\n20".utf8), Array("00,400\n".utf8)]
        let writer = Thread {
            // Opening for writing waits for the reader; each write is a separate read on the other end.
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            for piece in pieces { handle.write(Data(piece)) }
            try? handle.close()
        }
        writer.start()
        #expect(try RequestMix.loadPairs(path: path).map { [$0.input, $0.output] } == [[1000, 200], [2000, 400]])
    }
}
