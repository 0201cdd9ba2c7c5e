/// Reads the dates news archives write: ISO 8601 dates and date-times ("2021-09-02",
/// "2021-09-02T10:00:00Z"), "20210902", "2021/09/02", Reuters' "26-FEB-1987 15:01:01.79",
/// "Sept. 2, 2021", "September 2, 2021", "2 September 2021", "Thu, 02 Sep 2021 10:00:00 GMT",
/// "09/02/2021" (US order), and Unix time in seconds or milliseconds ("1630576800", "1630576800000",
/// as UTC). Returns nil for anything else, or for impossible dates.
public enum DateParser {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The UTC day of a Unix time (days to civil date, after Howard Hinnant's algorithm).
    static func fromUnixTime(_ seconds: Int) -> NewsDate? {
        let z = seconds / 86_400 + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return NewsDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The text's runs of digits and runs of letters ("26-FEB-1987" → "26", "FEB", "1987");
    /// everything else separates.
    static func runs(_ text: String) -> [String] {
        var parts: [String] = []
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most dates: a byte at a time, not a Character at a time (a tenth of reading a
            // Reuters record went to this split).
            let bytes = Array(text.utf8)
            var start = -1
            var startIsDigit = false
            for i in 0...bytes.count {
                let byte = i < bytes.count ? bytes[i] : 0x20
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if (isDigit || isLetter) && start >= 0 && isDigit == startIsDigit { continue }
                if start >= 0 { parts.append(String(decoding: bytes[start..<i], as: UTF8.self)) }
                start = isDigit || isLetter ? i : -1
                startIsDigit = isDigit
            }
            return parts
        }
        var current = ""
        var currentIsDigit = false
        for ch in text {
            let isDigit = ch.isASCII && ch.isNumber
            let isLetter = ch.isLetter
            if (isDigit || isLetter) && !current.isEmpty && isDigit == currentIsDigit {
                current.append(ch)
            } else {
                if !current.isEmpty { parts.append(current) }
                current = (isDigit || isLetter) ? String(ch) : ""
                currentIsDigit = isDigit
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    public static func parse(_ text: String) -> NewsDate? {
        // (Trimmed by hand: `trimmingCharacters(in: " \t\r\n")` built its character set every call.)
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return nil }
        let trimmed = String(decoding: utf8[first...last], as: UTF8.self)
        let parts = runs(trimmed)
        let numbers = parts.map { Int($0) }
        // Unix time: 9–10 digits of seconds (1973–2286) or 12–13 of milliseconds, perhaps with a fraction.
        if (parts.count == 1 || (parts.count == 2 && trimmed.contains("."))), let seconds = numbers[0],
           [9, 10, 12, 13].contains(parts[0].count), trimmed.first?.isNumber == true {
            return fromUnixTime(parts[0].count >= 12 ? seconds / 1000 : seconds)
        }
        // 20210902 or 20210902T...
        if let first = parts.first, first.count == 8, let n = Int(first) {
            return NewsDate(year: n / 10000, month: n / 100 % 100, day: n % 100)
        }
        // ISO: 2021-09-02...
        if parts.count >= 3, parts[0].count == 4, let y = numbers[0], let m = numbers[1], let d = numbers[2] {
            return NewsDate(year: y, month: m, day: d)
        }
        // Named months anywhere: "26-FEB-1987", "Sept. 2, 2021", "Thu, 02 Sep 2021"
        if let monthIndex = parts.firstIndex(where: { months[$0.lowercased()] != nil }) {
            let month = months[parts[monthIndex].lowercased()]!
            let nums = parts.enumerated().compactMap { index, part -> (Int, Int)? in
                guard let n = Int(part) else { return nil }
                return (index, n)
            }
            guard let year = nums.first(where: { parts[$0.0].count == 4 })?.1 else { return nil }
            // The day is the number next to the month name (before or after it).
            let day = nums.first(where: { $0.0 == monthIndex - 1 && parts[$0.0].count <= 2 })?.1
                ?? nums.first(where: { $0.0 == monthIndex + 1 && parts[$0.0].count <= 2 })?.1
            guard let day else { return nil }
            return NewsDate(year: year, month: month, day: day)
        }
        // 09/02/2021 (US order), or 02/09/2021 when the first number cannot be a month.
        if parts.count >= 3, parts[2].count == 4, let a = numbers[0], let b = numbers[1], let y = numbers[2] {
            return a > 12 ? NewsDate(year: y, month: b, day: a) : NewsDate(year: y, month: a, day: b)
        }
        // A bare year: "2004"
        if parts.count == 1, parts[0].count == 4, let y = numbers[0] { return NewsDate(year: y, month: 1, day: 1) }
        return nil
    }
}

extension StringProtocol {
    /// Trims the characters of `set` from both ends (Foundation's version wants a CharacterSet).
    public func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }

    /// `trimmingCharacters(in: .whitespaces)` (spaces of Unicode category Zs, tabs and, as
    /// Foundation has it, the zero-width space U+200B), without
    /// Foundation's bridging: it was half the cost of reading a Reuters record, whose first lines
    /// are all looked at for a dateline.
    public func trimmingSpaces() -> String {
        let scalars = Substring(self).unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value >= 0x80 && (scalar.properties.generalCategory == .spaceSeparator || scalar == "\u{200B}"))
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }
}
