import Foundation
import NewsEntities
import NewsSchema
import Xapian

/// Turns articles into Xapian documents: one per passage, with the article's people and countries.
///
/// Indexing an article whose id is already present replaces all of its passages (delete by the
/// article term, then add), and an article whose content is unchanged is skipped by its content
/// hash, so running the same command twice changes nothing.
public final class Indexer {
    public struct Summary: Sendable {
        public var articles = 0
        public var unchanged = 0
        public var pruned = 0
        public var passages = 0
        public var people = Set<String>()
        public var countries = Set<String>()
    }

    public let path: String
    private let database: WritableDatabase
    public let builder: DocumentBuilder
    public private(set) var summary = Summary()
    private var sinceCommit = 0
    /// Articles were added or removed since opening.
    private var changed = false
    /// Commit after this many articles, so an interrupted run keeps most of its work.
    public var commitEvery = 5000

    /// `scratch`: an index thrown away after use (a shard of `index --jobs`, merged and deleted):
    /// written without fsync and in place (see `WritableDatabase`).
    public init(path: String, builder: DocumentBuilder = DocumentBuilder(), scratch: Bool = false) throws(IndexError) {
        self.path = path
        self.builder = builder
        // (Xapian's flush threshold, 1,000 documents, is set when the process starts: see
        // WritableDatabase.cpp.)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .xapian(path: path, XapianError(code: .databaseOpening, message: "cannot create the folder: \(error.localizedDescription)"))
        }
        database = try Self.wrapping(path) { try WritableDatabase(path: path, create: true, scratch: scratch) }
        try Self.wrapping(path) { [database] in
            let version = try database.metadata(Schema.versionKey)
            if version.isEmpty {
                // An empty folder becomes a new index; a Xapian database of someone else's is refused.
                guard try database.termFrequency("") == 0 else {
                    throw IndexError.schemaMismatch(path: path, found: "", expected: Schema.version)
                }
                try database.setMetadata(Schema.versionKey, Schema.version)
                // Committed at once: an index killed before its first articles is still a
                // (empty) NewsIndex index, not a database of unknown schema.
                try database.commit()
            } else if version != Schema.version {
                throw IndexError.schemaMismatch(path: path, found: version, expected: Schema.version)
            }
        }
    }

    /// Runs `body`, turning Xapian's errors into IndexError (lock, not found, other) for `path`.
    private static func wrapping<T>(_ path: String, _ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch let error as XapianError {
            throw IndexError.wrap(error, path: path)
        } catch let error as IndexError {
            throw error
        } catch {
            throw .xapian(path: path, XapianError(code: .unknown, message: "\(error)"))
        }
    }

    /// Adds or replaces one article. Returns the number of passages written (0 when unchanged).
    @discardableResult
    public func add(_ article: Article) throws(IndexError) -> Int {
        try add(builder.prepare(article))
    }

    /// Writes an article prepared (tagged, split, built) elsewhere, replacing any earlier version.
    @discardableResult
    public func add(_ prepared: PreparedArticle) throws(IndexError) -> Int {
        try Self.wrapping(path) {
            if try database.termFrequency(prepared.hashTerm) > 0 {
                summary.unchanged += 1
                return 0
            }
            try database.deleteDocuments(withTerm: prepared.articleTerm)
            for document in prepared.documents { try database.add(document) }
            summary.articles += 1
            changed = true
            summary.passages += prepared.documents.count
            summary.people.formUnion(prepared.personKeys)
            summary.countries.formUnion(prepared.countryCodes)
            sinceCommit += 1
            if sinceCommit >= commitEvery { try commit() }
            return prepared.documents.count
        }
    }

    /// Works out which surname-only people are the archive's dominant full name (PersonMerges), the
    /// full names a surname typed alone finds (PersonSurnames), and which unconfirmed names are
    /// people (PersonPromotions), and records them in the index metadata. Reads the last commit.
    public func refreshPersonMerges() throws(IndexError) {
        try Self.wrapping(path) {
            let reader = try Database(path: path)
            let people = try reader.terms(withPrefix: Schema.Prefix.personInArticle).map { (key: $0.term, frequency: $0.frequency) }
            var merges: [PersonMerge] = []
            // A key's name as the first article with it wrote it.
            let written = { (key: String) throws -> String? in
                PersonMerges.displayName(
                    of: key,
                    inFacetList: try reader.firstValue(withTerm: Schema.Prefix.personInArticle + key, slot: Schema.Slot.facets))
            }
            // (The indexer's tagger has loaded the lexicons already.)
            let familyNamesFirst = Lexicons.shared.asianSurnames
            let pairs = PersonMerges.decide(
                people, displayName: { (try? written($0)) ?? nil },
                familyNameFirst: { familyNamesFirst.contains($0) })
            for (short, full) in pairs {
                guard let shortName = try written(short), let fullName = try written(full) else { continue }
                merges.append(PersonMerge(shortKey: short, shortName: shortName, fullKey: full, fullName: fullName))
            }
            try database.setMetadata(PersonMerges.metadataKey, PersonMerges.encode(merges))
            try database.setMetadata(
                PersonSurnames.metadataKey,
                PersonSurnames.encode(PersonSurnames.decide(people, familyNameFirst: { familyNamesFirst.contains($0) })))
            // Unconfirmed names the archive confirms, as a merge of the key into itself (the person's
            // name both times).
            let unconfirmed = try reader.terms(withPrefix: Schema.Prefix.unconfirmedPersonInArticle)
            var promotions: [PersonMerge] = []
            for key in PersonPromotions.decide(people: people, unconfirmed: unconfirmed.map { (key: $0.term, frequency: $0.frequency) })
            {
                guard let name = try written(key) else { continue }
                promotions.append(PersonMerge(shortKey: key, shortName: name, fullKey: key, fullName: name))
            }
            try database.setMetadata(PersonPromotions.metadataKey, PersonMerges.encode(promotions))
            try database.commit()
        }
    }

    /// Whether the index holds no documents yet (a new index).
    public var isEmpty: Bool {
        get throws(IndexError) {
            try Self.wrapping(path) { try database.termFrequency("") == 0 }
        }
    }

    /// Removes an article and all its passages. Returns whether it was there.
    public func delete(id: String) throws(IndexError) -> Bool {
        do {
            let term = Schema.term(Schema.Prefix.article, id)
            guard try database.termFrequency(term) > 0 else { return false }
            try database.deleteDocuments(withTerm: term)
            changed = true
            return true
        } catch {
            throw IndexError.wrap(error, path: path)
        }
    }

    /// Deletes every article whose id is not in `ids` (keeps a folder and its index in step).
    /// Returns how many were removed. Commits first so the walk sees this run's articles.
    public func prune(keeping ids: Set<String>) throws(IndexError) -> Int {
        try commit()
        let keep = Set(ids.map { Schema.term(Schema.Prefix.article, $0) })
        return try Self.wrapping(path) {
            let reader = try Database(path: path)
            var removed = 0
            for (value, _) in try reader.terms(withPrefix: Schema.Prefix.article)
            where !keep.contains(Schema.Prefix.article + value) {
                try database.deleteDocuments(withTerm: Schema.Prefix.article + value)
                removed += 1
            }
            summary.pruned += removed
            changed = changed || removed > 0
            return removed
        }
    }

    public func commit() throws(IndexError) {
        do {
            try database.setMetadata(Schema.updatedKey, ISO8601DateFormatter().string(from: Date()))
            try database.commit()
            sinceCommit = 0
        } catch {
            throw IndexError.wrap(error, path: path)
        }
    }

    /// Commits and releases the write lock; when articles came or went, the archive-level person
    /// merges are worked out again first (`refreshMerges` false skips that, for shards).
    public func close(refreshMerges: Bool = true) throws(IndexError) {
        try commit()
        if refreshMerges, changed { try refreshPersonMerges() }
        do { try database.close() } catch { throw IndexError.wrap(error, path: path) }
    }
}
