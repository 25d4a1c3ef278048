/// Everything that can go wrong in InferCap, as a value a caller can switch on.
///
/// Each case carries what is needed to write one line that says what is wrong and how to fix
/// it (``description``). The library never prints and never exits; the CLI renders the
/// description and exits with status 2.
public enum InferCapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file could not be read (missing, a directory, no permission).
    case unreadableFile(path: String, reason: String)
    /// A file is not valid JSON; `line` is 1-based where known.
    case malformedJSON(path: String, line: Int?, detail: String)
    /// A required field is absent from a spec or config.
    case missingField(path: String, field: String)
    /// A field is present but its value cannot be right (type, unit or range).
    case invalidField(path: String, field: String, problem: String, fix: String)
    /// A name given on the command line or in an API call is not in the catalog.
    case unknownName(kind: String, name: String, suggestion: String?, known: [String])
    /// An HF config whose `model_type` is not one of the supported families.
    case unsupportedArchitecture(path: String, modelType: String, supported: [String])
    /// A parallel layout that this model or chip cannot run.
    case invalidParallelism(detail: String, fix: String)
    /// A precision the accelerator has no hardware support for.
    case unsupportedPrecision(accelerator: String, dtype: String, fix: String)
    /// The model (and at least one sequence of KV cache) does not fit in memory.
    case doesNotFit(detail: String, shortfallBytes: Double, fix: String)
    /// A workload or SLO value that is out of range.
    case invalidWorkload(field: String, value: String, fix: String)
    /// No batch size meets the requested latency targets.
    case sloUnreachable(detail: String, fix: String)
    /// A search hit its time limit or was cancelled before it found any answer.
    case searchStopped(detail: String, fix: String)

    /// One line: what is wrong, and how to fix it. Line breaks and other control characters
    /// that came with the input (a name, a cell of a file) are written as escapes (`\n`,
    /// `\u{0C}`), so the message stays on one line whatever was typed or read.
    public var description: String {
        let text = unescapedDescription
        guard text.unicodeScalars.contains(where: Self.breaksLine) else { return text }
        var line = ""
        for scalar in text.unicodeScalars {
            if Self.breaksLine(scalar) { line += scalar.escaped(asASCII: true) } else { line.unicodeScalars.append(scalar) }
        }
        return line
    }

    /// Control characters (line feed, form feed, NUL, tab...) and the Unicode line and paragraph separators.
    private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    private var unescapedDescription: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .malformedJSON(path, line, detail):
            let at = line.map { ":\($0)" } ?? ""
            return "\(path)\(at): malformed JSON: \(detail); fix the file or pass another"
        case let .missingField(path, field):
            return "\(path): missing required field '\(field)'; add it"
        case let .invalidField(path, field, problem, fix):
            return "\(path): field '\(field)' \(problem); \(fix)"
        case let .unknownName(kind, name, suggestion, known):
            var line = "unknown \(kind) '\(name)'"
            if let suggestion { line += "; did you mean '\(suggestion)'?" }
            line += " (known: \(known.joined(separator: ", ")))"
            return line
        case let .unsupportedArchitecture(path, modelType, supported):
            return "\(path): model_type '\(modelType)' is not supported; supported: \(supported.joined(separator: ", "))"
        case let .invalidParallelism(detail, fix):
            return "invalid parallelism: \(detail); \(fix)"
        case let .unsupportedPrecision(accelerator, dtype, fix):
            return "\(accelerator) has no \(dtype) support; \(fix)"
        case let .doesNotFit(detail, shortfallBytes, fix):
            let gb = (shortfallBytes / 1e9 * 10).rounded(.up) / 10
            return "does not fit: \(detail), short by \(gb) GB per chip; \(fix)"
        case let .invalidWorkload(field, value, fix):
            return "invalid \(field) '\(value)'; \(fix)"
        case let .sloUnreachable(detail, fix):
            return "no batch size meets the SLO: \(detail); \(fix)"
        case let .searchStopped(detail, fix):
            return "\(detail); \(fix)"
        }
    }
}
