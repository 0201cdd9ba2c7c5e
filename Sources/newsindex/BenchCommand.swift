import ArgumentParser
import Foundation
import NewsSearch

/// Query latency inside one process, as a server would see it (the benchmark harness uses it).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time a set of queries against the index: p50/p95/p99 in milliseconds, as JSON.",
        discussion: "Each line of QUERIES: text<TAB>person<TAB>country (person and country optional).")

    @OptionGroup var options: IndexOptions
    @Argument(help: "The query file.")
    var queries: String
    @Option(help: "How many times to run the whole set.")
    var rounds: Int = 3
    @Option(help: "Values per facet (0: none).")
    var facets: Int = 10
    @Flag(help: "Also list each query's median time, slowest first.")
    var perQuery = false

    func run() throws {
        guard let text = try? String(contentsOfFile: queries, encoding: .utf8) else {
            throw fail("cannot read \(queries)", Exit.badQuery)
        }
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let searcher: Searcher
        do { searcher = try Searcher(path: options.path) } catch { throw fail("\(error)", Exit.indexProblem) }
        var times: [Double] = []
        var byQuery = Array(repeating: [Double](), count: rows.count)
        var failures = 0
        for _ in 0..<rounds {
            for (number, row) in rows.enumerated() {
                var query = SearchQuery(row[0])
                if row.count > 1, !row[1].isEmpty { query.people = [row[1]] }
                if row.count > 2, !row[2].isEmpty { query.countries = [row[2]] }
                query.facetLimit = facets
                let start = DispatchTime.now().uptimeNanoseconds
                do { _ = try searcher.search(query) } catch { failures += 1 }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                times.append(elapsed)
                byQuery[number].append(elapsed)
            }
        }
        times.sort()
        func percentile(_ p: Double) -> Double {
            times.isEmpty ? 0 : times[min(times.count - 1, Int(p * Double(times.count)))]
        }
        var fields: [(String, JSONValue)] = [
            ("queries", .int(times.count)), ("failures", .int(failures)), ("p50_ms", .double(percentile(0.5))),
            ("p95_ms", .double(percentile(0.95))), ("p99_ms", .double(percentile(0.99))),
        ]
        if perQuery {
            let medians = zip(rows, byQuery).map { row, times in
                (query: row.joined(separator: " | "), ms: times.sorted()[times.count / 2])
            }
            fields.append(("per_query", .array(medians.sorted { $0.ms > $1.ms }.map {
                .object([("query", .string($0.query)), ("median_ms", .double($0.ms))])
            })))
        }
        let value = JSONValue.object(fields)
        print(value.rendered)
    }
}
