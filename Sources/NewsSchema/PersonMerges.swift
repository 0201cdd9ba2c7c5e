import NewsEntities

/// Archive-level merges of people: a surname that articles use alone ("Kerry") is the person whose
/// full name the archive uses with that surname ("John Kerry"), when exactly one full name
/// dominates; a name with middle names or initials ("Donald J. Trump", "Hillary Rodham Clinton") is
/// the two-word name the archive uses far more often ("Donald Trump"); a given name and a suffix
/// ("Donald Jr") is the full name with both that dominates ("Donald Trump Jr"). Recorded in the index
/// metadata by the indexer, read by the searcher: facets count them as one person, and
/// `person:kerry` finds John Kerry. Each article keeps its own mention.
public struct PersonMerge: Sendable, Equatable {
    public var shortKey: String
    public var shortName: String
    public var fullKey: String
    public var fullName: String

    public init(shortKey: String, shortName: String, fullKey: String, fullName: String) {
        self.shortKey = shortKey
        self.shortName = shortName
        self.fullKey = fullKey
        self.fullName = fullName
    }
}

public enum PersonMerges {
    public static let metadataKey = "newsindex.person-merges"
    /// The share of the surname's full-name uses one full name needs to take the surname-only ones.
    public static let dominance = 0.75
    /// How many times more often the archive must use "First Last" than "First Middle Last" to take
    /// it: "John F. Kennedy" is no "John Kennedy" where the senator is named as often.
    public static let middleNameDominance = 3
    /// How many articles the name a short or full given name merges into must have: rarer names are
    /// too often two people ("Mike Miller", "Michael Miller").
    public static let nicknameTargetFrequency = 5

    /// A person key and how many articles use it.
    public typealias Person = (key: String, frequency: Int)
    public typealias Merge = (short: String, full: String)

    /// Decides the merges from each person key and how often it occurs, sorted by the merged key;
    /// `displayName` gives a key's name as an article wrote it (for surnames with an Arabic article);
    /// `familyNameFirst` tells the family names written first ("xi", "moon": "Xi" alone is "Xi
    /// Jinping" when that name dominates the archive's names that start with it). Each rule leaves
    /// alone the keys an earlier one merged.
    public static func decide(
        _ people: [Person], displayName: ((String) -> String?)? = nil, familyNameFirst: (String) -> Bool = { _ in false }
    ) -> [Merge] {
        var merges = surnameAloneMerges(people, familyNameFirst: familyNameFirst) + middleNameMerges(people)
        merges += suffixAloneMerges(people, except: Set(merges.map(\.short)))
        merges += shortGivenNameMerges(people, except: Set(merges.map(\.short)))
        merges += wordBreakMerges(people, except: Set(merges.map(\.short)))
        if let displayName {
            merges += arabicArticleMerges(people, displayName: displayName, except: Set(merges.map(\.short)))
        }
        return resolvingChains(merges).sorted { $0.short < $1.short }
    }

    /// The people grouped under the names `group` gives each (none: left out), every group's most
    /// frequent first (ties by key).
    static func ranked(_ people: [Person], by group: (Person) -> [String]) -> [String: [Person]] {
        var groups: [String: [Person]] = [:]
        for person in people {
            for name in group(person) { groups[name, default: []].append(person) }
        }
        return groups.mapValues { $0.sorted { ($0.frequency, $1.key) > ($1.frequency, $0.key) } }
    }

    /// The words of a key.
    static func words(_ key: String) -> [Substring] { key.split(separator: " ") }

    /// "kerry" -> "john kerry": a surname used alone, into the full name that has `dominance` of the
    /// archive's full names with that surname (or that family name written first: "xi"). A Slavic
    /// surname that no full name ends in as spelled goes by the spelling they share: "yanukovych" ->
    /// "viktor yanukovich", "zelensky" -> "volodymyr zelenskyy" (`EntityTagger.slavicSpelling`).
    static func surnameAloneMerges(_ people: [Person], familyNameFirst: (String) -> Bool) -> [Merge] {
        let fullNames = fullNamesBySurname(people, familyNameFirst: familyNameFirst)
        let bySpelling = ranked(people) { person in
            let words = words(person.key)
            guard words.count > 1, let last = words.last else { return [] }
            return [EntityTagger.slavicSpelling(String(last)) ?? String(last)]
        }
        return people.filter { !$0.key.contains(" ") }.sorted { $0.key < $1.key }.compactMap { single in
            let candidates = fullNames[single.key] ?? bySpelling[EntityTagger.slavicSpelling(single.key) ?? single.key]
            return dominant(candidates).map { (single.key, $0) }
        }
    }

