import Foundation
import TestScratch
import NewsIndexer
import NewsSchema
import Testing

let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path

func read(_ paths: [String]) throws -> (articles: [Article], issues: [ReadIssue]) {
    var articles: [Article] = []
    var issues: [ReadIssue] = []
    try ArticleReader(paths: paths).read({ articles.append($0) }, issue: { issues.append($0) })
    return (articles, issues)
}

@Suite struct Readers {
    @Test func jsonLinesWithBrokenRecords() throws {
        let (articles, issues) = try read([fixtures + "/articles.jsonl"])
        #expect(articles.map(\.id).prefix(2) == ["a1", "4"])
        #expect(articles.count == 4)
        #expect(articles[0].date?.description == "2004-11-13")
        #expect(articles[1].title == "Numeric id" && articles[1].body == "Text field instead of body.")
        #expect(articles[1].date?.description == "1987-02-26")
        #expect(articles[2].id.hasPrefix("sha-") && articles[2].date?.description == "2021-09-02")
        #expect(articles[3].id == "a5" && articles[3].date == nil)
        let kinds = issues.map { "\($0.location.split(separator: "/").last!) \($0.kind)" }
        #expect(kinds == [
            "articles.jsonl:2 malformedJSON", "articles.jsonl:3 notAnObject", "articles.jsonl:4 missingBody",
            "articles.jsonl:7 badDate",
        ])
        #expect(issues.last?.skipped == false)
    }

    @Test func contentIDsAreStable() throws {
        let first = try read([fixtures + "/articles.jsonl"]).articles[2].id
        let second = try read([fixtures + "/articles.jsonl"]).articles[2].id
        #expect(first == second)
    }

    @Test func csvWithQuotesNewlinesAndRaggedRows() throws {
        let (articles, issues) = try read([fixtures + "/articles.csv"])
        #expect(articles.map(\.id) == ["c1", "c3"])
        #expect(articles[0].title == "Quoted, title")
        #expect(articles[0].body == "First paragraph.\n\nSecond paragraph with \"quotes\".")
        #expect(articles[0].source == "CSV Wire" && articles[0].date?.description == "2005-01-02")
        #expect(issues.map(\.kind) == [.raggedRow])
        #expect(issues[0].location.hasSuffix("articles.csv:5"))
    }

    @Test func tsv() throws {
        let (articles, _) = try read([fixtures + "/articles.tsv"])
        #expect(articles.map(\.title) == ["Tab title"])
    }

    @Test func folderOfTextMarkdownAndHTML() throws {
        let (articles, issues) = try read([fixtures + "/folder"])
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        #expect(Set(byID.keys) == ["note.txt", "page.html", "sub/page.md"])
        #expect(byID["note.txt"]?.title == "First line is the title")
        #expect(byID["sub/page.md"]?.title == "Markdown Heading")
        #expect(byID["page.html"]?.title == "HTML & Title")
        #expect(byID["page.html"]?.body == "First \"para\" of the page.\n\nSecond para.")
        #expect(Set(issues.map(\.kind)) == [.binaryFile, .emptyFile])
    }

    @Test func gzipAndTruncatedGzip() throws {
        let (articles, _) = try read([fixtures + "/compressed.jsonl.gz"])
        #expect(articles.map(\.id) == ["g1", "g2"])
        let (_, issues) = try read([fixtures + "/truncated.jsonl.gz"])
        #expect(issues.contains { $0.kind == .corruptGzip })
    }

    @Test func missingPathIsReportedNotFatal() throws {
        let (articles, issues) = try read(["/no/such/archive.jsonl", fixtures + "/articles.tsv"])
        #expect(articles.count == 1)
        #expect(issues.first?.kind == .missingPath)
    }

    @Test(arguments: [
        ("2021-09-02T10:00:00Z", "2021-09-02"), ("26-FEB-1987 15:01:01.79", "1987-02-26"), ("Sept. 2, 2021", "2021-09-02"),
        ("2 September 2021", "2021-09-02"), ("Thu, 02 Sep 2021 10:00:00 GMT", "2021-09-02"), ("20210902", "2021-09-02"),
        ("09/02/2021", "2021-09-02"), ("2021-02-30", "nil"), ("soon", "nil"),
    ])
    func dates(_ input: String, _ expected: String) {
        #expect((DateParser.parse(input)?.description ?? "nil") == expected)
    }
}

@Suite struct Passages {
    let splitter = PassageSplitter()

    @Test func paragraphsBoilerplateAndMerging() {
        let long = Array(repeating: "word", count: 40).joined(separator: " ")
        let body = "\(long).\n\nShare This:\n\nTiny bit.\n\n\(long) again.\n\nAdvertisement\n"
        let passages = splitter.split(body)
        #expect(passages.count == 2)
        // A fragment joins its neighbour.
        #expect(passages[1].text == "Tiny bit.\n\(long) again.")
        #expect(!passages.contains { $0.text.contains("Share This") || $0.text.contains("Advertisement") })
    }

    @Test func wireCopyWithoutBlankLines() {
        // One long paragraph per line, as in the seed article.
        let line = Array(repeating: "alpha beta gamma", count: 12).joined(separator: " ") + "."
        let passages = splitter.split([line, line, line].joined(separator: "\n"))
        #expect(passages.count == 3)
        #expect(passages[1].ranges.first?.lowerBound == line.unicodeScalars.count + 1)
    }

