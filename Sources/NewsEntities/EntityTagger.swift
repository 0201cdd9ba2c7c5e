/// Tags the people and countries of one article (title and body), resolving short forms of a
/// person ("Kerry", "Mr. Kerry") to the fullest name the article uses.
public struct EntityTagger: Sendable {
    public let lexicons: Lexicons

    public init(lexicons: Lexicons = .shared) { self.lexicons = lexicons }

    /// What may follow a surname in a person's name, as keys: "jr", "sr" and regnal numbers ("ii").
    public static var personSuffixes: Set<String> { PersonTagger.suffixes }

    private struct Field {
        var field: ArticleField
        var tokens: [Token]
        var leadEnd: Int
        /// Wire copy's opening "SAN MATEO, Calif., March 2 -" (the body's only).
        var dateline: Dateline? = nil
        /// Per token, whether its line is a headline in title case (both taggers read it).
        var titleCase: [Bool]

        init(field: ArticleField, tokens: [Token], leadEnd: Int, dateline: Dateline? = nil) {
            (self.field, self.tokens, self.leadEnd, self.dateline) = (field, tokens, leadEnd, dateline)
            titleCase = PersonTagger.titleCaseLines(tokens)
        }
    }

    public func tag(title: String, body: String) -> ArticleEntities { tag(title: title, body: body, explain: false) }

    /// With `explain`, the result also lists the name-shaped spans that rules rejected, and why.
    public func tag(title: String, body: String, explain: Bool) -> ArticleEntities {
        let bodyTokens = Tokenizer.tokenize(body)
        let titleTokens = Tokenizer.tokenize(title)
        let fields = [
            Field(field: .title, tokens: titleTokens, leadEnd: Int.max),
            Field(field: .body, tokens: bodyTokens, leadEnd: leadEnd(body, bodyTokens, titled: !titleTokens.isEmpty), dateline: Dateline.find(bodyTokens)),
        ]
        var rejected: [Rejection]? = explain ? [] : nil
        var unconfirmed: [PersonEntity] = []
        let people = tagPeople(fields.map(Self.withoutNameSuffixes), rejected: &rejected, unconfirmed: &unconfirmed)
        var taken: [ArticleField: [Range<Int>]] = [:]
        for person in people {
            for mention in person.mentions { taken[mention.field, default: []].append(mention.start..<mention.end) }
        }
        let countries = tagCountries(fields, excluding: taken, rejected: &rejected)
        return ArticleEntities(people: people, countries: countries, rejected: rejected ?? [], unconfirmed: unconfirmed)
    }

    /// The field as the person tagger reads it: a capitalised word with an adjective's suffix
    /// ("Bush-era", "Trump-appointed", "Pelosi-led") is its name alone, so "George W. Bush-era
    /// policies" names George W. Bush. (The country tagger keeps the word whole: "Saudi-led" is a
    /// descriptor there.)
    private static func withoutNameSuffixes(_ field: Field) -> Field {
        func suffixed(_ token: Token) -> Bool {
            guard token.kind == .word, token.isCapitalised, token.hasHyphen,
                let keyHyphen = token.key.utf8.lastIndex(of: UInt8(ascii: "-")), keyHyphen > token.key.startIndex
            else { return false }
            return nameSuffixes.contains(String(token.key[token.key.utf8.index(after: keyHyphen)...]))
        }
        guard let first = field.tokens.firstIndex(where: suffixed) else { return field }
        var tokens = Array(field.tokens[..<first])
        tokens.reserveCapacity(field.tokens.count + 8)
        for token in field.tokens[first...] {
            guard suffixed(token), let hyphen = token.text.utf8.lastIndex(of: UInt8(ascii: "-")),
                let keyHyphen = token.key.utf8.lastIndex(of: UInt8(ascii: "-"))
            else {
                tokens.append(token)
                continue
            }
            // The name, then its suffix as punctuation: no name runs on past it ("Obama-era Waters").
            var name = token
            name.text = String(token.text[..<hyphen])
            name.key = String(token.key[..<keyHyphen])
            name.end = token.start + name.text.unicodeScalars.count
            name.isAllCaps = token.isAllCaps && name.text.unicodeScalars.count >= 2
            name.hasHyphen = name.text.utf8.contains(UInt8(ascii: "-"))  // "Ocasio-Cortez" of "Ocasio-Cortez-led"
            var suffix = token
            suffix.kind = .punctuation
            suffix.text = String(token.text[hyphen...])
            suffix.key = String(token.key[keyHyphen...])
            suffix.start = name.end
            suffix.isCapitalised = false
            suffix.sentenceInitial = false
            tokens.append(name)
            tokens.append(suffix)
        }
        var field = field
        field.tokens = tokens
        field.titleCase = PersonTagger.titleCaseLines(tokens)
        return field
    }

    /// "baghdadi" for "al-baghdadi" (`PersonTagger.arabicArticles`); nil for a word without one.
    static func withoutArabicArticle(_ key: String) -> String? {
        for article in PersonTagger.arabicArticles where key.hasPrefix(article) {
            return String(key.dropFirst(article.count))
        }
        return nil
    }
    /// Words after an Arabic article that name a people, a body or a place, never a person alone:
    /// "several Arab nations" is not "Ayn al-Arab" (a town tagged as a person's name).
    private static let arabicArticleWords: WordSet = [
        "arab", "arabs", "islam", "qaeda", "qaida", "jazeera", "sham", "aqsa", "ahram", "azhar", "shabab", "nusra",
    ]

    /// Full names by a key (a first word), each only while no other name of the article shares it.
    private struct SoleNames {
        private var names: [String: String] = [:]
        private var shared = Set<String>()

        mutating func add(_ name: String, for key: String) {
            if let known = names[key], known != name { shared.insert(key) }
            names[key] = name
        }

        subscript(key: String) -> String? { shared.contains(key) ? nil : names[key] }
    }

    /// The titles of knights and dames, who are styled by the given name ("Sir Keir"), and of
    /// relatives, who are called by it ("his brother Jeb", "his wife, Sandi,": the article's "Jeb
    /// Bush", "Sandi Jackson"). (Every relative titles.tsv holds: its categories do not gather them,
    /// "Father" is a priest's title there and "Wife" a role's.)
    private static let givenNameTitleCues: Set<String> = Set(
        ["sir", "dame", "wife", "husband", "widow", "son", "daughter", "mother", "father", "brother", "sister",
         "grandmother", "grandfather", "nephew", "niece", "cousin", "uncle", "aunt", "fiancee", "fiance", "girlfriend",
         "boyfriend"].map { "title \"\($0)\"" })

    /// Cues that find a surname alone as readily as a given name used alone.
    private static let surnameOrGivenNameCues = ["surname + reporting verb", "surname before \"who\"", "surname before \"'s ", "reporting verb + he/she"]

    /// Royals' titles that no regnal number goes with.
    private static let princes: Set<String> = ["prince", "princess", "crown prince"]

    /// Vietnamese family names. A Vietnamese name of three words is written family name first, and
    /// news copy calls the person by the last word, the given name: "Pham Minh Chinh ... Chinh said",
    /// "Nguyen Phu Trong ... Trong". (Chinese and Korean names keep the family name: "Xi", "Kim".)
    private static let vietnameseFamilyNames: WordSet = [
        "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "dinh",
        "trinh", "doan", "truong", "luong", "nguyễn", "trần", "phạm", "hoàng", "huỳnh", "võ", "đặng", "bùi",
        "ngô", "dương", "đinh", "trịnh", "đoàn", "trương", "lương",
    ]

    /// The words of an Arabic patronymic inside a full name: "Mohammed bin Salman", "Ali ibn Hussein".
    private static let patronymics: WordSet = ["bin", "bint", "ibn"]

    /// The one name of a royal named by title and that name ("Prince Mohammed" -> "mohammed": the
    /// title is part of the name as shown).
    private static func royalGivenName(_ person: Found) -> String? {
        guard let title = person.royalTitle else { return nil }
        let titleWords = title.split(separator: " ")
        guard person.words.count == titleWords.count + 1, zip(person.words, titleWords).allSatisfy({ $0.key == $1 })
        else { return nil }
        return person.words.last!.key
    }

    /// Suffixes that make a name an adjective: "Bush-era", "Trump-appointed". (Not one list with
    /// `placeSuffixes`: split this way, "said Richmond-based strategist" gave a person "Richmond",
    /// and "Jim Crow-era" stayed a person; measured on all AllSides.)
    private static let nameSuffixes: WordSet = [
        "era", "ish", "esque", "style", "like", "type", "led", "backed", "appointed", "nominated", "endorsed",
        "inspired", "linked", "allied", "aligned", "friendly", "centric", "loving", "hating", "bashing",
        "supporting", "mania", "brokered", "sponsored", "funded", "owned", "run", "controlled",
    ]

    /// End of the first paragraph: the first blank line, or line break before an indented line (wire
    /// copy wraps its lines and indents a new paragraph). Text with neither has a paragraph per line,
    /// unless its lines are short (wrapped, unmarked): then the lead ends at the first line break
    /// after 300 characters.
    ///
    /// Under a title, a first paragraph of fewer than eight words is a kicker, a byline, a date or a
    /// caption ("ANALYSIS/OPINION:", "John Bacon", "USA TODAY", "December 27, 2004"), not the lead:
    /// the lead runs on to the end of the first paragraph of eight words or more (of the first four).
    /// An untitled article's short first line is its headline (Reuters' tables: "N.Y. TANKERS -
    /// April 1"), and the lead is that line.
    private func leadEnd(_ body: String, _ tokens: [Token], titled: Bool) -> Int {
        var end = leadEnd(body, from: 0)
        guard titled else { return end }
        var next = tokens.startIndex
        for _ in 0..<3 {
            var words = 0
            while next < tokens.endIndex, tokens[next].start < end {
                if tokens[next].kind == .word { words += 1 }
                next += 1
            }
            guard words < 8, next < tokens.endIndex else { break }
            end = leadEnd(body, from: end)
        }
        return end
    }

    private func leadEnd(_ body: String, from offset: Int) -> Int {
        var count = offset
        var newlineAt: Int?
        var firstNewline: Int?
        var wrappedNewline: Int?
        var indent = 0
        var started = false
        for scalar in body.unicodeScalars.dropFirst(offset) {
            if !started {
                if scalar == "\n" || scalar == "\r" || scalar == " " || scalar == "\t" {
                    count += 1
                    continue
                }
                started = true
            }
            if scalar == "\n" {
                if let at = newlineAt { return at }
                if firstNewline == nil { firstNewline = count }
                if wrappedNewline == nil, count - offset >= 300 { wrappedNewline = count }
                newlineAt = count
                indent = 0
            } else if let at = newlineAt {
                if scalar == " " {
                    indent += 1
                    if indent >= 2 { return at }
                } else if scalar == "\t" {
                    return at
                } else if scalar != "\r" {
                    newlineAt = nil
                }
            }
            count += 1
        }
        guard let first = firstNewline else { return count }
        return first - offset >= 100 ? first : wrappedNewline ?? count
    }

    // MARK: - People

    private struct Found {
        var field: ArticleField
        var start: Int
        var end: Int
        var words: [Token]
        var cue: String
        /// The royal's title the name came after (`PersonCandidate.royalTitle`).
        var royalTitle: String? = nil
    }

