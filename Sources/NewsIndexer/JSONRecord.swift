import Foundation
import NewsSchema

/// One JSON Lines record → an Article. Field names follow common archive dumps and news APIs, matched
/// whatever their case and separators: `published_at`, `publishedAt` and `Published At` are one name.
enum JSONRecord {
    /// (With the names French, German, Spanish, Italian and Portuguese exports give the same fields:
    /// a spreadsheet's "Titel;Text;Datum;Quelle".)
    static let bodyKeys = [
        "body", "text", "content", "article", "story", "bodytext", "fulltext", "articlebody", "articletext", "maintext",
        "texte", "contenu", "inhalt", "volltext", "texto", "contenido", "cuerpo", "testo", "contenuto", "conteudo",
    ]
    /// A short text: the body when there is none (a feed or an API that gives only a summary), else
    /// its first paragraph unless the body already holds it (a standfirst; see `withSummary`).
    static let summaryKeys = ["description", "summary", "abstract", "lead", "teaser", "snippet", "resume", "resumen", "zusammenfassung"]
    static let titleKeys = ["title", "headline", "webtitle", "heading", "titre", "titel", "uberschrift", "titulo", "titular", "titolo"]
    static let dateKeys = [
        "date", "published", "publishedat", "publicationdate", "publishdate", "pubdate", "datepublished",
        "webpublicationdate", "datetime", "time", "timestamp", "datum", "fecha",
    ]
    static let sourceKeys = [
        "source", "publisher", "outlet", "site", "sitename", "publication", "newspaper", "feed", "quelle", "fuente", "fonte",
    ]
    static let urlKeys = ["url", "link", "weburl", "permalink", "lien", "enlace"]
    static let authorKeys = ["author", "authors", "byline", "creator", "auteur", "autor", "autore", "verfasser"]
    static let idKeys = ["id", "uuid", "guid", "docid", "articleid", "documentid"]
    /// Names of an article's text: a record with none may be a response wrapping articles.
    static let textKeys = Set(bodyKeys + summaryKeys)
    /// Names that mark an object as an article inside such a response.
    static let articleKeys = textKeys.union(titleKeys)

