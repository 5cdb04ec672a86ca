@testable import DossierAnalysis
import Testing

@Suite struct NamesCoNLLTests {
    static let snippet = """
    -DOCSTART- -X- O O

    EU NNP I-NP I-ORG
    rejects VBZ I-VP O
    German JJ I-NP I-MISC
    call NN I-NP O
    . . O O

    Peter NNP I-NP I-PER
    Blackburn NNP I-NP I-PER

    """

    @Test func readingKeepsDocumentsSentencesAndGoldColumns() {
        let file = CoNLLFile(text: Self.snippet)
        #expect(file.input.documents == [0..<2])
        #expect(file.input.sentences == [0..<5, 5..<7])
        #expect(file.tokenLines == [2, 3, 4, 5, 6, 8, 9])
        #expect(file.goldChunks == [NameSpan(tokens: 0..<1, type: .organization), NameSpan(tokens: 2..<3, type: .miscellaneous),
                                    NameSpan(tokens: 5..<7, type: .person)])
    }

    @Test func taggedOutputAppendsOneColumnAndKeepsOtherLines() {
        let file = CoNLLFile(text: Self.snippet)
        let tags = NameTags.iob1(file.goldChunks, count: file.input.tokens.count)
        #expect(file.appending(tags) == """
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG I-ORG
        rejects VBZ I-VP O O
        German JJ I-NP I-MISC I-MISC
        call NN I-NP O O
        . . O O O

        Peter NNP I-NP I-PER I-PER
        Blackburn NNP I-NP I-PER I-PER

        """)
    }

    @Test func iob1UsesBOnlyBetweenAdjacentChunksOfOneType() {
        let spans = [NameSpan(tokens: 0..<2, type: .location), NameSpan(tokens: 2..<3, type: .location),
                     NameSpan(tokens: 3..<4, type: .person), NameSpan(tokens: 5..<6, type: .person)]
        #expect(NameTags.iob1(spans, count: 6) == ["I-LOC", "I-LOC", "B-LOC", "I-PER", "O", "I-PER"])
        #expect(NameTags.bio(spans, count: 6) == ["B-LOC", "I-LOC", "B-LOC", "B-PER", "O", "B-PER"])
    }

    @Test func theTaggerAppendsAValidTagToEveryTokenLine() throws {
        let tagger = try PerceptronNameTagger.loadBundled()
        let file = CoNLLFile(text: Self.snippet)
        let output = file.appending(NameTags.iob1(tagger.names(in: file.input), count: file.input.tokens.count))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "-DOCSTART- -X- O O" && lines[1] == "" && lines[7] == "")
        for index in file.tokenLines {
            let columns = lines[index].split(separator: " ")
            #expect(columns.count == 5)
            #expect(["O", "I-PER", "I-ORG", "I-LOC", "I-MISC", "B-PER", "B-ORG", "B-LOC", "B-MISC"].contains(String(columns[4])))
        }
        #expect(lines[8].hasSuffix("I-PER") && lines[9].hasSuffix("I-PER"))
    }

    @Test func evaluationCountsChunksAsConllevalDoes() {
        // gold: [EU]ORG rejects [German]MISC call . | [Peter Blackburn]PER
        // pred: [EU]ORG rejects [German]LOC call . | [Peter]PER [Blackburn]PER  (IOB1 B- splits the name)
        let text = """
        EU I-ORG I-ORG
        rejects O O
        German I-MISC I-LOC
        call O O
        . O O

        Peter I-PER I-PER
        Blackburn I-PER B-PER
        """
        let evaluation = CoNLLScoring.scorePredicted(CoNLLFile(text: text))
        #expect(evaluation.tokens == 7 && evaluation.correctTags == 5)
        #expect(evaluation.overall == ChunkEvaluation.Counts(gold: 3, predicted: 4, correct: 1))
        #expect(evaluation.byType["PER"] == ChunkEvaluation.Counts(gold: 1, predicted: 2, correct: 0))
        #expect(evaluation.byType["LOC"] == ChunkEvaluation.Counts(gold: 0, predicted: 1, correct: 0))
        #expect(evaluation.report.hasPrefix("""
        processed 7 tokens with 3 phrases; found: 4 phrases; correct: 1.
        accuracy:  71.43%; precision:  25.00%; recall:  33.33%; FB1:  28.57
                      LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
        """))
    }
}
