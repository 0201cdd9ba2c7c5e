// libFuzzer targets for NewsIndex. Built only by Scripts/fuzz.sh (which passes -sanitize=fuzzer
// and -D NEWSINDEX_FUZZ); a plain `swift build` makes a stub that says how to run them.
//
// The target is chosen with NEWSINDEX_FUZZ_TARGET: jsonl, json, csv, html, markdown, text, passages, tagger, query.
import Foundation
import NewsEntities
import NewsIndexer
import NewsSchema
import NewsSearch

enum FuzzTarget: String, CaseIterable {
    case jsonl, json, csv, html, markdown, text, passages, tagger, query

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["NEWSINDEX_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set NEWSINDEX_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()
}

let tagger = EntityTagger()
let splitter = PassageSplitter()

/// Where the query target's index lives; removed when the process exits.
let searcherPath = NSTemporaryDirectory() + "newsindex-fuzz-\(getpid())"

/// A small index for the query target, built once per process.
// libFuzzer calls the target from one thread only.
nonisolated(unsafe) let searcher: Searcher = {
    let path = searcherPath
    atexit { try? FileManager.default.removeItem(atPath: searcherPath) }
    let indexer = try! Indexer(path: path)
    try! indexer.add(Article(id: "a", title: "Kerry in Tianjin", body: "John Kerry met Wang Yi in Tianjin about climate."))
    try! indexer.add(Article(id: "b", title: "Trade", body: "Trade talks in Tokyo; Japan and China disagreed.",
                             date: NewsDate(year: 2020, month: 1, day: 2), source: "Wire"))
    try! indexer.close()
    return try! Searcher(path: path)
}()

func fuzzOne(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    switch FuzzTarget.current {
    case .jsonl, .json, .csv, .html, .markdown, .text:
        let format: ArticleReader.Format =
            switch FuzzTarget.current {
            case .jsonl: .jsonLines
            case .json: .json
            case .csv: .csv
            case .html: .html
            case .text: .text
            default: .markdown
            }
        try? ArticleReader.parse(bytes, format: format, name: "fuzz", { article in
            // Whatever is read must tag and split without trouble.
            _ = tagger.tag(title: article.title, body: article.body)
            _ = splitter.split(article.body)
        }, issue: { _ in })
    case .passages:
        let passages = splitter.split(text)
        let length = text.unicodeScalars.count
        for passage in passages {
            precondition(passage.ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= length + 1 })
        }
    case .tagger:
        let entities = tagger.tag(title: "", body: text)
        let length = text.unicodeScalars.count
        for mention in entities.people.flatMap(\.mentions) + entities.countries.flatMap(\.mentions) {
            precondition(mention.start >= 0 && mention.start < mention.end && mention.end <= length)
        }
    case .query:
        var query = SearchQuery(text)
        query.limit = 5
        _ = try? searcher.search(query)
    }
}

#if NEWSINDEX_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("newsindex_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in fuzzerTestOneInput(data, size) }
}
#else
@main
struct FuzzStub {
    static func main() {
        // Without libFuzzer: run the target once over each file named, to replay a crash or a corpus.
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            print("Build and run the fuzzers with Scripts/fuzz.sh; or replay inputs: NEWSINDEX_FUZZ_TARGET=tagger newsindex-fuzz FILE...")
        }
        for file in files {
            if let data = FileManager.default.contents(atPath: file) { fuzzOne(Array(data)) }
        }
    }
}
#endif
