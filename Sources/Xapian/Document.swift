import CXapian

/// A whole Xapian document described as a Swift value: the shim builds it with a TermGenerator
/// in one call (`CXapian_writable_add_document`).
public struct Document: Sendable {
    public struct Text: Sendable {
        public var text: String
        public var prefix: String
        public var wdfIncrement: UInt32
        public var positions: Bool
        public init(_ text: String, prefix: String = "", wdfIncrement: UInt32 = 1, positions: Bool = true) {
            self.text = text
            self.prefix = prefix
            self.wdfIncrement = wdfIncrement
            self.positions = positions
        }
    }

    public var data: [UInt8] = []
    public var texts: [Text] = []
    /// Terms added as they are; a wdf of 0 makes a boolean (unweighted) term.
    public var terms: [(term: String, wdf: UInt32)] = []
    public var values: [(slot: UInt32, value: [UInt8])] = []

    public init() {}

    public mutating func addTerm(_ term: String, wdf: UInt32 = 0) { terms.append((term, wdf)) }
    public mutating func addValue(_ value: String, slot: UInt32) { values.append((slot, Array(value.utf8))) }

    /// Lays every string out in one buffer and hands the shim pointers into it.
    func withCDocument<R>(_ body: (UnsafePointer<CXapian_document>) -> R) -> R {
        var arena: [UInt8] = []
        arena.reserveCapacity(data.count + texts.reduce(0) { $0 + $1.text.utf8.count + 8 } + terms.count * 24)
        func put(_ bytes: some Collection<UInt8>, nul: Bool = false) -> (Int, Int) {
            let start = arena.count
            arena.append(contentsOf: bytes)
            if nul { arena.append(0) }
            return (start, bytes.count)
        }
        let dataSpan = put(data)
        let textSpans = texts.map { (put($0.text.utf8), put($0.prefix.utf8, nul: true)) }
        let termSpans = terms.map { put($0.term.utf8) }
        let valueSpans = values.map { put($0.value) }
        arena.append(0)  // never an empty buffer, so baseAddress is never nil

        return arena.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            let cTexts = zip(texts, textSpans).map { text, spans in
                CXapian_text(
                    text: base + spans.0.0, text_len: spans.0.1, prefix: base + spans.1.0,
                    wdf_inc: text.wdfIncrement, with_positions: text.positions ? 1 : 0)
            }
            let cTerms = zip(terms, termSpans).map { term, span in
                CXapian_term(term: base + span.0, term_len: span.1, wdf: term.wdf)
            }
            let cValues = zip(values, valueSpans).map { value, span in
                CXapian_value(slot: value.slot, value: base + span.0, value_len: span.1)
            }
            return cTexts.withUnsafeBufferPointer { textBuffer in
                cTerms.withUnsafeBufferPointer { termBuffer in
                    cValues.withUnsafeBufferPointer { valueBuffer in
                        var spec = CXapian_document(
                            data: base + dataSpan.0, data_len: dataSpan.1,
                            texts: textBuffer.baseAddress, text_count: textBuffer.count,
                            terms: termBuffer.baseAddress, term_count: termBuffer.count,
                            values: valueBuffer.baseAddress, value_count: valueBuffer.count)
                        return body(&spec)
                    }
                }
            }
        }
    }
}

/// A document whose text Xapian has already indexed (TermGenerator), built on whichever thread
/// made it, so the writer's thread only has to add it. Owned by one thread at a time: it is handed
/// over, never shared, which is why it may cross threads although Xapian objects are not thread-safe.
public final class BuiltDocument: @unchecked Sendable {
    let handle: OpaquePointer

    public init(_ document: Document) throws(XapianError) {
        let result = document.withCDocument { spec in
            Result { () throws(XapianError) -> OpaquePointer in
                try check({ CXapian_document_build(spec, $0) }, failed: { $0 == nil })!
            }
        }
        handle = try result.get()
    }

    deinit { CXapian_built_document_free(handle) }
}
