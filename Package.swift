// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierText", "DossierAnalysis", "DossierReader"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CMemoryHints"),
        .target(name: "DossierCompression", dependencies: ["CZlib"]),
        .target(name: "DossierText"),
        .target(
            name: "DossierAnalysis",
            dependencies: ["DossierText", "CMemoryHints"],
            exclude: ["Resources"]
        ),
        .target(
            name: "DossierLibrary",
            dependencies: ["DossierText", "DossierAnalysis", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "DossierFetch",
            dependencies: ["DossierText", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .target(name: "DossierReader", dependencies: ["DossierText"]),
        .target(name: "DossierTerminal", dependencies: ["DossierReader", "CNCursesW"]),
        .target(
            name: "DossierConfiguration",
            dependencies: ["DossierReader", "DossierText", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierText", "DossierAnalysis", "DossierLibrary", "DossierReader", "DossierTerminal",
                "DossierCompression", "DossierConfiguration", "DossierFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "DossierTestSupport", dependencies: ["DossierText"], path: "Tests/DossierTestSupport"),
        .testTarget(name: "DossierTextTests", dependencies: ["DossierText", "DossierTestSupport"]),
        .testTarget(name: "DossierAnalysisTests", dependencies: ["DossierAnalysis", "DossierTestSupport"]),
        .testTarget(name: "DossierLibraryTests", dependencies: ["DossierLibrary", "DossierTestSupport"]),
        .testTarget(name: "DossierReaderTests", dependencies: ["DossierReader", "DossierAnalysis", "DossierTestSupport"]),
        .testTarget(name: "DossierTerminalTests", dependencies: ["DossierTerminal", "DossierReader", "DossierTestSupport"]),
        .testTarget(
            name: "DossierConfigurationTests",
            dependencies: ["DossierConfiguration", "DossierReader", "DossierText", "DossierTestSupport"]
        ),
        .testTarget(name: "DossierCompressionTests", dependencies: ["DossierCompression"]),
        .testTarget(
            name: "DossierFetchTests",
            dependencies: ["DossierFetch", "DossierTestSupport", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .testTarget(name: "DossierEndToEndTests", dependencies: ["DossierTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