    private func tagPeople(_ fields: [Field], rejected: inout [Rejection]?, unconfirmed: inout [PersonEntity]) -> [PersonEntity] {
        let tagger = PersonTagger(lexicons: lexicons)
        var found: [Found] = []
        var covered: [ArticleField: Set<Int>] = [:]
        var unconfirmedRuns: [(field: Field, tokens: Range<Int>, reason: String)] = []
        for field in fields {
            let rejections = rejected == nil ? nil : PersonTagger.Rejections()
            let runs = PersonTagger.Unconfirmed()
            defer { unconfirmedRuns += runs.list.map { (field, $0.tokens, $0.reason) } }
            defer {
                for (range, reason) in rejections?.list ?? [] {
                    let words = field.tokens[range]
                    rejected?.append(Rejection(
                        text: words.map(\.text).joined(separator: " "),
                        mention: Mention(field: field.field, start: words.first!.start, end: words.last!.end), reason: reason))
                }
            }
            // A dateline ("SAN MATEO, Calif., March 2 -", "NEW YORK, Feb 26 -") names a place, not
            // a person, and no later name repeats it.
            let dateline = field.dateline?.span ?? 0..<0
            covered[field.field, default: []].formUnion(dateline)
            // (The other field, title or body, is read for words it capitalises inside a sentence.)
            let other = fields.first { $0.field != field.field }
            for candidate in tagger.candidates(
                field.tokens, titleCase: field.titleCase, excluding: dateline, rejections: rejections, unconfirmed: runs,
                otherField: other.map { ($0.tokens, $0.titleCase) })
            {
                let display = (candidate.displayStart ?? candidate.tokens.lowerBound)..<candidate.tokens.upperBound
                let words = field.tokens[display].filter { $0.kind == .word }
                found.append(Found(
                    field: field.field, start: field.tokens[candidate.tokens.lowerBound].start,
                    end: field.tokens[candidate.tokens.upperBound - 1].end, words: words, cue: candidate.cue,
                    royalTitle: candidate.royalTitle))
                covered[field.field, default: []].formUnion(candidate.tokens)
            }
        }
        nicknamed(fields, found: &found, covered: &covered)
        bracketedGivenNames(fields, found: &found, covered: &covered)
        listMembers(fields, found: &found, covered: &covered, tagger: tagger)
        found += matchScorers(fields, covered: &covered, tagger: tagger)
        found += givenNamesBeforeKnownSurnames(fields, found: found, covered: &covered, tagger: tagger)
        found += surnamesNamedAlone(unconfirmedRuns, fields, found: found, covered: &covered, tagger: tagger)
        headlineVerbsBeforeSurnames(fields, found: &found)
        dropThingsWords(fields, found: &found, tagger: tagger)
        completeCutNames(fields, found: &found, covered: &covered)
        // Full names by the key of their short form: "kerry" -> "John Kerry", "wang" -> "Wang Yi".
        var fullNames: [String: [String]] = [:]
        func shortKey(_ words: [Token]) -> String {
            if words.count >= 2, lexicons.asianSurnames.contains(words[0]),
                !(lexicons.givenNames[words[0]].map { $0 > 20000 } ?? false)
            {
                return words[0].key
            }
            let core = words.filter { !PersonTagger.suffixes.contains($0.key) && $0.text.count > 2 }
            return (core.last ?? words.last!).key
        }
        // The words of each full name, by the key of its last word: a later "Suu Kyi" that no rule
        // found is still one mention of "Suu Kyi", not a mention of "Kyi".
        var fullNameWords: [String: [[String]]] = [:]
        // The words of each full name as written, by the key of its first word: "kim" -> "Kim Jong Un".
        var fullNameWordsByFirst: [String: [[Token]]] = [:]
        // Short forms of full names written in lower case too (a headline in capitals is a weaker
        // witness: "REAGAN IRAN ...").
        var casedShortForms = Set<String>()
        // (Not the end of a longer name that a "who" found alone: "Peña Nieto, who" before "President
        // Enrique Peña Nieto" is no full name of its own, so "Nieto" stays his.)
        let longerNames = found.contains { $0.words.count == 2 && $0.cue == "surname before \"who\"" }
            ? found.filter { $0.words.count >= 3 }.map { displayName($0.words).lowercased() } : []
        for person in found where person.words.count >= 2 {
            let name = displayName(person.words)
            if person.cue == "surname before \"who\"", case let lower = " " + name.lowercased(),
                longerNames.contains(where: { $0.hasSuffix(lower) })
            {
                continue
            }
            let key = shortKey(person.words)
            if !person.words.contains(where: \.isAllCaps) { casedShortForms.insert(key) }
            if !(fullNames[key]?.contains(name) ?? false) { fullNames[key, default: []].append(name) }
            if person.words.count == 3, Self.vietnameseFamilyNames.contains(person.words[0]), case let given = person.words[2],
                given.isCapitalised, !lexicons.commonWords.contains(given), lexicons.places[given] == nil
            {
                if !person.words.contains(where: \.isAllCaps) { casedShortForms.insert(given.key) }
                if !(fullNames[given.key]?.contains(name) ?? false) { fullNames[given.key, default: []].append(name) }
            }
            // An Arabic article on the surname drops in the short form: "Abu Bakr al-Baghdadi" ...
            // "Baghdadi", "Abdel Fattah el-Sisi" ... "Sisi".
            // (Not when what is left is a word, a place or a people: "Ayn al-Arab" is no "Arab".)
            if let bare = Self.withoutArabicArticle(key), bare.count >= 3, !lexicons.commonWords.contains(bare),
                lexicons.places[bare] == nil, !tagger.isCountryWord(bare), !Self.arabicArticleWords.contains(bare)
            {
                if !person.words.contains(where: \.isAllCaps) { casedShortForms.insert(bare) }
                if !(fullNames[bare]?.contains(name) ?? false) { fullNames[bare, default: []].append(name) }
            }
            let words = person.words.map(\.key)
            if !(fullNameWords[words.last!]?.contains(words) ?? false) { fullNameWords[words.last!, default: []].append(words) }
            if !(fullNameWordsByFirst[words[0]]?.contains(where: { $0.map(\.key) == words }) ?? false) {
                fullNameWordsByFirst[words[0], default: []].append(person.words)
            }
        }
        // A team sheet's "M Davies" is no full name of its own beside "Mefin Davies": "Davies wins the
        // vote" is the full name's.
        Self.dropInitialledNames(&fullNames)
        // A short form written with its accents or without them is the same person's: "Recep Tayyip
        // Erdoğan ... Erdogan said", "Sebastian Pinera ... Piñera" (a headline, a quote or a wire
        // copied from another source keeps its own spelling). By the folded key, and by each
        // accented word of the article that folds to a short form.
        for key in Array(fullNames.keys) where !key.utf8.allSatisfy({ $0 < 0x80 }) {
            let folded = EntityKey.fold(key)
            guard folded != key, fullNames[folded] == nil else { continue }
            fullNames[folded] = fullNames[key]
            if casedShortForms.contains(key) { casedShortForms.insert(folded) }
        }
        for field in fields where !fullNames.isEmpty {
            // (By index: most tokens are ASCII, and a copy of each costs.)
            for index in field.tokens.indices where !field.tokens.isASCII(at: index) {
                let token = field.tokens[index]
                guard token.kind == .word, token.isCapitalised, fullNames[token.key] == nil else { continue }
                let folded = EntityKey.fold(token.key)
                guard let names = fullNames[folded] else { continue }
                fullNames[token.key] = names
                if casedShortForms.contains(folded) { casedShortForms.insert(token.key) }
            }
        }
        // A Slavic surname is spelled several ways in English copy: "Volodymyr Zelenskyy ... Zelensky
        // said", "Viktor Yanukovich ... Yanukovych". A word of the article whose ending differs only
        // so ("-yy", "-iy", "-ij" for "-y"; "-ych" for "-ich") is that short form.
        // (Looked for only where a full name's short form ends so.)
        let slavicKeys = fullNames.keys.filter { Self.slavicSpelling($0) != nil || $0.hasSuffix("sky") || $0.hasSuffix("ich") }
        if !slavicKeys.isEmpty {
            var byCanonical: [String: String] = [:]
            for key in slavicKeys { byCanonical[Self.slavicSpelling(key) ?? key] = key }
            for field in fields {
                for token in field.tokens where token.kind == .word && token.isCapitalised && fullNames[token.key] == nil {
                    guard let last = token.key.utf8.last, last == UInt8(ascii: "y") || last == UInt8(ascii: "h") || last == UInt8(ascii: "j"),
                        let key = byCanonical[Self.slavicSpelling(token.key) ?? token.key], key != token.key
                    else { continue }
                    fullNames[token.key] = fullNames[key]
                    if casedShortForms.contains(key) { casedShortForms.insert(token.key) }
                }
            }
        }
        // Given names used alone ("I'm sure Alan is the man" after "Alan Shearer"): a common given
        // name that starts exactly one full name of the article, and is no one's short form. A rarer
        // one ("Umar", "Sigit") the same, but only before a reporting verb: "Secretary-General Umar
        // Said ... Umar said the government".
        var givenNameOf: [String: String] = [:]
        var givenNameBeforeVerbOf: [String: String] = [:]
        var sharedGivenNames = Set<String>()
        for person in found where person.words.count >= 2 && !person.words[0].isAllCaps {
            let first = person.words[0].key
            guard shortKey(person.words) != first else { continue }
            let count = lexicons.givenNames[first] ?? 0
            let name = displayName(person.words)
            func record(_ map: inout [String: String]) {
                if let known = map[first], known != name { sharedGivenNames.insert(first) }
                map[first] = name
            }
            if count >= 2000 {
                record(&givenNameOf)
            } else if count >= Lexicons.commonGivenName || lexicons.rareGivenNames.contains(first) {
                record(&givenNameBeforeVerbOf)
            }
        }
        // One-word names the rules found ("President Reagan", "Landon said") are surnames, not given
        // names: but a family name written first is both ("Lee said" after "Lee Hsien Loong", "Kim
        // said" after "Kim Mahn-je", common US given names both).
        var singles = Set(found.filter { $0.words.count == 1 }.map { $0.words[0].key })
        // (But a given name that starts one full name of the article, found alone only before a
        // reporting verb, "who" or a relative, or after a relative's title, is that person's:
        // "Senator Hillary Clinton ... Hillary said", "Rand Paul ... Rand's father", "Jeb Bush ... his
        // brother, Jeb,".)
        let foundAloneOtherwise = Set(found.filter {
            $0.words.count == 1 && !Self.surnameOrGivenNameCues.contains(where: $0.cue.hasPrefix) && !Self.givenNameTitleCues.contains($0.cue)
        }.map { $0.words[0].key })
        // ("Sir Keir", "Dame Judi": a knight or a dame is styled by the given name.)
        let surnameSingles = found.filter { $0.words.count == 1 && (!lexicons.asianSurnames.contains($0.words[0].key) || $0.cue.hasPrefix("title")) }
            .filter { !Self.givenNameTitleCues.contains($0.cue) }
            .map { $0.words[0].key }
            .filter { givenNameOf[$0] == nil || foundAloneOtherwise.contains($0) }
        for key in sharedGivenNames.union(fullNames.keys).union(surnameSingles) {
            givenNameOf[key] = nil
            givenNameBeforeVerbOf[key] = nil
        }
        // A royal's given name after a royal's title ("Prince Mohammed", "Queen Elizabeth") is the
        // one person of the article with that given name and an Arabic patronymic ("Mohammed bin
        // Salman"), a monarch's regnal number ("Elizabeth II"; not for a prince: "Prince George"
        // is not "George VI"), or a royal's title of their own and no English word after the given
        // name, nor a surname of the US lists alone ("Sheikh Ali al-Khalifa al-Sabah"; not "Pope
        // Francis Is Delighting" or "Prince Andrew Read more", runs too long).
        // (Not any full name with that given name: "Prince Harry" is not "Harry Kane".)
        // And a word no list holds that starts one full name of the article, found alone by a cue,
        // is that person: Thai copy calls people by the given name ("Thaksin Shinawatra ... Thaksin
        // said"), as other traditions the lists do not cover may.
        var royalGivenNameOf = SoleNames(), unlistedFirstNameOf = SoleNames(), innerNameOf = SoleNames()
        var regnalNames = Set<String>()
        for person in found where person.words.count >= 2 && !person.words[0].isAllCaps && Self.royalGivenName(person) == nil {
            let first = person.words[0].key
            let name = displayName(person.words)
            let rest = person.words.dropFirst()
            let patronymic = rest.contains(where: { Self.patronymics.contains($0) })
            let regnal = PersonTagger.regnalNumbers.contains(person.words.last!.key)
            if patronymic || regnal
                || (person.royalTitle != nil && !rest.contains(where: { lexicons.commonWords.contains($0) })
                    && (rest.count >= 2 || !lexicons.surnames.contains(rest.first!)))
            {
                royalGivenNameOf.add(name, for: first)
                if regnal && !patronymic { regnalNames.insert(name) }
            }
            if first.count >= 3, tagger.isUnlisted(first), !lexicons.surnames.contains(first),
                !lexicons.asianSurnames.contains(first), fullNames[first] == nil
            {
                unlistedFirstNameOf.add(name, for: first)
            }
            // ("Luiz Inácio Lula da Silva ... Lula said", "Hillary Rodham Clinton ... Rodham": a word
            // inside a name of three words or more, no particle or initial.)
            // (Only a word no rule found alone: a name glued to a headline's words, "Donald Trump Win",
            // must not take "Trump"; unless the name has four words or more with a particle in lower
            // case, which glue never makes: "Mr. Lula" is "Luiz Inácio Lula da Silva", not "Ryan
            // Costello Ryan Anthony Costello".)
            let particled = person.words.count >= 4
                && person.words.contains { !$0.isCapitalised && PersonTagger.particles.contains($0) }
            for word in person.words.dropFirst().dropLast() where word.isCapitalised && !word.isAllCaps && word.key.count >= 3
                && !word.text.hasSuffix(".") && !PersonTagger.suffixes.contains(word.key) && fullNames[word.key] == nil
                && (!singles.contains(word.key) || particled)
            {
                innerNameOf.add(name, for: word.key)
            }
        }
        // Propagate: every other capitalised occurrence of a known name or short form is a mention
        // (and "al-Burhan", "el-Sisi": a surname after an Arabic article in lower case).
        singles.formUnion(fullNames.keys)
        singles.formUnion(givenNameOf.keys)
        // A country's name the article gives a state's noun ("Jordan's King Abdullah", "Jordan's
        // foreign minister") is the country there, not the surname of a full name it also gives
        // ("Michael Jordan"): its other mentions stay the country's unless a verb of speech follows.
        // (Looked for once, and only in an article where such a name ends a full name.)
        var countriesByState: Set<String>?
        func namedAsState(_ key: String) -> Bool {
            if countriesByState == nil {
                countriesByState = Set(fields.flatMap { field in
                    field.tokens.indices.dropLast(2).lazy.filter { index in
                        field.tokens[index + 1].isPossessive && field.tokens[index].isCapitalised
                            && Self.stateNouns.contains(field.tokens[index + 2])
                    }.map { field.tokens[$0].key }
                })
            }
            return countriesByState!.contains(key)
        }
        for field in fields {
            // (The field's covered tokens, looked up once: a look-up per token cost 1% of tagging.)
            var coveredHere = covered[field.field] ?? []
            defer { covered[field.field] = coveredHere }
            for index in field.tokens.indices where field.tokens[index].kind == .word
                && (field.tokens[index].isCapitalised || field.tokens[index].hasHyphen && tagger.isNamePart(field.tokens[index]))
            {
                let token = field.tokens[index]
                guard !coveredHere.contains(index) else { continue }
                // "the Bidens", "the Obamas": a family's plural after "the" is a mention of the one
                // full name of the article with that surname.
                if index > 0, field.tokens[index - 1].key == "the", !singles.contains(token.key),
                    let full = familyName(token, fullNames, tagger)
                {
                    fullNames[token.key] = [full]
                    found.append(Found(field: field.field, start: token.start, end: token.end, words: [token], cue: "a family's plural"))
                    continue
                }
                // In a headline, a full name is one mention wherever it repeats whole and ends a run of
                // names, though no rule took the run: "Kim Jong Un Meets Yoon" (whose short form,
                // "Jong", is no last word to look back from, below). (No place's word in it: "Breitbart
                // Jerusalem" stays a place's, below.)
                if field.field == .title || field.titleCase[index], let names = fullNameWordsByFirst[token.key],
                    let length = headlineRepeat(of: names, at: index, field, covered: coveredHere)
                {
                    let run = Array(field.tokens[index..<(index + length)])
                    found.append(Found(field: field.field, start: token.start, end: run.last!.end, words: run, cue: "repeats a full name"))
                    coveredHere.formUnion(index..<(index + length))
                    continue
                }
                // (A word no list holds that starts a full name needs no cue where it is shaped like a
                // given name: Indonesian and Thai copy calls people so throughout, "Megawati
                // Sukarnoputri ... Megawati, daughter of Sukarno". Not "U.N.", "Rep", "Olympic".)
                if !singles.contains(token.key), case let unlistedFirst = unlistedFirstNameOf[token.key] != nil,
                    !unlistedFirst || !Self.givenNameShaped(token, lexicons)
                {
                    // ("Abiy Ahmed ... Abiy, who won the prize": or before "who".)
                    guard unlistedFirst || givenNameBeforeVerbOf[token.key] != nil || innerNameOf[token.key] != nil, !token.isAllCaps,
                        index + 1 < field.tokens.count, case let next = field.tokens[index + 1],
                        next.kind == .word && !next.isCapitalised && PersonTagger.reportingVerbs.contains(next)
                            || next.text == "," && index + 2 < field.tokens.count && field.tokens[index + 2].key == "who"
                    else { continue }
                }
                // ("Kanye West ... West, 44, said": a compass point is the surname only with a person's
                // cue, as "the West said" and "West Bank" are no one.)
                if lexicons.stopWords.contains(token) {
                    guard PersonTagger.directionSurnames.contains(token), fullNames[token.key] != nil,
                        index == 0 || field.tokens[index - 1].key != "the", index + 2 < field.tokens.count,
                        case let next = field.tokens[index + 1],
                        next.kind == .word && !next.isCapitalised && PersonTagger.reportingVerbs.contains(next)
                            || next.text == "," && field.tokens[index + 2].key == "who"
                            || tagger.hasAge(after: index..<(index + 1), field.tokens)
                    else { continue }
                }
                // A place's name is the person's only as the surname of a full name the article gives,
                // and with a person's cue: "Jordan said", "said Jordan", "Jordan, who" ("Neil Jordan
                // ... Jordan said"; "Washington later grew" stays the city). A country's name needs
                // no cue, only no place's preposition before it and a full name not just in a headline
                // in capitals ("Michael Jordan ... Jordan also had 10 rebounds"; "flew to Jordan",
                // "Amman, Jordan").
                if let place = lexicons.places[token] {
                    guard fullNames[token.key] != nil, !token.isAllCaps else { continue }
                    let (cue, unplaced, speech) = Self.placeNameCues(place, at: index, field.tokens)
                    let plain = unplaced && casedShortForms.contains(token.key)
                    if place.kind == .country || place.kind == .alias, namedAsState(token.key) {
                        guard speech else { continue }
                    }
                    guard cue || plain else { continue }
                }
                // Part of a longer capitalised run that is not a name ("Kerry Group")? In a line of
                // capitals ("SHEARER NAMED AS ENGLAND CAPTAIN") case says nothing: a short form of a
                // full name the article gives stands alone there.
                let next = index + 1 < field.tokens.count ? field.tokens[index + 1] : nil
                let capsLine = token.isAllCaps && (next.map { $0.kind != .word || $0.isAllCaps } ?? true)
                // (In the title or a headline in title case, a word in lower case in the lists is no
                // name's, nor is its capital: "Obama Grapples With Dissent", "Romney Aced It"; a firm's
                // or a building's noun still is, "Kerry Group", "Clinton Foundation", and so is a place's
                // name's word, "Trump White House".)
                if let next, next.kind == .word, next.isCapitalised, !next.sentenceInitial,
                    !PersonTagger.reportingVerbs.contains(next), !capsLine || fullNames[token.key] == nil,
                    !headlineWordEndsName(at: index + 1, field)
                        || (longestPlace(in: field.tokens, at: index, folded: false).map { $0.length > 1 } ?? false)
                {
                    continue
                }
                // ("J Robinson (Sale Sharks, capt)" beside the coach "Andy Robinson".)
                if Self.afterOthersInitial(index, field.tokens, fullNames: fullNameWords[token.key] ?? []) { continue }
                // The whole full name when the words before are the rest of it.
                var words = [token]
                for full in fullNameWords[token.key] ?? [] where full.count > 1 && full.count <= index + 1 {
                    let span = (index + 1 - full.count)...index
                    let run = span.map { field.tokens[$0] }
                    if run.allSatisfy({ $0.kind == .word }), run.map(\.key) == full,
                        !span.contains(where: coveredHere.contains)
                    {
                        words = run
                        break
                    }
                }
                found.append(Found(
                    field: field.field, start: words[0].start, end: token.end, words: words,
                    cue: words.count > 1 ? "repeats a full name" : "repeats a name"))
            }
        }
        // "News-stand chain Ruch", "Ericsson's shares": a one-word name that the article also uses
        // as a company's is the company, unless the article gives a person's full name for it.
        // So is a longer name the article gives a company's legal form ("Merrill Lynch and Co"), or
        // names as someone's employer ("an analyst with Merrill Lynch").
        // (A medium's name is a person's where the article says so: "Bloomberg, who", "Bloomberg said
        // he would run".)
        var companies = companyWords(fields)
        let media = found.filter { $0.words.count == 1 && Self.mediaNamedLikePeople.contains($0.words[0].key) }
        if !media.isEmpty {
            let vouched = Set(media.filter { person in Self.personOnlyCues.contains(where: person.cue.hasPrefix) }.map { $0.words[0].key })
            companies.formUnion(media.map { $0.words[0].key }.filter { !vouched.contains($0) })
        }
        // A US city named like people that the article uses as a town ("in Dallas", "Ferguson,
        // Mo."): alone before a reporting verb it is the town's voice, not a person's ("Dallas
        // tweeted", "Ferguson would also increase a stipend"), unless the article names a person so.
        // (Only words a weak cue found alone need the look: most articles have none, and the scan
        // of every token cost 1% of tagging.)
        func weakSingle(_ person: Found) -> Bool { person.words.count == 1 && Self.weakSingleCues.contains(person.cue) }
        var towns = found.contains(where: weakSingle) ? townWords(fields, found: found) : []
        if !towns.isEmpty {
            // (Not where a title or a person's own cue vouches for the name: "Mayor Knowles", "Ferguson, who".)
            for person in found where person.words.count == 1
                && (person.cue.hasPrefix("title") || Self.personOnlyCues.contains(where: person.cue.hasPrefix))
            {
                towns.remove(person.words[0].key)
            }
            found.removeAll { person in
                // (Only a mention a weak cue found: "Kennedy, Carter, Clinton and Obama", a list, stays
                // where the article was "in Clinton, Iowa" too.)
                guard weakSingle(person), case let key = person.words[0].key, towns.contains(key), fullNames[key] == nil else { return false }
                rejected?.append(Rejection(
                    text: person.words[0].text, mention: Mention(field: person.field, start: person.start, end: person.end),
                    reason: "the article uses it as a town's name"))
                return true
            }
        }
        var (ships, works) = shipAndWorkNames(fields)
        // ("President Kumaratunga said it was ...": a name with a title is a person's.)
        let titled = found.filter { $0.cue.hasPrefix("title") }.map { $0.words.map(\.key).joined(separator: " ") }
        companies.subtract(titled)
        ships.subtract(titled)
        works.subtract(titled)
        if !companies.isEmpty || !ships.isEmpty || !works.isEmpty {
            found.removeAll { person in
                let key = person.words.map(\.key).joined(separator: " ")
                let reason: String
                if companies.contains(key), person.words.count > 1 || fullNames[key] == nil {
                    reason = "the article uses it as a company's name"
                } else if ships.contains(key) {
                    reason = "the article uses it as a ship's name"
                } else if works.contains(key) {
                    reason = "the article uses it as a work's title"
                } else {
                    return false
                }
                rejected?.append(Rejection(
                    text: person.words.map(\.text).joined(separator: " "),
                    mention: Mention(field: person.field, start: person.start, end: person.end), reason: reason))
                return true
            }
        }
        // Group mentions under the fullest name. (A given name alone joins a full name that is still
        // a person's: not "Stone" of "Stone Container", a company's name found above.)
        let fullNamesLeft = Set(found.filter { $0.words.count >= 2 }.map { displayName($0.words) })
        let fuller = fullerNames(found)
        var order: [String] = []
        var entities: [String: PersonEntity] = [:]
        var nameWritten: [String: Int] = [:]
        for person in found.sorted(by: { ($0.field == .title ? 0 : 1, $0.start) < ($1.field == .title ? 0 : 1, $1.start) }) {
            var name = displayName(person.words)
            var evidence = person.cue
            if person.words.count == 1, let full = fullNames[person.words[0].key], let best = full.first {
                name = best
                evidence += "; short form of \"\(best)\""
            } else if person.words.count == 1,
                let full = givenNameOf[person.words[0].key] ?? givenNameBeforeVerbOf[person.words[0].key], fullNamesLeft.contains(full)
            {
                name = full
                evidence += "; given name of \"\(full)\""
            } else if person.words.count == 1, !person.words[0].isAllCaps, let full = unlistedFirstNameOf[person.words[0].key],
                fullNamesLeft.contains(full)
            {
                name = full
                evidence += "; given name of \"\(full)\""
            } else if person.words.count == 1, !person.words[0].isAllCaps, let full = innerNameOf[person.words[0].key],
                fullNamesLeft.contains(full)
            {
                name = full
                evidence += "; part of \"\(full)\""
            } else if let given = Self.royalGivenName(person), let full = royalGivenNameOf[given], fullNamesLeft.contains(full),
                !(regnalNames.contains(full) && Self.princes.contains(person.royalTitle!))
            {
                name = full
                evidence += "; given name of \"\(full)\""
            } else if person.words.count >= 2, let full = fullNames[shortKey(person.words)],
                case let lower = name.lowercased(),
                let longer = full.first(where: { $0.count > name.count && $0.lowercased().hasSuffix(lower) })
            {
                name = longer
            } else if person.words.count >= 2, let initials = Self.initials(person.words[0]), let full = fullNames[shortKey(person.words)],
                case let rest = person.words.dropFirst().map(\.key),
                case let matches = full.filter({ full in
                    // (Given names one for each initial: "A.P. Hill" is "Ambrose Powell Hill", not "Alvi Hill".)
                    let words = full.lowercased().split(separator: " ")
                    guard words.count == rest.count + initials.count, words.suffix(rest.count).elementsEqual(rest, by: { $0 == $1 })
                    else { return false }
                    return zip(words.prefix(initials.count), initials).allSatisfy { word, letter in
                        word.first == letter && word.count >= 2 && !word.hasSuffix(".")
                    }
                }),
                matches.count == 1
            {
                // "R O'Gara" in a team sheet, "V. Putin" in a caption, "AL FRANKEN" in a headline: the
                // one full name of the article with that surname and given names of those initials.
                name = matches[0]
                evidence += "; initials of \"\(name)\""
            }
            if let longer = fuller[name] {
                evidence += "; one person with \"\(longer)\""
                name = longer
            }
            let key = EntityKey.person(name)
            guard !key.isEmpty else { continue }
            // (The name as the text writes it in lower case: a headline or a line in capitals may
            // not, "Hu Yaobang" for "HU YAOBANG", "Mitch McConnell" for "MITCH MCCONNELL".)
            let written = (person.words.contains(where: \.isAllCaps) ? 0 : 2) + (person.field == .body ? 1 : 0)
            if entities[key] == nil {
                order.append(key)
                entities[key] = PersonEntity(name: name, mentions: [], evidence: [])
                nameWritten[key] = written
            } else if written > nameWritten[key]! {
                entities[key]!.name = name
                nameWritten[key] = written
            }
            entities[key]!.mentions.append(Mention(field: person.field, start: person.start, end: person.end))
            if !entities[key]!.evidence.contains(evidence) { entities[key]!.evidence.append(evidence) }
        }
        // The names no cue took, or only the English-word rule turned down, that no other rule took
        // in part and that are no person's of the article: the archive may vouch for them
        // (`ArticleEntities.unconfirmed`).
        var unconfirmedOrder: [String] = []
        var unconfirmedByKey: [String: PersonEntity] = [:]
        for (field, run, reason) in unconfirmedRuns where !run.contains(where: { covered[field.field]?.contains($0) ?? false }) {
            let words = Array(field.tokens[run])
            let name = displayName(words)
            let key = EntityKey.person(name)
            guard !key.isEmpty, entities[key] == nil else { continue }
            if unconfirmedByKey[key] == nil {
                unconfirmedOrder.append(key)
                unconfirmedByKey[key] = PersonEntity(name: name, mentions: [], evidence: [reason])
            }
            unconfirmedByKey[key]!.mentions.append(Mention(field: field.field, start: words[0].start, end: words.last!.end))
        }
        unconfirmed = unconfirmedOrder.compactMap { unconfirmedByKey[$0] }
        return order.compactMap { key in
            guard var entity = entities[key] else { return nil }
            entity.mentions.sort { ($0.field == .title ? 0 : 1, $0.start) < ($1.field == .title ? 0 : 1, $1.start) }
            return entity
        }
    }

