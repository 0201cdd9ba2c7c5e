import Foundation
import TestScratch
import NewsIndexer
import Testing

/// Runs the built `newsindex` binary, as a user would.
struct CLI {
    static var binary: URL {
        // The test bundle sits in the products folder next to the executable.
        var url = Bundle.module.bundleURL
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("newsindex")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/newsindex")
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NEWSINDEX_INDEX")
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
let snapshots = Bundle.module.resourceURL!.appendingPathComponent("Snapshots").path

func freshIndex() -> String { Scratch.path("cli") }

/// Compares with Snapshots/NAME; with NEWSINDEX_RECORD=1 set, writes the snapshot into the source tree.
func expectSnapshot(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["NEWSINDEX_RECORD"] == "1" {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/" + name)
        try actual.write(to: source, atomically: false, encoding: .utf8)
        return
    }
    let expected = try String(contentsOfFile: snapshots + "/" + name, encoding: .utf8)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

@Suite struct CommandLine {
    @Test func indexReportsSkippedRecordsAndExitsOne() throws {
        let index = freshIndex()
        let run = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Indexed 3 articles"))
        #expect(run.stderr.contains("skipped: malformed JSON: 1"))
        #expect(run.stderr.contains("corpus.jsonl:4"))
        // Again: nothing changes, everything is recognised as unchanged.
        let again = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        #expect(again.stderr.contains("Unchanged, skipped: 3 articles"))
        // One writer adds to an index: said only to whoever asked for more.
        #expect(!again.stderr.contains("--jobs"))
        let asked = try CLI.run(["index", "--jobs", "2", "--index", index, fixtures + "/corpus.jsonl"])
        #expect(asked.stderr.contains("already holds articles; --jobs applies to a new index, using one writer"))
    }

    @Test func searchTextAndJSONMatchSnapshots() throws {
        let index = freshIndex()
        _ = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        let text = try CLI.run(["search", "--index", index, "climate", "--person", "Wang Yi"])
        #expect(text.status == 0)
        try expectSnapshot(text.stdout, "search-climate-wang-yi.txt")
        let json = try CLI.run(["search", "--index", index, "climate", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["query", "total_articles", "total_passages", "hits", "facets"])
        try expectSnapshot(json.stdout, "search-climate.json")
    }

    @Test func strictStopsAtTheFirstBadRecordAndDuplicatesAreReported() throws {
        let lines = [
            #"{"id": "d1", "body": "First version of the story."}"#,
            #"{"id": "d1", "body": "Second version of the story."}"#,
            #"{"id": "d2", "body": "Another story."}"#,
        ]
        let run = try CLI.run(["index", "--index", freshIndex(), "-"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: duplicate id in this run (last wins): 1"))
        #expect(run.stderr.contains("<stdin>:2"))
        let strict = try CLI.run(
            ["index", "--strict", "--index", freshIndex(), fixtures + "/corpus.jsonl"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("stopped at the first bad record"))
    }

    @Test func tagPrintsOffsetsInCodePoints() throws {
        let run = try CLI.run(["tag", "-"], stdin: #"{"id": "x", "title": "Café talk in China", "body": "Née: John Kerry met Wang Yi in Tianjin. Japan sent no one."}"# + "\n")
        #expect(run.status == 0)
        try expectSnapshot(run.stdout, "tag-stdin.jsonl")
    }

    @Test func statsAsJSON() throws {
        let index = freshIndex()
        _ = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        let run = try CLI.run(["stats", "--index", index, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(object["articles"] as? Int == 3)
        #expect(object["passages"] as? Int == 6)
        #expect(object["first_date"] as? String == "2020-01-15")
    }

    @Test func killNineLeavesTheLastCommitAndARerunCompletesIt() throws {
        // A corpus big enough to be caught mid-run.
        let corpus = Scratch.path("kill", suffix: ".jsonl")
        let lines = (0..<3000).map { i in
            #"{"id": "a\#(i)", "title": "Report \#(i)", "body": "John Kerry met Wang Yi in Tianjin to talk about climate number \#(i).\n\nThe talks covered trade, emissions and the weather in Beijing and Tokyo on day \#(i)."}"#
        }
        try lines.joined(separator: "\n").write(toFile: corpus, atomically: false, encoding: .utf8)
        let index = freshIndex()
        for delay in [0.5, 1.5] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["index", "--quiet", "--jobs", "1", "--commit-every", "50", "--index", index, corpus]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // The index opens, and holds whole articles only: passages = 2 × articles here. (A kill
            // before the index was even created leaves none, which `stats` says in one line.)
            let stats = try CLI.run(["stats", "--index", index, "--format", "json"])
            if stats.status == 3 {
                #expect(stats.stderr.contains("no index at"))
                continue
            }
            #expect(stats.status == 0)
            let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
            let articles = object["articles"] as! Int
            #expect(object["passages"] as? Int == articles * 2)
        }
        let rerun = try CLI.run(["index", "--quiet", "--jobs", "1", "--index", index, corpus])
        #expect(rerun.status == 0)
        let stats = try CLI.run(["stats", "--index", index, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as! [String: Any]
        #expect(object["articles"] as? Int == 3000)
        #expect(object["passages"] as? Int == 6000)
    }

    @Test func searchesAnswerWhileAnIndexRunIsWriting() throws {
        let corpus = Scratch.path("concurrent", suffix: ".jsonl")
        let lines = (0..<2000).map { i in
            #"{"id": "c\#(i)", "title": "Climate report \#(i)", "body": "Wang Yi met John Kerry in Tianjin about climate, day \#(i).\n\nTalks on trade with Japan went on, day \#(i)."}"#
        }
        try lines.joined(separator: "\n").write(toFile: corpus, atomically: false, encoding: .utf8)
        let index = freshIndex()
        // An index that exists before the writer starts, so every search has something to open.
        _ = try CLI.run(["index", "--quiet", "--jobs", "1", "--index", index, fixtures + "/corpus.jsonl"])
        let writer = Process()
        writer.executableURL = CLI.binary
        writer.arguments = ["index", "--quiet", "--jobs", "1", "--commit-every", "25", "--index", index, corpus]
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var searches = 0
        while writer.isRunning && searches < 40 {
            let run = try CLI.run(["search", "--index", index, "climate", "--person", "Wang Yi", "--format", "json"])
            #expect(run.status == 0, "search failed while indexing: \(run.stderr)")
            searches += 1
        }
        writer.waitUntilExit()
        #expect(searches > 0)
    }

    @Test func aSecondWriterIsToldAboutTheLock() throws {
        let index = freshIndex()
        let holder = try Indexer(path: index)  // holds Xapian's write lock
        let second = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        #expect(second.status == 3)
        #expect(second.stderr.contains("being written by another newsindex process"))
        #expect(second.stderr.split(separator: "\n").count == 1)
        try holder.close()
        let after = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        #expect(after.stderr.contains("Indexed 3 articles"))
    }

    @Test func errorsAreOneLineWithMeaningfulExitCodes() throws {
        let missing = try CLI.run(["search", "--index", freshIndex(), "x"])
        #expect(missing.status == 3)
        #expect(missing.stderr.hasPrefix("newsindex: no index at"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let index = freshIndex()
        _ = try CLI.run(["index", "--index", index, fixtures + "/corpus.jsonl"])
        let badCountry = try CLI.run(["search", "--index", index, "--country", "Narnia"])
        #expect(badCountry.status == 2)
        #expect(badCountry.stderr.contains("unknown country"))
        let badOption = try CLI.run(["search", "--index", index, "--sort", "sideways", "x"])
        #expect(badOption.status == 64)
        // Facets alone (--limit 0) are not "no match".
        let facetsOnly = try CLI.run(["search", "--index", index, "--limit", "0"])
        #expect(facetsOnly.status == 0 && !facetsOnly.stdout.contains("No articles match"))
        #expect(facetsOnly.stdout.contains("3 articles"))
        // Deleting from an index that is not there says so, and creates nothing.
        let nowhere = freshIndex()
        let delete = try CLI.run(["delete", "--index", nowhere, "--id", "a1"])
        #expect(delete.status == 3)
        #expect(delete.stderr.hasPrefix("newsindex: no index at"))
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }
}
