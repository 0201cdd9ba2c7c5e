import CXapian

/// An error raised by Xapian, classified by the exception class the shim caught.
public struct XapianError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int
        public static let databaseNotFound = Code(rawValue: Int(CXapian_DATABASE_NOT_FOUND.rawValue))
        public static let databaseLock = Code(rawValue: Int(CXapian_DATABASE_LOCK.rawValue))
        public static let databaseModified = Code(rawValue: Int(CXapian_DATABASE_MODIFIED.rawValue))
        public static let databaseCorrupt = Code(rawValue: Int(CXapian_DATABASE_CORRUPT.rawValue))
        public static let databaseVersion = Code(rawValue: Int(CXapian_DATABASE_VERSION.rawValue))
        public static let databaseOpening = Code(rawValue: Int(CXapian_DATABASE_OPENING.rawValue))
        public static let database = Code(rawValue: Int(CXapian_DATABASE.rawValue))
        public static let queryParser = Code(rawValue: Int(CXapian_QUERY_PARSER.rawValue))
        public static let network = Code(rawValue: Int(CXapian_NETWORK.rawValue))
        public static let invalidArgument = Code(rawValue: Int(CXapian_INVALID_ARGUMENT.rawValue))
        public static let invalidOperation = Code(rawValue: Int(CXapian_INVALID_OPERATION.rawValue))
        public static let documentNotFound = Code(rawValue: Int(CXapian_DOCUMENT_NOT_FOUND.rawValue))
        public static let range = Code(rawValue: Int(CXapian_RANGE.rawValue))
        public static let otherXapian = Code(rawValue: Int(CXapian_OTHER_XAPIAN.rawValue))
        public static let stdException = Code(rawValue: Int(CXapian_STD_EXCEPTION.rawValue))
        public static let unknown = Code(rawValue: Int(CXapian_UNKNOWN.rawValue))

        public var description: String {
            switch self {
            case .databaseNotFound: "database not found"
            case .databaseLock: "database locked"
            case .databaseModified: "database modified"
            case .databaseCorrupt: "database corrupt"
            case .databaseVersion: "database version"
            case .databaseOpening: "database opening"
            case .database: "database"
            case .queryParser: "query syntax"
            case .network: "network"
            case .invalidArgument: "invalid argument"
            case .invalidOperation: "invalid operation"
            case .documentNotFound: "document not found"
            case .range: "range"
            default: "error \(rawValue)"
            }
        }
    }

    public var code: Code
    /// Xapian's exception class name (`get_type()`), e.g. "DatabaseLockError".
    public var type: String
    /// Xapian's message (`get_msg()`), with context when Xapian gave one.
    public var message: String

    public init(code: Code, type: String = "", message: String) {
        self.code = code
        self.type = type
        self.message = message
    }

    public var description: String { type.isEmpty ? message : "\(type): \(message)" }
}

/// Runs a shim call with a fresh CXapian_error and throws if the call failed.
@inline(__always)
func check<T>(_ body: (UnsafeMutablePointer<CXapian_error>) -> T, failed: (T) -> Bool) throws(XapianError) -> T {
    var error = CXapian_error(code: CXapian_OK, type: nil, message: nil)
    let result = body(&error)
    if error.code != CXapian_OK || failed(result) {
        defer { CXapian_error_clear(&error) }
        throw XapianError(
            code: XapianError.Code(rawValue: Int(error.code.rawValue)),
            type: error.type.map { String(cString: $0) } ?? "",
            message: error.message.map { String(cString: $0) } ?? "unknown Xapian failure")
    }
    return result
}

/// Takes ownership of a malloc'd string from the shim.
func takeString(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> String {
    guard let pointer else { return "" }
    defer { CXapian_string_free(pointer) }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
}

func takeBytes(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> [UInt8] {
    guard let pointer else { return [] }
    defer { CXapian_string_free(pointer) }
    return Array(UnsafeRawBufferPointer(start: pointer, count: length))
}

public enum XapianLibrary {
    /// The version of the linked Xapian library, e.g. "1.4.22".
    public static var version: String { String(cString: CXapian_version_string()) }
}
