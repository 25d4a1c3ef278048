// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "infercap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "InferCap", targets: ["InferCap"]),
        .executable(name: "infercap", targets: ["infercap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target InferCap` builds the DocC catalog in
        // Sources/InferCap.docc. A plugin only: nothing of it is linked into InferCap.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: C
        // System library over OpenBLAS's cblas.h (Debian: libopenblas-dev). Module map + shim only.
        .systemLibrary(
            name: "COpenBLAS",
            path: "Sources/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),

        // MARK: Library
        // The calculator: no printing, no exit, typed errors. The catalog under specs/ ships as
        // resources so the library and the binary work from any directory. No unsafeFlags here
        // or in COpenBLAS: SwiftPM refuses them in a package that others depend on by version.
        // The DocC catalog is Sources/InferCap.docc, beside the sources folder: inside a folder
        // named in `sources:`, SwiftPM 6.3 passes a .docc folder to the compiler and the build fails.
        .target(
            name: "InferCap",
            dependencies: ["COpenBLAS"],
            path: ".",
            exclude: ["README.md", "CHANGELOG.md", "LICENSE", "Tests", "Benchmarks", "Examples", "Fuzz", "images", "Sources/infercap", "Sources/COpenBLAS", ".ci", "scripts"],
            sources: ["Sources/InferCap"],
            resources: [.copy("specs")]
        ),

        // MARK: CLI
        // Parses, calls the library, formats. Nothing else.
        .executableTarget(
            name: "infercap",
            dependencies: [
                "InferCap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "InferCapTests", dependencies: ["InferCap"]),
        // The public surface only (`import InferCap`, never `@testable`): what a dependent sees.
        .testTarget(name: "InferCapAPITests", dependencies: ["InferCap"]),
        .testTarget(name: "infercapTests", dependencies: ["infercap"]),
    ]
)
