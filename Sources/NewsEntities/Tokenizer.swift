/// Splits text into word and punctuation tokens with offsets in Unicode scalars (code points, as
/// Python indexes a string), which is what `newsindex tag` reports.
///
/// This tokenizer serves only the entity taggers. Free-text indexing and query parsing belong to
/// Xapian's TermGenerator and QueryParser, so that both sides of a search always agree.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, punctuation, lineBreak }
    public var kind: Kind
    public var start: Int
    public var end: Int
    public var text: String
    /// Lower-cased text, used for every lexicon look-up.
    public var key: String { didSet { keyHash = WordHash.of(key) } }
    /// `key`'s `WordHash`, found once: a token is looked up in a dozen lexicons, and hashing the key
    /// anew for each was most of a look-up's cost.
    public private(set) var keyHash: Int
    /// First scalar is an upper-case letter.
    public var isCapitalised: Bool
    /// Every letter is upper-case (and there are at least two letters).
    public var isAllCaps: Bool
    /// Holds at least one letter (not a number or punctuation).
    public var hasLetters: Bool
    /// First word of a sentence, a line or a quotation: its capital says nothing.
    public var sentenceInitial: Bool
    /// Holds a "-" ("Bush-era", "al-Assad"): looked at for most tokens, so found once, here.
    public var hasHyphen: Bool
    /// Every scalar is ASCII (no accent, no curly apostrophe).
    public var isASCII: Bool

    init(
        kind: Kind, start: Int, end: Int, text: String, key: String, isCapitalised: Bool, isAllCaps: Bool,
        hasLetters: Bool, sentenceInitial: Bool, hasHyphen: Bool, isASCII: Bool
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.keyHash = WordHash.of(key)
        self.isCapitalised = isCapitalised
        self.isAllCaps = isAllCaps
        self.hasLetters = hasLetters
        self.sentenceInitial = sentenceInitial
        self.hasHyphen = hasHyphen
        self.isASCII = isASCII
    }

    /// The possessive "'s" after a name, its own token ("Biden", "'s").
    public var isPossessive: Bool { kind == .punctuation && (key == "'s" || key == "\u{2019}s") }
}

/// A token's field, read in place: in a function as large as `PersonTagger.judge` the compiler
/// called `Array`'s subscript getter for `tokens[k].key`, copying the whole token each time.
extension Array where Element == Token {
    @inline(__always) func key(at index: Int) -> String { self[index].key }
    @inline(__always) func text(at index: Int) -> String { self[index].text }
    @inline(__always) func isCapitalised(at index: Int) -> Bool { self[index].isCapitalised }
    @inline(__always) func isAllCaps(at index: Int) -> Bool { self[index].isAllCaps }
    @inline(__always) func sentenceInitial(at index: Int) -> Bool { self[index].sentenceInitial }
    @inline(__always) func kind(at index: Int) -> Token.Kind { self[index].kind }
    @inline(__always) func isASCII(at index: Int) -> Bool { self[index].isASCII }
}

