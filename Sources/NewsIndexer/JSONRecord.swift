import Foundation
import NewsSchema

/// One JSON Lines record → an Article. Field names follow common archive dumps.
enum JSONRecord {
    static let bodyKeys = ["body", "text", "content", "article", "story"]
    static let titleKeys = ["title", "headline"]
    static let dateKeys = ["date", "published", "published_at", "publication_date", "pubdate", "datetime", "time"]
    static let sourceKeys = ["source", "publisher", "outlet", "site"]
    static let urlKeys = ["url", "link"]
    static let authorKeys = ["author", "authors", "byline"]

    static func parse(_ line: ArraySlice<UInt8>, origin: String, issue: (ReadIssue) -> Void) -> Article? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }  // blank lines are not records
        var data = Data(line)
        if String(validatingUTF8Bytes: line) == nil {
            data = Data(String(decoding: line, as: UTF8.self).utf8)
            issue(ReadIssue(.invalidUTF8, at: origin, "bad bytes replaced with U+FFFD", skipped: false))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            issue(ReadIssue(.malformedJSON, at: origin, describe(error)))
            return nil
        }
        guard let record = object as? [String: Any] else {
            issue(ReadIssue(.notAnObject, at: origin, "expected {\"id\": …, \"title\": …, \"body\": …}"))
            return nil
        }
        return makeArticle(
            origin: origin, issue: issue,
            field: { keys in
                for key in keys {
                    if let value = record[key] ?? record[key.capitalized], let text = stringValue(value) {
                        return text
                    }
                }
                return nil
            }, id: record["id"].flatMap(stringValue) ?? record["_id"].flatMap(stringValue))
    }

    static func stringValue(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let list as [Any]: return list.compactMap { stringValue($0) }.joined(separator: ", ")
        default: return nil
        }
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }

    /// Shared by JSON and CSV: builds the article from named fields, or reports why not.
    static func makeArticle(
        origin: String, issue: (ReadIssue) -> Void, field: ([String]) -> String?, id: String?
    ) -> Article? {
        let body = field(bodyKeys) ?? ""
        let title = field(titleKeys) ?? ""
        guard body.contains(where: { !$0.isWhitespace }) else {
            issue(ReadIssue(.missingBody, at: origin, "a record needs \"body\", \"text\" or \"content\""))
            return nil
        }
        if PassageSplitter.isOnlyBoilerplate(body) {
            issue(ReadIssue(.missingBody, at: origin, "the body is only boilerplate (\"\(body.prefix(40))\")"))
            return nil
        }
        var date: NewsDate?
        if let raw = field(dateKeys), !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            date = DateParser.parse(raw)
            if date == nil { issue(ReadIssue(.badDate, at: origin, "\"\(raw.prefix(40))\"", skipped: false)) }
        }
        let trimmedID = id?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return Article(
            id: trimmedID.isEmpty ? "sha-" + StableHash.hex(title + "\n" + body) : trimmedID,
            title: title, body: body, date: date, source: field(sourceKeys) ?? "", url: field(urlKeys) ?? "",
            author: field(authorKeys) ?? "", origin: origin)
    }
}

extension String {
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput:
                self.init(decoding: bytes, as: UTF8.self)
                return
            case .error: return nil
            }
        }
    }
}
