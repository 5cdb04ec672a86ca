import DossierAnalysis
import DossierText
import Testing

/// People the text describes instead of naming: who "the man", "his mother", "the suspect", "they" are.
@Suite struct DescriptionTests {
    /// The name of the entity owning the mention that is exactly the occurrence of `text` inside `context`.
    func owner(of text: String, in context: String, _ document: Document) -> String? {
        let source = document.text
        guard let contextRange = source.range(of: context), let inner = source[contextRange].range(of: text) else { return nil }
        let start = source.utf8.distance(from: source.startIndex, to: inner.lowerBound)
        let range = start..<(start + text.utf8.count)
        return document.entities.first { $0.mentions.contains { $0.range == range } }?.name
    }

    func analyze(_ text: String) -> Document { Analyzer().analyze(Article(text: text)) }

    @Test func anUnnamedManIsFollowedThroughTheManAndHe() {
        let document = analyze("A 33-year-old man shot two people on Monday. The man was arrested an hour later. Police said he had been fired.")
        #expect(owner(of: "A 33-year-old man", in: "A 33-year-old man shot", document) == "33-year-old man")
        #expect(owner(of: "The man", in: "The man was arrested", document) == "33-year-old man")
        #expect(owner(of: "he", in: "said he had", document) == "33-year-old man")
    }

    @Test func appositionAndPredicateNominativeNameTheDescribed() {
        let document = analyze("Eric Kirkpatrick, a 61-year-old worker, was charged on Monday. The worker had been fired in March. "
            + "Police arrested Mark Jones on Friday. Jones is the suspect in a second shooting.")
        #expect(owner(of: "a 61-year-old worker", in: "Kirkpatrick, a 61-year-old worker,", document) == "Eric Kirkpatrick")
        #expect(owner(of: "The worker", in: "The worker had", document) == "Eric Kirkpatrick")
        #expect(owner(of: "the suspect", in: "is the suspect", document) == "Mark Jones")
    }

    @Test func hisMotherIsSomeoneElseWithARelation() throws {
        let document = analyze("John Jenkin was charged with the murders of his mother and sister. His mother was 60 and his sister 28.")
        #expect(owner(of: "his", in: "of his mother", document) == "John Jenkin")
        #expect(owner(of: "mother", in: "his mother and", document) == "John Jenkin’s mother")
        #expect(owner(of: "mother", in: "His mother was", document) == "John Jenkin’s mother")
        #expect(owner(of: "sister", in: "and sister.", document) == "John Jenkin’s sister")
        let john = try #require(document.entities.first { $0.name == "John Jenkin" })
        let mother = try #require(document.entities.first { $0.name == "John Jenkin’s mother" })
        #expect(john.relations.contains(Relation(type: "mother", entityID: mother.id)))
        #expect(mother.type == .person)
    }

    @Test func whoAndTheyFindTheirDescriptions() {
        let document = analyze("A maid who entered the room found the body. The maid called the hotel manager. "
            + "Two officers approached the car. They were shot by the driver.")
        #expect(owner(of: "who", in: "maid who entered", document) == "maid")
        #expect(owner(of: "The maid", in: "The maid called", document) == "maid")
        #expect(owner(of: "They", in: "They were shot", document) == "officers")
    }

    @Test func anAgeInCommasIsSkipped() {
        let document = analyze("Police said Raj Chohan, 59, who was walking home, was hit by a car. Maria Lopez, 33, a nurse, saw it.")
        #expect(owner(of: "who", in: "59, who was", document) == "Raj Chohan")
        #expect(owner(of: "a nurse", in: "33, a nurse,", document) == "Maria Lopez")
    }

    @Test func aDescriptionInTheSentenceOfANamedPersonIsNotThem() {
        let document = analyze("Tarrant appeared in court on Saturday. Judge Paul Kellar ordered the accused to remain in custody.")
        #expect(owner(of: "the accused", in: "ordered the accused", document) != "Paul Kellar")
    }

    @Test func peopleMentionedOnceWithoutANameAreNotListed() {
        let document = analyze("Alexey Navalny met a lawyer in Moscow. Navalny said he was tired.")
        #expect(document.entities.filter { $0.type == .person }.map(\.name) == ["Alexey Navalny"])
    }
}
