import Xapian

/// Why an index could not be opened or written, with what to do about it.
public enum IndexError: Error, CustomStringConvertible {
    case schemaMismatch(path: String, found: String, expected: String)
    case locked(path: String)
    case notFound(path: String)
    case xapian(path: String, XapianError)

    public var description: String {
        switch self {
        case .schemaMismatch(let path, let found, let expected):
            "\(path) holds a NewsIndex index of schema version \(found.isEmpty ? "unknown" : found); this newsindex writes version \(expected). Re-index into a new folder (--index PATH) or delete \(path) and index again."
        case .locked(let path):
            "\(path) is being written by another newsindex process (Xapian's write lock is held); wait for it to finish, or index into another folder."
        case .notFound(let path):
            "no index at \(path); create one with `newsindex index ARCHIVE --index \(path)`."
        case .xapian(let path, let error) where error.message.contains("No space left on device"):
            "the disk holding \(path) is full; the index keeps what its last commit holds. Free some space and run the same command again: it carries on where the index stopped. (\(error.message))"
        case .xapian(let path, let error):
            "\(path): \(error.message) [\(error.code)]"
        }
    }

    static func wrap(_ error: XapianError, path: String) -> IndexError {
        switch error.code {
        case .databaseLock: .locked(path: path)
        case .databaseNotFound: .notFound(path: path)
        default: .xapian(path: path, error)
        }
    }
}
