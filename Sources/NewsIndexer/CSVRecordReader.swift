import Foundation
import NewsSchema

/// A streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and newlines.
/// The first record is the header; columns are matched by name (id, title, body/text/content, ...).
/// With `sniffing`, the delimiter is the header's commonest of comma, semicolon and tab (outside
/// quotes; a comma on a tie): spreadsheets in much of Europe write ".csv" files with semicolons.
struct CSVRecordReader {
    private(set) var delimiter: UInt8
    let display: String
    /// The header's bytes while the delimiter is not known yet.
    private var sniffed: [UInt8]?
    private var sniffQuoted = false
    private var header: [String]?
    private var field: [UInt8] = []
    private var record: [String] = []
    private var inQuotes = false
    private var quotePending = false
    private var line = 1
    private var recordLine = 1
    private var headerUsable = true

    init(delimiter: UInt8, display: String, sniffing: Bool = false) {
        self.delimiter = delimiter
        self.display = display
        if sniffing { sniffed = [] }
    }

    mutating func feed(_ chunk: ArraySlice<UInt8>, _ article: (Article) throws -> Void, issue: (ReadIssue) -> Void)
        throws
    {
        guard sniffed != nil else { return try read(chunk, article, issue: issue) }
        // Up to the header's end (its first newline outside quotes), then the delimiter is known.
        for i in chunk.indices {
            if chunk[i] == 0x22 {
                sniffQuoted.toggle()
            } else if chunk[i] == 0x0A, !sniffQuoted {
                let header = sniffed! + chunk[..<i]
                sniff(header)
                try read(header[...], article, issue: issue)
                try read(chunk[i...], article, issue: issue)
                return
            }
        }
        sniffed!.append(contentsOf: chunk)
    }

    private mutating func sniff(_ header: [UInt8]) {
        sniffed = nil
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in header {
            if byte == 0x22 { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = max(counts[0x3B]!, counts[0x09]!)
        if counts[0x2C]! < best { delimiter = counts[0x3B]! >= counts[0x09]! ? 0x3B : 0x09 }
    }

    private mutating func read(_ chunk: ArraySlice<UInt8>, _ article: (Article) throws -> Void, issue: (ReadIssue) -> Void)
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
        if let header = sniffed {
            sniff(header)
            try read(header[...], article, issue: issue)
        }
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
