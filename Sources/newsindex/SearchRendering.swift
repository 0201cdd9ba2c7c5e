import Foundation
import NewsSearch

/// Text and JSON forms of a SearchResult. The JSON shape is documented in README.md; keep it stable.
enum SearchRendering {
    static func json(_ result: SearchResult) -> JSONValue {
        func facet(_ values: [SearchResult.FacetValue]) -> JSONValue {
            .array(values.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })
        }
        let hits: [JSONValue] = result.hits.map { hit in
            .object([
                ("rank", .int(hit.rank)),
                ("score", .double(hit.score)),
                ("article", .object([
                    ("id", .string(hit.article.id)), ("title", .string(hit.article.title)),
                    ("date", .optional(hit.article.date?.description)), ("source", .string(hit.article.source)),
                    ("url", .string(hit.article.url)), ("author", .string(hit.article.author)),
                ])),
                ("passage", .object([
                    ("index", .int(hit.passage.index)), ("text", .string(hit.passage.text)),
                    ("highlighted", .string(hit.passage.highlighted)),
                    ("people", .array(hit.passage.people.map { .string($0) })),
                    ("countries", .array(hit.passage.countries.map { .object([("code", .string($0.code)), ("name", .string($0.name))]) })),
                ])),
            ])
        }
        var fields: [(String, JSONValue)] = [
            ("query", .string(result.query)),
            ("total_articles", .int(result.totalArticles)),
            ("total_passages", .int(result.totalPassages)),
            ("hits", .array(hits)),
            ("facets", .object([
                ("people", facet(result.facets.people)),
                ("countries", .array(result.facets.countries.map {
                    .object([("code", .string($0.value)), ("name", .string($0.name)), ("count", .int($0.count)),
                             ("about", .int($0.about ?? 0))])
                })),
                ("sources", facet(result.facets.sources)),
                ("years", facet(result.facets.years)),
            ])),
        ]
        if let suggestion = result.suggestion { fields.append(("suggestion", .string(suggestion))) }
        return .object(fields)
    }

    static func text(_ result: SearchResult, color: Bool) -> String {
        var out = ""
        if result.hits.isEmpty && result.totalArticles == 0 {
            out += "No articles match.\n"
            if let suggestion = result.suggestion { out += "Did you mean: \(suggestion)\n" }
        }
        var lastRank = 0
        for hit in result.hits {
            if hit.rank != lastRank {
                let meta = [
                    hit.article.date?.description, hit.article.source.isEmpty ? nil : hit.article.source,
                    hit.article.author.isEmpty ? nil : "by " + hit.article.author, hit.article.id,
                ]
                    .compactMap { $0 }.joined(separator: " · ")
                let title = hit.article.title.isEmpty ? "(untitled)" : hit.article.title
                out += "\n\(hit.rank). \(color ? "\u{1B}[1m" + title + "\u{1B}[0m" : title)\n   \(meta)\n"
                lastRank = hit.rank
            }
            out += "   ¶\(hit.passage.index + 1)/\(hit.passage.count)  " + render(hit.passage.highlighted, color: color)
                .split(separator: "\n").joined(separator: "\n   ") + "\n"
            var entities: [String] = []
            if !hit.passage.people.isEmpty { entities.append("people: " + hit.passage.people.joined(separator: ", ")) }
            if !hit.passage.countries.isEmpty {
                entities.append("countries: " + hit.passage.countries.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))
            }
            if !entities.isEmpty { out += "   " + entities.joined(separator: " · ") + "\n" }
        }
        out += "\n\(counted(result.totalArticles, "article")), \(counted(result.totalPassages, "passage")) match.\n"
        let groups: [(String, [SearchResult.FacetValue])] = [
            ("People", result.facets.people), ("Countries", result.facets.countries),
            ("Sources", result.facets.sources), ("Years", result.facets.years),
        ]
        for (name, values) in groups where !values.isEmpty {
            let list = values.map { value in
                name == "Countries" ? "\(value.name) (\(value.value)) \(value.count), about \(value.about ?? 0)"
                    : "\(value.name) \(value.count)"
            }
            out += "\(name): " + list.joined(separator: " · ") + "\n"
        }
        return out
    }

    /// From the highlighted HTML form to the terminal: bold on a terminal, **word** elsewhere.
    static func render(_ highlighted: String, color: Bool) -> String {
        let on = color ? "\u{1B}[1;33m" : "**"
        let off = color ? "\u{1B}[0m" : "**"
        return highlighted.replacingAll("<b>", with: on).replacingAll("</b>", with: off)
            .replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
            .replacingAll("&#39;", with: "'").replacingAll("&amp;", with: "&")
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
