import Foundation
import TestScratch
import NewsEntities
import NewsIndexer
import NewsSchema
@testable import NewsSearch
import Testing
import Xapian

func temporaryIndex() -> String {
    Scratch.path("search")
}

let corpus: [Article] = [
    Article(id: "k1", title: "Kerry in Tianjin", body: """
        John Kerry arrived in Tianjin for climate talks with Chinese officials on Thursday.

        Foreign Minister Wang Yi told Kerry that the United States must act first on climate.

        Kerry later flew to Tokyo, where Japanese officials discussed trade and climate policy.
        """, date: NewsDate(year: 2021, month: 9, day: 2), source: "Wire A"),
    Article(id: "k2", title: "Climate summit plans", body: """
        Britain will host a climate summit in Glasgow, Scotland, officials in London said.

        French and German ministers welcomed the plan for the climate meeting.
        """, date: NewsDate(year: 2021, month: 5, day: 1), source: "Wire B"),
    Article(id: "k3", title: "Trade talks", body: """
        Wang Yi met Russian diplomats in Moscow to discuss trade, the ministry said.

        No agreement on tariffs was reached during the talks in the Russian capital.
        """, date: NewsDate(year: 2020, month: 1, day: 15), source: "Wire A"),
]

/// An indexer on `path`, waiting up to 10 s for Xapian's write lock. Xapian locks with an
/// open-file-description lock (F_OFD_SETLK on an O_CLOEXEC descriptor): a process that a CLI test
/// forks while this test's writer is open holds the lock too, until it execs. On a loaded machine
/// that took seconds once, and the next writer on the path found the lock held; that is not what
/// these tests are about.
func openWaiting(_ path: String) throws -> Indexer {
    for _ in 0..<200 {
        do { return try Indexer(path: path) } catch IndexError.locked { usleep(50_000) }
    }
    return try Indexer(path: path)
}

/// `count` articles with one body ("\(id)1", "\(id)2" …), each its own title.
func copies(_ count: Int, id: String, body: String) -> [Article] {
    (1...count).map { Article(id: "\(id)\($0)", title: "\(id) \($0)", body: body) }
}

extension Searcher {
    /// The people facet of a search for `text`: each person's name and article count.
    func peopleCounts(_ text: String) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try search(SearchQuery(text)).facets.people.map { ($0.value, $0.count) })
    }

    /// How many articles `--person person` keeps.
    func articles(naming person: String) throws -> Int {
        var query = SearchQuery("")
        query.people = [person]
        return try search(query).totalArticles
    }
}

/// A new index of `articles`.
func temporaryIndexWith(_ articles: [Article]) throws -> String {
    let path = temporaryIndex()
    try build(articles, at: path)
    return path
}

func build(_ articles: [Article], at path: String) throws {
    let indexer = try openWaiting(path)
    for article in articles { try indexer.add(article) }
    try indexer.close()
}

