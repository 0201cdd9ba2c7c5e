import Foundation
/// MSet::snippet() returns the best window of a text and, even when asked for more than the whole
/// text, leaves off trailing punctuation and marks the cut with "…". A passage is shown whole, so
/// the missing head and tail are put back (HTML-escaped, as snippet() escapes the rest).
enum Highlight {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func completing(_ snippet: String, of text: String) -> String {
        var body = Substring(snippet)
        let cutHead = body.hasPrefix("…")
        let cutTail = body.hasSuffix("…")
        if cutHead { body = body.dropFirst() }
        if cutTail { body = body.dropLast() }
        let plain = body.replacingAll("<b>", "").replacingAll("</b>", "")
        let escapedText = escape(text)
        guard let range = escapedText.range(of: plain) else {
            return snippet.isEmpty ? escapedText : snippet
        }
        return String(escapedText[..<range.lowerBound]) + body + String(escapedText[range.upperBound...])
    }
}

extension StringProtocol {
    fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}
