import DossierTestSupport
import Foundation
import Testing

/// `dossier eval --gum DIR` on a one-document set in GUM's layout (splits.md, dep/*.conllu), hand-written.
@Suite struct GUMEvaluationCommandTests {
    static let document = """
        # newdoc id = GUM_news_fixture
        # meta::genre = news
        # meta::dateCreated = 2020-05-04
        # newpar
        # text = John Smith arrived in Paris.
        1\tJohn\tJohn\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1,2-coref
        2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)
        3\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
        5\tParis\tParis\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(2-place-new-sssss-cf2-1-coref-Paris)|SpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # text = He said Smith was tired.
        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)
        2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tSmith\tSmith\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)
        4\twas\tbe\tAUX\tVBD\t_\t5\tcop\t_\t_
        5\ttired\ttired\tADJ\tJJ\t_\t2\tccomp\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    @Test func printsNamesLinkingAndPronounsForTheSplit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-gum-eval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/dep", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "# Splits\n\n## dev\n\n  * GUM_news_fixture\n\n## test\n\n  * GUM_news_other\n".write(toFile: root + "/splits.md", atomically: true, encoding: .utf8)
        try Self.document.write(toFile: root + "/dep/GUM_news_fixture.conllu", atomically: true, encoding: .utf8)
        try Self.document.replacingOccurrences(of: "GUM_news_fixture", with: "GUM_news_other")
            .write(toFile: root + "/dep/GUM_news_other.conllu", atomically: true, encoding: .utf8)

        let result = try CommandResult.run("\(DossierBinary.path) eval --gum '\(root)'")
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.contains("GUM dev: 1 documents, 12 words"))
        #expect(output.contains("news (1 documents)"))
        let personRow = output.split(separator: "\n").first { $0.hasPrefix("  person ") }.map { $0.split(separator: " ") }
        #expect(personRow?[2] == "2")   // gold person names: "John Smith" and "Smith"
        #expect(output.contains("CoNLL-2012 F1"))
        #expect(output.contains("third-person pronouns of people:") && output.contains("of 1 resolved"))
    }

    @Test func aMissingCorpusIsOneLineNamingTheFile() throws {
        let result = try CommandResult.run("\(DossierBinary.path) eval --gum /no/such/gum")
        #expect(result.status != 0)
        #expect(result.standardError.contains("/no/such/gum/splits.md"))
    }
}