    /// "Republican challenger Mitt Romney, who has criticized ... Mr. Romney said": news copy
    /// introduces a person by the full name, so the capitalised word right before the first body
    /// mention of a surname that the article uses alone as a person's (and in full nowhere) is the
    /// given name, where no rule found it: unless it opens a sentence (and is no listed given name)
    /// or is a title, a place, a country's word or another person's name. ("Mitt" is an English
    /// word and no listed given name.)
    private func givenNamesBeforeKnownSurnames(
        _ fields: [Field], found: [Found], covered: inout [ArticleField: Set<Int>], tagger: PersonTagger
    ) -> [Found] {
        let withFullName = Set(found.filter { $0.words.count >= 2 }.map { $0.words.last!.key })
        let alone = Set(found.filter { $0.words.count == 1 && !$0.words[0].isAllCaps }.map { $0.words[0].key })
            .subtracting(withFullName)
        guard !alone.isEmpty, let body = fields.first(where: { $0.field == .body }) else { return [] }
        let personWords = Set(found.flatMap { $0.words.map(\.key) })
        var result: [Found] = []
        var seen = Set<String>()
        let tokens = body.tokens
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && alone.contains(tokens[index].key) {
            let given = tokens[index - 1], surname = tokens[index]
            guard seen.insert(surname.key).inserted else { continue }  // the first mention only
            guard surname.isCapitalised, !surname.isAllCaps, covered[.body]?.contains(index) != true,
                given.kind == .word, given.isCapitalised, !given.isAllCaps,
                // (Opening a sentence, only a listed given name that is no English word: "Novak
                // Djokovic beat Carlos Alcaraz ... Djokovic said".)
                !given.sentenceInitial || ((lexicons.givenNames[given] != nil || lexicons.rareGivenNames.contains(given))
                    && !lexicons.commonWords.contains(given) && !lexicons.shortWords.contains(given)),
                // (Not in a headline in title case: "Update: Biden Congratulates Abadi".)
                !body.titleCase[index - 1],
                covered[.body]?.contains(index - 1) != true, given.text.count >= 2, !given.text.hasSuffix("."),
                !personWords.contains(given.key), !lexicons.titles.contains(given.key),
                !lexicons.lowerCaseTitles.contains(given), lexicons.places[given] == nil,
                !tagger.isCountryWord(given.key), !lexicons.stopWords.contains(given),
                // (Nor a noun that makes a name a side or a label, "Team Obama", "Candidate Obama", nor
                // a place's first word: "Capitol Hill".)
                !PersonTagger.labelNouns.contains(given), tagger.placeAt(index - 1, tokens) == nil
            else { continue }
            // (An auxiliary verb opening a sentence asks a question, "Will Obama wait for the UN?",
            // unless a comma or a finite verb follows: "Will Fischer, director of ...".)
            if given.sentenceInitial, PersonTagger.auxiliaries.contains(given),
                !(index + 1 < tokens.count && tokens[index + 1].text == ","), !tagger.finiteVerbAfter(index..<(index + 1), tokens)
            {
                continue
            }
            // (Nor a team's or a firm's name opening a sentence: "Aston Villa boss David O'Leary",
            // "Aston Villa's Carlton Cole", "Eli Lilly & Co.": a title, a firm's mark or another
            // name after it.)
            if given.sentenceInitial, index + 1 < tokens.count {
                let next = tokens[index + 1]
                if lexicons.titles.contains(next) || next.text == "&" || PersonTagger.companySuffixes.contains(next) {
                    continue
                }
                if surname.isPossessive || next.isPossessive,
                    let after = tokens[(index + 1)...].first(where: { $0.kind == .word && !$0.isPossessive && $0.key != "s" }),
                    after.isCapitalised
                {
                    continue
                }
            }
            // Not inside a longer capitalised name ("the Mitt Romney Foundation", "New Hampshire Romney").
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalised,
                !tokens[index + 1].sentenceInitial
            {
                continue
            }
            if index >= 2, tokens[index - 2].kind == .word, tokens[index - 2].isCapitalised,
                !tokens[index - 2].sentenceInitial || lexicons.places[tokens[index - 2]] != nil
            {
                continue
            }
            result.append(Found(
                field: .body, start: given.start, end: surname.end, words: [given, surname],
                cue: "capitalised word before the first mention of \"\(surname.text)\", named alone elsewhere"))
            covered[.body, default: []].formUnion([index - 1, index])
        }
        return result
    }

    /// "Some Democrats To Skip Obama's Renomination Party": in a headline in title case, an English
    /// word that is a given name too ("Skip", "Chip", "Rich") before the surname of another full name
    /// of the article ("Barack Obama") is the headline's verb or adjective, and the name the surname
    /// ("Read Obama's Letter", "Says Hitler"); in a sentence too, a reporting verb before its speaker.
    private func headlineVerbsBeforeSurnames(_ fields: [Field], found: inout [Found]) {
        // (Most articles have no such name: looked for before the surnames are gathered.)
        guard found.contains(where: { $0.words.count == 2 && lexicons.wordGivenNames.contains($0.words[0]) }) else { return }
        var givenNamesBySurname: [String: Set<String>] = [:]
        for person in found where person.words.count >= 2 {
            givenNamesBySurname[person.words.last!.key, default: []].insert(person.words[0].key)
        }
        for i in found.indices where found[i].words.count == 2 && lexicons.wordGivenNames.contains(found[i].words[0]) {
            let first = found[i].words[0], last = found[i].words[1]
            // ("Said Wray: \"We've caught the right guy\"": so is a reporting verb opening a sentence
            // before the speaker, anywhere; not where the article writes the pair inside a sentence
            // too: "Saïd Kouachi" is Chérif's brother.)
            let invertedVerb = first.sentenceInitial && Self.invertedReportingVerbs.contains(first)
                && !found.contains { $0.words.count == 2 && $0.words[1].key == last.key && !$0.words[0].sentenceInitial
                    && EntityKey.fold($0.words[0].key) == first.key }
            guard let others = givenNamesBySurname[last.key], others.contains(where: { $0 != first.key }),
                let field = fields.first(where: { $0.field == found[i].field }),
                let index = field.tokens.firstIndex(where: { $0.start == first.start }),
                // (Not opening the line nor in a list: a byline's "David M. Jackson and Herb Jackson"
                // are two people of one surname.)
                invertedVerb || field.titleCase[index] && index > 0 && field.tokens[index - 1].kind == .word
                    && !PersonTagger.coordinators.contains(field.tokens[index - 1])
            else { continue }
            found[i].words = [last]
            found[i].start = last.start
        }
    }

    /// Reporting verbs that are given names too, which open a sentence before the speaker: "Said Wray:".
    private static let invertedReportingVerbs: WordSet = ["said", "says"]

    /// A word alone that the article writes as a thing's name is no person where it stands alone:
    /// - a storm's ("Hurricane Matthew closed in on Florida ... Matthew is likely to produce";
    ///   "Hurricane", "Typhoon", "Cyclone" or "Tropical Storm" before it);
    /// - a place's last word, where no full name of the article ends in it ("Republicans on Capitol
    ///   Hill say ... Hill aides, however, said": the place's short form).
    /// (One walk over the article's capitalised words, compared by their keys' hashes.)
    private func dropThingsWords(_ fields: [Field], found: inout [Found], tagger: PersonTagger) {
        var alone = Set<Int>()
        for person in found where person.words.count == 1 { alone.insert(person.words[0].keyHash) }
        guard !alone.isEmpty else { return }
        let fullNameEnds = Set(found.filter { $0.words.count >= 2 }.map { $0.words[$0.words.count - 1].keyHash })
        var dropped = Set<Int>()
        for field in fields {
            let tokens = field.tokens
            for i in tokens.indices where tokens[i].isCapitalised && tokens[i].kind == .word {
                if i + 1 < tokens.count, PersonTagger.opensStormName(i, tokens), tokens[i + 1].kind == .word,
                    tokens[i + 1].isCapitalised
                {
                    dropped.insert(tokens[i + 1].keyHash)
                }
                let hash = tokens[i].keyHash
                guard i > 0, alone.contains(hash), !fullNameEnds.contains(hash), !dropped.contains(hash) else { continue }
                for k in max(0, i - 3)..<i where tokens[k].kind == .word && tokens[k].isCapitalised {
                    if let place = tagger.placeAt(k, tokens), k + place.tokenCount == i + 1, place.kind != .blocked {
                        dropped.insert(hash)
                        break
                    }
                }
            }
        }
        guard !dropped.isEmpty else { return }
        found.removeAll { $0.words.count == 1 && dropped.contains($0.words[0].keyHash) }
    }

    /// "But compatriot Kenenisa Bekele's hopes were dashed when he miscounted his laps ... as Bekele
    /// battled to second", "Tamaoki Watanabe arrived ... Mr. Watanabe declined": a name of two words
    /// that no cue took (`PersonTagger.noCue`) is a person where the article uses its last word alone
    /// elsewhere, as copy refers to a person it has introduced, and writes of that person as one: a
    /// title before the word alone, or a person's pronoun ("he", "she", "who") the first after the
    /// word or the name, before the sentence ends or opening the next. A firm's pronoun is "it"
    /// ("Koninklijke Wessanen said it is planning").
    /// Both words must be no English word and on no list but the surnames' (the first shaped like a
    /// given name; not "Given Trump", "Hemlo Gold"), nor a place's, a people's or a title.
    /// (A product is named again whole or by its first word, "Microsoft Xbox ... Microsoft", so a
    /// first word used alone elsewhere rules the name out; a word after an article, a possessive or
    /// a firm's noun is not alone: "company Jagran", "his Escalade".)
    private func surnamesNamedAlone(
        _ runs: [(field: Field, tokens: Range<Int>, reason: String)], _ fields: [Field], found: [Found],
        covered: inout [ArticleField: Set<Int>], tagger: PersonTagger
    ) -> [Found] {
        let candidates = runs.filter { $0.reason == PersonTagger.noCue && $0.tokens.count == 2 }
        guard !candidates.isEmpty else { return [] }
        // (Gathered on first use: most candidates fail the word tests first.)
        var fullNameEndsCache: Set<String>?
        func fullNameEnds() -> Set<String> {
            if fullNameEndsCache == nil { fullNameEndsCache = Set(found.filter { $0.words.count >= 2 }.map { $0.words.last!.key }) }
            return fullNameEndsCache!
        }
        // "a superb Girvan Dempsey tackle ... G Dempsey; G Murphy, ...": a team sheet's or a results
        // line's initial and surname vouch for the name with that surname and a given name of that
        // initial.
        let initialled = found.contains(where: { $0.words.count == 2 && $0.words[0].text.utf8.count <= 2 })
            ? Set(found.compactMap { person -> String? in
                guard person.words.count == 2, let initials = Self.initials(person.words[0]), initials.count == 1 else { return nil }
                return "\(initials[0]) \(person.words[1].key)"
            }) : []
        func capitalisedWord(_ token: Token) -> Bool { token.kind == .word && token.isCapitalised }
        // Whether the first third person's pronoun in the rest of the sentence after `index`, or
        // opening the next, is a person's. (Not after a preposition, "the presentation of Wessanen's
        // report he expected", nor past another person's name: "Nant Conwy and Plaid Cymru's
        // Parliamentary Leader, Mr Llwyd has argued that his": the pronoun is another's.)
        func personsPronounAfter(_ index: Int, in field: Field) -> Bool {
            let tokens = field.tokens
            if index > 0, Self.prepositionsBeforeName.contains(tokens[index - 1]) { return false }
            for k in (index + 1)..<min(tokens.count, index + 40) {
                if Self.personsPronouns.contains(tokens[k]) { return true }
                if Self.thingsPronouns.contains(tokens[k]) || tokens[k].sentenceInitial || covered[field.field]?.contains(k) == true {
                    return false
                }
            }
            return false
        }
        // Whether the key stands alone somewhere outside `run` (capitalised, no capitalised word
        // right after it, and before it none but a title), and whether a title stands before it
        // there or a person's pronoun follows it or the run.
        func alone(_ word: Token, outside run: Range<Int>, of runField: Field) -> (alone: Bool, asPerson: Bool) {
            var isAlone = false
            for field in fields {
                let tokens = field.tokens
                // (By the key's hash first: this scans every token.)
                for k in tokens.indices where tokens[k].keyHash == word.keyHash && tokens[k].key == word.key
                    && !(field.field == runField.field && run.contains(k))
                {
                    let token = tokens[k]
                    guard token.kind == .word, token.isCapitalised, !token.isAllCaps, !field.titleCase[k] else { continue }
                    if k + 1 < tokens.count, capitalisedWord(tokens[k + 1]) { continue }
                    // ("Mr. Watanabe": the title's stop is a token of its own.)
                    var titled = k >= 2 && tokens[k - 1].text == "." && tokens[k - 1].start == tokens[k - 2].end
                        && lexicons.honorifics.contains(tokens[k - 2])
                    if !titled, k > 0, case let before = tokens[k - 1], before.kind == .word {
                        if before.isCapitalised {
                            guard lexicons.titles.contains(before.key) else { continue }
                            titled = true
                        } else if PersonTagger.determiners.contains(before) || PersonTagger.possessiveDeterminers.contains(before)
                            || PersonTagger.thingNouns.contains(before)
                        {
                            continue
                        }
                    }
                    if titled || personsPronounAfter(k, in: field) { return (true, true) }
                    isAlone = true
                }
            }
            return (isAlone, isAlone && personsPronounAfter(run.upperBound - 1, in: runField))
        }
        func listedOnlyAsSurname(_ token: Token) -> Bool {
            (tagger.isUnlisted(token.key) || lexicons.surnames.contains(token) && !lexicons.surnameWords.contains(token)
                && !lexicons.commonWords.contains(token) && (lexicons.givenNames[token] ?? 0) < Lexicons.commonGivenName)
                && !lexicons.shortWords.contains(token)
        }
        var result: [Found] = []
        for (field, run, _) in candidates where !run.contains(where: { covered[field.field]?.contains($0) ?? false }) {
            let first = field.tokens[run.lowerBound], last = field.tokens[run.lowerBound + 1]
            // (Not the tail of a longer name: "Ku Klux Klan", "Atal Bihari Vajpayee".)
            if run.lowerBound > 0, case let before = field.tokens[run.lowerBound - 1], capitalisedWord(before),
                !lexicons.titles.contains(before.key)
            {
                continue
            }
            if !initialled.isEmpty, let letter = first.key.first, initialled.contains("\(letter) \(last.key)"),
                first.key.count >= 3, !first.isAllCaps, !last.isAllCaps, last.isCapitalised, tagger.isUnlisted(first.key)
                    || lexicons.givenNames[first] != nil || lexicons.rareGivenNames.contains(first)
            {
                result.append(Found(
                    field: field.field, start: first.start, end: last.end, words: [first, last],
                    cue: "initial and surname \"\(first.text.prefix(1)) \(last.text)\" elsewhere"))
                covered[field.field, default: []].formUnion(run)
                continue
            }
            guard Self.givenNameShaped(first, lexicons), tagger.isUnlisted(first.key) || lexicons.rareGivenNames.contains(first),
                !lexicons.surnames.contains(first), !PersonTagger.labelNouns.contains(first), !PersonTagger.firmNouns.contains(first),
                !PersonTagger.faiths.contains(first.key), !PersonTagger.stormKinds.contains(first),
                // ("Defunding Obamacare", "Afghanistani Taliban": a verb's form, a people's word.)
                !first.key.hasSuffix("ing"), !(first.key.hasSuffix("i") && tagger.isCountryWord(String(first.key.dropLast()))),
                !Self.thingEndings.contains(where: last.key.hasSuffix),
                last.kind == .word, last.isCapitalised, !last.isAllCaps, !last.hasHyphen, last.key.count >= 3,
                listedOnlyAsSurname(last), tagger.placeAt(run.lowerBound + 1, field.tokens) == nil,
                !PersonTagger.thingNouns.contains(last), !PersonTagger.faiths.contains(last.key), !fullNameEnds().contains(last.key),
                alone(last, outside: run, of: field).asPerson,
                !alone(first, outside: run, of: field).alone
            else { continue }
            result.append(Found(
                field: field.field, start: first.start, end: last.end, words: [first, last],
                cue: "\"\(last.text)\" alone elsewhere, a person's"))
            covered[field.field, default: []].formUnion(run)
        }
        return result
    }
    /// Drops from each short form's full names a name of one initial and a surname ("M Davies", "P.
    /// Ryan") where another of them has a given name of that initial and the same other words ("Mefin
    /// Davies"). (Not two initials: "P.J. Masten" is not "Patti Masten".)
    static func dropInitialledNames(_ fullNames: inout [String: [String]]) {
        // (The first word, without a copy: most names open with no initial.)
        func oneInitial(_ name: String) -> Bool { initials(name.prefix { $0 != " " })?.count == 1 && name.contains(" ") }
        let keys = fullNames.compactMap { key, names in names.count > 1 && names.contains(where: oneInitial) ? key : nil }
        for key in keys {
            let names = fullNames[key]!
            fullNames[key] = names.filter { name in
                guard oneInitial(name) else { return true }
                let words = name.split(separator: " ")
                return !names.contains { other in
                    let otherWords = other.split(separator: " ")
                    return otherWords.count == words.count && otherWords.dropFirst().elementsEqual(words.dropFirst())
                        && otherWords[0].first == words[0].first && initials(otherWords[0]) == nil
                }
            }
        }
    }