    /// The full names (two words or more) by surname, and by the family name written first where
    /// `familyNameFirst` says so ("xi" for "xi jinping"), most frequent first.
    static func fullNamesBySurname(_ people: [Person], familyNameFirst: (String) -> Bool) -> [String: [Person]] {
        ranked(people) { person in
            let words = words(person.key)
            guard words.count > 1, let first = words.first, let last = words.last else { return [] }
            return familyNameFirst(String(first)) ? [String(last), String(first)] : [String(last)]
        }
    }

    /// The first (most frequent) of `candidates` when it has `dominance` of their uses.
    static func dominant(_ candidates: [Person]?) -> String? {
        guard let candidates, let best = candidates.first else { return nil }
        let total = candidates.reduce(0) { $0 + $1.frequency }
        return Double(best.frequency) >= dominance * Double(total) ? best.key : nil
    }

    /// "donald j trump" -> "donald trump": the same first and last word, the two-word name
    /// `middleNameDominance` times more frequent. (A suffix is no last name: "Donald Trump Jr" is
    /// no "Donald Jr" however often that is written.)
    static func middleNameMerges(_ people: [Person]) -> [Merge] {
        let frequency = Dictionary(people.map { ($0.key, $0.frequency) }, uniquingKeysWith: +)
        return people.sorted { $0.key < $1.key }.compactMap { person in
            let words = words(person.key)
            guard words.count >= 3, let first = words.first, let last = words.last, !EntityTagger.personSuffixes.contains(String(last))
            else { return nil }
            let short = String(first + " " + last)
            guard let count = frequency[short], count >= middleNameDominance * person.frequency else { return nil }
            return (person.key, short)
        }
    }

    /// "donald jr" -> "donald trump jr": a given name and "Jr" or "Sr", into the full name with that
    /// given name and suffix that has `dominance` of the archive's uses of such names. (Not a
    /// regnal number: "Charles II" and "Richard III" are kings, not "Charles Williams II".)
    static func suffixAloneMerges(_ people: [Person], except merged: Set<String>) -> [Merge] {
        let generations: Set<Substring> = ["jr", "sr"]
        let fullNames = ranked(people) { person in
            let words = words(person.key)
            guard words.count >= 3, let first = words.first, let last = words.last, generations.contains(last) else { return [] }
            return [String(first + " " + last)]
        }
        return people.sorted { $0.key < $1.key }.compactMap { short in
            let words = words(short.key)
            guard words.count == 2, generations.contains(words[1]), !merged.contains(short.key) else { return nil }
            return dominant(fullNames[short.key]).map { (short.key, $0) }
        }
    }

    /// "jim mattis" -> "james mattis", "joseph r biden" -> "joe biden": the same surname after a
    /// given name and its short form (`nicknames`), into a more frequent two-word form with
    /// `nicknameTargetFrequency` articles (a form with middle names only when they are initials and
    /// it is `middleNameDominance` times rarer).
    static func shortGivenNameMerges(_ people: [Person], except merged: Set<String>) -> [Merge] {
        let bySurname = ranked(people) { person in
            let words = words(person.key)
            return words.count >= 2 ? [String(words[words.count - 1])] : []
        }
        var merges: [Merge] = []
        for forms in bySurname.values where forms.count > 1 {
            for (rank, form) in forms.enumerated() where !merged.contains(form.key) {
                let words = words(form.key)
                guard let first = words.first else { continue }
                // (Only into a form ranked before it: two forms named as often make one merge.)
                let target = forms[..<rank].first { other in
                    let otherWords = Self.words(other.key)
                    guard otherWords.count == 2, other.frequency >= nicknameTargetFrequency, let otherFirst = otherWords.first,
                        otherFirst != first, sameGivenName(String(first), String(otherFirst))
                    else { return false }
                    // ("Thomas Chatterton Williams" is no "Tom Williams".)
                    return words.count == 2
                        || (other.frequency >= middleNameDominance * form.frequency
                            && words.dropFirst().dropLast().allSatisfy { $0.count == 1 })
                }
                if let target { merges.append((form.key, target.key)) }
            }
        }
        return merges
    }

