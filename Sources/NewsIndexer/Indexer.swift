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
    private let tagger: EntityTagger
    private let splitter = PassageSplitter()
    public private(set) var summary = Summary()
    private var sinceCommit = 0
    /// Commit after this many articles, so an interrupted run keeps most of its work.
    public var commitEvery = 5000

    public init(path: String, tagger: EntityTagger = EntityTagger()) throws(IndexError) {
        self.path = path
        self.tagger = tagger
        // Measured in ../shared/XAPIAN-NOTES.md: 1,000 was fastest and smallest in memory.
        setenv("XAPIAN_FLUSH_THRESHOLD", "1000", 0)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .xapian(path: path, XapianError(code: .databaseOpening, message: "cannot create the folder: \(error.localizedDescription)"))
        }
        database = try Self.wrapping(path) { try WritableDatabase(path: path, create: true) }
        try Self.wrapping(path) { [database] in
            let version = try database.metadata(Schema.versionKey)
            if version.isEmpty {
                // An empty folder becomes a new index; a Xapian database of someone else's is refused.
                guard try database.termFrequency("") == 0 else {
                    throw IndexError.schemaMismatch(path: path, found: "", expected: Schema.version)
                }
                try database.setMetadata(Schema.versionKey, Schema.version)
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
        try Self.wrapping(path) {
            let articleTerm = Schema.term(Schema.Prefix.article, article.id)
            let hash = Schema.term("XH", StableHash.hex(Schema.version + "\u{1}" + article.id + "\u{1}" + article.title
                + "\u{1}" + article.body + "\u{1}" + (article.date?.description ?? "") + "\u{1}" + article.source
                + "\u{1}" + article.url + "\u{1}" + article.author))
            if try database.termFrequency(hash) > 0 {
                summary.unchanged += 1
                return 0
            }
            try database.deleteDocuments(withTerm: articleTerm)
            let documents = makeDocuments(article, articleTerm: articleTerm, hashTerm: hash)
            for document in documents { try database.add(document) }
            summary.articles += 1
            summary.passages += documents.count
            sinceCommit += 1
            if sinceCommit >= commitEvery { try commit() }
            return documents.count
        }
    }

    /// Removes an article and all its passages. Returns whether it was there.
    public func delete(id: String) throws(IndexError) -> Bool {
        do {
            let term = Schema.term(Schema.Prefix.article, id)
            guard try database.termFrequency(term) > 0 else { return false }
            try database.deleteDocuments(withTerm: term)
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

    /// Commits and releases the write lock.
    public func close() throws(IndexError) {
        try commit()
        do { try database.close() } catch { throw IndexError.wrap(error, path: path) }
    }

    func makeDocuments(_ article: Article, articleTerm: String, hashTerm: String) -> [Document] {
        let entities = tagger.tag(title: article.title, body: article.body)
        var passages = splitter.split(article.body)
        if passages.isEmpty {
            passages = [Passage(text: article.body, ranges: [0..<article.body.unicodeScalars.count])]
        }
        let people = entities.people.map(\.name)
        let countries = entities.countries.map(\.code)
        summary.people.formUnion(entities.people.map(\.key))
        summary.countries.formUnion(countries)
        let source = article.source.trimmingCharacters(in: .whitespacesAndNewlines)
        let year = article.date.map { String($0.year) }

        return passages.enumerated().map { index, passage in
            // Entities of this passage: mentioned in its lines (or, for title mentions, everywhere).
            let passagePeople = entities.people.filter { person in
                person.mentions.contains { $0.field == .body && passage.contains(offset: $0.start) }
            }
            let passageCountries = entities.countries.filter { country in
                country.mentions.contains { $0.field == .body && passage.contains(offset: $0.start) }
            }
            var document = Document()
            document.data = StoredPassage(
                articleID: article.id, index: index, count: passages.count, title: article.title, date: article.date,
                source: source, url: article.url, author: article.author, text: passage.text,
                people: passagePeople.map(\.name), countries: passageCountries.map(\.code)
            ).encoded()
            document.texts.append(Document.Text(passage.text))
            if !article.title.isEmpty {
                document.texts.append(Document.Text(article.title, prefix: Schema.Prefix.title))
                // The title is searchable from every passage, and weighs more than body text.
                document.texts.append(Document.Text(article.title, wdfIncrement: Schema.titleWeight, positions: false))
            }
            document.addTerm(articleTerm)
            if index == 0 { document.addTerm(hashTerm) }
            for person in entities.people {
                document.addTerm(Schema.term(Schema.Prefix.personInArticle, Schema.personValue(person.name)))
            }
            for person in passagePeople {
                document.addTerm(Schema.term(Schema.Prefix.personInPassage, Schema.personValue(person.name)), wdf: 1)
            }
            for code in countries {
                document.addTerm(Schema.term(Schema.Prefix.countryInArticle, Schema.countryValue(code)))
            }
            for country in passageCountries {
                document.addTerm(Schema.term(Schema.Prefix.countryInPassage, Schema.countryValue(country.code)), wdf: 1)
            }
            if !source.isEmpty { document.addTerm(Schema.term(Schema.Prefix.source, Schema.sourceValue(source))) }
            if let year { document.addTerm(Schema.Prefix.year + year) }
            document.addValue(article.id, slot: Schema.Slot.article)
            if let date = article.date { document.addValue(date.sortable, slot: Schema.Slot.date) }
            document.addValue(people.joined(separator: "\0"), slot: Schema.Slot.people)
            document.addValue(countries.joined(separator: "\0"), slot: Schema.Slot.countries)
            if !source.isEmpty { document.addValue(source, slot: Schema.Slot.source) }
            if let year { document.addValue(year, slot: Schema.Slot.year) }
            return document
        }
    }
}
