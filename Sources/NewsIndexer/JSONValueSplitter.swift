/// Splits a `.json` file into its records, streaming: one top-level object, a sequence of objects
/// (pretty-printed or one per line), or a top-level array whose elements are the records. Each record
/// comes out with the line it starts on; memory holds one record at a time. A raw line break inside
/// a string cannot be JSON: the record ends there (its parse reports it) and splitting goes on.
struct JSONValueSplitter: RecordSplitter {
    private var pending: [UInt8] = []
    private var line = 1
    private var startLine = 1
    /// Nesting inside the current record ({ and [), 0 between records.
    private var depth = 0
    private var inString = false
    private var escaped = false
    /// Inside the one top-level array whose elements are the records.
    private var inTopArray = false
    /// Inside a bare scalar record (a number, true …), which ends at a separator.
    private var inScalar = false
    /// The record is a bare string.
    private var stringRecord = false
    private var skipping = false
    let maxRecord: Int

    init(maxRecord: Int) { self.maxRecord = maxRecord }

    mutating func feed(_ chunk: ArraySlice<UInt8>, _ body: (LineSplitter.Line) throws -> Void) rethrows {
        for byte in chunk {
            if depth == 0 && !inScalar {
                try between(byte, body)
                continue
            }
            if byte == 0x0A { line += 1 }
            append(byte)
            if inScalar {
                if byte == 0x2C || byte == 0x5D || byte == 0x0A || byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    pending.removeLast()
                    inScalar = false
                    try emit(body)
                    if byte == 0x5D { inTopArray = false }
                }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                    if stringRecord {
                        stringRecord = false
                        depth = 0
                        try emit(body)
                    }
                } else if byte == 0x0A {
                    // Not JSON: let the parse say so, and start again after the break.
                    inString = false
                    stringRecord = false
                    depth = 0
                    try emit(body)
                }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 { try emit(body) }
            default: break
            }
        }
    }

    /// Between records: white space, the commas and brackets of the top-level array, or a record's start.
    private mutating func between(_ byte: UInt8, _ body: (LineSplitter.Line) throws -> Void) rethrows {
        switch byte {
        case 0x0A: line += 1
        case 0x20, 0x09, 0x0D, 0x2C: break
        case _ where line == 1 && startLine == 1 && (byte == 0xEF || byte == 0xBB || byte == 0xBF):
            break  // a UTF-8 byte-order mark
        case 0x5B where !inTopArray:
            inTopArray = true
        case 0x5D where inTopArray:
            inTopArray = false
        default:
            startLine = line
            skipping = false
            pending.removeAll(keepingCapacity: true)
            append(byte)
            switch byte {
            case 0x7B, 0x5B: depth = 1
            case 0x22:  // a string record: ends with its closing quote
                depth = 1
                inString = true
                stringRecord = true
            default: inScalar = true
            }
        }
    }

    private mutating func append(_ byte: UInt8) {
        guard !skipping else { return }
        pending.append(byte)
        if pending.count > maxRecord {
            skipping = true
            pending = []
        }
    }

    private mutating func emit(_ body: (LineSplitter.Line) throws -> Void) rethrows {
        if skipping {
            skipping = false
            try body(.tooLong(startLine))
        } else {
            try body(.text(pending[...], startLine))
        }
        pending.removeAll(keepingCapacity: true)
    }

    mutating func finish(_ body: (LineSplitter.Line) throws -> Void) rethrows {
        if depth > 0 || inScalar || skipping {
            depth = 0
            inScalar = false
            inString = false
            stringRecord = false
            try emit(body)
        }
    }
}
