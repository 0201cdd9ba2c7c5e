import NewsSchema

/// What a user asks: free text plus filters. Every filter must hold (AND).
public struct SearchQuery: Sendable {
    public enum Sort: String, Sendable, CaseIterable { case relevance, newest, oldest }

    public var text: String
    public var people: [String] = []
    /// Countries the articles name, anywhere.
    public var countries: [String] = []
    /// Countries the articles are about: named twice, or in the title or lead.
    public var aboutCountries: [String] = []
    public var notPeople: [String] = []
    public var notCountries: [String] = []
    public var sources: [String] = []
    public var since: NewsDate?
    public var until: NewsDate?
    /// Only articles without a readable date.
    public var undated = false
    public var sort: Sort = .relevance
    public var limit = 10
    public var offset = 0
    /// Passages shown per article.
    public var passagesPerArticle = 1
    /// Values per facet; 0 turns facets off.
    public var facetLimit = 10
    /// Only facet values that contain this text (case and accents ignored; a country by its name or
    /// code): finds a person among thousands. The counts are the same as without it.
    public var facetMatch: String?

    public init(_ text: String) { self.text = text }
}

/// What a search returns: values only; the CLI renders them as text or JSON.
public struct SearchResult: Sendable {
    public struct Hit: Sendable {
        public var rank: Int
        public var score: Double
        public var article: ArticleInfo
        public var passage: PassageInfo
    }
    public struct ArticleInfo: Sendable {
        public var id: String
        public var title: String
        public var date: NewsDate?
        public var source: String
        public var url: String
        public var author: String
    }
    public struct PassageInfo: Sendable {
        public var index: Int
        public var count: Int
        public var text: String
        /// The text with matches wrapped in <b>…</b>, HTML-escaped (Xapian's MSet::snippet).
        public var highlighted: String
        public var people: [String]
        public var countries: [Country]
    }
    public struct Country: Sendable, Equatable {
        public var code: String
        public var name: String
    }
    public struct FacetValue: Sendable, Equatable {
        public var value: String
        public var name: String
        /// Matching articles that name it.
        public var count: Int
        /// For a country: how many of them are about it (it is salient there: named twice, or in the
        /// title or the lead). Countries rank by this, then by `count`.
        public var about: Int?
    }
    public struct Facets: Sendable, Equatable {
        public var people: [FacetValue] = []
        public var countries: [FacetValue] = []
        public var sources: [FacetValue] = []
        public var years: [FacetValue] = []
    }

    public var query: String
    public var totalArticles: Int
    public var totalPassages: Int
    public var hits: [Hit]
    public var facets: Facets
    /// A spelling suggestion from the index's own words, offered when nothing matched.
    public var suggestion: String?
}