    /// "kim jongun" -> "kim jong un" ("Kim Jong-un", "Kim Jong Un"): names that differ only in
    /// breaking a word or not, into the archive's most frequent spelling. (Not "Danielle Vinson" and
    /// "Daniel Levinson": each breaks where the other does not.)
    static func wordBreakMerges(_ people: [Person], except merged: Set<String>) -> [Merge] {
        func breaks(_ key: String) -> Set<Int> {
            var offsets: Set<Int> = []
            var letters = 0
            for character in key {
                if character == " " { offsets.insert(letters) } else { letters += 1 }
            }
            return offsets
        }
        let bySpelling = ranked(people) { $0.key.contains(" ") ? [$0.key.replacingOccurrences(of: " ", with: "")] : [] }
        var merges: [Merge] = []
        for forms in bySpelling.values where forms.count > 1 {
            let target = breaks(forms[0].key)
            for form in forms.dropFirst() where !merged.contains(form.key) {
                let own = breaks(form.key)
                if own.isSubset(of: target) || target.isSubset(of: own) { merges.append((form.key, forms[0].key)) }
            }
        }
        return merges
    }

    /// "bashar alassad" -> "bashar assad" or back ("Bashar al-Assad", "Bashar Assad"): a surname with
    /// and without its Arabic article, the other words the same, into the most frequent form, when
    /// a name as written shows the article apart ("al-", "el-": not "Tom Alford" and "Tom Ford").
    static func arabicArticleMerges(_ people: [Person], displayName: (String) -> String?, except merged: Set<String>)
        -> [Merge]
    {
        let withArticle = { (name: String) -> Bool in
            let folded = name.lowercased()
            return ["al-", "el-", " al ", " el "].contains { folded.contains($0) }
        }
        let byPlainSurname = ranked(people) { person in
            var words = words(person.key).map(String.init)
            guard words.count >= 2, let last = words.last else { return [] }
            if last.count >= 5, last.hasPrefix("al") || last.hasPrefix("el") { words[words.count - 1] = String(last.dropFirst(2)) }
            return [words.joined(separator: " ")]
        }
        var merges: [Merge] = []
        for (plain, forms) in byPlainSurname where forms.count > 1 && forms.contains(where: { $0.key == plain }) {
            guard forms.contains(where: { $0.key != plain && (displayName($0.key).map(withArticle) ?? false) }) else { continue }
            for form in forms.dropFirst() where !merged.contains(form.key) { merges.append((form.key, forms[0].key)) }
        }
        return merges
    }