    /// The lower-case letters of one or two initials, with stops or none ("R", "JP", "C.", "J.K."),
    /// or nil. (Not a particle in capitals: "DE Blasio".)
    static func initials<S: StringProtocol>(_ text: S) -> [Character]? {
        // (Capitals and stops only, four bytes at most: asked first, without a copy.)
        guard text.utf8.count <= 4,
            text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 == UInt8(ascii: ".") })
        else { return nil }
        let letters = text.utf8.filter { $0 != UInt8(ascii: ".") }
        guard (1...2).contains(letters.count), !PersonTagger.particles.contains(text.lowercased()) else { return nil }
        return letters.map { Character(Unicode.Scalar($0 + 0x20)) }
    }
    static func initials(_ token: Token) -> [Character]? { initials(token.text) }
    static let personsPronouns: WordSet = ["he", "she", "his", "her", "him", "himself", "herself", "who"]
    static let thingsPronouns: WordSet = ["it", "its", "itself", "they", "their", "them", "which"]
    /// Endings of a thing's or a creed's word: "Obamacare", "Christianity", "McCarthyism".
    static let thingEndings = ["care", "ity", "ism"]
    static let prepositionsBeforeName: WordSet = ["of", "in", "at", "for", "from", "to", "by", "with", "on", "near"]

    private static let openingQuotes: WordSet = ["\"", "\u{201C}"]
    private static let closingQuotes: WordSet = ["\"", "\u{201D}"]

    /// A nickname in quotes between a given name and a surname: `Roberto "Hands of Stone" Duran`,
    /// `Joaquín "El Chapo" Guzmán`. The person is "Roberto Duran"; the mention spans the whole, and
    /// replaces one of the surname alone that another rule found.
    private func nicknamed(_ fields: [Field], found: inout [Found], covered: inout [ArticleField: Set<Int>]) {
        for field in fields {
            let tokens = field.tokens
            var i = 0
            while i + 3 < tokens.count {
                let given = tokens[i]
                guard given.kind == .word, given.isCapitalised, !given.isAllCaps, Self.openingQuotes.contains(tokens[i + 1]),  // (a quote mark's key is its text)
                    (lexicons.givenNames[given] ?? 0) >= Lexicons.commonGivenName || lexicons.rareGivenNames.contains(given)
                else {
                    i += 1
                    continue
                }
                // One to four words in the quotes, the first capitalised ("Hands of Stone", "El Chapo").
                var close = i + 2
                while close < tokens.count, close - i <= 6, tokens[close].kind == .word { close += 1 }
                guard close > i + 2, close + 1 < tokens.count, Self.closingQuotes.contains(tokens[close]),
                    tokens[i + 2].isCapitalised
                else {
                    i += 1
                    continue
                }
                // The surname: one or two capitalised words ("Duran", "Van Gelder").
                var end = close + 1
                while end < tokens.count, end - close <= 2, tokens[end].kind == .word, tokens[end].isCapitalised,
                    tokens[end].hasLetters, !tokens[end].isAllCaps
                {
                    end += 1
                }
                let surname = Array(tokens[(close + 1)..<end])
                // (The given name alone may have been found after a title: `Sergeant Frank "Greg" Ford`.)
                let givenAlone = found.contains { $0.field == field.field && $0.end == given.end && $0.words.count == 1 }
                guard let last = surname.last, !lexicons.commonWords.contains(last), lexicons.places[last] == nil,
                    !(covered[field.field]?.contains(where: { ((givenAlone ? i + 1 : i)..<(close + 1)).contains($0) }) ?? false)
                else {
                    i += 1
                    continue
                }
                // A rule found the surname or the given name alone: this mention replaces it.
                found.removeAll { $0.field == field.field && $0.start >= surname[0].start && $0.end <= last.end }
                if givenAlone { found.removeAll { $0.field == field.field && $0.end == given.end && $0.words.count == 1 } }
                found.append(Found(
                    field: field.field, start: given.start, end: last.end, words: [given] + surname, cue: "nickname in quotes"))
                covered[field.field, default: []].formUnion(i..<end)
                i = end
            }
        }
    }

    /// Two-word names of the article that are one person with a fuller name it gives, by that name:
    /// "Donald Trump" beside "Donald J. Trump", "Hillary Clinton" beside "Hillary Rodham Clinton",
    /// "Donald Jr" beside "Donald Trump Jr". Only where one fuller name has that first and last word,
    /// and its middle words are initials or no common given name: not "John Adams" beside "John
    /// Quincy Adams", his son, nor "George Bush" beside both "George W. Bush" and "George H.W. Bush".
    private func fullerNames(_ found: [Found]) -> [String: String] {
        let longer = found.filter { $0.words.count >= 3 }
        guard !longer.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for person in found where person.words.count == 2 {
            let name = displayName(person.words)
            guard result[name] == nil else { continue }
            let (first, last) = (person.words[0].key, person.words[1].key)
            let matches = Set(longer.filter { other in
                other.words.first!.key == first && other.words.last!.key == last
                    && other.words.dropFirst().dropLast().allSatisfy { word in
                        // (Not a word of the name twice: "Joe Biden Biden" is a scrape's.)
                        word.key != first && word.key != last
                            && (Self.initials(word) != nil || (lexicons.givenNames[word] ?? 0) < Lexicons.commonGivenName)
                    }
            }.map { displayName($0.words) })
            if matches.count == 1 { result[name] = matches.first! }
        }
        return result
    }

    /// A name a rule cut short is the longer full name the article gives where the words right
    /// after it are the rest of that name: "KIM JONG UN MEETS YOON", where "UN" in capitals stopped
    /// the run at "Kim Jong", is "Kim Jong Un".
    private func completeCutNames(_ fields: [Field], found: inout [Found], covered: inout [ArticleField: Set<Int>]) {
        // (The words as the longer name writes them, for its display: not "Kim Jong UN". Only the
        // body's: a headline in title case glues words to names, "Roger Stone Case".)
        let longer = found.filter { $0.words.count >= 3 && $0.field == .body }.map(\.words)
        guard !longer.isEmpty else { return }
        for n in found.indices where found[n].words.count >= 2 {
            let words = found[n].words
            guard let written = longer.first(where: { $0.count > words.count && zip($0, words).allSatisfy { $0.key == $1.key } }),
                let tokens = fields.first(where: { $0.field == found[n].field })?.tokens
            else { continue }
            // (The first token after the name: tokens are in order of their offsets.)
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].start < found[n].end { low = middle + 1 } else { high = middle }
            }
            let rest = Array(written.dropFirst(words.count))
            let span = low..<(low + rest.count)
            guard Self.repeats(rest, at: low, tokens, covered: covered[found[n].field]) else { continue }
            found[n].words = written
            found[n].end = tokens[span.upperBound - 1].end
            covered[found[n].field, default: []].formUnion(span)
        }
    }

    /// A given name a quote's reporter put in brackets before the surname the speaker said: "he saw
    /// (Tom) Seaver", "the way [Ronald] Reagan did", "President (Vladimir) Putin". The mention runs
    /// from the bracket; a rule that found the surname alone gives way to it.
    /// (Not a nickname inside a full name, "Addison (Mitch) McConnell", which follows a name's word;
    /// nor a country's, a people's or a body's word, "the [Justice] Department", "(Russian)
    /// President"; nor a word of the language after it unless the article names that surname's
    /// person: "(Donald) Trump".)
    private func bracketedGivenNames(_ fields: [Field], found: inout [Found], covered: inout [ArticleField: Set<Int>]) {
        var knownSurnames: Set<String>?
        for field in fields {
            let tokens = field.tokens
            var i = 0
            while i + 3 < tokens.count {
                defer { i += 1 }
                guard tokens[i].kind == .punctuation, tokens[i + 2].kind == .punctuation,
                    case let open = tokens[i].text, open == "(" || open == "[", tokens[i + 2].text == (open == "(" ? ")" : "]")
                else { continue }
                let given = tokens[i + 1], surname = tokens[i + 3]
                let surnames = knownSurnames ?? Set(found.lazy.filter { $0.words.count >= 2 }.map { $0.words.last!.key })
                knownSurnames = surnames
                guard given.kind == .word, given.isCapitalised, !given.isAllCaps,
                    (lexicons.givenNames[given] ?? 0) >= Lexicons.commonGivenName || lexicons.rareGivenNames.contains(given),
                    // (A town's name may be a given name: "(Vladimir) Putin".)
                    lexicons.places[given].map({ $0.kind == .city }) ?? true, !lexicons.titles.contains(given),
                    surname.kind == .word, surname.isCapitalised, !surname.isAllCaps, surname.key.count >= 2,
                    lexicons.places[surname] == nil, !lexicons.titles.contains(surname), !lexicons.stopWords.contains(surname),
                    // ("(Robben) Island"; a plural, "the [James] Comeys of the world", is no one; "the
                    // [Paula] Jones case" is hers.)
                    !lexicons.commonWords.contains(surname) && !PersonTagger.thingNouns.contains(surname)
                        || surnames.contains(surname.key),
                    !(surname.key.hasSuffix("s")
                        && (surnames.contains(String(surname.key.dropLast()))
                            || (i > 0 && tokens.key(at: i - 1) == "the" && i + 4 < tokens.count && tokens.key(at: i + 4) == "of"))),
                    // (The surname ends the name: "[Speaker] John Boehner" holds a title.)
                    i + 4 >= tokens.count || tokens[i + 4].kind != .word || !tokens[i + 4].isCapitalised
                else { continue }
                // (After a word of a name, the brackets hold a nickname; a title may come before.)
                if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalised, !lexicons.titles.contains(tokens[i - 1]) { continue }
                if covered[field.field]?.contains(i + 1) ?? false { continue }
                // A rule found the surname alone: this mention replaces it; a longer name keeps it.
                if covered[field.field]?.contains(i + 3) ?? false {
                    let count = found.count
                    found.removeAll { $0.field == field.field && $0.start == surname.start && $0.words.count == 1 }
                    if found.count == count { continue }
                }
                found.append(Found(
                    field: field.field, start: tokens[i].start, end: surname.end, words: [given, surname],
                    cue: "given name in brackets"))
                covered[field.field, default: []].formUnion(i..<(i + 4))
                i += 3
            }
        }
    }

    /// The scorers in a match summary: after a side's score, names and minutes in brackets
    /// ("Dunfermline 2 (Millar 43, 46 penalty) Aberdeen 3 (Miller 10, Rowson 55)", "Derby 2
    /// (Sturridge 62, Powell 71)"). Every item must be a name of one to three words and one or more
    /// minutes, or nothing in the brackets counts.
    private func matchScorers(_ fields: [Field], covered: inout [ArticleField: Set<Int>], tagger: PersonTagger) -> [Found] {
        // (A minute, or a batsman's runs: "(Greg Blewett 57 not out)".)
        func minute(_ token: Token) -> Bool {
            token.kind == .word && token.text.utf8.count <= 3 && token.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                && (Int(token.text).map { (1...400).contains($0) } ?? false)
        }
        // (Or a bowler's figures, wickets-runs or overs-maidens-runs-wickets: "(Ambrose 3-22)",
        // "(Vass 7-0-29-0)".)
        func figures(_ token: Token) -> Bool {
            guard token.text.utf8.count <= 12, token.text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return false }
            let parts = token.text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 4,
                parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
            else { return false }
            // Wickets-runs: at most ten wickets, ten runs or more ("2-1" is a match's score).
            if parts.count == 2 { return Int(parts[0])! <= 10 && Int(parts[1])! >= 10 }
            return Int(parts[3])! <= 10
        }
        var added: [Found] = []
        for field in fields {
            let tokens = field.tokens
            var open = 1
            while open < tokens.count {
                defer { open += 1 }
                guard tokens[open].kind == .punctuation else { continue }
                // After a list's head and a colon: "Bowling: Ambrose 3-22, Walsh 4-40." (to the
                // sentence's or the line's end).
                let colonList = tokens[open].text == ":" && Self.figureListHeads.contains(tokens[open - 1])
                guard tokens[open].text == "(" || colonList else { continue }
                // After a side's score ("Derby 2 (", "Tasmania 352 for three (", "172 all out in 49.2 overs (").
                let afterScore = open >= 2 && (minute(tokens[open - 1]) || tokens[open - 1].text == "0")
                    && tokens[open - 2].kind == .word && tokens[open - 2].isCapitalised
                guard colonList || afterScore || Self.afterInnings.contains(tokens[open - 1]) else { continue }
                var names: [Range<Int>] = []
                var i = open + 1
                func skipBreaks() { while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 } }
                var closed = false
                item: while i < tokens.count {
                    skipBreaks()
                    let start = i
                    // (Not an acronym in capitals: "Presidential Policy Directive 20 (PPD 20)".)
                    while i < tokens.count, i - start < 3, tagger.isNamePart(tokens, i), !tokens[i].isAllCaps { i += 1 }
                    guard i > start else { break }
                    let name = start..<i
                    // (A name a rule found already is an item too: "Bowling: Doull 12-2-34-1, Cairns
                    // 14-3-50-1, Vaughan 10-4-21-1" after "c Young b Doull" goes on to "Vaughan".)
                    let known = covered[field.field].map { name.contains(where: $0.contains) } ?? false
                    skipBreaks()
                    guard i < tokens.count, minute(tokens[i]) || figures(tokens[i]) else { break }
                    if !known { names.append(name) }
                    i += 1
                    // More minutes and notes ("71 74", ", 46 penalty", "pen", "og"), then "," or ")".
                    while i < tokens.count {
                        if minute(tokens[i]) || Self.goalNotes.contains(tokens[i]) {
                            i += 1
                        } else if tokens[i].text == ",", i + 1 < tokens.count, minute(tokens[i + 1]) {
                            i += 2
                        } else if tokens[i].text == "," || tokens[i].text == ";" {
                            i += 1
                            continue item
                        } else if tokens[i].text == ")" && !colonList {
                            closed = true
                            break item
                        } else if colonList, tokens[i].text == "." || tokens[i].kind == .lineBreak {
                            closed = true
                            break item
                        } else if tokens[i].kind == .lineBreak {
                            i += 1
                        } else {
                            break item
                        }
                    }
                }
                if colonList, i >= tokens.count { closed = true }
                guard closed, !names.isEmpty else { continue }
                for name in names {
                    let words = Array(tokens[name])
                    added.append(Found(field: field.field, start: words[0].start, end: words[words.count - 1].end,
                                       words: words, cue: "scorer in a match summary"))
                    covered[field.field, default: []].formUnion(name)
                }
                open = i
            }
        }
        return added
    }
    /// Heads of lists of players with their runs, goals or figures: "Bowling: Ambrose 3-22, Walsh 4-40".
    private static let figureListHeads: WordSet = ["bowling", "batting", "scorers", "goalscorers", "scorer"]
    private static let goalNotes: WordSet = ["penalty", "pen", "pen.", "og", "o.g.", "own-goal", "not", "out", "retired", "hurt"]
    private static let afterInnings: WordSet = ["overs", "innings", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// Line-ups and squads: in a list of at least three names separated by commas, of which at
    /// least two and a third are people found by other rules (or two, in a list of five or more full
    /// names; or four or more items, three in four of them surnames), the rest are people too
    /// ("Harte, McLoughlin, Houghton, Townsend, Quinn"), unless they are places or countries.
    private func listMembers(
        _ fields: [Field], found: inout [Found], covered: inout [ArticleField: Set<Int>], tagger: PersonTagger
    ) {
        var added: [Found] = []
        defer { found += added }
        for field in fields {
            let tokens = field.tokens
            let starts = Set(found.filter { $0.field == field.field }.map(\.start))
            var capsLines: Set<Int>?
            func inCapsLine(_ index: Int) -> Bool {
                if capsLines == nil { capsLines = allCapsLines(tokens) }
                return capsLines!.contains(index)
            }
            var items: [Range<Int>] = []
            // Where each group after a semicolon starts, and whether the list comes after a side's name
            // and a colon: a team sheet by positions ("Arsenal : Seaman ; Dixon , Adams , Bould , Keown ,
            // Winterburn ; Vieira , Platt , Merson ; Wright , Bergkamp").
            var groupStarts: [Int] = []
            var afterColon = false
            func flush() {
                defer {
                    items = []
                    groupStarts = []
                    afterColon = false
                }
                // A team sheet: a side's eleven, give or take, in three or more groups of positions
                // after the side's name and a colon; one word or two each.
                // (Not a byline's credits, names and papers: "Contributing: Ryan Martin, Indianapolis
                // Star; Kirk Brown, ...": no word of a place in any item.)
                let teamSheet = afterColon && groupStarts.count >= 2 && (9...16).contains(items.count)
                    && items.allSatisfy { item in
                        let words = tokens[item].filter { $0.kind == .word }
                        return words.count <= 2 && !words.contains { lexicons.places[$0] != nil }
                    }
                if teamSheet || groupStarts.isEmpty || initialled(items) {
                    judge(items, teamSheet: teamSheet)
                } else {
                    // Otherwise each group between semicolons is a list of its own.
                    for (start, end) in zip([0] + groupStarts, groupStarts + [items.count]) {
                        judge(Array(items[start..<end]), teamSheet: false)
                    }
                }
            }
            // A team sheet as British copy prints it, initials with no stops and surnames: "G Dempsey;
            // G Murphy, B O'Driscoll (capt), S Horgan, D Hickie; R O'Gara, P Stringer": three items or
            // more, three in four of them one or two capitals and a capitalised word that is no place
            // or English word. (Its positions are groups between semicolons, with or without the
            // side's name and a colon before.)
            func initialledName(_ item: Range<Int>) -> Bool {
                // (Two tokens, the first of one or two capitals with no stop: asked first, most items
                // fail there.)
                guard item.count == 2, case let initials = tokens[item.lowerBound], initials.kind == .word,
                    initials.text.utf8.count <= 2, Self.initials(initials) != nil, !initials.text.hasSuffix(".")
                else { return false }
                let surname = tokens[item.lowerBound + 1]
                return surname.kind == .word && surname.isCapitalised && !surname.isAllCaps && surname.text.utf8.count >= 2
                    && lexicons.places[surname] == nil && !lexicons.commonWords.contains(surname) && !tagger.isCountryWord(surname.key)
            }
            func initialled(_ items: [Range<Int>]) -> Bool {
                items.count >= 3 && items.filter(initialledName).count * 4 >= items.count * 3
            }
            func judge(_ items: [Range<Int>], teamSheet: Bool) {
                guard items.count >= 3 else { return }
                let known = items.filter { starts.contains(tokens[$0.lowerBound].start) || covered[field.field]?.contains($0.lowerBound) == true }
                // A squad of surnames ("Given, Breen, Staunton, Irwin, McAteer"): four or more items,
                // three in four of them known surnames.
                let surnames = items.filter { item in
                    item.count == 1 && lexicons.surnames.contains(tokens[item.lowerBound])
                        && lexicons.places[tokens[item.lowerBound]] == nil
                }
                let squad = items.count >= 4 && surnames.count * 4 >= items.count * 3
                // A team sheet of full names ("Arjuna Ranatunga (captain), Sanath Jayasuriya, ..."):
                // five or more items, three in four of two or three words, two of them known.
                let fullNames = items.count >= 5 && items.filter { item in
                    let words = tokens[item].filter { $0.kind == .word }.count
                    return words >= 2 && words <= 3
                }.count * 4 >= items.count * 3
                guard (known.count >= 2 && (known.count * 3 >= items.count || fullNames)) || squad || teamSheet || initialled(items)
                else { return }
                // "Merrill Lynch, Pierce, Fenner and Smith Inc": a firm's partners, in its name.
                let firm = items.contains { item in
                    let key = tokens[item].filter { $0.kind == .word }.map(\.key).joined(separator: " ")
                    return lexicons.places[key]?.kind == .blocked
                } || items.last.map { last in
                    last.upperBound < tokens.count && PersonTagger.companySuffixes.contains(tokens[last.upperBound])
                        || PersonTagger.companySuffixes.contains(tokens[last.upperBound - 1])
                } ?? false
                if firm { return }
                // (An item a rule found a person in is that person: "Senators Kirsten Gillibrand". With
                // the given names before, in a line in title case that rule cut: "Liverpool : ... , Stig
                // Inge Bjornebye ;" gave "Inge Bjornebye".)
                for item in items {
                    guard let person = found.firstIndex(where: {
                        $0.field == field.field && $0.end == tokens[item.upperBound - 1].end && $0.start > tokens[item.lowerBound].start
                    }) else { continue }
                    // (Not a title shown with the name: "Prince Andrew", "Judge Andrew Napolitano".)
                    guard found[person].words.first?.start == found[person].start else { continue }
                    let before = tokens[item].prefix { $0.start < found[person].start }
                    guard before.allSatisfy({ $0.kind == .word && $0.isCapitalised && !$0.isAllCaps && $0.hasLetters
                            && !lexicons.commonWords.contains($0) && lexicons.places[$0] == nil && !lexicons.titles.contains($0.key)
                            && !PersonTagger.particles.contains($0) }),
                        let first = before.first, lexicons.givenNames[first] != nil || lexicons.rareGivenNames.contains(first)
                    else { continue }
                    found[person].words = Array(before) + found[person].words
                    found[person].start = first.start
                    covered[field.field, default: []].formUnion(item)
                }
                for item in items where !(covered[field.field].map { item.contains(where: $0.contains) } ?? false) {
                    let words = tokens[item].filter { $0.kind == .word }
                    let key = words.map(\.key).joined(separator: " ")
                    // ("... and Ted Kennedy and Democrats": a plural that is no surname names a group.)
                    let group = words.count == 1 && key.hasSuffix("s") && !lexicons.surnames.contains(key)
                    // ("Savannah Behrmann and Grace Hauck, USA TODAY", "speaking at CPAC, Gage
                    // Skidmore": a word in capitals outside a line in capitals that opens or ends the
                    // list is an acronym, a paper's, a network's or a meeting's; inside it, a person's
                    // initials: "Woodrow Wilson, FDR, JFK, LBJ, Ronald Reagan".)
                    // ("Mark Meadows, R-N.C., Jim Jordan, R-Ohio": a party and a state, and a letter alone;
                    // "U.S.": a country's initials.)
                    let acronym = words.count == 1 && words[0].isAllCaps && !inCapsLine(item.lowerBound)
                        && (item == items.first || item == items.last)
                        || words.count == 1 && (PersonTagger.isPartyMark(words[0].text) || tagger.isPlaceInitials(words[0])
                            || words[0].text.filter(\.isLetter).count == 1)
                    guard lexicons.places[key] == nil, !PersonTagger.companySuffixes.contains(key), !lexicons.titles.contains(key), !lexicons.titles.contains(key + " ."),
                        !words.contains(where: { tagger.isCountryWord($0.key) }), !group, !acronym
                    else { continue }
                    added.append(Found(
                        field: field.field, start: words[0].start, end: words[words.count - 1].end, words: words,
                        cue: "list of people"))
                    covered[field.field, default: []].formUnion(item)
                }
            }
            var i = 0
            while i < tokens.count {
                // An item: one to three name-shaped words, particles inside ("Aravinda de Silva").
                var j = i
                var words = 0
                while j < tokens.count, words < 4 {
                    if tagger.isNamePart(tokens, j) {
                        words += 1
                    } else if j > i,
                        (PersonTagger.particles.contains(tokens[j]) && !tokens[j].isCapitalised)
                            || tokens[j].kind == .lineBreak,
                        j + 1 < tokens.count, tagger.isNamePart(tokens, j + 1)
                    {
                        // A particle, or a name wrapped across lines ("Damien\nFlemming"): no word
                        // of the count.
                    } else {
                        break
                    }
                    j += 1
                }
                guard j > i, words <= 3 else {
                    flush()
                    i = max(j, i + 1)
                    continue
                }
                if items.isEmpty {
                    afterColon = i >= 2 && tokens[i - 1].text == ":" && tokens[i - 2].kind == .word && tokens[i - 2].isCapitalised
                }
                items.append(i..<j)
                // A note in brackets may follow an item: "Arjuna Ranatunga (captain)", "Falk Balzer
                // (Germany)", "J Robinson (Sale Sharks, capt)"; at most three words, no numbers.
                if j < tokens.count, tokens[j].text == "(",
                    let close = (j + 1..<min(j + 7, tokens.count)).first(where: { tokens[$0].text == ")" }),
                    close > j + 1, !tokens[(j + 1)..<close].contains(where: { $0.text.first?.isNumber == true }),
                    tokens[(j + 1)..<close].filter({ $0.kind == .word }).count <= 3
                {
                    j = close + 1
                }
                // The separator: a comma or "and" (then maybe a line break), or a semicolon between a
                // team sheet's positions; anything else ends the list.
                if j < tokens.count, tokens[j].text == "," || tokens[j].key == "and"
                    || tokens[j].text == ";" && (afterColon || initialledName(i..<j) || initialledName(items[0]))
                {
                    if tokens[j].text == ";" { groupStarts.append(items.count) }
                    i = j + 1
                    if i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
                } else {
                    flush()
                    i = j + 1
                }
            }
            flush()
        }
    }

    /// Nouns before a name that only a firm is: "investment firm Grant Samuel".
    /// ("homebuilder Carlos Beruff" is a person's trade, "the Tribune chain Mary Sanchez" its columnist.)
    private static let firmOnlyNouns: WordSet = [
        "firm", "company", "consultancy", "brokerage", "retailer", "carmaker", "automaker", "drugmaker",
        "chipmaker", "conglomerate", "insurer", "reinsurer", "lender", "supermarket", "grocer", "bottler",
        "subsidiary",
    ]

    /// Nouns before a company's name ("chain Ruch") and words after it ("Ericsson shares"; with the
    /// legal forms, `PersonTagger.companySuffixes`: "Pirelli SpA").
    private static let companyBefore: WordSet = [
        "company", "firm", "chain", "carrier", "maker", "manufacturer", "operator", "retailer", "subsidiary",
        "conglomerate", "insurer", "airline", "publisher", "brewer", "producer", "supplier", "distributor",
        "automaker", "carmaker", "bank", "lender", "broker", "brokerage", "utility", "network", "giant",
        "reinsurer", "group", "store", "stores", "housebuilder", "homebuilder", "supermarket", "grocer",
        "broadcaster", "consultancy", "bottler", "drugmaker", "chipmaker", "miner", "refiner",
    ]
    /// Words of `companyAfter` that are verbs too ("Bill Gates shares his view").
    private static let verbLikeCompanyAfter: WordSet = ["shares", "profits", "profit", "boss", "bosses", "stock"]
    /// Ranks before a firm's job: "principal analyst", "chief economist".
    private static let rankAdjectives: WordSet = ["principal", "senior", "chief", "lead", "top", "head"]
    private static let companyAfter: WordSet = [
        "shares", "stock", "stocks", "shareholders", "profits", "profit", "sales", "revenue", "revenues",
        "earnings", "customers", "subscribers", "boss", "bosses", "analyst", "analysts", "employees",
        // ("Apple CEO Tim Cook", "a new Gallup poll", "the Pew survey")
        "ceo", "executives", "poll", "survey",
    ]

    /// "The Carl Vinson leads": a name the article gives a ship ("the aircraft carrier Carl Vinson")
    /// is the ship's wherever it repeats, its last word alone too ("the carriers Vinson and
    /// Enterprise"), as token keys. So is a work's, whole only ("the abortion drama Vera Drake" ...
    /// "Vera Drake star Imelda Staunton"), with `PersonTagger.workNouns`: a biopic's article ("the
    /// film Michael Collins") loses its person unless a title names him. Not a maker after a work's
    /// noun ("the film Steven Spielberg directed"), nor a facility's name ("Kennedy Airport" and
    /// Senator Kennedy).
    private func shipAndWorkNames(_ fields: [Field]) -> (ships: Set<String>, works: Set<String>) {
        var ships = Set<String>(), works = Set<String>()
        for field in fields {
            let tokens = field.tokens
            for i in tokens.indices.dropLast()
            where tokens[i + 1].kind == .word && tokens[i + 1].isCapitalised && tokens[i].kind == .word && !tokens[i].isCapitalised {
                let ship = PersonTagger.vesselNouns.contains(tokens[i])
                guard ship || PersonTagger.workNouns.contains(tokens[i]) else { continue }
                var end = i + 1
                while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalised, end - i <= 3 { end += 1 }
                let name = tokens[(i + 1)..<end].map(\.key).joined(separator: " ")
                if ship {
                    ships.insert(name)
                    ships.insert(tokens[end - 1].key)
                } else if end == tokens.count || !PersonTagger.creationVerbs.contains(tokens[end]) {
                    works.insert(name)
                }
            }
        }
        return (ships, works)
    }

    /// Capitalised words after the name of a network, a pollster or a university: "Fox News", "Fox
    /// Business", "Pew Research", "Harvard University".
    private static let mediaNouns: WordSet = [
        "news", "business", "network", "networks", "channel", "tv", "radio", "television", "broadcasting", "media",
        "sports", "research", "university", "college",
    ]
    /// Words after "TV" or "Radio" that make it a campaign's advertising: "a Romney TV ad".
    private static let advertisingNouns: WordSet = [
        "ad", "ads", "advert", "adverts", "advertisement", "spot", "spots", "commercial", "commercials",
    ]
    /// Nouns after a publication's name: "Zycie Warszawy daily said", "the Bild newspaper".
    private static let publicationNouns: WordSet = ["daily", "newspaper", "weekly", "tabloid", "magazine"]

    /// Verbs of speech: after a place's name, they make it a person's ("Jordan said").
    private static let speechVerbs: WordSet = [
        "said", "says", "told", "added", "insisted", "replied", "recalled", "explained",
    ]

    /// A player's deeds after a surname that is a place's name too ("Washington came charging back").
    private static let deedVerbs: WordSet = [
        "came", "found", "won", "lost", "beat", "scored", "served", "saved", "netted", "struck", "equalised",
        "equalized", "missed", "finished", "clinched", "defeated", "dropped", "broke", "hit", "fired", "converted",
    ]

    /// Cities the article names as towns, by a preposition of place before ("in Dallas", "near
    /// Cleveland"; not a possessive after, "in Obama's view") or a state after ("Ferguson, Mo.",
    /// "Ferguson, Missouri"): only a word a city of the dateline list is, or one after which a state
    /// comes, and no found person's word.
    private func townWords(_ fields: [Field], found: [Found]) -> Set<String> {
        var result = Set<String>()
        for field in fields {
            let tokens = field.tokens
            for i in tokens.indices.dropFirst() where tokens[i].kind == .word && tokens[i].isCapitalised && !tokens[i].isAllCaps {
                // (The cheap tests first: a preposition of place before, or a comma after.)
                guard Self.townPrepositions.contains(tokens[i - 1]) || i + 1 < tokens.count && tokens[i + 1].text == "," else { continue }
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                // (Not a party to a court case: "in Bush v. Gore".)
                guard !(next?.isPossessive ?? false), !(next.map { $0.kind == .word && $0.isCapitalised } ?? false),
                    next?.key != "v.", next?.key != "v"
                else { continue }
                // (A state written out ends its phrase: "Ferguson, Missouri," but not "loathe McConnell,
                // Kentucky is a deep-red state". Shortened, it ends in a stop: "Ferguson, Mo.", "N.Y.")
                let state = next?.text == "," && i + 3 < tokens.count
                    && (isUSState(tokens[i + 2]) && tokens[i + 3].kind != .word
                        || tokens[i + 2].text.hasSuffix(".") && Dateline.regionCode(tokens[(i + 2)...(i + 2)]) == "US"
                        || tokens[i + 3].text == "." && Dateline.regionCode(tokens[(i + 2)...(i + 3)]) == "US")
                let town = Self.townPrepositions.contains(tokens[i - 1])
                    && lexicons.datelinePlaces[tokens[i]] != nil
                // (Nor the commonest given names: "in David".)
                if state || town, (lexicons.givenNames[tokens[i]] ?? 0) < 1_000_000 { result.insert(tokens[i].key) }
            }
        }
        if !result.isEmpty {
            // (Not a name the rules found in a full name: "in Jackson" after "Michael Jackson".)
            for person in found where person.words.count > 1 { for word in person.words { result.remove(word.key) } }
        }
        return result
    }
    private static let townPrepositions: WordSet = ["in", "near", "outside"]
    /// The cues that find a one-word name a town's use of it outweighs.
    private static let weakSingleCues: Set<String> = ["surname + reporting verb", "repeats a name"]
    /// Whether the surname at `index` follows an initial that opens the name and opens none of
    /// `fullNames`, the article's full names ending in it: "J Robinson" beside the coach "Andy
    /// Robinson" is someone else. Not a middle initial ("Donald J. Trump"), the end of an
    /// abbreviation ("D-N.Y. Ocasio-Cortez"), "A" or "I" ("A Trump impersonator"), nor a surname the
    /// article gives no full name for ("H. Spees").
    private static func afterOthersInitial(_ index: Int, _ tokens: [Token], fullNames: [[String]]) -> Bool {
        guard index > 0, case let before = tokens[index - 1], before.kind == .word, before.isCapitalised,
            before.key != "a", before.key != "i",
            index < 2 || tokens[index - 2].end < before.start && !(tokens[index - 2].kind == .word && tokens[index - 2].isCapitalised),
            case let letters = before.key.utf8.filter({ $0 != UInt8(ascii: ".") }), letters.count == 1
        else { return false }
        let full = fullNames.filter { $0.count > 1 }
        return !full.isEmpty && !full.contains { $0[0].utf8.first == letters[0] }
    }

    /// What makes a place's name at `index`, the surname of a full name the article gives, the
    /// person's: a person's `cue` around it ("Jordan said", "said Jordan", "Jordan, who", a player's
    /// deed or epithet); or, `unplaced`, a country's, a town's or another country's province's name
    /// with no place's preposition before it and no region after it ("Michael Jordan ... Jordan also
    /// had 10 rebounds", "Raul Labrador ... Labrador's name"; not "flew to Jordan", "Hamilton,
    /// Ontario", nor a US state's, "Jerry Brown ... Brown's California"); `speech`, a verb of speech
    /// after it. (Not inline: written out in `tagPeople`'s loop, the compiler copied every token read
    /// there, 4.5% more instructions in all.)
    @inline(never)
    private static func placeNameCues(_ place: Lexicons.Place, at index: Int, _ tokens: [Token])
        -> (cue: Bool, unplaced: Bool, speech: Bool)
    {
        let after = tokens[(index + 1)...].prefix(2).map(\.key)
        let before = index > 0 ? tokens[index - 1].key : ""
        // (Also a player's deeds and epithets: "before Washington came charging back", "the
        // 11th-seeded Washington", "the never-say-die Washington".)
        let epithet = before.utf8.contains(UInt8(ascii: "-")) && index > 1 && tokens[index - 2].key == "the"
            && tokens[index - 1].text.first?.isUppercase == false
        let deed = after.first.map(deedVerbs.contains) ?? false
        let speech = (after.first.map(speechVerbs.contains) ?? false) && after.last != "it"
        let cue = speech || before == "said" || before == "says" || epithet || (deed && after.last != "it")
            || (after.first == "," && (after.last == "who" || after.last == "whose"))
        let town = (place.kind == .city || place.kind == .state && place.code != "US") && after.first != "," && after.first != "("
        let unplaced = (place.kind == .country || place.kind == .alias || town) && !beforePlaces.contains(before)
        return (cue, unplaced, speech)
    }

    /// A US state's name written out (the gazetteer's states: "Missouri", "Georgia").
    private func isUSState(_ token: Token) -> Bool {
        guard let place = lexicons.places[token] else { return false }
        return place.kind == .state && place.code == "US" || place.kind == .stateAmbiguous
    }

    /// Capitalised words the article uses as a company's name.
    private func companyWords(_ fields: [Field]) -> Set<String> {
        var result = Set<String>()
        for field in fields {
            let tokens = field.tokens
            // (By index: `enumerated()` copied every token, the filtered ones too.)
            for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalised && !tokens[i].isAllCaps {
                let token = tokens[i]
                var j = i + 1
                if j < tokens.count, tokens[j].isPossessive {
                    j += 1
                    // ("Gartner's principal analyst Kobita Desai", "Nomura's chief economist".)
                    if j + 1 < tokens.count, Self.rankAdjectives.contains(tokens[j]), !tokens[j].isCapitalised { j += 1 }
                }
                var after = j < tokens.count && tokens[j].kind == .word
                    && (Self.companyAfter.contains(tokens[j]) || PersonTagger.companySuffixes.contains(tokens[j]))
                // "Moody's Investors Service Inc": a possessive that opens a company's name; so does
                // the first word of one ("Barrick Gold Corp", "Honda Motor Co Ltd": "Barrick said" is
                // the firm where the article gives no person's full name for it).
                if !after {
                    var k = j
                    while k < tokens.count, k - j < 4, tokens[k].kind == .word, tokens[k].isCapitalised { k += 1 }
                    after = k - j >= (j > i + 1 ? 1 : 2) && PersonTagger.companySuffixes.contains(tokens[k - 1])
                }
                // ("Ernst & Young said", "Marks & Spencer": the name after "&" is a firm's.)
                let before = i > 0 && (tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalised
                    && Self.companyBefore.contains(tokens[i - 1]) || tokens[i - 1].text == "&")
                // "Orange said it was starting proceedings": a reporting verb, then "it".
                let publication = j < tokens.count && Self.publicationNouns.contains(tokens[j]) && !tokens[j].isCapitalised
                // "Fox News", "Fox Business", "Pew Research Center": a network's or a pollster's name
                // ("told Fox" is the network where the article names it so). (Not a campaign's
                // advertising: "a Romney TV ad", "a new Romney TV commercial".)
                let media = j == i + 1 && j < tokens.count && tokens[j].kind == .word && tokens[j].isCapitalised
                    && Self.mediaNouns.contains(tokens[j])
                    && !(j + 1 < tokens.count && Self.advertisingNouns.contains(tokens[j + 1]))
                after = after || publication || media
                let saidIt = i + 2 < tokens.count && PersonTagger.reportingVerbs.contains(tokens[i + 1])
                    && (tokens[i + 2].key == "it" || tokens[i + 2].key == "its")
                // "Apple has expanded its iPod family": "its" after the name's verb.
                let itsAfterVerb = i + 3 < tokens.count && PersonTagger.subjectVerbs.contains(tokens[i + 1])
                    && tokens[i + 2].kind == .word && !tokens[i + 2].isCapitalised && tokens[i + 3].key == "its"
                if after || before || saidIt || itsAfterVerb { result.insert(token.key) }
                // "Comissaria Smith said in its weekly review ... Comissaria Smith said there is": a
                // longer name that said its own, its first word no common given name, is a firm's
                // wherever it repeats.
                if i + 2 < tokens.count, tokens[i + 1].key == "said" || tokens[i + 1].key == "says",
                    PersonTagger.itsOwn(at: i + 2, tokens)
                {
                    var first = i
                    while first > 0, i - first < 2, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalised,
                        !tokens[first - 1].isAllCaps
                    {
                        first -= 1
                    }
                    if first < i, (lexicons.givenNames[tokens[first]] ?? 0) < 300 {
                        result.insert(tokens[first...i].map(\.key).joined(separator: " "))
                    }
                }
                // "investment firm Grant Samuel", "consultancy Oxford Economics": after a noun only a
                // firm is, the whole name is the firm's (not after "producer" or "publisher", which
                // name a person's job too).
                if i > 0, Self.firmOnlyNouns.contains(tokens[i - 1]), !tokens[i - 1].isCapitalised {
                    var end = i + 1
                    while end < tokens.count, end - i < 4, tokens[end].kind == .word, tokens[end].isCapitalised,
                        !tokens[end].isAllCaps
                    {
                        end += 1
                    }
                    // ("a company Joe Biden's son sat on", "the firm Jian Ghomeshi hired": a person's.)
                    let persons = end < tokens.count
                        && (tokens[end].isPossessive || !tokens[end].isCapitalised && tokens[end].key.hasSuffix("ed"))
                    if end - i >= 2, !persons { result.insert(tokens[i..<end].map(\.key).joined(separator: " ")) }
                }
                // A firm the lexicons list ("E.F. Hutton", "Merrill Lynch"): its first or last word
                // alone is the firm too ("Hutton said", "Merrill said").
                if lexicons.blockedFirstWords.contains(token) {
                    var key = token.key
                    var k = i + 1
                    while k < tokens.count, k - i < lexicons.longestPlace, tokens[k].kind == .word {
                        let longer = key + " " + tokens[k].key
                        guard lexicons.placePrefixes.contains(longer) else { break }
                        key = longer
                        k += 1
                        if lexicons.places[key]?.kind == .blocked, tokens[k - 1].isCapitalised {
                            result.insert(tokens[k - 1].key)
                            result.insert(token.key)
                        }
                    }
                }
                // A longer name, from its first word: "Merrill Lynch and Co", "Smith Barney Inc",
                // "economists at Morgan Stanley".
                guard i == 0 || !(tokens[i - 1].kind == .word && tokens[i - 1].isCapitalised) else { continue }
                var end = i + 1
                while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalised,
                    !tokens[end].isAllCaps || PersonTagger.regnalNumbers.contains(tokens[end].key),
                    !PersonTagger.companySuffixes.contains(tokens[end])
                {
                    end += 1
                }
                guard end - i >= 2, end < tokens.count else { continue }
                var k = end
                if tokens[k].key == "and" || tokens[k].text == "&", k + 1 < tokens.count { k += 1 }
                let legalForm = PersonTagger.companySuffixes.contains(tokens[k]) || tokens[k].key == "company"
                    || PersonTagger.firmEndings.contains(tokens[k]) && tokens[k].isCapitalised
                // ("chairman of Ronald Reagan's Council": the person the firm belongs to.)
                let employer = (i >= 2 && Self.employerPrepositions.contains(tokens[i - 1])
                    && (Self.jobNouns.contains(tokens[i - 2]) || jobHolderBefore(i - 1, tokens))
                    || listedEmployer(i, tokens)) && !tokens[end].isPossessive
                let publicationName = Self.publicationNouns.contains(tokens[end]) && !tokens[end].isCapitalised
                // ("Virgin Blue shares plummet": a noun of a firm's, not one that is also a verb.)
                let firmNoun = Self.companyAfter.contains(tokens[end]) && !tokens[end].isCapitalised
                    && !Self.verbLikeCompanyAfter.contains(tokens[end])
                guard legalForm || employer || publicationName || firmNoun else { continue }
                result.insert(tokens[i..<end].map(\.key).joined(separator: " "))
                // ("Mark IV Industries Inc" ... "Mark IV said": the name without its "Industries".)
                if end - i >= 3, PersonTagger.firmEndings.contains(tokens[end - 1]) {
                    result.insert(tokens[i..<(end - 1)].map(\.key).joined(separator: " "))
                }
                // A list of firms before it: "Smith Barney, Harris Upham and Co".
                var listEnd = i
                while legalForm, listEnd >= 2, tokens[listEnd - 1].text == "," {
                    var start = listEnd - 1
                    while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalised, !tokens[start - 1].isAllCaps {
                        start -= 1
                    }
                    guard start < listEnd - 1 else { break }
                    result.insert(tokens[start..<(listEnd - 1)].map(\.key).joined(separator: " "))
                    listEnd = start
                }
            }
        }
        return result
    }

    /// Whether a job's holder named after the job comes before the preposition at `at`: "Analyst
    /// Egizio Bianchini of Nesbitt Burns said", "economist Mary Hall at Morgan Stanley".
    /// (Not "with", which joins people: "replace chief executive Tim Koogle with Terry Semel"; nor
    /// a headline's words: "ICE Director Fires Back at Nancy Pelosi".)
    private func jobHolderBefore(_ at: Int, _ tokens: [Token]) -> Bool {
        guard tokens[at].key != "with" else { return false }
        var k = at
        while k > 0, at - k < 4, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalised, !tokens[k - 1].isAllCaps,
            !Self.jobNouns.contains(tokens[k - 1]), !lexicons.commonWords.contains(tokens[k - 1])
        {
            k -= 1
        }
        return k < at && k > 0 && Self.jobNouns.contains(tokens[k - 1])
    }

    /// A later name of a list of firms after a job and an employer's preposition, where an earlier
    /// one ends as firms' names do: "analysts at Deutsche Bank and Morgan Grenfell said" ("at
    /// Chrysler and Lee Iacocca" is no such list).
    private func listedEmployer(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i - 1
        var firm = false
        while k >= 3, tokens[k].key == "and" || tokens[k].text == "," || tokens[k].text == "&" {
            var start = k
            while start > 0, k - start < 5, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalised, !tokens[start - 1].isAllCaps {
                start -= 1
            }
            guard start < k else { return false }
            let last = tokens[k - 1]
            if Self.employerEndings.contains(last) || PersonTagger.companySuffixes.contains(last) || PersonTagger.firmEndings.contains(last) {
                firm = true
            }
            if start >= 2, Self.employerPrepositions.contains(tokens[start - 1]), Self.jobNouns.contains(tokens[start - 2]) { return firm }
            k = start - 1
        }
        return false
    }

    /// Last words of the names of banks, brokers and consultancies: "Deutsche Bank", "Nomura
    /// Securities", "Capital Economics".
    private static let employerEndings: WordSet = [
        "bank", "securities", "capital", "group", "partners", "associates", "research", "management", "investments",
        "advisers", "advisors", "markets", "economics", "consulting", "fund", "trust", "insurance", "financial",
    ]

    private static let employerPrepositions: WordSet = ["at", "with", "of"]
    /// Jobs whose holder works at a firm: "an analyst with Merrill Lynch".
    private static let jobNouns: WordSet = [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "dealer",
        "dealers", "banker", "bankers", "broker", "brokers", "executive", "executives", "director", "chairman",
        "president", "partner", "partners", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "manager", "managers", "employee", "employees", "researcher", "researchers",
    ]

    /// Nouns after a town's name that make it the name of a meeting or a treaty held there.
    static let eventNouns: WordSet = [
        "accord", "accords", "agreement", "agreements", "pact", "treaty", "protocol", "convention", "conventions",
        "round", "talks", "summit", "conference", "club", "communique", "declaration", "process", "meeting",
    ]

    /// Nouns after a place's name or a people's word that make it a disease's name: "Kawasaki disease",
    /// "Stockholm syndrome", "the Spanish flu", "Japanese encephalitis".
    static let diseaseNouns: WordSet = ["disease", "diseases", "syndrome", "fever", "flu", "encephalitis"]

    /// Nouns of a state after a country's possessive: "Jordan's King Abdullah", "Chad's government".
    static let stateNouns: WordSet = [
        "king", "queen", "monarch", "emir", "government", "president", "prime", "premier", "foreign", "minister",
        "ministry", "parliament", "army", "military", "armed", "embassy", "ambassador", "capital", "central",
        "economy", "border", "borders", "ruling", "opposition", "state", "royal", "crown", "national",
    ]

    /// Words before a place's name that make a lone name the place ("in Jordan", "visited Georgia").
    static let beforePlaces: WordSet = [
        "in", "to", "from", "of", "at", "into", "across", "near", "via", "through", "toward", "towards", "visit",
        "visited", "visiting", "visits", "the", "and", "or", "between", "with", "against", "outside", "inside",
        "throughout", "around", "for", "by", "over", ",",
    ]

    /// One spelling per name, whatever the copy's: "O’Rourke" and "O'Rourke", "George W Bush" and
    /// "George W. Bush", "SHEARER" and "Shearer" (facets count display names).
    private func displayName(_ words: [Token]) -> String {
        words.enumerated().map { index, word in
            if word.text.count == 1, word.isCapitalised, index > 0, index < words.count - 1 { return word.text + "." }
            // ("HENRY VIII" is "Henry VIII")
            guard word.isAllCaps, word.text.count > 2, !PersonTagger.regnalNumbers.contains(word.key) else {
                guard word.text.unicodeScalars.contains("\u{2019}") else { return word.text }
                return String(String.UnicodeScalarView(word.text.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
            return word.text.prefix(1) + word.text.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    // MARK: - Countries

    /// Words after a place and a hyphen that keep the place: "Hong Kong-based", "Chinese-made", "Saudi-led".
    private static let placeSuffixes: WordSet = [
        "based", "born", "owned", "listed", "led", "backed", "made", "flagged", "registered", "bound", "brokered",
        "sponsored", "funded", "controlled", "headquartered", "run", "financed", "built",
    ]
    /// Combining forms before a hyphen: "Sino-Japanese", "Franco-German", "Belgo-Luxembourg".
    private static let combiningForms: [String: String] = [
        "sino": "CN", "franco": "FR", "russo": "RU", "italo": "IT", "belgo": "BE", "turco": "TR",
    ]

    /// A place found inside a hyphenated word, with its scalar offsets. A `descriptor` says only
    /// where someone or something is from ("a London-based broker"): it never makes the article about
    /// the country.
    private struct HyphenatedPlace {
        var code: String
        var start: Int
        var end: Int
        var why: String
        var descriptor = false
    }

    /// The places in the hyphenated word at `index`: a place (with the capitalised words before it)
    /// before a suffix of `placeSuffixes` ("Hong Kong-based"), or countries and combining forms
    /// joined, every part one ("Iran-Iraq"; not "Rolls-Royce", "Jean-Marie", "Coca-Cola", nor a
    /// heritage, "Cuban-American").
    private func hyphenatedPlaces(at index: Int, _ tokens: [Token]) -> [HyphenatedPlace] {
        let token = tokens[index]
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false)
        let keys = token.key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, keys.count == parts.count, parts.allSatisfy({ !$0.isEmpty }) else { return [] }
        func acceptable(_ place: Lexicons.Place) -> Bool {
            !place.isCommonWord && place.kind != .blocked && place.kind != .stateAmbiguous
        }
        if Self.placeSuffixes.contains(String(keys[keys.count - 1])) {
            guard let (place, first, head) = lexicons.place(beforeHyphenAt: index, in: tokens, where: acceptable) else { return [] }
            let name = (tokens[first..<index].map(\.text) + [String(head)]).joined(separator: " ")
            return [HyphenatedPlace(
                code: place.code, start: tokens[first].start, end: token.start + head.unicodeScalars.count,
                why: "\(place.kind.rawValue) \"\(name)\" (\"-\(parts[parts.count - 1])\")", descriptor: true)]
        }
        // "Cuban-American", "Japanese-Americans": an American's heritage, not a second country.
        if keys.count == 2, keys[1] == "american" || keys[1] == "americans", lexicons.places[String(keys[0])]?.kind == .demonym {
            return []
        }
        var found: [HyphenatedPlace] = []
        var start = token.start
        for (part, key) in zip(parts, keys.map(String.init)) {
            let end = start + part.unicodeScalars.count
            if let code = Self.combiningForms[key] {
                found.append(HyphenatedPlace(code: code, start: start, end: end, why: "combining form \"\(part)\""))
            } else if let place = lexicons.places[key], acceptable(place), [.country, .alias, .demonym, .capital].contains(place.kind) {
                found.append(HyphenatedPlace(code: place.code, start: start, end: end, why: "\(place.kind.rawValue) \"\(part)\""))
            } else {
                return []
            }
            start = end + 1
        }
        return found
    }

    private func tagCountries(
        _ fields: [Field], excluding taken: [ArticleField: [Range<Int>]], rejected: inout [Rejection]?
    ) -> [CountryEntity] {
        let firms = firmNames(fields)
        let storms = stormNames(fields)
        var mentions: [String: [Mention]] = [:]
        // "Congo" alone, not after "Republic of (the)": the country is the one the article names in
        // full, if it names one (see below).
        var bareCongo: [Mention] = []
        var congoRepublicInFull = false
        var evidence: [String: [String]] = [:]
        var ambiguous: [(Mention, String)] = []
        var namesakes: [(Mention, String, code: String, kind: String)] = []
        var order: [String] = []
        var datelineMentions = Set<Mention>()
        // "BATUMI, Georgia": a dateline's "Georgia" after a town no list holds, decided with the rest.
        var undecidedDateline = Set<Mention>()
        // "a London-based broker": where someone or something is from, not what the story is about
        // (not counted for salience).
        var descriptorMentions = Set<Mention>()
        func add(_ code: String, _ mention: Mention, _ why: String) {
            if mentions[code] == nil { order.append(code) }
            mentions[code, default: []].append(mention)
            if !(evidence[code]?.contains(why) ?? false) { evidence[code, default: []].append(why) }
        }
        for field in fields {
            let tokens = field.tokens
            let capsLines = allCapsLines(tokens)
            let titleCase = field.titleCase
            let blocked = taken[field.field] ?? []
            var i = 0
            // The dateline's words are tagged as a dateline, not again as text (a headline line
            // above it still is).
            let datelineTokens = field.dateline?.span ?? 0..<0
            if let dateline = field.dateline {
                tagDateline(
                    dateline, tokens,
                    add: { code, mention, why in
                        datelineMentions.insert(mention)
                        add(code, mention, why)
                    },
                    undecided: { mention, phrase in
                        datelineMentions.insert(mention)
                        undecidedDateline.insert(mention)
                        ambiguous.insert((mention, phrase), at: 0)  // (decided first, below)
                    })
            }
            while i < tokens.count {
                if datelineTokens.contains(i) {
                    i = datelineTokens.upperBound
                    continue
                }
                // (Most words are in lower case and no place's: they are let go before the token is
                // copied. Short forms are capitalised: "U.S.", "UK".)
                guard tokens[i].kind == .word, tokens[i].isCapitalised || tokens[i].key == "the",
                    !blocked.contains(where: { $0.contains(tokens[i].start) })
                else {
                    i += 1
                    continue
                }
                let token = tokens[i]
                // A short form that opens a longer place's name is that place's, found below ("U.S.
                // Virgin Islands").
                if token.isCapitalised, let code = lexicons.shortCodes[token.text], !(capsLines.contains(i) && token.text.count <= 2),
                    case let longer = i + 1 < tokens.count && tokens.isCapitalised(at: i + 1)
                        ? longestPlace(in: tokens, at: i, folded: false) : nil,
                    longer.map({ $0.length == 1 || $0.place.kind == .blocked }) ?? true
                {
                    let mention = Mention(field: field.field, start: token.start, end: token.end)
                    // "USA Today": a short form that starts a name listed as no place.
                    if let (place, length, _) = longer, place.kind == .blocked {
                        let phrase = tokens[i..<i + length].map(\.text).joined(separator: " ")
                        rejected?.append(Rejection(text: phrase, mention: mention, reason: "listed as no place (an organisation's or a thing's name)"))
                        i += length
                        continue
                    }
                    if !isCurrency(after: i + 1, tokens) {
                        add(code, mention, "short form \"\(token.text)\"")
                    } else {
                        rejected?.append(Rejection(text: token.text, mention: mention, reason: "a currency"))
                    }
                    i += 1
                    continue
                }
                // "Iran-Iraq war", "Franco-German", "Hong Kong-based", "Saudi-led": places inside a
                // hyphenated word, which the tokenizer keeps whole. (A place's own name is looked up
                // whole: "Guinea-Bissau", "Timor-Leste", "Rostov-on-Don".)
                if token.hasHyphen, !lexicons.placePrefixes.contains(token) {
                    let found = hyphenatedPlaces(at: i, tokens)
                    for place in found {
                        let mention = Mention(field: field.field, start: place.start, end: place.end)
                        add(place.code, mention, place.why)
                        if place.descriptor { descriptorMentions.insert(mention) }
                    }
                    if !found.isEmpty {
                        i += 1
                        continue
                    }
                }
                // Longest place phrase starting here; again without accents where the words as
                // written name none ("the Élysée": the lists have "the elysee"; "Salé" and "San José"
                // match as written, so "sale" and "San Jose" never take them).
                var best = longestPlace(in: tokens, at: i, folded: false)
                if best == nil, !token.isASCII || (i + 1 < tokens.count && !tokens.isASCII(at: i + 1)) {
                    best = longestPlace(in: tokens, at: i, folded: true)
                }
                guard let (place, length, placeKey) = best, token.isCapitalised || length > 1 else {
                    i += 1
                    continue
                }
                // "the States", "the Fed": after "the", the name is capitalised ("all of the states",
                // "The states with the highest turnout", "the fed funds rate" are no US).
                if token.key == "the", i + 1 < tokens.count, !tokens[i + 1].isCapitalised {
                    i += 1
                    continue
                }
                let end = i + length
                // "SALE", "Island" at a sentence start: a word, not a place, unless case says so.
                if place.isCommonWord, length == 1, token.isAllCaps || token.sentenceInitial || capsLines.contains(i) {
                    i += 1
                    continue
                }
                let mention = Mention(field: field.field, start: token.start, end: tokens[end - 1].end)
                let phrase = tokens[i..<end].map(\.text).joined(separator: " ")
                func reject(_ reason: String) { rejected?.append(Rejection(text: phrase, mention: mention, reason: reason)) }
                // "U.S. dlrs", "Australian dollars", "Swiss francs": a currency, not the country.
                // ("Libyans mark the day": a plural demonym names people.)
                let last = tokens[end - 1].key
                let pluralDemonym = place.kind == .demonym && last.hasSuffix("s")
                    && lexicons.places[String(last.dropLast())]?.kind == .demonym
                if !pluralDemonym, isCurrency(after: end, tokens) {
                    reject("a currency")
                    i = end
                    continue
                }
                // "Kawasaki disease", "the Spanish flu": a disease named after a place, not the place's.
                if end < tokens.count, tokens[end].kind == .word, Self.diseaseNouns.contains(tokens[end]) {
                    reject("names a disease (\"\(tokens[end].text)\")")
                    i = end
                    continue
                }
                // "the Paris accord", "the Uruguay Round", "the Geneva talks": a town names a meeting
                // or a treaty held there, a country a round of trade talks, not the country's affairs.
                if end < tokens.count, tokens[end].kind == .word,
                    place.kind == .city || place.kind == .capital ? Self.eventNouns.contains(tokens[end])
                        : (place.kind == .country || place.kind == .alias) && tokens[end].key == "round"
                {
                    reject("names a meeting or a treaty (\"\(tokens[end].text)\")")
                    i = end
                    continue
                }
                switch place.kind {
                case .blocked:
                    reject("listed as no place (an organisation's or a thing's name)")
                case .city, .capital, .state, .stateAmbiguous:
                    // "Houston Rockets", "Dallas Morning News": a capitalised word glued on either
                    // side makes it part of another name.
                    if gluedToName(i, end, tokens, titleCase: titleCase[i]) {
                        reject("part of another name")
                        break
                    }
                    // "Hurricane Florence ... Florence made landfall": the name of a storm the
                    // article names is the storm wherever it repeats.
                    if length == 1, storms.contains(placeKey) {
                        reject("the name of a storm the article names")
                        break
                    }
                    // "Santos Ltd" ... "SANTOS BIDS FOR TMOC", "Santos said": a town whose name the
                    // article gives a firm is the firm wherever it repeats, unless a preposition
                    // makes it the town ("in Houston"; "the Santos bid" is the firm's).
                    if place.kind == .city, let firm = firmNamed(tokens[i..<end].map(\.key).joined(separator: " "), firms),
                        i == 0 || tokens[i - 1].key == "the" || !PersonTagger.placePrepositions.contains(tokens[i - 1])
                    {
                        reject("the name of a firm the article names (\"\(firm)\")")
                        break
                    }
                    // "Paris, Texas": a town followed by a state or province is that state's town;
                    // "Vancouver, Wash.": so with a state's abbreviation, which names the country.
                    // So is a region's name ("Sussex, Wisconsin", "Ontario, California").
                    // ("Florence, South Carolina": the state's name may take two words or more.)
                    if place.kind != .stateAmbiguous, end + 1 < tokens.count, tokens[end].text == ",",
                        case let region = longestPlace(in: tokens, at: end + 1, folded: false),
                        !inListOfPlaces(townStart: i, regionEnd: end + 1 + (region?.length ?? 1), tokens)
                    {
                        if let region, region.place.kind == .state, region.place.code != place.code {
                            reject("a town of \(tokens[(end + 1)..<(end + 1 + region.length)].map(\.text).joined(separator: " "))")
                            break
                        }
                        let abbreviation = tokens[end + 1]
                        if abbreviation.kind == .word, abbreviation.isCapitalised,
                            abbreviation.text.utf8.contains(UInt8(ascii: ".")) || (end + 2 < tokens.count && tokens[end + 2].text == "."),
                            let code = Dateline.regionCode([abbreviation]),
                            code != place.code
                        {
                            add(code, mention, "\(place.kind.rawValue) \"\(phrase)\" in \"\(abbreviation.text)\"")
                            break
                        }
                    }
                    if place.kind == .stateAmbiguous {
                        ambiguous.append((mention, phrase))
                    } else if place.kind == .city || place.kind == .capital, lexicons.usNamesakeCities.contains(placeKey) {
                        namesakes.append((mention, phrase, place.code, place.kind.rawValue))
                    } else {
                        add(place.code, mention, "\(place.kind.rawValue) \"\(phrase)\"")
                    }
                default:
                    if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalised,
                        Self.orgHeads.contains(tokens[end])
                    {
                        reject("part of an organisation's name")
                        break
                    }
                    // "Cyprus Minerals Co", "Danish Dairy Farms Ltd", "IBM Australia Credit Ltd": a
                    // company's name, which says little about where the story is.
                    if place.kind != .demonym, let form = companyForm(after: end, tokens) {
                        reject("part of a company's name (\"\(form)\")")
                        break
                    }
                    // "Jersey City", "Jersey Central Power", "South Jersey": part of another name, in a
                    // story about the US, New Jersey's. (Alone, "the Cayman Islands and Jersey", the island.)
                    if lexicons.usNamesakeCities.contains(placeKey), gluedToName(i, end, tokens, titleCase: titleCase[i]) {
                        namesakes.append((mention, phrase, place.code, place.kind.rawValue))
                        break
                    }
                    add(place.code, mention, "\(place.kind.rawValue) \"\(phrase)\"")
                    for code in place.otherCodes { add(code, mention, "\(place.kind.rawValue) \"\(phrase)\"") }
                    if place.code == "CG", phrase.lowercased() == "congo" {
                        var k = i - 1
                        if k >= 0, tokens[k].key == "the" { k -= 1 }
                        let afterRepublicOf = k >= 1 && tokens[k].key == "of" && tokens[k - 1].key == "republic"
                        if afterRepublicOf { congoRepublicInFull = true } else { bareCongo.append(mention) }
                    }
                }
                i = end
            }
        }
        // "Congo's president" after "the Democratic Republic of the Congo": the short name is the
        // country the article names in full, when it names the other one at most by its capital.
        // ("KINSHASA - Fighting in eastern Congo ... Brazzaville, across the river": the bare name
        // is still the Democratic Republic's; not in a story datelined in the Republic, or that
        // names the Republic in full.)
        if mentions["CD"] != nil, !bareCongo.isEmpty, let congo = mentions["CG"], !congoRepublicInFull,
            !congo.contains(where: datelineMentions.contains),
            !(evidence["CG"] ?? []).contains("alias \"Congo-Brazzaville\"")
        {
            let moved = Set(bareCongo)
            mentions["CG"] = congo.filter { !moved.contains($0) }
            evidence["CG"]!.removeAll { $0 == "alias \"Congo\"" }
            if mentions["CG"]!.isEmpty {
                mentions["CG"] = nil
                evidence["CG"] = nil
                order.removeAll { $0 == "CG" }
            }
            mentions["CD"]! += congo.filter { moved.contains($0) }
            evidence["CD", default: []].append("alias \"Congo\": the Democratic Republic the article names")
        }
        // "Alexandria", "Manchester", "Georgetown": a city of another country named like a US city is
        // the US city in a story about the US (salient, as below) that does not name the other
        // country. (Named in passing is not enough: "Capriati to miss Melbourne", "the Grand Prix in
        // Birmingham" in British copy that calls the player American.)
        func salience(of list: [Mention]) -> (Bool, String) {
            let counted = list.filter { !descriptorMentions.contains($0) }
            if counted.isEmpty { return (false, "not salient: named only as where someone or something is from") }
            return Self.salience(
                count: counted.count, inDateline: counted.contains { datelineMentions.contains($0) },
                inTitle: counted.contains { $0.field == .title },
                inLead: counted.contains { $0.field == .body && $0.start < fields[1].leadEnd && !datelineMentions.contains($0) })
        }
        let aboutUS = salience(of: mentions["US"] ?? []).0
        for (mention, phrase, code, kind) in namesakes {
            if aboutUS, mentions[code] == nil {
                add("US", mention, "\(kind) \"\(phrase)\" (named like a US place, in a story about the US that does not name \(code))")
            } else {
                add(code, mention, "\(kind) \"\(phrase)\"")
            }
        }
        // "Georgia", "Washington": the US state when the article is about the US, else the country.
        // (A dateline's after a town no list holds, first: the country only where the article names
        // it otherwise too, "BATUMI, Georgia - Georgian police"; a small US town's is the state.)
        for (mention, phrase) in ambiguous {
            let key = EntityKey.fold(phrase)
            if key == "georgia", mentions["US"] == nil, !undecidedDateline.contains(mention) || mentions["GE"] != nil {
                add("GE", mention, "country \"\(phrase)\" (no US context)")
            } else {
                add("US", mention, "US state \"\(phrase)\"")
            }
        }
        return order.map { code in
            let list = mentions[code]!.sorted { ($0.field == .title ? 0 : 1, $0.start) < ($1.field == .title ? 0 : 1, $1.start) }
            let (salient, why) = salience(of: list)
            return CountryEntity(
                code: code, name: lexicons.countryName(code), mentions: list, evidence: (evidence[code] ?? []) + [why],
                salient: salient)
        }
    }

    /// The length of the longest of `names` (full names of the article, by their words) that repeats
    /// whole from `index` of a headline and ends a run of names there; nil for none.
    private func headlineRepeat(of names: [[Token]], at index: Int, _ field: Field, covered: Set<Int>?) -> Int? {
        let tokens = field.tokens
        guard let full = names.filter({ Self.repeats($0, at: index, tokens, covered: covered) }).max(by: { $0.count < $1.count }),
            !full.contains(where: { lexicons.places[$0] != nil })
        else { return nil }
        let after = index + full.count
        guard after < tokens.count, tokens[after].kind == .word, tokens[after].isCapitalised, !tokens[after].sentenceInitial,
            !PersonTagger.reportingVerbs.contains(tokens[after])
        else { return full.count }
        return headlineWordEndsName(at: after, field) ? full.count : nil
    }

    /// Whether the token at `index` is a word of the title or of a headline in title case that the
    /// lists hold in lower case ("Grapples", "With", "Says"), and no noun of a firm or a building
    /// named after a person ("Group", "Foundation"): its capital is the headline's, and the name
    /// before it ends there.
    private func headlineWordEndsName(at index: Int, _ field: Field) -> Bool {
        guard field.titleCase[index] || field.field == .title else { return false }
        let token = field.tokens[index]
        return (lexicons.commonWords.contains(token) || lexicons.stopWords.contains(token) || PersonTagger.headlineVerbs.contains(token))
            && !Self.orgHeads.contains(token) && !PersonTagger.facilityNouns.contains(token)
    }

    /// Whether the words of `full` are the tokens from `index` on, capitalised where they are, none
    /// of them covered ("Virginia governor" repeats no "Virginia Governor").
    private static func repeats(_ full: [Token], at index: Int, _ tokens: [Token], covered: Set<Int>?) -> Bool {
        guard index + full.count <= tokens.count else { return false }
        for (offset, word) in full.enumerated() {
            let token = tokens[index + offset]
            guard token.kind == .word, token.key == word.key, token.isCapitalised || !word.isCapitalised,
                !(covered?.contains(index + offset) ?? false)
            else { return false }
        }
        return true
    }

    /// The one full name of the article whose surname a capitalised plural is ("bidens", "bushes"),
    /// or nil: not where two full names share it ("the Kennedys" of John and Robert), nor for the
    /// plural of an English word the lists hold, which may name a team ("the Bulls"; the 2,000
    /// commonest surnames are no such word: "the Bushes"), nor a people's or a place's ("the Iraqis").
    private func familyName(_ token: Token, _ fullNames: [String: [String]], _ tagger: PersonTagger) -> String? {
        guard !token.isAllCaps, token.key.utf8.last == UInt8(ascii: "s") else { return nil }
        let key = token.key
        for stem in [String(key.dropLast()), key.hasSuffix("es") ? String(key.dropLast(2)) : ""] {
            guard let names = fullNames[stem] else { continue }
            let familyWord = !lexicons.commonWords.contains(stem) && !lexicons.surnameWords.contains(stem)
                && lexicons.places[stem] == nil && !tagger.isCountryWord(stem)
            return names.count == 1 && familyWord ? names[0] : nil
        }
        return nil
    }

    /// The common spelling of a Slavic surname's ending ("zelenskyy", "zelenskiy" → "zelensky";
    /// "yanukovych" → "yanukovich"), or nil where the key has no such ending. (Keys of six letters
    /// or more: "Foley", "Godoy" end as they are.)
    public static func slavicSpelling(_ key: String) -> String? {
        guard key.utf8.count >= 6 else { return nil }
        if key.hasSuffix("yy") || key.hasSuffix("iy") || key.hasSuffix("ij") { return String(key.dropLast(2)) + "y" }
        if key.hasSuffix("ych") { return String(key.dropLast(3)) + "ich" }
        return nil
    }

    /// A capital and four letters or more in lower case, no short word or adjective: "Megawati",
    /// "Thaksin" (not "U.N.", "Gov", "Islamic", "Iowan").
    static func givenNameShaped(_ token: Token, _ lexicons: Lexicons) -> Bool {
        token.text.unicodeScalars.count >= 4 && token.isCapitalised && !token.isAllCaps && !token.hasHyphen
            && token.text.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isLowercase })
            && !lexicons.shortWords.contains(token) && !adjectiveShapes.contains(where: token.key.hasSuffix)
    }
    /// Endings of adjectives and peoples' words: "Islamic", "Iowan", "Bavarian", "Kurdish".
    static let adjectiveShapes = PersonTagger.adjectiveEndings + ["ic", "an"]

    /// Whether an article is about a country, from where and how often it names it.
    ///
    /// A country named once in passing ("exports to Japan, Britain and France") is not what a story
    /// is about; the dateline's country is where it happened, and one the title names and the text
    /// names again is its subject. Measured on Reuters-21578 train against PLACES (countries other
    /// than the US, among those the text names at least twice or in the lead): named twice with none
    /// of them in the title, the dateline or the lead paragraph, a country is in PLACES 25% of the
    /// time; three times, 39%; four, 55%; in the dateline, 85-98%; twice with one in the lead, 45-53%;
    /// only in the title, 22%.
    static func salience(count: Int, inDateline: Bool, inTitle: Bool, inLead: Bool) -> (Bool, String) {
        if inDateline { return (true, "salient: named in the dateline") }
        if inTitle {
            return count >= 2 ? (true, "salient: named in the title and the text")
                : (false, "not salient: named only in the title")
        }
        if count >= 4 { return (true, "salient: named \(count) times") }
        if count >= 2, inLead { return (true, "salient: named \(count) times, in the lead") }
        return (false, "not salient: named \(count == 1 ? "once" : "\(count) times"), none in the title, the dateline or the lead")
    }

    /// Tags the dateline's place and region; `undecided` gets a region the article decides
    /// ("BATUMI, Georgia": the country or the US state).
    private func tagDateline(
        _ dateline: Dateline, _ tokens: [Token], add: (String, Mention, String) -> Void,
        undecided: (Mention, String) -> Void
    ) {
        func mention(_ range: Range<Int>) -> Mention {
            Mention(field: .body, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        }
        func text(_ range: Range<Int>) -> String { tokens[range].map(\.text).joined(separator: " ") }
        var regionCode: String?
        let key = tokens[dateline.place].map(\.key).joined(separator: " ")
        if let region = dateline.region {
            let regionKey = tokens[region].map(\.key).joined(separator: " ")
            regionCode = Dateline.regionCode(tokens[region]) ?? lexicons.places[regionKey].flatMap { $0.code.isEmpty ? nil : $0.code }
            // "TBILISI, Georgia": the country Georgia, whose town it is (not "ATHENS, Ga.", "ATHENS, Georgia").
            // After a town no list holds, the article decides ("BATUMI, Georgia").
            if lexicons.places[regionKey]?.kind == .stateAmbiguous {
                if lexicons.places[key]?.code == "GE" || lexicons.datelinePlaces[key] == "GE" {
                    regionCode = "GE"
                } else if lexicons.places[key] == nil, lexicons.datelinePlaces[key] == nil {
                    undecided(mention(region), text(region))
                    regionCode = nil
                }
            }
            if let code = regionCode { add(code, mention(region), "dateline region \"\(text(region))\"") }
        }
        var placeCode: String?
        if let place = lexicons.places[key], !place.code.isEmpty, place.kind != .blocked {
            // "WASHINGTON, Feb 26 -" is the capital.
            placeCode = place.kind == .stateAmbiguous ? "US" : place.code
        } else {
            placeCode = lexicons.datelinePlaces[key]
        }
        // A region names the country; a town of the same name elsewhere ("RICHMOND, Va.") defers to it.
        if let code = placeCode, regionCode == nil || regionCode == code {
            add(code, mention(dateline.place), "dateline \"\(text(dateline.place))\"")
        }
    }

    /// Currency words: a country's name or adjective right before one names money, not the country.
    /// ("won" and "real" are left out: "Korea won the match", "Spanish real estate".)
    private static let currencies: WordSet = [
        "dlr", "dlrs", "dollar", "dollars", "cent", "cents", "franc", "francs", "yen", "mark", "marks", "pound",
        "pounds", "sterling", "lira", "lire", "peso", "pesos", "crown", "crowns", "krona", "kronor", "krone",
        "kroner", "guilder", "guilders", "rand", "rupee", "rupees", "ringgit", "baht", "yuan", "renminbi",
        "riyal", "riyals", "rial", "rials", "dinar", "dinars", "shilling", "shillings", "escudo", "escudos",
        "peseta", "pesetas", "drachma", "drachmas", "schilling", "schillings", "euro", "euros", "rouble",
        "roubles", "ruble", "rubles", "zloty", "forint", "reais", "naira", "cedi", "rupiah",
    ]

    private func isCurrency(after index: Int, _ tokens: [Token]) -> Bool {
        // Written in lower case, in an all-caps line, or capitalised when it is no other word
        // ("French Francs", "U.S. Dollar"; "Canadian Mark Tewksbury" is a person, "Saudi Crown
        // Prince" a title).
        guard index < tokens.count, tokens[index].kind == .word, Self.currencies.contains(tokens[index]) else {
            return false
        }
        let token = tokens[index]
        return !token.isCapitalised || token.isAllCaps
            || (!Self.currencyHomographs.contains(token) && lexicons.givenNames[token] == nil)
    }

    /// Currency words that are also titles, names or other words when capitalised.
    private static let currencyHomographs: WordSet = [
        "crown", "crowns", "mark", "marks", "pound", "pounds", "rand", "cent", "cents", "sterling", "euro",
    ]

    /// Words after a country name that make it part of an organisation's name ("Japan Airlines").
    private static let orgHeads: WordSet = [
            "post", "times", "airlines", "airways", "herald", "tribune", "journal", "telegraph", "daily", "gazette",
            "morning", "observer", "inc", "corp", "ltd", "co", "company", "group", "university", "college",
            "street", "avenue", "road", "airport", "stadium", "hotel", "motors", "motor", "club", "fc",
    ]

    /// The names the article gives firms with a legal form, without it, as token keys: "Santos Ltd"
    /// gives "santos", "Hanover Insurance Co" "hanover insurance" (not "Air Atlanta Inc" "atlanta").
    private func firmNames(_ fields: [Field]) -> Set<String> {
        var result = Set<String>()
        for field in fields {
            let tokens = field.tokens
            for i in tokens.indices
            where tokens[i].kind == .word && tokens[i].isCapitalised && PersonTagger.companySuffixes.contains(tokens[i]) {
                var start = i
                while start > 0, i - start < 5, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalised,
                    !tokens[start - 1].isAllCaps
                {
                    start -= 1
                }
                // ("The Santos Ltd", "In Houston Metals Corp": a sentence's first word is no part of it.)
                while start < i, tokens[start].key == "the" || tokens[start].sentenceInitial && lexicons.stopWords.contains(tokens[start]) {
                    start += 1
                }
                // ("Hongkong and Shanghai Banking Corp", "Bank of Tokyo Ltd": the name begins earlier.)
                if start >= 2, tokens[start - 1].key == "and" || tokens[start - 1].key == "of" || tokens[start - 1].text == "&",
                    tokens[start - 2].kind == .word, tokens[start - 2].isCapitalised
                {
                    continue
                }
                if start < i { result.insert(tokens[start..<i].map(\.key).joined(separator: " ")) }
            }
        }
        return result
    }

    /// Whether a town at `townStart`, its comma and a region ending before `regionEnd` stand in a list
    /// of places, where the region is a place of its own: "Hong Kong, Taipei, Xinjiang, Tibet"; after
    /// the region, a comma, "and" or "or" before another place that is no town of a state, or before
    /// other places ("London, New York and Tokyo", "Geneva, New York, Washington", "London, New York,
    /// and many other cities"). Not "Birmingham, Alabama and Jackson, Mississippi", two towns, nor
    /// "Naples, Florida, and was contacted".
    private func inListOfPlaces(townStart i: Int, regionEnd: Int, _ tokens: [Token]) -> Bool {
        var next = regionEnd
        if next + 1 < tokens.count, tokens[next].text == ",", Self.listJoiners.contains(tokens[next + 1]) { next += 1 }
        guard next + 1 < tokens.count else { return false }
        if i > 0, tokens[i - 1].text == ",", tokens[next].text == "," { return true }
        guard tokens[next].text == "," || Self.listJoiners.contains(tokens[next]) else { return false }
        let k = next + 1
        if Self.otherPlacesWords.contains(tokens[k]) { return true }
        return tokens[k].isCapitalised && longestPlace(in: tokens, at: k, folded: false) != nil && !isTownOfState(at: k, tokens)
    }

    /// Whether a place at `k` is followed by a comma and a state: "Jackson, Mississippi".
    private func isTownOfState(at k: Int, _ tokens: [Token]) -> Bool {
        guard let town = longestPlace(in: tokens, at: k, folded: false) else { return false }
        let comma = k + town.length
        return comma + 1 < tokens.count && tokens[comma].text == ","
            && longestPlace(in: tokens, at: comma + 1, folded: false)?.place.kind == .state
    }
    private static let listJoiners: WordSet = ["and", "or"]
    /// Words after "and" or a comma that go on a list of places: "in London, New York and other cities".
    private static let otherPlacesWords: WordSet = ["other", "many", "elsewhere", "around", "beyond"]

    /// The longest place phrase at `tokens[i]`, its length and key; `folded`, with the words'
    /// accents removed and curly apostrophes straightened.
    private func longestPlace(in tokens: [Token], at i: Int, folded: Bool) -> (place: Lexicons.Place, length: Int, key: String)? {
        var key = ""
        var best: (place: Lexicons.Place, length: Int, key: String)?
        for length in 1...lexicons.longestPlace where i + length <= tokens.count {
            let t = tokens[i + length - 1]
            if t.kind == .lineBreak { break }
            let refold = folded && !t.isASCII
            let word = refold ? EntityKey.fold(t.key) : t.key
            key = length == 1 ? word : key + " " + word
            // (A word as it stands is looked up with the hash its token keeps.)
            let asToken = length == 1 && !refold
            if !(asToken ? lexicons.placePrefixes.contains(t) : lexicons.placePrefixes.contains(key)) { break }
            if let place = asToken ? lexicons.places[t] : lexicons.places[key] { best = (place, length, key) }
        }
        return best
    }

    /// Networks, agencies, papers and pollsters named like a person: alone, "told Fox", "Bloomberg
    /// reported", "Gallup says", "Eliana Johnson and Nancy Cook, Politico" name them, unless the
    /// article gives a person's full name with the word or a title before it ("Vicente Fox", "Mr.
    /// Bloomberg"). Curated, CC0.
    private static let mediaNamedLikePeople: WordSet = [
        "fox", "bloomberg", "gallup", "politico", "forbes", "pew", "nielsen", "breitbart", "newsmax", "axios",
        "reuters", "rasmussen", "zogby", "quinnipiac", "marist",
    ]

    /// Cues only a person's name has.
    private static let personOnlyCues = ["surname before \"who\"", "reporting verb + he/she", "age after the name", "surname before \"'s "]

    /// The names the article gives storms, as token keys: "Hurricane Florence", "Typhoon Haiyan",
    /// "Tropical Storm Harvey".
    private func stormNames(_ fields: [Field]) -> Set<String> {
        var result = Set<String>()
        for field in fields {
            let tokens = field.tokens
            for i in tokens.indices.dropLast() where tokens.isCapitalised(at: i) && tokens.kind(at: i) == .word {
                let key = tokens.key(at: i)
                guard Self.stormWords.contains(tokens[i]) || (key == "storm" && i > 0 && PersonTagger.stormKinds.contains(tokens[i - 1]))
                else { continue }
                let name = tokens[i + 1]
                if name.kind == .word, name.isCapitalised { result.insert(name.key) }
            }
        }
        return result
    }

    private static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone", "superstorm"]

    /// The firm's name among `firms` that is `key` or begins with it ("santa fe southern pacific").
    private func firmNamed(_ key: String, _ firms: Set<String>) -> String? {
        if firms.contains(key) { return key }
        let prefix = key + " "
        return firms.filter { $0.hasPrefix(prefix) }.min()
    }

    /// The legal form ending a run of up to three capitalised words right after `index`, if any.
    private func companyForm(after index: Int, _ tokens: [Token]) -> String? {
        var j = index
        while j < tokens.count, j < index + 4, tokens[j].kind == .word, tokens[j].isCapitalised, !tokens[j].isAllCaps {
            if j > index, PersonTagger.companySuffixes.contains(tokens[j]) || PersonTagger.firmEndings.contains(tokens[j]) {
                return tokens[j].text
            }
            j += 1
        }
        return nil
    }

    private func gluedToName(_ start: Int, _ end: Int, _ tokens: [Token], titleCase: Bool) -> Bool {
        // In a headline in title case every word is capitalised: only a noun that heads a name
        // ("Ohio State", "Dallas Cowboys") glues ("Republicans Subpoenaed in Ohio Recount").
        func glues(_ token: Token) -> Bool {
            !titleCase || PersonTagger.thingNouns.contains(token) || !lexicons.commonWords.contains(token)
        }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalised, !tokens[end].isAllCaps,
            !lexicons.titles.contains(tokens[end]), lexicons.places[tokens[end]] == nil, glues(tokens[end])
        {
            return true
        }
        guard start > 0 else { return false }
        let before = tokens[start - 1]
        guard before.kind == .word, before.isCapitalised, glues(before), lexicons.places[before] == nil,
            !lexicons.titles.contains(before)
        else { return false }
        // "AC Milan", "Atletico Madrid beat ...", "Real Madrid ...": in capitals (a headline, a dateline,
        // "GOP Iowa", "BBC Washington") or at a sentence's start ("In Ohio", "Recognising Jerusalem"),
        // only a club's word glues.
        if before.isAllCaps || before.sentenceInitial { return Self.clubWords.contains(before) }
        return true
    }

    /// Words that begin a sports club's name before its town ("AC Milan", "Real Madrid", "Inter Milan",
    /// "Sporting Lisbon", "Dynamo Kiev", "Borussia Dortmund").
    static let clubWords: WordSet = [
        "ac", "fc", "sc", "sv", "fk", "psv", "cska", "aek", "real", "inter", "sporting", "racing", "athletic",
        "atletico", "atlético", "dynamo", "dinamo", "rapid", "borussia", "bayern", "olympique", "lokomotiv",
        "spartak", "steaua", "partizan", "hapoel", "maccabi", "hertha", "werder", "slavia", "sparta",
    ]

    /// Indexes of tokens on lines written in capitals (headlines, datelines).
    private func allCapsLines(_ tokens: [Token]) -> Set<Int> {
        var result = Set<Int>()
        var lineStart = 0
        func close(_ end: Int) {
            // (Counted in place: a filtered copy of every line's tokens was 3% of the tagging.)
            var words = 0
            var caps = 0
            for k in lineStart..<end where tokens[k].kind == .word && tokens[k].hasLetters {
                words += 1
                if tokens[k].isAllCaps { caps += 1 }
            }
            if words >= 2, caps * 10 >= words * 7 {
                result.formUnion(lineStart..<end)
            }
        }
        for i in tokens.indices where tokens[i].kind == .lineBreak {
            close(i)
            lineStart = i + 1
        }
        close(tokens.count)
        return result
    }
}
