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

    @Test func csvDelimitedBySemicolonsOrTabsIsReadByItsHeader() throws {
        // As spreadsheets in much of Europe save ".csv": semicolons, with commas inside fields.
        var articles: [Article] = []
        var issues: [ReadIssue] = []
        let semicolons = "id;title;body\n1;\"A; quoted title\";\"Merkel spoke; \"\"yes\"\",\nshe said.\"\n2;Other;Paris, France.\n"
        try ArticleReader.parse(Array(semicolons.utf8), format: .csv, name: "x.csv", { articles.append($0) }, issue: { issues.append($0) })
        #expect(issues.isEmpty)
        #expect(articles.map(\.id) == ["1", "2"])
        #expect(articles.map(\.title) == ["A; quoted title", "Other"])
        #expect(articles.map(\.body) == ["Merkel spoke; \"yes\",\nshe said.", "Paris, France."])

        // Read as a file (in chunks): a header whose quoted name holds a newline, then tabs.
        let file = Scratch.folder("csv") + "/tabs.csv"
        try "\"ti\ntle\"\tbody\nT1\tHello, from Madrid.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let (fromFile, readIssues) = try read([file])
        #expect(readIssues.isEmpty)
        #expect(fromFile.map(\.body) == ["Hello, from Madrid."])
        // Without a known extension (as standard input), a semicolon header is sniffed as CSV.
        let export = Scratch.folder("csv") + "/export"
        try "title;body\nT;Body, with a comma.\n".write(toFile: export, atomically: true, encoding: .utf8)
        #expect(try read([export]).articles.map(\.body) == ["Body, with a comma."])
        // (Any name of the text the CSV reader takes: "Texte" too.)
        let french = Scratch.folder("csv") + "/export-fr"
        try "Titre;Texte\nT;Corps, avec une virgule.\n".write(toFile: french, atomically: true, encoding: .utf8)
        #expect(try read([french]).articles.map(\.body) == ["Corps, avec une virgule."])

        // A comma wins a tie, as before: "a;b,c" is two columns.
        articles = []
        try ArticleReader.parse(Array("title;x,body\nT;1,Text one.\n".utf8), format: .csv, name: "y.csv", { articles.append($0) }, issue: { _ in })
        #expect(articles.map(\.body) == ["Text one."])
    }

    @Test func fieldsNamedInOtherLanguagesAndHeaderLinesUnderTheTitle() throws {
        let folder = Scratch.folder("fields")
        let files = [
            // A spreadsheet's German export; a Spanish JSON record (accents folded in names).
            "de.csv": "Titel;Text;Datum;Quelle\n\"Treffen in Berlin\";\"Macron traf Scholz.\";2020-01-02;Tagesschau\n",
            "es.jsonl": #"{"título": "Reunión", "texto": "Sánchez met Macron.", "fecha": "2020-02-03", "fuente": "El País"}"# + "\n",
            // A header block that names no title the lists know, over one paragraph: the paragraph
            // is the body, not the title.
            "fr.txt": "Titre: Réunion\nDate: 2020-01-02\n\nMacron met Scholz in Berlin.\n",
            "one.txt": "Just one line about Angela Merkel.\n",
            // Header lines under the title.
            "lines.txt": "Big news today\nDate: 2020-01-02\nSource: Wire\nBy: Jane Doe\n\nMacron met Scholz.\nNote: this stays.\n",
            // ... named as a header block names them ("From" is the author, as in an e-mail's).
            "from.txt": "Big news today\nFrom: Jane Doe\n\nMacron met Scholz.\n",
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let (articles, issues) = try read([folder])
        #expect(issues.isEmpty)
        func fields(_ article: Article) -> [String] {
            [article.title, article.date?.description ?? "", article.source, article.author,
             article.body.trimmingCharacters(in: .whitespacesAndNewlines)]
        }
        let byOrigin = Dictionary(uniqueKeysWithValues: articles.map { (($0.origin as NSString).lastPathComponent.split(separator: ":")[0], fields($0)) })
        #expect(byOrigin["de.csv"] == ["Treffen in Berlin", "2020-01-02", "Tagesschau", "", "Macron traf Scholz."])
        #expect(byOrigin["es.jsonl"] == ["Reunión", "2020-02-03", "El País", "", "Sánchez met Macron."])
        #expect(byOrigin["fr.txt"] == ["Réunion", "2020-01-02", "", "", "Macron met Scholz in Berlin."])
        #expect(byOrigin["one.txt"] == ["", "", "", "", "Just one line about Angela Merkel."])
        #expect(byOrigin["lines.txt"] == ["Big news today", "2020-01-02", "Wire", "Jane Doe", "Macron met Scholz.\nNote: this stays."])
        #expect(byOrigin["from.txt"] == ["Big news today", "", "", "Jane Doe", "Macron met Scholz."])
    }

    @Test func aFoldersFilesOfOtherTypesAreReportedNotRead() throws {
        let folder = Scratch.folder("types")
        for name in ["feed.xml", "story.pdf", "logo.png", "site.css", "note.txt"] {
            try "Title\n\nWang Yi met John Kerry in Beijing.\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let (articles, issues) = try read([folder])
        #expect(articles.map(\.id) == ["note.txt"])
        // Warnings, not skipped records: a saved site's images and styles go unmentioned.
        #expect(issues.map(\.kind) == [.unsupported, .unsupported] && issues.allSatisfy { !$0.skipped })
        #expect(issues.map { ($0.location as NSString).lastPathComponent } == ["feed.xml", "story.pdf"])
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

    @Test func htmlEntitiesOfHTML4AndInvisibleCharactersInWords() throws {
        let page = Scratch.folder("entities") + "/page.html"
        try """
            <html><head><title>Caf&eacute; &laquo;Hunts&shy;man&raquo;</title></head><body>
            <p>Jon Hunts&shy;man met &Eacute;douard in Wash&#173;ing&#xAD;ton at 20&deg;C &ndash; &frac12; hour.</p>
            <p>A zero&#8203;width space, &amp;bogus; and &unknownentity; stay.</p>
            </body></html>
            """.write(toFile: page, atomically: true, encoding: .utf8)
        let (articles, issues) = try read([page])
        #expect(issues.isEmpty)
        #expect(articles.first?.title == "Café «Huntsman»")
        #expect(articles.first?.body == """
            Jon Huntsman met Édouard in Washington at 20°C – ½ hour.

            A zerowidth space, &bogus; and &unknownentity; stay.
            """)
    }

    @Test func pageMetadataAndFrontMatter() throws {
        let (articles, issues) = try read([fixtures + "/pages"])
        #expect(issues.isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        // Open Graph and article:published_time; <title> carries the site's name, og:title does not.
        let og = try #require(byID["og.html"])
        #expect(og.title == "Merkel visits Paris" && og.source == "The Daily Planet" && og.author == "Jane Doe")
        #expect(og.date?.description == "2019-03-04" && og.url == "https://planet.example/merkel-paris")
        #expect(og.body.hasPrefix("German Chancellor Angela Merkel"))
        // JSON-LD inside @graph, ranked above a later <time datetime>.
        let jsonLD = try #require(byID["jsonld.html"])
        #expect(jsonLD.title == "Strong quake hits Chile" && jsonLD.date?.description == "2010-02-27")
        #expect(jsonLD.source == "Wire Service" && jsonLD.author == "Ana Ruiz")
        // YAML front matter with a list; TOML front matter; neither stays in the body.
        let yaml = try #require(byID["yaml.md"])
        #expect(yaml.title == "Kerry lands in Tianjin" && yaml.date?.description == "2021-09-02")
        #expect(yaml.author == "Wire Staff" && yaml.source == "Example Wire")
        #expect(yaml.body.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("John Kerry arrived"))
        let toml = try #require(byID["toml.md"])
        #expect(toml.title == "Toml front matter" && toml.date?.description == "2020-01-05")
        #expect(!toml.body.contains("+++") && !toml.body.contains("# "))
        // Markdown marks go, their text stays.
        let marks = try #require(byID["marks.md"])
        #expect(marks.title == "Talks in Geneva")
        #expect(marks.body.contains("Officials from Iran and the United States met in Geneva."))
        #expect(marks.body.contains("snake_case_name stays; emphasis goes"))
        #expect(!marks.body.contains("https://") && !marks.body.contains("## ") && !marks.body.contains("---"))
    }

    @Test func plainTextHeadersDatelinesAndBylines() throws {
        let (articles, _) = try read([fixtures + "/pages"])
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        // A header block gives the fields and stays out of the body.
        let headers = try #require(byID["headers.txt"])
        #expect(headers.title == "Floods hit Jakarta" && headers.date?.description == "2021-02-03")
        #expect(headers.source == "Wire A" && headers.author == "Jane Doe" && headers.url == "https://wire.example/floods")
        #expect(headers.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Heavy rain flooded Jakarta on Tuesday.")
        // A date and a byline under the title, in a file with "\r\n" line ends.
        let byline = try #require(byID["byline.txt"])
        #expect(byline.title == "Floods hit Jakarta" && byline.date?.description == "2021-02-03")
        #expect(byline.author == "Jane Doe and John Roe")
        #expect(byline.body.trimmingCharacters(in: .whitespacesAndNewlines)
            == "Heavy rain flooded Jakarta on Tuesday.\n\nBy the end of the day the rain had stopped.")
        // Lines that only look like headers or bylines are text.
        let plain = try #require(byID["plain.txt"])
        #expect(plain.title == "Note: what follows is a story" && plain.date == nil && plain.author.isEmpty)
        #expect(plain.body.contains("By the end of the day"))
    }

    @Test func fieldNamesOfNewsAPIsAndUnixTimes() throws {
        let path = Scratch.folder("fields") + "/api.jsonl"
        try """
            {"source": {"id": "bbc-news", "name": "BBC News"}, "author": null, "title": "T1", "description": "Summary.", "url": "https://x", "publishedAt": "2023-05-02T10:00:00Z", "content": "Macron met Scholz."}
            {"Headline": "T2", "Body Text": "Quake hits Japan.", "Publication-Date": 1300000000, "Authors": [{"name": "A"}, {"name": "B"}], "_id": "x2"}
            {"article_id": "x3", "webTitle": "T3", "description": "Only a summary here.", "webPublicationDate": "1300000000123"}
            """.write(toFile: path, atomically: false, encoding: .utf8)
        let (articles, issues) = try read([path])
        #expect(issues.isEmpty)
        #expect(articles.map(\.title) == ["T1", "T2", "T3"])
        #expect(articles[0].source == "BBC News" && articles[0].date?.description == "2023-05-02")
        // A summary the body lacks is its first paragraph.
        #expect(articles[0].body == "Summary.\n\nMacron met Scholz." && articles[0].url == "https://x")
        #expect(articles[1].id == "x2" && articles[1].body == "Quake hits Japan." && articles[1].author == "A, B")
        #expect(articles[1].date?.description == "2011-03-13")
        #expect(articles[2].id == "x3" && articles[2].body == "Only a summary here.")
        #expect(articles[2].date?.description == "2011-03-13")
    }

    @Test func aNameWrittenExactlySoWinsOverOnesThatNormalizeAlike() throws {
        let path = Scratch.folder("exact-names") + "/names.jsonl"
        // Each field in both orders: the record's order must not matter.
        try """
            {"_id": "wrong", "id": "right", "Title": "Wrong", "title": "Right", "body": "Text one."}
            {"id": "right2", "_id": "wrong2", "title": "Right", "Title": "Wrong", "body": "Text two."}
            {"ID": "upper", "Headline": "Second name", "body": "Text three."}
            """.write(toFile: path, atomically: false, encoding: .utf8)
        let (articles, issues) = try read([path])
        #expect(issues.isEmpty)
        #expect(articles.map(\.id) == ["right", "right2", "upper"])
        #expect(articles.map(\.title) == ["Right", "Right", "Second name"])
    }

    @Test func aSummaryTheBodyLacksOpensItAndNewsAPIsCutMarkerGoes() throws {
        let path = Scratch.folder("summary") + "/api.jsonl"
        try #"""
            {"id": "s1", "description": "Leaders met for four hours.", "content": "Xi Jinping met Joe Biden… [+2345 chars]"}
            {"id": "s2", "description": "Xi Jinping met  \"Joe Biden\" near San Francisco on…", "body": "Xi Jinping met Joe Biden near San Francisco on Wednesday."}
            {"id": "s3", "summary": "Biden met Xi", "body": "In California, Biden met Xi on Wednesday. [+12 chars] is kept mid-text."}
            {"id": "s4", "body": "A list [+ chars]", "description": "…"}
            """#.write(toFile: path, atomically: false, encoding: .utf8)
        let (articles, issues) = try read([path])
        #expect(issues.isEmpty)
        #expect(articles.map(\.body) == [
            "Leaders met for four hours.\n\nXi Jinping met Joe Biden…",
            // Already the body's lead (cut short, in other spacing and quotes): not repeated.
            "Xi Jinping met Joe Biden near San Francisco on Wednesday.",
            "In California, Biden met Xi on Wednesday. [+12 chars] is kept mid-text.",
            "A list [+ chars]",
        ])
    }

    @Test func aRecordsLeadingDateAndBylineLinesAreItsDateAndAuthor() throws {
        let path = Scratch.folder("leading") + "/lines.jsonl"
        try #"""
            {"id": "1", "body": "December 29, 2004\nThe death toll rose."}
            {"id": "2", "date": "2004-12-29", "body": "December 29, 2004\n\nThe death toll rose."}
            {"id": "3", "date": "2004-12-30", "body": "December 29, 2004\nThe death toll rose."}
            {"id": "4", "body": "By Jane Doe\nThe death toll rose."}
            {"id": "5", "body": "10 killed in blast\nThe death toll rose."}
            {"id": "6", "body": "December 29, 2004"}
            """#.write(toFile: path, atomically: false, encoding: .utf8)
        let (articles, issues) = try read([path])
        #expect(issues.isEmpty)
        let bodies = articles.map(\.body)
        #expect(bodies == [
            "The death toll rose.", "The death toll rose.", "December 29, 2004\nThe death toll rose.",
            "The death toll rose.", "10 killed in blast\nThe death toll rose.", "December 29, 2004",
        ])
        #expect(articles.map { $0.date?.description ?? "-" } == ["2004-12-29", "2004-12-29", "2004-12-30", "-", "-", "-"])
        #expect(articles[3].author == "Jane Doe")
    }

    @Test func jsonDocumentsArraysAndAPIResponses() throws {
        let (articles, issues) = try read([fixtures + "/json"])
        // array.json: a top-level array; broken.json: the record after a broken one is kept;
        // newsapi.json: a response wrapping its articles; one.json: one pretty-printed object.
        #expect(articles.map(\.title) == [
            "In an array", "Second", "ok", "after", "Scholz in Kyiv", "Only description", "Pretty printed",
        ])
        #expect(articles.first { $0.title == "Only description" }?.body == "Fumio Kishida met Joe Biden in Tokyo.")
        #expect(articles.first { $0.title == "Scholz in Kyiv" }?.origin.hasSuffix("newsapi.json:1 (record 1)") == true)
        #expect(issues.map(\.kind) == [.malformedJSON, .malformedJSON])
        #expect(issues.first?.location.hasSuffix("broken.json:2") == true)
    }

    @Test func standardInputSniffsJSONDocuments() throws {
        let folder = Scratch.folder("sniff")
        try #"[{"id": "s1", "body": "One."}, {"id": "s2", "body": "Two."}]"#.write(
            toFile: folder + "/array", atomically: false, encoding: .utf8)
        try "{\n  \"id\": \"s3\",\n  \"body\": \"Three.\"\n}\n".write(
            toFile: folder + "/pretty", atomically: false, encoding: .utf8)
        let (articles, issues) = try read([folder + "/array", folder + "/pretty"])
        #expect(articles.map(\.id) == ["s1", "s2", "s3"])
        #expect(issues.isEmpty)
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
        ("09/02/2021", "2021-09-02"), ("2021-02-30", "nil"), ("soon", "nil"), ("1630576800", "2021-09-02"),
        ("1630576800000", "2021-09-02"), ("951782400.5", "2000-02-29"), ("0", "nil"),
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

    @Test func boilerplatePrefixesMatchInAnyCaseOnShortLinesOnly() {
        #expect(PassageSplitter.isOnlyBoilerplate("Sign up for our daily newsletter to get the news"))
        #expect(PassageSplitter.isOnlyBoilerplate("  -- SIGN UP FOR THE MORNING BRIEFING TODAY --  "))
        #expect(PassageSplitter.isOnlyBoilerplate("Copyright © 2019 The Daily Planet, all rights"))
        // (80 characters or more: prose that opens so.)
        #expect(!PassageSplitter.isOnlyBoilerplate(
            "Share this story with anyone who wants to know why the vote failed in the Senate on Tuesday"))
        #expect(!PassageSplitter.isOnlyBoilerplate("Signing up for the program was easy, officials said."))
    }

    @Test func videoCaptionsShowInNoPassageUnlessTheyAreTheWholeBody() {
        let text = "The talks went on into the night, officials in Geneva said, and no one would say when they would end."
        let caption = "JUST WATCHED Why isn't there an Ebola vaccine? Replay More Videos ... MUST WATCH Why isn't there an Ebola vaccine? 02:31"
        let passages = PassageSplitter().split("\(text)\n\n\(caption)\n\n\(text) Again.")
        #expect(passages.map(\.text) == [text, "\(text) Again."])
        // A caption alone is the video's page: not boilerplate, kept whole by the builder.
        #expect(!PassageSplitter.isOnlyBoilerplate(caption))
        // The words inside a paragraph are the paragraph's.
        let inline = "\(text) \(caption) More text follows here."
        #expect(PassageSplitter().split(inline).map(\.text) == [inline])
    }

    @Test func wireCopyWithoutBlankLines() {
        // One long paragraph per line, as in the seed article.
        let line = Array(repeating: "alpha beta gamma", count: 12).joined(separator: " ") + "."
        let passages = splitter.split([line, line, line].joined(separator: "\n"))
        #expect(passages.count == 3)
        #expect(passages[1].ranges.first?.lowerBound == line.unicodeScalars.count + 1)
    }

    @Test func windowsLineEndsSeparateParagraphs() {
        let paragraph = Array(repeating: "alpha beta gamma", count: 12).joined(separator: " ") + "."
        let body = [paragraph, paragraph, paragraph].joined(separator: "\r\n\r\n")
        let passages = splitter.split(body)
        #expect(passages.count == 3)
        #expect(passages.allSatisfy { $0.text == paragraph })
        // Offsets count both scalars of "\r\n".
        #expect(passages[1].ranges.first?.lowerBound == paragraph.unicodeScalars.count + 4)
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

@Suite struct StoredPassages {
    static let article = StoredPassage(
        articleID: "wire/7", index: 2, count: 3, title: "Talks & \u{1F}\"deals\"", date: NewsDate(year: 2004, month: 2, day: 29),
        source: "Wire A", url: "https://example.org/7", author: "Jo Doe", text: "Wang Yi met\u{1E}John Kerry.",
        people: ["Wang Yi", "John Kerry"], countries: ["CN", "US"], unconfirmed: ["Kerry"])

    @Test func aPassageReadsBackAsWritten() throws {
        let written = Self.article
        let read = try #require(StoredPassage(decoding: written.encoded()))
        // The separators a text might hold are written as spaces.
        #expect(read.title == "Talks &  \"deals\"" && read.text == "Wang Yi met John Kerry.")
        var expected = written
        (expected.title, expected.text) = (read.title, read.text)
        #expect(read == expected)

        // No date, no entities, no unconfirmed names (then the data has eleven fields, not twelve).
        let bare = StoredPassage(
            articleID: "a", index: 0, count: 1, title: "", date: nil, source: "", url: "", author: "", text: "",
            people: [], countries: [])
        #expect(StoredPassage(decoding: bare.encoded()) == bare)
        #expect(StoredPassage(decoding: [9] + bare.encoded().dropFirst()) == nil)
    }

    @Test func aPassageTakesItsArticlesFieldsFromTheLastPassagesData() throws {
        let first = StoredPassage(
            articleID: "wire/7", index: 0, count: 3, title: "", date: nil, source: "", url: "", author: "",
            text: "First.", people: [], countries: [])
        let last = Self.article.encoded()
        let read = try #require(first.withArticleFields(decoding: last))
        #expect(read.title == "Talks &  \"deals\"" && read.date?.description == "2004-02-29")
        #expect((read.source, read.url, read.author, read.text) == ("Wire A", "https://example.org/7", "Jo Doe", "First."))
        // Another article's data, or not its last passage's, gives nothing.
        var other = first
        other.articleID = "wire/8"
        #expect(other.withArticleFields(decoding: last) == nil)
        var longer = first
        longer.count = 4
        #expect(longer.withArticleFields(decoding: last) == nil)
    }
}

@Suite struct Trimming {
    /// `trimmingSpaces()` stands in for Foundation's `trimmingCharacters(in: .whitespaces)`.
    @Test func spacesTrimAsFoundationTrimsThem() {
        for text in ["  a b  ", "\t\u{00A0}x\u{3000}", "\u{200B}y\u{200B}", "", "   ", "\u{2003}é\u{2009}", "a\n", " e\u{301} ", "\u{180E}z\u{FEFF}", "\u{202F}\u{205F}w\u{1680}"] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
