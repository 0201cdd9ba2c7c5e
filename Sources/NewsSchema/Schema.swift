import NewsEntities

/// The one schema of a NewsIndex database, used by the indexer to write and by the searcher to read.
///
/// Each passage of an article is one Xapian document. Free text goes through Xapian's TermGenerator
/// (English stemmer, positions): the passage body without a prefix, and the article title
/// unprefixed at a higher weight (no positions), so a title word finds every passage of its
/// article. The title with `S` and positions, for `title:` words and phrases, is article-level. Entities
/// are terms twice: per passage (weighted, so a filter can prefer the passages that mention a person)
/// and per article (boolean, so a filter keeps whole articles). No prefix is a prefix of another.
///
/// Article-level terms (XR, XK, XJ, XS, XY, S) are written once, on the article's last passage, which also
/// holds the article's passage count in slot 3. An article's passages have consecutive document ids
/// (added together; compaction keeps the order), so the search widens a match on the last passage
/// to all of them (`SearchRequest.articleSizeSlot`): the same results as writing the terms on every
/// passage, for 6-8% less indexing time and a 6% smaller index (measured on 5,000 articles); the
/// positional title on every passage cost another 10% of indexing time and 12% of the index.
///
/// | field     | query syntax          | term prefix | value slot | notes                                  |
/// |-----------|-----------------------|-------------|------------|----------------------------------------|
/// | body      | words, "phrases"      | (none)      |            | positions, stemmed (Z prefix)          |
/// | title     | `title:word`          | S (article) |            | also unprefixed on every passage, wdf ×3 |
/// | article   | `id:ID`               | XA          | 0          | unique per article: replace = delete XA |
/// | person    | `person:"Wang Yi"`    | XR (article), XP (passage) | 2 (facets) | normalised key  |
/// | unconfirmed person | (with `person:` once the archive confirms the name) | XW (article), XV (passage) |  | normalised key; facets count the confirmed ones from XW |
/// | country   | `country:CN`          | XK (article), XC (passage) | 2 (facets) | ISO alpha-2, lower-case in terms |
/// | about     | `about:CN`            | XJ (article) | 2 (facets, "4") | the salient countries only (named twice, or in the title or lead) |
/// | source    | `source:reuters`      | XS          | 2 (facets) | folded                                  |
/// | date      | `date:2004-01-01..2004-12-31` |     | 1          | YYYYMMDD, sortable                      |
/// | year      | `year:2004`           | XY          | 2 (facets) |                                         |
///
/// Slot 0 holds the article id on every passage, for tools that collapse on it (Xapian's own collapse
/// key); the search itself finds articles through the facet spy's lists. Slot 2, on the article's last
/// passage only, holds every facet value of the article in one '\0'-joined list, each entry its
/// facet's number and the value ("0Wang Yi", "1CN", "2Reuters", "32004", "4CN" for a country the
/// article is about); never empty ("\0" when the article has none). The facet spy finds a
/// passage's article as the first list at or after it and counts each article once, through its
/// own iterator (see FacetSpy.hpp).
///
/// Each passage's data (`StoredPassage`) holds its text, people and countries, its article's id,
/// its index and the article's passage count; the article's title, date, source, address and
/// author only on the last passage, which the search reads for a hit on another passage (at the hit's
/// id plus count − 1 − index). Repeated on every passage, they took 18 MB of 41 in the document
/// data of 5,000 articles.
public enum Schema {
    /// Bumped whenever terms, slots or stored data change meaning. Stored in the database metadata
    /// and checked on every open.
    public static let version = "7"
    public static let versionKey = "newsindex.schema-version"
    public static let updatedKey = "newsindex.last-update"

    public enum Prefix {
        public static let title = "S"
        public static let article = "XA"
        public static let personInArticle = "XR"
        public static let personInPassage = "XP"
        public static let countryInArticle = "XK"
        public static let countryInPassage = "XC"
        /// The countries the article is about (salient), article-level.
        public static let aboutCountry = "XJ"
        public static let source = "XS"
        public static let year = "XY"
        /// Unconfirmed people (`ArticleEntities.unconfirmed`): article-level and passage-level, apart
        /// from people's terms; a search uses them only for the names the archive confirmed
        /// (`PersonPromotions`).
        public static let unconfirmedPersonInArticle = "XW"
        public static let unconfirmedPersonInPassage = "XV"
    }

    public enum Slot {
        public static let article: UInt32 = 0
        public static let date: UInt32 = 1
        /// On an article's last passage only: its facet list.
        public static let facets: UInt32 = 2
        /// On an article's last passage only: how many passages the article has.
        public static let articleSize: UInt32 = 3
    }

    /// The facets in slot 2's list, by number.
    public enum Facet: Int, CaseIterable, Sendable {
        /// `aboutCountries`: the article's salient countries (named twice, or in the title or the
        /// lead), which rank the countries facet (`countries` has every country named).
        case people = 0, countries, sources, years, aboutCountries

        /// One entry of the facet list: the facet's number, then the value.
        public func entry(_ value: String) -> String { String(rawValue) + value }

    }

    /// How many times a title word counts against a body word in the same passage.
    public static let titleWeight: UInt32 = 3

    /// Xapian rejects terms over 245 bytes; longer values are cut and suffixed with a hash.
    public static func term(_ prefix: String, _ value: String) -> String {
        let term = prefix + value
        guard term.utf8.count > 240 else { return term }
        var cut = ""
        for ch in value where (prefix.utf8.count + cut.utf8.count + ch.utf8.count) <= 220 { cut.append(ch) }
        return prefix + cut + "#" + StableHash.hex(value)
    }

    public static func personValue(_ name: String) -> String { EntityKey.person(name) }
    public static func countryValue(_ code: String) -> String { code.lowercased() }
    public static func sourceValue(_ source: String) -> String {
        EntityKey.fold(source).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

/// A 64-bit FNV-1a hash: stable across runs and platforms (Swift's `Hasher` is seeded per process).
public enum StableHash {
    public static func value(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// 32 hex digits from two differently seeded hashes.
    public static func hex(_ text: String) -> String {
        func h(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return h(value(text)) + h(value(text, seed: 0x8422_2325_cbf2_9ce4))
    }
}
