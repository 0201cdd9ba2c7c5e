#if canImport(Glibc)
import Glibc
#endif
import CXapian

/// A whole search described as a Swift value and handed to the shim in one call.
public struct SearchRequest {
    public enum FieldKind: Sendable { case text, boolean, normalised }
    public struct Field: Sendable {
        public var name: String
        public var prefix: String
        public var kind: FieldKind
        /// The field's terms are article-level (see `articleSizeSlot`).
        public var articleLevel: Bool
        public init(_ name: String, prefix: String, kind: FieldKind, articleLevel: Bool = false) {
            self.name = name
            self.prefix = prefix
            self.kind = kind
            self.articleLevel = articleLevel
        }
    }
    public enum Sort: Sendable { case relevance, valueDescending(slot: UInt32), valueAscending(slot: UInt32) }

    public var query: String = ""
    public var defaultAnd = true
    public var fields: [Field] = []
    /// Turns a value typed after a normalised field (`person:"José"`) into index terms (no prefix;
    /// one that starts with a tab is a whole term, with its own prefix); an empty list matches
    /// nothing; throwing reports a query error with that message.
    public var normalise: ((_ field: String, _ value: String) throws -> [String])?
    public var dateSlot: UInt32?
    public var dateFrom: String?
    public var dateTo: String?
    /// Only documents without a value in `dateSlot`.
    public var undatedOnly = false
    /// Every group must match; within a group any term may.
    public var filters: [[String]] = []
    /// Documents come in runs of consecutive ids (an article's passages); article-level terms are
    /// on the last document of a run only, which holds the run's length in this slot. Article
    /// filters, excludes and fields then match every document of the run.
    public var articleSizeSlot: UInt32?
    /// Like `filters`, for article-level terms.
    public var articleFilters: [[String]] = []
    /// Article-level terms: a document is dropped when its article has any.
    public var articleExcludes: [String] = []
    public var preferred: [String] = []
    public var offset = 0
    public var limit = 10
    public var collapse: (slot: UInt32, max: Int)?
    /// One hit per run of `facets` (an article's passages): its best document. The same hits as a
    /// collapse on a slot holding the run's key, at less cost; needs `facets` and `exact`.
    public var onePerRun = false
    public var sort: Sort = .relevance
    public var exact = true
    /// Facets: documents come in runs of consecutive ids (an article's passages), and the last of a
    /// run holds in `listSlot` a non-empty '\0'-joined list of entries, each its facet's number
    /// ("0"…"9") followed by the value; `count` facets in all. Each run is counted once.
    public var facets: (listSlot: UInt32, count: Int)?
    /// Facet entries counted as another entry: ("0Trump", "0Donald Trump"); built once per index.
    public var facetAliases: FacetAliases?
    /// Suggest a spelling for the query's words the index does not have.
    public var spelling = true

    public init() {}
}

/// The archive's merges of people for the facet spy, built once and handed to every search: the
/// full corpus has thousands, too many to pass and index per search (that cost 0.5 ms a query).
public final class FacetAliases {
    let handle: OpaquePointer?

    /// `pairs`: people facet entries, each counted as the other ("0Trump", "0Donald Trump").
    /// `confirmed`: a term and a person's name ("XWkarl rove", "Karl Rove"): the documents of
    /// `database` the term indexes (articles' last passages) count as naming the person. Read now,
    /// once (postings that cannot be read are left out).
    public init(_ pairs: [(from: String, to: String)], confirmed: [(term: String, name: String)] = [], in database: Database? = nil) {
        let strings = CStringArena()
        let array = strings.addArray(pairs.flatMap { [$0.from, $0.to] })
        let confirmedArray = strings.addArray(confirmed.flatMap { [$0.term, $0.name] })
        handle = withExtendedLifetime(strings) {
            CXapian_facet_aliases_new(array.pointer, pairs.count, database?.handle, confirmedArray.pointer, confirmed.count)
        }
    }

    deinit { CXapian_facet_aliases_free(handle) }
}

/// The matches of one search: a page of hits plus exact totals and facet counts.
public final class SearchResults {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    deinit { CXapian_results_free(handle) }

