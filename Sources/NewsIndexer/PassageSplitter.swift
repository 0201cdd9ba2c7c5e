import NewsEntities
import NewsSchema

/// A passage: the unit NewsIndex ranks and shows. `ranges` are the body's lines it was built from,
/// in Unicode scalars, so entity mentions can be assigned to it.
public struct Passage: Sendable, Equatable {
    public var text: String
    public var ranges: [Range<Int>]

    public func contains(offset: Int) -> Bool { ranges.contains { $0.contains(offset) } }
}

/// Splits an article body into passages:
///   - paragraphs separated by blank lines;
///   - without blank lines: long lines are paragraphs, indented lines start one (wire copy), and
///     hard-wrapped short lines are joined and cut into sentence windows;
///   - fragments under `minWords` join a neighbour; paragraphs over `maxWords` split at sentence ends;
///   - scraped boilerplate lines ("Share This:", "Advertisement", "Read more") and video captions
///     ("JUST WATCHED …") are dropped.
public struct PassageSplitter: Sendable {
    public var minWords = 12
    public var targetWords = 100
    public var maxWords = 150

    public init() {}

    static let boilerplate: Set<String> = [
        "share this", "share this:", "share", "advertisement", "advertisements", "read more", "read more:",
        "sign up for our newsletter", "subscribe", "subscribe now", "related", "related:", "related articles",
        "related stories", "click here", "comments", "print", "email", "tweet", "share on facebook",
        "share on twitter", "follow us", "continue reading", "story continues below", "skip to content",
        "story continued below", "sponsored", "sponsored content", "loading...", "image", "photo", "video", "listen", "menu",
        "(advertisement)", "ad", "more:", "see also", "watch:", "trending", "most read", "recommended",
    ]

    static func isBoilerplate(_ line: Substring) -> Bool {
        // Every pattern is under 80 characters: a line of prose needs no lower-casing to rule out
        // (this lower-cased every line: over half of the splitter's time in the indexing profile).
        if line.utf8.count > 160 { return false }
        // A line of ASCII prose longer than every whole-line pattern (most lines) can only match a
        // prefix, which is compared byte by byte without lower-casing (the lower-cased copy was a
        // seventh of reading a Reuters record).
        if let prose = asciiProse(line) {
            return prose.count < 80 && boilerplatePrefixes.contains { prefix in
                prose.count >= prefix.count && zip(prose, prefix).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
            }
        }
        let key = line.lowercased().trimmingCharacters(in: " \t\u{00A0}•*-|>")
        if key.isEmpty { return false }
        if boilerplate.contains(key) { return true }
        return key.count < 80 && boilerplatePrefixes.contains { key.utf8.starts(with: $0) }
    }

    /// Lines that open so are boilerplate when short (under 80 characters).
    private static let boilerplatePrefixes: [[UInt8]] = [
        "sign up for", "subscribe to", "follow us on", "read more:", "click here to", "share this",
        "all rights reserved", "copyright ©",
    ].map { Array($0.utf8) }

