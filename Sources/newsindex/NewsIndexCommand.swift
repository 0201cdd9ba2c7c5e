import ArgumentParser
import Foundation

@main
struct NewsIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsindex",
        abstract: "Index news archives and search them by keyword, person and country.",
        discussion: """
            Exit status: 0 success; 1 finished, but some records were skipped (see the summary);
            2 the query or an option was wrong; 3 the index could not be opened or written;
            130 interrupted. Argument errors exit with 64.
            """,
        version: "0.1.0",
        subcommands: [
            IndexCommand.self, SearchCommand.self, TagCommand.self, StatsCommand.self, DeleteCommand.self, CompactCommand.self,
            BenchCommand.self,
        ])
}

/// Documented exit codes.
enum Exit {
    static let skipped = ExitCode(1)
    static let badQuery = ExitCode(2)
    static let indexProblem = ExitCode(3)
    static let interrupted = ExitCode(130)
}

struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: "The index folder (default: $NEWSINDEX_INDEX, else ./Index).")
    var index: String?

    var path: String {
        if let index { return index }
        if let env = ProcessInfo.processInfo.environment["NEWSINDEX_INDEX"], !env.isEmpty { return env }
        return "Index"
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// "1 article", "3 articles": a count and its noun, in the singular for one.
func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// One line on standard error, no stack trace.
func fail(_ message: String, _ code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data(("newsindex: " + message + "\n").utf8))
    return code
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Buffered standard output: hundreds of thousands of lines from `tag` should not mean as many writes.
final class Output {
    private var buffer: [UInt8] = []
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count > 1 << 16 { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}
