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

    @Flag(help: "Remove articles whose id is not in these inputs (keep a folder and its index in step).")
    var prune = false

    @Flag(help: "If another process is writing the index, wait for it instead of failing.")
    var wait = false

    @Option(help: "Parallel writers for a new index (shards merged at the end); default: the number of cores.")
    var jobs: Int?

    @Option(name: .customLong("commit-every"), help: "Commit after this many articles (an interrupted run keeps them).")
    var commitEvery: Int = 5000

    @Flag(help: "No progress line, only the summary.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or -") }
        if let jobs, jobs < 1 || jobs > 64 { throw ValidationError("--jobs must be between 1 and 64") }
        if commitEvery < 1 { throw ValidationError("--commit-every must be 1 or more") }
    }

    func run() throws {
        let start = Date()
        let indexer = try openIndexer()
        indexer.commitEvery = commitEvery
        let readProgress = ReadProgress()
        let progress = Progress(enabled: !quiet && isatty(2) == 1, reading: readProgress)
        Interruption.install()
        var reader = ArticleReader(paths: paths)
        reader.progress = readProgress
        let feed = ArticleFeed(reader: reader, builder: indexer.builder, strict: strict)
        let wasEmpty = (try? indexer.isEmpty) ?? false
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var parallel = jobs > 1
        if parallel, !wasEmpty {
            // (Said only to whoever asked for --jobs: adding to an index is one writer's work.)
            if self.jobs != nil {
                printError("newsindex: \(options.path) already holds articles; --jobs applies to a new index, using one writer")
            }
            parallel = false
        }
        var summary: Indexer.Summary?
        var failure: ExitCode?
        var closed = false
        do {
            if parallel {
                summary = try ParallelIndexing.run(
                    into: options.path, jobs: jobs, commitEvery: commitEvery, produce: feed.run,
                    progress: { progress.update(articles: $0, passages: $1) },
                    beforeMerge: {
                        try indexer.close()
                        closed = true
                    })
            } else {
                // Reading, splitting and tagging on one thread; Xapian's writes on this one.
                try Pipeline.run(produce: feed.run, consume: { prepared in
                    try indexer.add(prepared)
                    progress.update(articles: indexer.summary.articles, passages: indexer.summary.passages)
                })
            }
        } catch is Interrupted {
            progress.finish()
            printError("newsindex: interrupted; committed what was indexed so far")
            failure = Exit.interrupted
        } catch is StopReading {
            progress.finish()
            printError("newsindex: stopped at the first bad record (--strict): \(feed.state.issues.first(where: \.skipped)!)")
            failure = Exit.skipped
        } catch let error as IndexError {
            progress.finish()
            printError("newsindex: \(error)")
            failure = Exit.indexProblem
        }
        progress.finish()
        let issues = feed.state.issues
        if prune, failure == nil, !parallel {
            // Articles of an input that could not be read are not "gone": never prune then.
            let unread = issues.filter { [.missingPath, .unreadable, .corruptGzip].contains($0.kind) }
            if unread.isEmpty {
                do {
                    _ = try indexer.prune(keeping: feed.state.seenIDs)
                } catch {
                    throw fail("\(error)", Exit.indexProblem)
                }
            } else {
                printError("newsindex: not pruning: \(unread.count) input(s) could not be read in full (\(unread[0]))")
            }
        }
        if !closed {
            do {
                try indexer.close()
            } catch {
                // After a write error the writer is already closed: the first message said it all.
                if failure == nil { throw fail("\(error)", Exit.indexProblem) }
            }
        }
        // A new index written by one writer is compacted, as merged shards are: about 40% smaller
        // and faster to search, for about a second per 5,000 articles. (An index that grows run by
        // run is left alone: `newsindex compact` does it on demand.)
        if !parallel, wasEmpty, failure == nil, indexer.summary.passages > 0 {
            do {
                _ = try Compaction.compact(options.path)
            } catch {
                throw fail("\(error)", Exit.indexProblem)
            }
        }
        printSummary(
            summary ?? indexer.summary, issues: issues, seconds: Date().timeIntervalSince(start),
            written: failure != Exit.indexProblem)
        if let failure { throw failure }
        if issues.contains(where: \.skipped) { throw Exit.skipped }
    }

    /// Opens the index; with --wait, retries while another writer holds the lock.
    func openIndexer() throws -> Indexer {
        var told = false
        while true {
            do {
                return try Indexer(path: options.path)
            } catch .locked where wait {
                if !told {
                    printError("newsindex: \(options.path) is being written by another process; waiting (--wait)…")
                    told = true
                }
                usleep(500_000)
            } catch {
                throw fail("\(error)", Exit.indexProblem)
            }
        }
    }

    func printSummary(_ summary: Indexer.Summary, issues: [ReadIssue], seconds: Double, written: Bool) {
        var lines: [String] = []
        // ("1 article … (0.6 articles/s)", not "1 articles … (0 articles/s)")
        let perSecond = seconds > 0 ? Double(summary.articles) / seconds : 0
        let rate = perSecond >= 10 ? String(Int(perSecond)) : String(format: "%.1f", perSecond)
        if !written {
            lines.append(
                "Stopped after \(counted(summary.articles, "article")); only those up to the index's last commit are in it (`newsindex stats` shows how many).")
        } else {
            lines.append(
            "Indexed \(counted(summary.articles, "article")) as \(counted(summary.passages, "passage")) into \(options.path) in \(String(format: "%.1f", seconds)) s (\(rate) articles/s).")
        }
        if summary.unchanged > 0 { lines.append("Unchanged, skipped: \(counted(summary.unchanged, "article")) already in the index.") }
        if summary.pruned > 0 { lines.append("Pruned: \(counted(summary.pruned, "article")) no longer in the inputs.") }
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

/// What the reading thread collects; read by the main thread only after the pipeline has joined.
final class ReadState: @unchecked Sendable {
    var issues: [ReadIssue] = []
    var seenIDs = Set<String>()
    var strictStop = false
}

/// Reads every input and prepares each article for the index, noting problems on the way.
struct ArticleFeed: Sendable {
    let reader: ArticleReader
    let builder: DocumentBuilder
    let strict: Bool
    let state = ReadState()

    func run(_ emit: (PreparedArticle) throws -> Void) throws {
        try reader.read({ article in
            if state.strictStop { throw StopReading() }
            if Interruption.requested { throw Interrupted() }
            if !state.seenIDs.insert(article.id).inserted {
                state.issues.append(ReadIssue(.duplicateID, at: article.origin, "id \"\(article.id)\"", skipped: false))
            }
            try emit(builder.prepare(article))
        }, issue: { issue in
            state.issues.append(issue)
            if strict, issue.skipped { state.strictStop = true }
        })
        // A bad last record stops the run as well.
        if state.strictStop { throw StopReading() }
    }
}
struct Interrupted: Error {}

/// Ctrl-C or SIGTERM during indexing: the first asks the run to stop after the current article,
/// commit and print its summary; a second one kills the process (the last commit stays intact).
enum Interruption {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var requested: Bool { flag != 0 }

    static func install() {
        let handler: @convention(c) (Int32) -> Void = { signal in
            Interruption.flag = 1
            _ = Glibc.signal(signal, SIG_DFL)
        }
        _ = Glibc.signal(SIGINT, handler)
        _ = Glibc.signal(SIGTERM, handler)
    }
}

/// A progress line on standard error, redrawn at most a few times a second, only on a terminal.
final class Progress {
    let enabled: Bool
    let reading: ReadProgress
    private let start = Date()
    private var last = Date.distantPast

    init(enabled: Bool, reading: ReadProgress) {
        self.enabled = enabled
        self.reading = reading
    }

    func update(articles: Int, passages: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) > 0.25 else { return }
        last = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(articles) / elapsed : 0
        var line = "\r\(articles) articles, \(passages) passages, \(Int(rate)) articles/s"
        // The ETA comes from the share of input bytes read, when every input is a file.
        if let fraction = reading.fraction, fraction > 0.01 {
            let remaining = Int(elapsed * (1 - fraction) / fraction)
            line += String(format: ", %.0f%%, ETA %d:%02d", fraction * 100, remaining / 60, remaining % 60)
        }
        line += "   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
