#if canImport(Glibc)
import Glibc
#endif
@testable import DossierAnalysis
import Testing

/// UPOS accuracy, UAS and LAS of the bundled syntax model on UD English EWT (punctuation included).
/// A measurement with a floor, not a tuning loop: runs only when `DOSSIER_EWT` names the folder holding
/// en_ewt-ud-dev.conllu and en_ewt-ud-test.conllu, and prints the figures.
///     DOSSIER_EWT=../shared/corpora/ud-english-ewt swift test --filter EWTMeasurement
@Suite struct EWTMeasurement {
    static let folder: String? = getenv("DOSSIER_EWT").map { String(cString: $0) }

    @Test(.enabled(if: folder != nil), arguments: ["dev", "test"])
    func scores(part: String) throws {
        let file = try CoNLLUFile(path: "\(Self.folder!)/en_ewt-ud-\(part).conllu")
        let score = AttachmentScore(gold: file, predicted: try SyntaxParser.loadBundled().parse(file.input))
        print("EWT \(part): \(score.report)")
        #expect(score.tagAccuracy >= 93.5 && score.unlabelled >= 82 && score.labelled >= 77.5, "\(score.report)")
    }

    @Test(.enabled(if: folder != nil))
    func theOracleRebuildsAlmostEveryDevTree() throws {
        let file = try CoNLLUFile(path: "\(Self.folder!)/en_ewt-ud-dev.conllu")
        var correct = 0
        for sentence in file.input.sentences {
            let gold = [Int32(0)] + sentence.map { file.heads[$0] < 0 ? 0 : file.heads[$0] - Int32(sentence.lowerBound) + 1 }
            let reached = SyntaxTests.oracleParse(gold)
            for k in 1..<gold.count where reached[k] == gold[k] { correct += 1 }
        }
        let share = Double(correct) / Double(file.heads.count)
        print("EWT dev: the oracle reaches \(share * 100)% of the gold heads (the rest are non-projective)")
        #expect(share > 0.99)
    }
}
