/// A small JSON writer with keys in the order given, so output is stable and documented.
indirect enum JSONValue {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Appends the value's JSON to `out`.
    func render(into out: inout JSONWriter) {
        switch self {
        case .string(let s): out.string(s)
        case .int(let n): out.int(n)
        case .double(let d): out.raw(d.isFinite ? String((d * 10000).rounded() / 10000) : "0")
        case .bool(let b): out.raw(b ? "true" : "false")
        case .null: out.raw("null")
        case .array(let items): out.array { out in for item in items { item.render(into: &out) } }
        case .object(let fields):
            out.object { out in
                for (key, value) in fields {
                    out.key(key)
                    value.render(into: &out)
                }
            }
        }
    }

    var rendered: String {
        var out = JSONWriter()
        render(into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Writes JSON as UTF-8 bytes as it goes, keys in the order written: for output too large or too
/// frequent to build as a `JSONValue` tree first (`tag` writes a line per article; bytes, not
/// `String` appends, which cost a sixth of `newsindex tag` in instructions). Values and keys
/// separate themselves (", " and ": ").
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value opens its object or array, or follows its key: no ", " before it.
    private var first = true

    init() { bytes.reserveCapacity(256) }

    mutating func object(_ members: (inout JSONWriter) -> Void) { nest(UInt8(ascii: "{"), UInt8(ascii: "}"), members) }

    mutating func array(_ elements: (inout JSONWriter) -> Void) { nest(UInt8(ascii: "["), UInt8(ascii: "]"), elements) }

    /// A member's name inside `object`; its value comes next.
    mutating func key(_ name: String) {
        separate()
        JSONValue.escape(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        first = true
    }

    mutating func string(_ value: String) {
        separate()
        JSONValue.escape(value, into: &bytes)
        first = false
    }

    mutating func int(_ value: Int) { raw(String(value)) }

    /// A value's JSON text as it is (a number, a literal).
    mutating func raw(_ json: String) {
        separate()
        bytes.append(contentsOf: json.utf8)
        first = false
    }

    mutating func newline() { bytes.append(0x0A) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        first = true
    }

    private mutating func nest(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(open)
        first = true
        body(&self)
        bytes.append(close)
        first = false
    }

    private mutating func separate() {
        if !first {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
    }
}
