import Foundation
import NewsSchema

/// A streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and newlines.
/// The first record is the header; columns are matched by name (id, title, body/text/content, ...).
struct CSVRecordReader {
    let delimiter: UInt8
    let display: String
    private var header: [String]?
    private var field: [UInt8] = []
    private var record: [String] = []
    private var inQuotes = false
    private var quotePending = false
    private var line = 1
    private var recordLine = 1
    private var headerUsable = true

    init(delimiter: UInt8, display: String) {
        self.delimiter = delimiter
        self.display = display
    }

    mutating func feed(_ chunk: ArraySlice<UInt8>, _ article: (Article) throws -> Void, issue: (ReadIssue) -> Void)
        throws
    {
        for byte in chunk {
            if inQuotes {
                if byte == 0x22 {
                    inQuotes = false
                    quotePending = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            if byte == 0x22 {
                if quotePending { field.append(0x22) }  // "" inside a quoted field
                inQuotes = true
                quotePending = false
                continue
            }
            quotePending = false
            switch byte {
            case delimiter:
                endField()
            case 0x0A:
                endField()
                try endRecord(article, issue: issue)
                line += 1
                recordLine = line
            case 0x0D:
                continue
            default:
                field.append(byte)
            }
        }
    }

    mutating func finish(_ article: (Article) throws -> Void, issue: (ReadIssue) -> Void) throws {
        if !field.isEmpty || !record.isEmpty {
            endField()
            try endRecord(article, issue: issue)
        }
        if header == nil { issue(ReadIssue(.missingHeader, at: display, "the file is empty")) }
    }

    private mutating func endField() {
        record.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(_ article: (Article) throws -> Void, issue: (ReadIssue) -> Void) throws {
        defer { record.removeAll(keepingCapacity: true) }
        if record.count == 1 && record[0].isEmpty { return }  // blank line
        guard let header else {
            let names = record.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \u{FEFF}")) }
            header = names.map(JSONRecord.normalized)
            if !header!.contains(where: JSONRecord.textKeys.contains) {
                headerUsable = false
                issue(ReadIssue(
                    .missingHeader, at: "\(display):1",
                    "the first row must name the columns, one of them body, text or content (found: \(names.prefix(6).joined(separator: ", ")))"))
            }
            return
        }
        guard headerUsable else { return }
        let origin = "\(display):\(recordLine)"
        guard record.count == header.count else {
            issue(ReadIssue(.raggedRow, at: origin, "\(record.count) fields, the header has \(header.count)"))
            return
        }
        var values: [String: String] = [:]
        for (name, value) in zip(header, record) where values[name] == nil { values[name] = value }
        let parsed = JSONRecord.makeArticle(origin: origin, issue: issue) { keys in
            keys.lazy.compactMap { values[$0] }.first { !$0.isEmpty }
        }
        if let parsed { try article(parsed) }
    }
}
