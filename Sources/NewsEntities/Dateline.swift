import Foundation

/// The dateline that opens wire copy: "SALVADOR, Feb 26 -", "GREENWICH, Conn., March 3 -",
/// "BEIJING (Reuters) -". Its place says where the story was filed, which news archives (and
/// Reuters' own PLACES codes) treat as one of the story's countries; a US state or Canadian
/// province abbreviation after a small town is enough to know the country.
struct Dateline {
    var place: Range<Int>
    var region: Range<Int>?

    /// The dateline's tokens: the place and its region, if any.
    var span: Range<Int> { place.lowerBound..<(region ?? place).upperBound }

    static let months: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    /// AP-style abbreviations and short names of US states and Canadian provinces, dots removed.
    static let regions: [String: String] = {
        var table: [String: String] = [:]
        for us in ["ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
                   "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "nh", "nj",
                   "nm", "ny", "nc", "nd", "okla", "ore", "pa", "penn", "ri", "sc", "sd", "tenn", "tex", "vt", "va",
                   "wash", "wva", "wis", "wisc", "wyo", "dc", "me", "ohio", "iowa", "utah", "idaho", "maine", "alaska",
                   "hawaii", "texas"]
        {
            table[us] = "US"
        }
        // The postal codes too ("NORTH DIGHTON, MA.", "CLARINDA, Ia."): after a town and its comma
        // they are no words.
        for us in ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "mi", "mn",
                   "ms", "mt", "ne", "nv", "oh", "ok", "or", "tn", "tx", "ut", "wa", "wv", "wi", "wy", "ma"]
        {
            table[us] = "US"
        }
        for ca in ["alta", "bc", "ont", "que", "man", "sask", "ns", "nb", "nfld", "pei"] { table[ca] = "CA" }
        return table
    }()

    /// The country of a US state's or Canadian province's abbreviation written over `tokens`
    /// ("Conn .", "N.J.", "MISS ."), dots left out.
    static func regionCode(_ tokens: some Collection<Token>) -> String? {
        regions[tokens.map(\.key).joined().replacingOccurrences(of: ".", with: "")]
    }

    /// The dateline opening the text, or opening its second line when the first is a headline in
    /// capitals ("EASTGROUP PROPERTIES DIVIDEND\n    JACKSON, MISS., May 20").
    static func find(_ tokens: [Token]) -> Dateline? {
        var i = 0
        while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
        if let dateline = find(tokens, at: i) { return dateline }
        var headline = false
        while i < tokens.count, tokens[i].kind != .lineBreak {
            // (A capital letter alone is in capitals: "E AND B MARINE".)
            if tokens[i].kind == .word, !tokens[i].isAllCaps, tokens[i].hasLetters,
                !(tokens[i].text.count == 1 && tokens[i].isCapitalised)
            {
                return nil
            }
            headline = headline || tokens[i].kind == .word
            i += 1
        }
        while i < tokens.count, tokens[i].kind == .lineBreak { i += 1 }
        return headline ? find(tokens, at: i) : nil
    }

    private static func find(_ tokens: [Token], at first: Int) -> Dateline? {
        var i = first
        let start = i
        // The place: capitalised words, up to four, with abbreviations' dots ("ST. LOUIS", "FT. LAUDERDALE").
        var words = 0
        while i < tokens.count, words < 4 {
            // ("JOHANNESBURG March 13 -": the date may follow the place without a comma.)
            if words > 0, months.contains(tokens[i].key.trimmingDot), i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].hasLetters {
                break
            }
            if tokens[i].kind == .word, tokens[i].isCapitalised {
                words += 1
            } else if tokens[i].text == ".", i > start, tokens[i - 1].text.count <= 3, i + 1 < tokens.count,
                tokens[i + 1].kind == .word, tokens[i + 1].isCapitalised
            {
                // (the dot of "ST." is no word)
            } else {
                break
            }
            i += 1
        }
        let place = start..<i
        guard !place.isEmpty, i < tokens.count else { return nil }
        // "BEIJING (Reuters) -"
        if tokens[i].text == "(" {
            guard let after = agency(tokens, at: i), after < tokens.count, isDash(tokens[after]) else { return nil }
            return Dateline(place: place, region: nil)
        }
        // "BEIJING — Officials said": AP's dateline, the place in capitals and a dash.
        if isDash(tokens[i]) {
            let words = tokens[place].filter { $0.kind == .word }
            // (Not "US - China talks": a short code opens a headline's phrase more often.)
            guard words.allSatisfy({ $0.isAllCaps && $0.hasLetters && $0.text.count >= 3 }) else { return nil }
            return Dateline(place: place, region: nil)
        }
        let commaless = months.contains(tokens[i].key.trimmingDot)
            && tokens[place].allSatisfy { $0.kind != .word || ($0.isAllCaps && $0.hasLetters) }
        guard tokens[i].text == "," || commaless else { return nil }
        if !commaless { i += 1 }
        // An optional region before the date: "Conn.,", "West Germany,"
        var region: Range<Int>?
        if i < tokens.count, tokens[i].kind == .word, !months.contains(tokens[i].key.trimmingDot) {
            let regionStart = i
            // "Conn., March 3" or, without the comma, "Va. Feb 26".
            // (The line may end there: "NEWPORT BEACH, Calif.\n    Shr loss 1.95 dlrs".)
            while i < tokens.count, i - regionStart < 6, tokens[i].text != ",", tokens[i].text != "(", !isDash(tokens[i]),
                tokens[i].kind != .lineBreak, !months.contains(tokens[i].key.trimmingDot)
            {
                i += 1
            }
            guard i < tokens.count, i > regionStart else { return nil }
            region = regionStart..<i
            // "KYIV, Ukraine (Reuters) -", "NAIROBI, Kenya —"
            // (The place in capitals and the region in words: "Severine Potty, 19 -- was" is none.)
            if tokens[i].text == "(" || isDash(tokens[i]),
                tokens[place].allSatisfy({ $0.kind != .word || $0.isAllCaps }),
                tokens[regionStart..<i].allSatisfy({ $0.kind != .word || ($0.hasLetters && $0.isCapitalised) })
            {
                let dash = tokens[i].text == "(" ? agency(tokens, at: i) : i
                guard let dash, dash < tokens.count, isDash(tokens[dash]) else { return nil }
                return Dateline(place: place, region: region)
            }
            if tokens[i].text == "," { i += 1 }
            // A US state or Canadian province needs no date after it: "RENO, Nev., Porsche Cars
            // said", "WOODBRIDGE, N.J. - Supermarkets General said", "Hauppauge, N.Y,. March 13".
            if regionCode(tokens[regionStart..<region!.upperBound]) != nil { return Dateline(place: place, region: region) }
        }
        // The date: a month name and a day, then a dash.
        guard i + 1 < tokens.count, months.contains(tokens[i].key.trimmingDot) else { return nil }
        var j = i + 1
        while j < tokens.count, j - i < 4, !isDash(tokens[j]), tokens[j].text != "(" { j += 1 }
        // "LONDON, Nov 3 (Reuters) -"
        if j < tokens.count, tokens[j].text == "(", let after = agency(tokens, at: j) { j = after }
        guard j < tokens.count, isDash(tokens[j]) else { return nil }
        return Dateline(place: place, region: region)
    }

    /// After a news agency's name in brackets ("(Reuters)", "(AP)"), the index past ")".
    private static func agency(_ tokens: [Token], at open: Int) -> Int? {
        var j = open + 1
        while j < tokens.count, j - open < 5, tokens[j].text != ")", tokens[j].kind != .lineBreak { j += 1 }
        return j < tokens.count && tokens[j].text == ")" ? j + 1 : nil
    }

    private static func isDash(_ token: Token) -> Bool {
        token.text == "-" || token.text == "\u{2014}" || token.text == "\u{2013}"
    }
}

extension String {
    var trimmingDot: String { hasSuffix(".") ? String(dropLast()) : self }
}
