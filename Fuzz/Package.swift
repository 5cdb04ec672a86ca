// swift-tools-version:6.1
// libFuzzer targets, kept out of the main package so that `swift build` there never needs the fuzzer runtime.
// Build and run with Scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzRead", dependencies: ["FuzzDriver", .product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "FuzzAnalyze", dependencies: ["FuzzDriver", .product(name: "DossierCore", package: "Dossier")]),
    ],
    swiftLanguageModes: [.v6]
)
