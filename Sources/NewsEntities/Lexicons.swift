import Foundation

/// The gazetteers and name lists, loaded once from the generated files in Resources/Lexicons
/// (rebuild them with Scripts/build-lexicons.py).
public final class Lexicons: Sendable {
    public struct Place: Sendable {
        public enum Kind: String, Sendable { case country, alias, demonym, capital, city, state, stateAmbiguous, blocked }
        public var code: String
        /// The other countries a plural names with `code`'s ("the Koreas": KP, then KR).
        public var otherCodes: [String] = []
        public var kind: Kind
        public var tokenCount: Int
        /// Also a common lower-case word ("Sale", "Island"): trusted only where case tells.
        public var isCommonWord: Bool
    }

    /// Place phrases keyed by their tokens' keys joined with a space ("south korea", "st . lucia").
    public let places: WordTable<Place>
    public let longestPlace: Int
    /// Every leading part of a place phrase ("south", "south korea"): a longest-match scan stops as
    /// soon as what it has read so far is no such part.
    public let placePrefixes: WordSet
    /// The first words of the phrases listed as no place and no person ("merrill" of "merrill
    /// lynch"): where the taggers look for a listed firm's whole name.
    public let blockedFirstWords: WordSet
    /// Towns of 50,000 or more, trusted only in a dateline ("CLEVELAND, Feb 26 -").
    public let datelinePlaces: WordTable<String>
    /// Towns of 15,000 or more named in two words or more ("beverly hills", "alice springs"), as
    /// lower-case words joined with a space: no person's name.
    public let towns: WordSet
    /// Cities of other countries named like a US city of 50,000 or more ("alexandria", "manchester",
    /// "santa fe"; capitals a US city a quarter their size rivals, "georgetown"): the US city in a
    /// story about the US that does not name that country.
    public let usNamesakeCities: WordSet
    /// Case-sensitive short forms: "U.S.", "UK", "UAE".
    public let shortCodes: WordTable<String>
    public let countryNames: [String: String]
    /// Given names used at least `commonGivenName` times in the US lists, with their count.
    public let givenNames: WordTable<Int>
    /// Given names used 20 to 299 times there ("Bernd", "Jesper", "Sanath"), and other countries'
    /// given names the US lists lack ("Muammar", "Shinzo"): trusted only before a surname-shaped word.
    public let rareGivenNames: WordSet
    static let commonGivenName = 300
    public let surnames: WordSet
    /// Surnames that are also given names used 2,000 times or more, but twice as often surnames
    /// ("ross", "graham", "reid"): alone before "who" or a relative, a person's surname.
    public let surnameGivenNames: WordSet
    public let asianSurnames: WordSet
    public let stopWords: WordSet
    /// Lower-case English words that are neither surnames nor common given names ("agreement",
    /// "chamber"): a capitalised one ends a name of a thing, not a person's name.
    public let commonWords: WordSet
    /// English words that are rare surnames too ("banker", "study"): alone in capitals, the word.
    public let surnameWords: WordSet
    /// English words that are also given names used 300 to 4,999 times ("media", "stone", "golden"):
    /// before one of `surnameWords`, a phrase ("Media Player", "Stone Roses"), not a person.
    public let wordGivenNames: WordSet
    /// English words of two or three letters that are no common surname or given name ("age", "man"):
    /// after one of `wordGivenNames`, a phrase ("Stone Age", "Rain Man").
    public let shortWords: WordSet
    /// Titles as token-key sequences joined with a space ("secretary of state", "sen .").
    public let titles: WordSet
    /// Occupations and roles that are titles only in lower case ("singer Bob Dylan", not "the
    /// Singer World Series": capitalised, they are surnames and brands).
    public let lowerCaseTitles: WordSet
    /// Relations ("his mother Nurbika Mamatuyeva"): titles in lower case only, even before a given
    /// name ("Mother Jones", "Uncle Sam" are a magazine and a nation).
    public let relationTitles: WordSet
    /// Titles that only a person's name follows: the list's courtesy titles and legislators' ("Mr.",
    /// "Lord", "Sen."), not "Miss". After them even a place's name is a surname ("Mr. Hamilton").
    public let honorifics: WordSet
    /// Titles abbreviated with no stops, as British copy writes them ("Gen", "Det Supt"): titles only
    /// capitalised ("ADM Growmark" is a firm; a team sheet's "capt" follows a club's name).
    public let abbreviatedTitles: WordSet
    public let longestTitle: Int
    public let titlePrefixes: WordSet

