import ArgumentParser
import Foundation
import NewsIndexer
import NewsSchema

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index articles from JSON Lines, CSV/TSV, folders of .txt/.md/.html files (gzip'd or not), or - for stdin.")

    @OptionGroup var options: IndexOptions

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @Flag(help: "Stop at the first bad record instead of skipping it.")
    var strict = false

    @Flag(help: "No progress line, only the summary.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
    }

    func run() throws {
        let start = Date()
        let indexer: Indexer
        do {
            indexer = try Indexer(path: options.path)
        } catch {
            throw fail("\(error)", Exit.indexProblem)
        }
        let progress = Progress(enabled: !quiet && isatty(2) == 1)
        var issues: [ReadIssue] = []
        var seenIDs = Set<String>()
        var failure: ExitCode?
        let reader = ArticleReader(paths: paths)
        do {
            try reader.read({ article in
                if failure != nil { throw StopReading() }
                if !seenIDs.insert(article.id).inserted {
                    issues.append(ReadIssue(.duplicateID, at: article.origin, "id \"\(article.id)\"", skipped: false))
                }
                try indexer.add(article)
                progress.update(indexer.summary)
            }, issue: { issue in
                issues.append(issue)
                if strict, issue.skipped { failure = Exit.skipped }
            })
        } catch is StopReading {
            printError("newsindex: stopped at the first bad record (--strict): \(issues.first(where: \.skipped)!)")
        } catch let error as IndexError {
            progress.finish()
            printError("newsindex: \(error)")
            failure = Exit.indexProblem
        }
        progress.finish()
        do {
            try indexer.close()
        } catch {
            throw fail("\(error)", Exit.indexProblem)
        }
        printSummary(indexer.summary, issues: issues, seconds: Date().timeIntervalSince(start))
        if let failure { throw failure }
        if issues.contains(where: \.skipped) { throw Exit.skipped }
    }

    func printSummary(_ summary: Indexer.Summary, issues: [ReadIssue], seconds: Double) {
        var lines: [String] = []
        let rate = seconds > 0 ? Int(Double(summary.articles) / seconds) : 0
        lines.append(
            "Indexed \(summary.articles) articles as \(summary.passages) passages into \(options.path) in \(String(format: "%.1f", seconds)) s (\(rate) articles/s).")
        if summary.unchanged > 0 { lines.append("Unchanged, skipped: \(summary.unchanged) articles already in the index.") }
        lines.append("People: \(summary.people.count) distinct; countries: \(summary.countries.count) distinct.")
        let skipped = issues.filter(\.skipped)
        let warnings = issues.filter { !$0.skipped }
        lines.append("Records skipped: \(skipped.count).")
        for (title, group) in [("skipped", skipped), ("warning", warnings)] where !group.isEmpty {
            for kind in ReadIssue.Kind.allCases {
                let ofKind = group.filter { $0.kind == kind }
                guard !ofKind.isEmpty else { continue }
                lines.append("  \(title): \(kind.rawValue): \(ofKind.count)")
                for issue in ofKind.prefix(3) { lines.append("    \(issue.location)" + (issue.detail.isEmpty ? "" : ": \(issue.detail)")) }
                if ofKind.count > 3 { lines.append("    … and \(ofKind.count - 3) more") }
            }
        }
        printError(lines.joined(separator: "\n"))
    }
}

struct StopReading: Error {}

/// A progress line on standard error, redrawn at most a few times a second, only on a terminal.
final class Progress {
    let enabled: Bool
    private let start = Date()
    private var last = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ summary: Indexer.Summary) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) > 0.25 else { return }
        last = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(summary.articles + summary.unchanged) / elapsed : 0
        let line = "\r\(summary.articles) articles, \(summary.passages) passages, \(Int(rate)) articles/s   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
