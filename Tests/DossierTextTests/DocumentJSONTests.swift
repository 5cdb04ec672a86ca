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

@Suite struct JSONWriterTests {
    @Test func escapesEveryControlAndLineSeparatorButKeepsOtherText() {
        var out: [UInt8] = []
        JSONWriter.appendQuoted("a\u{2028}b\u{85}c\u{7F}\u{1B}\"\\ é€😀\u{2029}\u{2026}", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "\"a\\u2028b\\u0085c\\u007f\\u001b\\\"\\\\ é€😀\\u2029…\"")
    }

    @Test func integersAndNesting() {
        var json = JSONWriter()
        json.beginObject()
        json.field("n", -120)
        json.key("list")
        json.beginArray()
        json.value(0)
        json.value(true)
        json.value(nil as String?)
        json.endArray()
        json.endObject()
        #expect(json.output == "{\"n\":-120,\"list\":[0,true,null]}")
    }
}