    public var count: Int { Int(CXapian_results_count(handle)) }
    /// Matches after collapsing (articles when collapsing by article).
    public var matches: Int { Int(CXapian_results_matches(handle)) }
    /// Matches before collapsing (passages).
    public var uncollapsedMatches: Int { Int(CXapian_results_uncollapsed_matches(handle)) }
    /// Distinct facet keys seen by the facet spy.
    public var distinctKeys: Int { Int(CXapian_results_distinct_keys(handle)) }
    /// Documents the facet spy saw: all matches, exactly, when the request was exact.
    public var spiedDocuments: Int { Int(CXapian_results_spied_documents(handle)) }

    public func weight(at index: Int) -> Double { CXapian_results_weight(handle, UInt32(index)) }

    public func data(at index: Int) throws(XapianError) -> [UInt8] {
        var length = 0
        let pointer = try check({ CXapian_results_data(handle, UInt32(index), &length, $0) }, failed: { $0 == nil })
        return takeBytes(pointer, length: length)
    }

    /// The data of the document `offset` ids after hit `index` (another passage of its article).
    public func data(at index: Int, after offset: Int) throws(XapianError) -> [UInt8] {
        var length = 0
        let pointer = try check(
            { CXapian_results_data_after(handle, UInt32(index), UInt32(offset), &length, $0) }, failed: { $0 == nil })
        return takeBytes(pointer, length: length)
    }

    /// The query with its words the index lacks spelt as the index's closest words, "" when none.
    public var correctedQuery: String {
        var length = 0
        return takeString(CXapian_results_correction(handle, &length), length: length)
    }

    /// Whether the query text has words a passage's text can show (not only `title:` or filters).
    public var hasPassageWords: Bool { CXapian_results_has_passage_words(handle) != 0 }

    public var queryDescription: String {
        var length = 0
        return takeString(CXapian_results_query_description(handle, &length), length: length)
    }

    /// `MSet::snippet()` over `text` with the query's stemmer; `length` in bytes of output text.
    public func snippet(_ text: String, length: Int, start: String, end: String) throws(XapianError) -> String {
        var text = text
        let h = handle
        let result = text.withUTF8 { buffer in
            Result { () throws(XapianError) -> String in
                var outLength = 0
                let pointer = try check(
                    { CXapian_results_snippet(h, buffer.baseAddress, buffer.count, length, start, end, &outLength, $0) },
                    failed: { $0 == nil })
                return takeString(pointer, length: outLength)
            }
        }
        return try result.get()
    }

    /// The `limit` values of facet number `facet` with the highest counts (0: all), highest first,
    /// and how many distinct values the facet has.
    public func facetCounts(_ facet: Int, limit: Int = 0) -> (values: [(value: String, count: Int)], distinct: Int) {
        final class Sink { var values: [(value: String, count: Int)] = [] }
        let sink = Sink()
        let distinct = CXapian_results_facet(handle, facet, limit, { context, value, length, count in
            let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
            let key = String(decoding: UnsafeRawBufferPointer(start: value, count: length), as: UTF8.self)
            sink.values.append((key, Int(count)))
        }, Unmanaged.passUnretained(sink).toOpaque())
        return (sink.values, Int(distinct))
    }
}

