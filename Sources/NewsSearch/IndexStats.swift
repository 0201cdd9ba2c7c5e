import Foundation
import NewsSchema
import Xapian

/// What an index holds, for `newsindex stats`.
public struct IndexStats: Sendable {
    public var path: String
    public var articles: Int
    public var passages: Int
    public var people: Int
    public var countries: Int
    public var sources: [(name: String, articles: Int)]
    public var firstDate: NewsDate?
    public var lastDate: NewsDate?
    public var undatedArticles: Int
    public var bytesOnDisk: Int
    public var schemaVersion: String
    public var lastUpdate: String
    public var xapianVersion: String
}

extension Searcher {
    public func stats() throws(SearchError) -> IndexStats {
        do {
            // All figures from one revision, read again if a writer's commits discard it.
            return try Self.retryingWhileModified(database) { () throws(XapianError) in try statsOnce() }
        } catch {
            throw .xapian(path: path, error)
        }
    }

    private func statsOnce() throws(XapianError) -> IndexStats {
        do {
            let passages = try database.documentCount
            let articles = try database.countTerms(withPrefix: Schema.Prefix.article)
            let people = try database.countTerms(withPrefix: Schema.Prefix.personInArticle)
            let countries = try database.countTerms(withPrefix: Schema.Prefix.countryInArticle)
            // Source terms are folded; the facet spy gives the names as written and counts articles.
            var request = SearchRequest()
            request.limit = 0
            request.facets = (Schema.Slot.facets, Schema.Facet.allCases.count)
            request.spelling = false
            let all = try database.search(request)
            let sources = all.facetCounts(Schema.Facet.sources.rawValue).values
            let undated = articles - all.facetCounts(Schema.Facet.years.rawValue).values.reduce(0) { $0 + $1.count }
            let bounds = try database.valueBounds(slot: Schema.Slot.date)
            return IndexStats(
                path: path, articles: articles, passages: passages, people: people, countries: countries,
                sources: sources.map { ($0.value, $0.count) }, firstDate: DateParser.parse(bounds.lower),
                lastDate: DateParser.parse(bounds.upper), undatedArticles: undated,
                bytesOnDisk: Self.size(of: path), schemaVersion: try database.metadata(Schema.versionKey),
                lastUpdate: try database.metadata(Schema.updatedKey), xapianVersion: XapianLibrary.version)
        }
    }

    static func size(of path: String) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