    /// The line's bytes without the marks `isBoilerplate` trims, when they are all ASCII and more
    /// than the longest whole-line pattern (26 bytes); nil otherwise. (Read in place: this is asked
    /// of every short line an index run splits.)
    private static func asciiProse(_ line: Substring) -> Substring.UTF8View.SubSequence? {
        func trimmed(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")
        }
        let bytes = line.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, trimmed(bytes[start]) { start = bytes.index(after: start) }
        while end > start, trimmed(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        let prose = bytes[start..<end]
        guard prose.count > 26, !prose.contains(where: { $0 >= 0x80 }) else { return nil }
        return prose
    }

    /// A video player's caption scraped with the page, a line of its own (CNN: "JUST WATCHED <title>
    /// Replay More Videos ... MUST WATCH <title> 01:51"; 4,948 lines in 1,519 of the 37,554 AllSides
    /// articles). No passage shows it; a body of nothing else is kept whole (the video's page).
    static func isVideoCaption(_ line: Substring) -> Bool {
        line.utf8.starts(with: "JUST WATCHED ".utf8) && line.utf8.count < 600
            && line.utf8.firstRange(of: "Replay More Videos".utf8) != nil
    }

    /// A line no passage shows: boilerplate or a video's caption.
    static func isDropped(_ line: Substring) -> Bool { isBoilerplate(line) || isVideoCaption(line) }

    /// Nothing but scraped boilerplate lines ("Share This:", "Advertisement"): no article.
    public static func isOnlyBoilerplate(_ body: String) -> Bool {
        // Line by line, stopping at the first line of content (most bodies: the first line).
        let bytes = body.utf8
        var start = bytes.startIndex
        var sawLine = false
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.endIndex
            let line = body[start..<end]
            if !line.allSatisfy(\.isWhitespace) {
                if !isBoilerplate(line) { return false }
                sawLine = true
            }
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return sawLine
    }

    private struct Line {
        var text: Substring
        var range: Range<Int>
        var words: Int
        var indented: Bool
        var blank: Bool
        /// Boilerplate or a video's caption (`isDropped`), asked once per line.
        var dropped: Bool
    }

    public func split(_ body: String) -> [Passage] {
        // Lines with scalar offsets.
        var lines: [Line] = []
        var offset = 0
        // Split on the scalar: "\r\n" is one Character, which a split on "\n" would not see.
        for scalars in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = scalars.count
            var text = Substring(scalars)
            if text.last == "\r" { text = text.dropLast() }
            let blank = text.allSatisfy { $0.isWhitespace }
            lines.append(Line(
                text: text, range: offset..<(offset + length), words: blank ? 0 : wordCount(text),
                indented: text.first == " " || text.first == "\t", blank: blank, dropped: !blank && Self.isDropped(text)))
            offset += length + 1
        }
        let content = lines.filter { !$0.blank && !$0.dropped }
        guard !content.isEmpty else { return [] }

        // Group lines into paragraphs.
        var paragraphs: [[Line]] = []
        let hasBlankLines = zip(lines, lines.dropFirst()).contains { !$0.blank && $1.blank }
            && lines.contains(where: \.blank)
        let averageWords = content.reduce(0) { $0 + $1.words } / content.count
        let indentedStarts = content.dropFirst().filter(\.indented).count
        var current: [Line] = []
        var previousBlank = false
        for line in lines {
            if line.blank {
                previousBlank = true
                continue
            }
            if line.dropped {
                if !current.isEmpty { paragraphs.append(current); current = [] }
                continue
            }
            let starts: Bool
            if hasBlankLines {
                starts = previousBlank
            } else if averageWords >= 20 {
                starts = true  // one paragraph per line
            } else if indentedStarts >= 2 {
                starts = line.indented
            } else {
                starts = false  // hard-wrapped: one block, cut into sentence windows below
            }
            if starts, !current.isEmpty {
                paragraphs.append(current)
                current = []
            }
            current.append(line)
            previousBlank = false
        }
        if !current.isEmpty { paragraphs.append(current) }

        // Cut long paragraphs at sentence ends, then merge fragments.
        var pieces: [Passage] = []
        for paragraph in paragraphs {
            pieces.append(contentsOf: cut(paragraph))
        }
        return merge(pieces)
    }

