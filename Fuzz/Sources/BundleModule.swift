import Foundation

// SwiftPM generates `Bundle.module` for the InferCap target; the fuzz build compiles the
// library's sources with swiftc directly, so it supplies its own: the folder holding specs/
// (INFERCAP_ROOT, else the current directory).
extension Foundation.Bundle {
    static let module: Bundle = {
        let root = ProcessInfo.processInfo.environment["INFERCAP_ROOT"] ?? FileManager.default.currentDirectoryPath
        guard let bundle = Bundle(path: root) else { fatalError("INFERCAP_ROOT=\(root) is not a folder holding specs/") }
        return bundle
    }()
}
