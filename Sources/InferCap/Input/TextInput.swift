import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text file of records read as people write them, in chunks: from a path, from standard
/// input (`-` or `/dev/stdin`), or from a pipe (`<(...)` names `/dev/fd/63`, a FIFO).
///
/// Shared by the requests-file loader (``RequestMix/loadPairs(path:)``) and the trace loader
/// (``RequestTrace/load(path:)``). A leading UTF-8 byte-order mark is dropped; a folder, a
/// missing file and a file over `maxBytes` are refused with one line each. Memory is one chunk
/// (64 KiB) plus the line or record being read, whatever the file's size: ``nextLine()``
/// splits lines at `\n`, `\r\n` or `\r` and ``nextJSONRecord()`` (in `TextInput+JSON.swift`)
/// cuts a JSON array or JSON Lines into one record at a time.
struct TextInput: ~Copyable {
    /// The path as given, used in every error (`FILE:LINE: ...`).
    let path: String
    /// What the file holds, for errors: "requests file", "trace".
    let what: String
    /// Largest input read, bytes.
    let maxBytes: Int
    /// How to make a file that is too large smaller, ending the size error.
    let tooLargeFix: String

    /// Bytes read per `read(2)` (and per chunk of an in-memory input).
    static let chunkBytes = 1 << 16
    /// Longest line, bytes: a request is a few dozen.
    static let maxLineBytes = 1 << 20

    private enum Source {
        /// An open descriptor; `owned` when this input opened it (standard input is not closed).
        case descriptor(Int32, owned: Bool)
        /// Bytes in memory, served `chunk` at a time (the fuzz targets and tests vary the chunk).
        case memory([UInt8], chunk: Int)
    }

    private let source: Source
    /// The current chunk and the next unread byte in it.
    var chunk: [UInt8] = []
    var position = 0
    /// 1-based line of the next unread byte.
    var line = 1
    /// Bytes read so far (the byte-order mark included).
    private var bytesRead = 0
    private var memoryOffset = 0
    private var started = false
    private var finished = false
    /// A `\r` ended the last line: a `\n` right after it belongs to the same line end.
    private var skipLineFeed = false
    /// The last byte ``nextByte()`` gave was `\r` (so a `\n` now ends no new line).
    private var afterReturn = false
    /// Where ``nextJSONRecord()`` is in the file (see `TextInput+JSON.swift`).
    var json = JSONPosition.start

    /// Opens `path`: `-` and `/dev/stdin` read standard input; anything `open(2)` can read
    /// (a file, a FIFO, `/dev/fd/N`) is read as a stream. A folder, a missing or unreadable
    /// path and a regular file over `maxBytes` are refused here, before any read.
    init(path: String, what: String, maxBytes: Int, tooLargeFix: String) throws {
        self.path = path
        self.what = what
        self.maxBytes = maxBytes
        self.tooLargeFix = tooLargeFix
        let descriptor: Int32
        let owned: Bool
        if path == "-" || path == "/dev/stdin" {
            // Standard input itself: opening /dev/stdin again fails when it is a socket.
            (descriptor, owned) = (STDIN_FILENO, false)
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.unreadable(path, errno: errno) }
            owned = true
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = Self.unreadable(path, errno: errno)
            if owned { _ = close(descriptor) }
            throw error
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR || (kind == S_IFREG && Int(info.st_size) > maxBytes) {
            if owned { _ = close(descriptor) }
            throw kind == S_IFDIR
                ? InferCapError.unreadableFile(path: path, reason: "is a directory, expected a \(what)")
                : Self.tooLarge(path: path, what: what, maxBytes: maxBytes, fix: tooLargeFix, bytes: Int(info.st_size))
        }
        source = .descriptor(descriptor, owned: owned)
    }

    /// Bytes already in memory, read as the file `path` would be, `chunkBytes` at a time.
    init(bytes: [UInt8], path: String, what: String, maxBytes: Int, tooLargeFix: String, chunkBytes: Int = TextInput.chunkBytes) {
        precondition(chunkBytes >= 1, "chunks hold at least one byte")
        self.path = path
        self.what = what
        self.maxBytes = maxBytes
        self.tooLargeFix = tooLargeFix
        source = .memory(bytes, chunk: chunkBytes)
    }

    deinit {
        if case let .descriptor(descriptor, owned: true) = source { _ = close(descriptor) }
    }

    // MARK: Chunks

