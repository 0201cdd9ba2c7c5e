/// What each Xapian document carries in its data: the passage, and on the article's last passage
/// the article's fields too (title, date, source, url, author: empty on the other passages; see
/// `withArticleFields` and Schema). A compact, versioned record of unit-separated fields (input
/// text never holds those bytes: the encoder turns them into spaces).
public struct StoredPassage: Sendable, Equatable {
    public var articleID: String
    public var index: Int
    public var count: Int
    public var title: String
    public var date: NewsDate?
    public var source: String
    public var url: String
    public var author: String
    public var text: String
    public var people: [String]
    /// ISO codes.
    public var countries: [String]
    /// The passage's unconfirmed people (`ArticleEntities.unconfirmed`): shown with `people` where
    /// the archive confirmed the name. (A twelfth field, after the countries, which data written
    /// before it lacks.)
    public var unconfirmed: [String]

    public init(
        articleID: String, index: Int, count: Int, title: String, date: NewsDate?, source: String, url: String,
        author: String, text: String, people: [String], countries: [String], unconfirmed: [String] = []
    ) {
        self.articleID = articleID
        self.index = index
        self.count = count
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.text = text
        self.people = people
        self.countries = countries
        self.unconfirmed = unconfirmed
    }

    static let fieldSeparator: UInt8 = 0x1F
    static let listSeparator: UInt8 = 0x1E
    static let formatVersion: UInt8 = 2

    /// Whether this is its article's last passage, the one that holds the article's fields.
    public var holdsArticleFields: Bool { index == count - 1 }

    /// This passage with the article's fields of `article` (another passage of its article that holds them).
    public func withArticleFields(of article: StoredPassage) -> StoredPassage {
        var passage = self
        (passage.title, passage.date, passage.source, passage.url, passage.author) =
            (article.title, article.date, article.source, article.url, article.author)
        return passage
    }

    /// This passage with its article's fields read from the article's last passage's data (only
    /// the fields before the text are decoded); nil when the data is not that passage's.
    public func withArticleFields(decoding last: [UInt8]) -> StoredPassage? {
        guard last.first == Self.formatVersion else { return nil }
        // The eight fields before the text, and the rest left whole.
        let fields = Self.fields(of: last, upTo: 9)
        guard fields.count == 9 else { return nil }
        func s(_ i: Int) -> String { String(decoding: last[fields[i]], as: UTF8.self) }
        guard last[fields[0]].elementsEqual(articleID.utf8), Self.int(last[fields[1]]) == count - 1 else { return nil }
        var passage = self
        (passage.title, passage.date, passage.source, passage.url, passage.author) =
            (s(3), Self.date(last[fields[4]]), s(5), s(6), s(7))
        return passage
    }

    public func encoded() -> [UInt8] {
        var out: [UInt8] = [Self.formatVersion]
        out.reserveCapacity(text.utf8.count + title.utf8.count + 128)
        func put(_ s: String) {
            for b in s.utf8 { out.append(b == Self.fieldSeparator || b == Self.listSeparator ? 0x20 : b) }
        }
        let fields: [String] = [
            articleID, String(index), String(count), title, date?.description ?? "", source, url, author, text,
        ]
        for field in fields {
            put(field)
            out.append(Self.fieldSeparator)
        }
        for (i, person) in people.enumerated() {
            if i > 0 { out.append(Self.listSeparator) }
            put(person)
        }
        out.append(Self.fieldSeparator)
        for (i, code) in countries.enumerated() {
            if i > 0 { out.append(Self.listSeparator) }
            put(code)
        }
        if !unconfirmed.isEmpty {
            out.append(Self.fieldSeparator)
            for (i, person) in unconfirmed.enumerated() {
                if i > 0 { out.append(Self.listSeparator) }
                put(person)
            }
        }
        return out
    }

    public init?(decoding bytes: [UInt8]) {
        guard bytes.first == Self.formatVersion else { return nil }
        let fields = Self.fields(of: bytes)
        guard fields.count >= 11 else { return nil }
        func s(_ i: Int) -> String { String(decoding: bytes[fields[i]], as: UTF8.self) }
        func list(_ i: Int) -> [String] {
            var items: [String] = []
            var start = fields[i].lowerBound
            for j in fields[i] where bytes[j] == Self.listSeparator {
                if j > start { items.append(String(decoding: bytes[start..<j], as: UTF8.self)) }
                start = j + 1
            }
            if fields[i].upperBound > start { items.append(String(decoding: bytes[start..<fields[i].upperBound], as: UTF8.self)) }
            return items
        }
        self.init(
            articleID: s(0), index: Self.int(bytes[fields[1]]) ?? 0, count: Self.int(bytes[fields[2]]) ?? 0,
            title: s(3), date: Self.date(bytes[fields[4]]), source: s(5), url: s(6), author: s(7), text: s(8),
            people: list(9), countries: list(10), unconfirmed: fields.count > 11 ? list(11) : [])
    }

    /// The byte ranges of the fields after the format byte; with a `limit`, the last of them holds
    /// the rest of the data whole. By hand: the standard library's generic `split` was 3% of the
    /// benchmark queries' instructions.
    private static func fields(of bytes: [UInt8], upTo limit: Int = .max) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(min(limit, 12))
        var start = 1
        var i = 1
        while i < bytes.count, fields.count < limit - 1 {
            if bytes[i] == fieldSeparator {
                fields.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        fields.append(start..<bytes.count)
        return fields
    }

    private static func int(_ bytes: ArraySlice<UInt8>) -> Int? {
        Int(String(decoding: bytes, as: UTF8.self))
    }

    /// The stored date: "2004-11-13" as `NewsDate.description` writes it, read without the
    /// general parser; anything else (or nothing) through it.
    private static func date(_ bytes: ArraySlice<UInt8>) -> NewsDate? {
        guard !bytes.isEmpty else { return nil }
        let s = bytes.startIndex
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[s + i]
                guard (0x30...0x39).contains(b) else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        if bytes.count == 10, bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-"),
           let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) {
            return NewsDate(year: y, month: m, day: d)
        }
        return DateParser.parse(String(decoding: bytes, as: UTF8.self))
    }
}
