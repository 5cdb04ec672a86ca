import DossierAnalysis
import DossierText
import Testing

/// The GUM evaluation on a small hand-written document in GUM's CoNLL-U form (not GUM's text).
@Suite struct GUMEvaluationTests {
    static let fixture = """
        # newdoc id = GUM_news_fixture
        # meta::genre = news
        # meta::title = Smith visits Paris
        # meta::dateCreated = 2020-05-04
        # newpar
        # newpar_block = head (1 s)
        # text = Smith visits Paris
        1\tSmith\tSmith\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref)
        2\tvisits\tvisit\tVERB\tVBZ\t_\t0\troot\t_\t_
        3\tParis\tParis\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-sssss-cf2-1-coref-Paris_(France))

        # newpar
        # text = John Smith arrived in Paris.
        1\tJohn\tJohn\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1,2-coref
        2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)
        3\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
        5\tParis\tParis\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(2-place-giv-sssss-cf2-1-coref-Paris_(France))|SpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # text = He said it rained.
        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)
        2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tit\tit\tPRON\tPRP\t_\t4\texpl\t_\t_
        4\trained\train\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    @Test func theDocumentIsRebuiltWithItsParagraphsAndMentions() {
        let gum = GUMDocument(conllu: Self.fixture, id: "fallback")
        #expect(gum.id == "GUM_news_fixture" && gum.genre == "news")
        #expect(gum.article.text == "Smith visits Paris\n\nJohn Smith arrived in Paris. He said it rained.")
        #expect(gum.article.date == "2020-05-04")
        #expect(gum.article.blocks.map(\.kind) == [.subheading, .paragraph])
        #expect(gum.mentions.count == 5)
        let johnSmith = gum.mentions.first { $0.words.count == 2 }
        #expect(johnSmith?.type == "person" && johnSmith?.head == 3)
        #expect(gum.mentions.filter { $0.type == "place" }.count == 2)
    }

    static func analysis(of gum: GUMDocument, pronounLinked: Bool) -> Document {
        var document = Document.prepare(gum.article)
        func range(_ text: String, from start: Int = 0) -> TextRange {
            let utf8 = Array(gum.article.text.utf8), needle = Array(text.utf8)
            let at = (start...(utf8.count - needle.count)).first { Array(utf8[$0..<($0 + needle.count)]) == needle }!
            return at..<(at + needle.count)
        }
        let he = Mention(range: range("He"), kind: .pronoun)
        var smith = [Mention(range: range("Smith"), kind: .name), Mention(range: range("John Smith"), kind: .name)]
        if pronounLinked { smith.append(he) }
        document.entities = [
            Entity(id: "e1", type: .person, name: "John Smith", key: "smith", mentions: smith),
            Entity(id: "e2", type: .place, name: "Paris", key: "paris",
                   mentions: [Mention(range: range("Paris"), kind: .name), Mention(range: range("Paris", from: 20), kind: .name)]),
        ]
        if !pronounLinked {
            document.entities.append(Entity(id: "e3", type: .person, name: "He", key: "he", mentions: [he]))
        }
        return document
    }

    @Test func rightNamesAndChainsScorePerfectly() {
        let gum = GUMDocument(conllu: Self.fixture, id: "x")
        var evaluation = GUMEvaluation()
        evaluation.add(gum, analysis: Self.analysis(of: gum, pronounLinked: true))
        #expect(evaluation.names["person"] == GUMEvaluation.Counts(found: 2, gold: 2, correct: 2))
        #expect(evaluation.names["place"] == GUMEvaluation.Counts(found: 2, gold: 2, correct: 2))
        #expect(evaluation.linking.conll == 1)
        #expect(evaluation.pronouns.correct == 1 && evaluation.pronouns.gold == 1)
    }

    @Test func aPronounLeftOnItsOwnCostsLinkingRecallAndThePronoun() {
        let gum = GUMDocument(conllu: Self.fixture, id: "x")
        var evaluation = GUMEvaluation()
        evaluation.add(gum, analysis: Self.analysis(of: gum, pronounLinked: false))
        #expect(evaluation.pronouns.correct == 0 && evaluation.pronouns.gold == 1)
        #expect(abs(evaluation.linking.muc.recall - 0.5) < 1e-9)
        #expect(evaluation.linking.muc.precision == 1)
    }

    @Test func namesBecomeCoNLLTagsWithoutATitleOrDeterminer() {
        let text = """
            # newdoc id = GUM_news_titles
            # newpar
            # text = Professor Cres Eastman of the University of Sydney spoke.
            1\tProfessor\tProfessor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-sssss-cf1-3-coref
            2\tCres\tCres\tPROPN\tNNP\t_\t3\tcompound\t_\t_
            3\tEastman\tEastman\tPROPN\tNNP\t_\t9\tnsubj\t_\t_
            4\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_
            5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-sssss-cf2-2-coref
            6\tUniversity\tUniversity\tPROPN\tNNP\t_\t3\tnmod\t_\t_
            7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_
            8\tSydney\tSydney\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-sssss-cf3-1-coref)2)1)
            9\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
            10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_

            """
        let gum = GUMDocument(conllu: text, id: "x")
        let tags = gum.conll2003Text().split(separator: "\n").filter { !$0.hasPrefix("-DOCSTART-") && !$0.isEmpty }
            .map { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(tags == ["O", "I-PER", "I-PER", "O", "O", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    }

    @Test func coreferenceMetricsMatchAWorkedExample() {
        var scores = CoreferenceScores()
        scores.add(key: [["a", "b", "c"], ["d", "e"]], response: [["a", "b"], ["c", "d", "e"]])
        #expect(abs(scores.muc.recall - 2.0 / 3) < 1e-9 && abs(scores.muc.precision - 2.0 / 3) < 1e-9)
        #expect(abs(scores.bCubed.recall - 11.0 / 15) < 1e-9 && abs(scores.bCubed.precision - 11.0 / 15) < 1e-9)
        #expect(abs(scores.ceafE.recall - 0.8) < 1e-9 && abs(scores.ceafE.precision - 0.8) < 1e-9)
    }
}
