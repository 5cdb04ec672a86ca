import DossierTestSupport
import Foundation
import Testing

/// What the binary writes to the terminal for web addresses, recorded byte for byte with
/// `tmux pipe-pane -O`: OSC 8 hyperlinks with exactly the addresses shown, none of the article's own
/// escape sequences, and nothing at all of the kind when hyperlinks are off.
@Suite(.serialized) struct HyperlinkEndToEndTests {
    static let article = """
        ---
        title: Links
        url: https://example.org/news?id=7
        ---

        Alexey Navalny's team posted https://navalny.com/p/123 and (www.fbk.info). \
        A forged link https://evil.example/\u{1B}]52;c;cm0gLXJmIH4=\u{07}x ends at the escape.
        """

    /// Runs the reader on the article, records what it writes after a full repaint (Ctrl-L) and `keys`, quits.
    func recordedOutput(hyperlinks: String, keys: [String] = [], until expected: String = "? help") throws -> (bytes: String, screen: String) {
        let directory = NSTemporaryDirectory() + "dossier-links-\(getpid())-\(hyperlinks)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/links.md", record = directory + "/output.bin"
        FileManager.default.createFile(atPath: file, contents: Data(Self.article.utf8))
        FileManager.default.createFile(atPath: record, contents: Data())

        let session = try TmuxSession("'\(DossierBinary.path)' --hyperlinks \(hyperlinks) '\(file)'", width: 100, height: 20)
        let drawn = session.waitForAnalysedArticle(showing: "navalny.com")
        #expect(drawn.ok, "the reader did not draw:\n\(drawn.screen)")
        try TmuxSession.tmux(["pipe-pane", "-O", "-t", session.name, "cat >> '\(record)'"])
        try session.send("C-l")
        for key in keys { try session.send(key) }
        let deadline = Date().addingTimeInterval(10)
        var bytes = ""
        repeat {
            usleep(50_000)
            bytes = String(decoding: FileManager.default.contents(atPath: record) ?? Data(), as: UTF8.self)
        } while !bytes.contains(expected) && Date() < deadline
        let screen = session.screen
        try TmuxSession.tmux(["pipe-pane", "-t", session.name])
        try session.send("q")
        if !keys.isEmpty { try session.send("q") }
        #expect(session.wait(for: "[exit 0]").ok)
        return (bytes, screen)
    }

    @Test func addressesBecomeHyperlinksAndNothingElseDoes() throws {
        let (bytes, screen) = try recordedOutput(hyperlinks: "always")
        for target in ["https://example.org/news?id=7", "https://navalny.com/p/123", "https://www.fbk.info", "https://evil.example/"] {
            #expect(bytes.contains("\u{1B}]8;;\(target)\u{1B}\\"), "no hyperlink to \(target)")
        }
        let opened = bytes.components(separatedBy: "\u{1B}]8;;").count - 1
        let closed = bytes.components(separatedBy: "\u{1B}]8;;\u{1B}\\").count - 1
        #expect(opened == 2 * closed, "every hyperlink is closed")
        #expect(!bytes.contains("\u{1B}]52"))
        #expect(screen.contains("posted https://navalny.com/p/123 and"))
        #expect(screen.contains("https://evil.example/^[]52;c;cm0gLXJmIH4=^Gx"))
    }

    @Test func yInTheLinksListCopiesTheAddressThroughTheTerminal() throws {
        // "https://navalny.com/p/123" in Base64, as OSC 52 carries it.
        let copy = "\u{1B}]52;c;aHR0cHM6Ly9uYXZhbG55LmNvbS9wLzEyMw==\u{1B}\\"
        let (bytes, screen) = try recordedOutput(hyperlinks: "never", keys: ["L", "j", "y"], until: copy)
        #expect(bytes.contains(copy))
        #expect(screen.contains("copied to the clipboard"))
        #expect(bytes.components(separatedBy: "\u{1B}]52").count == 2, "one clipboard write, none from the article")
    }

    @Test func withHyperlinksOffAddressesArePlainText() throws {
        let (bytes, screen) = try recordedOutput(hyperlinks: "never")
        #expect(bytes.contains("navalny.com"))
        #expect(!bytes.contains("\u{1B}]8;"))
        #expect(screen.contains("posted https://navalny.com/p/123 and"))
    }
}
