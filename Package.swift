// swift-tools-version:6.0
// NewsIndex — search engine for news archives on Xapian. GPL-2.0-or-later.
import PackageDescription

let package = Package(
    name: "NewsIndex",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsindex", targets: ["newsindex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Layer 0: the C libraries. Only CXapian includes <xapian.h>.
        .systemLibrary(
            name: "CXapianSystem", pkgConfig: "xapian-core",
            providers: [.apt(["libxapian-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CXapian", dependencies: ["CXapianSystem"]),
        // Layer 1: the Swift overlay over the shim.
        .target(name: "Xapian", dependencies: ["CXapian"]),
        // Entities: pure Swift, no Xapian.
        .target(name: "NewsEntities", resources: [.copy("Resources/Lexicons")]),
        // The one schema shared by the indexer and the searcher.
        .target(name: "NewsSchema", dependencies: ["NewsEntities"]),
        .target(name: "NewsIndexer", dependencies: ["NewsSchema", "NewsEntities", "Xapian", "CZlib"]),
        .target(name: "NewsSearch", dependencies: ["NewsSchema", "NewsEntities", "Xapian"]),
        .executableTarget(
            name: "newsindex",
            dependencies: [
                "NewsIndexer", "NewsSearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc in place of glibc's malloc: Xapian's indexing allocates and frees small
            // strings by the million, and glibc's malloc took 12% of `index --jobs 2`'s CPU (perf);
            // with jemalloc the run took 12-14% less CPU (CHANGELOG, Benchmarks/README.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        // libFuzzer targets (Scripts/fuzz.sh); a plain build makes a replay tool.
        .executableTarget(name: "newsindex-fuzz", dependencies: ["NewsIndexer", "NewsSearch"]),
        // Test support: one scratch folder per test process, removed at exit.
        .target(name: "TestScratch", path: "Tests/TestScratch"),
        .testTarget(name: "XapianTests", dependencies: ["Xapian", "TestScratch"]),
        .testTarget(name: "NewsEntitiesTests", dependencies: ["NewsEntities"]),
        .testTarget(
            name: "NewsIndexerTests", dependencies: ["NewsIndexer", "TestScratch"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "NewsSearchTests", dependencies: ["NewsSearch", "NewsIndexer", "Xapian", "TestScratch"]),
        .testTarget(
            name: "CLITests", dependencies: ["newsindex", "NewsIndexer", "TestScratch"], resources: [.copy("Fixtures"), .copy("Snapshots")]),
    ],
    cxxLanguageStandard: .cxx17
)
