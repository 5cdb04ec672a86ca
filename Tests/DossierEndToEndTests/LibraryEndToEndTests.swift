import DossierTestSupport
import Foundation
import Testing

/// The library in tmux: a folder indexed on opening, an article, a person, `a`, and the other article
/// opened at the mention.
@Suite(.serialized) struct LibraryEndToEndTests {
    let dossier = DossierBinary.path

    /// Two articles naming one person, a fresh cache for the index; removed when the test ends.
    final class SmallLibrary {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)").path
        var folder: String { root + "/library" }
        var cache: String { root + "/cache" }

        init() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try """
                ---
                title: Navalny flies home
                date: 2021-01-17
                source: Test Wire
                ---
                Alexey Navalny flew back to Moscow on Sunday. Police detained Alexey Navalny at Sheremetyevo airport on Sunday evening, his spokeswoman Kira Yarmysh said.

                Navalny had spent five months in Germany recovering from a poisoning.
                """.write(toFile: folder + "/return.md", atomically: true, encoding: .utf8)
            try """
                ---
                title: Thousands rally across Russia
                date: 2021-01-23
                source: Test Wire
                ---
                Thousands of people rallied in dozens of Russian cities on Saturday to support the opposition leader.

                Police detained more than 3,000 protesters, a monitoring group said. On Monday a court in Khimki jailed Alexei Navalny for 30 days.
                """.write(toFile: folder + "/protests.md", atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func aOnAPersonOpensTheOtherArticleAtTheMention() throws {
        let library = try SmallLibrary()
        let session = try TmuxSession("\(dossier) '\(library.folder)'", environment: ["XDG_CACHE_HOME": library.cache])
        // Indexed on opening: both articles listed, unread, once the status line stops saying so.
        var (ok, screen) = session.wait(timeout: 30) {
            $0.contains("• Navalny flies home") && $0.contains("• Thousands rally across Russia") && $0.contains("2 articles · Enter")
        }
        #expect(ok, "\(screen)")
        try session.send("/")
        try session.type("flies")
        try session.send("Enter", "Enter")
        (ok, screen) = session.waitForAnalysedArticle(showing: "Alexey Navalny flew back", timeout: 20)
        #expect(ok, "\(screen)")
        try session.send("Tab", "Enter")
        (ok, screen) = session.wait(for: "▸Alexey Navalny")
        #expect(ok, "\(screen)")

        try session.send("a")
        (ok, screen) = session.wait { $0.contains("Alexey Navalny · 1 other article") && $0.contains("Thousands rally across Russia") }
        #expect(ok, "\(screen)")
        try session.send("Enter")
        (ok, screen) = session.waitForAnalysedArticle(showing: "Thousands of people rallied", timeout: 20)
        #expect(ok, "\(screen)")
        (ok, screen) = session.wait { $0.contains("▸Alexei Navalny") && $0.contains("mention 1/1") }
        #expect(ok, "the other article opens with the person selected at the mention: \(screen)")

        // q: back to the first article and the list of other articles; q again closes it, then the list.
        try session.send("q")
        (ok, screen) = session.wait { $0.contains("1 other article") && $0.contains("Navalny flies home") }
        #expect(ok, "\(screen)")
        try session.send("q", "q")
        (ok, screen) = session.wait(for: "/flies")
        #expect(ok, "\(screen)")
        try session.send("Escape")
        (ok, screen) = session.wait { $0.contains("(2)") && $0.contains("   Thousands rally across Russia") && $0.contains("   Navalny flies home") }
        #expect(ok, "both articles are read now: \(screen)")
        try session.send("q")
        #expect(session.wait(for: "[exit 0]").ok)
    }
}
