import Testing

@testable import NewsEntities

@Suite struct WordTables {
    @Test func findsEveryKeyAndNothingElse() {
        let words = (0..<5_000).map { "word\($0)" } + ["", "a", "south korea", "exactly8", "sixteen-chars-xx"]
        let table = WordTable(words.enumerated().map { ($0.element, $0.offset) })
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        for missing in ["word5000", "b", "south", "exactly9", "sixteen-chars-xy", "Word1"] { #expect(table[missing] == nil) }
    }

    @Test func aRepeatedKeyKeepsItsLastValueAsADictionaryWould() {
        let table = WordTable([("paris", "FR"), ("paris", "US")])
        #expect(table.count == 1 && table["paris"] == "US")
    }

    @Test func canonicallyEquivalentKeysAreOneKey() {
        // Swift's == takes "a" with a combining accent for "á"; so does the table, whichever form
        // the text brings ("Nicolás Maduro" from a page in decomposed form).
        let names = WordSet(["nicolás", "josé"])
        #expect(names.contains("nicola\u{301}s"))
        #expect(names.contains("jose\u{301}"))
        #expect(names.contains("nicolás"))
        #expect(!names.contains("nicolas"))
    }
}

@Suite struct LexiconLoading {
    /// Start-up keys most place phrases without the tokenizer; every key must be the tokenizer's.
    @Test func plainPhrasesKeyAsTheTokenizerKeysThem() throws {
        var plain = 0
        for file in ["places.tsv", "dateline-places.tsv"] {
            let text = try String(contentsOf: Lexicons.resourceDirectory().appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let phrase = line.prefix { $0 != "\t" }
                let key = Lexicons.phraseKey(phrase)
                let tokenized = Lexicons.tokenizedPhraseKey(phrase)
                #expect(key.0 == tokenized.0 && key.1 == tokenized.1, "\(phrase)")
                if key.0 == phrase { plain += 1 }
            }
        }
        #expect(plain > 10_000)
        for phrase in ["abomey-calavi", "abū ghurayb", "new  york", "straße", "-x", "x-", "st. louis", "u.s."] {
            #expect(Lexicons.phraseKey(phrase) == Lexicons.tokenizedPhraseKey(phrase), "\(phrase)")
        }
    }
}