@Suite struct EndToEnd {
    @Test func facetsCountArticlesExactly() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let result = try Searcher(path: path).search(SearchQuery("climate"))
        // Independent count: which articles mention "climate" at all, and their tagged entities.
        let tagger = EntityTagger()
        let matching = corpus.filter { ($0.title + " " + $0.body).lowercased().contains("climate") }
        #expect(result.totalArticles == matching.count)
        var expectedCountries: [String: Int] = [:]
        var expectedAbout: [String: Int] = [:]
        var expectedPeople: [String: Int] = [:]
        for article in matching {
            let entities = tagger.tag(title: article.title, body: article.body)
            for code in Set(entities.countries.map(\.code)) { expectedCountries[code, default: 0] += 1 }
            for code in Set(entities.countries.filter(\.salient).map(\.code)) { expectedAbout[code, default: 0] += 1 }
            for name in Set(entities.people.map(\.name)) { expectedPeople[name, default: 0] += 1 }
        }
        let countries = Dictionary(uniqueKeysWithValues: result.facets.countries.map { ($0.value, $0.count) })
        let people = Dictionary(uniqueKeysWithValues: result.facets.people.map { ($0.value, $0.count) })
        #expect(countries == expectedCountries)
        #expect(people == expectedPeople)
        #expect(countries["GB"] == 1 && countries["CN"] == 1)
        // Countries rank by the articles about them: the United States, named once in passing in
        // k1, comes after every country an article is about.
        let about = Dictionary(uniqueKeysWithValues: result.facets.countries.map { ($0.value, $0.about ?? -1) })
        #expect(about.filter { $0.value > 0 } == expectedAbout)
        #expect(about["US"] == 0 && result.facets.countries.last?.value == "US")
        let ranks = result.facets.countries.map { ($0.about ?? 0, $0.count) }
        #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(result.hits.count == 2)
        #expect(Set(result.hits.map(\.article.id)) == ["k1", "k2"])
        #expect(result.hits.allSatisfy { $0.passage.highlighted.contains("<b>") })
    }

    @Test func aboutKeepsTheArticlesACountryIsSalientIn() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        // k1 names the United States once, in its second paragraph, and Japan twice, in its third:
        // it names both in passing and is about neither. China it names in the title and the lead.
        var named = SearchQuery("climate")
        named.countries = ["United States"]
        #expect(try searcher.search(named).hits.map(\.article.id) == ["k1"])
        named.countries = ["Japan"]
        #expect(try searcher.search(named).hits.map(\.article.id) == ["k1"])
        var about = SearchQuery("climate")
        about.aboutCountries = ["United States"]
        #expect(try searcher.search(about).totalArticles == 0)
        about.aboutCountries = ["Japan"]
        #expect(try searcher.search(about).totalArticles == 0)
        about.aboutCountries = ["China"]
        #expect(try searcher.search(about).hits.map(\.article.id) == ["k1"])
        #expect(try searcher.search(SearchQuery("climate about:china")).hits.map(\.article.id) == ["k1"])
        #expect(try searcher.search(SearchQuery("about:US")).totalArticles == 0)
        // Independently: the tagger's salience for each article.
        let tagger = EntityTagger()
        let aboutChina = corpus.filter { article in
            tagger.tag(title: article.title, body: article.body).countries.contains { $0.code == "CN" && $0.salient }
        }
        #expect(Set(try searcher.search(SearchQuery("about:china")).hits.map(\.article.id)) == Set(aboutChina.map(\.id)))
    }

    @Test func facetMatchFindsValuesWithoutChangingTheirCounts() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        var all = SearchQuery("")
        all.facetLimit = 100
        let everything = try searcher.search(all)
        var query = all
        query.facetMatch = "WANG"
        let matched = try searcher.search(query)
        // The same values and counts as without the match, only those that contain it.
        #expect(matched.facets.people.map(\.name) == everything.facets.people.map(\.name).filter { $0.lowercased().contains("wang") })
        #expect(matched.facets.people.map(\.count) == [2])
        #expect(matched.totalArticles == everything.totalArticles)
        #expect(matched.facets.sources.isEmpty && matched.facets.countries.isEmpty)
        // Countries by their name or their exact code; accents do not matter.
        query.facetMatch = "rüss"
        #expect(try searcher.search(query).facets.countries.map(\.value) == ["RU"])
        query.facetMatch = "gb"
        #expect(try searcher.search(query).facets.countries.map(\.value) == ["GB"])
    }

    @Test func undatedKeepsOnlyArticlesWithoutADate() throws {
        let path = temporaryIndex()
        var articles = corpus
        articles.append(Article(id: "u1", title: "Undated climate note", body: "A climate note from Tokyo without a date."))
        try build(articles, at: path)
        var query = SearchQuery("climate")
        query.undated = true
        let result = try Searcher(path: path).search(query)
        #expect(result.hits.map(\.article.id) == ["u1"])
        #expect(result.totalArticles == 1 && result.facets.years.isEmpty)
    }

    @Test func softHyphensAndZeroWidthSpacesSplitNoWord() throws {
        let path = temporaryIndex()
        // As web pages give them: "Hunts\u{AD}man", "Wash\u{AD}ing\u{AD}ton", a zero-width space.
        let body = "The co-chair Jon Hunts\u{AD}man was speak\u{AD}ing at the cere\u{200B}mony in Wash\u{AD}ing\u{AD}ton. "
            + "Later Huntsman left."
        try build([Article(id: "s1", title: "Cere\u{AD}mony", body: body)], at: path)
        let searcher = try Searcher(path: path)
        for word in ["washington", "ceremony", "huntsman"] {
            #expect(try searcher.search(SearchQuery(word)).hits.map(\.article.id) == ["s1"], "\(word)")
        }
        let hit = try searcher.search(SearchQuery("washington")).hits[0]
        #expect(hit.passage.text.hasPrefix("The co-chair Jon Huntsman was speaking at the ceremony in Washington."))
        #expect(hit.passage.people == ["Jon Huntsman"] && hit.article.title == "Ceremony")
    }

    @Test func personFilterPrefersThePassagesThatMentionThem() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        var query = SearchQuery("climate")
        query.people = ["wang yi"]
        let result = try Searcher(path: path).search(query)
        #expect(result.hits.map(\.article.id) == ["k1"])
        #expect(result.hits[0].passage.people.contains("Wang Yi"))
        #expect(result.hits[0].passage.text.hasPrefix("Foreign Minister Wang Yi"))
        // Not the article's last passage: its article's fields come from the last one.
        let hit = result.hits[0]
        #expect(hit.passage.index == 1 && hit.passage.count == 3)
        #expect(hit.article.title == "Kerry in Tianjin" && hit.article.source == "Wire A")
        #expect(hit.article.date?.description == "2021-09-02")
    }

    @Test func theShownPassageHoldsTheQuerysWordsWhenOneDoes() throws {
        let path = temporaryIndex()
        try build(corpus + (1...12).map { Article(id: "f\($0)", title: "Weather report \($0)", body: "Rain fell on the hills again today, and new tariffs on umbrellas are expected across the region.") } + [
            Article(id: "t1", title: "Tariff talks resume", body: """
                Officials from both delegations met again on Monday for a long session in the capital. They spoke \
                about shipping, about fishing rights, about visas for students and about the weather, and later \
                about the tariffs on steel, aluminium and farm goods, which both sides said were too high, before \
                the meeting broke up late in the evening with no date set for the next one.

                Foreign Minister Wang Yi smiled at reporters as he left the building after the meeting ended.
                """),
        ], at: path)
        // The short passage wins on the person and the title's words, and shows no "tariffs";
        // the passage that does is shown instead.
        var query = SearchQuery("tariffs")
        query.people = ["wang yi"]
        let hit = try #require(try Searcher(path: path).search(query).hits.first { $0.article.id == "t1" })
        #expect(hit.passage.index == 0, "\(hit.passage)")
        #expect(hit.passage.highlighted.contains("<b>tariffs</b>"))
        // A query only of the title's words shows in no passage: the best one stays.
        var titleOnly = SearchQuery("title:tariff")
        titleOnly.people = ["wang yi"]
        let best = try #require(try Searcher(path: path).search(titleOnly).hits.first { $0.article.id == "t1" })
        #expect(best.passage.index == 1, "\(best.passage)")
    }

    @Test func aSearcherCountsTheFacetsOfArticlesItKeptAsAFreshOneReadsThem() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        // k1 again, with other people and countries: its passages go and new ones come after k3's.
        var changed = corpus[0]
        changed.body = "Angela Merkel met Emmanuel Macron in Paris on climate.\n\nThey spoke of trade with Brazil and Canada."
        try build([changed], at: path)
        let searcher = try Searcher(path: path)
        let queries = ["", "climate", "trade", "person:merkel", "climate OR trade", ""]
        func sameAsFresh() throws {
            for text in queries {
                let kept = try searcher.search(SearchQuery(text)).facets
                #expect(kept == (try Searcher(path: path).search(SearchQuery(text)).facets), "\(text)")
                #expect(!kept.countries.isEmpty)
            }
        }
        // Queries again and again: what the searcher keeps of each article counts as its list does.
        try sameAsFresh()
        try sameAsFresh()
        // Compacted in place, the index numbers its documents anew (the gap k1 left closes): what
        // the searcher kept of the articles by document is of another database.
        _ = try Compaction.compact(path)
        #expect(try searcher.database.reopen())
        try sameAsFresh()
    }

    @Test func articlesThatWeighTheSameRankInTheOrderTheyWereIndexed() throws {
        let path = temporaryIndex()
        // Ids out of alphabetical order, one text: every passage weighs the same.
        let articles = ["m", "c", "x", "a", "q", "b"].map {
            Article(id: $0, title: "Report", body: "The climate talks went on into the night in Glasgow.")
        }
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        var query = SearchQuery("climate")
        query.limit = 4
        #expect(try searcher.search(query).hits.map(\.article.id) == ["m", "c", "x", "a"])
        query.offset = 4
        #expect(try searcher.search(query).hits.map(\.article.id) == ["q", "b"])
    }

    @Test func everyFormOfAStemmedQueryWordIsHighlightedAndNoOtherWord() throws {
        let path = temporaryIndex()
        try build([
            Article(id: "s1", title: "One", body: "Talks on trade: the talked-about tariffs, Tallinn's talkers and the stalking horse talk."),
            Article(id: "s2", title: "Two", body: "Officially, the official officials dying for an accord; the tie was tied."),
        ], at: path)
        let searcher = try Searcher(path: path)
        func highlighted(_ text: String) throws -> String {
            try #require(try searcher.search(SearchQuery(text)).hits.first).passage.highlighted
        }
        // The stemmer's forms of `talk` ("talks", "talked", "talk"), not words that merely begin
        // alike or hold it ("Tallinn", "stalking", "talkers" stems to "talker").
        #expect(try highlighted("talk") == "<b>Talks</b> on trade: the <b>talked</b>-about tariffs, Tallinn's talkers and the stalking horse <b>talk</b>.")
        // Several stems with different first letters ("officially" stems to "offici" too); "dying" stems
        // to "die", one of the stemmer's exceptions.
        #expect(try highlighted("official die") == "<b>Officially</b>, the <b>official</b> <b>officials</b> <b>dying</b> for an accord; the tie was tied.")
    }

    @Test func filterOnlySearchesFindEveryArticleIncludingTitleOnlyMentions() throws {
        let path = temporaryIndex()
        let titleOnly = Article(id: "t1", title: "Wang Yi to visit Moscow", body: """
            The foreign minister will meet his Russian counterpart next week, the ministry said.

            Talks are expected to cover trade, energy and regional security in detail.
            """, date: NewsDate(year: 2021, month: 3, day: 1), source: "Wire C")
        let articles = corpus + [titleOnly]
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let tagger = EntityTagger()
        for (person, country) in [("Wang Yi", nil), (nil, "RU"), ("Wang Yi", "RU"), ("John Kerry", "CN")] as [(String?, String?)] {
            var query = SearchQuery("")
            query.people = person.map { [$0] } ?? []
            query.countries = country.map { [$0] } ?? []
            let result = try searcher.search(query)
            // Independent count: the articles whose tagged entities include everything asked for.
            let expected = articles.filter { article in
                let entities = tagger.tag(title: article.title, body: article.body)
                return (person.map { p in entities.people.contains { $0.name == p } } ?? true)
                    && (country.map { c in entities.countries.contains { $0.code == c } } ?? true)
            }
            #expect(result.totalArticles == expected.count, "\(String(describing: person)) \(String(describing: country))")
            #expect(Set(result.hits.map(\.article.id)) == Set(expected.map(\.id)))
        }
        var query = SearchQuery("")
        query.people = ["Wang Yi"]
        let hits = try searcher.search(query).hits
        // Body mentions rank the passage that names him; a title-only article shows its first passage.
        #expect(hits.first { $0.article.id == "k1" }?.passage.text.hasPrefix("Foreign Minister Wang Yi") == true)
        #expect(hits.first { $0.article.id == "t1" }?.passage.index == 0)
    }

    @Test func articleLevelFieldsAndExclusionsKeepOrDropWholeArticles() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        func ids(_ query: SearchQuery) throws -> Set<String> { Set(try searcher.search(query).hits.map(\.article.id)) }
        #expect(try ids(SearchQuery("climate year:2021")) == ["k1", "k2"])
        #expect(try ids(SearchQuery("year:2020")) == ["k3"])
        #expect(try ids(SearchQuery(#"talks source:"wire a""#)) == ["k1", "k3"])
        var query = SearchQuery("climate")
        query.notCountries = ["China"]
        #expect(try ids(query) == ["k2"])
        query = SearchQuery("climate")
        query.notPeople = ["Wang Yi"]
        #expect(try ids(query) == ["k2"])
        query = SearchQuery("talks")
        query.sources = ["Wire A"]
        query.countries = ["RU"]
        #expect(try ids(query) == ["k3"])
    }

    @Test func titleFieldWordsAndPhrasesCoverEveryPassageOfTheirArticle() throws {
        // The positional title is written on the last passage only; `title:` must still combine
        // with words of any passage, as if every passage carried it.
        let articles = [
            Article(id: "w1", title: "White House summit on trade", body: """
                The election campaign began in earnest on Monday with rallies across the state and long speeches by both candidates.

                Officials said the talks on tariffs would continue through the week, with several delegations arriving from abroad.

                A final statement is expected on Friday after the leaders meet again for a working dinner at the residence.
                """),
            Article(id: "w2", title: "House prices rise in white suburbs", body: """
                Prices rose sharply during the election year in most suburbs, agents said on Monday after a busy spring season.

                Buyers were cautious, but demand held up in most regions of the country through the summer months.
                """),
            Article(id: "w3", title: "Climate talks stall", body: """
                The election of a new committee chair was postponed until next year, officials said after a long meeting.

                Negotiators failed to agree on emissions targets for the coming decade and will meet again in June.
                """),
        ]
        let path = temporaryIndex()
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        func hits(_ text: String) throws -> [String] {
            try searcher.search(SearchQuery(text)).hits.map { "\($0.article.id)#\($0.passage.index)/\($0.passage.count)" }
        }
        #expect(try hits("title:summit election") == ["w1#0/3"])
        #expect(try hits(#"title:"white house" election"#) == ["w1#0/3"])
        #expect(try hits(#"title:"house white""#) == [])
        #expect(try hits("title:clim* election") == ["w3#0/2"])
        #expect(try hits("election -title:house") == ["w3#0/2"])
        #expect(try hits("title:(summit stall)") == [])
        #expect(try Set(hits("title:summit OR title:climate").map { String($0.prefix(2)) }) == ["w1", "w3"])
        // Title words without the field still find every passage (unprefixed, on each passage).
        #expect(try hits("residence prices").isEmpty)
        #expect(try hits("summit tariffs") == ["w1#1/3"])
    }

    @Test func anArticleWithNoFacetValuesCountsNoneOfItsNeighbours() throws {
        // No people, countries, source or date: its facet list is empty, and must not be read as
        // the next article's.
        let path = temporaryIndex()
        try build([
            Article(id: "n1", title: "Mild weather", body: "The weather was mild and nothing much happened today in the small town by the lake."),
            Article(id: "n2", title: "Envoy visit", body: "John Kerry arrived in Beijing for talks with Chinese officials about emissions.",
                    date: NewsDate(year: 2021, month: 9, day: 2), source: "Wire A"),
        ], at: path)
        let searcher = try Searcher(path: path)
        let weather = try searcher.search(SearchQuery("weather"))
        #expect(weather.totalArticles == 1)
        #expect(weather.facets.people.isEmpty && weather.facets.countries.isEmpty)
        #expect(weather.facets.sources.isEmpty && weather.facets.years.isEmpty)
        let both = try searcher.search(SearchQuery("weather OR emissions"))
        #expect(both.facets.people.map(\.count) == [1])
        #expect(both.facets.countries.map(\.value) == ["CN"])
    }

    @Test func queryLanguageFieldsAreNormalisedLikeTheIndex() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        #expect(try searcher.search(SearchQuery(#"person:"WANG YI""#)).totalArticles == 2)
        #expect(try searcher.search(SearchQuery("country:U.S.")).hits.map(\.article.id) == ["k1"])
        #expect(try searcher.search(SearchQuery("country:russia trade")).hits.map(\.article.id) == ["k3"])
        #expect(try searcher.search(SearchQuery(#"source:"wire a""#)).totalArticles == 2)
        #expect(try searcher.search(SearchQuery("title:summit")).hits.map(\.article.id) == ["k2"])
        #expect(try searcher.search(SearchQuery("date:2021-01-01..2021-12-31")).totalArticles == 2)
        var excluded = SearchQuery("climate")
        excluded.notCountries = ["GB"]
        #expect(try searcher.search(excluded).hits.map(\.article.id) == ["k1"])
        var newest = SearchQuery("")
        newest.sort = .newest
        #expect(try searcher.search(newest).hits.map(\.article.id) == ["k1", "k2", "k3"])
        var since = SearchQuery("")
        since.since = NewsDate(year: 2021, month: 1, day: 1)
        #expect(try searcher.search(since).totalArticles == 2)
    }

    @Test func undatedArticlesComeLastWhicheverWayDatesAreSorted() throws {
        let path = temporaryIndex()
        let undated = Article(
            id: "u1", title: "Undated climate note",
            body: "A note on climate policy with no date, filed without a dateline by the wire desk staff.")
        try build(corpus + [undated], at: path)
        let searcher = try Searcher(path: path)
        var newest = SearchQuery("")
        newest.sort = .newest
        #expect(try searcher.search(newest).hits.map(\.article.id) == ["k1", "k2", "k3", "u1"])
        var oldest = SearchQuery("")
        oldest.sort = .oldest
        #expect(try searcher.search(oldest).hits.map(\.article.id) == ["k3", "k2", "k1", "u1"])
    }

    @Test func badQueriesAndUnknownCountriesAreClearErrors() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        #expect(throws: SearchError.self) { try searcher.search(SearchQuery("country:narnia")) }
        var query = SearchQuery("x")
        query.countries = ["Narnia"]
        #expect { try searcher.search(query) } throws: { "\($0)".contains("unknown country \"Narnia\"") }
        #expect(throws: SearchError.self) { try Searcher(path: temporaryIndex()) }
    }

    @Test func aReadOutlastsAWriterThatKeepsDiscardingItsRevision() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let database = try Database(path: path)
        let passages = try database.documentCount
        // More discarded revisions in a row than the old limit of 100 tries, which once ran out
        // under the test suite's own load while an index run committed every 25 articles.
        var discarded = 0
        let count = try Searcher.retryingWhileModified(database) { () throws(XapianError) -> Int in
            if discarded < 150 {
                discarded += 1
                throw XapianError(code: .databaseModified, message: "The revision being read has been discarded")
            }
            return try database.documentCount
        }
        #expect(discarded == 150)
        #expect(count == passages && passages > 0)
        // Any other error is not tried again.
        var tries = 0
        #expect(throws: XapianError.self) {
            try Searcher.retryingWhileModified(database) { () throws(XapianError) in
                tries += 1
                throw XapianError(code: .queryParser, message: "bad")
            }
        }
        #expect(tries == 1)
        // A writer that outpaces the search to the end is named, with what to do.
        let outpaced = SearchError.xapian(path: path, XapianError(code: .databaseModified, message: "discarded"))
        #expect("\(outpaced)".contains("an indexing run is committing faster than it can be read"))
        #expect("\(outpaced)".contains("--commit-every"))
    }

    @Test func hostileQueriesGetAnAnswerOrAClearError() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        for text in [String(repeating: "climate ", count: 12_500), #""unbalanced (paren AND"#, "((((", "a* b* c*",
                     "unknown:field", "date:3000-01-01..1000-01-01", "\u{0}\u{1}", "AND OR NOT"]
        {
            do {
                _ = try searcher.search(SearchQuery(text))
            } catch SearchError.badQuery(let message) {
                #expect(!message.isEmpty)
            }
        }
        // Wildcards expand, within a bound.
        #expect(try searcher.search(SearchQuery("clim*")).totalArticles == 2)
    }

    @Test func spellingSuggestionWhenNothingMatches() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let searcher = try Searcher(path: path)
        let result = try searcher.search(SearchQuery("climste"))
        #expect(result.hits.isEmpty)
        #expect(result.suggestion == "climate")
        // From the index's own words, with no spelling table: a swapped first letter, a title's
        // word; field names, people, operators, known words and wildcards stay as typed.
        #expect(try searcher.search(SearchQuery("lcimate AND tlaks")).suggestion == "climate AND talks")
        #expect(try searcher.search(SearchQuery("title:sumit person:\"Wang Yii\" NOT trde")).suggestion
            == "title:summit person:\"Wang Yii\" NOT trade")
        // A word nothing is near gets no suggestion; a wildcard stays as typed ("climte*" would
        // otherwise become "climate*").
        #expect(try searcher.search(SearchQuery("Tianjin zzzzqx")).suggestion == nil)
        #expect(try searcher.search(SearchQuery("tokyo climte*")).suggestion == nil)
    }

    @Test func reindexingIsIdempotentAndReplacesAllPassages() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        try build(corpus, at: path)
        var stats = try Searcher(path: path).stats()
        #expect(stats.articles == 3)
        let passages = stats.passages
        // k1 shrinks to one passage: its old passages must go.
        var shorter = corpus[0]
        shorter.body = "John Kerry left Tianjin."
        try build([shorter], at: path)
        stats = try Searcher(path: path).stats()
        #expect(stats.articles == 3)
        #expect(stats.passages == passages - 2)
        #expect(try Searcher(path: path).search(SearchQuery("Tokyo")).totalArticles == 0)
    }

    @Test func pruneRemovesArticlesNotInTheInputsAndFacetsFollow() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let indexer = try Indexer(path: path)
        try indexer.add(corpus[1])
        #expect(try indexer.prune(keeping: ["k2"]) == 2)
        try indexer.close()
        let result = try Searcher(path: path).search(SearchQuery(""))
        #expect(result.hits.map(\.article.id) == ["k2"])
        #expect(!result.facets.people.contains { $0.value == "Wang Yi" })
        #expect(try Searcher(path: path).stats().articles == 1)
    }

    @Test func parallelShardsGiveTheSameResultsAsOneWriter() throws {
        let single = temporaryIndex()
        try build(corpus, at: single)
        let parallel = temporaryIndex()
        let main = try Indexer(path: parallel)
        let builder = DocumentBuilder()
        let summary = try ParallelIndexing.run(
            into: parallel, jobs: 3, produce: { emit in for article in corpus { try emit(builder.prepare(article)) } },
            progress: { _, _ in }, beforeMerge: { try main.close() })
        #expect(summary.articles == 3)
        for text in ["climate", "", "trade talks", #"person:"wang yi""#] {
            let a = try Searcher(path: single).search(SearchQuery(text))
            let b = try Searcher(path: parallel).search(SearchQuery(text))
            #expect(Set(a.hits.map(\.article.id)) == Set(b.hits.map(\.article.id)))
            #expect(a.totalArticles == b.totalArticles && a.totalPassages == b.totalPassages)
            #expect(a.facets.people == b.facets.people && a.facets.countries == b.facets.countries)
        }
        // The merged index keeps its schema version and takes updates like any other.
        try build([corpus[0]], at: parallel)
        #expect(try Searcher(path: parallel).stats().articles == 3)
        #expect(!FileManager.default.fileExists(atPath: parallel + "/.shard-0"))
    }

    @Test func compactingInPlaceKeepsEverything() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        let before = try Searcher(path: path).search(SearchQuery("climate"))
        let report = try Compaction.compact(path)
        #expect(report.bytesAfter <= report.bytesBefore)
        let after = try Searcher(path: path).search(SearchQuery("climate"))
        #expect(after.hits.map(\.article.id) == before.hits.map(\.article.id))
        #expect(after.facets.people == before.facets.people)
        try build([corpus[0]], at: path)  // still writable
    }

    @Test func aSurnameAloneMergesWithTheArchivesDominantFullName() throws {
        let articles = [
            Article(id: "m1", title: "Envoy visits", body: "John Kerry visited Beijing for talks on emissions targets."),
            Article(id: "m2", title: "Envoy returns", body: "Kerry said the talks on emissions had gone well overall."),
            Article(id: "m3", title: "Envoy again", body: "John Kerry will travel again next month for emissions talks."),
            Article(id: "m4", title: "Other Kerry", body: "Mary Kerry opened a bakery; emissions were not discussed."),
        ]
        let path = try temporaryIndexWith(articles)
        // Two full names share the surname, but John Kerry has 2 of 3 uses: below the 75% needed.
        #expect(try Searcher(path: path).peopleCounts("emissions")["Kerry"] == 1)
        // With one dominant full name the merge happens.
        try build([Article(id: "m5", title: "Envoy", body: "John Kerry spoke about emissions again today.")], at: path)
        let merged = try Searcher(path: path)
        let people = try merged.peopleCounts("emissions")
        #expect(people["John Kerry"] == 4 && people["Kerry"] == nil, "\(people)")
        #expect(Set(try merged.search(SearchQuery("person:kerry")).hits.map(\.article.id)) == ["m1", "m2", "m3", "m5"])
        #expect(try merged.articles(naming: "John Kerry") == 4)
        // The passage of the article that says only "Kerry" shows the person the facets count.
        let m2 = try #require(try merged.search(SearchQuery("person:kerry")).hits.first { $0.article.id == "m2" })
        #expect(m2.passage.people == ["John Kerry"])
        // Before the merge (the first four articles alone), the article's own name.
        #expect(try Searcher(path: temporaryIndexWith(articles)).search(SearchQuery("id:m2")).hits.first?.passage.people == ["Kerry"])
    }

    @Test func aSlavicSurnameSpelledAnotherWayMergesWithTheArchivesFullName() throws {
        let path = try temporaryIndexWith([
            Article(id: "y1", title: "Vote", body: "Prime Minister Viktor Yanukovich conceded the vote on Monday."),
            Article(id: "y2", title: "Vote", body: "Viktor Yanukovich said the vote was rigged."),
            Article(id: "y3", title: "Vote", body: "Yanukovych said he would not contest the vote."),
            Article(id: "y4", title: "Vote", body: "Rep. Tom Foley said the vote was fair. Foley left."),
        ])
        let people = try Searcher(path: path).peopleCounts("vote")
        #expect(people["Viktor Yanukovich"] == 3 && people["Yanukovych"] == nil, "\(people)")
        #expect(people["Tom Foley"] == 1)
        // Where the matches name the person only by the merged surname, the facet shows the full
        // name too, as the passage does.
        let searcher = try Searcher(path: path)
        #expect(try searcher.peopleCounts("contest") == ["Viktor Yanukovich": 1])
        #expect(try searcher.search(SearchQuery("contest")).hits.first?.passage.people == ["Viktor Yanukovich"])
        // A Slavic surname typed in a spelling no article writes finds the person by the shared one.
        let typed = try temporaryIndexWith([
            Article(id: "z1", title: "Aid", body: "President Volodymyr Zelenskyy spoke about aid on Monday."),
            Article(id: "z2", title: "Aid", body: "Volodymyr Zelenskyy asked for aid again."),
        ])
        for spelling in ["zelenskyy", "zelensky", "zelenskiy"] {
            #expect(Set(try Searcher(path: typed).search(SearchQuery("person:\(spelling)")).hits.map(\.article.id)) == ["z1", "z2"], "\(spelling)")
        }
    }

    @Test func aSurnameTypedAloneFindsTheFullNamesNoArticleShortens() throws {
        let path = try temporaryIndexWith([
            Article(id: "s1", title: "Visit", body: "German Chancellor Angela Merkel flew to Paris for budget talks."),
            Article(id: "s2", title: "Visit", body: "Prime Minister Narendra Modi met Chinese President Xi Jinping for budget talks."),
            Article(id: "s3", title: "Bush", body: "Former President George W. Bush spoke about the budget."),
            Article(id: "s4", title: "Bush", body: "Jeb Bush, the former governor of Florida, spoke about the budget."),
        ])
        let searcher = try Searcher(path: path)
        func ids(_ query: SearchQuery) throws -> Set<String> { Set(try searcher.search(query).hits.map(\.article.id)) }
        // No article writes "Merkel", "Modi" or "Xi" alone, so no merge: the surname finds the full name
        // (a family name written first too).
        #expect(try ids(SearchQuery("person:merkel")) == ["s1"])
        var byPerson = SearchQuery("budget")
        byPerson.people = ["Modi"]
        #expect(try ids(byPerson) == ["s2"])
        #expect(try ids(SearchQuery("person:xi")) == ["s2"])
        // Two full names, neither dominant: a surname typed alone finds both.
        #expect(try ids(SearchQuery("person:bush")) == ["s3", "s4"])
        var without = SearchQuery("budget")
        without.notPeople = ["merkel"]
        #expect(try ids(without) == ["s2", "s3", "s4"])
        // A given name is no surname.
        #expect(try ids(SearchQuery("person:angela")).isEmpty)
    }

    @Test func aNameWithAMiddleInitialMergesWithTheArchivesFarMoreFrequentTwoWordName() throws {
        let path = temporaryIndex()
        var articles = copies(6, id: "t", body: "Donald Trump spoke at a rally about tariffs in Ohio.")
        articles.append(Article(id: "t7", title: "Speech", body: "Donald J. Trump spoke about tariffs in a speech."))
        // One article naming him both ways counts once.
        articles.append(Article(id: "t8", title: "Both", body: "Donald J. Trump signed it. Donald Trump spoke about tariffs."))
        // (Apart: one article naming both is one person, the fuller name's.)
        articles.append(Article(id: "k1", title: "Kennedy", body: "John F. Kennedy spoke about tariffs."))
        articles.append(Article(id: "k2", title: "Senator", body: "Senator John Kennedy spoke about tariffs too."))
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let people = try searcher.peopleCounts("tariffs")
        #expect(people["Donald Trump"] == 8 && people["Donald J. Trump"] == nil, "\(people)")
        // Named as often as the short form: no merge.
        #expect(people["John F. Kennedy"] == 1 && people["John Kennedy"] == 1, "\(people)")
        #expect(try searcher.articles(naming: "Donald Trump") == 8)
        #expect(Set(try searcher.search(SearchQuery(#"person:"donald j trump""#)).hits.map(\.article.id)).count == 8)
    }

    @Test func spellingsOfOneNameAreOnePersonInTheFacets() throws {
        let path = temporaryIndex()
        var articles = copies(3, id: "a", body: "Kim Jong Un met envoys about missile talks today.")
        articles.append(Article(id: "b1", title: "Hyphen", body: "Kim Jong-un held missile talks with envoys."))
        articles.append(Article(id: "b2", title: "Capital", body: "Kim Jong-Un held missile talks with envoys."))
        // One article with two spellings counts once.
        articles.append(Article(id: "b3", title: "Both", body: "Kim Jong-un spoke. Kim Jong Un held missile talks."))
        articles.append(Article(id: "c1", title: "Quote", body: "Beto O’Rourke spoke of missile talks."))
        articles.append(Article(id: "c2", title: "Quote", body: "Beto O'Rourke spoke of missile talks."))
        // A surname with and without its Arabic article, when an article writes it apart; not a
        // surname that only starts with the same letters.
        articles += copies(2, id: "d", body: "Bashar al-Assad spoke of missile talks.")
        articles.append(Article(id: "d3", title: "Syria", body: "Bashar Assad spoke of missile talks too."))
        articles.append(Article(id: "e1", title: "Design", body: "Tom Ford spoke of missile talks."))
        articles.append(Article(id: "e2", title: "Design", body: "Tom Alford spoke of missile talks."))
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let people = try searcher.peopleCounts("missile")
        #expect(people["Kim Jong Un"] == 6 && !people.keys.contains { $0.hasPrefix("Kim Jong-") }, "\(people)")
        #expect(people.filter { $0.key.hasPrefix("Beto O") }.map(\.value) == [2], "\(people)")
        #expect(people["Bashar al-Assad"] == 3 && people["Bashar Assad"] == nil, "\(people)")
        #expect(people["Tom Ford"] == 1 && people["Tom Alford"] == 1, "\(people)")
        #expect(try searcher.articles(naming: "Kim Jong-un") == 6)
    }

    @Test func aFamilyNameWrittenFirstAloneMergesWithTheArchivesDominantName() throws {
        let path = temporaryIndex()
        var articles = copies(3, id: "x", body: "Xi Jinping spoke about trade in Beijing.")
        articles.append(Article(id: "x4", title: "Alone", body: "President Xi spoke about trade again."))
        try build(articles, at: path)
        let people = try Searcher(path: path).peopleCounts("trade")
        #expect(people == ["Xi Jinping": 4], "\(people)")
    }

    @Test func aGivenNameAndItsShortFormWithOneSurnameAreOnePerson() throws {
        let path = temporaryIndex()
        // (The name merged into must have 5 articles: rarer ones are too often two people.)
        var articles = copies(5, id: "j", body: "Joe Biden spoke about the budget today.")
        articles.append(Article(id: "j6", title: "Formal", body: "Joseph Biden spoke about the budget."))
        articles.append(Article(id: "j7", title: "Initial", body: "Joseph R. Biden spoke about the budget."))
        articles += copies(5, id: "m", body: "James Mattis spoke about the budget.")
        articles.append(Article(id: "m6", title: "General", body: "Jim Mattis spoke about the budget again."))
        // Below that, no merge.
        articles.append(Article(id: "r1", title: "Other", body: "Robert Smithers spoke about the budget."))
        articles.append(Article(id: "r2", title: "Other", body: "Bob Smithers spoke about the budget too."))
        // Another given name, no short form of the first: two people.
        articles.append(Article(id: "h1", title: "Son", body: "Hunter Biden spoke about the budget."))
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let people = try searcher.peopleCounts("budget")
        #expect(people["Joe Biden"] == 7 && people["Hunter Biden"] == 1, "\(people)")
        #expect(people["James Mattis"] == 6 && people["Jim Mattis"] == nil, "\(people)")
        #expect(people["Robert Smithers"] == 1 && people["Bob Smithers"] == 1, "\(people)")
        #expect(try searcher.articles(naming: "Joseph Biden") == 7)
    }

    @Test func aGivenNameAndASuffixMergeWithTheArchivesDominantFullName() throws {
        let path = temporaryIndex()
        var articles = copies(3, id: "t", body: "Donald Trump Jr. spoke about the campaign today.")
        articles += copies(2, id: "d", body: "As Donald Jr. said, the campaign was ready.")
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let people = try searcher.peopleCounts("campaign")
        #expect(people["Donald Trump Jr"] == 5 && people["Donald Jr"] == nil, "\(people)")
        #expect(try searcher.articles(naming: "Donald Jr") == 5)
    }

    @Test func aNameWithNoCueCountsAsThePersonWhereTheArchiveNamesThemWithOne() throws {
        let path = temporaryIndex()
        // "Rove" and "Musk" are English words: without a cue the tagger leaves the names unconfirmed.
        var articles = copies(3, id: "cue", body: "Republican strategist Karl Rove said the campaign was ready.")
        articles += copies(2, id: "bare", body: "The campaign memo by Karl Rove was published in the spring.")
        articles += copies(1, id: "musk", body: "Tesla chief executive Elon Musk said the campaign was over.")
        articles += copies(1, id: "maybe", body: "The campaign post by Elon Musk was read widely.")
        articles += copies(1, id: "garden", body: "The campaign event at the Boston Marathon was short.")
        // Named with a cue in 3 articles but without one in 16: too few to vouch for the 16.
        articles += copies(3, id: "rep", body: "Rep. Dave Brat said the campaign was over.")
        articles += copies(16, id: "speech", body: "The campaign speech by Dave Brat was short.")
        try build(articles, at: path)
        let searcher = try Searcher(path: path)
        let people = try searcher.peopleCounts("campaign")
        // Three articles with a cue confirm "Karl Rove"; one does not confirm "Elon Musk".
        #expect(people["Karl Rove"] == 5 && people["Elon Musk"] == 1 && people["Boston Marathon"] == nil, "\(people)")
        #expect(people["Dave Brat"] == 3, "\(people)")
        // Only the matching articles count: "spring" is in the two without a cue, "strategist" in the three with one.
        #expect(try searcher.peopleCounts("spring")["Karl Rove"] == 2 && searcher.peopleCounts("strategist")["Karl Rove"] == 3)
        #expect(try searcher.articles(naming: "Karl Rove") == 5)
        #expect(try searcher.articles(naming: "Elon Musk") == 1)
        #expect(try searcher.search(SearchQuery("campaign person:\"Karl Rove\"")).totalArticles == 5)
        // The passage shows the name it gives, confirmed; an unconfirmed one it does not.
        #expect(try searcher.search(SearchQuery("memo published spring")).hits.map(\.passage.people) == [["Karl Rove"], ["Karl Rove"]])
        #expect(try searcher.search(SearchQuery("post")).hits.map(\.passage.people) == [[]])
        var without = SearchQuery("campaign")
        without.notPeople = ["Karl Rove"]
        #expect(Set(try searcher.search(without).hits.map(\.article.id)).isDisjoint(with: ["cue1", "cue2", "cue3", "bare1", "bare2"]))
        #expect(try searcher.search(without).totalArticles == 22)
    }

    @Test func afterUpdatesAndDeletesCountsEqualAFreshRebuild() throws {
        var changed = corpus[0]
        changed.body = "John Kerry left Tianjin for Seoul, where South Korean officials talked about climate."
        let updated = temporaryIndex()
        try build(corpus, at: updated)
        let indexer = try Indexer(path: updated)
        try indexer.add(changed)
        #expect(try indexer.delete(id: "k3"))
        #expect(try !indexer.delete(id: "no-such-article"))
        try indexer.close()
        let fresh = temporaryIndex()
        try build([changed, corpus[1]], at: fresh)
        for text in ["", "climate", "talks", "country:KR", #"person:"wang yi""#] {
            let a = try Searcher(path: updated).search(SearchQuery(text))
            let b = try Searcher(path: fresh).search(SearchQuery(text))
            #expect(a.totalArticles == b.totalArticles && a.totalPassages == b.totalPassages, "\(text)")
            #expect(a.facets.people == b.facets.people && a.facets.countries == b.facets.countries, "\(text)")
            #expect(a.facets.years == b.facets.years && a.facets.sources == b.facets.sources, "\(text)")
        }
        #expect(try Searcher(path: updated).stats().articles == 2)
    }

    @Test func anotherSchemaVersionIsRefused() throws {
        let path = temporaryIndex()
        try build(corpus, at: path)
        // Simulate an index written by a future NewsIndex.
        let raw = try WritableDatabaseForTests(path: path)
        try raw.setVersion("999")
        #expect { try Searcher(path: path) } throws: { "\($0)".contains("schema 999") }
        #expect { try Indexer(path: path) } throws: { "\($0)".contains("version 999") }
    }
}