    @Test func longParagraphsSplitAtSentenceEnds() {
        let sentence = "Word " + Array(repeating: "word", count: 28).joined(separator: " ") + " end."
        let body = Array(repeating: sentence, count: 10).joined(separator: " ")  // 300 words
        let passages = splitter.split(body)
        #expect(passages.count >= 3)
        #expect(passages.allSatisfy { $0.text.hasSuffix("end.") })
        #expect(passages.map { $0.text.split(separator: " ").count }.reduce(0, +) == 300)
    }
}

@Suite struct PipelineTests {
    @Test func deliversEverythingInOrder() throws {
        var received: [Int] = []
        try Pipeline.run(capacity: 4, produce: { emit in
            for i in 0..<1000 { try emit(i) }
        }, consume: { received.append($0) })
        #expect(received == Array(0..<1000))
    }

    struct Boom: Error {}

    @Test func aConsumerErrorStopsTheProducer() {
        let produced = Counter()
        #expect(throws: Boom.self) {
            try Pipeline.run(capacity: 2, produce: { emit in
                for i in 0..<100_000 {
                    produced.value += 1
                    try emit(i)
                }
            }, consume: { if $0 == 10 { throw Boom() } })
        }
        #expect(produced.value < 100)  // bounded: the producer never ran far ahead
    }

    @Test func aProducerErrorReachesTheCaller() {
        #expect(throws: Boom.self) {
            try Pipeline.run(produce: { emit in
                try emit(1)
                throw Boom()
            }, consume: { (_: Int) in })
        }
    }
}

final class Counter: @unchecked Sendable {
    var value = 0
}

@Suite struct BadInput {
    func temporaryFolder() throws -> String {
        Scratch.folder("bad-input")
    }

    @Test func invalidUTF8IsRepairedAndReported() throws {
        let folder = try temporaryFolder()
        var bytes = Array(#"{"id": "u1", "body": "caf"#.utf8)
        bytes += [0xE9]  // Latin-1 é, invalid in UTF-8
        bytes += Array(#" au lait"}"#.utf8) + [0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/bad.jsonl"))
        let (articles, issues) = try read([folder + "/bad.jsonl"])
        #expect(articles.first?.body == "caf\u{FFFD} au lait")
        #expect(issues.map(\.kind) == [.invalidUTF8])
        #expect(issues.first?.skipped == false)
    }

    @Test func aRecordOverTheLimitIsSkippedWithBoundedMemory() throws {
        let folder = try temporaryFolder()
        let big = #"{"id": "big", "body": ""# + String(repeating: "x", count: 300_000) + "\"}\n"
        try (big + #"{"id": "small", "body": "Small."}"# + "\n").write(toFile: folder + "/big.jsonl", atomically: false, encoding: .utf8)
        var reader = ArticleReader(paths: [folder + "/big.jsonl"])
        reader.maxRecordBytes = 100_000
        var articles: [Article] = []
        var issues: [ReadIssue] = []
        try reader.read({ articles.append($0) }, issue: { issues.append($0) })
        #expect(articles.map(\.id) == ["small"])
        #expect(issues.map(\.kind) == [.tooLarge])
        #expect(issues.first?.location.hasSuffix("big.jsonl:1") == true)
    }

    @Test func symlinkLoopsAreWalkedOnce() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try "Title\n\nBody text.".write(toFile: folder + "/a/story.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/loop", withDestinationPath: folder)
        let (articles, _) = try read([folder])
        #expect(articles.map(\.id) == ["a/story.txt"])
    }

    @Test(arguments: [
        (#"{"id": "b1", "body": "Share This:\n\nAdvertisement"}"#, ReadIssue.Kind.missingBody),
        (#"{"id": "b2", "body": "   \n\t "}"#, .missingBody),
        ("{\"id\": \"b3\", \"body\": " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}",
         .malformedJSON),
        (#"{"id": "b4", "body": "x", "date": "2021-02-30"}"#, .badDate),
        (#""just a string""#, .notAnObject),
    ])
    func oneBadRecordOneClearIssue(_ line: String, _ kind: ReadIssue.Kind) throws {
        var issues: [ReadIssue] = []
        try ArticleReader.parse(Array((line + "\n").utf8), format: .jsonLines, name: "x.jsonl", { _ in }, issue: { issues.append($0) })
        #expect(issues.map(\.kind) == [kind])
        #expect(issues.first?.location == "x.jsonl:1")
    }

    @Test func csvWithoutAUsableHeaderSaysWhatItNeeds() throws {
        var issues: [ReadIssue] = []
        var articles: [Article] = []
        try ArticleReader.parse(Array("a,b\n1,2\n".utf8), format: .csv, name: "x.csv", { articles.append($0) }, issue: { issues.append($0) })
        #expect(articles.isEmpty)
        #expect(issues.map(\.kind) == [.missingHeader])
        #expect(issues.first?.detail.contains("body, text or content") == true)
    }

    @Test func aFolderWithNothingReadableIsNotAnError() throws {
        let folder = try temporaryFolder()
        let (articles, issues) = try read([folder])
        #expect(articles.isEmpty && issues.isEmpty)
    }
}