public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        // (Not `Array(text.unicodeScalars)`, which decodes the text twice: once to count.)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return tokenize(scalars)
    }

    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var atSentenceStart = true
        var lineStart = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                // Hard-wrapped copy ("Trade Representative Clayton\nYeutter said") breaks lines in
                // mid-sentence: a break after a long line that did not end a sentence, followed by
                // more text on the next line, is only a space.
                if s == "\n", isSoftBreak(scalars, at: i, lineStart: lineStart) {
                    lineStart = i + 1
                    i += 1
                    continue
                }
                tokens.append(make(.lineBreak, scalars, i, i + 1, false))
                atSentenceStart = true
                if s == "\n" { lineStart = i + 1 }
                i += 1
                continue
            }
            if ScalarClass.isSpace(s) {
                i += 1
                continue
            }
            if ScalarClass.isWordPart(s) {
                var j = i + 1
                // Initials and dotted abbreviations: "W.", "U.S.", "J.K."
                if ScalarClass.isLetter(s), ScalarClass.isUpper(s), j < n, scalars[j] == "." {
                    j += 1
                    while j + 1 < n, ScalarClass.isLetter(scalars[j]), scalars[j + 1] == "." { j += 2 }
                    tokens.append(make(.word, scalars, i, j, atSentenceStart))
                    atSentenceStart = false
                    i = j
                    continue
                }
                // "Donald John TrumpGOP": a page's hover card glued to the next word. After a
                // capitalised word, a capital that follows three lower-case letters starts a new
                // word ("McConnell", "DeSantis", "MacArthur" and a lone "HarperCollins" stay whole).
                let afterName = tokens.last.map { $0.kind == .word && $0.isCapitalised && $0.end < i } ?? false
                while j < n {
                    let c = scalars[j]
                    if afterName, j - i >= 4, ScalarClass.isUpper(c), ScalarClass.isUpper(s),
                        ScalarClass.isLower(scalars[j - 1]), ScalarClass.isLower(scalars[j - 2]),
                        ScalarClass.isLower(scalars[j - 3])
                    {
                        break
                    } else if ScalarClass.isWordPart(c) {
                        j += 1
                    } else if c == "'" || c == "\u{2019}" {
                        // A possessive 's is its own token: "Biden's" -> "Biden", "'s".
                        if j + 1 < n, scalars[j + 1] == "s" || scalars[j + 1] == "S",
                            j + 2 >= n || !ScalarClass.isWordPart(scalars[j + 2])
                        {
                            break
                        }
                        if j + 1 < n, ScalarClass.isLetter(scalars[j + 1]) { j += 2 } else { break }
                    } else if c == "-" || c == "\u{2010}" || c == "\u{2011}", j + 1 < n, ScalarClass.isWordPart(scalars[j + 1]) {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(make(.word, scalars, i, j, atSentenceStart))
                atSentenceStart = false
                i = j
                continue
            }
            // Possessive after a word.
            if (s == "'" || s == "\u{2019}"), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 >= n || !ScalarClass.isWordPart(scalars[i + 2])
            {
                tokens.append(make(.punctuation, scalars, i, i + 2, false))
                i += 2
                continue
            }
            tokens.append(make(.punctuation, scalars, i, i + 1, false))
            switch s {
            case ".", "!", "?", ":", ";", "\u{2022}": atSentenceStart = true
            case "\"", "\u{201C}", "(", "[", "-", "\u{2014}", "\u{2013}": break  // keep the state
            default: atSentenceStart = false
            }
            i += 1
        }
        return tokens
    }

    /// Wrapped lines run 40 characters or more; headlines, bylines and list items do not.
    static func isSoftBreak(_ scalars: [Unicode.Scalar], at index: Int, lineStart: Int) -> Bool {
        guard index - lineStart >= 40, index + 1 < scalars.count else { return false }
        var last = index - 1
        while last >= lineStart, scalars[last] == " " || scalars[last] == "\r" || scalars[last] == "\t" { last -= 1 }
        guard last >= lineStart, !".!?:;\"\u{201D}".unicodeScalars.contains(scalars[last]) else { return false }
        let next = scalars[index + 1]
        return ScalarClass.isLetter(next) || ScalarClass.isDigit(next)
    }

    private static func make(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ initial: Bool)
        -> Token
    {
        var letters = 0
        var upper = 0
        var ascii = true
        var dot = false
        var hyphen = false
        for scalar in scalars[start..<end] {
            if scalar.value >= 0x80 { ascii = false }
            if scalar == "." { dot = true }
            if scalar == "-" { hyphen = true }
            if ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUpper(scalar) { upper += 1 }
            }
        }
        let text: String
        let key: String
        if ascii {
            // Most tokens: their bytes are the scalars, and lower case is a byte away (a third of
            // the tagger's time went to building them through String's Unicode paths).
            let count = end - start
            text = String(unsafeUninitializedCapacity: count) { bytes in
                for k in 0..<count { bytes[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
                return count
            }
            key = upper == 0 ? text : String(unsafeUninitializedCapacity: count) { bytes in
                for k in 0..<count {
                    let byte = UInt8(truncatingIfNeeded: scalars[start + k].value)
                    bytes[k] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return count
            }
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            text = String(view)
            key = text.lowercased()
        }
        return Token(
            kind: kind, start: start, end: end, text: text, key: key,
            isCapitalised: ScalarClass.isUpper(scalars[start]), isAllCaps: letters >= 2 && upper == letters && !dot,
            hasLetters: letters > 0, sentenceInitial: initial, hasHyphen: hyphen, isASCII: ascii)
    }
}
