import Foundation
import ArgumentParser
import NewsIndexer

struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Compact the index in place (readers see the old index or the new one, never half of one).")

    @OptionGroup var options: IndexOptions

    func run() throws {
        do {
            let report = try Compaction.compact(options.path)
            let mb = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
            printError("Compacted \(options.path): \(mb(report.bytesBefore)) → \(mb(report.bytesAfter)).")
        } catch {
            throw fail("\(error)", Exit.indexProblem)
        }
    }
}
