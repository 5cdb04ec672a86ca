/// Writes a `Document` in the output contract of DESIGN.md: offsets in Unicode code points, `end` exclusive.
public enum DocumentJSON {
    public static func encode(_ document: Document) -> String {
        let map = CodePointMap(document.text)
        var json = JSONWriter()
        json.beginObject()
        json.field("text", document.text)
        json.field("title", document.article.title)
        json.field("date", document.article.date)
        json.field("source", document.article.source)
        if let url = document.article.url { json.field("url", url) }

        json.key("entities")
        json.beginArray()
        for entity in document.entities {
            json.beginObject()
            json.field("id", entity.id)
            json.field("type", entity.type.rawValue)
            json.field("name", entity.name)
            json.field("key", entity.key)
            json.key("mentions")
            json.beginArray()
            for mention in entity.mentions {
                json.beginObject()
                writeSpan(mention.range, document: document, map: map, into: &json)
                json.field("kind", mention.kind.rawValue)
                json.endObject()
            }
            json.endArray()
            json.key("relations")
            json.beginArray()
            for relation in entity.relations {
                json.beginObject()
                json.field("type", relation.type)
                json.field("entity", relation.entityID)
                json.endObject()
            }
            json.endArray()
            if !entity.roles.isEmpty {
                json.key("roles")
                json.beginArray()
                for role in entity.roles { json.value(role) }
                json.endArray()
            }
            json.endObject()
        }
        json.endArray()

        json.key("events")
        json.beginArray()
        for event in document.events {
            json.beginObject()
            json.field("id", event.id)
            json.field("type", event.type)
            json.key("trigger")
            json.beginObject()
            writeSpan(event.trigger, document: document, map: map, into: &json)
            json.endObject()
            json.key("sentence")
            json.beginObject()
            json.field("start", map.codePoint(event.sentence.lowerBound))
            json.field("end", map.codePoint(event.sentence.upperBound))
            json.endObject()
            json.key("participants")
            json.beginArray()
            for participant in event.participants {
                json.beginObject()
                json.field("entity", participant.entityID)
                json.field("role", participant.role)
                json.endObject()
            }
            json.endArray()
            if let time = event.time {
                json.key("time")
                writeTime(time, document: document, map: map, into: &json)
            }
            json.field("modality", event.modality.rawValue)
            json.endObject()
        }
        json.endArray()

        json.key("times")
        json.beginArray()
        for time in document.times { writeTime(time, document: document, map: map, into: &json) }
        json.endArray()
        json.endObject()
        return json.output
    }

    static func writeSpan(_ range: TextRange, document: Document, map: CodePointMap, into json: inout JSONWriter) {
        json.field("start", map.codePoint(range.lowerBound))
        json.field("end", map.codePoint(range.upperBound))
        json.field("text", document.article.slice(range))
    }

    static func writeTime(_ time: TimeExpression, document: Document, map: CodePointMap, into json: inout JSONWriter) {
        json.beginObject()
        writeSpan(time.range, document: document, map: map, into: &json)
        json.field("value", time.value)
        if time.inferred { json.field("inferred", true) }
        json.endObject()
    }
}

/// Converts UTF-8 offsets into code-point offsets (Python `str` indices) in O(1) after one pass.
public struct CodePointMap: Sendable {
    private var table: [Int32]

    public init(_ text: String) {
        table = []
        table.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for byte in text.utf8 {
            table.append(count)
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        table.append(count)
    }

    public func codePoint(_ utf8Offset: Int) -> Int { Int(table[min(max(utf8Offset, 0), table.count - 1)]) }
}