    /// Short forms of given names that news writes for the same person ("Jim Mattis", "James
    /// Mattis"): short form -> the given names it stands for (not across genders: "Chris" is no
    /// "Christine" here). Curated, CC0.
    static let nicknames: [String: [String]] = [
        "abe": ["abraham"], "al": ["albert", "alfred", "alan", "allen"], "alex": ["alexander"],
        "andy": ["andrew"], "drew": ["andrew"], "tony": ["anthony", "antonio"], "art": ["arthur"],
        "ben": ["benjamin"], "bernie": ["bernard"], "bill": ["william"], "billy": ["william"], "will": ["william"],
        "willie": ["william"], "bob": ["robert"], "bobby": ["robert"], "rob": ["robert"], "robbie": ["robert"],
        "bert": ["albert", "herbert"], "brad": ["bradley"], "cathy": ["catherine", "cathleen"],
        "kathy": ["kathleen", "katherine", "kathryn"], "kate": ["katherine", "catherine", "kathryn"],
        "katie": ["katherine", "kathryn"], "chuck": ["charles"], "charlie": ["charles"],
        "chris": ["christopher", "christian"], "dan": ["daniel"], "danny": ["daniel"],
        "dave": ["david"], "debbie": ["deborah", "debra"], "deb": ["deborah", "debra"],
        "dick": ["richard"], "rich": ["richard"], "rick": ["richard", "frederick"], "ricky": ["richard"],
        "don": ["donald"], "donnie": ["donald"], "doug": ["douglas"], "ed": ["edward", "edwin"],
        "eddie": ["edward"], "ted": ["edward", "theodore"], "teddy": ["theodore", "edward"],
        "fred": ["frederick", "alfred"], "freddie": ["frederick"], "gene": ["eugene"], "greg": ["gregory"],
        "hank": ["henry"], "harry": ["henry", "harold"], "hal": ["harold", "henry"], "jake": ["jacob"],
        "jim": ["james"], "jimmy": ["james"], "jamie": ["james"], "jerry": ["gerald", "jerrold", "jerome"],
        "joe": ["joseph"], "joey": ["joseph"], "jon": ["jonathan"], "josh": ["joshua"], "ken": ["kenneth"],
        "kenny": ["kenneth"], "larry": ["lawrence", "laurence"], "liz": ["elizabeth"], "beth": ["elizabeth"],
        "betsy": ["elizabeth"], "betty": ["elizabeth"], "maggie": ["margaret"], "peggy": ["margaret"],
        "matt": ["matthew"], "mike": ["michael"], "mickey": ["michael"], "mitch": ["mitchell"],
        "nate": ["nathan", "nathaniel"], "nick": ["nicholas"], "nicky": ["nicholas"], "pat": ["patrick"],
        "patty": ["patricia"], "pete": ["peter"], "phil": ["philip", "phillip"], "randy": ["randall", "randolph"],
        "ray": ["raymond"], "ron": ["ronald"], "ronnie": ["ronald"], "russ": ["russell"],
        "sam": ["samuel"], "sandy": ["sandra"], "steve": ["steven", "stephen"], "sue": ["susan"],
        "susie": ["susan"], "terry": ["terrence", "terence"], "tim": ["timothy"], "tom": ["thomas"],
        "tommy": ["thomas"], "vince": ["vincent"], "walt": ["walter"], "zach": ["zachary"], "zack": ["zachary"],
        "jeff": ["jeffrey", "jeffery"], "jen": ["jennifer"], "jenny": ["jennifer"], "becky": ["rebecca"],
        "vicky": ["victoria"], "barb": ["barbara"], "gabby": ["gabrielle"], "cindy": ["cynthia"],
        "wes": ["wesley"], "stan": ["stanley"], "lou": ["louis"], "mel": ["melvin"], "ollie": ["oliver"],
        "newt": ["newton"], "manny": ["manuel"], "eli": ["elijah"],
    ]

    /// Whether one given name is the other's short form ("jim", "james"). Two short forms of one
    /// name are not taken as one ("Drew" and "Andy" Harris, "Fred" and "Al" Smith are other people).
    static func sameGivenName(_ a: String, _ b: String) -> Bool {
        (nicknames[a]?.contains(b) ?? false) || (nicknames[b]?.contains(a) ?? false)
    }

    /// Each merge pointing at its final name: "a" -> "b" and "b" -> "c" make "a" -> "c" (the facet
    /// spy and the searcher apply one step).
    static func resolvingChains(_ merges: [Merge]) -> [Merge] {
        let into = Dictionary(merges.map { ($0.short, $0.full) }, uniquingKeysWith: { first, _ in first })
        return merges.map { merge in
            var full = merge.full
            var seen: Set<String> = [merge.short]
            while let next = into[full], seen.insert(full).inserted { full = next }
            return (merge.short, full)
        }.filter { $0.short != $0.full }
    }

    public static func encode(_ merges: [PersonMerge]) -> String {
        merges.map { [$0.shortKey, $0.shortName, $0.fullKey, $0.fullName].joined(separator: "\t") }.joined(separator: "\n")
    }

    public static func decode(_ text: String) -> [PersonMerge] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return PersonMerge(shortKey: fields[0], shortName: fields[1], fullKey: fields[2], fullName: fields[3])
        }
    }

    /// The display name of person `key` in an article's facet list ("0Wang Yi\01CN…").
    public static func displayName(of key: String, inFacetList list: String) -> String? {
        for entry in list.split(separator: "\0") where entry.first == "0" {
            let name = String(entry.dropFirst())
            if EntityKey.person(name) == key { return name }
        }
        return nil
    }
}

