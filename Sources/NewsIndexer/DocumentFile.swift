import Foundation
import NewsSchema

/// A single .txt, .md or .html file as an article: the title from the first line, the `# heading`,
/// `<title>` or `<h1>`; the id from the path relative to the folder given. A page's date, source,
/// author and address come from its metadata: HTML `<meta>` tags (Open Graph, `article:published_time`,
/// Dublin Core …), JSON-LD `datePublished`, `<time datetime>`, `<link rel="canonical">`; a Markdown
/// file's YAML (`---`) or TOML (`+++`) front matter; a text file's front matter, or its header block
/// ("Title:", "Date:", "Source:", "By:" lines), or a date and a byline on lines of their own under the
/// title.
enum DocumentFile {
    static func parse(
        _ bytes: [UInt8], format: ArticleReader.Format, id: String, origin: String, issue: (ReadIssue) -> Void
    ) -> Article? {
        if looksBinary(bytes) {
            issue(ReadIssue(.binaryFile, at: origin, "not text; skipped"))
            return nil
        }
        let text: String
        if format == .html {
            text = HTMLText.decode(bytes)
        } else if let valid = String(validatingUTF8Bytes: bytes[...]) {
            text = valid
        } else {
            // Not UTF-8: read as Windows-1252, the usual culprit in old archives.
            text = String(bytes.map { Character(Unicode.Scalar(HTMLText.cp1252($0)) ?? "?") })
            issue(ReadIssue(.invalidUTF8, at: origin, "read as Windows-1252", skipped: false))
        }
        var title = ""
        var body = ""
        var metadata: [String: String] = [:]
        switch format {
        case .html:
            let page = HTMLText.extract(text)
            (title, body, metadata) = (page.title, page.body, page.metadata)
        case .markdown:
            var lines = Self.lines(text)
            metadata = FrontMatter.take(&lines)
            if let index = lines.firstIndex(where: { $0.hasPrefix("# ") }) {
                let heading = String(lines[index].dropFirst(2)).trimmingCharacters(in: .whitespaces)
                if let fromMatter = metadata["title"], !fromMatter.isEmpty, fromMatter != heading {
                    title = fromMatter
                } else {
                    title = heading
                    lines.remove(at: index)
                }
            } else if let fromMatter = metadata["title"], !fromMatter.isEmpty {
                title = fromMatter
            } else if let index = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                title = lines[index].trimmingCharacters(in: .whitespaces)
                lines.remove(at: index)
            }
            title = MarkdownText.plain(title)
            body = lines.compactMap(MarkdownText.plainLine).joined(separator: "\n")
        default:
            var lines = Self.lines(text)
            metadata = FrontMatter.take(&lines)
            if metadata.isEmpty { metadata = FrontMatter.takeHeaders(&lines) }
            if let fromHeader = metadata["title"], !fromHeader.isEmpty {
                title = fromHeader
            } else if let index = lines.firstIndex(where: { !$0.trimmingSpaces().isEmpty }),
                lines[(index + 1)...].contains(where: { !$0.trimmingSpaces().isEmpty })
            {
                // The first line is the title, unless it is all the text there is (a file of one
                // line, or of one paragraph under a header block that gives no title).
                title = lines[index].trimmingCharacters(in: .whitespaces)
                lines.removeSubrange(0...index)
            }
            takeDatelineAndByline(&lines, into: &metadata)
            body = lines.joined(separator: "\n")
        }
        guard body.contains(where: { !$0.isWhitespace }), !PassageSplitter.isOnlyBoilerplate(body) else {
            issue(ReadIssue(.missingBody, at: origin, "no text after the title but boilerplate or nothing"))
            return nil
        }
        return Article(
            id: id, title: title, body: body, date: JSONRecord.date(metadata["date"], origin: origin, issue: issue), source: metadata["source"] ?? "", url: metadata["url"] ?? "",
            author: metadata["author"] ?? "", origin: origin)
    }

    /// A plain-text story often gives its date and byline on lines of their own under the title
    /// ("March 3, 2004", "By Jane Doe", "Source: Reuters"): they are taken as the article's fields,
    /// not as text.
    static func takeDatelineAndByline(_ lines: inout [String], into metadata: inout [String: String]) {
        var index = 0
        var looked = 0
        while index < lines.count, looked < 4 {
            let line = lines[index].trimmingSpaces()
            if line.isEmpty {
                index += 1
                continue
            }
            looked += 1
            // (A date line that repeats the date the record gives goes too.)
            if let (name, value) = headerField(line) {
                if metadata[name] == nil { metadata[name] = value }
            } else if line.count <= 40, line.contains(where: \.isNumber), let date = DateParser.parse(line),
                metadata["date"].map({ DateParser.parse($0) == date }) ?? true
            {
                if metadata["date"] == nil { metadata["date"] = line }
            } else if metadata["author"] == nil, line.count <= 80, line.hasPrefix("By ") || line.hasPrefix("BY "),
                line.dropFirst(3).split(separator: " ").allSatisfy({
                    $0.first?.isUppercase == true || Self.bylineLinks.contains(String($0))
                })
            {
                metadata["author"] = line.dropFirst(3).trimmingSpaces()
            } else {
                return
            }
            lines.remove(at: index)
        }
    }

    /// "Date: 2020-01-02", "Source: Reuters", "By: Jane Doe" on a line of its own: a field an article
    /// reads, as a header block names it.
    static func headerField(_ line: String) -> (name: String, value: String)? {
        // (Most lines hold no colon in their first 31 bytes: looked for byte by byte, as this runs
        // on the opening line of many records.)
        guard let offset = line.utf8.prefix(31).firstIndex(of: UInt8(ascii: ":")),
            let colon = String.Index(offset, within: line)
        else { return nil }
        let key = FrontMatter.headerKey(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingSpaces()
        guard !key.isEmpty, !value.isEmpty, let name = JSONRecord.field(named: key), headerLineFields.contains(name)
        else { return nil }
        // ("Time: 2 hours" is no date.)
        if name == "date", DateParser.parse(value) == nil { return nil }
        return (name, value)
    }

    /// The fields a line of its own under the title may give (a title there is text).
    private static let headerLineFields: Set<String> = ["date", "source", "author", "url"]

    /// Lower-case words a byline's names may hold ("By Jane Doe and John Roe").
    private static let bylineLinks: Set<String> = ["and", "of", "in", "for", "de", "van", "von"]

    /// The lines of a file, whether they end in "\n" or "\r\n" (one Character, which a split on
    /// "\n" would not see).
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let control = head.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        return control * 20 > head.count
    }
}