    /// A field's name as the key lists write it: lower case, letters and digits only, accents folded.
    static func normalized(_ name: String) -> String {
        // Most names are written so already ("title", "body"): no new string for them.
        if name.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return name }
        // ("topics_attr", "Title": in ASCII, byte by byte.)
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                switch byte {
                case 0x41...0x5A: bytes.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        // ("Título", "Überschrift": accents folded, as the lists write them.)
        return String(String.UnicodeScalarView(name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }))
    }

    /// The articles of one JSON record: an article object; a response that holds its articles in an
    /// array (`{"status": "ok", "articles": [...]}`, `{"response": {"results": [...]}}`); an array of
    /// article objects.
    static func parse(
        _ line: ArraySlice<UInt8>, origin: String, issue: (ReadIssue) -> Void, _ article: (Article) throws -> Void
    ) rethrows {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }  // blank lines are not records
        var repaired: Data?
        if String(validatingUTF8Bytes: line) == nil {
            repaired = Data(String(decoding: line, as: UTF8.self).utf8)
            issue(ReadIssue(.invalidUTF8, at: origin, "bad bytes replaced with U+FFFD", skipped: false))
        }
        let object: Any
        if repaired == nil, let fast = FastJSON.parse(line, maxDepth: Self.maxNesting) {
            object = fast
        } else {
            // Foundation's parser recurses once per level, up to 512: on a thread with a small stack
            // (a test runner's, a pipeline's) that may overflow, and no article nests so deep.
            // (`FastJSON` reads no deeper either.)
            if nestingDepth(line) > Self.maxNesting {
                issue(ReadIssue(.malformedJSON, at: origin, "arrays and objects nested more than \(Self.maxNesting) deep"))
                return
            }
            do {
                object = try JSONSerialization.jsonObject(with: repaired ?? Data(line), options: [.fragmentsAllowed])
            } catch {
                issue(ReadIssue(.malformedJSON, at: origin, describe(error)))
                return
            }
        }
        let list: [Any]
        if let record = object as? [String: Any] {
            guard !record.keys.contains(where: { textKeys.contains(normalized($0)) }), let wrapped = wrappedArticles(record) else {
                if let parsed = makeArticle(record, origin: origin, issue: issue) { try article(parsed) }
                return
            }
            list = wrapped
        } else if let array = object as? [Any], array.contains(where: { $0 is [String: Any] }) {
            list = array
        } else {
            issue(ReadIssue(.notAnObject, at: origin, "expected {\"id\": …, \"title\": …, \"body\": …}"))
            return
        }
        for (index, element) in list.enumerated() {
            let at = "\(origin) (record \(index + 1))"
            guard let record = element as? [String: Any] else {
                issue(ReadIssue(.notAnObject, at: at, "expected {\"id\": …, \"title\": …, \"body\": …}"))
                continue
            }
            if let parsed = makeArticle(record, origin: at, issue: issue) { try article(parsed) }
        }
    }

    static let maxNesting = 64

    /// How deep the record's arrays and objects nest (brackets inside strings do not count).
    static func nestingDepth(_ bytes: ArraySlice<UInt8>) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// One article object's article, or nil after reporting why not. Each field's value goes to the
    /// key list that names it (by normalized name), the earliest name of the list winning, and of
    /// two names that normalize alike, the one written exactly so ("id" before "_id"): one look-up
    /// per field of the record, no map of the record by normalized name (building one per record
    /// was 2.8% of `tag`'s instructions on raw Reuters records of 17 fields), no look-up per name
    /// of every list (53).
    private static func makeArticle(_ record: [String: Any], origin: String, issue: (ReadIssue) -> Void) -> Article? {
        var chosen = [(rank: Int, inexact: Int, value: String)?](repeating: nil, count: keyLists.count)
        for (name, value) in record {
            let key = normalized(name)
            guard let roles = fieldRoles[key], let text = stringValue(value), !text.isEmpty else { continue }
            let inexact = key == name ? 0 : 1
            for (list, rank) in roles where chosen[list].map({ (rank, inexact) < ($0.rank, $0.inexact) }) ?? true {
                chosen[list] = (rank, inexact, text)
            }
        }
        return makeArticle(origin: origin, issue: issue) { keys in
            keyLists.firstIndex { $0.first == keys.first }.flatMap { chosen[$0]?.value }
        }
    }

    /// The key lists, each a field of the article (named in `fieldNames`).
    private static let keyLists = [bodyKeys, summaryKeys, titleKeys, dateKeys, sourceKeys, urlKeys, authorKeys, idKeys]
    private static let fieldNames = ["body", "summary", "title", "date", "source", "url", "author", "id"]

    /// The article's field a normalised name gives ("pubdate": "date"), by the key lists.
    static func field(named key: String) -> String? {
        fieldRoles[key]?.first.map { fieldNames[$0.list] }
    }

    /// Each name of the key lists: its list (an index into `keyLists`) and its place in the list.
    private static let fieldRoles: [String: [(list: Int, rank: Int)]] = {
        var roles: [String: [(list: Int, rank: Int)]] = [:]
        for (list, keys) in keyLists.enumerated() {
            for (rank, name) in keys.enumerated() { roles[name, default: []].append((list, rank)) }
        }
        return roles
    }()

    /// The array of article objects inside a response object, looked for two levels down:
    /// `articles`, `results`, `items`, `data`, `docs`, `hits` … whichever holds objects with a body or a title.
    static func wrappedArticles(_ record: [String: Any]) -> [[String: Any]]? {
        func looksLikeArticles(_ value: Any) -> [[String: Any]]? {
            guard let list = value as? [[String: Any]], let first = list.first,
                  first.keys.contains(where: { articleKeys.contains(normalized($0)) }) else { return nil }
            return list
        }
        for value in record.values {
            if let list = looksLikeArticles(value) { return list }
        }
        for value in record.values {
            guard let inner = value as? [String: Any] else { continue }
            for nested in inner.values {
                if let list = looksLikeArticles(nested) { return list }
            }
        }
        return nil
    }

    /// A field's text: strings, numbers, lists joined by ", ", and objects by their name
    /// (`"source": {"id": "bbc-news", "name": "BBC News"}`, authors as `[{"name": …}]`).
    static func stringValue(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let list as [Any]: return list.compactMap { stringValue($0) }.joined(separator: ", ")
        case let object as [String: Any]:
            return ["name", "title", "id"].lazy.compactMap { object[$0].flatMap(stringValue) }.first
        default: return nil
        }
    }

    /// `text` without leading and trailing white space and line breaks; as it is (no new string,
    /// no character set) when it starts and ends with a visible ASCII character, as ids do.
    static func trimmedOfWhitespace(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }

    /// Shared by JSON and CSV: builds the article from named fields (`field` gives the first
    /// non-empty value of the names asked for), or reports why not.
    static func makeArticle(origin: String, issue: (ReadIssue) -> Void, field: ([String]) -> String?) -> Article? {
        let body = withSummary(field(summaryKeys), of: withoutTruncationMarker(field(bodyKeys) ?? ""))
        let title = field(titleKeys) ?? ""
        guard body.contains(where: { !$0.isWhitespace }) else {
            issue(ReadIssue(
                .missingBody, at: origin,
                "a record needs \"body\", \"text\" or \"content\" (or at least \"description\" or \"summary\")"))
            return nil
        }
        if PassageSplitter.isOnlyBoilerplate(body) {
            issue(ReadIssue(.missingBody, at: origin, "the body is only boilerplate (\"\(body.prefix(40))\")"))
            return nil
        }
        let trimmedID = field(idKeys).map(trimmedOfWhitespace) ?? ""
        var article = Article(
            id: trimmedID.isEmpty ? "sha-" + StableHash.hex(title + "\n" + body) : trimmedID,
            title: title, body: body, date: date(field(dateKeys), origin: origin, issue: issue),
            source: field(sourceKeys) ?? "", url: field(urlKeys) ?? "", author: field(authorKeys) ?? "", origin: origin)
        takeLeadingDateAndByline(&article)
        return article
    }

    /// The body with the record's summary as its first paragraph, unless the body already holds
    /// the summary's text (many archives repeat the lead as a description); the summary alone when
    /// the body is empty. News APIs give a standfirst here that the (often cut) body lacks.
    static func withSummary(_ summary: String?, of body: String) -> String {
        guard let summary, summary.contains(where: { !$0.isWhitespace }) else { return body }
        guard body.contains(where: { !$0.isWhitespace }) else { return summary }
        // Lower-cased once, then split: no string per word.
        func words(_ text: String) -> [Substring] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        }
        // Compared as words, so spacing and quotes do not matter; a long summary by its first 30
        // words, and one cut short ("… the chancellor vis…") without its last, cut word.
        var summaryWords = Array(words(summary).prefix(31))
        let trimmed = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if !summaryWords.isEmpty, summaryWords.count == 31 || trimmed.hasSuffix("…") || trimmed.hasSuffix("...") {
            summaryWords.removeLast()
        }
        guard !summaryWords.isEmpty else { return body }
        let bodyWords = words(body)
        if bodyWords.count >= summaryWords.count {
            for start in 0...(bodyWords.count - summaryWords.count)
            where bodyWords[start] == summaryWords[0] && bodyWords[start..<start + summaryWords.count].elementsEqual(summaryWords) {
                return body
            }
        }
        return trimmed + "\n\n" + body
    }

    /// A body without the "… [+2345 chars]" that NewsAPI puts where it cut the text (the "…" stays).
    static func withoutTruncationMarker(_ body: String) -> String {
        guard body.hasSuffix("chars]"), let open = body.range(of: "[+", options: .backwards),
              case let count = body[open.upperBound...].dropLast("chars]".count).trimmingCharacters(in: .whitespaces),
              !count.isEmpty, count.allSatisfy(\.isNumber)
        else { return body }
        var kept = body[..<open.lowerBound]
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return String(kept)
    }

    /// A body that opens with its date or byline on lines of their own ("December 29, 2004", "By
    /// Jane Doe"), as scraped pages and wiki dumps keep them: those lines are the article's date and
    /// author (when the record has none, or the same date), not its text. The id stays the record's.
    static func takeLeadingDateAndByline(_ article: inout Article) {
        // Most bodies open with a sentence: a look at the first line's bytes rules them out.
        guard opensWithShortDateOrBylineShapedLine(article.body) else { return }
        // Only the first four lines are looked at (as strings); the rest of the body stays where it is.
        let utf8 = article.body.utf8
        var head: [String] = []
        var lineStart = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex, head.count < 4 {
            if utf8[i] == UInt8(ascii: "\n") {
                var line = Substring(article.body.utf8[lineStart..<i])
                if line.hasSuffix("\r") { line.removeLast() }
                head.append(String(line))
                lineStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        let rest = article.body.utf8[lineStart...]
        var metadata: [String: String] = [:]
        if let date = article.date { metadata["date"] = date.description }
        if !article.author.isEmpty { metadata["author"] = article.author }
        if !article.source.isEmpty { metadata["source"] = article.source }
        if !article.url.isEmpty { metadata["url"] = article.url }
        let before = head.count
        DocumentFile.takeDatelineAndByline(&head, into: &metadata)
        guard head.count < before else { return }
        while let line = head.first, line.allSatisfy(\.isWhitespace) { head.removeFirst() }
        let body = (head + [String(Substring(rest))]).joined(separator: "\n")
        guard body.contains(where: { !$0.isWhitespace }) else { return }
        article.body = body
        if article.date == nil { article.date = metadata["date"].flatMap(DateParser.parse) }
        if article.author.isEmpty { article.author = metadata["author"] ?? "" }
        if article.source.isEmpty { article.source = metadata["source"] ?? "" }
        if article.url.isEmpty { article.url = metadata["url"] ?? "" }
    }

    /// Whether the first non-blank line is at most 80 bytes and holds a digit or opens with "By ".
    private static func opensWithShortDateOrBylineShapedLine(_ body: String) -> Bool {
        var utf8 = body.utf8.makeIterator()
        var length = 0
        var digit = false
        var start: [UInt8] = []
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "\n") {
                if length > 0 { break }
                continue
            }
            if length == 0, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { continue }
            length += 1
            if length > 80 { return false }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { digit = true }
            if start.count < 3 { start.append(byte) }
        }
        return length > 0 && (digit || start == Array("By ".utf8) || start == Array("BY ".utf8))
    }

    /// A record's or a page's date as written, read; an unreadable one is reported (the article is
    /// kept, undated).
    static func date(_ raw: String?, origin: String, issue: (ReadIssue) -> Void) -> NewsDate? {
        guard let raw, !raw.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) else { return nil }
        let date = DateParser.parse(raw)
        if date == nil { issue(ReadIssue(.badDate, at: origin, "\"\(raw.prefix(40))\"", skipped: false)) }
        return date
    }
}

extension String {
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
