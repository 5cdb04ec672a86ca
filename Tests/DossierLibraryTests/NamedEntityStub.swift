import DossierLibrary
import DossierText

/// A stand-in analysis for tests of the index itself: finds "Alexey Navalny", "Alexei Navalny"
/// and a bare "Navalny" as one person, and "detained" as an arrest of that person.
/// Real extraction is tested in DossierAnalysisTests; here only the index's handling is.
enum NamedEntityStub {
    static let analyze: Indexer.Analysis = { article in
        var document = Document.prepare(article)
        let text = Array(article.text.utf8)
        var mentions: [Mention] = []
        var offset = 0
        while let range = find(Array("Navalny".utf8), in: text, from: offset) {
            var start = range.lowerBound
            for first in ["Alexey ", "Alexei "] where start >= first.utf8.count
                && Array(text[(start - first.utf8.count)..<start]) == Array(first.utf8) {
                start -= first.utf8.count
            }
            mentions.append(Mention(range: start..<range.upperBound, kind: .name))
            offset = range.upperBound
        }
        guard !mentions.isEmpty else { return document }
        document.entities = [Entity(id: "e1", type: .person, name: "Alexey Navalny", key: "person:navalny", mentions: mentions)]
        if let trigger = find(Array("detained".utf8), in: text, from: 0) {
            let sentence = document.sentence(containing: trigger.lowerBound)?.range ?? trigger
            document.events = [Event(id: "v1", type: "arrest", trigger: trigger, sentence: sentence,
                                     participants: [.init(entityID: "e1", role: "patient")],
                                     time: TimeExpression(range: trigger, value: "2021-01-17"))]
        }
        return document
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index += 1
        }
        return nil
    }
}
