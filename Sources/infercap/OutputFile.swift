import ArgumentParser
import Foundation

/// Writing a chart or report the user asked for to a file.
enum OutputFile {
    /// Writes `text` to `path`; a path that cannot be written becomes a one-line error (exit 2).
    static func write(_ text: String, to path: String, flag: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("\(flag): cannot write \(path): \(error.localizedDescription); pass a path in a writable folder")
        }
    }
}
