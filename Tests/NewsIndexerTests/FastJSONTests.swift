import Foundation
import Testing

@testable import NewsIndexer

/// `FastJSON` must give exactly what `JSONSerialization` gives, or nothing (the reader then asks
/// Foundation): each text here is read by both and compared.
@Suite struct FastJSONAgreesWithFoundation {
    /// (text, whether the fast reader should answer it itself)
    static let cases: [(String, Bool)] = [
        (#"{"id": 1, "title": "Kerry in Tianjin", "body": "John Kerry met Wang Yi."}"#, true),
        (#"  {"a":"x","b":null,"c":[1,-2,"y",{"d":"e"}],"e":{}} "#, true),
        (#"{"s": "quote \" backslash \\ slash \/ tab \t nl \n cr \r bs \b ff \f"}"#, true),
        (#"{"s": "caf\u00e9 \u4e2d\u6587 \ud83d\ude00 emoji and plain café 中文 😀"}"#, true),
        (#"[{"title": "a"}, {"title": "b"}]"#, true),
        (#""a bare string""#, true),
        (#"1234567890123"#, true),
        (#"{"n": 0, "m": -7, "big": 123456789012345678}"#, true),
        // Left to Foundation:
        (#"{"f": 1.5}"#, false), (#"{"f": 1e3}"#, false), (#"{"b": true}"#, false), (#"{"b": false}"#, false),
        (#"{"a": 1, "a": 2}"#, false), (#"{"x": -0}"#, false), (#"{"x": 0123}"#, false),
        (#"{"x": 12345678901234567890}"#, false), (#"{"s": "lone \ud800 surrogate"}"#, false),
        (#"{"s": "low \udc00 first"}"#, false), (#"{"s": "bad \x escape"}"#, false),
        ("{\"s\": \"raw\ttab\"}", false), (#"{"a": 1,}"#, false), (#"{"a" 1}"#, false), (#"{"a": 1"#, false),
        (#"[1, 2"#, false), (#"{"a": 1} x"#, false), ("", false), (#"nul"#, false), (#"{"a": tru}"#, false),
    ]

    @Test(arguments: cases) func sameAsFoundation(_ text: String, fast expected: Bool) throws {
        let bytes = ArraySlice(Array(text.utf8))
        let fast = FastJSON.parse(bytes)
        #expect((fast != nil) == expected, "fast reader answered: \(fast != nil)")
        guard let fast else { return }
        let slow = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        #expect(describe(fast) == describe(slow))
    }

    /// It reads no deeper than it is told (the caller checks the depth only when Foundation reads).
    @Test func depthLimit() {
        func nested(_ depth: Int) -> ArraySlice<UInt8> {
            ArraySlice(Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))
        }
        #expect(FastJSON.parse(nested(64), maxDepth: 64) != nil)
        #expect(FastJSON.parse(nested(65), maxDepth: 64) == nil)
        #expect(FastJSON.parse(ArraySlice(Array(#"{"a": [{"b": [1]}]}"#.utf8)), maxDepth: 4) != nil)
        #expect(FastJSON.parse(ArraySlice(Array(#"{"a": [{"b": [1]}]}"#.utf8)), maxDepth: 3) == nil)
    }

    /// A canonical rendering of what either reader gives: types and values, keys sorted.
    func describe(_ value: Any) -> String {
        switch value {
        case let s as String: return "s(" + s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") + ")"
        case let n as NSNumber: return "n(\(n.stringValue))"
        case is NSNull: return "null"
        case let a as [Any]: return "[" + a.map(describe).joined(separator: ",") + "]"
        case let o as [String: Any]:
            return "{" + o.keys.sorted().map { "\(describe($0)):\(describe(o[$0]!))" }.joined(separator: ",") + "}"
        default: return "?\(type(of: value))"
        }
    }
}
