import Foundation

/// What a page's head says about the article, each field from the best-ranked source found.
struct PageMetadata {
    /// Per field, the names that give it, best first: `<meta property|name|itemprop=…>`, then the
    /// pseudo-names "jsonld:…", "time", "canonical".
    static let ranked: [String: [String]] = [
        "title": ["og:title", "twitter:title", "jsonld:headline", "dc.title", "headline"],
        "date": [
            "article:published_time", "datepublished", "jsonld:datepublished", "og:published_time",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate",
            "publishdate", "publish-date", "publication_date", "parsely-pub-date", "sailthru.date", "article.published",
            "time",
        ],
        "source": ["og:site_name", "jsonld:publisher", "application-name", "dc.publisher", "publisher"],
        "author": ["author", "article:author", "jsonld:author", "dc.creator", "parsely-author", "sailthru.author", "byl"],
        "url": ["og:url", "canonical", "jsonld:url"],
    ]

    private var found: [String: String] = [:]

    func best(_ field: String) -> String? {
        for name in Self.ranked[field] ?? [] {
            if let value = found[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                // An author given as a profile address says less than a name.
                if field == "author", value.hasPrefix("http") { continue }
                return value
            }
        }
        return nil
    }

    mutating func note(_ name: String, _ value: String) {
        if found[name] == nil { found[name] = value }
    }

    mutating func read(tag: String, attributes: [String: String]) {
        switch tag {
        case "meta":
            guard let content = attributes["content"] else { return }
            for key in ["property", "name", "itemprop"] {
                if let name = attributes[key]?.lowercased() { note(name, content) }
            }
        case "link":
            if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { note("canonical", href) }
        case "time":
            if let value = attributes["datetime"] { note("time", value) }
        default:
            break
        }
    }

    /// The first object in a JSON-LD block that has a `datePublished` or a `headline` (inside
    /// arrays and `@graph` too).
    mutating func readJSONLD(_ text: String) {
        guard let data = text.data(using: .utf8),
              JSONRecord.nestingDepth(ArraySlice(data)) <= JSONRecord.maxNesting,  // (see JSONRecord.parse)
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var queue: [Any] = [object]
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let list = item as? [Any] {
                queue.append(contentsOf: list)
            } else if let dict = item as? [String: Any] {
                if dict["datePublished"] != nil || dict["headline"] != nil {
                    for (key, name) in [("datePublished", "jsonld:datepublished"), ("headline", "jsonld:headline"),
                                        ("author", "jsonld:author"), ("publisher", "jsonld:publisher"), ("url", "jsonld:url")] {
                        if let value = dict[key].flatMap(JSONRecord.stringValue) { note(name, value) }
                    }
                    return
                }
                if let graph = dict["@graph"] { queue.append(graph) }
            }
        }
    }
}
