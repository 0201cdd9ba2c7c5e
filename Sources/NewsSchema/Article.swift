/// One news article as read from an archive, before it is split and tagged.
public struct Article: Sendable, Equatable {
    public var id: String
    public var title: String
    public var body: String
    /// Calendar date of publication, when the record had a readable one.
    public var date: NewsDate?
    public var source: String
    public var url: String
    public var author: String
    /// Where it came from, for messages: "archive.jsonl:42".
    public var origin: String

    public init(
        id: String, title: String = "", body: String, date: NewsDate? = nil, source: String = "", url: String = "",
        author: String = "", origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.origin = origin
    }
}

/// A calendar date without time zone (news archives rarely agree on one).
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...NewsDate.days(year, month)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "2004-11-13"
    public var description: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }
    /// "20041113": the sortable form stored in the date value slot.
    public var sortable: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }

    public static func < (a: NewsDate, b: NewsDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
