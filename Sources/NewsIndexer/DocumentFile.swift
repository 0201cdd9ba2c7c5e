import Foundation
import NewsSchema

/// A single .txt, .md or .html file as an article: the title from the first line, the `# heading`,
/// `<title>` or `<h1>`; the id from the path relative to the folder given. A page's date, source,
/// author and address come from its metadata: HTML `<meta>` tags (Open Graph, `article:published_time`,
/// Dublin Core …), JSON-LD `datePublished`, `<time datetime>`, `<link rel="canonical">`; a Markdown
/// file's YAML (`---`) or TOML (`+++`) front matter.
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
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let index = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                title = lines[index].trimmingCharacters(in: .whitespaces)
                lines.removeSubrange(0...index)
            }
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

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let control = head.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        return control * 20 > head.count
    }
}
