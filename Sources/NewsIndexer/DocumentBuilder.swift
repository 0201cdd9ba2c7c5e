import NewsEntities
import NewsSchema
import Xapian

/// An article made ready for the index: its passages as Xapian documents and what it adds to the
/// run's summary. Built off the writer's thread (see `Pipeline`): tagging and splitting overlap
/// with Xapian's own work.
public struct PreparedArticle: Sendable {
    public var article: Article
    public var articleTerm: String
    public var hashTerm: String
    /// One per passage, already through Xapian's TermGenerator.
    public var documents: [BuiltDocument]
    public var personKeys: [String]
    public var countryCodes: [String]
}

/// Article → passages → tagged → Xapian documents, with the one schema. Pure: no database.
public struct DocumentBuilder: Sendable {
    public let tagger: EntityTagger
    public let splitter: PassageSplitter

    public init(tagger: EntityTagger = EntityTagger(), splitter: PassageSplitter = PassageSplitter()) {
        self.tagger = tagger
        self.splitter = splitter
    }

    public func prepare(_ article: Article) throws(IndexError) -> PreparedArticle {
        let articleTerm = Schema.term(Schema.Prefix.article, article.id)
        // Everything stored about the article: the same hash means nothing to re-index.
        let fields = [Schema.version, article.id, article.title, article.body, article.date?.description ?? "",
                      article.source, article.url, article.author]
        let hashTerm = Schema.term("XH", StableHash.hex(fields.joined(separator: "\u{1}")))
        let entities = tagger.tag(title: article.title, body: article.body)
        var passages = splitter.split(article.body)
        if passages.isEmpty {
            passages = [Passage(text: article.body, ranges: [0..<article.body.unicodeScalars.count])]
        }
        // Which passage each body mention falls in, computed once per entity.
        func passagesMentioning(_ mentions: [Mention]) -> Set<Int> {
            var found = Set<Int>()
            for mention in mentions where mention.field == .body {
                if let index = passages.firstIndex(where: { $0.contains(offset: mention.start) }) { found.insert(index) }
            }
            return found
        }
        let people = entities.people.map { person in
            (name: person.name, key: person.key, in: passagesMentioning(person.mentions))
        }
        let countries = entities.countries.map { country in
            (code: country.code, value: Schema.countryValue(country.code), salient: country.salient,
             in: passagesMentioning(country.mentions))
        }
        let salient = countries.filter(\.salient)
        let unconfirmed = entities.unconfirmed.map { person in
            (name: person.name, key: person.key, in: passagesMentioning(person.mentions))
        }
        let articleTerms = people.map { Schema.term(Schema.Prefix.personInArticle, $0.key) }
            + unconfirmed.map { Schema.term(Schema.Prefix.unconfirmedPersonInArticle, $0.key) }
            + countries.map { Schema.term(Schema.Prefix.countryInArticle, $0.value) }
            + salient.map { Schema.term(Schema.Prefix.aboutCountry, $0.value) }
        let source = article.source.trimmingCharacters(in: .whitespacesAndNewlines)
        let sourceTerm = source.isEmpty ? nil : Schema.term(Schema.Prefix.source, Schema.sourceValue(source))
        let year = article.date.map { String($0.year) }
        var facetEntries = people.map { Schema.Facet.people.entry($0.name) }
            + countries.map { Schema.Facet.countries.entry($0.code) }
            + salient.map { Schema.Facet.aboutCountries.entry($0.code) }
        if !source.isEmpty { facetEntries.append(Schema.Facet.sources.entry(source)) }
        if let year { facetEntries.append(Schema.Facet.years.entry(year)) }
        let facetList = facetEntries.joined(separator: "\0")

        let documents = passages.enumerated().map { index, passage -> Document in
            let passagePeople = people.filter { $0.in.contains(index) }
            let passageCountries = countries.filter { $0.in.contains(index) }
            // The passage terms of an entity named in no passage (in the title only, or in text the
            // splitter dropped) go on the first passage: a filter-only search matches passages by
            // these terms, and must still find every article (see `preferred` in CXapian.h).
            let termPeople = index == 0 ? passagePeople + people.filter(\.in.isEmpty) : passagePeople
            let termCountries = index == 0 ? passageCountries + countries.filter(\.in.isEmpty) : passageCountries
            let passageUnconfirmed = unconfirmed.filter { $0.in.contains(index) }
            let termUnconfirmed = index == 0 ? passageUnconfirmed + unconfirmed.filter(\.in.isEmpty) : passageUnconfirmed
            // Article-level terms and fields on the last passage only, with the article's size (see Schema).
            let last = index == passages.count - 1
            var document = Document()
            document.data = StoredPassage(
                articleID: article.id, index: index, count: passages.count, title: last ? article.title : "",
                date: last ? article.date : nil, source: last ? source : "", url: last ? article.url : "",
                author: last ? article.author : "", text: passage.text,
                people: passagePeople.map(\.name), countries: passageCountries.map(\.code),
                unconfirmed: passageUnconfirmed.map(\.name)
            ).encoded()
            document.texts.append(Document.Text(passage.text))
            if !article.title.isEmpty {
                // The title's words find every passage, and weigh more than body text; `title:`
                // (with positions, for phrases) is article-level.
                document.texts.append(Document.Text(article.title, wdfIncrement: Schema.titleWeight, positions: false))
                if last { document.texts.append(Document.Text(article.title, prefix: Schema.Prefix.title)) }
            }
            document.addTerm(articleTerm)
            if index == 0 { document.addTerm(hashTerm) }
            if last {
                for term in articleTerms { document.addTerm(term) }
                if let sourceTerm { document.addTerm(sourceTerm) }
                if let year { document.addTerm(Schema.Prefix.year + year) }
                document.addValue(String(passages.count), slot: Schema.Slot.articleSize)
                // Never empty: Xapian stores no empty value, and the facet spy would take the next
                // article's list for this one's ("\0" holds no entry).
                document.addValue(facetList.isEmpty ? "\0" : facetList, slot: Schema.Slot.facets)
            }
            for person in termPeople { document.addTerm(Schema.term(Schema.Prefix.personInPassage, person.key), wdf: 1) }
            for person in termUnconfirmed {
                document.addTerm(Schema.term(Schema.Prefix.unconfirmedPersonInPassage, person.key), wdf: 1)
            }
            for country in termCountries {
                document.addTerm(Schema.term(Schema.Prefix.countryInPassage, country.value), wdf: 1)
            }
            document.addValue(article.id, slot: Schema.Slot.article)
            if let date = article.date { document.addValue(date.sortable, slot: Schema.Slot.date) }
            return document
        }
        var built: [BuiltDocument] = []
        built.reserveCapacity(documents.count)
        do {
            for document in documents { built.append(try BuiltDocument(document)) }
        } catch {
            throw .xapian(path: article.origin, error)
        }
        return PreparedArticle(
            article: article, articleTerm: articleTerm, hashTerm: hashTerm, documents: built,
            personKeys: people.map(\.key), countryCodes: countries.map(\.code))
    }
}