    public static let shared: Lexicons = {
        do {
            return try Lexicons(directory: resourceDirectory())
        } catch {
            fatalError("NewsIndex lexicons are missing from the build (\(error)); rebuild the package")
        }
    }()

    /// Only what search needs (places, short forms, country names): a one-off `newsindex search`
    /// should not pay for the name lists.
    public static let countriesOnly: Lexicons = {
        do {
            return try Lexicons(directory: resourceDirectory(), names: false)
        } catch {
            fatalError("NewsIndex lexicons are missing from the build (\(error)); rebuild the package")
        }
    }()

    /// Country names by ISO code, read on their own (a small file): what showing a search's
    /// countries needs, without the places that finding them in text needs.
    public static let countryNamesByCode: [String: String] = {
        do {
            return try countryNames(in: resourceDirectory())
        } catch {
            fatalError("NewsIndex lexicons are missing from the build (\(error)); rebuild the package")
        }
    }()

    /// A country's name by its ISO code (the code when unknown), from `countryNamesByCode`: for
    /// showing countries without loading the places.
    public static func countryName(_ code: String) -> String { countryNamesByCode[code] ?? code }

    static func countryNames(in directory: URL) throws -> [String: String] {
        let text = try String(contentsOf: directory.appendingPathComponent("countries.tsv"), encoding: .utf8)
        var names: [String: String] = [:]
        for line in cut(text[...], at: "\n") where !line.hasPrefix("#") {
            let fields = cut(line, at: "\t")
            if fields.count == 2 { names[String(fields[0])] = String(fields[1]) }
        }
        return names
    }

