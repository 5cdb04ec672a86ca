import DossierTestSupport
import Foundation
import Testing

/// `dossier eval --web DIR` on a two-page set in trafilatura's format, one page gzipped as the shared corpus keeps them.
@Suite struct WebEvaluationCommandTests {
    @Test func printsSnippetPrecisionRecallAndF1() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-web-eval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/pages", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prose = "was detained on Thursday, his lawyer said, after police searched the offices of the foundation."
        let first = "<html><body><nav><a href=\"/\">Home page</a></nav><div class=\"post\"><p>The director \(prose)</p><p>A second paragraph of the story, with commas, clauses and enough words to count.</p></div><footer><p>Imprint and privacy</p></footer></body></html>"
        let second = "<html><body><div class=\"entry\"><p>The editor \(prose)</p></div><div class=\"newsletter\"><p>Subscribe to our newsletter today</p></div></body></html>"
        try first.write(toFile: root + "/pages/first.html", atomically: true, encoding: .utf8)
        try second.write(toFile: root + "/pages/second.html", atomically: true, encoding: .utf8)
        #expect(try CommandResult.run("gzip '\(root)/pages/second.html'").status == 0)
        let listing = """
            {"https://example.com/1": {"file": "first.html", "with": ["The director was detained", "A second paragraph"], "without": ["Home page", "Imprint"]},
             "https://example.com/2": {"file": "second.html", "with": ["The editor was detained", "not on the page"], "without": ["Subscribe to our newsletter"]},
             "https://example.com/3": {"file": "missing.html", "with": ["x"], "without": ["y"]}}
            """
        try listing.write(toFile: root + "/evaldata.json", atomically: true, encoding: .utf8)

        let result = try CommandResult.run("\(DossierBinary.path) eval --web '\(root)' --show-misses")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("second.html: missed \"not on the page\"; unwanted \n"))
        #expect(result.standardOutput.contains("pages scored: 2 (1 listed without a page, skipped)"))
        #expect(result.standardOutput.contains("snippets: 3 found, 1 missed, 0 unwanted found, 3 unwanted left out"))
        #expect(result.standardOutput.contains("precision 1.000  recall 0.750  F1 0.857"))
    }

    @Test func aMissingSetIsOneLineNamingTheFile() throws {
        let result = try CommandResult.run("\(DossierBinary.path) eval --web /no/such/set")
        #expect(result.status != 0)
        #expect(result.standardError.contains("/no/such/set/evaldata.json"))
    }
}
