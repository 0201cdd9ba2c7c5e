import CZlib
import Foundation

/// Reads a file, or standard input, in chunks, decompressing gzip on the fly: zlib's gzread reads
/// uncompressed input as it is, so one reader serves both.
final class ByteStream {
    private var file: gzFile?
    private var buffer: [UInt8]
    let name: String

    enum Failure: Error { case cannotOpen(String), corrupt(String) }

    private let progress: ReadProgress?
    private let progressBase: Int

    init(path: String, chunkSize: Int = 1 << 18, progress: ReadProgress? = nil) throws {
        name = path
        self.progress = progress
        progressBase = progress?.completedFiles ?? 0
        buffer = [UInt8](repeating: 0, count: chunkSize)
        let fd = path == "-" ? dup(0) : open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure.cannotOpen(String(cString: strerror(errno))) }
        guard let file = gzdopen(fd, "rb") else {
            close(fd)
            throw Failure.cannotOpen("cannot start reading")
        }
        gzbuffer(file, UInt32(chunkSize))
        self.file = file
    }

    deinit { if let file { gzclose(file) } }

    /// Calls `body` with each chunk; a corrupt or truncated gzip stream ends with `.corrupt`
    /// after every good byte before the damage was delivered.
    func forEachChunk(_ body: (ArraySlice<UInt8>) throws -> Void) throws {
        guard let file else { return }
        while true {
            let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if count < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw Failure.corrupt(message)
            }
            if count == 0 {
                // gzread returns 0 at a truncated gzip end too; gzerror tells them apart.
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
                if code != Z_OK && code != Z_STREAM_END { throw Failure.corrupt(message) }
                return
            }
            // gzoffset: how far into the file (compressed bytes) reading has got.
            progress?.doneBytes = progressBase + Int(gzoffset(file))
            try body(buffer[0..<Int(count)])
        }
    }
}

/// How far reading has got through the inputs, for the progress line's ETA.
public final class ReadProgress: @unchecked Sendable {
    /// Total size of the input files; nil when standard input is among them.
    public internal(set) var totalBytes: Int?
    public internal(set) var doneBytes = 0
    var completedFiles = 0

    public init() {}

    /// The fraction read, when the total is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(doneBytes) / Double(totalBytes))
    }
}

/// Cuts a stream of bytes into JSON records as they arrive: one a line (`LineSplitter`), or the
/// values of a JSON document (`JSONValueSplitter`).
protocol RecordSplitter {
    mutating func feed(_ chunk: ArraySlice<UInt8>, _ body: (LineSplitter.Line) throws -> Void) rethrows
    mutating func finish(_ body: (LineSplitter.Line) throws -> Void) rethrows
}

extension RecordSplitter {
    /// Feeds all of `bytes` and finishes.
    mutating func split(_ bytes: ArraySlice<UInt8>, _ body: (LineSplitter.Line) throws -> Void) rethrows {
        try feed(bytes, body)
        try finish(body)
    }
}

extension ArticleReader.Format {
    /// The splitter for a JSON format's records; nil for the others.
    func recordSplitter(maxRecord: Int) -> (any RecordSplitter)? {
        switch self {
        case .jsonLines: LineSplitter(maxLine: maxRecord)
        case .json: JSONValueSplitter(maxRecord: maxRecord)
        default: nil
        }
    }
}

/// Splits a byte stream into lines ("\n", with a trailing "\r" removed), numbering from 1.
struct LineSplitter: RecordSplitter {
    private var pending: [UInt8] = []
    private(set) var lineNumber = 0
    /// Lines longer than this are reported and skipped, so memory stays bounded.
    let maxLine: Int
    private var skipping = false

    init(maxLine: Int) { self.maxLine = maxLine }

    enum Line { case text(ArraySlice<UInt8>, Int), tooLong(Int) }

    mutating func feed(_ chunk: ArraySlice<UInt8>, _ body: (Line) throws -> Void) rethrows {
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            lineNumber += 1
            if skipping {
                skipping = false
                pending.removeAll(keepingCapacity: true)
                try body(.tooLong(lineNumber))
            } else if pending.isEmpty {
                try body(.text(trimCR(chunk[start..<newline]), lineNumber))
            } else {
                pending.append(contentsOf: chunk[start..<newline])
                let line = pending
                pending.removeAll(keepingCapacity: true)
                try body(.text(trimCR(line[...]), lineNumber))
            }
            start = newline + 1
        }
        if !skipping {
            pending.append(contentsOf: chunk[start...])
            if pending.count > maxLine {
                skipping = true
                pending = []
            }
        }
    }

    mutating func finish(_ body: (Line) throws -> Void) rethrows {
        if skipping {
            lineNumber += 1
            try body(.tooLong(lineNumber))
        } else if !pending.isEmpty {
            lineNumber += 1
            let line = pending
            pending = []
            try body(.text(trimCR(line[...]), lineNumber))
        }
    }

    private func trimCR(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        s.last == 0x0D ? s.dropLast() : s
    }
}
