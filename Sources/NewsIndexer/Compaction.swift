import Foundation
import NewsSchema
import Xapian

/// Compacting an index in place, and merging shards into one.
///
/// The compacted copy is written beside the index and swapped in with two renames, so a reader
/// never sees a half-written index: it opens either the old files or the new ones (Xapian keeps the
/// files it already has open). The write lock is held throughout so no writer runs meanwhile.
public enum Compaction {
    public struct Report: Sendable {
        public var bytesBefore: Int
        public var bytesAfter: Int
    }

    /// Compacts the index at `path` in place.
    public static func compact(_ path: String) throws(IndexError) -> Report {
        let before = size(of: path)
        // Holding the writer keeps other writers out while we copy.
        let lock: WritableDatabase
        do { lock = try WritableDatabase(path: path, create: false) } catch { throw IndexError.wrap(error, path: path) }
        let fresh = sibling(path, "compacting")
        do {
            try Compactor.compact([path], into: fresh)
        } catch {
            try? FileManager.default.removeItem(atPath: fresh)
            throw IndexError.wrap(error, path: path)
        }
        try? lock.close()
        try swap(fresh, into: path)
        return Report(bytesBefore: before, bytesAfter: size(of: path))
    }

    /// Merges shard databases into `path`, which must hold an empty index, then removes the shards.
    static func merge(_ shards: [String], into path: String) throws(IndexError) {
        let fresh = sibling(path, "merging")
        do {
            try Compactor.compact(shards, into: fresh)
        } catch {
            try? FileManager.default.removeItem(atPath: fresh)
            throw IndexError.wrap(error, path: path)
        }
        try swap(fresh, into: path)
        for shard in shards { try? FileManager.default.removeItem(atPath: shard) }
    }

    /// Replaces the database files in `path` by those in `fresh`; other files in `path` (the
    /// README, shard folders) stay.
    private static func swap(_ fresh: String, into path: String) throws(IndexError) {
        let fm = FileManager.default
        let old = sibling(path, "old")
        do {
            // Move the new index's files in one rename of the folder: the old folder steps aside
            // first, then everything that is not Xapian's comes back.
            try fm.moveItem(atPath: path, toPath: old)
            try fm.moveItem(atPath: fresh, toPath: path)
            for name in try fm.contentsOfDirectory(atPath: old) where !isXapianFile(name) {
                try? fm.moveItem(atPath: old + "/" + name, toPath: path + "/" + name)
            }
            try fm.removeItem(atPath: old)
        } catch {
            throw IndexError.xapian(
                path: path, XapianError(code: .database, message: "could not swap in the compacted index: \(error)"))
        }
    }

    static func isXapianFile(_ name: String) -> Bool {
        name.hasSuffix(".glass") || name == "iamglass" || name == "flintlock" || name == "postlist.tmp"
            || name.hasSuffix(".baseA") || name.hasSuffix(".baseB") || name == "iamchert"
    }

    private static func sibling(_ path: String, _ tag: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(
            "." + url.lastPathComponent + "." + tag + "-" + String(getpid())).path
    }

    static func size(of path: String) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.filter(isXapianFile).reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
