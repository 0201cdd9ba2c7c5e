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
        let fields = last.dropFirst().split(separator: Self.fieldSeparator, maxSplits: 8, omittingEmptySubsequences: false)
        guard fields.count == 9 else { return nil }
        func s(_ i: Int) -> String { String(decoding: fields[i], as: UTF8.self) }
        guard s(0) == articleID, Int(s(1)) == count - 1 else { return nil }
        var passage = self
        (passage.title, passage.date, passage.source, passage.url, passage.author) =
            (s(3), DateParser.parse(s(4)), s(5), s(6), s(7))
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
        let fields = bytes.dropFirst().split(separator: Self.fieldSeparator, omittingEmptySubsequences: false)
        guard fields.count >= 11 else { return nil }
        func s(_ i: Int) -> String { String(decoding: fields[fields.startIndex + i], as: UTF8.self) }
        func list(_ i: Int) -> [String] {
            fields[fields.startIndex + i].split(separator: Self.listSeparator).map { String(decoding: $0, as: UTF8.self) }
        }
        self.init(
            articleID: s(0), index: Int(s(1)) ?? 0, count: Int(s(2)) ?? 0, title: s(3),
            date: DateParser.parse(s(4)), source: s(5), url: s(6), author: s(7), text: s(8), people: list(9),
            countries: list(10), unconfirmed: fields.count > 11 ? list(11) : [])
    }
}
