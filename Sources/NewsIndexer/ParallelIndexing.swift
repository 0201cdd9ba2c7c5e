import Foundation
import NewsSchema

/// `index --jobs N` into a new index: N writers fill N shards in parallel (an article goes to the
/// shard its id hashes to, so it never spans two), then the shards are merged and compacted into
/// the index. Xapian allows one writer per database; this is how both cores do Xapian's work.
public enum ParallelIndexing {
    /// Runs `produce` on the calling thread and one writer thread per shard. Returns the combined
    /// summary. The index at `path` must be empty (new); it is replaced by the merged shards.
    public static func run(
        into path: String, jobs: Int, commitEvery: Int = 5000,
        produce: (_ emit: (PreparedArticle) throws -> Void) throws -> Void,
        progress: @escaping (_ articles: Int, _ passages: Int) -> Void,
        beforeMerge: () throws -> Void
    ) throws -> Indexer.Summary {
        let shards = (0..<jobs).map { path + "/.shard-\($0)" }
        let queues = shards.map { _ in BoundedQueue<PreparedArticle>(capacity: 16) }
        let summaries = SummaryBox(count: jobs)
        let errors = ErrorBox()
        let group = DispatchGroup()
        for (k, shard) in shards.enumerated() {
            try? FileManager.default.removeItem(atPath: shard)
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    // A shard is deleted when merged, and a new run starts its shards afresh:
                    // nothing it writes needs to reach the disk.
                    let writer = try Indexer(path: shard, scratch: true)
                    writer.commitEvery = commitEvery
                    while let prepared = queues[k].pop() {
                        let passages = try writer.add(prepared)
                        summaries.count(articles: passages > 0 ? 1 : 0, passages: passages)
                    }
                    try writer.close(refreshMerges: false)
                    summaries.set(k, writer.summary)
                } catch {
                    errors.error = error
                    queues.forEach { $0.close() }
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var producerError: Error?
        do {
            try produce { prepared in
                let k = Int(StableHash.value(prepared.article.id) % UInt64(jobs))
                try queues[k].push(prepared)
                let (articles, passages) = summaries.counts
                progress(articles, passages)
            }
        } catch is BoundedQueue<PreparedArticle>.Closed {
        } catch {
            producerError = error
        }
        queues.forEach { $0.finish() }
        group.wait()
        if let error = errors.error { throw error }
        // What was read before an interruption is still merged: it is committed in the shards.
        try beforeMerge()
        try Compaction.merge(shards, into: path)
        // Person merges are an archive-level fact: work them out on the merged index.
        let finisher = try Indexer(path: path)
        try finisher.refreshPersonMerges()
        try finisher.close(refreshMerges: false)
        if let producerError { throw producerError }
        return summaries.combined
    }
}

final class SummaryBox: @unchecked Sendable {
    private let lock = NSLock()
    private var summaries: [Indexer.Summary]

    private var articles = 0
    private var passages = 0

    init(count: Int) { summaries = Array(repeating: Indexer.Summary(), count: count) }

    /// Running totals for the progress line (the full summaries come at the end).
    func count(articles: Int, passages: Int) {
        lock.withLock {
            self.articles += articles
            self.passages += passages
        }
    }

    var counts: (Int, Int) { lock.withLock { (articles, passages) } }

    func set(_ k: Int, _ summary: Indexer.Summary) { lock.withLock { summaries[k] = summary } }

    var combined: Indexer.Summary {
        lock.withLock {
            summaries.reduce(into: Indexer.Summary()) { total, s in
                total.articles += s.articles
                total.unchanged += s.unchanged
                total.passages += s.passages
                total.people.formUnion(s.people)
                total.countries.formUnion(s.countries)
            }
        }
    }
}
