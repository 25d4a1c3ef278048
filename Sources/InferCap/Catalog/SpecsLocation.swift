import Foundation

/// Where the built-in catalog (the repository's `specs/` folder) is found at run time.
///
/// SwiftPM's generated `Bundle.module` stops the process (SIGILL) when its resource bundle is
/// neither beside the executable nor in the build folder it was built in, so a binary copied
/// alone would crash on start. This looks in the same places and a few more without stopping,
/// in order:
/// 1. `$INFERCAP_SPECS`, a `specs` folder named by the environment;
/// 2. `infercap_InferCap.resources/specs` beside the executable (what `swift build` and
///    `swift run` place there, and what `scripts/install.sh` copies);
/// 3. `../share/infercap/specs` from the executable's folder (an install prefix);
/// 4. the `specs/` folder of the source checkout this library was compiled from.
public enum SpecsLocation {
    /// The environment variable that names a specs folder, before any other place.
    public static let environmentVariable = "INFERCAP_SPECS"

    /// The places looked in, in order.
    public static var candidates: [String] {
        var paths: [String] = []
        if let named = ProcessInfo.processInfo.environment[environmentVariable], !named.isEmpty { paths.append(named) }
        let executable = Bundle.main.bundleURL
        paths.append(executable.appendingPathComponent("infercap_InferCap.resources/specs").path)
        paths.append(executable.deletingLastPathComponent().appendingPathComponent("share/infercap/specs").path)
        // This file is <checkout>/Sources/InferCap/Catalog/SpecsLocation.swift.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        paths.append(checkout.appendingPathComponent("specs").path)
        return paths
    }

    /// The first candidate that holds a catalog (an `accelerators` folder), or nil.
    public static var found: String? {
        candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("accelerators"), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    /// The error when no candidate holds a catalog: one line naming where it looked.
    static var missing: InferCapError {
        .unreadableFile(
            path: "the built-in catalog (specs/)",
            reason: "not found in \(candidates.joined(separator: ", ")); install with scripts/install.sh PREFIX (binary and catalog together), or set \(environmentVariable) to a specs folder")
    }
}
