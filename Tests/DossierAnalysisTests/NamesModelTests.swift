@testable import DossierAnalysis
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct NamesModelTests {
    func temporaryPath(_ name: String) -> String { "/tmp/dossier-names-test-\(getpid())-\(name)" }

    @Test func aModelOfAnotherFormatVersionIsRefused() throws {
        let path = temporaryPath("format.model")
        defer { unlink(path) }
        try NameModel.write(rows: 2, scale: 1, weights: [Int8](repeating: 0, count: 2 * TagSet.count), to: path, formatVersion: 99)
        let error = #expect(throws: ResourceFileError.self) { try NameModel(path: path) }
        #expect(error?.description == "\(path): name model format version 99, this build reads version \(NameModel.formatVersion); retrain with `dossier train`")
    }

    @Test func aModelOfAnotherFeatureTemplateVersionIsRefused() throws {
        let path = temporaryPath("templates.model")
        defer { unlink(path) }
        let bytes = NameModel.encode(rows: 2, scale: 1, weights: [Int8](repeating: 0, count: 2 * TagSet.count),
                                     templateVersion: FeatureTemplates.version + 1)
        try BinaryFile.write(bytes, path: path)
        let error = #expect(throws: ResourceFileError.self) { try NameModel(path: path) }
        #expect(error?.description.contains("feature templates version \(FeatureTemplates.version + 1)") == true)
    }

    @Test func aModelOfTheCurrentVersionLoadsAndATruncatedOneIsRefused() throws {
        let path = temporaryPath("current.model")
        defer { unlink(path) }
        try NameModel.write(rows: 3, scale: 2, weights: [Int8](repeating: 1, count: 3 * TagSet.count), to: path)
        let model = try NameModel(path: path)
        #expect(model.rows == 3 && model.scale == 2)
        var bytes = NameModel.encode(rows: 3, scale: 2, weights: [Int8](repeating: 1, count: 3 * TagSet.count))
        bytes.removeLast(2)
        try BinaryFile.write(bytes, path: path)
        #expect(throws: ResourceFileError.self) { try NameModel(path: path) }
    }

    @Test func aMissingModelFileNamesThePath() {
        let error = #expect(throws: ResourceFileError.self) { try NameModel(path: "/nonexistent/names.model") }
        #expect(error?.description == "/nonexistent/names.model: no such file or directory")
    }

    @Test func theBundledModelAndGazetteerLoad() throws {
        let tagger = try PerceptronNameTagger.loadBundled()
        #expect(tagger.model.rows > 0)
        #expect(tagger.model.rows * TagSet.count + NameModel.headerSize <= 4 * 1024 * 1024)
    }
}
