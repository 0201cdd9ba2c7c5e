import Foundation

/// Reads the JSON records archives are made of (objects of strings, integers and null, arrays and
/// objects of those) into what `JSONSerialization` gives for them: `[String: Any]`, `[Any]`,
/// `String`, `NSNumber` (integers) and `NSNull`. Foundation's parser took a sixth of `newsindex tag`'s
/// time on Reuters (perf); this one reads the bytes once, with no intermediate tree.
///
/// It answers only where the answer is certainly Foundation's: on anything else (a fraction or an
/// exponent, `true`/`false`, a repeated name, an escape it does not know, any error) it returns nil
/// and the caller asks `JSONSerialization`, which also words the errors.
enum FastJSON {
    /// nil too where arrays and objects nest deeper than `maxDepth`.
    static func parse(_ bytes: ArraySlice<UInt8>, maxDepth: Int = 64) -> Any? {
        bytes.withContiguousStorageIfAvailable { buffer -> Any? in
            var reader = Reader(bytes: buffer, maxDepth: maxDepth)
            reader.skipSpace()
            guard let value = reader.value() else { return nil }
            reader.skipSpace()
            return reader.at == buffer.count ? value : nil
        } ?? nil
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var at = 0
        var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
                at += 1
            }
        }

        mutating func value() -> Any? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "n"):
                guard literal("null") else { return nil }
                return NSNull()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer()
            default: return nil  // true, false, or not JSON
            }
        }

        mutating func object() -> [String: Any]? {
            var result: [String: Any] = [:]
            return elements(closing: UInt8(ascii: "}")) {
                guard $0.at < $0.bytes.count, $0.bytes[$0.at] == UInt8(ascii: "\""), let name = $0.string() else { return false }
                $0.skipSpace()
                guard $0.at < $0.bytes.count, $0.bytes[$0.at] == UInt8(ascii: ":") else { return false }
                $0.at += 1
                $0.skipSpace()
                guard let value = $0.value() else { return false }
                return result.updateValue(value, forKey: name) == nil
            } ? result : nil
        }

        mutating func array() -> [Any]? {
            var result: [Any] = []
            return elements(closing: UInt8(ascii: "]")) {
                guard let value = $0.value() else { return false }
                result.append(value)
                return true
            } ? result : nil
        }

        /// The elements of an object or an array (`at` on its opening bracket), each read by
        /// `element`, separated by commas, up to `close`; false when it is not JSON.
        mutating func elements(closing close: UInt8, _ element: (inout Reader) -> Bool) -> Bool {
            depth += 1
            defer { depth -= 1 }
            guard depth <= maxDepth else { return false }
            at += 1
            skipSpace()
            if at < bytes.count, bytes[at] == close {
                at += 1
                return true
            }
            while true {
                skipSpace()
                guard element(&self) else { return false }
                skipSpace()
                guard at < bytes.count else { return false }
                if bytes[at] == UInt8(ascii: ",") {
                    at += 1
                    continue
                }
                guard bytes[at] == close else { return false }
                at += 1
                return true
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            for k in 0..<count where bytes[at + k] != word.utf8Start[k] { return false }
            at += count
            return true
        }

        /// An integer as JSON writes it (no leading zeros), that fits in 64 bits and is followed by
        /// no fraction or exponent.
        mutating func integer() -> NSNumber? {
            let start = at
            if bytes[at] == UInt8(ascii: "-") { at += 1 }
            let digits = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            let count = at - digits
            guard count > 0, count <= 18, bytes[digits] != UInt8(ascii: "0") || count == 1 else { return nil }
            if at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] | 0x20 == UInt8(ascii: "e") { return nil }
            var n = 0
            for k in digits..<at { n = n * 10 + Int(bytes[k] - 0x30) }
            if bytes[start] == UInt8(ascii: "-") {
                guard n != 0 else { return nil }  // "-0"
                n = -n
            }
            return NSNumber(value: n)
        }

        /// A string; `at` is on its opening quote.
        mutating func string() -> String? {
            at += 1
            let start = at
            // Most strings have no escape: their bytes are the string.
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    at += 1
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at - 1]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                at += 1
            }
            var out = Array(bytes[start..<at])
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    at += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    at += 1
                    continue
                }
                guard at + 1 < bytes.count else { return nil }
                let escape = bytes[at + 1]
                at += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if code >= 0xD800, code < 0xDC00 {
                        // A surrogate pair, or nothing Foundation would read the same way.
                        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u")
                        else { return nil }
                        at += 2
                        guard let low = hex4(), low >= 0xDC00, low < 0xE000 else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if code >= 0xDC00, code < 0xE000 {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var code: UInt32 = 0
            for k in at..<at + 4 {
                let byte = bytes[k]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                code = code << 4 | UInt32(digit)
            }
            at += 4
            return code
        }
    }
}
