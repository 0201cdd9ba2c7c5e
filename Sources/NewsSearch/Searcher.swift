import Foundation
import NewsEntities
import NewsSchema
import Xapian

/// Why a search could not run, said so that a user knows what to do.
public enum SearchError: Error, CustomStringConvertible {
    case noIndex(path: String)
    case emptyIndex(path: String)
    case schemaMismatch(path: String, found: String)
    case badQuery(String)
    case unknownCountry(String)
    case xapian(path: String, XapianError)

    public var description: String {
        switch self {
        case .noIndex(let path): "no index at \(path); build one with `newsindex index ARCHIVE --index \(path)`"
        case .emptyIndex(let path): "the index at \(path) holds no articles yet; add some with `newsindex index ARCHIVE`"
        case .schemaMismatch(let path, let found):
            "\(path) was written with index schema \(found.isEmpty ? "unknown (not a NewsIndex index?)" : found), this newsindex reads schema \(Schema.version); re-index into a new folder"
        case .badQuery(let message): "cannot parse the query: \(message)"
        case .unknownCountry(let name): "unknown country \"\(name)\"; use a name (\"Germany\"), an ISO code (DE) or a demonym (German)"
        case .xapian(let path, let error) where error.code == .databaseModified:
            "\(path) kept changing under this search for \(Int(Searcher.retryWindow.components.seconds)) s: an indexing run is committing faster than it can be read; try again, or index with a larger --commit-every"
        case .xapian(let path, let error): "\(path): \(error.message)"
        }
    }
}

/// Runs searches against one index. Not thread-safe (Xapian objects are not); one per task.
public final class Searcher {
    public let path: String
    let database: Database
    /// What a search shows of a country is its name (`Lexicons.countryNamesByCode`, a small file);
    /// the places that `country:` and `--country` resolve (`Lexicons.countriesOnly`) load only when
    /// a search names a country: they were a third of a one-off search process's time.
    private var places: Lexicons { .countriesOnly }
    /// Archive-level person merges recorded by the indexer: short key -> full key, and back.
    let mergedInto: [String: (key: String, name: String)]
    let mergedFrom: [String: [String]]
    /// Unconfirmed names the archive confirmed as people (PersonPromotions), by key.
    let promoted: Set<String>
    let facetAliases: FacetAliases

