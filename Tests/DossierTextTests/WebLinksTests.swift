import DossierText
import Testing

@Suite struct WebLinksTests {
    func links(_ text: String) -> [String] {
        WebLinks.find(in: text).map { range in String(decoding: Array(text.utf8)[range], as: UTF8.self) }
    }

    @Test func findsAddressesWithoutTheSentenceAroundThem() {
        #expect(links("Read https://navalny.com/p/123. Or (see www.fbk.info), then http://a.b/c).")
                == ["https://navalny.com/p/123", "www.fbk.info", "http://a.b/c"])
        #expect(links("The page https://en.wikipedia.org/wiki/Navalny_(film) is long.")
                == ["https://en.wikipedia.org/wiki/Navalny_(film)"])
        #expect(links("Quoted \"https://x.org/a\" and <https://y.org/b>!") == ["https://x.org/a", "https://y.org/b"])
    }

    @Test func onlyWebAddressesWithAHostAreLinks() {
        #expect(links("javascript:alert(1) file:///etc/passwd ssh://host.org ftp://x.org") == [])
        #expect(links("https:// and http://localhost and www.") == [])
        #expect(links("foohttps://x.org") == [])
    }

    @Test func aLinkEndsAtControlAndNonASCIICharacters() {
        #expect(links("https://evil.example/\u{1B}]52;c;aGk=\u{07}x") == ["https://evil.example/"])
        #expect(links("https://paypa\u{202E}l.com/x") == [])
        #expect(links("https://bank.example/\u{200B}login") == ["https://bank.example/"])
    }

    @Test func targetsAreCheckedAndCompleted() {
        #expect(WebLinks.target(of: "www.fbk.info") == "https://www.fbk.info")
        #expect(WebLinks.target(of: "https://x.org/a b") == nil)
        #expect(WebLinks.target(of: "https://x.org/\u{1B}[2J") == nil)
        #expect(WebLinks.target(of: "https://x.org/" + String(repeating: "a", count: 3000)) == nil)
    }
}
