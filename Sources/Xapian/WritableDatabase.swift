import CXapian

/// A Xapian database open for writing. One writer per database (Xapian holds a lock).
///
/// A class rather than a `~Copyable` struct because the indexer keeps it across a pipeline of
/// batches; ownership is still single: call `close()` to commit and release the lock, and nothing
/// else. `deinit` frees without committing, as a crash would: the last commit stays intact.
/// Not `Sendable`: Xapian objects are not thread-safe.
public final class WritableDatabase {
    private var handle: OpaquePointer?
    public let path: String

    /// Opens (and with `create`, creates) the database at `path`. A `scratch` database is one
    /// thrown away after use (a shard, merged and deleted): no fsync, blocks updated in place
    /// (Xapian's DB_NO_SYNC and DB_DANGEROUS); a crash leaves it unusable, and nothing may read it
    /// while it is written.
    public init(path: String, create: Bool = true, scratch: Bool = false) throws(XapianError) {
        self.path = path
        handle = try check({ CXapian_writable_open(path, create ? 1 : 0, scratch ? 1 : 0, $0) }, failed: { $0 == nil })
    }

    deinit { if let handle { CXapian_writable_free(handle) } }

    private func live() throws(XapianError) -> OpaquePointer {
        guard let handle else { throw XapianError(code: .invalidOperation, message: "the index at \(path) is closed") }
        return handle
    }

    /// `WritableDatabase::commit()`: makes everything added so far durable and visible to readers.
    public func commit() throws(XapianError) {
        let h = try live()
        _ = try check({ CXapian_writable_commit(h, $0) }, failed: { $0 == 0 })
    }

    /// `WritableDatabase::close()`: commits and releases the lock. Errors are reported, not swallowed.
    public func close() throws(XapianError) {
        let h = try live()
        defer { CXapian_writable_free(h); handle = nil }
        _ = try check({ CXapian_writable_close(h, $0) }, failed: { $0 == 0 })
    }

    public func setMetadata(_ key: String, _ value: String) throws(XapianError) {
        let h = try live()
        var value = value
        let ok = value.withUTF8 { buffer in
            Result { () throws(XapianError) in
                try check({ CXapian_writable_set_metadata(h, key, buffer.baseAddress, buffer.count, $0) }, failed: { $0 == 0 })
            }
        }
        _ = try ok.get()
    }

    public func metadata(_ key: String) throws(XapianError) -> String {
        let h = try live()
        var length = 0
        let pointer = try check({ CXapian_writable_get_metadata(h, key, &length, $0) }, failed: { $0 == nil })
        return takeString(pointer, length: length)
    }

    /// `WritableDatabase::delete_document(term)`: removes every document indexed by `term`.
    public func deleteDocuments(withTerm term: String) throws(XapianError) {
        let h = try live()
        var term = term
        let result = term.withUTF8 { buffer in
            Result { () throws(XapianError) in
                try check({ CXapian_writable_delete_term(h, buffer.baseAddress, buffer.count, $0) }, failed: { $0 == 0 })
            }
        }
        _ = try result.get()
    }

    /// How many documents (committed or not) are indexed by `term`.
    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        let h = try live()
        var term = term
        let result = term.withUTF8 { buffer in
            Result { () throws(XapianError) in
                try check({ CXapian_writable_termfreq(h, buffer.baseAddress, buffer.count, $0) }, failed: { $0 < 0 })
            }
        }
        return Int(try result.get())
    }

    /// Adds a document built ahead of time.
    @discardableResult
    public func add(_ document: BuiltDocument) throws(XapianError) -> UInt32 {
        let h = try live()
        return try check({ CXapian_writable_add_built(h, document.handle, $0) }, failed: { $0 == 0 })
    }

    /// Adds a document built in Swift in one call. Returns its docid (internal; never expose it).
    @discardableResult
    public func add(_ document: Document) throws(XapianError) -> UInt32 {
        let h = try live()
        let result = document.withCDocument { spec in
            Result { () throws(XapianError) in
                try check({ CXapian_writable_add_document(h, spec, $0) }, failed: { $0 == 0 })
            }
        }
        return try result.get()
    }
}
