import ArgumentParser
import Foundation

/// Writing a chart, report or table the user asked for to a file. Paths are checked before
/// any work (`check`), so a bad one fails at once instead of after minutes of computing, and
/// Foundation's errors ("NSCocoaErrorDomain error 512") become one line naming the path.
enum OutputFile {
    /// Refuses a path that cannot be written: a folder, a missing folder, no permission.
    static func check(_ path: String?, flag: String) throws {
        guard let path else { return }
        if let problem = problem(with: path) { throw ValidationError("\(flag): cannot write \(path): \(problem); pass a path in a writable folder") }
    }

    /// Writes `text` to `path`; a path that cannot be written becomes a one-line error (exit 2).
    static func write(_ text: String, to path: String, flag: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            let problem = problem(with: path) ?? "the write failed (is the disk full?)"
            throw ValidationError("\(flag): cannot write \(path): \(problem); pass a path in a writable folder")
        }
    }

    /// Why `path` cannot be written, or nil when it can.
    static func problem(with path: String) -> String? {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard !path.isEmpty else { return "the path is empty" }
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return "it is a folder" }
            return files.isWritableFile(atPath: path) ? nil : "no permission to overwrite it"
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        guard files.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return "there is no folder \(folder)" }
        return files.isWritableFile(atPath: folder) ? nil : "no permission to write in \(folder)"
    }
}