    /// `text` cut at an ASCII `separator`, a byte at a time (`split` by Characters was a third of
    /// loading the lexicons).
    static func cut(_ text: Substring, at separator: Unicode.Scalar, keepingEmpty: Bool = false) -> [Substring] {
        text.utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: !keepingEmpty).map { Substring($0) }
    }

    static func resourceDirectory() -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Lexicons")
    }

    /// Loads the lexicons in `directory`; with `names` false, only the countries and places.
    public init(directory: URL, names: Bool = true) throws {
        func lines(_ name: String) throws -> [Substring] {
            guard names || ["places.tsv", "short-codes.tsv"].contains(name) else { return [] }
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return Self.cut(text[...], at: "\n").filter { !$0.hasPrefix("#") }
        }
        var places: [String: Place] = [:]
        var longest = 1
        for line in try lines("places.tsv") {
            let fields = Self.cut(line, at: "\t", keepingEmpty: true)
            guard fields.count >= 3 else { continue }
            let (key, count) = Self.phraseKey(fields[0])
            let kind: Place.Kind =
                switch fields[2] {
                case "country": .country
                case "alias": .alias
                case "demonym": .demonym
                case "capital": .capital
                case "state": .state
                case "state-ambiguous": .stateAmbiguous
                case "blocked": .blocked
                default: .city
                }
            // (Codes joined by a space for a plural of two countries, "koreas": KP KR; split only there.)
            var place = Place(code: String(fields[1]), kind: kind, tokenCount: count, isCommonWord: fields.count > 4 && fields[4] == "1")
            if fields[1].utf8.contains(UInt8(ascii: " ")) {
                let codes = fields[1].split(separator: " ").map(String.init)
                (place.code, place.otherCodes) = (codes[0], Array(codes.dropFirst()))
            }
            places[key] = place
            longest = max(longest, count)
        }
        self.places = WordTable(places)
        longestPlace = longest
        placePrefixes = WordSet(Self.prefixes(of: places.keys))
        blockedFirstWords = WordSet(places.filter { $0.value.kind == .blocked }.compactMap { $0.key.split(separator: " ").first.map(String.init) })
        var dateline: [(String, String)] = []  // (a repeated key: the last one counts, as in a dictionary)
        for line in try lines("dateline-places.tsv") {
            let fields = Self.cut(line, at: "\t")
            if fields.count == 2 { dateline.append((Self.phraseKey(fields[0]).0, String(fields[1]))) }
        }
        datelinePlaces = WordTable(dateline)
        var short: [String: String] = [:]
        for line in try lines("short-codes.tsv") {
            let fields = Self.cut(line, at: "\t")
            if fields.count == 2 { short[String(fields[0])] = String(fields[1]) }
        }
        shortCodes = WordTable(short)
        countryNames = try Self.countryNames(in: directory)
        // The big lists are read as bytes, a line at a time, '#' for comments: 60,000 given names,
        // 90,000 common words.
        func eachLine(_ name: String, reserve: (Int) -> Void = { _ in }, _ body: (ArraySlice<UInt8>) -> Void) throws {
            guard names else { return }
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
            reserve(bytes.count / 8)  // about the number of lines
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                if i > start, bytes[start] != 0x23 { body(bytes[start..<i]) }
                start = i + 1
            }
        }
        // "name<TAB>count".
        // (Into arrays: the tables drop repeated keys themselves, and Swift's hashed sets and
        // dictionaries on the way took a tenth of the start-up.)
        var given: [(String, Int)] = []
        var rare: [String] = []
        given.reserveCapacity(24_000)
        rare.reserveCapacity(40_000)
        try eachLine("given-names.tsv") { line in
            guard let tab = line.firstIndex(of: 0x09) else { return }
            var count = 0
            for digit in line[(tab + 1)...] where digit >= 0x30 && digit <= 0x39 { count = count * 10 + Int(digit - 0x30) }
            let name = String(decoding: line[..<tab], as: UTF8.self)
            if count >= Self.commonGivenName { given.append((name, count)) } else { rare.append(name) }
        }
        let givenNames = WordTable(given)
        self.givenNames = givenNames
        // Other countries' given names the US lists lack ("Muammar", "Shinzo"): rare ones, by the same rule.
        try eachLine("world-given-names.txt") { line in
            let name = String(decoding: line, as: UTF8.self)
            if givenNames[name] == nil { rare.append(name) }
        }
        rareGivenNames = WordSet(rare)
        // One word a line.
        func wordSet(_ name: String) throws -> WordSet {
            var result: [String] = []
            try eachLine(name, reserve: { result.reserveCapacity($0) }) { result.append(String(decoding: $0, as: UTF8.self)) }
            return WordSet(result)
        }
        surnames = try wordSet("surnames.txt")
        surnameGivenNames = try wordSet("surname-given-names.txt")
        asianSurnames = try wordSet("asian-surnames.txt")
        stopWords = try wordSet("stop-words.txt")
        commonWords = try wordSet("common-words.txt")
        surnameWords = try wordSet("surname-words.txt")
        wordGivenNames = try wordSet("word-given-names.txt")
        shortWords = try wordSet("short-words.txt")
        towns = try wordSet("towns.txt")
        usNamesakeCities = try wordSet("us-namesake-cities.txt")
        var titles = Set<String>()
        var roles = Set<String>()
        var relations = Set<String>()
        var honorifics = Set<String>()
        var abbreviations = Set<String>()
        var longestTitle = 1
        for line in try lines("titles.tsv") {
            let fields = Self.cut(line, at: "\t")
            guard let form = fields.first else { continue }
            let (key, count) = Self.phraseKey(form)
            titles.insert(key)
            if fields.count > 1, fields[1] == "role" || fields[1] == "sport" || fields[1] == "relation" { roles.insert(key) }
            if fields.count > 1, fields[1] == "relation" { relations.insert(key) }
            if fields.count > 1, fields[1] == "abbreviation" { abbreviations.insert(key) }
            // ("Miss" is a beauty queen's title too: "Miss Ohio".)
            if fields.count > 1, fields[1] == "courtesy" || fields[1] == "legislature", key != "miss" { honorifics.insert(key) }
            longestTitle = max(longestTitle, count)
            // An office not yet taken up is the office's title too: "Vice President-elect Mike
            // Pence", "Governor-elect", "Defense Secretary-designate" (the tokenizer keeps the
            // hyphenated word whole, so "told Vice President-elect" found a person "Vice").
            if fields.count > 1, Self.electedCategories.contains(String(fields[1])), !key.hasSuffix(".") {
                titles.insert(key + "-elect")
                titles.insert(key + "-designate")
            }
        }
        self.titles = WordSet(titles)
        self.lowerCaseTitles = WordSet(roles)
        self.relationTitles = WordSet(relations)
        self.honorifics = WordSet(honorifics)
        self.abbreviatedTitles = WordSet(abbreviations)
        self.longestTitle = longestTitle
        titlePrefixes = WordSet(Self.prefixes(of: titles))
    }

    /// Resolves what a user typed as a country ("china", "CN", "U.S.", "Britain", "Chinese") to
    /// ISO codes. Empty when nothing matches.
    public func countryCodes(for text: String) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let upper = trimmed.uppercased()
        if upper.count == 2, countryNames[upper] != nil { return [upper] }
        if let code = shortCodes[trimmed] ?? shortCodes[upper] { return [code] }
        let (key, _) = Self.phraseKey(trimmed)
        // ("Bahamas" as "the bahamas"; "the Koreas" as "koreas".)
        for phrase in [key, "the " + key, key.hasPrefix("the ") ? String(key.dropFirst(4)) : key] {
            if let place = places[phrase], !place.code.isEmpty { return [place.code] + place.otherCodes }
        }
        let folded = EntityKey.fold(trimmed)
        if let match = countryNames.first(where: { EntityKey.fold($0.value) == folded }) { return [match.key] }
        return []
    }

    private static func prefixes(of phrases: some Sequence<String>) -> [String] {
        var result: [String] = []  // (with repeats, which `WordSet` drops)
        for phrase in phrases {
            var prefix = ""
            for word in phrase.split(separator: " ") {
                prefix = prefix.isEmpty ? String(word) : prefix + " " + word
                result.append(prefix)
            }
        }
        return result
    }

    /// Categories of titles.tsv whose offices are elected or appointed ahead of taking office.
    private static let electedCategories: Set<String> = [
        "head_of_state", "head_of_government", "legislature", "minister", "subnational", "diplomat", "judiciary",
    ]

    /// A phrase as the taggers see it: its tokens' keys joined by a space, and how many tokens.
    static func phraseKey(_ phrase: some StringProtocol) -> (String, Int) {
        // Lower-case words joined by single spaces or hyphens need no tokenizer (most of the 16,000
        // places and datelines loaded at start-up; the tokenizer took a third of the start-up time).
        if let words = plainWordCount(phrase) { return (String(phrase), words) }
        return tokenizedPhraseKey(phrase)
    }

    /// `phraseKey` through the tokenizer.
    static func tokenizedPhraseKey(_ phrase: some StringProtocol) -> (String, Int) {
        // In capitals, as text writes them, dotted initials are one token ("E.F. Hutton", "U.S."), which
        // lower case ("e.f.") would split.
        let tokens = Tokenizer.tokenize(String(phrase).uppercased()).filter { $0.kind != .lineBreak }
        return (tokens.map(\.key).joined(separator: " "), tokens.count)
    }

    /// How many words, when the phrase is lower-case letters in words joined by single spaces or
    /// hyphens (the tokenizer keeps "abomey-calavi" whole), each letter one that upper-cases and
    /// back to itself ("ß" does not: "SS"); nil otherwise.
    private static func plainWordCount(_ phrase: some StringProtocol) -> Int? {
        var words = 1
        var afterLetter = false
        for scalar in phrase.unicodeScalars {
            if scalar == " " || scalar == "-" {
                guard afterLetter else { return nil }
                if scalar == " " { words += 1 }
                afterLetter = false
            } else if scalar.value >= 0x61 && scalar.value <= 0x7A {
                afterLetter = true
            } else if scalar.value >= 0x80, ScalarClass.isLetter(scalar), !ScalarClass.isUpper(scalar),
                String(scalar).uppercased().lowercased() == String(scalar)
            {
                afterLetter = true
            } else {
                return nil
            }
        }
        return afterLetter ? words : nil
    }

    public func countryName(_ code: String) -> String { countryNames[code] ?? code }

    /// The longest place `accept` takes whose name ends in the hyphenated word at `index`, before
    /// its last hyphen, opened by capitalised words before it: "Hong Kong" in "Hong Kong-based".
    /// `start` is its first token, `head` the word's text before the hyphen.
    func place(
        beforeHyphenAt index: Int, in tokens: [Token], where accept: (Place) -> Bool = { _ in true }
    ) -> (place: Place, start: Int, head: Substring)? {
        let token = tokens[index]
        guard token.kind == .word, let hyphen = token.key.utf8.lastIndex(of: UInt8(ascii: "-")), hyphen != token.key.startIndex,
            let textHyphen = token.text.utf8.lastIndex(of: UInt8(ascii: "-"))
        else { return nil }
        let headKey = token.key[..<hyphen]
        for back in stride(from: min(longestPlace - 1, index), through: 0, by: -1) {
            let before = tokens[(index - back)..<index]
            guard before.allSatisfy({ $0.kind == .word && $0.isCapitalised }) else { continue }
            if let place = places[(before.map(\.key) + [String(headKey)]).joined(separator: " ")], accept(place) {
                return (place, index - back, token.text[..<textHyphen])
            }
        }
        return nil
    }
}
