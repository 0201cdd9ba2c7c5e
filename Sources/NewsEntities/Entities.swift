import Foundation

/// What the taggers found in one article.
public enum ArticleField: String, Sendable, Codable { case title, body }

/// A span of a field's text, in Unicode scalars (Python string indices), `end` exclusive.
public struct Mention: Hashable, Sendable, Codable {
    public var field: ArticleField
    public var start: Int
    public var end: Int
    public init(field: ArticleField, start: Int, end: Int) {
        self.field = field
        self.start = start
        self.end = end
    }
}

public struct PersonEntity: Sendable, Equatable {
    /// The fullest form the article uses: "John Kerry" for every "Kerry" and "Mr. Kerry".
    public var name: String
    public var mentions: [Mention]
    /// Why it was tagged, for `tag --explain`.
    public var evidence: [String]
    public var key: String { EntityKey.person(name) }
}

public struct CountryEntity: Sendable, Equatable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    public var mentions: [Mention]
    public var evidence: [String]
    /// The article is about it: named in the dateline, in the title and again in the text, four
    /// times, or twice with one in the lead paragraph (`EntityTagger.salience`).
    public var salient: Bool
}

/// A name-shaped span a rule decided is no person ("Dallas Mavericks": a team), for `tag --explain`.
public struct Rejection: Sendable, Equatable {
    public var text: String
    public var mention: Mention
    public var reason: String
}

public struct ArticleEntities: Sendable, Equatable {
    public var people: [PersonEntity] = []
    public var countries: [CountryEntity] = []
    /// Filled only when the tagger is asked to explain.
    public var rejected: [Rejection] = []
    /// Names that are people only if the archive says so: runs of two or three words that no cue in
    /// the article took ("Reince Priebus", "Mitt Romney's campaign"), or that ended in a common
    /// English word ("Karl Rove", "Elon Musk", but also "Boston Marathon"). The indexer stores them
    /// apart; the archive counts them as the person where it names that person with a cue often
    /// enough (`PersonPromotions`). Not part of `tag`'s output.
    public var unconfirmed: [PersonEntity] = []
    public init(
        people: [PersonEntity] = [], countries: [CountryEntity] = [], rejected: [Rejection] = [], unconfirmed: [PersonEntity] = []
    ) {
        self.people = people
        self.countries = countries
        self.rejected = rejected
        self.unconfirmed = unconfirmed
    }
}

/// Normalised keys: what the index stores and what the query side normalises to, so that
/// "José Álvarez", "JOSE ALVAREZ" and "josé  álvarez" are one person.
public enum EntityKey {
    public static func person(_ name: String) -> String {
        // Most names are ASCII: the same key without Unicode decomposition (a profile had `fold`
        // at 1% of indexing).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var lastWasSpace = true
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    bytes.append(byte + 32)
                    lastWasSpace = false
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    bytes.append(byte)
                    lastWasSpace = false
                case UInt8(ascii: "-"), UInt8(ascii: "'"):
                    continue
                default:
                    if !lastWasSpace {
                        bytes.append(0x20)
                        lastWasSpace = true
                    }
                }
            }
            if bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var lastWasSpace = true
        for scalar in fold(name).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if scalar == "-" || scalar == "'" {
                continue  // "Jae-in" = "Jaein", "O'Rourke" = "ORourke"
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Lower-case, accents removed, curly apostrophes straightened.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return String(out)
    }
}

