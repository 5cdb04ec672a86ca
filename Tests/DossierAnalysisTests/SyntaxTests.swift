@testable import DossierAnalysis
import DossierText
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The syntax model file, the CoNLL-U reader, the scores, and what the bundled tagger and parser make of
/// plain sentences.
@Suite struct SyntaxTests {
    func temporaryPath(_ name: String) -> String { "/tmp/dossier-syntax-test-\(getpid())-\(name)" }

    static let rows = SyntaxModel.Rows(tags: 2, transitions: 3, relations: 1)
    static let zeros = [Int8](repeating: 0, count: rows.weightCount)

    @Test func aModelOfAnotherFormatVersionIsRefused() throws {
        let path = temporaryPath("format.model")
        defer { unlink(path) }
        try SyntaxModel.write(rows: Self.rows, scales: [1, 1, 1], weights: Self.zeros, to: path, formatVersion: 99)
        let error = #expect(throws: ResourceFileError.self) { try SyntaxModel(path: path) }
        #expect(error?.description == "\(path): syntax model format version 99, this build reads version \(SyntaxModel.formatVersion); retrain with `dossier train-syntax`")
    }

    @Test func aModelOfAnotherFeatureTemplateVersionIsRefused() throws {
        let path = temporaryPath("templates.model")
        defer { unlink(path) }
        let bytes = SyntaxModel.encode(rows: Self.rows, scales: [1, 1, 1], weights: Self.zeros, templateVersion: SyntaxModel.templateVersion + 1)
        try BinaryFile.write(bytes, path: path)
        let error = #expect(throws: ResourceFileError.self) { try SyntaxModel(path: path) }
        #expect(error?.description.contains("feature templates version \(SyntaxModel.templateVersion + 1)") == true)
    }

    @Test func aModelOfTheCurrentVersionLoadsAndATruncatedOrForeignOneIsRefused() throws {
        let path = temporaryPath("current.model")
        defer { unlink(path) }
        try SyntaxModel.write(rows: Self.rows, scales: [1, 2, 3], weights: Self.zeros, to: path)
        #expect(try SyntaxModel(path: path).rows == Self.rows)
        var bytes = SyntaxModel.encode(rows: Self.rows, scales: [1, 2, 3], weights: Self.zeros)
        bytes.removeLast(2)
        try BinaryFile.write(bytes, path: path)
        #expect(throws: ResourceFileError.self) { try SyntaxModel(path: path) }
        let names = temporaryPath("names.model")
        defer { unlink(names) }
        try NameModel.write(rows: 2, scale: 1, weights: [Int8](repeating: 0, count: 2 * TagSet.count), to: names)
        let error = #expect(throws: ResourceFileError.self) { try SyntaxModel(path: names) }
        #expect(error?.description == "\(names): not a Dossier syntax model")
    }

    @Test func withoutASyntaxModelTheAnalysisFallsBackToRules() throws {
        let names = try PerceptronNameTagger.loadBundled()
        let withoutTree = Analyzer(names: names, syntax: nil), withTree = Analyzer(names: names, syntax: try SyntaxParser.loadBundled())
        func patients(_ analyzer: Analyzer, _ text: String) -> [String] {
            let document = analyzer.analyze(ArticleParser.parse(text), date: "2021-01-28")
            return document.events.filter { $0.type == "arrest" }.flatMap { event in
                event.participants.filter { $0.role == "patient" }.compactMap { document.entity(id: $0.entityID)?.name }
            }
        }
        // The token rules alone still find the patient of a passive.
        #expect(patients(withoutTree, "Lyubov Sobol was detained by police on Wednesday.") == ["Lyubov Sobol"])
        // The rules take every name near an active verb; the tree keeps the subject out of the patients.
        #expect(patients(withoutTree, "Police detained Lyubov Sobol on Wednesday.").contains("Lyubov Sobol"))
        #expect(patients(withTree, "Police detained Lyubov Sobol on Wednesday.") == ["Lyubov Sobol"])
    }

    // MARK: - Treebank reading and scores

    /// Two sentences by hand, with a multiword token and an empty node to skip.
    static let fixture = """
    # newdoc id = fixture
    # text = Police detained Sobol.
    1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
    2\tdetained\tdetain\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tSobol\tSobol\tPROPN\tNNP\t_\t2\tobj\t_\t_
    4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    # text = She wasn't questioned.
    1\tShe\tshe\tPRON\tPRP\t_\t4\tnsubj:pass\t_\t_
    2-3\twasn't\t_\t_\t_\t_\t_\t_\t_\t_
    2\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_
    4\tquestioned\tquestion\tVERB\tVBN\t_\t0\troot\t_\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    """

