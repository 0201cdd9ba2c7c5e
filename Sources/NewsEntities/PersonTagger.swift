/// Finds people in one field's tokens. Rules, in order of strength:
///   1. a name-shaped run after a title or role ("Vice Premier Han Zheng", "Mr. Kerry");
///   2. a run that starts with a common given name ("Antony Blinken");
///   3. a family-name-first run of the Chinese, Korean and Vietnamese traditions ("Wang Yi");
///   4. a run next to a reporting verb ("Xie Zhenhua said", "said Kerry").
/// Short forms are resolved against the article's full names afterwards (`EntityTagger`).
struct PersonCandidate {
    /// The mention: the name without titles.
    var tokens: Range<Int>
    var cue: String
    /// Where the name as displayed starts: before `tokens` for "King Fahd", whose title is part of it.
    var displayStart: Int?
    /// The royal's title the name came after ("crown prince" of "Crown Prince Mohammed bin Salman").
    var royalTitle: String?

    init(tokens: Range<Int>, cue: String, displayStart: Int? = nil, royalTitle: String? = nil) {
        self.tokens = tokens
        self.cue = cue
        self.displayStart = displayStart
        self.royalTitle = royalTitle
    }
}

struct PersonTagger {
    let lexicons: Lexicons

    static let particles: WordSet = [
        "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das",
        "del", "della", "ter", "ten", "st", "bint", "abu", "wa", "arap",
    ]
    /// What may follow a name and belongs to it: "Jr", "Sr" and regnal numbers ("Henry VIII", "John
    /// Paul II"; see `isSuffix`).
    static let suffixes: Set<String> = regnalNumbers.union(["jr", "sr"])
    /// Verbs that are given names too ("Will", "Can"): at a sentence's start or in a headline in
    /// title case they open a question ("Can Trump's Strategy Work?"), not a name.
    static let auxiliaries: WordSet = ["can", "will", "may", "did", "does", "should", "would", "could", "must", "shall", "might"]
    /// Verbs no name holds: capitalised inside a line, a headline's even where the line is not in
    /// title case ("Mike Pence Is a Tempting Target for 2020 Democrats").
    static let linkingVerbs: WordSet = ["is", "was", "are", "were", "has", "had", "does", "did"]
    /// Ordinals, which end no name but after "the" ("Elizabeth the Second").
    static let ordinalWords: WordSet = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    /// States' short forms that are no one's initials.
    static let partyInitials: WordSet = ["r.", "d.", "i."]
    static let stateShortForms: WordSet = ["N.Y.", "D.C.", "Calif.", "Conn.", "Mass.", "Wash.", "Ariz.", "Fla.", "Ill."]
    /// Verbs right after a subject: a title's ("The President Is Not", in a title-case headline), a
    /// firm's before "its" ("Apple has expanded its").
    static let subjectVerbs: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "be", "not", "does", "did", "will", "would", "plans", "wants",
    ]
    /// Words after the pronoun "I" that no monarch's name is followed by.
    static let pronounVerbs: WordSet = ["am", "think", "believe", "hope", "guess", "mean", "feel", "'m", "'ve", "'d", "'ll"]
    static let regnalNumbers: Set<String> = [
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii",
        "xix", "xx", "xxi", "xxii", "xxiii",
    ]
    static let reportingVerbs: WordSet = [
        "said", "says", "told", "added", "stated", "asked", "wrote", "urged", "warned", "announced", "argued",
        "insisted", "noted", "declared", "explained", "replied", "acknowledged", "testified", "tweeted",
        "claimed", "admitted", "recalled", "responded", "confirmed", "denied", "believes", "thinks", "met",
        "visited", "spoke", "speaks", "called", "praised", "criticized", "criticised", "launched", "signed",
        // Verbs of speech a firm or a body seldom takes ("vowed"; not "blamed", "welcomed", nor "pledged"
        // and "boasted", which found "Boko Haram" and "Southwest Key").
        "vowed", "conceded", "stressed", "emphasised", "emphasized", "joked", "quipped", "lamented",
        "cautioned", "complained", "reiterated",
    ]

    /// Verbs whose object or subject-after is often a person: "said Kerry", "told Kerry".
    static let verbsBeforeObject: WordSet = [
        "said", "says", "told", "asked", "urged", "thanked", "praised", "criticized", "criticised", "accused",
        "according", "quoted", "interviewed",
    ]

    /// Words that head a list of people in sports results.
    static let listHeads: WordSet = [
        "scorer", "scorers", "tries", "try", "goals", "conversions", "penalties", "penalty", "scorers:", "sent-off",
        "referee", "attendance", "captain", "coach", "manager",
    ]

    /// Last words of an event's name: "Winter Olympics".
    static let eventLastWords: WordSet = ["olympics", "paralympics", "championships", "olympiad"]

    /// Nouns of land that, in lower case after a name, make it a place's: "Dona Ana counties".
    static let landNouns: WordSet = [
        "county", "counties", "parish", "township", "mountains", "mountain", "valley", "river", "peninsula",
        "desert", "basin", "islands",
    ]

    /// Nouns that make a capitalised run the name of a place, a building, a body or a company, not a
    /// person, as its last word ("Ellis Park", "Pirelli SpA") or right after it ("Green Belt
    /// Movement", "Ford Foundation", "Fox News"). Many of them are stop words too, which already
    /// end a run; this catches the rest.
    static let thingNouns = WordSet(Set<String>([
        // places and buildings
        "park", "bridge", "square", "street", "road", "avenue", "lane", "stadium", "arena", "airport", "hall",
        "centre", "center", "college", "university", "hospital", "school", "station", "palace", "castle",
        "cathedral", "church", "mosque", "temple", "museum", "hotel", "tower", "building", "plaza", "boulevard",
        "valley", "river", "lake", "mountain", "mountains", "island", "islands", "bay", "beach", "port", "harbour",
        "sea", "ocean", "gulf", "strait", "straits", "canal", "desert", "peninsula", "coast", "basin", "delta",
        "glacier", "reef", "forest",
        "harbor", "county", "district", "province", "state", "city", "town", "village", "course", "field", "ground",
        "gardens", "garden", "market", "exchange", "library", "theatre", "theater", "gallery", "memorial", "house",
        // bodies, events and things
        "bank", "fund", "trust", "party", "league", "cup", "trophy", "movement", "foundation", "council", "committee",
        "association", "institute", "institution", "agency", "society", "union", "federation", "alliance",
        "coalition", "commission", "organization", "organisation", "front", "brigade", "club", "award", "awards",
        "prize", "act", "doctrine", "festival", "administration", "assembly", "service", "services", "board",
        "bureau", "ministry", "department", "authority", "chamber", "newsletter", "journal", "magazine", "gazette",
        "register", "tribune", "herald", "review", "poll", "survey", "dynasty", "empire", "staff",
        // companies and media
        "company", "group", "partners", "partnership", "associates", "securities", "capital", "motor", "motors", "airlines",
        "airways", "records", "studios", "pictures", "news", "network", "channel", "show", "podcast", "press",
        "energy", "world", "class", "pipeline", "record", "times", "globe", "observer", "chronicle", "examiner",
        "inquirer", "sentinel", "courier", "telegraph", "media", "fed", "gala", "room",
        // ("King Features Syndicate", "The Kelly File", "Andrews Air Force Base": "Force" is a stop word)
        "syndicate", "file", "air",
        // ("the Miss Universe Pageant", "the Martin Luther King Historic Site")
        "pageant", "site",
        // ("the Business Roundtable", "Officer Training Corps", "the Marshall Project", "the
        // Montgomery Advertiser", "Bloomberg Economics", "Bagram Air Base"; not "the Boston Marathon",
        // which names Boston as a thing's noun would not)
        "roundtable", "corps", "project", "advertiser", "economics", "base",
    ]).union(companySuffixWords).union(firmEndingWords).union(streetAbbreviations))
    /// Streets' nouns abbreviated ("Patrick Rd.", "Penn Ave", "44th Ave. N."); no given names either
    /// (Scripts/build-lexicons.py leaves "Ave" out of the US list's).
    static let streetAbbreviations: Set<String> = ["rd", "ave", "blvd", "ln", "hwy", "pkwy"]

    /// What only a person has, after a possessive ("Ross's father", "Smith's lawyer").
    static let kinNouns: WordSet = [
        "father", "mother", "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "sister", "parents",
        "widow", "lawyer", "lawyers", "attorney", "attorneys", "girlfriend", "boyfriend", "fiancee", "fiance",
    ]

    /// Capitalised nouns that open a firm's name before a founder's ("Bank Sal Oppenheim").
    static let firmNouns: WordSet = ["bank", "banque", "banca", "banco", "bankhaus"]
    /// Prefixes of ships' names, as written.
    static let shipPrefixes: WordSet = ["USS", "HMS", "HMAS", "HMCS", "USNS", "RMS", "MV", "SS"]

    /// Nouns of `thingNouns` more often a surname than a place after a given name.
    static let surnameNouns: WordSet = ["hall", "lane", "field", "castle"]

    static let placePrepositionWords = [
        "at", "in", "on", "from", "to", "near", "outside", "inside", "into", "across", "via", "through", "the",
    ]
    static let placePrepositions = WordSet(placePrepositionWords)

    static let adjectivesBeforeNoun: WordSet = [
        "leading", "senior", "top", "former", "unnamed", "prominent", "major", "big", "large", "local", "foreign",
        "western", "private",
    ]

    static let directionSurnames: WordSet = ["north", "south", "west", "east"]

    /// Short verbs of headlines in title case, and the infinitive's "to" ("Romney Has No Plan", "Biden
    /// Is Back", "Trump To Meet Kim").
    static let headlineVerbs: WordSet = [
        "has", "had", "is", "was", "are", "were", "gets", "got", "says", "said", "won", "wins", "hits", "sets", "to",
        "should", "will", "would", "could", "can", "may", "might", "must", "did", "does",
    ]

    /// Words that open places' names ("Lake Erie", "San Quirico", "Santa Anita", "Port Jerome"), as written.
    static let placeOpeners: WordSet = [
        "lake", "san", "santa", "port", "são", "sao", "plaza", "piazza", "puerto", "porto", "fort", "mount", "cape",
    ]
    /// Titles that are adjectives in lower case.
    static let adjectiveTitles: WordSet = ["major", "general", "private"]
    /// Link text that web pages leave in scraped copy: "Read more", "Click here", "Continue reading".
    static let linkVerbs: WordSet = ["read", "click", "continue", "learn", "see", "watch", "listen"]
    static let mediaLabels: WordSet = ["photos", "videos", "pictures", "gallery", "listen", "slideshow"]
    /// Share buttons, which scraped pages leave before a caption; never a given name.
    static let shareButtons: WordSet = ["facebook", "twitter", "pinterest", "whatsapp", "linkedin", "reddit", "tumblr"]
    static let linkObjects: WordSet = ["more", "here", "reading"]
    /// What a politician's surname comes before: "the Dole campaign", "the Obama administration".
    static let politiciansNouns: WordSet = ["campaign", "administration", "presidency", "aides", "camp"]
    static let leadersNouns: WordSet = ["administration", "presidency"]
    /// Endings of adjectives and of words made from names ("Clintonian", "Kurdish", "Obamacare").
    static let adjectiveEndings = ["ian", "ish", "ese", "care"]
    static let determiners: WordSet = ["a", "an", "the", "one", "another", "this", "that", "every", "each", "some"]

    /// Words that end only a firm's name: "Salomon Brothers", "Tata Sons", "Morgan Stanley International".
    static let firmEndingWords = [
        "brothers", "sons", "international", "bancorp", "bancshares", "industries", "laboratories", "technologies",
        "enterprises", "cos", "limited", "incorporated", "mines", "mining", "petroleum", "resources",
    ]
    static let firmEndings = WordSet(firmEndingWords)

    /// Legal forms that end a company's name: "Pirelli SpA", "Salomon Bros". (A `WordSet`: the
    /// company-word scan asks it of every capitalised word, and a `Set<String>` look-up cost about
    /// 500 instructions.)
    static let companySuffixWords = [
        "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "spa", "sa", "ag", "nv", "bv", "ab", "asa", "gmbh",
        "bros", "holdings", "bhd", "pty",
    ]
    static let companySuffixes = WordSet(companySuffixWords)

    /// Words right before a run that start a title, not a name: "Der Spiegel", "Die Welt".
    static let articleWords: WordSet = ["der", "die", "das", "el", "la", "le", "les", "il", "lo", "los", "las"]

    /// The Arabic article written before a surname ("al-Assad", "el-Sisi"): lower case in a name, and
    /// left out of its short form ("Assad").
    static let arabicArticles = ["al-", "el-"]

    /// Titles that are part of how a person is named.
    static let styledTitles: WordSet = [
        "king", "queen", "prince", "princess", "crown prince", "emperor", "empress", "emir", "sultan", "sheikh",
        "pope", "shah", "grand duke",
    ]

    /// "C.I.A.", "F.B.I": three letters or more, each followed by a dot (the last one's may be cut off).
    static func isDottedAcronym(_ text: String, letters least: Int = 3) -> Bool {
        // ASCII (most words): letter, dot, letter, dot … a byte at a time.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            var afterLetter = false
            for byte in text.utf8 {
                if byte == UInt8(ascii: ".") {
                    guard afterLetter else { return false }
                    afterLetter = false
                } else {
                    guard !afterLetter, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A else { return false }
                    afterLetter = true
                    letters += 1
                }
            }
            return letters >= least
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let letters = parts.last?.isEmpty == true ? parts.dropLast() : parts[...]
        return letters.count >= least && letters.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// "U.S.", "U.N.", "N.J.": dotted initials of a country, a body or a US state.
    func isPlaceInitials(_ token: Token) -> Bool {
        guard Self.isDottedAcronym(token.text, letters: 2) else { return false }
        return lexicons.shortCodes[token.text] != nil || Self.stateShortForms.contains(token.text)
            || Self.dottedBodies.contains(token.text) || Dateline.regionCode([token]) != nil
    }
    static let dottedBodies: WordSet = ["U.N.", "E.U."]

    /// Nouns before a surname that make the name a side, a brand or a label, not a given name:
    /// "Team Obama", "Candidate Obama", "Emperor Obama", "Brand Trump".
    static let labelNouns: WordSet = [
        "team", "camp", "candidate", "emperor", "brand", "operation", "project", "planet", "generation", "citizen",
        "comrade", "uncle", "agent", "nominee", "president-elect",
    ]

    /// A party's label that is a given name too: before a common given name, it is the label ("Tory
    /// Liam Fox", as "Republican John McCain").
    static let partyLabels: WordSet = ["tory"]
    /// Parties' names that are no leader's before a leader's noun: "the incoming Labour administration".
    static let partyNames: WordSet = ["labour", "tory", "likud", "ukip", "snp", "bjp", "anc", "fidesz", "syriza", "kuomintang", "kmt"]
    /// A party's members and matters after its label: "Tory Remainers", "Tory Brexit".
    static let partyMatters: WordSet = ["brexit", "remainer", "brexiteer", "leaver", "eurosceptic", "grandee", "whip", "rebel"]

    /// "MPs", "CEOs", "NGOs": two capitals or more, then a lower-case "s".
    static func isPluralAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.count <= 8, bytes.last == UInt8(ascii: "s") else { return false }
        return bytes.dropLast().allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// "R-Ohio", "D-N.Y.", "I-Vt.": a legislator's party and state.
    static func isPartyMark(_ text: String) -> Bool {
        var mark = text.utf8.makeIterator()
        guard let party = mark.next(), party == UInt8(ascii: "R") || party == UInt8(ascii: "D") || party == UInt8(ascii: "I")
        else { return false }
        return mark.next() == UInt8(ascii: "-")
    }

    /// `isNamePart(tokens[index])`, without copying the token where its flags say no (most words:
    /// in lower case, no hyphen).
    @inline(__always)
    func isNamePart(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[index].kind == .word && (tokens[index].isCapitalised || tokens[index].hasHyphen) && isNamePart(tokens[index])
    }

    func isNamePart(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        // Arabic article prefixes are written lower-case: "al-Baghdadi", "el-Sisi".
        if token.hasHyphen, Self.arabicArticles.contains(where: token.key.hasPrefix) {
            return token.text.unicodeScalars.dropFirst(3).first.map(ScalarClass.isUpper) ?? false
        }
        guard token.isCapitalised else { return false }
        if lexicons.stopWords.contains(token) { return false }
        // "Tory MPs", "CEOs": an acronym in the plural names a group.
        if !token.isAllCaps, Self.isPluralAcronym(token.text) { return false }
        // "I've", "We're", "Don't": contractions (looked for only in words with an apostrophe).
        if token.key.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) {
            for ending in Self.contractions where token.key.hasSuffix(ending) { return false }
        }
        // "Hong Kong-based", "Paris-listed": a common word after the last hyphen makes an adjective;
        // so do the endings of birth and age ("New York-born", "Seventeen-year-old"), words that are
        // surnames too.
        if token.hasHyphen, let hyphen = token.key.utf8.lastIndex(of: UInt8(ascii: "-")),
            case let tail = String(token.key[token.key.utf8.index(after: hyphen)...]),
            lexicons.commonWords.contains(tail) || Self.compoundEndings.contains(tail)
        {
            return false
        }
        if let first = token.key.utf8.first, first < 0x80 { return !(first >= 0x30 && first <= 0x39) }
        return token.key.first?.isNumber != true
    }

    /// Title spans: longest match of the title lexicon at each position (any case; an occupation
    /// capitalised mid-sentence only before a given name or an initial: "Chief Economist Mark
    /// Zandi", not "the Singer World Series").
    func titleEnds(_ tokens: [Token]) -> [Int: (start: Int, form: String)] {
        // Whether an abbreviated title with no stops is one here: capitalised, not in capitals, no
        // stop right after it ("Rear Adm." is the dotted form's), and not a generation's "Gen" ("Gen
        // X", "Gen Zers", "Gen Alpha").
        func abbreviatedTitle(_ start: Int, through end: Int) -> Bool {
            guard tokens[start].isCapitalised, !tokens[start].isAllCaps else { return false }
            guard end + 1 < tokens.count else { return true }
            let next = tokens[end + 1]
            if next.text == ".", next.start == tokens[end].end { return false }
            if tokens[end].key == "gen", next.kind == .word,
                next.text.unicodeScalars.count <= 2 || Self.generations.contains(next)
            {
                return false
            }
            return true
        }
        func givenNameOrInitial(_ k: Int) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalised else { return false }
            return (lexicons.givenNames[tokens[k]] ?? 0) >= 300 || (tokens[k].text.hasSuffix(".") && tokens[k].text.count <= 5)
        }
        var ends: [Int: (Int, String)] = [:]
        var i = 0
        while i < tokens.count {
            var matched = 0
            var form = ""
            var key = ""
            for length in 1...lexicons.longestTitle where i + length <= tokens.count {
                let t = i + length - 1
                // (No title starts with punctuation: most tokens end their look-ups here.)
                if tokens[t].kind == .lineBreak || (length == 1 && tokens[t].kind == .punctuation) { break }
                // Most words open no title, as they stand, split at a hyphen or in the plural (below):
                // the token's own look-up (with the hash it keeps) rules them out.
                let opensTitle = length == 1 && lexicons.titlePrefixes.contains(tokens[t])
                if length == 1, !opensTitle, !tokens[t].hasHyphen,
                    !(tokens[t].key.utf8.last == UInt8(ascii: "s") && i + 1 < tokens.count && tokens[i + 1].isCapitalised)
                {
                    break
                }
                // "Lieutenant-Colonel", "Vice-President": a hyphenated title is the title.
                var word = length == 1 && tokens[t].hasHyphen && !opensTitle
                    ? tokens[t].key.split(separator: "-").joined(separator: " ") : tokens[t].key
                // "Justices Clarence Thomas, Samuel Alito": a title in the plural, before a given name
                // (not a royal's: "Queens Park Rangers").
                // (Not an occupation's: "BANKERS SEE SHARP RISE", "Mortgage Investors L.P.")
                // ("Premiership leaders Chelsea and the Gunners": after "leaders", as sports copy
                // writes of teams, a full name must follow, not a given name alone; "Presidents
                // Reagan and Carter" name people by surnames that are given names too.)
                // (Whether a capitalised word follows is asked first: most words fail there.)
                if length == 1, i + 1 < tokens.count, tokens[i + 1].isCapitalised,
                    word.utf8.last == UInt8(ascii: "s"), word.count > 4, word.hasSuffix("s"), !lexicons.titlePrefixes.contains(word),
                    lexicons.titles.contains(String(word.dropLast())), !Self.styledTitles.contains(String(word.dropLast())),
                    !lexicons.lowerCaseTitles.contains(String(word.dropLast())),
                    // ("Presidents Bush and Obama", "Senators McCain and Lindsey Graham": or a
                    // surname opening a list.)
                    givenNameOrInitial(i + 1) || surnameOpeningList(i + 1, tokens),
                    word != "leaders" || (i + 2 < tokens.count && tokens[i + 2].kind == .word && tokens[i + 2].isCapitalised)
                {
                    word.removeLast()
                }
                key = length == 1 ? word : key + " " + tokens[t].key
                if !lexicons.titlePrefixes.contains(key) { break }
                let token = tokens[t]
                // ("the major Watergate case", "the general Muslim population": in lower case these
                // are adjectives, unless a given name follows: "the retired general David Petraeus".)
                let adjective = length == 1 && !token.isCapitalised && Self.adjectiveTitles.contains(key) && !givenNameOrInitial(i + 1)
                if !adjective, lexicons.titles.contains(key), !(token.isCapitalised && lexicons.relationTitles.contains(key)),
                    !lexicons.abbreviatedTitles.contains(key) || abbreviatedTitle(i, through: t),
                    !lexicons.lowerCaseTitles.contains(key) || !token.isCapitalised || (length == 1 && token.sentenceInitial)
                        || (givenNameOrInitial(i + length) && !token.isAllCaps)
                {
                    matched = length
                    form = key
                }
            }
            // "Prime Minister John Major says": a one-word title right after a given name is a surname.
            // ("Martin Luther King Jr.": the same before a suffix.)
            if matched == 1, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalised,
                lexicons.givenNames[tokens[i - 1]] != nil, tokens[i].isCapitalised,
                !(i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalised
                    && !Self.suffixes.contains(tokens[i + 1].key))
            {
                matched = 0
            }
            // "the best actress Oscar", "best director Bafta": an award's category, not a title.
            if matched > 0, i > 0, tokens[i - 1].key == "best", !lexicons.relationTitles.contains(form) {
                matched = 0
            }
            if matched > 0 {
                // "Mr." as tokens "mr" "." : let a trailing period belong to an abbreviated title
                // (one the list has with its period); after "his brother." or "the new coach." a new
                // sentence starts ("… as the new coach. Italian Ranieri took over" named "Italian
                // Ranieri" when every title of five letters or fewer took the period).
                var end = i + matched
                if end < tokens.count, tokens[end].text == "." {
                    guard lexicons.titles.contains(form + " .") else {
                        i = end
                        continue
                    }
                    end += 1
                }
                ends[end] = (i, form)
                // "Reagan's wife, Nancy, admitted": the name between commas after a relative's or an occupation's noun.
                if end + 1 < tokens.count, tokens[end].text == ",", appositionAfterTitle(tokens, title: i, form: form, comma: end) {
                    ends[end + 1] = (i, form)
                }
                i = end
            } else {
                i += 1
            }
        }
        return ends
    }

    /// "Reagan's wife, Nancy, admitted", "his son, Hunter Biden, said", "his lawyer, Rudy Giuliani,
    /// said": a relative's or an occupation's noun in lower case after a possessive, a comma, then a
    /// name of one to three capitalised words that ends at a comma, a stop, a bracket or "and". (Not
    /// "My mother, Dallas-born, laughed", nor a web address: "Hillary Clinton's brother, FoxNews.com
    /// has confirmed".) Apart from `titleEnds`, whose loop runs for every token.
    @inline(never)
    private func appositionAfterTitle(_ tokens: [Token], title i: Int, form: String, comma: Int) -> Bool {
        guard comma + 1 < tokens.count, tokens[comma + 1].kind == .word, tokens[comma + 1].isCapitalised,
            !tokens[comma + 1].isAllCaps, lexicons.lowerCaseTitles.contains(form), !tokens[i].isCapitalised, i > 0,
            tokens[i - 1].isPossessive || Self.possessiveDeterminers.contains(tokens[i - 1])
        else { return false }
        var k = comma + 1
        while k < tokens.count, k - comma <= 3, tokens[k].kind == .word, tokens[k].isCapitalised,
            !(tokens[k].hasHyphen && tokens[k].text.split(separator: "-").last?.first?.isLowercase == true)
        {
            k += 1
        }
        guard k > comma + 1, k < tokens.count else { return false }
        let address = tokens[k].text == "." && k + 1 < tokens.count && tokens[k + 1].kind == .word
            && tokens[k + 1].start == tokens[k].end
        return !address && ([",", ".", ")", ";"].contains(tokens[k].text) || tokens[k].key == "and")
    }

    /// Name-shaped runs a rule rejected, with the reason (collected only for `tag --explain`).
    final class Rejections {
        var list: [(tokens: Range<Int>, reason: String)] = []
    }

    /// Why a given name before a common English word is no one without a cue ("Rose Garden",
    /// "Boston Marathon", but also "Karl Rove", "Elon Musk").
    static let englishWordLast = "ends in a common English word"
    /// Why a run of two words or more that no rule turned down is no one: no cue took it ("Reince
    /// Priebus" with no title, verb or other cue near).
    static let noCue = "no cue"

    /// Runs of two or three words outside a headline that only the rule `englishWordLast` turned
    /// down, or no cue took (`noCue`): people where the archive vouches for the name (see
    /// `ArticleEntities.unconfirmed`).
    final class Unconfirmed {
        var list: [(tokens: Range<Int>, reason: String)] = []
    }

    /// For each token, whether its line is in title case ("Obama Takes Romney To Task"): four or more
    /// words of four letters or more, all capitalised, none in capitals only.
    static func titleCaseLines(_ tokens: [Token]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var start = 0
        while start < tokens.count {
            var end = start
            var long = 0
            // (A word of four letters or more in lower case makes the line prose: the rest of it is
            // only walked to its end.)
            var prose = false
            var sparedLowerCase = false, sentences = 1, handle = false
            while end < tokens.count, tokens[end].kind != .lineBreak {
                defer { end += 1 }
                if prose { continue }
                let token = tokens[end]
                if token.kind == .word {
                    guard token.text.utf8.count >= 4, !token.isAllCaps else { continue }
                    // (A number is no word here, "Klobuchar Announces 2020 Presidential Run", unless
                    // it follows a word in lower case, as prose's do: "Khamenei in 2008 (Morteza
                    // Nikoubazl/Reuters)".)
                    if let byte = token.text.utf8.first, byte >= 0x30, byte <= 0x39 {
                        if end > start, tokens[end - 1].kind == .word, !tokens[end - 1].isCapitalised { prose = true }
                        continue
                    }
                    if token.isCapitalised {
                        long += 1
                    } else if Self.lowerCaseTitleWords.contains(token) {
                        // (A preposition styles write in lower case, "President Trump Meets with
                        // Putin", in a line of one sentence: not "This is Democracy Now! I'm Amy
                        // Goodman, with Nermeen Shaikh.")
                        sparedLowerCase = true
                    } else {
                        prose = true
                    }
                    continue
                }
                guard token.text.utf8.count == 1, let byte = token.text.utf8.first else { continue }
                if byte == UInt8(ascii: "@") {
                    handle = true
                } else if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                    // (Not an abbreviation's stop: "NY Gov. Andrew Cuomo Blasts USA".)
                    || (byte == UInt8(ascii: ".") && end > start
                        && (tokens[end - 1].text.utf8.count >= 4 || tokens[end - 1].text.first?.isNumber == true)),
                    end + 1 < tokens.count, tokens[end + 1].kind != .lineBreak
                {
                    sentences += 1
                }
            }
            // (A post's signature is no headline: "Barack Obama (@BarackObama) June 26, 2013".)
            if !prose, long >= 4, !sparedLowerCase || sentences == 1, !handle {
                for k in start..<end { result[k] = true }
            }
            start = end + 1
        }
        return result
    }

    /// Words of four letters or more that headlines in title case may leave in lower case.
    static let lowerCaseTitleWords: WordSet = ["with", "from", "into", "onto", "upon", "over", "than", "that", "amid", "near", "like"]

    /// The people-shaped runs of `tokens` that a rule takes for people; none starts or ends inside
    /// `excluded` (a dateline). `titleCase` is `titleCaseLines(tokens)`.
    func candidates(
        _ tokens: [Token], titleCase: [Bool], excluding excluded: Range<Int> = 0..<0, rejections: Rejections? = nil,
        unconfirmed: Unconfirmed? = nil, otherField: (tokens: [Token], titleCase: [Bool])? = nil
    ) -> [PersonCandidate] {
        let titles = titleEnds(tokens)
        var isTitle = [Bool](repeating: false, count: tokens.count + 1)
        for (end, span) in titles { for k in span.start..<end { isTitle[k] = true } }
        // The keys of words capitalised inside a sentence, outside a headline in title case, in this
        // field or the other: there case says the word is a name (gathered on first use).
        var midSentenceKeys: Set<String>?
        func capitalisedMidSentence(_ key: String) -> Bool {
            if midSentenceKeys == nil {
                var keys = Set<String>()
                for (text, lines) in [(tokens, titleCase)] + (otherField.map { [$0] } ?? []) {
                    for (k, token) in text.enumerated()
                    where token.kind == .word && token.isCapitalised && !token.sentenceInitial && !token.isAllCaps && !lines[k] {
                        keys.insert(token.key)
                    }
                }
                midSentenceKeys = keys
            }
            return midSentenceKeys!.contains(key)
        }
        var result: [PersonCandidate] = []
        var i = 0
        // "Theresa May", "Mrs. May": the month is a surname after a given name or a title.
        func surnameMay(_ k: Int) -> Bool {
            guard tokens[k].text == "May", k > 0 else { return false }
            if k + 1 < tokens.count, tokens[k + 1].text.first?.isNumber == true { return false }
            let before = tokens[k - 1]
            return titles[k] != nil || (before.kind == .word && before.isCapitalised
                && (lexicons.givenNames[before] ?? 0) >= 300)
        }
        // "Oliver North said", not "Kim Jong Un North Korea" or "NORTH": a compass point is a surname
        // right after a common given name, with no capitalised word after it. ("Kanye West", "Cornel
        // West": or a rarer one that is no word, place or surname too: not "Park West", "True North".)
        func directionSurname(_ k: Int) -> Bool {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalised, !t.isAllCaps, Self.directionSurnames.contains(t), k > 0,
                tokens[k - 1].isCapitalised, case let given = tokens[k - 1].key, let count = lexicons.givenNames[given],
                count >= 2000 || (count >= Lexicons.commonGivenName && !lexicons.surnames.contains(given) && !lexicons.wordGivenNames.contains(given)
                    && !lexicons.commonWords.contains(given) && lexicons.places[given] == nil && lexicons.datelinePlaces[given] == nil)
            else { return false }
            return k + 1 >= tokens.count || !(tokens[k + 1].kind == .word && tokens[k + 1].isCapitalised)
        }
        // "Martin Luther King Jr", "Pope John Paul II", "Queen Elizabeth I": a suffix after a name.
        // A regnal number is in capitals ("Xi" is a name); "I", "V" and "X" alone only right after a
        // royal's title and one name, where they are no pronoun or initial.
        func isSuffix(_ k: Int, runStart: Int) -> Bool {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalised else { return false }
            if t.key == "jr" || t.key == "sr" { return true }
            if Self.regnalNumbers.contains(t.key) { return t.isAllCaps }
            guard t.text == "I" || t.text == "V" || t.text == "X", k == runStart + 1,
                let title = titles[runStart], Self.styledTitles.contains(title.form)
            else { return false }
            guard k + 1 < tokens.count else { return true }
            // ("King Fahd I think", "Mr. X.")
            return tokens[k + 1].text != "." && !Self.pronounVerbs.contains(tokens[k + 1])
        }
        // "Jan Kroslak": the month's abbreviation is a given name before a name.
        func givenJan(_ k: Int) -> Bool {
            tokens[k].text == "Jan" && k + 1 < tokens.count && isNamePart(tokens, k + 1)
        }
        // "Vice Premier He Lifeng", "said He Yafei": inside a sentence, out of a headline in title
        // case, a capitalised "He" right before a name is the Chinese family name, no pronoun.
        func familyNameHe(_ k: Int) -> Bool {
            // (Case and position first: the text is compared for few tokens.)
            tokens[k].isCapitalised && !tokens[k].sentenceInitial && tokens[k].text == "He" && !titleCase[k] && k > 0
                && tokens[k - 1].kind == .word
                && k + 1 < tokens.count && isNamePart(tokens, k + 1) && !tokens[k + 1].isAllCaps
                // ("He Did", "He Is Now": the next word is no English word.)
                && !lexicons.commonWords.contains(tokens[k + 1]) && !lexicons.shortWords.contains(tokens[k + 1])
                && !lexicons.surnameWords.contains(tokens[k + 1]) && !lexicons.titles.contains(tokens[k + 1])
        }
        while i < tokens.count {
            if excluded.contains(i) {
                i = excluded.upperBound
                continue
            }
            // (The nested checks only for a capitalised word: a call for every token cost 1% of tagging.)
            guard !isTitle[i], isNamePart(tokens, i)
                || tokens[i].isCapitalised && (givenJan(i) || (tokens[i].text == "May" && titles[i] != nil && surnameMay(i)) || familyNameHe(i))
            else {
                i += 1
                continue
            }
            // "UPDATE 10:17 A.M. As Warner wraps": the time's "A.M." is no initial.
            if tokens[i].key == "a.m." || tokens[i].key == "p.m.", i > 0, tokens[i - 1].text.last?.isNumber == true {
                i += 1
                continue
            }
            // "He posted on X. Trump replied": after a word in lower case (not "by", a byline's), "X."
            // is the platform ending a sentence, no initial.
            if tokens[i].text == "X.", i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalised,
                tokens[i - 1].key != "by"
            {
                i += 1
                continue
            }
            // Extend a name-shaped run: capitalised words, initials, inner particles, suffixes.
            var j = i + 1
            while j < tokens.count, !isTitle[j], !excluded.contains(j) {
                let t = tokens[j]
                // ("Donald John TrumpKamala Harris": a word glued to the one before, split by the
                // tokenizer, starts something else; "T.O'Gorman" is an initial and a surname.)
                if t.kind == .word, t.start == tokens[j - 1].end, tokens[j - 1].kind == .word, !tokens[j - 1].text.hasSuffix(".") {
                    break
                }
                // ("Donald John Trump GOP lawmakers": capitals after a word in lower case are an acronym.)
                if t.isAllCaps, tokens[j - 1].kind == .word, tokens[j - 1].text.unicodeScalars.contains(where: ScalarClass.isLower),
                    !isSuffix(j, runStart: i)
                {
                    break
                }
                // "Ted Cruz Challenges Donald Trump on ...": in a headline in title case, a verb between
                // two names ends the first (the next run starts at the verb, which `judge` drops).
                if j > i, titleCase[j] && isHeadlineVerb(t) || Self.linkingVerbs.contains(t) && capitalisedInside(t) {
                    break
                }
                // ("Vice President Joe Biden U.S. Vice President ...": a country's dotted short form
                // ends a name; initials come before the surname.)
                if t.text.utf8.contains(UInt8(ascii: ".")), lexicons.shortCodes[t.text] != nil { break }
                if isNamePart(t) || surnameMay(j) || isSuffix(j, runStart: i) {
                    j += 1
                } else if directionSurname(j) {
                    // "Oliver North", "Kanye West": a compass point after a common given name, ending the run.
                    j += 1
                    break
                } else if t.kind == .word, Self.particles.contains(t), t.key != "st" || t.isCapitalised,
                    let after = (j..<min(j + 3, tokens.count)).first(where: { !Self.particles.contains(tokens[$0]) }),
                    isNamePart(tokens, after)
                {
                    // "van der Bellen", "von der Leyen", "bin Salman": particles, then the name.
                    j = after + 1
                } else if t.text == ".", j - 1 >= i, Self.suffixes.contains(tokens[j - 1].key) {
                    j += 1
                } else {
                    break
                }
            }
            var run = i..<j
            i = j
            // "Sen. Joe Manchin Joseph (Joe) Manchin": a web page's link text, then its hover card's
            // formal name with the nickname in brackets. A common given name before a bracketed
            // name starts the card: the run ends before it. ("James Leander (Leo) Nichols", two
            // words, stays whole.)
            if run.count >= 3, j + 2 < tokens.count, tokens[j].text == "(", tokens[j + 2].text == ")",
                tokens[j + 1].kind == .word, tokens[j + 1].isCapitalised,
                (lexicons.givenNames[tokens[j - 1]] ?? 0) >= 2000, (lexicons.givenNames[tokens[j + 1]] ?? 0) >= 2000
            {
                rejections?.list.append(((j - 1)..<j, "a web page's hover card repeating a name"))
                run = run.lowerBound..<(j - 1)
            }
            // "Vice President Joe Biden Joe Biden Parnas: U.S. ambassador ...": a link's text, its hover
            // card repeating the name, then the next headline's first word. The run is the first copy.
            if run.count >= 4, let k = (2...(run.count / 2)).first(where: { k in
                (0..<k).allSatisfy { tokens[run.lowerBound + $0].kind == .word && tokens[run.lowerBound + $0].key == tokens[run.lowerBound + k + $0].key }
            }) {
                rejections?.list.append(((run.lowerBound + k)..<run.upperBound, "a web page's hover card repeating a name"))
                run = run.lowerBound..<(run.lowerBound + k)
            }
            // "Ex-Worker at C.I.A. Says He Leaked": a dotted acronym alone names no one.
            if run.count == 1, Self.isDottedAcronym(tokens[run.lowerBound].text) { continue }
            // "said Hong Kong-based Hutchison": the start of a place's name that a hyphenated word ends.
            if j < tokens.count, let place = lexicons.place(beforeHyphenAt: j, in: tokens), place.start < j {
                rejections?.list.append((run, "part of a place's name before a hyphen"))
                continue
            }
            // "Trump Donald John TrumpGOP", "John Cornyn John CornynGOP": a web page's link text,
            // then its hover card's formal name glued to the next word. The run ends where its last
            // word first appears, and the card is left out: the name is as the article writes it
            // ("Trump" then joins the article's or the archive's full name). ("Wee Kim Wee" is
            // glued to nothing.)
            let glued = j < tokens.count && tokens[j].kind == .word && tokens[j].start == tokens[j - 1].end
                && !tokens[j - 1].text.hasSuffix(".")
            if glued, run.count >= 3,
                let k = tokens[run.lowerBound..<(j - 1)].firstIndex(where: { $0.kind == .word && $0.key == tokens[j - 1].key }),
                j - k - 1 >= 2
            {
                rejections?.list.append(((k + 1)..<j, "a web page's hover card repeating a name"))
                run = run.lowerBound..<(k + 1)
            } else if glued, tokens[max(0, run.lowerBound - 8)..<run.lowerBound].contains(where: { $0.kind == .word && $0.key == tokens[j - 1].key }) {
                // ("Charles Schumer Charles (Chuck) Ellis SchumerTrump": the card's end, after a
                // nickname; the card's start went into the name before, which ends at the surname.)
                rejections?.list.append((run, "a web page's hover card repeating a name"))
                if let before = result.last, before.tokens.upperBound <= run.lowerBound, before.tokens.upperBound + 8 >= run.lowerBound,
                    let p = tokens[before.tokens].lastIndex(where: { $0.key == tokens[j - 1].key }), p + 1 < before.tokens.upperBound
                {
                    result[result.count - 1].tokens = before.tokens.lowerBound..<(p + 1)
                }
                continue
            }
            // "Chief Legal Analyst Jeffrey Toobin": a word between two titles is part of the title.
            if run.count <= 2, isTitle[run.upperBound], run.lowerBound > 0, isTitle[run.lowerBound - 1] {
                continue
            }
            // "Fullback Andre Joubert", "Brazilian-born Luis Oliveira": when a run is no name, the
            // run without its first word may be.
            var rest = run
            var droppedUnknown = false
            // The first rule that rejected the run or a shorter form of it.
            var why: String?
            var unconfirmedRun: (tokens: Range<Int>, reason: String)?
            let found = result.count
            defer {
                if let rejections, result.count == found, let why { rejections.list.append((run, why)) }
                if let unconfirmed, result.count == found, let unconfirmedRun { unconfirmed.list.append(unconfirmedRun) }
            }
            while rest.count >= 2 {
                var thisWhy: String?
                defer { if why == nil { why = thisWhy } }
                if var candidate = judge(rest, tokens, titles: titles, titleCase: titleCase[rest.lowerBound], midSentence: capitalisedMidSentence, why: &thisWhy) {
                    // "Aravinda de Silva", "Joost van der Westhuizen": the unknown word dropped just
                    // before a particle is the given name.
                    if droppedUnknown, candidate.tokens.lowerBound == rest.lowerBound,
                        Self.particles.contains(tokens[rest.lowerBound]), !tokens[rest.lowerBound].isCapitalised
                    {
                        candidate.tokens = (rest.lowerBound - 1)..<candidate.tokens.upperBound
                        candidate.cue = "\"\(tokens[rest.lowerBound - 1].text)\" before a particle; " + candidate.cue
                    }
                    result.append(candidate)
                    break
                }
                if let reason = thisWhy, reason == Self.englishWordLast || reason == Self.noCue, rest.count <= 3,
                    !titleCase[rest.lowerBound], !tokens[rest.lowerBound].isAllCaps,
                    tokens[rest].allSatisfy({ $0.kind == .word && $0.isCapitalised })
                {
                    unconfirmedRun = (rest, reason)
                }
                let head = tokens[rest.lowerBound]
                let nameLike = lexicons.givenNames[head] != nil || lexicons.surnames.contains(head)
                if nameLike && !head.sentenceInitial { break }
                // "Suu Kyi", "Joost van der Westhuizen": an unknown word mid-sentence may be the
                // first half of the name, so what is left is no name on its own.
                droppedUnknown = !head.sentenceInitial && placeAt(rest.lowerBound, tokens) == nil
                rest = (rest.lowerBound + 1)..<rest.upperBound
            }
            if rest.count == 1, !droppedUnknown, let candidate = judge(rest, tokens, titles: titles, titleCase: titleCase[rest.lowerBound], midSentence: capitalisedMidSentence, why: &why) {
                result.append(candidate)
            }
        }
        return result
    }

    /// Whether a surname that is no English word stands at `i`, before "and" or a comma.
    private func surnameOpeningList(_ i: Int, _ tokens: [Token]) -> Bool {
        i + 1 < tokens.count && (tokens[i + 1].key == "and" || tokens[i + 1].text == ",") && tokens[i].kind == .word
            && !tokens[i].isAllCaps && lexicons.surnames.contains(tokens[i]) && !lexicons.commonWords.contains(tokens[i])
            && !lexicons.surnameWords.contains(tokens[i]) && !Self.thingNouns.contains(tokens[i])
            && !Self.calendarNouns.contains(tokens[i]) && tokens[i].text.utf8.count >= 4
    }
    /// ("Presidents Day", "Veterans Day".)
    static let calendarNouns: WordSet = ["day", "week", "month", "year", "eve"]

    private func capitalisedInside(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalised && !token.isAllCaps && !token.sentenceInitial
    }

    /// In a headline in title case, a word that is no name but the headline's verb or adverb: an
    /// English word in -s, -ed or -ly that is no given name, surname or noun heading a name
    /// ("Resigns", "Reelected", "Reportedly"), or a short verb ("Has", "Is").
    func isHeadlineVerb(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalised, !token.isAllCaps else { return false }
        if Self.headlineVerbs.contains(token) { return true }
        return (token.key.hasSuffix("s") || token.key.hasSuffix("ed") || token.key.hasSuffix("ly"))
            && lexicons.commonWords.contains(token) && lexicons.givenNames[token] == nil
            && !lexicons.surnames.contains(token) && !Self.thingNouns.contains(token)
    }

    /// The candidate the run names, if any; `why` says why a name-shaped run is not a person
    /// (for `tag --explain`), when a rule rejects it rather than no cue taking it.
    private func judge(
        _ run: Range<Int>, _ tokens: [Token], titles: [Int: (start: Int, form: String)], titleCase: Bool,
        midSentence: (String) -> Bool, why: inout String?
    ) -> PersonCandidate? {
        func reject(_ reason: String) -> PersonCandidate? {
            if why == nil { why = reason }
            return nil
        }
        var run = run
        if tokens.text(at: run.upperBound - 1) == "." { run = run.lowerBound..<(run.upperBound - 1) }
        guard !run.isEmpty else { return nil }
        // "New York said", "the New York Fed", "Governor of North Carolina Jim Hunt": words that end
        // a place's name begun before the run are no name.
        for k in max(0, run.lowerBound - 2)..<run.lowerBound where tokens.isCapitalised(at: k) {
            guard let place = placeAt(k, tokens), k + place.tokenCount > run.lowerBound else { continue }
            if k + place.tokenCount >= run.upperBound { return reject("ends a place's name") }
            run = (k + place.tokenCount)..<run.upperBound
            break
        }
        // "Election Day", "Memorial Day": a day's name after an English word is a holiday's ("Doris Day" is hers).
        if run.count == 2, tokens.key(at: run.upperBound - 1) == "day", lexicons.commonWords.contains(tokens[run.lowerBound]),
            lexicons.givenNames[tokens[run.lowerBound]] == nil
        {
            return reject("a holiday's name")
        }
        // "Tropical Storm Harvey", "Winter Storm Jonas", "Hurricane Harvey", "Typhoon Haiyan": a storm's
        // name (a run that ends at "Storm" too: "Tropical Storm").
        if run.count >= 2, run.contains(where: { k in
            Self.opensStormName(k, tokens) && (k < run.upperBound - 1 || tokens[k].keyHash == Self.stormHash)
        }) {
            return reject("a storm's name")
        }
        // Drop leading demonyms, places and short codes ("Chinese" before a name, "U.S. Trade
        // Representative"), and common words capitalised only because they start the sentence
        // ("Later Theresa May said", "Controversial Australian Anthony Hill").
        while run.count > 1 {
            if let place = placeAt(run.lowerBound, tokens), place.tokenCount < run.count, titles[run.lowerBound] == nil,
                place.kind != .city || lexicons.givenNames[tokens.key(at: run.lowerBound)] == nil, !countryGivenName(run, tokens)
            {
                run = (run.lowerBound + place.tokenCount)..<run.upperBound
            } else if lexicons.shortCodes[tokens.text(at: run.lowerBound)] != nil || Self.stateShortForms.contains(tokens.text(at: run.lowerBound))
                // ("Ocasio-Cortez, D-N.Y. Ocasio-Cortez added": the tail of a party's and state's mark.)
                || run.lowerBound >= 2 && tokens.text(at: run.lowerBound).utf8.count == 2 && tokens.text(at: run.lowerBound).hasSuffix(".")
                    && tokens.text(at: run.lowerBound - 1) == "." && Self.isPartyMark(tokens.text(at: run.lowerBound - 2))
            {
                // ("U.S. Trade Representative", "N.Y. Cotton futures": a country's or a state's short
                // form; not two initials that spell a postal code, "W.A. Kistler".)
                run = (run.lowerBound + 1)..<run.upperBound
            } else if run.count >= 3, lexicons.commonWords.contains(tokens[run.lowerBound]) || Self.partyLabels.contains(tokens[run.lowerBound]),
                case let next = tokens.key(at: run.lowerBound + 1),
                (lexicons.givenNames[next] ?? 0) >= 2000
                    || ((lexicons.givenNames[next] ?? 0) >= 300 || lexicons.rareGivenNames.contains(next))
                        && !titleCase && titles[run.lowerBound] == nil
            {
                // "Under Secretary for Economic Affairs Allen Wallis": an English word before a
                // common given name and more ends what came before; so it does after a title
                // ("Miss Universe Alicia Machado", "Pope Emeritus Benedict XVI", "General Manager
                // Daryl Morey"), and before a rarer given name with no title or headline around
                // ("Sen. Mitt Romney Willard (Mitt) ...", pasted from a link, keeps "Mitt").
                run = (run.lowerBound + 1)..<run.upperBound
            } else if Self.shareButtons.contains(tokens[run.lowerBound]) {
                // ("Facebook Twitter Pinterest Mark Zuckerberg says": a scraped page's share buttons
                // before a caption.)
                run = (run.lowerBound + 1)..<run.upperBound
            } else if titleCase, titles[run.lowerBound] != nil, isHeadlineVerb(tokens[run.lowerBound]) {
                // ("GOP Senator Says Trump Didn't", "Federal Judge Blocks Trump": the title's holder
                // goes unnamed; the headline's verb opens what follows.)
                run = (run.lowerBound + 1)..<run.upperBound
            } else if tokens.sentenceInitial(at: run.lowerBound) || titleCase, !tokens.isAllCaps(at: run.lowerBound),
                lexicons.commonWords.contains(tokens[run.lowerBound])
                    || Self.sentenceAdverbs.contains(tokens[run.lowerBound]) && tokens.sentenceInitial(at: run.lowerBound)
                    // ("Read CNNOpinion's new Flipboard magazine": a link's verb.)
                    || Self.linkVerbs.contains(tokens[run.lowerBound]) && tokens.sentenceInitial(at: run.lowerBound)
                    || Self.auxiliaries.contains(tokens[run.lowerBound]) && !finiteVerbAfter(run, tokens),
                titles[run.lowerBound] == nil
            {
                run = (run.lowerBound + 1)..<run.upperBound
            } else {
                break
            }
        }
        // "Colin Powell Resigns as ...", "Gusenbauer Reelected": in a headline in title case the
        // verb after a name is capitalised too. An English word ending in -s or -ed that is no name
        // and heads nothing ends the run before it.
        // ("Paul Ryan Reportedly", "Romney Has": so do an adverb and a short verb.) What is left
        // must end in a known surname: "Dakota Access Pipeline Halted" names no one.
        // "Vice President Joe Biden Photos: Who's running", "Obama Listen": a gallery's or a
        // player's label glued after a name is no part of it.
        while run.count > 1, Self.mediaLabels.contains(tokens[run.upperBound - 1]) {
            run = run.lowerBound..<(run.upperBound - 1)
        }
        let untrimmed = run
        while run.count > 1, titleCase && isHeadlineVerb(tokens[run.upperBound - 1])
            || Self.linkingVerbs.contains(tokens[run.upperBound - 1]) && capitalisedInside(tokens[run.upperBound - 1])
            // ("former Reagan adviser Arthur Laffer Second ex-Senate staffer charged": headlines run
            // together; a name ends in no ordinal but after "the", "Elizabeth the Second".)
            || run.count >= 3 && Self.ordinalWords.contains(tokens[run.upperBound - 1]) && capitalisedInside(tokens[run.upperBound - 1])
        {
            run = run.lowerBound..<(run.upperBound - 1)
        }
        // A run cut before a headline's verb (here, or by `candidates` where the verb comes between
        // two names) names a person only when it ends in a known surname or opens with a family name
        // ("Franklin Michigan Insured Fund", "Sony Hack Reveals": no one). A person it misses is
        // found again where the text repeats the name.
        let cutBeforeVerb = run != untrimmed || (titleCase && run.upperBound < tokens.count && isHeadlineVerb(tokens[run.upperBound]))
        // ("Trump Takes Victory Lap", "Says Shutdown Could Last": after the verb, a person's name
        // opens with a given name or a family name.)
        if titleCase, run.count >= 2, run.lowerBound > 0, isHeadlineVerb(tokens[run.lowerBound - 1]), titles[run.lowerBound] == nil,
            (lexicons.givenNames[tokens.key(at: run.lowerBound)] ?? 0) < 2000, !lexicons.rareGivenNames.contains(tokens[run.lowerBound]),
            !lexicons.asianSurnames.contains(tokens[run.lowerBound])
        {
            return reject("a headline in title case")
        }
        // ("Vladimir Putin Says": or opens with a given name and ends in a word of four letters or
        // more that is no English word and no place.)
        let cutLast = tokens[run.upperBound - 1]
        func givenAndName() -> Bool {
            ((lexicons.givenNames[tokens.key(at: run.lowerBound)] ?? 0) >= 300 || lexicons.rareGivenNames.contains(tokens[run.lowerBound]))
                && cutLast.key.count >= 4 && !lexicons.commonWords.contains(cutLast) && lexicons.places[cutLast] == nil
        }
        if cutBeforeVerb, run.count >= 2, titles[run.lowerBound] == nil, !givenAndName(),
            !lexicons.surnames.contains(cutLast),
            !lexicons.asianSurnames.contains(tokens[run.lowerBound]),
            !tokens.isAllCaps(at: run.lowerBound)
        {
            return reject("a headline in title case")
        }
        var allCaps = false
        if tokens.isAllCaps(at: run.lowerBound) {
            // ALL-CAPS headlines ("KING FAHD WANTS STABLE OIL PRICES") have no case to end a name:
            // keep the leading words found in the name lists, at most three.
            allCaps = true
            let known = tokens[run].prefix { token in
                lexicons.givenNames[token] != nil || lexicons.surnames.contains(token)
                    || lexicons.asianSurnames.contains(token)
            }.count
            guard known > 0 else { return nil }
            var keep = min(known, 3)
            // "KEVIN BROWN LOWERS ERA": a third word ending in "s" that is no given name is the
            // headline's verb.
            if keep == 3, tokens.key(at: run.lowerBound + 2).hasSuffix("s"), lexicons.givenNames[tokens.key(at: run.lowerBound + 2)] == nil {
                keep = 2
            }
            // ("POPE BENEDICT XVI RESIGNS": and a regnal number after them.)
            if run.lowerBound + keep < run.upperBound, Self.regnalNumbers.contains(tokens.key(at: run.lowerBound + keep)) {
                keep += 1
            }
            run = run.lowerBound..<(run.lowerBound + keep)
        }
        guard run.count <= 5 else { return nil }
        // "its sister A330 aircraft": no word of a person's name holds a digit.
        if tokens[run].contains(where: { $0.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }) {
            return reject("holds a number")
        }
        // "... secret recording of president Read more": a web page's link text left in the copy.
        if run.count == 1, run.upperBound < tokens.count, Self.linkVerbs.contains(tokens[run.lowerBound]),
            !tokens.isCapitalised(at: run.upperBound), Self.linkObjects.contains(tokens[run.upperBound])
        {
            return reject("a link's text")
        }
        if run.count == 1 {
            let word = tokens[run.lowerBound]
            // "Dr. K weighs in", "General O": a letter alone is a nickname at most.
            if word.text.unicodeScalars.count == 1 { return reject("a letter alone") }
            // "Navy SEALs", "CEOs": an acronym's plural.
            if word.text.count >= 3, word.text.hasSuffix("s"), case let stem = word.text.dropLast(),
                stem.allSatisfy({ $0.isUppercase })
            {
                return reject("an acronym's plural")
            }
            // "… Raped And Killed Her, Prosecutors Said.": a headline's verb after a title.
            if titleCase, Self.headlineVerbs.contains(word) { return reject("a headline's verb") }
            // "the U.S. diplomatic mission", "staff at the U.N.", "N.J.": a country's, a body's or a
            // state's initials. (A person's stay: "O.J. said".)
            if isPlaceInitials(word) { return reject("a place's or a body's initials") }
            // ("I said OK": in capitals, the word; "Kim Hye Ok" keeps her name.)
            if word.text == "OK" { return reject("a common word in capitals") }
            // "the Navy's 5th Fleet reported": a unit after its number.
            if run.lowerBound > 0, case let number = tokens.text(at: run.lowerBound - 1), number.first?.isNumber == true,
                ["st", "nd", "rd", "th"].contains(where: number.hasSuffix)
            {
                return reject("a unit after its number")
            }
        }
        let first = tokens[run.lowerBound]
        // "(R-South Carolina)", "D-N.Y.": a party and a state, not a name.
        if Self.isPartyMark(first.text) {
            return reject("a party and a state")
        }
        let last = tokens[run.upperBound - 1]
        let runKey = tokens[run].map(\.key).joined(separator: " ")
        // A place or an organisation phrase is not a person (the country tagger's); nor a smaller
        // town's name of two words or more ("Beverly Hills", "Alice Springs") without a title.
        // (A place's or a people's one word right after an honorific is the person: "Mr. Hamilton
        // said", "Sen. Jordan", "Lord Liverpool", "Mr Irish"; not after other titles: "Miss Ohio",
        // "Bishop Auckland", and "[Russian President Vladimir] Putin" where "Vladimir" is a town's
        // name too; nor a country's other name, "Mrs. America", "Mr. Holland's Opus".)
        let honorific = titles[run.lowerBound].map {
            tokens.isCapitalised(at: $0.start) && lexicons.honorifics.contains($0.form)
        } ?? false
        // (Nor a town's one word in a cricket scorecard: "c Germon b Vaughan 12", below.)
        if let place = lexicons.places[runKey], run.count > 1 || !honorific || [.blocked, .alias].contains(place.kind),
            run.count > 1 || place.kind != .city || !isScorecardName(run, tokens)
        {
            return nil
        }
        if run.count >= 2, lexicons.towns.contains(runKey), titles[run.lowerBound] == nil {
            return reject("a town's name")
        }
        // "Lake Erie", "San Quirico", "Port Jerome", "San Francisco de Quito": a word that opens
        // places' names, not people's.
        if run.count >= 2, first.isCapitalised, Self.placeOpeners.contains(first), titles[run.lowerBound] == nil {
            return reject("opens a place's name (\"\(first.text)\")")
        }
        if allCaps, run.count > 1, titles[run.lowerBound] == nil, lexicons.givenNames[first] ?? 0 <= 2000 {
            return reject("capitals without a common given name")
        }
        // "OIL PRICE FALL SPURS": in capitals, an English word last makes a phrase of the headline.
        // (A regnal number is no word here: "HENRY VIII", "Henry VIII".)
        // "Media Player", "Stone Roses", "Blue Shield": a word that is a rarer given name before a word
        // that is a rarer surname is a phrase too ("Marine Le Pen", with a particle, is a name).
        // ("Stone Age", "Rain Man": so is one before a short English word.)
        let wordPair = run.count >= 2 && lexicons.wordGivenNames.contains(first)
            && (lexicons.surnameWords.contains(last) || lexicons.shortWords.contains(last))
            && !tokens[run].contains { Self.particles.contains($0) }
        // ("Osama bin Laden", "Hamza bin Laden": after a particle in lower case, an English word is
        // a surname.)
        let particleInside = run.count >= 3 && !titleCase && first.isCapitalised && last.isCapitalised
            && tokens[(run.lowerBound + 1)..<(run.upperBound - 1)].contains { !$0.isCapitalised && Self.particles.contains($0) }
        let wordLast = (lexicons.commonWords.contains(last)
            || (allCaps && lexicons.surnameWords.contains(last)) || wordPair)
            && !Self.regnalNumbers.contains(last.key) && !particleInside
        if allCaps, run.count > 1, wordLast {
            return reject("capitals ending in an English word")
        }
        if namesAThing(run, tokens) { return reject("names a firm, a facility, a ship or a work") }
        // "the Boston Indoor Games", "Star Wars Battlefront": an English word that is no surname and
        // no given name inside a run of three or more names a thing. (This loses a few people whose
        // middle word is such a word, "Richard Mentor Johnson": on all AllSides, 14 of the 510
        // names lost; sparing runs of a common given name, such a word and a surname brought back
        // 89 pairs, mostly things, "Warren Truck Plant", "Happy Labor Day".)
        if run.count >= 3, tokens[(run.lowerBound + 1)..<(run.upperBound - 1)].contains(where: {
            $0.kind == .word && $0.isCapitalised && lexicons.commonWords.contains($0)
        }) {
            return reject("an English word inside")
        }
        // "Bank Sal Oppenheim", "USS Harry S. Truman": right after a bank's noun, a name is the rest
        // of the bank's; after a ship's prefix, the ship's.
        if run.lowerBound > 0, titles[run.lowerBound] == nil, case let previous = tokens[run.lowerBound - 1],
            previous.kind == .word, previous.end < first.start,
            previous.isCapitalised && !previous.sentenceInitial && Self.firmNouns.contains(previous)
                || Self.shipPrefixes.contains(previous.text)
        {
            return reject("part of a bank's or a ship's name (after \"\(previous.text)\")")
        }
        // "Regie Nationale des Usines Renault", "Cie de Saint-Gobain", "Banca Nazionale del Lavoro":
        // a word of a firm's or a body's name in French, Italian or Spanish.
        if tokens[run].contains(where: { Self.foreignFirmWords.contains($0) }) {
            return reject("a firm's or a body's name (\"\(tokens[run].first { Self.foreignFirmWords.contains($0) }!.text)\")")
        }
        // "Green Belt Movement", "Ford Foundation", "Nobel Prize": a capitalised noun that heads an
        // organisation or a thing right after the run makes the run part of that name.
        if run.upperBound < tokens.count, tokens.kind(at: run.upperBound) == .word, tokens.isCapitalised(at: run.upperBound),
            !tokens.isAllCaps(at: run.upperBound), Self.thingNouns.contains(tokens[run.upperBound])
        {
            return reject("part of an organisation's or a thing's name")
        }
        // "the Winter Olympics", "the World Championships": an event's name.
        if run.count >= 2, Self.eventLastWords.contains(tokens[run.upperBound - 1]) {
            return reject("an event's name")
        }
        // "Dona Ana counties", "the Sierra Nevada mountains": a land's noun in lower case after the
        // run makes it a place's name.
        if run.upperBound < tokens.count, tokens.kind(at: run.upperBound) == .word, !tokens.isCapitalised(at: run.upperBound),
            Self.landNouns.contains(tokens[run.upperBound])
        {
            return reject("a place's name (before \"\(tokens.text(at: run.upperBound))\")")
        }
        // (Not "Les" before a name the lists hold, the English given name: "Les Ferdinand", "Les Aspin";
        // "Les Echos", "Les Bleus" stay French.)
        let englishLes = run.count == 2 && first.key == "les" && !lexicons.commonWords.contains(last)
            && (lexicons.surnames.contains(last) || lexicons.givenNames[last] != nil || lexicons.rareGivenNames.contains(last)
                || titles[run.lowerBound] != nil)
        if run.count >= 2, Self.articleWords.contains(first), first.text.first?.isUppercase == true, !englishLes,
            !first.sentenceInitial || lexicons.givenNames[tokens.key(at: run.lowerBound + 1)] == nil
        {
            return reject("starts with an article (\"Der Spiegel\")")
        }
        let before = previousWord(run.lowerBound, tokens)
        let verbAfter = reportingVerbIndex(after: run.upperBound, tokens) != nil
        let verbBefore = before.map { Self.verbsBeforeObject.contains($0) } ?? false

        // "Aston Villa 1 Chelsea 1", "Alba (Germany) 75 Red Star (Yugoslavia) 70": a line of two
        // names each with a score is a match between teams.
        if isMatchResultSide(run, tokens) { return reject("a team in a match result") }
        // "Alex Zanardi ( Italy ) , Reynard Honda , 53.980": after a driver's country in brackets and
        // a comma, a name before a comma and a time is the team's car.
        if run.lowerBound >= 3, tokens.text(at: run.lowerBound - 1) == ",", tokens.text(at: run.lowerBound - 2) == ")",
            run.upperBound + 1 < tokens.count, tokens.text(at: run.upperBound) == ",",
            tokens.text(at: run.upperBound + 1).first?.isNumber == true,
            let open = tokens[max(0, run.lowerBound - 7)..<(run.lowerBound - 2)].lastIndex(where: { $0.text == "(" }),
            placeAt(open + 1, tokens) != nil || lexicons.shortCodes[tokens.text(at: open + 1)] != nil
        {
            return reject("a team or a car after its driver's country")
        }
        // Cricket scorecards: "Tillekeratne b Dharmasena 13", "Ata-ur-Rehman c Knight b Hollioake 2".
        if run.count <= 3, isScorecardName(run, tokens) {
            return PersonCandidate(tokens: run, cue: "scorecard")
        }
        // "major U.S. companies", "major European currencies": a country's short form or name, or a
        // region, alone is no name; after an honorific it is the person's ("Sen. Jordan said").
        if run.count == 1, lexicons.shortCodes[first.text] != nil
            || isCountryWord(first.key) && !(honorific && lexicons.places[first]?.kind != .alias)
            || lexicons.places[first]?.kind == .blocked
        {
            return nil
        }
        // "Chamber of Mines", "Bank of New York": a body's name goes on after "of".
        if run.lowerBound >= 2, tokens.key(at: run.lowerBound - 1) == "of", tokens.isCapitalised(at: run.lowerBound - 2),
            Self.thingNouns.contains(tokens[run.lowerBound - 2])
        {
            return reject("ends a body's name (\"\(tokens.text(at: run.lowerBound - 2)) of\")")
        }
        // "Santa Barbara", "Beverly Hills": a town's name is no person's, but after a title.
        if run.count >= 2, titles[run.lowerBound] == nil, lexicons.datelinePlaces[runKey] != nil {
            return reject("a town's name")
        }
        // "Real Madrid", "Inter Milan", "Borussia Dortmund": a sports club's word before a town is a
        // club; "Real" before any word too ("Real Betis", "Real Sociedad").
        if run.count == 2, titles[run.lowerBound] == nil, !tokens.isAllCaps(at: run.lowerBound),
            EntityTagger.clubWords.contains(tokens[run.lowerBound]), (lexicons.givenNames[tokens[run.lowerBound]] ?? 0) < 2000,
            tokens.key(at: run.lowerBound) == "real" || lexicons.places[tokens[run.lowerBound + 1]] != nil
        {
            return reject("a sports club's name")
        }
        // "General Electric Co", "Salomon Brothers": a company's legal form ends a company, title or not.
        if run.count >= 2, Self.companySuffixes.contains(last) || Self.firmEndings.contains(last) {
            return reject("ends in a company's legal form")
        }
        // "Statistics Canada", "Royal Dutch": a country, a demonym, a region or a state ends no name,
        // unless a common given name comes first ("Michael Jordan", "Steve Israel"; "Mark Cuban"
        // with a demonym only after a very common one) or a title. A given name that is also an
        // auxiliary verb opens a question there ("JUST WATCHED Will Russia sell missiles to Iran?").
        if run.count >= 2, titles[run.lowerBound] == nil, let kind = lexicons.places[last]?.kind,
            [.country, .alias, .demonym, .blocked, .state].contains(kind),
            (lexicons.givenNames[first] ?? 0) < (kind == .country || kind == .alias ? 2_000 : 40_000)
                || run.count == 2 && Self.auxiliaries.contains(first) && (kind == .country || kind == .alias)
        {
            return reject("ends in a country's or a region's name")
        }
        if let title = titles[run.lowerBound] {
            // "chief executive Officer", "the teacher Unions": one common English word is no name;
            // nor is a body's noun or a verb ("U.S. Marshals Service", "The President Is Not").
            if run.count == 1, lexicons.commonWords.contains(first) || lexicons.titles.contains(first)
                || Self.thingNouns.contains(first) || Self.subjectVerbs.contains(first)
            {
                return reject("a common word after a title")
            }
            // ("removing Rod Rosenstein as Deputy Attorney General.": titles only.)
            if run.allSatisfy({ lexicons.titles.contains(tokens[$0]) }) { return reject("a common word after a title") }
            // "the Prince Edward Theatre", "Queen Elizabeth Hospital": a place's or a body's noun ends
            // a thing named after the person (one that is a US surname too is the person's: "MP Frank
            // Field", "Baroness Castle", "chief technology officer Todd Park").
            if run.count >= 2, Self.thingNouns.contains(last), !lexicons.surnames.contains(last) {
                return reject("a thing named after a person with a title")
            }
            // Royals and popes are known by title and one name: "King Fahd", "Pope John Paul".
            let royal = Self.styledTitles.contains(title.form) ? title.form : nil
            if royal != nil, run.count == 1 {
                return PersonCandidate(tokens: run, cue: "title \"\(title.form)\"", displayStart: title.start, royalTitle: royal)
            }
            return PersonCandidate(tokens: run, cue: "title \"\(title.form)\"", royalTitle: royal)
        }
        // "Tory Remainers", "Tory Brexit": a party's members or matters, not a person named Tory
        // ("Tory Burch", "Tory Fellner": a surname or a word no list holds after it).
        if run.count == 2, Self.partyLabels.contains(first), !lexicons.surnames.contains(last),
            last.key.hasSuffix("s") || lexicons.commonWords.contains(last) || Self.partyMatters.contains(last)
        {
            return reject("a party's members")
        }
        // "Sunni Muslims", "Christian Americans", "Tea Partiers", "Baby Boomers": a plural that is no
        // surname, of a people, a faith or a generation, ends a group, even after a given name.
        // (Not any plural in "-ers", "Kim Clijsters", "Geert Wilders"; nor of a country's or a capital's
        // name, "Frank Jordans", "Jonathan M. Malis".)
        // (Only the plural: "Mark Cuban", "Mona Iraqi" are people.)
        if run.count >= 2, last.key.hasSuffix("s"), !lexicons.surnames.contains(last), !lexicons.surnameWords.contains(last),
            case let singular = String(last.key.dropLast()),
            Self.faiths.contains(singular) || lexicons.places[singular]?.kind == .demonym || lexicons.places[last]?.kind == .demonym
                || Self.groupPlurals.contains(last)
        {
            return reject("a people's, a faith's or a group's plural")
        }
        // "Dallas Mavericks", "Bradford Bulls": a plural that is no surname ends a team, not a person.
        // Teams are named after places; a common given name that is no place starts a person
        // ("Monica Seles", "Rodney Eyles").
        let givenFirst = (lexicons.givenNames[first] ?? 0) >= 300 && lexicons.places[first] == nil
            && lexicons.datelinePlaces[first] == nil
        if run.count >= 2, last.key.hasSuffix("s"), !lexicons.surnames.contains(last), !givenFirst {
            let singular = String(last.key.dropLast())
            // ("Tolunay Kafkas", "Reynald Pedros": so does a rare one before a word that is no English plural.)
            let rareFirst = lexicons.rareGivenNames.contains(first) && lexicons.places[first] == nil
                && lexicons.datelinePlaces[first] == nil && !lexicons.commonWords.contains(singular)
            // ("George Stephanopoulos", "David Petraeus": so does a common given name that is a town
            // too, which `givenFirst` leaves out, before a word of five letters or more that is no
            // plural of an English word or a name: not "the Dallas Mavericks", "the George
            // Washingtons", "Warren Has".)
            let placeGivenFirst = (lexicons.givenNames[first] ?? 0) >= 2000 && lexicons.places[first] == nil
                && last.key.count >= 5 && !isPluralOfWordOrName(last.key)
            // ("Reince Priebus": so does a word no list holds, no place's, before a word in -s that is
            // no plural of an English word: teams end in a plural noun, "the Chicago Bears".)
            let unknownFirst = first.isCapitalised && !first.isAllCaps && !first.sentenceInitial && run.count == 2
                && first.key.count >= 3 && lexicons.givenNames[first] == nil && !lexicons.rareGivenNames.contains(first)
                && !lexicons.commonWords.contains(first) && !lexicons.stopWords.contains(first) && !lexicons.shortWords.contains(first)
                && !lexicons.surnames.contains(first)
                && lexicons.places[first] == nil && lexicons.datelinePlaces[first] == nil && !isCountryWord(first.key)
                && last.key.count >= 5 && !lexicons.commonWords.contains(singular) && !lexicons.surnameWords.contains(singular)
                && !lexicons.commonWords.contains(last)
            // ("Kusal Mendis hit an unbeaten 87": a player's figures after it, which no side has.)
            if !rareFirst, !placeGivenFirst, !unknownFirst, !cricketFigures(after: run.upperBound, tokens) {
                return reject("ends in a plural: a team")
            }
        }
        // "Ellis Park", "Trent Bridge", "Green Square": a place noun ends a place.
        // ("Keith Hall", "Sally Field": a common given name and a common surname, not after "at".)
        let surnameNoun = run.count == 2 && Self.surnameNouns.contains(last)
            && (lexicons.givenNames[first] ?? 0) >= 20_000 && !(before.map { Self.placePrepositions.contains($0) } ?? false)
        if run.count >= 2, Self.thingNouns.contains(last), !surnameNoun { return reject("ends in a place's or a body's noun") }
        // ("Penn Ave N", "44th Ave. N.": a street's abbreviated noun before its quarter.)
        if run.count >= 3, tokens[run].dropFirst().contains(where: { Self.streetAbbreviations.contains($0.key) }) {
            return reject("ends in a place's or a body's noun")
        }
        // "Chipper Jones homered", "Faldo birdied": a surname, alone or after a capitalised word no
        // list holds (an English word too, inside a sentence: "Chipper"), before a deed only a player does.
        // (Not "singled out", nor after a determiner: "the Swede birdied".)
        if run.count <= 2, !first.isAllCaps, !titleCase, run.upperBound + 1 < tokens.count,
            Self.playersDeeds.contains(tokens[run.upperBound]), tokens.key(at: run.upperBound + 1) != "out",
            run.lowerBound == 0 || !Self.determiners.contains(tokens[run.lowerBound - 1]),
            lexicons.surnames.contains(last) || unlistedWord(last),
            lexicons.places[last] == nil, !lexicons.commonWords.contains(last),
            run.count == 1 || (lexicons.places[first] == nil && titles[run.lowerBound] == nil && !isCountryWord(first.key)
                && (unlistedWord(first) || lexicons.commonWords.contains(first) && !first.sentenceInitial))
        {
            return PersonCandidate(tokens: run, cue: "a player's deed")
        }
        if run.count >= 2 {
            // A given name that is also a town ("Vladimir", "Florence") counts when it is common as a name.
            // "Peace Agreement", "Echo Chamber": a common English word that is no surname (`wordLast`)
            // ends a thing's name, not a person's.
            // "Real Madrid", "Inter Milan": a rare given name before a town names a club ("Jack
            // London" has a common one).
            let townLast = lexicons.places[last] != nil
            if first.isCapitalised, let count = lexicons.givenNames[first], count >= 300, !wordLast, !townLast || count >= 2000,
                lexicons.places[first] == nil || (count >= 2000 && !isCountryWord(first.key)) || countryGivenName(run, tokens),
                // ("Apple Powerbook", "Sony Walkman": a brand that is a rare given name too names a
                // person only before a listed surname, "Dell Curry".)
                !Self.brandGivenNames.contains(first) || lexicons.surnames.contains(last)
            {
                return PersonCandidate(tokens: run, cue: "given name \"\(first.text)\"")
            }
            // "Bernd Karbacher", "Jesper Parnevik": a given name rare in the US lists and no US surname
            // ("Goldman Sachs"), before a surname-shaped word (no common word, place or country).
            let placeBefore = run.lowerBound > 0 && lexicons.places[tokens.key(at: run.lowerBound - 1) + " " + first.key] != nil
            // (Not in a line in title case, where every word looks like a name: "Obama Takes Romney".)
            // Before a particle in lower case, a surname's ("Ruud van Nistelrooy", "Joost van der
            // Westhuizen" in "Tries: Joost van der Westhuizen (2)"), the word is the given name even
            // where the US lists have it as a surname too, and in a line in title case.
            let particleAfter = run.count >= 3 && run.count <= 5 && !tokens.isCapitalised(at: run.lowerBound + 1)
                && Self.particles.contains(tokens[run.lowerBound + 1])
            // So before a second given name and two surnames: "Andrés Manuel López Obrador", "José María
            // Aznar López" (without this, the rare first word fell off: "Manuel López Obrador").
            let doubleGiven = run.count == 4 && tokens.isCapitalised(at: run.lowerBound + 1)
                && (lexicons.givenNames[tokens[run.lowerBound + 1]] != nil || lexicons.rareGivenNames.contains(tokens[run.lowerBound + 1]))
                && !tokens[run].contains { $0.text.hasSuffix(".") }  // (not "Obama George W. Bush" in a table)
            if run.count <= 3 || particleAfter || doubleGiven, !titleCase || particleAfter, first.isCapitalised, !first.isAllCaps,
                lexicons.rareGivenNames.contains(first) || isGivenNamePair(first),
                !lexicons.surnames.contains(first) || particleAfter, lexicons.places[first] == nil, placeAt(run.lowerBound, tokens) == nil,
                !placeBefore, !wordLast, !townLast,
                !tokens[run].contains(where: { isCountryWord($0.key) })
            {
                return PersonCandidate(tokens: run, cue: "rare given name \"\(first.text)\"")
            }
            // Two words whose first is no English word, place or title, and whose last is no word or
            // place either, in a sentence (not a line in title case): the shape of a name the lists
            // lack, which one of the two cues below confirms.
            // (Asked after each cue's own test, which is cheaper.)
            func plainPair() -> Bool {
                run.count == 2 && !titleCase && first.isCapitalised && !first.isAllCaps && !last.isAllCaps
                    && !wordLast && !townLast && !lexicons.commonWords.contains(first) && !lexicons.shortWords.contains(first)
                    && !lexicons.surnameWords.contains(first) && lexicons.places[first] == nil && titles[run.lowerBound] == nil
                    && !lexicons.titles.contains(first)
            }
            // "Novak Djokovic", "Giorgi Kvirikashvili", "Nikol Pashinyan": before a surname of a
            // Slavic, Romanian, Greek, Turkish, Armenian or Georgian shape. (Not after a hyphenated
            // word, "German-born Vaidisova", "Anheuser-Busch InBev"; an English word, "Tell
            // Zelensky", "Big Lebowski", is no `plainPair`.)
            // ("Delino DeShields", "Quintonio LeGrier": so is a Romance prefix before a capital, not
            // after "the": "the Colonia LeBaron community".)
            if run.count == 2,
                Self.hasSurnameShape(last.key)
                    || (Self.hasPrefixedSurnameShape(last.text) && !(run.lowerBound > 0 && tokens.key(at: run.lowerBound - 1) == "the")),
                plainPair(),
                !first.hasHyphen, first.key != last.key, placeAt(run.lowerBound, tokens) == nil, !placeBefore
            {
                return PersonCandidate(tokens: run, cue: "surname's shape \"\(last.text)\"")
            }
            // "Sundar Pichai of Alphabet said", "Mamata Banerjee of the Trinamool Congress also
            // spoke": before "of", a body's name and a reporting verb. (The first word a given name
            // or one no list holds: "Gold Fields of South Africa said" is a firm.)
            if run.count == 2, verbAfterBody(run, tokens), plainPair(),
                (lexicons.givenNames[first] ?? 0) >= 300 || lexicons.rareGivenNames.contains(first)
                    || (unlistedWord(first) && !lexicons.surnames.contains(first))
            {
                return PersonCandidate(tokens: run, cue: "name of a body + reporting verb")
            }
            // "de Silva", "van der Westhuizen", "bin Laden": a surname after its particles.
            if !first.isCapitalised, Self.particles.contains(first), !wordLast, !townLast {
                return PersonCandidate(tokens: run, cue: "surname after \"\(first.text)\"")
            }
            // ("A Very Long Engagement": not before an English word.)
            if lexicons.asianSurnames.contains(first), run.count <= 3, !wordLast {
                return PersonCandidate(tokens: run, cue: "family name \"\(first.text)\" first")
            }
            // ("House Minority Whip Steny Hoyer said": not an English word and two more; the two
            // are tried on their own.)
            // ("Common Core say", "Coast Guard said", "Related Coverage Trump says": nor two English
            // words, the first no given name; "Rich Lowry said", "Hope Hicks told" have given names,
            // "Mitt Romney said" a surname no word is.)
            if verbAfter || verbBefore, run.count <= 3, !wordLast || (lexicons.givenNames[first] ?? 0) >= 2000,
                // ("Host Conan O'Brien joked": nor a surname that is an English word opening a sentence
                // before two more, unless it is a common given name, or it or the next is an Asian
                // surname, "Wee Kim Wee"; the two are tried on their own. Mid-sentence the run stays
                // whole: "Minister of Mines Patrick Chitambala said" would lose the name.)
                !(run.count == 3 && (lexicons.commonWords.contains(first)
                    || (first.sentenceInitial && lexicons.surnameWords.contains(first)
                        && (lexicons.givenNames[first] ?? 0) < 300 && !lexicons.asianSurnames.contains(first)
                        && !lexicons.asianSurnames.contains(tokens[run.lowerBound + 1])))),
                !(run.count == 2 && lexicons.commonWords.contains(first) && (lexicons.givenNames[first] ?? 0) < 300
                    && !lexicons.rareGivenNames.contains(first)
                    && (lexicons.commonWords.contains(last) || lexicons.surnameWords.contains(last) || lexicons.shortWords.contains(last))),
                !(run.count == 2 && Self.labelNouns.contains(first)),
                // ("Bayern Munich also said it would", "Balfour Beatty said they": a body; "Steny Hoyer
                // called it a ploy", "Reihan Salam says their idea", "Karl Rove says it's" are people.)
                !verbAfter || verbBefore || (lexicons.givenNames[first] ?? 0) >= 300 || !saidItOrThey(run.upperBound, tokens)
            {
                return PersonCandidate(tokens: run, cue: "reporting verb")
            }
            // "Prabowo Subianto was sworn in", "Mamuka Bakhtadze resigned": what befalls only a person.
            if run.count <= 3, !wordLast, !townLast, first.isCapitalised, !first.isAllCaps, !titleCase,
                !lexicons.commonWords.contains(first), !lexicons.shortWords.contains(first), lexicons.places[first] == nil,
                !(run.count == 2 && Self.labelNouns.contains(first)), let deed = personsDeed(after: run.upperBound, tokens)
            {
                return PersonCandidate(tokens: run, cue: "\"\(deed)\" after the name")
            }
            // "C. Lewis", "J.K. Rowling": initials before a capitalised word.
            // ("U.N. Interim Force", "S. Korean": an abbreviation before a word or a demonym; "the
            // U.N. Susan Rice", a body's initials. A state's are a person's too: "C.T. Vivian".)
            if first.text.count >= 2, first.text.hasSuffix("."), first.text.count <= 4,
                lexicons.shortCodes[first.text] == nil, !Self.dottedBodies.contains(first.text), !last.text.hasSuffix("."),
                // ("U. S. Air Force", "U.S Air Force": a country's short form written with a space,
                // or without its last dot.)
                case let joined = first.text + tokens.text(at: run.lowerBound + 1),
                lexicons.shortCodes[joined] == nil, lexicons.shortCodes[joined + "."] == nil,
                run.lowerBound == 0 || lexicons.shortCodes[tokens.text(at: run.lowerBound - 1) + first.text] == nil,
                !lexicons.commonWords.contains(last), !isCountryWord(last.key),
                // ("Chairman Dave Camp, R. Mich.": a party and a state.)
                !(run.count == 2 && Self.partyInitials.contains(first) && Dateline.regionCode([last]) == "US"),
                // ("Martinsburg, W.Va.": a state's abbreviation.)
                Dateline.regionCode(tokens[run]) == nil
            {
                return PersonCandidate(tokens: run, cue: "initials")
            }
            // Cues around a short run: results lines, ages, titles in apposition, bylines, commas.
            if run.count <= 3, let cue = cueAround(run, tokens, wordLast: wordLast, townLast: townLast) {
                return PersonCandidate(tokens: run, cue: cue)
            }
            // "Emmanuel Macron and Angela Merkel met", "Critics of Karl Rove and Newt Gingrich": a
            // common given name and an English word, joined by "and" or "or" to a name no word is.
            if run.count == 2, wordLast, (lexicons.givenNames[first] ?? 0) >= 2000, coordinatedWithName(run, tokens) {
                return PersonCandidate(tokens: run, cue: "and + a full name")
            }
            if lexicons.givenNames[first] != nil, wordLast { return reject(Self.englishWordLast) }
            if lexicons.givenNames[first] != nil, townLast { return reject("a rare given name before a town: a club") }
            return reject(Self.noCue)
        }
        // One word: "Bureau" (of "Census Bureau"), "Co".
        if Self.thingNouns.contains(first) { return nil }
        // "CANADIAN BANKER SAYS", "STUDY SAYS": in capitals a common word alone is the word (a
        // headline's "BAKER SAYS" is still James Baker when the article names him: see EntityTagger).
        if first.isAllCaps, lexicons.commonWords.contains(first) || lexicons.surnameWords.contains(first),
            titles[run.lowerBound] == nil
        {
            return reject("a common word in capitals")
        }
        // "the Dole campaign", "the Obama administration", "Dole aides said": a surname before a
        // politician's campaign, government or staff is the politician (even after "the").
        // (Not "the Brady Campaign", an organisation; not "Senior aides" opening a sentence; not a
        // town's "Richmond campaign office".)
        // (Nor the end of a longer name whose first word is a stop word: "West Wing aides".)
        if run.upperBound < tokens.count, Self.politiciansNouns.contains(tokens.text(at: run.upperBound)), !first.isAllCaps,
            !(run.lowerBound > 0 && tokens.kind(at: run.lowerBound - 1) == .word && tokens.isCapitalised(at: run.lowerBound - 1)
                && !tokens.sentenceInitial(at: run.lowerBound - 1) && !Self.determiners.contains(tokens[run.lowerBound - 1])),
            !titleCase, lexicons.surnames.contains(first) || lexicons.asianSurnames.contains(first),
            !(first.sentenceInitial && lexicons.surnameWords.contains(first)),
            lexicons.places[first] == nil, placeAt(run.lowerBound, tokens) == nil,
            !lexicons.commonWords.contains(first), !isCountryWord(first.key), titles[run.lowerBound] == nil
        {
            return PersonCandidate(tokens: run, cue: "surname before \"\(tokens.text(at: run.upperBound))\"")
        }
        // "the Obama administration", "the Erdogan presidency": a name no surname list holds, before
        // a leader's administration or presidency in lower case ("the Drug Enforcement Administration"
        // is a body), is the leader. (Not a ticket, "the Obama-Biden administration"; not an
        // adjective, "a Clintonian presidency", "the Kurdish administration"; "Top" and other words
        // too short for the common-word list.)
        if run.upperBound < tokens.count, Self.leadersNouns.contains(tokens.text(at: run.upperBound)), !first.isAllCaps,
            !titleCase, !first.sentenceInitial, first.key.count >= 4, !first.hasHyphen,
            !Self.adjectiveEndings.contains(where: first.key.hasSuffix),
            lexicons.places[first] == nil, placeAt(run.lowerBound, tokens) == nil,
            !lexicons.commonWords.contains(first), !lexicons.surnameWords.contains(first), !isCountryWord(first.key),
            titles[run.lowerBound] == nil, !Self.partyNames.contains(first)
        {
            return PersonCandidate(tokens: run, cue: "name before \"\(tokens.text(at: run.upperBound))\"")
        }
        // "one U.S. Banker said", "the Board said": after a determiner, a capitalised word is a noun.
        var k = run.lowerBound - 1
        while k >= 0, lexicons.shortCodes[tokens.text(at: k)] != nil || isCountryWord(tokens.key(at: k)) { k -= 1 }
        // ("A leading U.S. Banker said")
        if k >= 1, Self.adjectivesBeforeNoun.contains(tokens[k]), Self.determiners.contains(tokens[k - 1]) { k -= 1 }
        if k >= 0, Self.determiners.contains(tokens[k]) { return reject("a noun after a determiner") }
        // "Lentini, 27, joined Atalanta": a surname with an age; so is a word no list holds
        // ("Tinubu, 70, is a former Lagos governor").
        // (Not a noun opening a sentence or a headline: "Man, 45, charged in shooting".)
        // ("Nicholas, the 17-year-old": not a common given name in apposition, which a full name's
        // given name alone is; nor a word after a capitalised one, "Will Barger, a 32-year-old",
        // which joins it where the surname comes again; nor after "of", "president of Rekluse, a
        // 10-year-old manufacturer".)
        let ageCue = hasAge(after: run, tokens) ? "age after the name"
            : hasAgeInApposition(after: run, tokens) && (lexicons.givenNames[first] ?? 0) < 300
                && !(run.lowerBound > 0 && tokens.kind(at: run.lowerBound - 1) == .word
                    && (tokens.isCapitalised(at: run.lowerBound - 1) || tokens.key(at: run.lowerBound - 1) == "of"))
                ? "age in apposition" : nil
        if let ageCue, lexicons.surnames.contains(first) || unlistedWord(first),
            lexicons.places[first] == nil, !first.isAllCaps,
            !(run.count == 1 && (first.sentenceInitial || titleCase) && (lexicons.shortWords.contains(first) || lexicons.commonWords.contains(first)))
        {
            return PersonCandidate(tokens: run, cue: ageCue)
        }
        // "said Eagles owner Jeffrey Lurie", "the Bulls": the plural of an English word that is also
        // a rare surname names a team.
        if lexicons.surnameWords.contains(first), first.key.hasSuffix("s"), titles[run.lowerBound] == nil,
            case let singular = String(first.key.dropLast()),
            lexicons.commonWords.contains(singular) || lexicons.surnameWords.contains(singular)
        {
            return reject("a plural: a team")
        }
        // "Pettite (19-7) allowed two", "Aunger (41st min, pen)", "(Becerril 46th)": a scorer's minute
        // or a pitcher's record after a surname-shaped word.
        if !first.isAllCaps, lexicons.places[first] == nil, !lexicons.commonWords.contains(first),
            !lexicons.surnameWords.contains(first), sportsMark(after: run, tokens)
        {
            return PersonCandidate(tokens: run, cue: "results line")
        }
        // "Rodman grabbed 15 rebounds", "Olajuwon had 30 points": a surname or a word no list holds,
        // before a player's count of a deed only a player has (a side scores goals and runs too).
        // (Or a given name used fewer than 2,000 times: "Olajuwon", 574 in the US lists.)
        if !first.isAllCaps, !titleCase,
            lexicons.surnames.contains(first) || unlistedWord(first) || lexicons.rareGivenNames.contains(first)
                || (lexicons.givenNames[first] ?? Int.max) < 2000,
            lexicons.places[first] == nil, !lexicons.commonWords.contains(first), !lexicons.surnameWords.contains(first),
            playersCount(after: run.upperBound, tokens) || cricketFigures(after: run.upperBound, tokens)
        {
            return PersonCandidate(tokens: run, cue: "a player's count")
        }
        // One word: a surname next to a reporting verb ("Ericsson said it ..." is a company).
        // (Not an English word that is only a rare surname in a headline in title case, where case
        // says nothing, unless the article capitalises it inside a sentence too: "His Lawyer Says",
        // "Health Care Law, Study Says"; "Tester Says" stays Jon Tester where "said Tester" follows.
        // Opening a sentence, "Trump told reporters" is as often the only mention as "Lawyer says".)
        let pronoun = verbAfter ? pronounAfterVerb(run.upperBound, tokens) : nil
        // ("Lee Edwards of Heritage says": the name before "of" speaks, for the body after it.)
        let bodyOfSpeaker = run.lowerBound >= 2 && tokens.key(at: run.lowerBound - 1) == "of"
            && tokens[run.lowerBound - 2].kind == .word && tokens.isCapitalised(at: run.lowerBound - 2)
            && titles[run.lowerBound - 2] == nil && !lexicons.titles.contains(tokens[run.lowerBound - 2])
        // ("told Reason", "told Slate": an English word told something is as often a medium's name;
        // "said Kerry" is the speaker.)
        let objectWord = !verbAfter && before?.key == "told"
            && (lexicons.commonWords.contains(first) || lexicons.surnameWords.contains(first))
        if verbAfter || verbBefore,
            isSurname(first),
            lexicons.places[first] == nil, pronoun != .thing, !bodyOfSpeaker, !objectWord,
            !(titleCase && lexicons.surnameWords.contains(first) && !midSentence(first.key))
        {
            return PersonCandidate(tokens: run, cue: "surname + reporting verb")
        }
        // "Ross, who holds a degree", "Ross's father": a surname before "who" (a firm is "which") or
        // before a relative's or a lawyer's noun after a possessive.
        // (Not a common given name alone, "Michelle, who", "Kelly, who", unless it is twice as often
        // a surname, "Graham, who"; nor a group, "Christians, who".)
        if !first.isAllCaps, isSurname(first),
            first.key.count >= 3, !first.key.hasSuffix("ians"),
            (lexicons.givenNames[first] ?? 0) < 2000
                || (lexicons.surnameGivenNames.contains(first) && !afterPlacePreposition(run, tokens)),
            lexicons.places[first] == nil, !lexicons.commonWords.contains(first), run.upperBound + 1 < tokens.count,
            !afterVersus(run, tokens)
        {
            let next = tokens[run.upperBound], then = tokens[run.upperBound + 1]
            if next.text == ",", then.key == "who" || then.key == "whose" {
                return PersonCandidate(tokens: run, cue: "surname before \"who\"")
            }
            if next.isPossessive, then.kind == .word, Self.kinNouns.contains(then) {
                return PersonCandidate(tokens: run, cue: "surname before \"'s \(then.text)\"")
            }
        }
        // "Klinsmann said he ...": a reporting verb followed by a personal pronoun ("Ericsson said
        // it ..." is a company).
        if verbAfter, !first.isAllCaps, lexicons.places[first] == nil, !lexicons.commonWords.contains(first),
            pronoun == .person
        {
            return PersonCandidate(tokens: run, cue: "reporting verb + he/she")
        }
        if pronoun == .thing { return reject("\"it\" or \"they\" after the verb: a company or a body") }
        return nil
    }

    /// The cue next to a run of two or three words that makes it a person, if any: results lines
    /// ("Vladimir Makovsky (35th)", "2 - Recep Cetin ,", "Scorers: Dean Saunders", "Gete Wami
    /// (Ethiopia)"), an age, a title in apposition, a byline, a name set off by commas before a
    /// reporting verb ("the speaker of parliament, Semyon Sharetsky, told Reuters").
    private func cueAround(_ run: Range<Int>, _ tokens: [Token], wordLast: Bool, townLast: Bool) -> String? {
        let s = run.lowerBound, e = run.upperBound
        let namesCountry = tokens[run].contains { isCountryWord($0.key) }
        if !namesCountry {
            let parenNumber = e + 1 < tokens.count && tokens[e].text == "(" && tokens[e + 1].text.first?.isNumber == true
                && resultInParentheses(e + 1, tokens)
            // ("April 7 - Live Hog futures": a dateline's date and dash open no list.)
            let numberedItem = s >= 2 && tokens[s - 1].text == "-" && tokens[s - 2].text.first?.isNumber == true
                && (s == 2 || tokens[s - 3].kind != .word)
            let scorerList = s >= 2 && tokens[s - 1].text == ":" && Self.listHeads.contains(tokens[s - 2])
            if parenNumber || numberedItem || scorerList || sportsMark(after: run, tokens) { return "results line" }
        }
        if hasAge(after: run, tokens) { return "age after the name" }
        // "golfers Ernie Els and Retief Goosen", "Senators Kirsten Gillibrand and Tammy Duckworth": the
        // second of two names after a title in the plural.
        if !wordLast, !townLast, !namesCountry, s >= 4, tokens[s - 1].key == "and" {
            var k = s - 2
            while k > s - 5, k > 0, tokens[k].kind == .word, tokens[k].isCapitalised, !tokens[k].isAllCaps { k -= 1 }
            if k < s - 3, tokens[k].kind == .word, !tokens[k].isAllCaps, case let plural = tokens[k].key, plural.count > 4,
                plural.hasSuffix("s"), case let title = String(plural.dropLast()), lexicons.titles.contains(title),
                !Self.styledTitles.contains(title), title != "leader"
            {
                return "after \"\(plural)\" and a name"
            }
        }
        if !wordLast, !townLast, !namesCountry, !tokens[s].isAllCaps, cricketFigures(after: e, tokens) { return "a player's figures" }
        // ("Facebook Twitter Pinterest Wilbur Ross, the 81-year-old": of three words, the first a
        // given name.)
        if !townLast, !namesCountry, run.count == 2 || (lexicons.givenNames[tokens[s]] ?? 0) >= 300 || lexicons.rareGivenNames.contains(tokens[s]),
            hasAgeInApposition(after: run, tokens)
        {
            return "age in apposition"
        }
        // "Fralen Allen, who works nearby", "Jeh Johnson, who served": a word no list holds before a
        // surname set off before "who" is a given name the lists lack.
        // (Not "whose", as firms and nations are, "Lockheed Martin, whose", unless kin follow:
        // "Khizr Khan, whose son". Not after an article or a preposition of place or of belonging,
        // "across from the Gilmor Homes, who", "Kubasek, 19, of Marshalls Creek, who", "a lobbyist
        // at Lockheed Martin, who", unless it is a relative's "of": "the aunt of Kelva Smith, who".
        // Not an adjective, "the soft-spoken Machiavellian Reid, who", nor a verb opening the
        // sentence, "Renominating Yellen, who".)
        if run.count == 2, !wordLast, !townLast, e + 2 < tokens.count, tokens[e].text == ",",
            tokens[e + 1].key == "who" || (tokens[e + 1].key == "whose" && Self.kinNouns.contains(tokens[e + 2])),
            unlistedWord(tokens[s]), !tokens[s].isAllCaps, !Self.adjectiveEndings.contains(where: tokens[s].key.hasSuffix),
            !(tokens[s].sentenceInitial && Self.verbEndings.contains(where: tokens[s].key.hasSuffix)),
            s == 0 || !Self.articles.contains(tokens[s - 1]),
            s == 0 || !Self.belongingPrepositions.contains(tokens[s - 1])
                || (tokens.key(at: s - 1) == "of" && s >= 2 && Self.relativeNouns.contains(tokens[s - 2])),
            case let last = tokens[e - 1].key, lexicons.surnames.contains(last) || lexicons.asianSurnames.contains(last)
                // ("Atiku Abubakar, who lost": or a word no list holds either, as names of traditions
                // the lists lack are; not an acronym's or a hyphen's, "Boko Haram" is rarely "who".)
                || (unlistedWord(tokens[e - 1]) && !tokens[e - 1].isAllCaps && last.count >= 4),
            lexicons.places[last] == nil, !lexicons.commonWords.contains(last)
        {
            return "surname before \"who\""
        }
        // "Frantisek Gaulieder's family home", "Kenji Goto's wife": only people have kin (a firm
        // has spokesmen and lawyers too, so those are no cue). (Not after a word of the language
        // first, "Following Kennedy's assassination", "Bounty Hunter's family", "Now Kim's", unless
        // it is a common given name too.)
        if !wordLast, !townLast, !namesCountry, e + 1 < tokens.count, tokens[e].isPossessive,
            Self.personsNouns.contains(tokens[e + 1]), !run.contains(where: { placeAt($0, tokens) != nil }),
            case let firstKey = tokens[s].key,
            !(lexicons.commonWords.contains(firstKey) || lexicons.shortWords.contains(firstKey)
                || lexicons.stopWords.contains(firstKey) || lexicons.surnameWords.contains(firstKey))
                || (lexicons.givenNames[firstKey] ?? 0) >= 2000
        {
            return "possessive + \"\(tokens[e + 1].key)\""
        }
        // "President Suharto's eldest son, Sigit Harjojudanto,", "his wife Hillary Clinton": a name
        // right after a relative.
        if !wordLast, !townLast, !namesCountry, s >= 1, case let k = tokens[s - 1].text == "," ? s - 2 : s - 1, k >= 0,
            tokens[k].kind == .word, !tokens[k].isCapitalised, Self.relativeNouns.contains(tokens[k]),
            !run.contains(where: { placeAt($0, tokens) != nil })
        {
            return "after \"\(tokens[k].key)\""
        }
        if !wordLast, !townLast, !namesCountry, let title = titleInApposition(after: run, tokens) {
            return "\"\(title)\" after the name"
        }
        if !wordLast, !townLast, !namesCountry, let title = titleBeforeCommas(run, tokens) {
            return "\"\(title)\" and a comma before the name"
        }
        if !wordLast, !namesCountry, isByline(run, tokens) { return "byline" }
        // (A surname that is an English word too, after a role: "A police spokesman, Klaas Wilting,
        // said".)
        if s > 0, tokens[s - 1].text == ",", e + 1 < tokens.count, tokens[e].text == ",",
            Self.reportingVerbs.contains(tokens[e + 1]),
            !wordLast || (run.count >= 2 && s >= 2 && !tokens[s - 2].isCapitalised && lexicons.titles.contains(tokens[s - 2])),
            !run.contains(where: { placeAt($0, tokens) != nil }), !tokens[run].contains(where: { $0.hasHyphen })
        {
            return "name in commas + reporting verb"
        }
        if e + 2 < tokens.count, tokens[e].text == "(",
            placeAt(e + 1, tokens).map({ $0.kind != .blocked }) ?? (lexicons.shortCodes[tokens[e + 1].text] != nil),
            !tokens[run].contains(where: { lexicons.places[$0.key] != nil })
        {
            return "name (country)"
        }
        return nil
    }

    /// Whether a verb of a player's deed and a count of what only a player does follow `index`:
    /// "grabbed 15 rebounds", "had 30 points and 11 rebounds", "scored 28 points".
    private func playersCount(after index: Int, _ tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, tokens[index].kind == .word, Self.playersVerbs.contains(tokens[index]) else { return false }
        let count = tokens[index + 1]
        guard count.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || Self.countWords.contains(count) else { return false }
        return Self.playersNouns.contains(tokens[index + 2])
    }
    /// Whether a cricketer's figures follow `index`: a bowler's "took three for 38", "claimed 4 for
    /// 21", or a batsman's "hit an unbeaten 87", "made 62 not out", "scored 104 runs", "struck 45
    /// off 30 balls" (a side's total is "for six", no bowler's count first).
    func cricketFigures(after index: Int, _ tokens: [Token]) -> Bool {
        func number(_ i: Int) -> Bool {
            i < tokens.count && (tokens[i].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && tokens[i].text.utf8.count <= 3
                || Self.countWords.contains(tokens[i]))
        }
        guard index + 3 < tokens.count, tokens[index].kind == .word else { return false }
        let verb = tokens[index]
        if Self.bowlersVerbs.contains(verb) {
            return number(index + 1) && tokens[index + 2].key == "for" && number(index + 3)
        }
        guard Self.battersVerbs.contains(verb) else { return false }
        var i = index + 1
        if tokens[i].key == "an", tokens[i + 1].key == "unbeaten" {
            return number(i + 2)
        }
        guard number(i) else { return false }
        i += 1
        guard i + 1 < tokens.count else { return false }
        return tokens[i].key == "runs" || (tokens[i].key == "not" && tokens[i + 1].key == "out")
            || (tokens[i].key == "off" && number(i + 1))
    }
    /// Brands that the US lists have as given names, far more often the brand in news copy.
    static let brandGivenNames: WordSet = ["apple", "sony", "lexus", "camry", "porsche", "tesla", "armani", "cartier", "dell"]
    /// Generations after "Gen" ("Gen Alpha", "Gen Xers"; a letter alone is one too: "Gen Z"). Not
    /// any word in "-ers": "Gen Myers" is a general.
    static let generations: WordSet = ["alpha", "xer", "zer", "x-er", "z-er", "xers", "zers", "x-ers", "z-ers"]
    /// Words after a hyphen that make an adjective and are surnames too ("York-born", "17-year-old").
    static let compoundEndings: Set<String> = ["born", "old", "bred", "raised", "educated", "trained"]
    /// Adverbs that open a sentence before a name: "Now Roddick faces Nadal".
    static let sentenceAdverbs: WordSet = ["now", "then", "here", "thus", "hence", "still"]
    static let bowlersVerbs: WordSet = ["took", "claimed", "grabbed", "picked"]
    static let battersVerbs: WordSet = ["hit", "made", "scored", "struck", "smashed", "compiled"]

    static let playersVerbs: WordSet = [
        "scored", "had", "grabbed", "added", "pulled", "dished", "handed", "collected", "made", "recorded", "finished",
        "contributed", "chipped", "struck", "fanned",
    ]
    static let playersNouns: WordSet = ["points", "rebounds", "assists", "steals", "blocks", "strikeouts", "birdies", "aces"]
    /// Faiths whose members are named in the plural: "Sunni Muslims", "Coptic Christians".
    static let faiths: Set<String> = [
        "muslim", "christian", "jew", "catholic", "protestant", "hindu", "sikh", "buddhist", "mormon", "evangelical",
        "arab", "shiite", "sunni", "copt", "druze", "baptist", "methodist", "lutheran", "anglican",
    ]

    /// Groups named in the plural after a capitalised word: "Tea Partiers", "Baby Boomers".
    static let groupPlurals: WordSet = [
        "partiers", "partyers", "boomers", "millennials", "kongers", "caucusers", "remainers", "brexiteers", "leavers",
        "invincibles", "dreamers",
    ]

    /// Deeds only a player does, no side: "Chipper Jones homered", "Faldo birdied the 17th".
    static let playersDeeds: WordSet = [
        "homered", "homers", "singled", "birdied", "bogeyed", "eagled", "double-bogeyed",
    ]
    static let countWords: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Whether "and" or "or" joins the run to a name of two words just before or after it, a given
    /// name used 300 times or more and a listed surname that is no English word and no place
    /// ("Angela Merkel"; not "Theresa May": "may").
    private func coordinatedWithName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        func capitalisedWord(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalised && !tokens[i].isAllCaps
        }
        func fullName(_ a: Int) -> Bool {
            capitalisedWord(a) && capitalisedWord(a + 1) && !capitalisedWord(a - 1) && !capitalisedWord(a + 2)
                && (lexicons.givenNames[tokens[a]] ?? 0) >= 300 && lexicons.surnames.contains(tokens[a + 1])
                && !lexicons.commonWords.contains(tokens[a + 1]) && lexicons.places[tokens[a + 1]] == nil
        }
        let s = run.lowerBound, e = run.upperBound
        // (Not a plural, of a word or a name: "Pillsbury Grands! Cinnamon Rolls and Sara Lee", "more
        // Donald Trumps and Roy Moores"; nor after "the" or "of": "the Scout Oath and Scout Law",
        // "Tim Daly of Michael Foods and Kenneth Bowman"; nor the end of a longer list of names:
        // "the Department of Housing and Urban Development and Rick Perry".)
        if isPluralOfWordOrName(tokens[e - 1].key) { return false }
        if s > 0, Self.determiners.contains(tokens[s - 1]) || tokens[s - 1].key == "of" || capitalisedWord(s - 1)
            || (Self.coordinators.contains(tokens[s - 1]) && capitalisedWord(s - 2) && !fullName(s - 3))
        {
            return false
        }
        if e + 2 < tokens.count, Self.coordinators.contains(tokens[e]), fullName(e + 1) { return true }
        return s >= 3 && Self.coordinators.contains(tokens[s - 1]) && fullName(s - 3)
    }
    static let coordinators: WordSet = ["and", "or"]

    /// Whether the key is an English word's or a name's plural: "wars", "foods", "trumps", "grants".
    private func isPluralOfWordOrName(_ key: String) -> Bool {
        guard key.hasSuffix("s") else { return false }
        let singular = String(key.dropLast())
        return lexicons.commonWords.contains(singular) || lexicons.shortWords.contains(singular)
            || lexicons.surnameWords.contains(singular) || lexicons.surnames.contains(singular) || lexicons.givenNames[singular] != nil
    }

    /// A finite verb right after the run ("Will Smith co-stars", "Will Smith said"), where a question
    /// would have the bare verb ("Will Iran retaliate?").
    func finiteVerbAfter(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.upperBound < tokens.count else { return false }
        let next = tokens[run.upperBound]
        guard next.kind == .word, !next.isCapitalised else { return false }
        return Self.reportingVerbs.contains(next) || next.key.hasSuffix("s") || next.key.hasSuffix("ed")
    }

    /// A minute or a win-loss record right after the run: "Gomez 86th)", "Aunger (41st min",
    /// "Pettite (19-7)".
    func sportsMark(after run: Range<Int>, _ tokens: [Token]) -> Bool {
        func ordinal(_ t: Token) -> Bool {
            let text = t.key
            guard text.utf8.count >= 3, text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return false }
            return Self.ordinalEndings.contains(String(text.suffix(2))) && text.dropLast(2).allSatisfy(\.isNumber)
        }
        func record(_ t: Token) -> Bool {
            let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
        }
        let e = run.upperBound
        guard e < tokens.count else { return false }
        if ordinal(tokens[e]) { return e + 1 >= tokens.count || Self.afterMinute.contains(tokens[e + 1]) }
        guard tokens[e].text == "(", e + 2 < tokens.count else { return false }
        if ordinal(tokens[e + 1]) { return tokens[e + 2].key != ";" && Self.afterMinute.contains(tokens[e + 2]) }
        return record(tokens[e + 1]) && tokens[e + 2].text == ")"
    }
    static let ordinalEndings: WordSet = ["st", "nd", "rd", "th"]

    /// Whether the number at `i`, after an opening parenthesis, can be a result: not a year ("Civil
    /// War (1861-65)", "Hurricane Sandy (2012)") nor a count of something named after it ("Social
    /// Security (5 percent)", "Hurricane Maria (5 tweets)"); a minute may be ("(41st min, pen)").
    private func resultInParentheses(_ i: Int, _ tokens: [Token]) -> Bool {
        // (The year opens a span of them too: "1861-65".)
        let digits = tokens[i].text.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        if digits.count == 4, let year = Int(Substring(digits)), (1800...2199).contains(year) { return false }
        guard i + 1 < tokens.count, case let next = tokens[i + 1], next.kind == .word, !next.isCapitalised else { return true }
        return Self.afterMinute.contains(next) || Self.ordinalEndings.contains(next)
    }
    static let afterMinute: WordSet = [")", ",", ";", "min", "mins", "minute"]

    /// Bylines: "By Jane Smith" opening a line; a line of just a name above a dateline ("Emese
    /// Bartha\nBUDAPEST 1996-08-30"); "-- Luli Popescu, Bucharest Newsroom" closing a story.
    private func isByline(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        func lineBreak(_ i: Int) -> Bool { i < 0 || i >= tokens.count || tokens[i].kind == .lineBreak }
        let s = run.lowerBound, e = run.upperBound
        // (Not a time's: "By Election Day, McDonald expects".)
        if s >= 1, tokens[s - 1].key == "by", lineBreak(s - 2),
            !tokens[run].contains(where: { lexicons.commonWords.contains($0) && lexicons.givenNames[$0] == nil })
        {
            return true
        }
        if s >= 2, tokens[s - 1].text == "-", tokens[s - 2].text == "-", lineBreak(s - 3), e < tokens.count,
            tokens[e].text == ","
        {
            return true
        }
        // A name alone on its line, then a dateline: a place in capitals and a date or a comma.
        guard lineBreak(s - 1), e < tokens.count, tokens[e].kind == .lineBreak, e + 1 < tokens.count,
            tokens[e + 1].kind == .word, tokens[e + 1].isAllCaps
        else { return false }
        var i = e + 1
        while i < tokens.count, i - e <= 4, tokens[i].kind == .word, tokens[i].isAllCaps { i += 1 }
        return i < tokens.count && (tokens[i].text == "," || tokens[i].text.first?.isNumber == true)
    }

    /// Whether the run follows a preposition of place or of belonging: "a mother in Reno, who",
    /// "Katie, from Richmond, who" name towns the place lists lack (they leave out those named like
    /// people).
    private func afterPlacePreposition(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        run.lowerBound > 0 && Self.belongingPrepositions.contains(tokens[run.lowerBound - 1])
    }

    /// Whether the run is the second party of a court case: "Roe v. Wade, who ...".
    private func afterVersus(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        var k = run.lowerBound - 1
        if k >= 0, tokens.text(at: k) == "." { k -= 1 }
        return k >= 0 && Self.versus.contains(tokens[k])
    }

    private static let versus: WordSet = ["v", "vs", "versus"]

    /// Nouns before a storm's name.
    static let stormNouns: WordSet = ["hurricane", "typhoon", "cyclone"]
    /// The words before "Storm" in a storm's name.
    static let stormKinds: WordSet = ["tropical", "subtropical", "post-tropical", "winter", "ice", "snow"]
    static let stormHash = WordHash.of("storm")

    /// Whether the token at `i` is the word right before a storm's name: a storm's noun, capitalised
    /// ("Hurricane Matthew"), or "Storm" after its kind ("Tropical Storm Harvey"). (By the key's hash:
    /// asked of every capitalised word of an article.)
    static func opensStormName(_ i: Int, _ tokens: [Token]) -> Bool {
        guard tokens[i].kind == .word, tokens[i].isCapitalised else { return false }
        return stormNouns.contains(tokens[i]) || (tokens[i].keyHash == stormHash && i > 0 && stormKinds.contains(tokens[i - 1]))
    }

    /// Endings of a verb's forms: "Renominating", "Returned", "Reportedly".
    private static let verbEndings = ["ing", "ed", "ly"]

    /// Prepositions before a place's or a body's name ("in Reno", "of Marshalls Creek", "at
    /// Lockheed Martin") more than before a person's (not "to", "on" or "into": "according to",
    /// "the investigation into Flynn, who").
    private static let belongingPrepositions: WordSet = ["at", "in", "of", "from", "near", "across", "outside"]

    /// Articles and other words that go only before a noun ("that" also opens a clause).
    private static let articles: WordSet = ["a", "an", "the", "this", "these", "those", "every", "each", "another"]

    /// A capitalised word that no list of words, names or places holds: "Tinubu".
    private func unlistedWord(_ token: Token) -> Bool {
        token.isCapitalised && token.key.count >= 3 && !token.hasHyphen && isUnlisted(token.key)
            && !lexicons.shortWords.contains(token)
    }

    /// Whether no list of given names, English words of four letters or more, titles or places holds
    /// the key (the surname lists and the short words are the caller's to ask: "Ban" of "Ban
    /// Ki-moon" is a short English word).
    func isUnlisted(_ key: String) -> Bool {
        lexicons.givenNames[key] == nil && !lexicons.rareGivenNames.contains(key) && !lexicons.surnameWords.contains(key)
            && !lexicons.commonWords.contains(key) && !lexicons.stopWords.contains(key)
            && !lexicons.titles.contains(key) && lexicons.places[key] == nil && lexicons.datelinePlaces[key] == nil
            && !isCountryWord(key)
    }

    /// "François-Philippe", "Hans-Joachim", "Marie-Claude": two given names joined by a hyphen, each
    /// capitalised, make a given name the lists lack. (Not "Harley-Davidson", "Mercedes-Benz": one
    /// half is no given name; not "McCain-Sarah Palin", "Manila-Hong Kong", "Israel-Sunni Arab",
    /// "Phillips-Van Heusen": a half with a capital inside, a place's or a particle is no given name's.)
    func isGivenNamePair(_ token: Token) -> Bool {
        guard token.hasHyphen, let hyphen = token.text.firstIndex(of: "-") else { return false }
        // ("Wilkes-Barre": a town's.)
        guard lexicons.places[token] == nil, lexicons.datelinePlaces[token] == nil, !lexicons.towns.contains(token) else { return false }
        let halves = [token.text[..<hyphen], token.text[token.text.index(after: hyphen)...]]
        return halves.allSatisfy { half in
            guard half.count >= 2, half.first?.isUppercase == true, !half.contains("-"),
                !half.dropFirst().contains(where: \.isUppercase)
            else { return false }
            let key = half.lowercased()
            guard lexicons.places[key] == nil, !isCountryWord(key), !Self.particles.contains(key) else { return false }
            return (lexicons.givenNames[key] ?? 0) >= 300 || lexicons.rareGivenNames.contains(key)
        }
    }

    /// "Zohran Mamdani, a 34-year-old democratic socialist,": an age in apposition after the name,
    /// which a firm's ("Ford Motor, a 120-year-old company") is not.
    /// (Not after a preposition of place, an article or a possessive, "Further down Hyde, a 36-year-old man
    /// sat", "Outside the city's Royal Infirmary, a 17-year-old girl"; not before "the" and a name,
    /// "In an interview with McClatchy, the 78-year-old Clyburn pledged".)
    func hasAgeInApposition(after run: Range<Int>, _ tokens: [Token]) -> Bool {
        let e = run.upperBound
        guard e + 3 < tokens.count, tokens[e].text == ",", Self.ageArticles.contains(tokens[e + 1]) else { return false }
        if run.lowerBound > 0, Self.wherePrepositions.contains(tokens[run.lowerBound - 1]) || tokens[run.lowerBound - 1].isPossessive {
            return false
        }
        let age = tokens[e + 2].key
        guard age.hasSuffix("-year-old"), let years = Int(age.dropLast(9)), (1...110).contains(years) else { return false }
        let noun = tokens[e + 3]
        guard noun.kind == .word else { return true }
        if tokens[e + 1].key == "the", noun.isCapitalised { return false }
        return !Self.thingNouns.contains(noun) && !Self.agedThings.contains(noun)
    }
    static let ageArticles: WordSet = ["a", "an", "the"]
    /// Before a place's name, where an age after it is no person's: `placePrepositionWords` and
    /// those of a way ("Further down Hyde"), not "to" or "from" ("spoke to Jane Doe, a 45-year-old").
    static let wherePrepositions = WordSet(
        placePrepositionWords.filter { $0 != "to" && $0 != "from" }
            + ["down", "up", "along", "past", "toward", "towards", "beyond", "behind", "around"])
    /// What else has an age in years: firms, bodies, buildings, laws, customs.
    static let agedThings: WordSet = [
        "company", "firm", "business", "brand", "chain", "bank", "carmaker", "retailer", "newspaper", "magazine",
        "manufacturer", "maker", "producer", "startup", "start-up", "supplier", "publisher", "network", "station",
        "organization", "organisation", "institution", "charity", "tradition", "law", "ban", "rule", "treaty",
        "building", "house", "home", "church", "mosque", "temple", "bridge", "tree", "dam", "ship", "vessel", "plane",
        "aircraft", "jet", "car", "truck", "reactor", "plant", "mine", "restaurant", "store", "shop", "hotel",
        "practice", "policy", "program", "programme", "conflict", "war", "dispute", "feud", "mystery", "case",
        "record", "song", "film", "movie", "show", "series", "franchise", "team", "club", "league", "party",
    ]

    /// "Jeerasak Densakul, 24, was arrested", "Severine Potty, 19 -- were": an age set off by a comma
    /// right after the run.
    func hasAge(after run: Range<Int>, _ tokens: [Token]) -> Bool {
        let e = run.upperBound
        guard e + 2 < tokens.count, tokens[e].text == ",", Self.afterAge.contains(tokens[e + 2].text) else { return false }
        guard let age = Int(tokens[e + 1].text) else { return false }
        return (14...110).contains(age)
    }

    /// "Constand Viljoen, leader of the Freedom Front", "Hla Than, an elected member of parliament":
    /// a title in apposition after a comma, past an article and at most one other word. The title.
    private func titleInApposition(after run: Range<Int>, _ tokens: [Token]) -> String? {
        var i = run.upperBound
        guard i + 1 < tokens.count, tokens[i].text == "," else { return nil }
        i += 1
        if Self.appositionArticles.contains(tokens[i]) { i += 1 }
        for _ in 0..<2 where i < tokens.count && tokens[i].kind == .word && !tokens[i].isCapitalised {
            if appositiveTitle(tokens[i]) {
                // ("Long before Election Day, political scientist Jennifer Lawless", "chief of staff,
                // Reince Priebus, policy adviser Stephen Miller": a title before a name is that name's,
                // unless a later one is the name's in apposition, "Shealah Craighead, the chief White
                // House photographer", or a relative's, "Nelba Márquez-Greene, whose daughter Ana".)
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalised { j += 1 }
                if j > i + 1, tokens.key(at: i - 1) != "whose" {
                    return j < tokens.count && tokens[j].kind == .word && appositiveTitle(tokens[j]) ? tokens[j].key : nil
                }
                return tokens[i].key
            }
            i += 1
        }
        return nil
    }

    /// "his chief of staff, Reince Priebus,", "the majority leader, Mitch McConnell, and": a name set
    /// off by commas after a title in lower case (or a title "of" a word). The title.
    private func titleBeforeCommas(_ run: Range<Int>, _ tokens: [Token]) -> String? {
        let s = run.lowerBound, e = run.upperBound
        guard s >= 2, e < tokens.count, tokens[e].text == ",", tokens[s - 1].text == "," else { return nil }
        if tokens[s - 2].kind == .word, appositiveTitle(tokens[s - 2]) { return tokens[s - 2].key }
        if s >= 4, tokens[s - 2].kind == .word, !tokens[s - 2].isCapitalised, tokens[s - 3].key == "of",
            tokens[s - 4].kind == .word, appositiveTitle(tokens[s - 4])
        {
            return tokens[s - 4].key
        }
        return nil
    }

    private func appositiveTitle(_ token: Token) -> Bool {
        !token.isCapitalised && lexicons.titles.contains(token) && token.key.count > 3 && !lexicons.abbreviatedTitles.contains(token)
    }

    /// Names given to things: a firm ("Bear Stearns & Co"), a facility ("Charles de Gaulle
    /// airport"), a ship ("the aircraft carrier Carl Vinson"), a work in quotes ("Michael Collins",
    /// the film).
    private func namesAThing(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        let after = run.upperBound < tokens.count ? tokens[run.upperBound] : nil
        if after?.text == "&" { return true }
        if let after, after.kind == .word, !after.isCapitalised, Self.facilityNouns.contains(after) { return true }
        let before = run.lowerBound > 0 ? tokens[run.lowerBound - 1] : nil
        if let before, before.kind == .word, Self.vesselNouns.contains(before) { return true }
        if let before, before.kind == .word, !before.isCapitalised, Self.workNouns.contains(before),
            after.map({ !Self.creationVerbs.contains($0) }) ?? true
        {
            return true
        }
        if let before, let after, Self.quoteMarks.contains(before.text), Self.quoteMarks.contains(after.text), run.count >= 2 {
            return true
        }
        return false
    }

    /// Words of firms' and bodies' names in French, Italian and Spanish, never of a person's.
    static let foreignFirmWords: WordSet = [
        "nationale", "nazionale", "nacional", "generale", "generali", "francaise", "française", "cie", "compagnie",
        "banque", "banca", "banco", "societe", "société", "societa", "società", "industrie", "credito", "caisse",
        "groupe", "gruppo", "financiere", "financière", "assicurazioni", "regie", "régie", "commerce", "exterieur",
        "extérieur", "electricite", "électricité", "compania", "compañía", "sociedad", "aktiengesellschaft",
        "commerciale", "italiana",
    ]

    /// Nouns in lower case after a name that make it a thing's named after a person: a facility's
    /// ("Charles de Gaulle airport"), a prize's, a drink's ("a Molotov cocktail").
    static let facilityNouns: WordSet = [
        "airport", "stadium", "arena", "bridge", "hospital", "avenue", "boulevard", "highway", "tunnel", "dam",
        "airfield", "racecourse", "museum", "library", "foundation", "institute", "prize", "award", "trophy",
        "hotel", "theatre", "theater", "cathedral", "mosque", "cocktail", "cocktails",
    ]
    /// Nouns of works before their titles: "the abortion drama Vera Drake", "his novel Jonathan
    /// Strange" (not "play", a verb as often: "to play Tom Brady").
    static let workNouns: WordSet = [
        "film", "films", "movie", "movies", "drama", "documentary", "musical", "novel", "novels", "sitcom", "biopic",
        "opera", "album", "thriller", "comedy", "miniseries", "song", "cartoon",
    ]
    /// Verbs of a work's maker after a name ("the film Steven Spielberg directed": the film is not
    /// his name), and auxiliaries that open such a clause ("the biopic Steven Spielberg is slated to
    /// produce"; this lets "the film Vera Drake is nominated" through as a person, the price of it).
    static let creationVerbs: WordSet = [
        "directed", "produced", "wrote", "made", "filmed", "released", "adapted", "created", "composed", "recorded",
        "penned", "starred", "financed", "funded", "narrated", "is", "was", "will",
    ]
    static let contractions = ["'ve", "'re", "'ll", "'m", "'d", "n't", "\u{2019}ve", "\u{2019}re", "\u{2019}ll", "\u{2019}m", "\u{2019}d", "n\u{2019}t"]
    static let afterAge: WordSet = [",", "-", ";", ")"]
    private static let relatives = [
        "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister",
        "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "cousin",
        "stepfather", "stepmother", "stepson", "stepdaughter", "fiance", "fiancee", "fiancé", "fiancée",
        "girlfriend", "boyfriend",
    ]
    /// Relatives, before a name: "his son, Sigit Harjojudanto".
    static let relativeNouns = WordSet(relatives)
    /// Kin and what only a person has, after the possessive of a name of two or three words (the
    /// one-word surname rule's `kinNouns` also has lawyers, which firms have too).
    static let personsNouns = WordSet(relatives + [
        "ex-wife", "ex-husband", "sons", "daughters", "parents", "brothers", "sisters", "children", "family",
        "grandchildren", "mistress", "funeral", "burial", "grave", "autopsy", "assassination", "assassin",
        "killer", "killers", "murder", "biographer", "bodyguard", "bodyguards",
    ])
    static let appositionArticles: WordSet = ["a", "an", "the", "its", "his", "her"]
    static let possessiveDeterminers: WordSet = ["his", "her", "their", "my", "our", "your"]
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}"]
    static let vesselNouns: WordSet = [
        "carrier", "carriers", "ship", "ships", "vessel", "vessels", "frigate", "destroyer", "submarine", "tanker",
        "liner", "yacht", "warship", "freighter", "ferry", "cruiser", "battleship",
    ]

    /// Scorecard marks written in lower case between names: caught, bowled, stumped, leg before.
    static let scorecardMarks: WordSet = ["c", "b", "st", "lbw"]

    /// A run between scorecard marks: after "c", "b" or "st", or opening a line before one.
    func isScorecardName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        func mark(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .word && Self.scorecardMarks.contains(tokens[i].text)
        }
        let s = run.lowerBound, e = run.upperBound
        let afterMark = mark(s - 1) && tokens[s - 1].text != "lbw"
        let endsWell = e >= tokens.count || mark(e) || tokens[e].text.first?.isNumber == true
            || tokens[e].kind == .lineBreak || (tokens[e].key == "not" || tokens[e].key == "run")
        let opensLine = s == 0 || tokens[s - 1].kind == .lineBreak
        // No place, except a town's name between the marks and the runs, where only a player
        // stands: "c Germon b Vaughan 12" (a city in Ontario).
        let betweenMarks = afterMark && endsWell
        guard tokens[run].allSatisfy({ token in lexicons.places[token].map { betweenMarks && $0.kind == .city } ?? true }) else {
            return false
        }
        return betweenMarks || (opensLine && mark(e))
    }

    /// Whether `run` is one side of a match result: "Aston Villa 1 Chelsea 1", "Alba (Germany) 75
    /// Red Star (Yugoslavia) 70" — a side is capitalised words, perhaps a country in brackets, and a
    /// score; two sides in a row make a result. (Rows of a table may be joined into one line, so a
    /// result starts at a line's start or after the previous row's score.)
    func isMatchResultSide(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        func isScore(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && !tokens[i].text.isEmpty && tokens[i].text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        func isName(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalised && tokens[i].hasLetters
        }
        func opensRow(_ i: Int) -> Bool { i < 0 || tokens[i].kind == .lineBreak || isScore(i) }
        /// Past a bracketed country at `i`, if there is one there.
        func pastBrackets(_ i: Int) -> Int {
            guard i < tokens.count, tokens[i].text == "(" else { return i }
            var j = i + 1
            while j < tokens.count, j - i < 5, tokens[j].kind == .word { j += 1 }
            return j < tokens.count && tokens[j].text == ")" && j > i + 1 ? j + 1 : i
        }
        /// Where the side that starts at `i` ends (past its words and brackets), if it is one.
        func sideEnd(from i: Int) -> Int? {
            var j = i
            while isName(j), j - i < 4 { j += 1 }
            return j > i ? pastBrackets(j) : nil
        }
        /// Where the side that ends right before `i` starts, if it is one.
        func sideStart(endingBefore i: Int) -> Int? {
            var j = i - 1
            if j >= 0, tokens[j].text == ")" {
                var k = j - 1
                while k >= 0, j - k < 5, tokens[k].kind == .word { k -= 1 }
                guard k >= 0, tokens[k].text == "(", k < j - 1 else { return nil }
                j = k - 1
            }
            var k = j
            while isName(k), j - k < 4 { k -= 1 }
            return k < j ? k + 1 : nil
        }
        let scoreAfter = pastBrackets(run.upperBound)
        guard isScore(scoreAfter) else { return false }
        // The first side: the second side and its score follow.
        if opensRow(run.lowerBound - 1), let end = sideEnd(from: scoreAfter + 1), isScore(end) { return true }
        // The second side: the first side and its score come before.
        if isScore(run.lowerBound - 1), let start = sideStart(endingBefore: run.lowerBound - 1), opensRow(start - 1) {
            return true
        }
        return false
    }

    enum Pronoun { case person, thing }

    /// Endings of surnames of Slavic, Romanian, Greek, Turkish, Armenian and Georgian shape.
    static let surnameEndings = [
        "ovic", "ović", "evic", "ević", "ov", "ova", "ev", "eva", "sky", "skiy", "ski", "ska", "enko", "escu",
        "opoulos", "oglu", "oğlu", "yan", "shvili", "adze", "idze", "czyk", "wicz",
    ]

    /// Whether a word (lower case) ends like a surname of `surnameEndings`, with a stem of three
    /// letters or more.
    static func hasSurnameShape(_ key: String) -> Bool {
        // (Compared as bytes: it is asked of many words, and `String.hasSuffix` cost `tag` 2% more
        // instructions.)
        key.utf8.withContiguousStorageIfAvailable { bytes in
            surnameEndingBytes.contains { ending in
                bytes.count >= ending.count + 3 && bytes[(bytes.count - ending.count)...].elementsEqual(ending)
            }
        } ?? false
    }
    private static let surnameEndingBytes = surnameEndings.map { Array($0.utf8) }

    /// Whether a word is a surname written with a Romance prefix and a capital after it, then lower
    /// case: "DeShields", "DiMaggio", "LaHood", "LeGrier", "DuBose". (Not "Mc" and "Mac": the lists
    /// hold their names, and what else takes the shape is firms and places, "Ackerman McQueen",
    /// "Claremont McKenna", or a name after a word no list holds, "Getty McCain".)
    static func hasPrefixedSurnameShape(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard text.utf8.count >= 5, let d = bytes.next(), let vowel = bytes.next(), let capital = bytes.next(),
            d == UInt8(ascii: "D") && "eiau".utf8.contains(vowel) || d == UInt8(ascii: "L") && "ae".utf8.contains(vowel),
            capital >= 0x41 && capital <= 0x5A
        else { return false }
        while let b = bytes.next() { if b < 0x61 || b > 0x7A { return false } }
        return true
    }

    /// Words between a speaker's name and the reporting verb: "Mamata Banerjee also spoke",
    /// "Blackwell further called".
    static let verbAdverbs: WordSet = [
        "also", "later", "then", "further", "previously", "recently", "once", "again", "repeatedly", "earlier",
        "separately", "publicly", "privately", "reportedly",
    ]

    /// "said it", "says they": a body's statement, the verb after `index` (directly or after an
    /// adverb) followed by "it" or "they" as the subject of what was said.
    func saidItOrThey(_ index: Int, _ tokens: [Token]) -> Bool {
        guard let i = reportingVerbIndex(after: index, tokens), tokens[i].key == "said" || tokens[i].key == "says",
            i + 1 < tokens.count
        else { return false }
        let next = tokens[i + 1].key
        return next == "it" || next == "they" || Self.itsOwn(at: i + 1, tokens)
    }

    /// Whether "its", "in its" or "on its" stands at `index`: what a body says of its own after a
    /// reporting verb ("Comissaria Smith said in its weekly review", "Honeywell Bull said its").
    static func itsOwn(at index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count else { return false }
        let key = tokens[index].key
        return key == "its" || ((key == "in" || key == "on") && index + 1 < tokens.count && tokens[index + 1].key == "its")
    }

    /// Whether "of", a body's capitalised name (after "the" or not) and a reporting verb follow
    /// `run`: "of Alphabet said", "of the Trinamool Congress also spoke".
    func verbAfterBody(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        var i = run.upperBound
        guard i + 1 < tokens.count, tokens[i].key == "of" else { return false }
        i += 1
        if tokens[i].key == "the" { i += 1 }
        var words = 0
        while i < tokens.count, words < 4, tokens[i].kind == .word, tokens[i].isCapitalised {
            i += 1
            words += 1
        }
        return words > 0 && reportingVerbIndex(after: i, tokens) != nil
    }

    /// Verbs of what befalls only a person: "was sworn in", "was born", "died", "resigned".
    static let personsVerbs: WordSet = ["died", "resigned"]
    static let personsPassives: WordSet = [
        "born", "sworn", "arrested", "jailed", "sentenced", "convicted", "indicted", "acquitted", "hospitalized",
        "hospitalised", "knighted", "married", "buried", "assassinated", "executed", "kidnapped", "murdered",
    ]

    /// The verb of what befalls only a person at `index` ("died", "was sworn"), if any.
    func personsDeed(after index: Int, _ tokens: [Token]) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        if Self.personsVerbs.contains(tokens[index]) { return tokens[index].key }
        guard tokens[index].key == "was" || tokens[index].key == "is", index + 1 < tokens.count,
            tokens[index + 1].kind == .word, Self.personsPassives.contains(tokens[index + 1])
        else { return nil }
        return tokens[index].key + " " + tokens[index + 1].key
    }

    /// A surname of the US lists or a family name written first, or a word no list holds of a
    /// surname's shape ("Levrentyeva's colleagues", "Medvedev said"). (Not one with a capital inside,
    /// "YouGov said", nor in "-yan" alone: "Typhoon Haiyan ... Haiyan's winds".)
    func isSurname(_ token: Token) -> Bool {
        lexicons.surnames.contains(token) || lexicons.asianSurnames.contains(token)
            || (Self.hasSurnameShape(token.key) && !token.key.hasSuffix("yan") && unlistedWord(token)
                && !token.text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase })
    }

    /// The reporting verb that is the next word after `index`, directly or after an adverb.
    func reportingVerbIndex(after index: Int, _ tokens: [Token]) -> Int? {
        guard let i = nextWordIndex(index, tokens) else { return nil }
        if Self.reportingVerbs.contains(tokens[i]) { return i }
        guard Self.verbAdverbs.contains(tokens[i]), i + 1 < tokens.count, tokens[i + 1].kind == .word,
            Self.reportingVerbs.contains(tokens[i + 1])
        else { return nil }
        return i + 1
    }

    /// The pronoun after the reporting verb that is the next word after `index` (directly or after
    /// "that"): he or she for a person, it or they for a company or a body.
    func pronounAfterVerb(_ index: Int, _ tokens: [Token]) -> Pronoun? {
        guard let i = reportingVerbIndex(after: index, tokens) else { return nil }
        for j in (i + 1)..<min(i + 3, tokens.count) {
            switch tokens[j].key {
            case "he", "she", "his", "her": return .person
            case "it", "its", "they", "their": return .thing
            case "that", "on", "last", "yesterday": continue
            // ("Geogia Power said in its filing": a firm's own.)
            case "in": return j + 1 < tokens.count && tokens[j + 1].key == "its" ? .thing : nil
            default: return nil
            }
        }
        return nil
    }

    /// A country's name, alias or demonym, a capital or a state: never a person's name part.
    func isCountryWord(_ key: String) -> Bool {
        guard let place = lexicons.places[key] else { return false }
        return place.kind != .city && place.kind != .blocked
    }

    /// A capital's name as a given name ("Paris Hilton launched", "Sofia Coppola's film"): before
    /// a surname of the US lists, where the city could not stand: not after a preposition, an
    /// article, a number, a comma or a bracket ("From London Romney will travel", "the 2015 Paris
    /// Deal", "Bank NA, London Branch", "Lavoro (London Branch)"), nor before a number or a word in
    /// lower case that is no verb ("Paris Gold 8.5 (8.9)", "London Brent crude closed").
    private func capitalGivenName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        let s = run.lowerBound, e = run.upperBound
        guard lexicons.surnames.contains(tokens[e - 1]) else { return false }
        if s > 0, case let before = tokens[s - 1],
            before.text == "," || before.text == "(" || before.text.first?.isNumber == true || Self.placePrepositions.contains(before)
                || Self.determiners.contains(before)
        {
            return false
        }
        if e < tokens.count, case let after = tokens[e], after.text.first?.isNumber == true
            || (after.kind == .word && !after.isCapitalised && !Self.verbLike(after.key))
        {
            return false
        }
        return true
    }

    /// A word in lower case that reads as a verb after a name: a reporting verb, or one in -s or -ed.
    private static func verbLike(_ key: String) -> Bool {
        reportingVerbs.contains(key) || key.hasSuffix("ed") || key.hasSuffix("s")
    }

    /// "Chad Ogea", "Jordan Spieth", "Israel Katz": a country's or a state's name that is a very
    /// common given name, before one surname-shaped word: capitalised, no English word, place or body's
    /// noun ("Jordan Valley", "India Today", "Israel Aerospace"). A capital's name only before a
    /// surname of the US lists: "Paris Hilton", not "Paris Bourse" or "Paris Saint-Germain".
    func countryGivenName(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        guard run.count == 2 else { return false }
        let first = tokens[run.lowerBound]
        let last = tokens[run.upperBound - 1]
        guard first.isCapitalised, !first.isAllCaps, (lexicons.givenNames[first] ?? 0) >= 20_000,
            let kind = lexicons.places[first]?.kind, kind == .country || kind == .alias || kind == .capital || kind == .state || kind == .stateAmbiguous,
            isNamePart(last), !last.isAllCaps, !last.text.hasSuffix(".")
        else { return false }
        if kind == .capital, !capitalGivenName(run, tokens) { return false }
        return !lexicons.commonWords.contains(last) && !lexicons.surnameWords.contains(last)
            && lexicons.places[last] == nil && !Self.thingNouns.contains(last)
    }

    func placeAt(_ index: Int, _ tokens: [Token]) -> Lexicons.Place? {
        var key = ""
        var best: Lexicons.Place?
        for length in 1...lexicons.longestPlace where index + length <= tokens.count {
            key = length == 1 ? tokens[index].key : key + " " + tokens[index + length - 1].key
            // (One word is looked up with the hash its token keeps.)
            if !(length == 1 ? lexicons.placePrefixes.contains(tokens[index]) : lexicons.placePrefixes.contains(key)) { break }
            if let place = length == 1 ? lexicons.places[tokens[index]] : lexicons.places[key], place.kind != .blocked || length > 1 {
                best = place
            }
        }
        return best
    }

    func nextWord(_ index: Int, _ tokens: [Token]) -> Token? { nextWordIndex(index, tokens).map { tokens[$0] } }

    /// The next word at or after `index`, across a possessive "'s" only.
    func nextWordIndex(_ index: Int, _ tokens: [Token]) -> Int? {
        var i = index
        while i < tokens.count {
            if tokens[i].kind == .word { return i }
            if tokens[i].isPossessive { i += 1; continue }
            return nil
        }
        return nil
    }

    func previousWord(_ index: Int, _ tokens: [Token]) -> Token? {
        var i = index - 1
        while i >= 0 {
            if tokens[i].kind == .word { return tokens[i] }
            if tokens[i].text == "," { i -= 1; continue }
            return nil
        }
        return nil
    }
}
