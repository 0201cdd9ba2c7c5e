import Foundation

/// A Markdown file's front matter: YAML between `---` lines or TOML between `+++` lines, at the
/// file's start. Only flat `key: value` / `key = "value"` lines are read; lists become "a, b".
enum FrontMatter {
    /// Removes the front matter from the lines and returns its fields under the names "title",
    /// "date", "source", "author", "url" (read with the same field names as JSON records).
    static func take(_ lines: inout [String]) -> [String: String] {
        guard let first = lines.first?.trimmingCharacters(in: .whitespaces), first == "---" || first == "+++" else {
            return [:]
        }
        guard let end = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return line == first || (first == "---" && line == "...")
        }) else { return [:] }
        var raw: [String: String] = [:]
        var listKey: String?
        for line in lines[1..<end] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- "), let key = listKey {  // a YAML list item under the last key
                let item = unquote(String(trimmed.dropFirst(2)))
                raw[key] = (raw[key].map { $0.isEmpty ? "" : $0 + ", " } ?? "") + item
                continue
            }
            guard !line.hasPrefix(" "), !line.hasPrefix("\t"),
                  let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = JSONRecord.normalized(String(line[..<separator]))
            var value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("["), value.hasSuffix("]") {
                value = value.dropFirst().dropLast().split(separator: ",").map { unquote(String($0)) }.joined(separator: ", ")
            }
            if raw[key] == nil { raw[key] = unquote(value) }
            listKey = value.isEmpty ? key : nil
        }
        lines.removeSubrange(0...end)
        return articleFields(raw)
    }

    /// Removes a header block like an e-mail's or a wire export's from the top of a plain-text file
    /// ("Title: …", "Date: …", "Source: …", "By: …", "URL: …" lines, then a blank line) and returns its
    /// fields as `take` does. Every line of the block must be a `Name: value` line (or continue the
    /// one before, indented) and one of them must be a field NewsIndex reads; otherwise the lines
    /// are left alone, as text.
    static func takeHeaders(_ lines: inout [String]) -> [String: String] {
        guard let start = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return [:] }
        var raw: [String: String] = [:]
        var last: String?
        var end = start
        while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).isEmpty {
            let line = lines[end]
            if line.first == " " || line.first == "\t" {
                guard let key = last else { return [:] }
                raw[key, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 30 else {
                    return [:]
                }
                let name = line[..<colon]
                guard name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "_" }) else { return [:] }
                last = headerKey(name)
                if raw[last!] == nil { raw[last!] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
            }
            end += 1
        }
        let fields = articleFields(raw)
        // A blank line ends the block, unless it names two fields or more (a file of headers only).
        guard !fields.isEmpty, end < lines.count || fields.count >= 2 else { return [:] }
        lines.removeSubrange(0..<end)
        return fields
    }

    /// A header line's name, normalised as the key lists write it; "By" and "From" name the
    /// author, "Subject" the title (e-mail and wire exports).
    static func headerKey(_ name: Substring) -> String {
        let key = JSONRecord.normalized(String(name))
        switch key {
        case "by", "from": return "author"
        case "subject": return "title"
        default: return key
        }
    }

    /// The fields an article reads, from normalised names as JSON records name them.
    private static func articleFields(_ raw: [String: String]) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, keys) in [("title", JSONRecord.titleKeys), ("date", JSONRecord.dateKeys),
                             ("source", JSONRecord.sourceKeys), ("author", JSONRecord.authorKeys),
                             ("url", JSONRecord.urlKeys)] {
            fields[name] = keys.lazy.compactMap { raw[$0] }.first { !$0.isEmpty }
        }
        return fields
    }

    static func unquote(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}

/// Markdown's marks taken out of a line, so that passages show and index the text a reader sees:
/// heading and quote markers, emphasis, code ticks, links and images (their text stays, the address
/// goes), and reference definitions (`[1]: https://…`, dropped).
enum MarkdownText {
    /// nil for a line with nothing to read (a reference definition, a rule).
    static func plainLine(_ line: String) -> String? {
        var rest = Substring(line)
        let trimmed = rest.drop(while: { $0 == " " })
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
           trimmed[trimmed.index(after: close)...].hasPrefix(":") { return nil }
        // A rule: three or more of one of "-*_", spaces allowed between.
        if let mark = trimmed.first, "-*_".contains(mark), trimmed.allSatisfy({ $0 == mark || $0 == " " }),
            trimmed.count(where: { $0 == mark }) >= 3
        {
            return nil
        }
        rest = trimmed
        while rest.hasPrefix(">") { rest = rest.dropFirst().drop(while: { $0 == " " }) }
        if rest.hasPrefix("#") {
            let hashes = rest.prefix(while: { $0 == "#" })
            if hashes.count <= 6, rest.dropFirst(hashes.count).first == " " {
                rest = rest.dropFirst(hashes.count + 1)
                while rest.hasSuffix("#") || rest.hasSuffix(" ") { rest = rest.dropLast() }
            }
        }
        return plain(String(rest))
    }

    /// Emphasis, code ticks, links and images of one line.
    static func plain(_ text: String) -> String {
        guard text.contains(where: { "*_`[!<".contains($0) }) else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            // [text](address) and ![alt](address): the text stays.
            if c == "[" || (c == "!" && text[text.index(after: i)...].hasPrefix("[")) {
                let open = c == "!" ? text.index(after: i) : i
                if let close = text[open...].firstIndex(of: "]"),
                   text[text.index(after: close)...].hasPrefix("("),
                   let end = text[close...].firstIndex(of: ")") {
                    out += plain(String(text[text.index(after: open)..<close]))
                    i = text.index(after: end)
                    continue
                }
            }
            // <https://…> autolinks go.
            if c == "<", let end = text[i...].firstIndex(of: ">"), text[text.index(after: i)...].hasPrefix("http") {
                i = text.index(after: end)
                continue
            }
            // Emphasis and code marks: * and ` always, _ only at a word's edge (snake_case stays).
            if c == "*" || c == "`" {
                i = text.index(after: i)
                continue
            }
            if c == "_" {
                let before = i > text.startIndex ? text[text.index(before: i)] : " "
                let next = text.index(after: i)
                let after = next < text.endIndex ? text[next] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
                    i = next
                    continue
                }
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }
}
