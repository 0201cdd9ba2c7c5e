import ArgumentParser
import Foundation
import NewsEntities
import NewsIndexer
import NewsSchema

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Print the people and countries of each article as JSON Lines (offsets in code points).",
        discussion: """
            {"id": "...", "people": [{"name": "John Kerry", "mentions": [{"field": "body", "start": 0, "end": 10}]}],
             "countries": [{"code": "CN", "name": "China", "mentions": [...]}],
             "named": [{"code": "JP", "name": "Japan", "mentions": [...]}]}

            "countries" are the countries the article is about: named in the dateline, in the title and
            again in the text, four times, or twice with one in the lead paragraph. "named" are the
            others it names in passing ("exports to Japan, Britain and France").
            """)

    @Argument(help: "Files, folders, or - for standard input (the same inputs as `index`).")
    var paths: [String]

    @Flag(help: "Say why each entity was tagged, and list the name-shaped spans rules rejected (\"rejected\", with \"why\").")
    var explain = false

    func run() throws {
        let tagger = EntityTagger()
        let output = Output()
        var skipped = 0
        try ArticleReader(paths: paths).read({ article in
            let entities = tagger.tag(title: article.title, body: article.body, explain: explain)
            output.write(line(article.id, entities) + "\n")
        }, issue: { issue in
            if issue.skipped { skipped += 1 }
            printError("newsindex tag: \(issue)")
        })
        output.flush()
        if skipped > 0 { throw Exit.skipped }
    }

    func line(_ id: String, _ entities: ArticleEntities) -> String {
        func mentions(_ list: [Mention]) -> JSONValue {
            .array(list.map { .object([("field", .string($0.field.rawValue)), ("start", .int($0.start)), ("end", .int($0.end))]) })
        }
        let people: [JSONValue] = entities.people.map { person in
            var fields: [(String, JSONValue)] = [("name", .string(person.name)), ("mentions", mentions(person.mentions))]
            if explain { fields.append(("evidence", .array(person.evidence.map { .string($0) }))) }
            return .object(fields)
        }
        func countries(salient: Bool) -> JSONValue {
            .array(entities.countries.filter { $0.salient == salient }.map { country in
                var fields: [(String, JSONValue)] = [
                    ("code", .string(country.code)), ("name", .string(country.name)), ("mentions", mentions(country.mentions)),
                ]
                if explain { fields.append(("evidence", .array(country.evidence.map { .string($0) }))) }
                return .object(fields)
            })
        }
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)), ("people", .array(people)), ("countries", countries(salient: true)),
            ("named", countries(salient: false)),
        ]
        if explain {
            fields.append(("rejected", .array(entities.rejected.map { rejection in
                .object([
                    ("text", .string(rejection.text)), ("field", .string(rejection.mention.field.rawValue)),
                    ("start", .int(rejection.mention.start)), ("end", .int(rejection.mention.end)),
                    ("why", .string(rejection.reason)),
                ])
            })))
        }
        return JSONValue.object(fields).rendered
    }
}
