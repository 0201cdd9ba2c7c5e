/// MSet::snippet() returns the best window of a text and, even when asked for more than the whole
/// text, leaves off trailing punctuation and marks the cut with "…". A passage is shown whole, so
/// the missing head and tail are put back (HTML-escaped, as snippet() escapes the rest).
///
/// Works on UTF-8 bytes: it runs for every hit shown, and Foundation's string search took 7% of
/// query time in the benchmark profile.
enum Highlight {
    static func escape(_ text: String) -> String {
        String(decoding: escaped(Array(text.utf8)), as: UTF8.self)
    }

    static func completing(_ snippet: String, of text: String) -> String {
        var body = Array(snippet.utf8)[...]
        let ellipsis = Array("…".utf8)
        if body.starts(with: ellipsis) { body = body.dropFirst(ellipsis.count) }
        if body.count >= ellipsis.count, body.suffix(ellipsis.count).elementsEqual(ellipsis) {
            body = body.dropLast(ellipsis.count)
        }
        let plain = removingMarks(body)
        let escapedText = escaped(Array(text.utf8))
        guard let start = firstIndex(of: plain, in: escapedText) else {
            return snippet.isEmpty ? String(decoding: escapedText, as: UTF8.self) : snippet
        }
        var out: [UInt8] = []
        out.reserveCapacity(escapedText.count + body.count - plain.count)
        out += escapedText[..<start]
        out += body
        out += escapedText[(start + plain.count)...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a highlighted text shows a word of the query (a "<b>" that `snippet` put in: the
    /// text itself is escaped). By bytes: Foundation's `contains` took 7% of a small query's
    /// instructions.
    static func showsAMatch(_ highlighted: String) -> Bool {
        var text = highlighted
        return text.withUTF8 { bytes in
            // (Not the standard library's `firstRange(of:)`: its generic search took 14% of the
            // benchmark queries.)
            guard bytes.count >= 3 else { return false }
            for i in 0...(bytes.count - 3) where bytes[i] == UInt8(ascii: "<") {
                if bytes[i + 1] == UInt8(ascii: "b"), bytes[i + 2] == UInt8(ascii: ">") { return true }
            }
            return false
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)

    private static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): out.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): out.append(contentsOf: greaterThan)
            default: out.append(byte)
            }
        }
        return out
    }

    /// The bytes without the "<b>" and "</b>" marks (the text between them is escaped, so every
    /// "<" is a mark's).
    private static func removingMarks(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                if i + 2 < end, bytes[i + 1] == UInt8(ascii: "b"), bytes[i + 2] == UInt8(ascii: ">") {
                    i += 3
                    continue
                }
                if i + 3 < end, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "b"),
                   bytes[i + 3] == UInt8(ascii: ">") {
                    i += 4
                    continue
                }
            }
            out.append(byte)
            i += 1
        }
        return out
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