    public init(path: String) throws(SearchError) {
        self.path = path
        do {
            let opened = try Database(path: path)
            database = opened
            // A writer committing fast can discard the revision just opened: read it again on the new one.
            let (version, empty, encodedMerges, encodedPromotions) = try Self.retryingWhileModified(opened) { () throws(XapianError) in
                let version = try opened.metadata(Schema.versionKey)
                // A database created but never committed to holds no version and no documents yet.
                let empty = version.isEmpty ? try opened.documentCount == 0 : false
                return (version, empty, try opened.metadata(PersonMerges.metadataKey),
                        try opened.metadata(PersonPromotions.metadataKey))
            }
            guard version == Schema.version || empty else {
                throw SearchError.schemaMismatch(path: path, found: version)
            }
            let merges = PersonMerges.decode(encodedMerges)
            mergedInto = Dictionary(merges.map { ($0.shortKey, (key: $0.fullKey, name: $0.fullName)) }, uniquingKeysWith: { a, _ in a })
            mergedFrom = Dictionary(grouping: merges, by: \.fullKey).mapValues { $0.map(\.shortKey) }
            let promotions = PersonMerges.decode(encodedPromotions)
            promoted = Set(promotions.map(\.shortKey))
            facetAliases = FacetAliases(
                merges.map { (Schema.Facet.people.entry($0.shortName), Schema.Facet.people.entry($0.fullName)) },
                confirmed: promotions.map { (Schema.term(Schema.Prefix.unconfirmedPersonInArticle, $0.shortKey), $0.fullName) },
                in: opened)
        } catch let error as XapianError {
            switch error.code {
            case .databaseNotFound, .databaseOpening: throw .noIndex(path: path)
            default: throw .xapian(path: path, error)
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .xapian(path: path, XapianError(code: .unknown, message: "\(error)"))
        }
    }

    /// The fields users may type in a query, from the one schema.
    static let fields: [SearchRequest.Field] = [
        .init("title", prefix: Schema.Prefix.title, kind: .text, articleLevel: true),
        .init("person", prefix: Schema.Prefix.personInArticle, kind: .normalised, articleLevel: true),
        .init("country", prefix: Schema.Prefix.countryInArticle, kind: .normalised, articleLevel: true),
        .init("about", prefix: Schema.Prefix.aboutCountry, kind: .normalised, articleLevel: true),
        .init("source", prefix: Schema.Prefix.source, kind: .normalised, articleLevel: true),
        .init("id", prefix: Schema.Prefix.article, kind: .boolean),
        .init("year", prefix: Schema.Prefix.year, kind: .boolean, articleLevel: true),
    ]

    /// Normalises a value typed in the query or an option exactly as the indexer did.
    func normalise(field: String, value: String) throws -> [String] {
        switch field {
        case "person":
            let keys = personKeys(value)
            // (Whole terms, after a tab: the unconfirmed names of the person the archive confirmed.)
            return keys + keys.filter(promoted.contains).map { "\t" + Schema.term(Schema.Prefix.unconfirmedPersonInArticle, $0) }
        case "country", "about":
            let codes = places.countryCodes(for: value)
            guard !codes.isEmpty else { throw SearchError.unknownCountry(value) }
            return codes.map(Schema.countryValue)
        case "source":
            return [Schema.term("", Schema.sourceValue(value))]
        default:
            return [value]
        }
    }

    /// A person as typed, with the archive-level merges: "kerry" also finds "john kerry", and
    /// "John Kerry" also the articles that call him only "Kerry". A surname that no merge takes
    /// finds the archive's full names with it too (`PersonSurnames`): "merkel" finds "Angela
    /// Merkel" in an archive that never calls her "Merkel" alone.
    func personKeys(_ name: String) -> [String] {
        let key = Schema.personValue(name)
        guard !key.isEmpty else { return [] }
        if let full = mergedInto[key]?.key { return [full] + (mergedFrom[full] ?? []) }
        var keys = [key] + (mergedFrom[key] ?? [])
        // (A Slavic surname typed in another spelling, "zelenskiy", by the spelling they share.)
        if !key.contains(" "),
            let fullKeys = PersonSurnames.fullKeys(of: key, in: surnames)
                ?? EntityTagger.slavicSpelling(key).flatMap({ PersonSurnames.fullKeys(of: $0, in: surnames) })
        {
            for full in fullKeys where !keys.contains(full) { keys += [full] + (mergedFrom[full] ?? []) }
        }
        return keys
    }

    /// PersonSurnames as the index holds them, read when a surname is first typed alone (a one-off
    /// search that names no one does not read it); kept once read whole.
    private var readSurnames: String?
    /// Why the surnames could not be read during the search being built (a revision discarded by a
    /// writer): the query parser that asks for them cannot say so, so `searchOnce` throws it after.
    private var surnamesFailure: XapianError?

    private var surnames: String {
        if let readSurnames { return readSurnames }
        do {
            let read = try database.metadata(PersonSurnames.metadataKey)
            readSurnames = read
            return read
        } catch {
            surnamesFailure = error
            return ""
        }
    }

    /// The terms of a person's keys (`personKeys`), article-level or passage-level: the people's,
    /// then those of the unconfirmed names the archive confirmed for these keys.
    func personTerms(_ keys: [String], inArticle: Bool) -> [String] {
        let (person, unconfirmed) = inArticle
            ? (Schema.Prefix.personInArticle, Schema.Prefix.unconfirmedPersonInArticle)
            : (Schema.Prefix.personInPassage, Schema.Prefix.unconfirmedPersonInPassage)
        return keys.map { Schema.term(person, $0) } + keys.filter(promoted.contains).map { Schema.term(unconfirmed, $0) }
    }

    /// How long a read keeps starting again on a new revision while a writer's commits discard
    /// the one being read (Xapian keeps only the latest revisions readable). Between tries the
    /// reader waits a little longer each time, up to 10 ms. A writer committing every few
    /// milliseconds (`--commit-every 25`) can outpace a search for a while, longest on a loaded
    /// machine: a limit of 100 tries (about a second) once ran out under the test suite's own load.
    static let retryWindow: Duration = .seconds(30)

    /// Runs `body` again on the latest revision while a writer's commits discard the one it reads.
    static func retryingWhileModified<T>(_ database: Database, _ body: () throws(XapianError) -> T) throws(XapianError) -> T {
        try retrying(database, body) { $0.code == .databaseModified }
    }

    static func retrying<T, E: Error>(
        _ database: Database, _ body: () throws(E) -> T, whileModified isModified: (E) -> Bool
    ) throws(E) -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + retryWindow
        var attempt = 0
        while true {
            do {
                return try body()
            } catch {
                guard isModified(error), clock.now < deadline else { throw error }
                attempt += 1
                usleep(useconds_t(min(attempt, 10)) * 1000)
                _ = try? database.reopen()
            }
        }
    }

