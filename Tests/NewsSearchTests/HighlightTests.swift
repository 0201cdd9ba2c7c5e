import Testing

@testable import NewsSearch

@Suite struct HighlightTests {
    @Test func putsBackTheHeadAndTailThatSnippetLeftOff() {
        let text = "Rates & prices <rose>. The climate envoy spoke (again)."
        let snippet = "…prices &lt;rose&gt;. The <b>climate</b> envoy spoke…"
        #expect(Highlight.completing(snippet, of: text)
            == "Rates &amp; prices &lt;rose&gt;. The <b>climate</b> envoy spoke (again).")
    }

    @Test func anUncutSnippetIsKeptAndAnEmptyOneGivesTheEscapedText() {
        let text = "Wang Yi met Kerry in Beijing — «talks»."
        let snippet = "<b>Wang</b> <b>Yi</b> met Kerry in Beijing — «talks»."
        #expect(Highlight.completing(snippet, of: text) == snippet)
        #expect(Highlight.completing("", of: "a < b") == "a &lt; b")
    }

    @Test func aMatchIsAMarkSnippetPutInNotAnEscapedTag() {
        #expect(Highlight.showsAMatch("The <b>climate</b> envoy"))
        #expect(!Highlight.showsAMatch("The climate &lt;b&gt; envoy"))
        #expect(!Highlight.showsAMatch(""))
    }

    @Test func aSnippetThatIsNotInTheTextIsReturnedAsItIs() {
        #expect(Highlight.completing("…other <b>words</b>…", of: "Some text") == "…other <b>words</b>…")
    }
}