    @Test func theReaderKeepsSyntacticWordsWithTheirHeadsAndRelations() {
        let file = CoNLLUFile(text: Self.fixture)
        #expect(file.input.tokens.count == 9)
        #expect(file.input.sentences == [0..<4, 4..<9])
        let words = file.input.tokens.map { String(decoding: file.input.bytes[$0], as: UTF8.self) }
        #expect(words == ["Police", "detained", "Sobol", ".", "She", "was", "n't", "questioned", "."])
        #expect(file.heads == [1, -1, 1, 1, 7, 7, 7, -1, 7])
        #expect(file.relations.map { UniversalTags.relations[Int($0)] }
                == ["nsubj", "root", "obj", "punct", "nsubj:pass", "aux:pass", "advmod", "root", "punct"])
        #expect(file.tags.map { UniversalTags.partsOfSpeech[Int($0)] } == ["NOUN", "VERB", "PROPN", "PUNCT", "PRON", "AUX", "PART", "VERB", "PUNCT"])
    }

    @Test func scoresCountEveryWordPunctuationIncluded() {
        let gold = CoNLLUFile(text: Self.fixture)
        var predicted = SyntaxTree()
        predicted.tags = gold.tags
        predicted.tags[2] = UniversalTags.noun              // one tag wrong
        predicted.heads = gold.heads
        predicted.heads[3] = 2                               // "." on "Sobol": head and arc wrong
        predicted.relations = gold.relations
        predicted.relations[4] = UniversalTags.nsubj         // right head, wrong relation
        let score = AttachmentScore(gold: gold, predicted: predicted)
        #expect(score.words == 9 && score.correctTags == 8 && score.correctHeads == 8 && score.correctArcs == 7)
        #expect(score.report == "UPOS 88.89  UAS 88.89  LAS 77.78 (9 words, punctuation included)")
    }

    // MARK: - The bundled model

    @Test func theBundledModelIsSmallAndParsesPlainSentences() throws {
        let parser = try SyntaxParser.loadBundled()
        #expect(parser.model.byteCount == SyntaxModel.headerSize + parser.model.rows.weightCount)
        #expect(parser.model.byteCount <= 4 * 1024 * 1024)
        let gold = CoNLLUFile(text: Self.fixture)
        let score = AttachmentScore(gold: gold, predicted: parser.parse(gold.input))
        #expect(score.correctTags == 9 && score.correctArcs == 9, "\(score.report)")
    }

    @Test func parsingIsDeterministicAndCoversEveryToken() throws {
        let parser = try SyntaxParser.loadBundled()
        let document = Document.prepare(ArticleParser.parse("Ivan Zhdanov said Sobol was detained by police. Then nothing."))
        let first = parser.parse(document), second = parser.parse(document)
        #expect(first.heads == second.heads && first.relations == second.relations && first.tags == second.tags)
        #expect(first.heads.count == document.tokens.count)
        for sentence in document.sentences {
            #expect(sentence.tokens.filter { first.heads[$0] < 0 }.count == 1)
            #expect(sentence.tokens.allSatisfy { first.heads[$0] < 0 || sentence.tokens.contains(Int(first.heads[$0])) })
        }
    }
}

// MARK: - The oracle

extension SyntaxTests {
    /// Follows zero-cost transitions from the empty configuration; returns the heads reached (node numbers).
    static func oracleParse(_ gold: [Int32]) -> [Int32] {
        var state = ArcEagerState()
        state.reset(words: gold.count - 1)
        gold.withUnsafeBufferPointer { g in
            while !state.isFinal {
                let t = (0..<ArcEagerState.transitionCount).map { ArcEagerState.Transition(rawValue: $0)! }
                    .filter { state.isLegal($0) }
                    .min { state.cost($0, gold: g.baseAddress!) < state.cost($1, gold: g.baseAddress!) }!
                state.apply(t, label: 0)
            }
        }
        return state.heads.enumerated().map { $0.offset == 0 ? 0 : max($0.element, 0) }
    }

    @Test func theDynamicOracleRebuildsProjectiveTrees() {
        let file = CoNLLUFile(text: Self.fixture)
        for sentence in file.input.sentences {
            let gold = [Int32(0)] + sentence.map { file.heads[$0] < 0 ? 0 : file.heads[$0] - Int32(sentence.lowerBound) + 1 }
            #expect(Self.oracleParse(gold) == gold)
        }
        // "A saw B with C ." with "with C" on "B", then on "saw".
        #expect(Self.oracleParse([0, 2, 0, 2, 5, 3, 2]) == [0, 2, 0, 2, 5, 3, 2])
        #expect(Self.oracleParse([0, 2, 0, 2, 5, 2, 2]) == [0, 2, 0, 2, 5, 2, 2])
    }
}
