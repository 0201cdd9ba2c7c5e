import Foundation
import NewsSchema

/// Reads articles from paths: JSON Lines, JSON documents (an array of articles, a sequence of
/// objects, an API response), CSV/TSV, folders of .txt/.md/.html/.json files, any of them
/// gzip-compressed, and "-" for standard input. Bad records are reported through `issue` and
/// skipped; reading goes on.
public struct ArticleReader: Sendable {
    public enum Format: String, Sendable { case jsonLines, json, csv, tsv, text, markdown, html }

    public var paths: [String]
    /// Records longer than this (one JSON line, one file) are reported as too large and skipped.
    public var maxRecordBytes = 64 << 20
    /// Updated as files are read, when set.
    public var progress: ReadProgress?

    public init(paths: [String]) { self.paths = paths }

    public static func format(of path: String) -> Format? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch (name as NSString).pathExtension {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    /// Walks every input, calling `article` for each article read and `issue` for each problem.
    public func read(_ article: (Article) throws -> Void, issue: (ReadIssue) -> Void) throws {
        if let progress { progress.totalBytes = totalBytes() }
        for path in paths {
            if path == "-" {
                try readStream(path: "-", display: "<stdin>", format: nil, article, issue: issue)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                issue(ReadIssue(.missingPath, at: path, "check the path; nothing was read from it"))
                continue
            }
            if isDirectory.boolValue {
                try readFolder(path, article, issue: issue)
            } else if let format = Self.format(of: path) {
                try readFile(path, display: path, idBase: (path as NSString).lastPathComponent, format: format, article, issue: issue)
            } else {
                // Named explicitly: sniff it rather than refuse.
                try readStream(path: path, display: path, format: nil, article, issue: issue)
            }
        }
    }

    /// The size of every input file, or nil when one is standard input.
    func totalBytes() -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? Self.files(under: path).filter { Self.format(of: $0) != nil } : [path]
            for file in files { total += Self.fileSize(file) }
        }
        return total
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Files under `root`, recursively, in a stable order; symlinked folders are not followed twice.
    public static func files(under root: String) -> [String] {
        let url = URL(fileURLWithPath: root)
        var result: [String] = []
        var seen = Set<String>()
        func walk(_ dir: URL) {
            let real = dir.resolvingSymlinksInPath().path
            guard seen.insert(real).inserted else { return }
            guard let entries = try? FileManager.default.contentsOfDirectory(
                at: dir, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
            else { return }
            for entry in entries.sorted(by: { $0.path < $1.path }) {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: entry.path, isDirectory: &isDirectory)
                if isDirectory.boolValue { walk(entry) } else { result.append(entry.path) }
            }
        }
        walk(url)
        return result
    }

    private func readFolder(_ root: String, _ article: (Article) throws -> Void, issue: (ReadIssue) -> Void) throws {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        for file in Self.files(under: root) {
            var relative = file
            if relative.hasPrefix(base + "/") { relative = String(relative.dropFirst(base.count + 1)) }
            guard let format = Self.format(of: file) else {
                // (A saved site's images, styles and scripts go unmentioned.)
                let ext = (file as NSString).pathExtension.lowercased()
                if !Self.pageAssets.contains(ext) {
                    issue(ReadIssue(
                        .unsupported, at: file,
                        "not read: a folder's .jsonl, .json, .csv, .tsv, .txt, .md and .html files are (gzip'd or not)",
                        skipped: false))
                }
                continue
            }
            try readFile(file, display: file, idBase: relative, format: format, article, issue: issue)
        }
    }

