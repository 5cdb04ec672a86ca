import DossierReader
import DossierTestSupport
import DossierText

/// A four-paragraph article with two people, a place, an organisation and five events.
enum Sample {
    static let text = """
        Alexey Navalny was detained in Moscow on Thursday. His aide Lyubov Sobol said police raided the FBK office.

        Real counterweight

        Sobol was questioned by police. Navalny said he would appeal.

        Supporters rallied in Moscow on Sunday.
        """

    static var document: Document {
        var sample = SampleDocument(text)
        sample.entity("e1", .person, "Alexey Navalny", names: ["Alexey Navalny", "Navalny"], pronouns: [("he", 0)])
        sample.entity("e2", .person, "Lyubov Sobol", names: ["Lyubov Sobol", "Sobol"])
        sample.entity("e3", .place, "Moscow", names: ["Moscow"])
        sample.entity("e4", .organization, "FBK", names: ["FBK"])
        sample.event("v1", "arrest", trigger: "detained", participants: [("e1", "patient"), ("e3", "place")], time: "2021-01-28")
        sample.event("v2", "search", trigger: "raided", participants: [("e4", "place")])
        sample.event("v3", "investigate", trigger: "questioned", participants: [("e2", "patient")], time: "2021-01-27")
        sample.event("v4", "appeal", trigger: "appeal", participants: [("e1", "agent")], modality: .planned)
        sample.event("v5", "protest", trigger: "rallied", participants: [("e3", "place")], time: "2021-01-31")
        return sample.document
    }

    static func state(width: Int = 80, height: Int = 12) -> ReaderState {
        ReaderState(document: document, path: "sample.txt", size: Size(width: width, height: height))
    }

    /// A long article (for scrolling and resizing): 30 numbered paragraphs.
    static var longDocument: Document {
        let paragraphs = (1...30).map { "Paragraph \($0) says that the quick brown fox jumps over the lazy dog again and again." }
        return SampleDocument(paragraphs.joined(separator: "\n\n")).document
    }
}

/// Sends keys to the state, returning all effects.
@discardableResult
func press(_ state: inout ReaderState, _ keys: Key...) -> [Effect] {
    keys.flatMap { update(&state, .key($0)) }
}

@discardableResult
func type(_ state: inout ReaderState, _ text: String) -> [Effect] {
    text.flatMap { update(&state, .key(.character($0))) }
}

extension Frame {
    /// One character per cell showing its style, for asserting highlights: `.` normal, letters for marks.
    func styleLine(_ y: Int, legend: [Style: Character]) -> String {
        String(row(y).filter { !$0.isContinuation }.map { legend[$0.style] ?? "." })
    }
}
