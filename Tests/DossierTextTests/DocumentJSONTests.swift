import DossierText
import Testing

@Suite struct DocumentJSONTests {
    @Test func offsetsAreCodePointsAndControlCharactersEscaped() {
        // "Gdańsk" has one two-byte letter and the emoji four bytes: code points differ from UTF-8 offsets.
        let text = "Gdańsk 👍 Paweł\u{1B}[31m"
        var document = Document(article: Article(text: text))
        let start = "Gdańsk 👍 ".utf8.count
        document.entities = [Entity(id: "e1", type: .person, name: "Paweł", key: "person:pawel",
                                    mentions: [Mention(range: start..<(start + "Paweł".utf8.count), kind: .name)])]
        let json = DocumentJSON.encode(document)
        #expect(json.contains("\"mentions\":[{\"start\":9,\"end\":14,\"text\":\"Paweł\",\"kind\":\"name\"}]"))
        #expect(json.contains("\\u001b[31m"))
        #expect(!json.contains("\u{1B}"))
        #expect(json.hasPrefix("{\"text\":"))
        #expect(json.contains("\"title\":null,\"date\":null,\"source\":null"))
    }
}
