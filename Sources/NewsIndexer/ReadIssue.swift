/// A record or file that could not be read as an article: reported, counted, skipped.
public struct ReadIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case missingPath = "path not found"
        case unreadable = "unreadable file"
        case corruptGzip = "corrupt or truncated gzip"
        case binaryFile = "binary file"
        case emptyFile = "empty file"
        case invalidUTF8 = "invalid UTF-8 (repaired)"
        case malformedJSON = "malformed JSON"
        case notAnObject = "JSON line is not an object"
        case missingBody = "missing or empty body"
        case tooLarge = "record too large"
        case badDate = "unreadable date (kept undated)"
        case raggedRow = "CSV row with the wrong number of fields"
        case missingHeader = "CSV without a usable header"
        case duplicateID = "duplicate id in this run (last wins)"
        case unsupported = "unsupported file type"
    }

    public var kind: Kind
    /// "archive.jsonl:42", "folder/page.html"
    public var location: String
    public var detail: String
    /// Whether the record was dropped (false for repairs and warnings such as an undated article).
    public var skipped: Bool

    public init(_ kind: Kind, at location: String, _ detail: String = "", skipped: Bool = true) {
        self.kind = kind
        self.location = location
        self.detail = detail
        self.skipped = skipped
    }

    public var description: String {
        "\(location): \(kind.rawValue)" + (detail.isEmpty ? "" : ": \(detail)")
    }
}
