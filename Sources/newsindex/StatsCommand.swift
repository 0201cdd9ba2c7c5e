import ArgumentParser
import Foundation
import NewsSearch

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Show what the index holds.")

    @OptionGroup var options: IndexOptions
    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let stats: IndexStats
        do {
            stats = try Searcher(path: options.path).stats()
        } catch {
            throw fail("\(error)", Exit.indexProblem)
        }
        let output = Output()
        switch format {
        case .json:
            let value = JSONValue.object([
                ("index", .string(stats.path)), ("articles", .int(stats.articles)), ("passages", .int(stats.passages)),
                ("people", .int(stats.people)), ("countries", .int(stats.countries)),
                ("sources", .array(stats.sources.map { .object([("name", .string($0.name)), ("articles", .int($0.articles))]) })),
                ("first_date", .optional(stats.firstDate?.description)), ("last_date", .optional(stats.lastDate?.description)),
                ("undated_articles", .int(stats.undatedArticles)), ("bytes_on_disk", .int(stats.bytesOnDisk)),
                ("schema_version", .string(stats.schemaVersion)), ("last_update", .string(stats.lastUpdate)),
                ("xapian_version", .string(stats.xapianVersion)),
            ])
            output.write(value.rendered + "\n")
        case .text:
            var lines = [
                "Index:      \(stats.path) (schema \(stats.schemaVersion), Xapian \(stats.xapianVersion))",
                "Articles:   \(stats.articles) in \(stats.passages) passages",
                "People:     \(stats.people) distinct",
                "Countries:  \(stats.countries) distinct",
                "Dates:      \(stats.firstDate?.description ?? "none") to \(stats.lastDate?.description ?? "none") (\(stats.undatedArticles) undated)",
                "On disk:    \(String(format: "%.1f", Double(stats.bytesOnDisk) / 1_048_576)) MB",
                "Updated:    \(stats.lastUpdate.isEmpty ? "never" : stats.lastUpdate)",
            ]
            let sources = stats.sources.prefix(10).map { "\($0.name) \($0.articles)" }.joined(separator: " · ")
            lines.append("Sources:    \(stats.sources.count)" + (sources.isEmpty ? "" : " — \(sources)"))
            output.write(lines.joined(separator: "\n") + "\n")
        }
        output.flush()
    }
}