    public func search(_ query: SearchQuery) throws(SearchError) -> SearchResult {
        // A writer that commits during the search (the match, or reading the hits and snippets
        // after it) can leave this revision unreadable: the whole search starts again on the new one.
        try Self.retrying(database, { () throws(SearchError) in try searchOnce(query) }) { error in
            if case .xapian(_, let cause) = error { return cause.code == .databaseModified }
            return false
        }
    }

    private func searchOnce(_ query: SearchQuery) throws(SearchError) -> SearchResult {
        surnamesFailure = nil
        var request = try makeRequest(query)
        // One hit per article; the facet spy, which always runs, knows the articles.
        request.onePerRun = true
        request.offset = query.offset
        request.limit = query.limit
        // The spy always runs: the exact article total is its count of distinct articles.
        request.facets = (Schema.Slot.facets, Schema.Facet.allCases.count)
        // A spelling suggestion scans the index's words near each unknown one: only worth it when
        // nothing matched, so ask again then.
        request.spelling = false
        let results = try run(request)
        // (The people typed were parsed without the surnames: the whole search starts again.)
        if let surnamesFailure { throw .xapian(path: path, surnamesFailure) }
        if results.count == 0, try documentCount() == 0 { throw .emptyIndex(path: path) }

        var hits: [SearchResult.Hit] = []
        // Fruitless looks allowed per page (a query's words may be only in titles).
        var misses = results.hasPassageWords ? 3 : 0
        for index in 0..<results.count {
            guard let stored = try stored(results, index) else { continue }
            let rank = query.offset + index + 1
            var first = try hit(stored, results: results, index: index, rank: rank)
            if misses > 0, !Highlight.showsAMatch(first.passage.highlighted) {
                if let better = try passageWithMatch(of: stored, request: request, rank: rank) {
                    first = better
                } else {
                    misses -= 1
                }
            }
            hits.append(first)
            if query.passagesPerArticle > 1 {
                // More passages of the same article.
                let extra = try run(Self.within(stored.articleID, request, limit: query.passagesPerArticle))
                for j in 0..<extra.count {
                    guard let passage = try self.stored(extra, j, article: stored), passage.index != first.passage.index else {
                        continue
                    }
                    if hits.count(where: { $0.rank == rank }) >= query.passagesPerArticle { break }
                    hits.append(try hit(passage, results: extra, index: j, rank: rank))
                }
            }
        }
        var facets = SearchResult.Facets()
        if query.facetLimit > 0 {
            // With a text to match, every value is read and the matching ones kept, in count order.
            let needle = query.facetMatch.map(EntityKey.fold).flatMap { $0.isEmpty ? nil : $0 }
            func top(_ facet: Schema.Facet) -> [SearchResult.FacetValue] {
                guard let needle else {
                    return results.facetCounts(facet.rawValue, limit: query.facetLimit).values.map {
                        SearchResult.FacetValue(value: $0.value, name: $0.value, count: $0.count)
                    }
                }
                return results.facetCounts(facet.rawValue).values.lazy
                    .filter { EntityKey.fold($0.value).contains(needle) }
                    .prefix(query.facetLimit)
                    .map { SearchResult.FacetValue(value: $0.value, name: $0.value, count: $0.count) }
            }
            facets.people = top(.people)
            // Countries rank by the articles about them, then by all that name them: a country named
            // in passing in many articles comes after one that many are about. (A few hundred
            // values at most: all are read.)
            let about = Dictionary(results.facetCounts(Schema.Facet.aboutCountries.rawValue).values.map { ($0.value, $0.count) },
                                   uniquingKeysWith: +)
            facets.countries = results.facetCounts(Schema.Facet.countries.rawValue).values
                .map { (value: $0.value, count: $0.count, about: about[$0.value] ?? 0) }
                .filter { country in
                    guard let needle else { return true }
                    return EntityKey.fold(country.value) == needle || EntityKey.fold(Lexicons.countryName(country.value)).contains(needle)
                }
                .sorted { ($0.about, $0.count, $1.value) > ($1.about, $1.count, $0.value) }
                .prefix(query.facetLimit)
                .map { SearchResult.FacetValue(value: $0.value, name: Lexicons.countryName($0.value), count: $0.count, about: $0.about) }
            facets.sources = top(.sources)
            facets.years = top(.years)
        }
        var correction = ""
        if results.count == 0, query.offset == 0, !query.text.isEmpty {
            var retry = request
            retry.spelling = true
            retry.limit = 0
            retry.facets = nil
            retry.exact = false
            correction = try run(retry).correctedQuery
        }
        return SearchResult(
            query: query.text, totalArticles: results.distinctKeys, totalPassages: results.spiedDocuments,
            hits: hits, facets: facets,
            suggestion: results.count == 0 && !correction.isEmpty && correction != query.text ? correction : nil)
    }

