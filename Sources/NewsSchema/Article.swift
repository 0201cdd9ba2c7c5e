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
        // Each lead byte found by memchr (vectorised): a byte loop over every body cost `tag` 1.1%.
        func invisibleAt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            /// Whether `lead` occurs followed by one of `tails` (its next one or two bytes).
            func found(_ lead: UInt8, _ tails: [[UInt8]]) -> Bool {
                var from = 0
                while from < count, let hit = memchr(base + from, Int32(lead), count - from) {
                    let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                    for tail in tails where at + tail.count < count
                        && tail.indices.allSatisfy({ bytes[at + 1 + $0] == tail[$0] })
                    {
                        return true
                    }
                    from = at + 1
                }
                return false
            }
            return found(0xC2, [[0xAD]]) || found(0xE2, [[0x80, 0x8B], [0x81, 0xA0]]) || found(0xEF, [[0xBB, 0xBF]])
        }
        let found = text.utf8.withContiguousStorageIfAvailable(invisibleAt)
            ?? text.unicodeScalars.contains { Self.invisibles.contains($0.value) }
        guard found else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !Self.invisibles.contains($0.value) })
        return String(scalars)
    }

    private static let invisibles: Set<UInt32> = [0x00AD, 0x200B, 0x2060, 0xFEFF]
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
