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
        var json = JSONWriter()
        try ArticleReader(paths: paths).read({ article in
            let entities = tagger.tag(title: article.title, body: article.body, explain: explain)
            json.removeAll()
            write(article.id, entities, to: &json)
            json.newline()
            output.write(json.bytes)
        }, issue: { issue in
            if issue.skipped { skipped += 1 }
            printError("newsindex tag: \(issue)")
        })
        output.flush()
        if skipped > 0 { throw Exit.skipped }
    }

    /// One article's line, written as it goes (no tree of values first: `tag` is measured in
    /// words per second).
    func write(_ id: String, _ entities: ArticleEntities, to json: inout JSONWriter) {
        /// Where a mention (or a rejected span) is: its field and its offsets.
        func place(_ mention: Mention, _ json: inout JSONWriter) {
            json.key("field")
            json.string(mention.field.rawValue)
            json.key("start")
            json.int(mention.start)
            json.key("end")
            json.int(mention.end)
        }
        /// A person's or a country's members: its name fields, its mentions, with `--explain` why.
        func entity(_ names: [(String, String)], _ mentions: [Mention], _ evidence: [String], _ json: inout JSONWriter) {
            json.object { json in
                for (key, value) in names {
                    json.key(key)
                    json.string(value)
                }
                json.key("mentions")
                json.array { json in for mention in mentions { json.object { place(mention, &$0) } } }
                guard explain else { return }
                json.key("evidence")
                json.array { json in for why in evidence { json.string(why) } }
            }
        }
        func countries(salient: Bool, _ json: inout JSONWriter) {
            json.array { json in
                for country in entities.countries where country.salient == salient {
                    entity([("code", country.code), ("name", country.name)], country.mentions, country.evidence, &json)
                }
            }
        }
        json.object { json in
            json.key("id")
            json.string(id)
            json.key("people")
            json.array { json in
                for person in entities.people { entity([("name", person.name)], person.mentions, person.evidence, &json) }
            }
            json.key("countries")
            countries(salient: true, &json)
            json.key("named")
            countries(salient: false, &json)
            guard explain else { return }
            json.key("rejected")
            json.array { json in
                for rejection in entities.rejected {
                    json.object { json in
                        json.key("text")
                        json.string(rejection.text)
                        place(rejection.mention, &json)
                        json.key("why")
                        json.string(rejection.reason)
                    }
                }
            }
        }
    }
}