    /// The article's best passage that shows a word of the query, when its best one shows none: a
    /// passage can win on the title's words (every passage carries them) or on naming the person
    /// or country the search filters on, and then shows nothing of what was asked. Nil when no
    /// passage among the article's best `candidates` shows a word of the query.
    private func passageWithMatch(of stored: StoredPassage, request: SearchRequest, rank: Int, candidates: Int = 10)
        throws(SearchError) -> SearchResult.Hit?
    {
        let extra = try run(Self.within(stored.articleID, request, limit: candidates))
        for j in 0..<extra.count {
            guard let passage = try self.stored(extra, j, article: stored), passage.index != stored.index else { continue }
            let candidate = try hit(passage, results: extra, index: j, rank: rank)
            if Highlight.showsAMatch(candidate.passage.highlighted) { return candidate }
        }
        return nil
    }

    /// The same query restricted to one article: its best `limit` passages, no facets.
    private static func within(_ articleID: String, _ request: SearchRequest, limit: Int) -> SearchRequest {
        var more = request
        more.onePerRun = false
        more.facets = nil
        more.offset = 0
        more.limit = limit
        more.filters.append([Schema.term(Schema.Prefix.article, articleID)])
        more.spelling = false
        more.exact = false
        return more
    }

    func documentCount() throws(SearchError) -> Int {
        do { return try database.documentCount } catch { throw .xapian(path: path, error) }
    }


    /// Hit `index`'s passage with its article's fields: from `article` when the caller has them
    /// (another passage of the same article), else read from the article's last passage.
    private func stored(_ results: SearchResults, _ index: Int, article: StoredPassage? = nil) throws(SearchError)
        -> StoredPassage?
    {
        do {
            guard let passage = StoredPassage(decoding: try results.data(at: index)) else { return nil }
            if passage.holdsArticleFields { return passage }
            if let article { return passage.withArticleFields(of: article) }
            let last = try results.data(at: index, after: passage.count - 1 - passage.index)
            return passage.withArticleFields(decoding: last) ?? passage
        } catch {
            throw .xapian(path: path, error)
        }
    }

