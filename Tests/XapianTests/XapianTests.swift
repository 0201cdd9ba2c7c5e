import Foundation
import TestScratch
import Testing
import Xapian

func temporaryDirectory() -> String {
    Scratch.folder("xapian")
}

@Suite struct ShimErrorMapping {
    @Test func missingDatabaseIsDatabaseNotFound() {
        #expect {
            _ = try Database(path: "/nonexistent/newsindex/db")
        } throws: { ($0 as? XapianError)?.code == .databaseNotFound }
    }

    @Test func secondWriterGetsTheLock() throws {
        let path = temporaryDirectory()
        let first = try WritableDatabase(path: path)
        #expect {
            _ = try WritableDatabase(path: path)
        } throws: { ($0 as? XapianError)?.code == .databaseLock }
        try first.close()
        // Once closed, the lock is free again.
        let second = try WritableDatabase(path: path)
        try second.close()
    }

    @Test func badQueryIsQueryParserError() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        var document = Document()
        document.texts = [.init("hello world")]
        try writer.add(document)
        try writer.close()
        let reader = try Database(path: path)
        var request = SearchRequest()
        request.fields = [.init("person", prefix: "XR", kind: .normalised)]
        request.normalise = { _, value in
            if value == "bad" { throw XapianError(code: .queryParser, message: "no such person") }
            return [value]
        }
        request.query = "person:bad"
        #expect {
            _ = try reader.search(request)
        } throws: { ($0 as? XapianError)?.code == .queryParser && "\($0)".contains("no such person") }
    }

    @Test func closedWriterReportsInvalidOperation() throws {
        let writer = try WritableDatabase(path: temporaryDirectory())
        try writer.close()
        #expect { try writer.commit() } throws: { ($0 as? XapianError)?.code == .invalidOperation }
    }
}

