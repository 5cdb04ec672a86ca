import DossierAnalysis
import Testing

/// Both models read word classes as features; trained with other classes than the bundled ones they
/// still load but tag and parse much worse (the parser fell from 82.6 to 78.1 UAS on EWT dev when the
/// classes were rebuilt under it). Rebuilding `clusters.bin` therefore means retraining both models.
@Suite struct ModelConsistencyTests {
    @Test func bundledModelsWereTrainedWithTheBundledWordClasses() throws {
        let classes = try WordClusters.bundledFingerprint()
        let names = try NameModel(path: try ResourceLocator.require(NameModel.fileName))
        let syntax = try SyntaxModel(path: try ResourceLocator.require(SyntaxModel.fileName))
        #expect(names.clustersFingerprint == classes, "names.model: retrain with `dossier train` after rebuilding clusters.bin")
        #expect(syntax.clustersFingerprint == classes, "syntax.model: retrain with `dossier train-syntax` after rebuilding clusters.bin")
    }
}