extension Database {
    /// Parses and runs `request`. Query syntax errors come back as `.queryParser`.
    public func search(_ request: SearchRequest) throws(XapianError) -> SearchResults {
        final class NormaliserBox {
            let normalise: (String, String) throws -> [String]
            init(_ normalise: @escaping (String, String) throws -> [String]) { self.normalise = normalise }
        }
        let box = request.normalise.map(NormaliserBox.init)
        let strings = CStringArena()
        let fields = request.fields.map { field in
            let kind: CXapian_field_kind =
                switch field.kind {
                case .text: CXapian_FIELD_TEXT
                case .boolean: CXapian_FIELD_BOOLEAN
                case .normalised: CXapian_FIELD_NORMALISED
                }
            return CXapian_field(
                field: strings.add(field.name), prefix: strings.add(field.prefix), kind: kind,
                article_level: field.articleLevel ? 1 : 0)
        }
        let groups = request.filters.map { (strings.addArray($0), false) }
            + request.articleFilters.map { (strings.addArray($0), true) }
        let articleExcludes = strings.addArray(request.articleExcludes)
        let preferred = strings.addArray(request.preferred)
        let from = request.dateFrom.map { strings.add($0) }
        let to = request.dateTo.map { strings.add($0) }
        var queryBytes = Array(request.query.utf8)
        queryBytes.append(0)
        let cGroups = groups.map {
            CXapian_term_group(terms: $0.0.pointer, term_count: $0.0.count, article_level: $0.1 ? 1 : 0)
        }

        let normaliser: CXapian_normalizer = { context, field, value, length, problem in
            let box = Unmanaged<NormaliserBox>.fromOpaque(context!).takeUnretainedValue()
            let field = String(cString: field!)
            let text = String(decoding: UnsafeRawBufferPointer(start: value, count: length), as: UTF8.self)
            do {
                return strdup(try box.normalise(field, text).joined(separator: "\n"))
            } catch {
                problem?.pointee = strdup("\(error)")
                return nil
            }
        }
        let context = box.map { Unmanaged.passUnretained($0).toOpaque() }

        let pointer = try withExtendedLifetime((strings, box)) { () throws(XapianError) -> OpaquePointer? in
            try fields.withUnsafeBufferPointer { fieldBuffer throws(XapianError) in
                try cGroups.withUnsafeBufferPointer { groupBuffer throws(XapianError) in
                        try queryBytes.withUnsafeBufferPointer { queryBuffer throws(XapianError) in
                            var spec = CXapian_search_request()
                            spec.query = UnsafeRawPointer(queryBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                            spec.query_len = queryBuffer.count - 1
                            spec.default_and = request.defaultAnd ? 1 : 0
                            spec.fields = fieldBuffer.baseAddress
                            spec.field_count = fieldBuffer.count
                            spec.normalizer = box == nil ? nil : normaliser
                            spec.normalizer_context = context
                            spec.date_slot = request.dateSlot.map { Int32($0) } ?? -1
                            spec.date_from = from
                            spec.date_to = to
                            spec.undated = request.undatedOnly ? 1 : 0
                            spec.filters = groupBuffer.baseAddress
                            spec.filter_count = groupBuffer.count
                            spec.article_excludes = articleExcludes.pointer
                            spec.article_exclude_count = articleExcludes.count
                            spec.article_size_slot = request.articleSizeSlot.map { Int32($0) } ?? -1
                            spec.preferred = preferred.pointer
                            spec.preferred_count = preferred.count
                            spec.offset = UInt32(clamping: request.offset)
                            spec.limit = UInt32(clamping: request.limit)
                            spec.collapse_slot = request.collapse.map { Int32($0.slot) } ?? -1
                            spec.collapse_max = UInt32(clamping: request.collapse?.max ?? 0)
                            spec.one_per_run = request.onePerRun ? 1 : 0
                            switch request.sort {
                            case .relevance: spec.sort = CXapian_SORT_RELEVANCE
                            case .valueDescending(let slot): spec.sort = CXapian_SORT_VALUE_DESC; spec.sort_slot = slot
                            case .valueAscending(let slot): spec.sort = CXapian_SORT_VALUE_ASC; spec.sort_slot = slot
                            }
                            spec.exact = request.exact ? 1 : 0
                            spec.facet_slot = request.facets?.listSlot ?? 0
                            spec.facet_count = UInt32(request.facets?.count ?? 0)
                            spec.facet_aliases = request.facetAliases?.handle
                            spec.spelling = request.spelling ? 1 : 0
                            return try check({ CXapian_search(handle, &spec, $0) }, failed: { $0 == nil })
                        }
                    }
                }
            }
        return SearchResults(handle: pointer!)
    }
}

/// Keeps C strings alive for the duration of one shim call.
final class CStringArena {
    private var allocations: [UnsafeMutablePointer<CChar>] = []
    private var arrays: [UnsafeMutablePointer<UnsafePointer<CChar>?>] = []

    func add(_ string: String) -> UnsafePointer<CChar> {
        let pointer = strdup(string)!
        allocations.append(pointer)
        return UnsafePointer(pointer)
    }

    func addArray(_ strings: [String]) -> (pointer: UnsafePointer<UnsafePointer<CChar>?>?, count: Int) {
        guard !strings.isEmpty else { return (nil, 0) }
        let array = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: strings.count)
        for (i, string) in strings.enumerated() { array[i] = add(string) }
        arrays.append(array)
        return (UnsafePointer(array), strings.count)
    }

    deinit {
        allocations.forEach { free($0) }
        arrays.forEach { $0.deallocate() }
    }
}
