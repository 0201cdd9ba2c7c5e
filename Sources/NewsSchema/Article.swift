#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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
        self.title = Self.withoutInvisibles(title)
        self.body = Self.withoutInvisibles(body)
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.origin = origin
    }

    /// The text without the characters that are never seen, only hint where a line may break or
    /// mark the encoding: soft hyphens (U+00AD, "Hunts\u{AD}man" on many web pages), zero-width spaces
    /// (U+200B), word joiners (U+2060) and byte-order marks (U+FEFF). Left in, they split a word in
    /// two for the tagger and for Xapian ("Wash\u{AD}ing\u{AD}ton" matched no search for
    /// "washington"). Zero-width joiners and non-joiners stay: they shape Persian, Indic and emoji.
    public static func withoutInvisibles(_ text: String) -> String {
        // Each encoding's lead byte found by memchr (vectorised): a byte loop over every body put `tag`
        // at 1.011 of the instructions. (Where the text has no contiguous UTF-8, it is filtered anyway.)
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            invisiblesUTF8.contains { encoding in
                guard let base = bytes.baseAddress else { return false }
                var from = 0
                while from < bytes.count, let hit = memchr(base + from, Int32(encoding[0]), bytes.count - from) {
                    let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                    if at + encoding.count <= bytes.count, bytes[at..<(at + encoding.count)].elementsEqual(encoding) { return true }
                    from = at + 1
                }
                return false
            }
        } ?? true
        guard found else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !invisibles.contains($0) })
        return String(scalars)
    }

    private static let invisibles: Set<Unicode.Scalar> = ["\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}"]
    private static let invisiblesUTF8 = invisibles.map { Array(String($0).utf8) }
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