/// A surname typed alone in a search (`--person merkel`, `person:modi`) where no article names the
/// person so (no key "merkel", so no merge): the full names of the archive with that surname, the
/// dominant one alone where one has `PersonMerges.dominance` of their uses ("merkel" -> "angela
/// merkel"), else all of them ("bush" -> "george w bush", "jeb bush", ...). Recorded in the index
/// metadata by the indexer; the searcher reads it only when such a surname is typed.
public enum PersonSurnames {
    public static let metadataKey = "newsindex.person-surnames"

    /// Each surname (and family name written first) with its full names, sorted by surname; and a
    /// Slavic surname's common spelling where the archive writes it otherwise only ("zelensky" for
    /// "volodymyr zelenskyy": `EntityTagger.slavicSpelling`).
    public static func decide(
        _ people: [PersonMerges.Person], familyNameFirst: (String) -> Bool = { _ in false }
    ) -> [(surname: String, fullKeys: [String])] {
        let bySurname = PersonMerges.fullNamesBySurname(people, familyNameFirst: familyNameFirst)
        var lines = bySurname.mapValues { names in PersonMerges.dominant(names).map { [$0] } ?? names.map(\.key) }
        for surname in bySurname.keys.sorted() {
            // (A spelling no surname has: the surnames' own lines stay as they are.)
            guard let spelling = EntityTagger.slavicSpelling(surname), bySurname[spelling] == nil, let keys = lines[surname] else { continue }
            lines[spelling, default: []] += keys.filter { !(lines[spelling] ?? []).contains($0) }
        }
        return lines.map { (surname: $0.key, fullKeys: $0.value) }.sorted { $0.surname < $1.surname }
    }

    /// A line per surname: the surname, then its full names, separated by tabs.
    public static func encode(_ surnames: [(surname: String, fullKeys: [String])]) -> String {
        surnames.map { ([$0.surname] + $0.fullKeys).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The full names of `surname` in `encoded` (what `encode` wrote), found by scanning its bytes:
    /// a search reads one surname, and decoding every line took a one-off search 30–60 ms more on
    /// an index of 5,000 articles (9,355 surnames).
    public static func fullKeys(of surname: String, in encoded: String) -> [String]? {
        let pattern = Array(surname.utf8) + [0x09]
        var encoded = encoded
        return encoded.withUTF8 { bytes -> [String]? in
            var start = 0
            while start + pattern.count <= bytes.count {
                if (0..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) {
                    var end = start + pattern.count
                    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + pattern.count)..<end]), as: UTF8.self)
                    return line.split(separator: "\t").map(String.init)
                }
                // On to the next line.
                while start < bytes.count, bytes[start] != 0x0A { start += 1 }
                start += 1
            }
            return nil
        }
    }
}

/// Archive-level confirmation of unconfirmed people (`ArticleEntities.unconfirmed`): a name that
/// articles give with no cue ("Mitt Romney's campaign", "a post by Elon Musk") is the person where
/// the archive names that person with a cue in at least `minimumConfirmed` articles, and in at
/// least `minimumShare` as many articles as it gives the name unconfirmed. "Boston Marathon", taken
/// for a person with a cue in 3 articles of all AllSides and given without one in 175, stays no one.
/// Recorded in the index metadata by the indexer as merges of a key into itself; the searcher reads
/// the articles that give each such name (term XW) once, and the facet spy counts them after the
/// match (FacetSpy.hpp); `person:` and `--person` add their terms.
public enum PersonPromotions {
    public static let metadataKey = "newsindex.person-promotions"
    public static let minimumConfirmed = 3
    public static let minimumShare = 0.2

    /// The keys confirmed, sorted: `people` and `unconfirmed` are keys with how many articles use them.
    public static func decide(people: [PersonMerges.Person], unconfirmed: [PersonMerges.Person]) -> [String] {
        let confirmed = Dictionary(people.map { ($0.key, $0.frequency) }, uniquingKeysWith: max)
        return unconfirmed.filter { name in
            guard let count = confirmed[name.key] else { return false }
            return count >= minimumConfirmed && Double(count) >= minimumShare * Double(name.frequency)
        }.map(\.key).sorted()
    }
}
