// swift-tools-version: 6.1
// An example client of the InferCap library: a capacity planner that never touches the CLI.
// It depends on the repository root by path, the way a planning service depends on infercap
// by URL and version. Run from this folder:
//     swift run
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the root package's identity is the
/// name of the folder this repository was cloned into.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "planner",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "Planner",
            dependencies: [.product(name: "InferCap", package: root)]
        ),
    ]
)