    /// Replaces ``chunk`` with the next bytes of the input; false at its end. The first call
    /// drops a UTF-8 byte-order mark (reading on while a pipe has given fewer than 3 bytes).
    mutating func refill() throws -> Bool {
        guard !finished else { return false }
        chunk = try readChunk()
        position = 0
        if !started {
            started = true
            while chunk.count < 3, !chunk.isEmpty {
                let more = try readChunk()
                if more.isEmpty { break }
                chunk += more
            }
            if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        if chunk.isEmpty { finished = true }
        return !chunk.isEmpty
    }

    private mutating func readChunk() throws -> [UInt8] {
        let bytes: [UInt8]
        switch source {
        case let .memory(all, size):
            let end = min(all.count, memoryOffset + size)
            bytes = Array(all[memoryOffset..<end])
            memoryOffset = end
        case let .descriptor(descriptor, _):
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: Self.chunkBytes) { buffer, count in
                while true {
                    let got = read(descriptor, buffer.baseAddress, Self.chunkBytes)
                    if got >= 0 {
                        count = got
                        return
                    }
                    if errno != EINTR {
                        failure = errno
                        count = 0
                        return
                    }
                }
            }
            if failure != 0 { throw Self.unreadable(path, errno: failure) }
        }
        bytesRead += bytes.count
        if bytesRead > maxBytes { throw Self.tooLarge(path: path, what: what, maxBytes: maxBytes, fix: tooLargeFix, bytes: nil) }
        return bytes
    }

    /// The next byte, not consumed; nil at the end of the input.
    mutating func peekByte() throws -> UInt8? {
        if position < chunk.count { return chunk[position] }
        guard try refill() else { return nil }
        return position < chunk.count ? chunk[position] : try peekByte()
    }

    /// The next byte, consumed; nil at the end of the input. Counts a line at each `\n`,
    /// `\r\n` or lone `\r`.
    mutating func nextByte() throws -> UInt8? {
        guard let byte = try peekByte() else { return nil }
        position += 1
        if byte == 0x0D || (byte == 0x0A && !afterReturn) { line += 1 }
        afterReturn = byte == 0x0D
        return byte
    }

    // MARK: Lines

    /// The next line that holds something, without its line end, and its 1-based number;
    /// nil at the end. Blank lines and lines whose first non-blank character is `#` are
    /// skipped (they still count in the numbering). Refuses a line that is not UTF-8 or is
    /// longer than ``maxLineBytes``.
    mutating func nextLine() throws -> (number: Int, text: String)? {
        while let (number, bytes) = try nextRawLine() {
            let content = bytes.drop(while: { $0 == 0x20 || $0 == 0x09 })
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw InferCapError.unreadableFile(path: "\(path):\(number)", reason: "not UTF-8 text")
            }
            return (number, text)
        }
        return nil
    }

    /// The next physical line's bytes (any of `\n`, `\r\n`, `\r` ends it) and its number.
    private mutating func nextRawLine() throws -> (Int, [UInt8])? {
        var bytes: [UInt8] = []
        var sawAny = false
        while true {
            if position >= chunk.count {
                guard try refill() else { break }
                continue
            }
            if skipLineFeed {
                skipLineFeed = false
                if chunk[position] == UInt8(ascii: "\n") {
                    position += 1
                    continue
                }
            }
            sawAny = true
            let rest = chunk[position...]
            guard let end = rest.firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                bytes += rest
                position = chunk.count
                try checkLength(bytes.count)
                continue
            }
            bytes += chunk[position..<end]
            try checkLength(bytes.count)
            skipLineFeed = chunk[end] == UInt8(ascii: "\r")
            position = end + 1
            defer { line += 1 }
            return (line, bytes)
        }
        guard sawAny else { return nil }
        defer { line += 1 }
        return (line, bytes)
    }

    private func checkLength(_ count: Int) throws {
        guard count > Self.maxLineBytes else { return }
        throw InferCapError.unreadableFile(
            path: "\(path):\(line)", reason: "has a line over \(Self.maxLineBytes >> 20) MB; write one request per line")
    }

    /// Skips blank space and `#` comment lines before the first record; returns the first
    /// byte of that record, not consumed (nil when the input holds nothing else). Lines are
    /// still counted, so a record's number is its line in the file.
    mutating func skipToContent() throws -> UInt8? {
        while let byte = try peekByte() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                _ = try nextByte()
            case UInt8(ascii: "#"):
                while let skipped = try peekByte(), skipped != 0x0A, skipped != 0x0D { _ = try nextByte() }
            default:
                return byte
            }
        }
        return nil
    }

    // MARK: Errors

    private static func unreadable(_ path: String, errno code: Int32) -> InferCapError {
        let reason = switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code)).lowercased()
        }
        return InferCapError.unreadableFile(path: path, reason: reason)
    }

    private static func tooLarge(path: String, what: String, maxBytes: Int, fix: String, bytes: Int?) -> InferCapError {
        let size = bytes.map { "is \($0 >> 20) MB, over" } ?? "holds more than"
        return InferCapError.unreadableFile(path: path, reason: "\(size) the \(maxBytes >> 20) MB read for a \(what); \(fix)")
    }
}