    private func wordCount(_ text: Substring) -> Int {
        var count = 0
        var inWord = false
        // ASCII (most text) a byte at a time; decoding every scalar was 1.5% of an index run.
        var ascii = true
        for byte in text.utf8 {
            guard byte < 0x80 else {
                ascii = false
                break
            }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        if ascii { return count }
        count = 0
        inWord = false
        for ch in text.unicodeScalars {
            let isSpace = ScalarClass.isSpace(ch)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// A paragraph as one passage, or as sentence windows of about `targetWords` when too long.
    private func cut(_ paragraph: [Line]) -> [Passage] {
        let words = paragraph.reduce(0) { $0 + $1.words }
        let text = paragraph.map { $0.text.trimmingCharacters(in: " \t") }.joined(separator: "\n")
        if words <= maxWords {
            return [Passage(text: text, ranges: paragraph.map(\.range))]
        }
        // Sentence ends within the paragraph, as positions in each line.
        var result: [Passage] = []
        var windowText = ""
        var windowRanges: [Range<Int>] = []
        var windowWords = 0
        for line in paragraph {
            let scalars = Array(line.text.unicodeScalars)
            var sentenceStart = 0
            var i = 0
            while i < scalars.count {
                if isSentenceEnd(scalars, i) || i == scalars.count - 1 {
                    var end = i + 1
                    while end < scalars.count, "\"”’)".unicodeScalars.contains(scalars[end]) { end += 1 }
                    let sentence = String(String.UnicodeScalarView(scalars[sentenceStart..<end]))
                    let count = wordCount(Substring(sentence))
                    if windowWords > 0, windowWords + count > targetWords {
                        result.append(Passage(text: windowText.trimmingCharacters(in: " \t\n"), ranges: windowRanges))
                        windowText = ""
                        windowRanges = []
                        windowWords = 0
                    }
                    let base = line.range.lowerBound
                    windowText += (windowText.isEmpty || windowText.hasSuffix("\n") ? "" : " ")
                        + sentence.trimmingCharacters(in: " \t")
                    windowRanges.append((base + sentenceStart)..<(base + end))
                    windowWords += count
                    sentenceStart = end
                    i = end
                    continue
                }
                i += 1
            }
        }
        if windowWords > 0 {
            result.append(Passage(text: windowText.trimmingCharacters(in: " \t\n"), ranges: windowRanges))
        }
        return result
    }

    private func isSentenceEnd(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "." || s[i] == "!" || s[i] == "?" else { return false }
        var j = i + 1
        while j < s.count, "\"”’)".unicodeScalars.contains(s[j]) { j += 1 }
        guard j + 1 < s.count, s[j] == " " else { return false }
        let next = s[j + 1]
        guard ScalarClass.isUpper(next) || next == "\"" || next == "“" else { return false }
        if s[i] == "." {
            // "Mr. Kerry", "U.S. officials", "J. Smith": not sentence ends.
            var k = i - 1
            while k >= 0, ScalarClass.isLetter(s[k]) { k -= 1 }
            let word = String(String.UnicodeScalarView(s[(k + 1)..<i])).lowercased()
            if word.count <= 1 || ["mr", "mrs", "ms", "dr", "st", "sen", "gov", "rep", "gen", "jr", "sr", "prof", "lt",
                                   "col", "capt", "sgt", "no", "vs", "inc", "corp", "co", "ltd"].contains(word)
            {
                return false
            }
        }
        return true
    }

    private func merge(_ pieces: [Passage]) -> [Passage] {
        // (Word counts add up: the line break that joins two pieces separates their words.)
        var result: [Passage] = []
        var lastWords = 0
        var carry: (passage: Passage, words: Int)?
        for var piece in pieces {
            var words = wordCount(Substring(piece.text))
            if let pending = carry {
                piece = Passage(text: pending.passage.text + "\n" + piece.text, ranges: pending.passage.ranges + piece.ranges)
                words += pending.words
                carry = nil
            }
            if words < minWords {
                carry = (piece, words)
            } else {
                result.append(piece)
                lastWords = words
            }
        }
        if let (pending, pendingWords) = carry {
            if let last = result.last, lastWords + pendingWords <= maxWords + minWords {
                result[result.count - 1] = Passage(text: last.text + "\n" + pending.text, ranges: last.ranges + pending.ranges)
            } else {
                result.append(pending)
            }
        }
        return result
    }
}
