import ArgumentParser
import Foundation
import NewsIndexer

struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Remove articles (all their passages) by id.")

    @OptionGroup var options: IndexOptions
    @Option(name: .customLong("id"), help: "An article id (repeatable).")
    var ids: [String] = []

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one --id") }
    }

    func run() throws {
        // Opening a writer would create an empty index where there is none.
        guard FileManager.default.fileExists(atPath: options.path + "/iamglass") else {
            throw fail("no index at \(options.path); nothing to delete", Exit.indexProblem)
        }
        do {
            let indexer = try Indexer(path: options.path)
            var missing: [String] = []
            for id in ids where try !indexer.delete(id: id) { missing.append(id) }
            try indexer.close()
            printError("Deleted \(ids.count - missing.count) of \(ids.count) articles.")
            if !missing.isEmpty {
                printError("Not in the index: " + missing.joined(separator: ", "))
                throw Exit.skipped
            }
        } catch let error as IndexError {
            throw fail("\(error)", Exit.indexProblem)
        }
    }
}