    private func hit(_ stored: StoredPassage, results: SearchResults, index: Int, rank: Int) throws(SearchError)
        -> SearchResult.Hit
    {
        let highlighted: String
        do {
            // Long enough for the whole passage: it is shown whole, with every match marked.
            let snippet = try results.snippet(
                stored.text, length: stored.text.utf8.count * 2 + 64, start: "<b>", end: "</b>")
            highlighted = Highlight.completing(snippet, of: stored.text)
        } catch {
            throw .xapian(path: path, error)
        }
        return SearchResult.Hit(
            rank: rank, score: results.weight(at: index),
            article: .init(id: stored.articleID, title: stored.title, date: stored.date, source: stored.source, url: stored.url, author: stored.author),
            passage: .init(
                index: stored.index, count: stored.count, text: stored.text, highlighted: highlighted,
                people: shownPeople(stored),
                countries: stored.countries.map { .init(code: $0, name: Lexicons.countryName($0)) }))
    }

    /// A passage's people as the facets count them: a name the archive merged into another
    /// ("Obama" in an article that never writes "Barack Obama") shows as that person, once.
    private func shownPeople(_ stored: StoredPassage) -> [String] {
        var shown: [String] = []
        for name in stored.people + stored.unconfirmed.filter({ promoted.contains(Schema.personValue($0)) }) {
            let person = mergedInto[Schema.personValue(name)]?.name ?? name
            if !shown.contains(person) { shown.append(person) }
        }
        return shown
    }

    func run(_ request: SearchRequest) throws(SearchError) -> SearchResults {
        do {
            return try database.search(request)
        } catch {
            // (A revision discarded by a writer: `search` starts again.)
            throw error.code == .queryParser ? .badQuery(error.message) : .xapian(path: path, error)
        }
    }

    func makeRequest(_ query: SearchQuery) throws(SearchError) -> SearchRequest {
        var request = SearchRequest()
        request.query = query.text
        request.fields = Self.fields
        request.normalise = { [unowned self] field, value in try self.normalise(field: field, value: value) }
        request.dateSlot = Schema.Slot.date
        request.articleSizeSlot = Schema.Slot.articleSize
        request.dateFrom = query.since?.sortable
        request.dateTo = query.until?.sortable
        request.undatedOnly = query.undated
        request.facetAliases = facetAliases
        for person in query.people {
            let keys = personKeys(person)
            request.articleFilters.append(personTerms(keys, inArticle: true))
            // Within the articles kept, prefer the passages that mention the person.
            request.preferred.append(contentsOf: personTerms(keys, inArticle: false))
        }
        // A country as typed (name, code, demonym) -> its codes' values, as in terms.
        func countryValues(_ country: String) throws(SearchError) -> [String] {
            let codes = places.countryCodes(for: country)
            guard !codes.isEmpty else { throw .unknownCountry(country) }
            return codes.map(Schema.countryValue)
        }
        // Articles that name the country, or are about it; within them, prefer the passages that name it.
        for (countries, prefix) in [(query.countries, Schema.Prefix.countryInArticle), (query.aboutCountries, Schema.Prefix.aboutCountry)] {
            for country in countries {
                let values = try countryValues(country)
                request.articleFilters.append(values.map { Schema.term(prefix, $0) })
                request.preferred.append(contentsOf: values.map { Schema.term(Schema.Prefix.countryInPassage, $0) })
            }
        }
        if !query.sources.isEmpty {
            request.articleFilters.append(query.sources.map { Schema.term(Schema.Prefix.source, Schema.sourceValue($0)) })
        }
        for person in query.notPeople {
            request.articleExcludes.append(contentsOf: personTerms(personKeys(person), inArticle: true))
        }
        for country in query.notCountries {
            request.articleExcludes.append(contentsOf: try countryValues(country).map { Schema.term(Schema.Prefix.countryInArticle, $0) })
        }
        switch query.sort {
        case .relevance: request.sort = .relevance
        case .newest: request.sort = .valueDescending(slot: Schema.Slot.date)
        case .oldest: request.sort = .valueAscending(slot: Schema.Slot.date)
        }
        return request
    }
}