@Suite struct ShimSearch {
    @Test func stemmedSearchHighlightsAndCountsMultiValuedFacetsOncePerKey() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        // Two passages of article A (both mention climate), one of article B.
        let rows: [(key: String, text: String, tags: [String])] = [
            ("A", "Climate talks resumed", ["x", "y"]),
            ("A", "The climate envoy spoke", ["x", "y"]),
            ("B", "Climates change slowly", ["y"]),
            ("C", "Nothing to see here", ["z"]),
        ]
        for (i, row) in rows.enumerated() {
            var document = Document()
            document.data = Array(row.text.utf8)
            document.texts = [.init(row.text)]
            document.addValue(row.key, slot: 0)
            // The list on the last document of each key's run.
            if i + 1 == rows.count || rows[i + 1].key != row.key {
                document.addValue(row.tags.map { "0" + $0 }.joined(separator: "\0"), slot: 1)
            }
            try writer.add(document)
        }
        try writer.close()
        let reader = try Database(path: path)
        var request = SearchRequest()
        request.query = "climate"
        request.collapse = (0, 1)
        request.facets = (1, 1)
        let results = try reader.search(request)
        #expect(results.count == 2)
        #expect(results.distinctKeys == 2)
        #expect(results.spiedDocuments == 3)
        let counts = results.facetCounts(0)
        #expect(counts.values.map { "\($0.value)=\($0.count)" } == ["y=2", "x=1"])
        #expect(counts.distinct == 2)
        #expect(results.facetCounts(0, limit: 1).values.map(\.value) == ["y"])
        let text = String(decoding: try results.data(at: 0), as: UTF8.self)
        let snippet = try results.snippet(text, length: 200, start: "[", end: "]")
        #expect(snippet.contains("[Climate"))
    }

    /// A searcher keeps the people's spellings its queries met, with their persons, and lends each
    /// query the arrays it counts in: counts must not depend on what was searched before, nor on
    /// results still open while another search runs (it then counts in arrays of its own).
    @Test func peopleFacetsDoNotDependOnEarlierOrOpenSearches() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        // One passage per article; the list holds the article's people ("0" + name).
        let articles: [(text: String, people: [String])] = [
            ("storm over the coast", ["Donald Trump", "Kim Jong-un"]),
            ("storm and rain", ["Trump", "Kim Jong-Un", "Ann Lee"]),
            ("calm weather", ["Ann Lee", "Bo Chen"]),
            ("storm and calm", ["Bo Chen", "Donald Trump", "Trump"]),
            ("calm again", ["Kim Jong-un", "Cy Park"]),
        ]
        for article in articles {
            var document = Document()
            document.texts = [.init(article.text)]
            document.addValue(article.people.map { "0" + $0 }.joined(separator: "\0"), slot: 1)
            try writer.add(document)
        }
        try writer.close()
        let reader = try Database(path: path)
        func search(_ text: String, _ aliases: FacetAliases) throws -> SearchResults {
            var request = SearchRequest()
            request.query = text
            request.facets = (1, 1)
            request.facetAliases = aliases
            return try reader.search(request)
        }
        func people(_ results: SearchResults) -> [String] {
            results.facetCounts(0).values.map { "\($0.value)=\($0.count)" }.sorted()
        }
        let merges = [(from: "0Trump", to: "0Donald Trump")]
        let expected = [
            "storm": ["Ann Lee=1", "Bo Chen=1", "Donald Trump=3", "Kim Jong-un=2"],
            "calm": ["Ann Lee=1", "Bo Chen=2", "Cy Park=1", "Donald Trump=1", "Kim Jong-un=1"],
            // (Only a merged spelling met: shown by the name it is merged into, as passages show it.)
            "rain": ["Ann Lee=1", "Donald Trump=1", "Kim Jong-Un=1"],
        ]
        // Each query on aliases of its own: nothing met before.
        for (text, people_) in expected { #expect(people(try search(text, FacetAliases(merges))) == people_, "\(text)") }
        // One searcher's aliases, queries in turn, twice, and with earlier results still open.
        let shared = FacetAliases(merges)
        var open: [SearchResults] = []
        for text in ["storm", "calm", "rain", "calm", "storm", "rain"] {
            let results = try search(text, shared)
            #expect(people(results) == expected[text], "\(text)")
            open.append(results)
        }
        for (text, results) in zip(["storm", "calm", "rain", "calm", "storm", "rain"], open) {
            #expect(people(results) == expected[text], "\(text), read after the later searches")
        }
        open.removeAll()
        #expect(people(try search("storm", shared)) == expected["storm"])
    }

    /// The indexer's stemmer remembers stems in a table of fixed size, where a new word takes an
    /// old one's slot: after 120,000 other words of the same lengths have gone through, the same
    /// words still get their own stems (a slot taken for another word's would give its stem).
    @Test func stemsStayRightWhenTheStemmersMemoryIsFull() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        let words = ["connections", "running", "generously", "nationalities"]
        var first = Document()
        first.texts = [.init(words.joined(separator: " "))]
        try writer.add(first)
        // "qaxxxxx", "qbxxxxx", …: words of no language, as long as those above.
        func made(_ number: Int, length: Int) -> String {
            var (n, word) = (number, "q")
            repeat {
                word.append(Character(UnicodeScalar(UInt8(97 + n % 26))))
                n /= 26
            } while n > 0
            return word.padding(toLength: length, withPad: "x", startingAt: 0)
        }
        var churn = Document()
        churn.texts = [.init(words.flatMap { word in (0..<30_000).map { made($0, length: word.count) } }.joined(separator: " "))]
        try writer.add(churn)
        var again = Document()
        again.texts = [.init(words.joined(separator: " "))]
        try writer.add(again)
        try writer.close()
        let stems = try Database(path: path).terms(withPrefix: "Z")
            .filter { !$0.term.hasPrefix("q") }.map { "\($0.term)=\($0.frequency)" }
        #expect(stems == ["connect=2", "generous=2", "nation=2", "run=2"])
    }

    /// One hit per run gives a collapse's hits, page by page, also when the best documents are
    /// many of one run (the shim then matches again for more).
    @Test func onePerRunGivesTheHitsOfACollapseOnTheRunKey() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        // Run "A": 60 documents that say "storm" three times (the best 60); runs "B"…"H": one
        // document each, saying it fewer times the later the run.
        var runs: [(key: String, texts: [String])] = [("A", Array(repeating: "storm storm storm", count: 60))]
        for (i, key) in ["B", "C", "D", "E", "F", "G", "H"].enumerated() {
            runs.append((key, ["storm " + Array(repeating: "calm", count: i + 1).joined(separator: " ")]))
        }
        runs.append(("I", ["nothing here"]))
        for run in runs {
            for (i, text) in run.texts.enumerated() {
                var document = Document()
                document.data = Array("\(run.key)\(i)".utf8)
                document.texts = [.init(text)]
                document.addValue(run.key, slot: 0)
                if i == run.texts.count - 1 { document.addValue("0" + run.key, slot: 1) }
                try writer.add(document)
            }
        }
        try writer.close()
        let reader = try Database(path: path)
        func hits(offset: Int, limit: Int, onePerRun: Bool) throws -> [String] {
            var request = SearchRequest()
            request.query = "storm"
            request.facets = (1, 1)
            request.offset = offset
            request.limit = limit
            if onePerRun { request.onePerRun = true } else { request.collapse = (0, 1) }
            let results = try reader.search(request)
            #expect(results.distinctKeys == 8)
            return try (0..<results.count).map { String(decoding: try results.data(at: $0), as: UTF8.self) }
        }
        #expect(try hits(offset: 0, limit: 10, onePerRun: true) == ["A0", "B0", "C0", "D0", "E0", "F0", "G0", "H0"])
        for (offset, limit) in [(0, 3), (2, 3), (6, 5), (8, 2)] {
            #expect(try hits(offset: offset, limit: limit, onePerRun: true) == hits(offset: offset, limit: limit, onePerRun: false))
        }
    }

    @Test func articleLevelTermsMatchEveryDocumentOfTheirRun() throws {
        let path = temporaryDirectory()
        let writer = try WritableDatabase(path: path)
        // Three runs (articles); the article-level terms and the run's length are on its last document.
        let runs: [(texts: [String], terms: [String])] = [
            (["alpha one", "beta two", "alpha three"], ["XRx"]),
            (["alpha four", "gamma five"], ["XRy", "XYz"]),
            (["beta six"], ["XRz"]),
            (["alpha seven", "beta eight", "alpha nine", "delta ten"], ["XRx", "XRy"]),
        ]
        for run in runs {
            for (i, text) in run.texts.enumerated() {
                var document = Document()
                document.data = Array(text.utf8)
                document.texts = [.init(text)]
                if i == run.texts.count - 1 {
                    for term in run.terms { document.addTerm(term) }
                    document.addValue(String(run.texts.count), slot: 3)
                }
                try writer.add(document)
            }
        }
        try writer.close()
        let reader = try Database(path: path)
        func matches(_ query: String, filters: [[String]] = [], excludes: [String] = []) throws -> Set<String> {
            var request = SearchRequest()
            request.query = query
            request.fields = [
                .init("person", prefix: "XR", kind: .normalised, articleLevel: true),
                .init("year", prefix: "XY", kind: .boolean, articleLevel: true),
            ]
            request.normalise = { _, value in [value] }
            request.articleSizeSlot = 3
            request.articleFilters = filters
            request.articleExcludes = excludes
            request.limit = 100
            let results = try reader.search(request)
            return Set(try (0..<results.count).map { String(decoding: try results.data(at: $0), as: UTF8.self) })
        }
        let x: Set = ["alpha one", "beta two", "alpha three", "alpha seven", "beta eight", "alpha nine", "delta ten"]
        #expect(try matches("", filters: [["XRx"]]) == x)
        // With words, the matcher skips through the source rather than stepping.
        #expect(try matches("alpha", filters: [["XRx"]]) == ["alpha one", "alpha three", "alpha seven", "alpha nine"])
        #expect(try matches("beta", filters: [["XRy"], ["XRx"]]) == ["beta eight"])
        #expect(try matches("beta OR gamma", filters: [["XRy", "XRz"]]) == ["gamma five", "beta six", "beta eight"])
        #expect(try matches("alpha", excludes: ["XRx"]) == ["alpha four"])
        #expect(try matches("person:x") == x)
        #expect(try matches("alpha year:z") == ["alpha four"])
        #expect(try matches("delta person:y") == ["delta ten"])
        #expect(try matches("", filters: [["XRnobody"]]).isEmpty)
    }
}
