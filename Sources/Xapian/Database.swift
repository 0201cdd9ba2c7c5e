import CXapian

/// A Xapian database open for reading. Freed when the last reference goes.
/// Not `Sendable`: Xapian objects are not thread-safe; give each task its own.
public final class Database {
    let handle: OpaquePointer
    public let path: String

    public init(path: String) throws(XapianError) {
        self.path = path
        handle = try check({ CXapian_database_open(path, $0) }, failed: { $0 == nil })!
    }

    deinit { CXapian_database_free(handle) }

    /// `Database::reopen()`: moves to the latest committed revision. Returns whether it changed.
    @discardableResult
    public func reopen() throws(XapianError) -> Bool {
        try check({ CXapian_database_reopen(handle, $0) }, failed: { $0 < 0 }) == 1
    }

    public var documentCount: Int {
        get throws(XapianError) { Int(try check({ CXapian_database_doccount(handle, $0) }, failed: { $0 < 0 })) }
    }

    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        var term = term
        let h = handle
        let result = term.withUTF8 { buffer in
            Result { () throws(XapianError) in
                try check({ CXapian_database_termfreq(h, buffer.baseAddress, buffer.count, $0) }, failed: { $0 < 0 })
            }
        }
        return Int(try result.get())
    }

    public func metadata(_ key: String) throws(XapianError) -> String {
        var length = 0
        let pointer = try check({ CXapian_database_get_metadata(handle, key, &length, $0) }, failed: { $0 == nil })
        return takeString(pointer, length: length)
    }

    /// `get_value_lower_bound` / `get_value_upper_bound`: "" when no document has the slot.
    public func valueBounds(slot: UInt32) throws(XapianError) -> (lower: String, upper: String) {
        var length = 0
        let lower = takeString(
            try check({ CXapian_database_value_bound(handle, slot, 0, &length, $0) }, failed: { $0 == nil }),
            length: length)
        let upper = takeString(
            try check({ CXapian_database_value_bound(handle, slot, 1, &length, $0) }, failed: { $0 == nil }),
            length: length)
        return (lower, upper)
    }

    /// The value in `slot` of the first document indexed by `term`, "" when there is none.
    public func firstValue(withTerm term: String, slot: UInt32) throws(XapianError) -> String {
        var length = 0
        let pointer = try check({ CXapian_database_first_value(handle, term, slot, &length, $0) }, failed: { $0 == nil })
        return takeString(pointer, length: length)
    }

    /// Every term with `prefix` (the prefix removed) and its document frequency.
    public func terms(withPrefix prefix: String) throws(XapianError) -> [(term: String, frequency: Int)] {
        final class Sink { var items: [(term: String, frequency: Int)] = [] }
        let sink = Sink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        _ = try check({ error in
            CXapian_database_walk_terms(handle, prefix, { context, term, length, frequency in
                let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                let text = String(decoding: UnsafeRawBufferPointer(start: term, count: length), as: UTF8.self)
                sink.items.append((text, Int(frequency)))
                return 0
            }, context, error)
        }, failed: { $0 < 0 })
        return sink.items
    }

    /// Counts terms with `prefix` without materialising them.
    public func countTerms(withPrefix prefix: String) throws(XapianError) -> Int {
        Int(try check({ CXapian_database_walk_terms(handle, prefix, { _, _, _, _ in 0 }, nil, $0) }, failed: { $0 < 0 }))
    }
}

public enum Compactor {
    /// Writes `sources` merged and compacted into a new database at `destination`.
    public static func compact(_ sources: [String], into destination: String) throws(XapianError) {
        let strings = CStringArena()
        let array = strings.addArray(sources)
        _ = try withExtendedLifetime(strings) { () throws(XapianError) -> Int32 in
            try check({ CXapian_compact(array.pointer, array.count, destination, $0) }, failed: { $0 == 0 })
        }
    }
}