    /// Files that come with saved web pages.
    static let pageAssets: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "css", "js", "mjs", "map",
        "woff", "woff2", "ttf", "otf", "eot",
    ]

    private func readFile(
        _ path: String, display: String, idBase: String, format: Format, _ article: (Article) throws -> Void,
        issue: (ReadIssue) -> Void
    ) throws {
        switch format {
        case .jsonLines, .json, .csv, .tsv:
            try readStream(path: path, display: display, format: format, article, issue: issue)
        case .text, .markdown, .html:
            guard let bytes = readWhole(path, display: display, issue: issue) else { return }
            if let parsed = DocumentFile.parse(bytes, format: format, id: idBase, origin: display, issue: issue) {
                try article(parsed)
            }
        }
    }

    private func readWhole(_ path: String, display: String, issue: (ReadIssue) -> Void) -> [UInt8]? {
        do {
            let stream = try ByteStream(path: path, progress: progress)
            defer { finished(path) }
            var bytes: [UInt8] = []
            var tooLarge = false
            try stream.forEachChunk { chunk in
                if bytes.count + chunk.count > maxRecordBytes { tooLarge = true } else { bytes.append(contentsOf: chunk) }
            }
            if tooLarge {
                issue(ReadIssue(.tooLarge, at: display, "over \(maxRecordBytes >> 20) MB; split it or raise the limit"))
                return nil
            }
            if bytes.isEmpty {
                issue(ReadIssue(.emptyFile, at: display))
                return nil
            }
            return bytes
        } catch ByteStream.Failure.cannotOpen(let why) {
            issue(ReadIssue(.unreadable, at: display, why))
        } catch {
            issue(ReadIssue(.corruptGzip, at: display, "\(error)"))
        }
        return nil
    }

    private func readStream(
        path: String, display: String, format: Format?, _ article: (Article) throws -> Void,
        issue: (ReadIssue) -> Void
    ) throws {
        let stream: ByteStream
        defer { finished(path) }
        do {
            stream = try ByteStream(path: path, progress: progress)
        } catch ByteStream.Failure.cannotOpen(let why) {
            issue(ReadIssue(.unreadable, at: display, why))
            return
        }
        var format = format
        var records: (any RecordSplitter)?
        var csv: CSVRecordReader?
        var sniffBuffer: [UInt8] = []
        var plainDocument: [UInt8]?
        var sawBytes = false

        func handleLine(_ line: LineSplitter.Line) throws {
            switch line {
            case .tooLong(let number):
                issue(ReadIssue(.tooLarge, at: "\(display):\(number)", "a record over \(maxRecordBytes >> 20) MB"))
            case .text(let bytes, let number):
                try JSONRecord.parse(bytes, origin: "\(display):\(number)", issue: issue, article)
            }
        }

        func deliver(_ chunk: ArraySlice<UInt8>) throws {
            sawBytes = sawBytes || !chunk.isEmpty
            switch format {
            case .jsonLines, .json:
                if records == nil { records = format!.recordSplitter(maxRecord: maxRecordBytes) }
                try records!.feed(chunk, handleLine)
            case .csv, .tsv:
                if csv == nil { csv = CSVRecordReader(delimiter: format == .tsv ? 0x09 : 0x2C, display: display, sniffing: format == .csv) }
                try csv!.feed(chunk, article, issue: issue)
            default: plainDocument!.append(contentsOf: chunk)
            }
        }

        do {
            try stream.forEachChunk { chunk in
                if format == nil {
                    sniffBuffer.append(contentsOf: chunk)
                    guard sniffBuffer.count >= 4096 else { return }
                    format = Self.sniff(sniffBuffer)
                    if format == .text || format == .html { plainDocument = [] }
                    let buffered = sniffBuffer
                    sniffBuffer = []
                    try deliver(buffered[...])
                } else {
                    try deliver(chunk)
                }
            }
        } catch let failure as ByteStream.Failure {
            issue(ReadIssue(.corruptGzip, at: display, "\(failure); the records before the damage were kept"))
        }
        if format == nil, !sniffBuffer.isEmpty {
            format = Self.sniff(sniffBuffer)
            if format == .text || format == .html { plainDocument = [] }
            try deliver(sniffBuffer[...])
        }
        if !sawBytes {
            issue(ReadIssue(.emptyFile, at: display))
            return
        }
        switch format {
        case .jsonLines, .json: try records?.finish(handleLine)
        case .csv, .tsv: try csv?.finish(article, issue: issue)
        case .text, .markdown, .html:
            if let bytes = plainDocument,
                let parsed = DocumentFile.parse(
                    bytes, format: format!, id: (display as NSString).lastPathComponent, origin: display, issue: issue)
            {
                try article(parsed)
            }
        case nil: break
        }
    }

    /// Counts a whole file as read, however far gzoffset got.
    private func finished(_ path: String) {
        guard let progress, path != "-" else { return }
        progress.completedFiles += Self.fileSize(path)
        progress.doneBytes = progress.completedFiles
    }

    /// Reads articles from bytes already in memory, as if they were a file of `format` named `name`
    /// (for tests and fuzzing: the same parsers as files, without the file).
    public static func parse(
        _ bytes: [UInt8], format: Format, name: String, _ article: (Article) throws -> Void, issue: (ReadIssue) -> Void
    ) throws {
        switch format {
        case .jsonLines, .json:
            let handle: (LineSplitter.Line) throws -> Void = { line in
                switch line {
                case .tooLong(let number): issue(ReadIssue(.tooLarge, at: "\(name):\(number)"))
                case .text(let bytes, let number):
                    try JSONRecord.parse(bytes, origin: "\(name):\(number)", issue: issue, article)
                }
            }
            var splitter = format.recordSplitter(maxRecord: 64 << 20)!
            try splitter.split(bytes[...], handle)
        case .csv, .tsv:
            var reader = CSVRecordReader(delimiter: format == .tsv ? 0x09 : 0x2C, display: name, sniffing: format == .csv)
            try reader.feed(bytes[...], article, issue: issue)
            try reader.finish(article, issue: issue)
        case .text, .markdown, .html:
            if let parsed = DocumentFile.parse(bytes, format: format, id: name, origin: name, issue: issue) {
                try article(parsed)
            }
        }
    }

    /// Guesses the format of standard input or an unnamed file from its first bytes.
    static func sniff(_ bytes: [UInt8]) -> Format {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let trimmed = head.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("{") {
            // One object per line (a first line longer than the sample is one), or a pretty-printed document.
            guard let newline = trimmed.firstIndex(of: "\n") else { return .jsonLines }
            let firstLine = trimmed[..<newline].trimmingCharacters(in: .whitespaces)
            return firstLine.hasSuffix("}") ? .jsonLines : .json
        }
        if trimmed.hasPrefix("[") { return .json }
        if trimmed.hasPrefix("<") { return .html }
        let firstLine = trimmed.prefix(while: { $0 != "\n" })
        for delimiter in [",", "\t", ";"] {
            // (A header the CSV reader can use: one of its columns names the text.)
            let columns = firstLine.split(separator: Character(delimiter)).map { JSONRecord.normalized(String($0)) }
            if columns.count >= 2, columns.contains(where: JSONRecord.textKeys.contains) { return delimiter == "\t" ? .tsv : .csv }
        }
        return .text
    }
}
