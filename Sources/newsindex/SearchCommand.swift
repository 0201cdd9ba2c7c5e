import ArgumentParser
import Foundation
import NewsSchema
import NewsSearch

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index: ranked passages with facet counts by person, country, source and year.",
        discussion: """
            Query syntax (Xapian's QueryParser): words (all must match), "phrases", AND OR NOT, +word -word,
            title:word, person:"Wang Yi", country:china or country:CN (named anywhere), about:china (named
            twice, or in the title or lead), source:reuters, year:2004, date:2004-11-01..2004-12-31. Words are stemmed (English); people and countries are matched
            however they are written ("U.S." = "United States" = US; accents and case do not matter).
            """)

    @OptionGroup var options: IndexOptions

    @Argument(parsing: .remaining, help: "The query; leave it out to list what the filters keep.")
    var query: [String] = []

    @Option(help: "Keep articles that mention this person (repeatable: all must hold).")
    var person: [String] = []
    @Option(help: "Keep articles that name this country: a name, ISO code or demonym (repeatable).")
    var country: [String] = []
    @Option(help: "Keep articles about this country: named twice, or in the title or lead (repeatable).")
    var about: [String] = []
    @Option(name: .customLong("not-person"), help: "Drop articles that mention this person.")
    var notPerson: [String] = []
    @Option(name: .customLong("not-country"), help: "Drop articles that name this country.")
    var notCountry: [String] = []
    @Option(help: "Keep articles from this source (repeatable: any may match).")
    var source: [String] = []
    @Option(help: "Keep articles dated on or after this date (2004-11-01, \"Nov 1, 2004\", 2004).")
    var since: String?
    @Option(help: "Keep articles dated on or before this date.")
    var until: String?
    @Flag(help: "Keep only articles without a readable date.")
    var undated = false
    @Option(help: "relevance, newest or oldest.")
    var sort: String = "relevance"
    @Option(help: "Articles per page.")
    var limit: Int = 10
    @Option(help: "Articles to skip (for paging).")
    var offset: Int = 0
    @Option(help: "Passages to show per article.")
    var passages: Int = 1
    @Option(help: "Values per facet (0: none).")
    var facets: Int = 10
    @Option(name: .customLong("facet-match"), help: ArgumentHelp(
        "Show only facet values that contain this text (case and accents ignored), to find one among thousands.",
        valueName: "text"))
    var facetMatch: String?
    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if limit < 0 || limit > 10_000 { throw ValidationError("--limit must be between 0 and 10000") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
        if passages < 1 || passages > 100 { throw ValidationError("--passages must be between 1 and 100") }
        if facets < 0 { throw ValidationError("--facets must be 0 or more") }
        if SearchQuery.Sort(rawValue: sort) == nil { throw ValidationError("--sort must be relevance, newest or oldest") }
        if let since, DateParser.parse(since) == nil { throw ValidationError("--since: cannot read the date \"\(since)\"; use YYYY-MM-DD") }
        if let until, DateParser.parse(until) == nil { throw ValidationError("--until: cannot read the date \"\(until)\"; use YYYY-MM-DD") }
        if undated && (since != nil || until != nil) { throw ValidationError("--undated keeps articles without a date: leave out --since and --until") }
    }

    func run() throws {
        var request = SearchQuery(query.joined(separator: " "))
        request.people = person
        request.countries = country
        request.notPeople = notPerson
        request.notCountries = notCountry
        request.aboutCountries = about
        request.sources = source
        request.since = since.flatMap(DateParser.parse)
        if let until, var date = DateParser.parse(until) {
            // A bare year or month means its end.
            if until.trimmingCharacters(in: .whitespaces).count == 4, let end = NewsDate(year: date.year, month: 12, day: 31) { date = end }
            request.until = date
        }
        request.sort = SearchQuery.Sort(rawValue: sort)!
        request.limit = limit
        request.offset = offset
        request.passagesPerArticle = passages
        request.facetLimit = facets
        request.facetMatch = facetMatch
        request.undated = undated

        let result: SearchResult
        do {
            result = try Searcher(path: options.path).search(request)
        } catch {
            switch error {
            case .badQuery, .unknownCountry: throw fail("\(error)", Exit.badQuery)
            default: throw fail("\(error)", Exit.indexProblem)
            }
        }
        let output = Output()
        switch format {
        case .json: output.write(SearchRendering.json(result).rendered + "\n")
        case .text: output.write(SearchRendering.text(result, color: isatty(1) == 1))
        }
        output.flush()
    }
}
