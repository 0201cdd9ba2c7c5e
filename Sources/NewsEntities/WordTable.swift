import Foundation

/// A read-only table from short strings (words, names, place phrases) to values, with a cheap hash.
///
/// The taggers look every token up in several lexicons; with `Set<String>` and `[String: Value]`,
/// Swift's per-process seeded SipHash took about a seventh of the tagging time (perf, Reuters
/// train). Keys here are hashed eight bytes at a time and found by linear probing; equal keys are
/// then confirmed with `==`, so a collision costs a comparison, never a wrong answer. Keys beyond
/// ASCII hash in their composed form, as `==` compares canonically equivalent strings as equal.
public struct WordTable<Value: Sendable>: Sendable {
    private let keys: [String]
    private let values: [Value]
    /// Index + 1 into `keys` and `values` in the low 32 bits (0 is an empty slot), the key's hash's
    /// high 32 bits in the high ones: most keys that are not the one looked up differ there, so
    /// their strings are not compared.
    private let slots: [UInt64]
    private let mask: Int

    /// The keys must be in NFC (composed), as the lexicon files are; a key looked up may be in any form.
    public init(_ entries: some Sequence<(String, Value)>) {
        var keys: [String] = []
        var values: [Value] = []
        for (key, value) in entries {
            keys.append(key)
            values.append(value)
        }
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        var kept = 0
        for index in keys.indices {
            let hash = WordHash.of(keys[index], composed: true)
            var slot = hash & mask
            var duplicate = false
            while slots[slot] != 0 {
                let entry = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF)
                if keys[entry - 1] == keys[index] {
                    duplicate = true  // the last entry wins, as in a dictionary
                    values[entry - 1] = values[index]
                    break
                }
                slot = (slot + 1) & mask
            }
            if !duplicate {
                slots[slot] = Self.tag(hash) | UInt64(index + 1)
                kept += 1
            }
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.mask = mask
        self.count = kept
    }

    public init(_ dictionary: [String: Value]) { self.init(dictionary.lazy.map { ($0.key, $0.value) }) }

    /// How many distinct keys.
    public let count: Int

    public subscript(_ key: String) -> Value? { self[key, hash: WordHash.of(key)] }

    /// A token's key, with the hash the token keeps.
    @inline(__always)
    public subscript(_ token: Token) -> Value? { self[token.key, hash: token.keyHash] }

    @inline(__always)
    private subscript(_ key: String, hash hash: Int) -> Value? {
        let tag = Self.tag(hash)
        var slot = hash & mask
        while true {
            let found = slots[slot]
            if found == 0 { return nil }
            if found & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = Int(truncatingIfNeeded: found & 0xFFFF_FFFF)
                if keys[entry - 1] == key { return values[entry - 1] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The hash's high 32 bits, kept beside a key's index in its slot.
    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) & 0xFFFF_FFFF_0000_0000 }

}

/// `WordTable`'s hash of a key.
public enum WordHash {
    /// 8 bytes at a time, multiply and fold (the keys are short). With `composed`, the caller
    /// knows `key` is in NFC (the lexicon files are: Scripts/build-lexicons.py writes them so).
    @inline(__always)
    public static func of(_ key: String, composed: Bool = false) -> Int {
        // (With whether every byte is ASCII, from the words it reads anyway.)
        func mix(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: Int, ascii: Bool) {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var high: UInt64 = 0
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= word
                h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            high |= tail
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
            return (Int(truncatingIfNeeded: h ^ (h >> 29)), high & 0x8080_8080_8080_8080 == 0)
        }
        // Swift's `==` takes canonically equivalent strings as equal ("Nicolás" with "a" and a
        // combining accent, or with "á"): beyond ASCII, the hash is of the composed form (NFC).
        let asIs = key.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let (hash, ascii) = mix(bytes)
            return composed || ascii ? hash : nil
        }
        if let hash = asIs ?? nil { return hash }
        return Array(key.precomposedStringWithCanonicalMapping.utf8).withUnsafeBufferPointer { mix($0).hash }
    }
}

/// A read-only set of short strings with `WordTable`'s cheap hash.
public struct WordSet: Sendable {
    private let table: WordTable<Bool>

    public init(_ words: some Sequence<String>) { table = WordTable(words.lazy.map { ($0, true) }) }

    public func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the token's key is in the set.
    @inline(__always)
    public func contains(_ token: Token) -> Bool { table[token] != nil }

    public var count: Int { table.count }
}

extension WordSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral words: String...) { self.init(words) }
}
