import DossierTestSupport
import Foundation
import Testing

/// The real binary in tmux: what a user sees, and that the terminal is given back.
@Suite(.serialized) struct ReaderEndToEndTests {
    let dossier = DossierBinary.path
    let seed = "Articles/navalny-allies-detained.txt"

    @Test func tmuxAndTheBinaryAreThere() throws {
        #expect(FileManager.default.isExecutableFile(atPath: dossier), "no dossier binary at \(dossier): run swift build first")
        #expect(try CommandResult.run("tmux -V").status == 0, "tmux is required for the end-to-end tests")
    }

    @Test func opensTheSeedWithTextEntitiesAndStatus() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        let (ok, screen) = session.waitForAnalysedArticle(showing: "Several allies and supporters")
        #expect(ok, "\(screen)")
        #expect(screen.contains("Entities ("))
        #expect(screen.contains("Events"))
        #expect(screen.contains(seed))
        #expect(screen.contains("│"))
    }

    @Test func helpOpensOnQuestionMarkAndClosesOnAnyKey() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        try session.send("?")
        let (ok, screen) = session.wait(for: "Keys · any key closes")
        #expect(ok, "\(screen)")
        #expect(screen.contains("next mention"))
        try session.send("x")
        #expect(session.wait { !$0.contains("Keys · any key closes") }.ok)
    }

    @Test func qRestoresTheTerminalAndExitsCleanly() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        try session.send("q")
        let (ok, screen) = session.wait(for: "[exit 0]")
        #expect(ok, "\(screen)")
        // Back on the normal screen: the article is gone with the alternate screen.
        #expect(!screen.contains("Entities ("))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        let pid = try #require(try session.commandProcessID())
        #expect(kill(pid, SIGTERM) == 0)
        let (ok, screen) = session.wait(for: "[exit 143]")
        #expect(ok, "\(screen)")
        #expect(!screen.contains("Entities ("))
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        try session.send("C-c")
        let (ok, screen) = session.wait(for: "[exit 130]")
        #expect(ok, "\(screen)")
        #expect(!screen.contains("Entities ("))
    }

    @Test func exitsWhenTheTerminalGoesAway() throws {
        var session: TmuxSession? = try TmuxSession("\(dossier) \(seed)")
        #expect(session!.waitForAnalysedArticle(showing: "Several allies").ok)
        let pid = try #require(try session!.commandProcessID())
        session = nil  // kills the tmux session: the terminal hangs up
        var alive = true
        for _ in 0..<100 where alive {
            usleep(20_000)
            alive = kill(pid, 0) == 0 && !isZombie(pid)
        }
        #expect(!alive, "dossier (pid \(pid)) still runs after its terminal went away")
    }

    func isZombie(_ pid: pid_t) -> Bool {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.contains(") Z ")
    }

    @Test func tabEnterSelectsTheMostMentionedPersonAndNSteps() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        try session.send("Tab", "Enter")
        var (ok, screen) = session.wait(for: "mention 1/")
        #expect(ok, "\(screen)")
        #expect(screen.contains("▸Alexey Navalny"), "\(screen)")
        try session.send("n")
        (ok, screen) = session.wait(for: "mention 2/")
        #expect(ok, "\(screen)")
        #expect(screen.contains("arrest"), "the events pane lists the arrest: \(screen)")
    }

    @Test func searchPromptFindsText() throws {
        let session = try TmuxSession("\(dossier) \(seed)")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        try session.send("/")
        try session.type("Beethoven")
        #expect(session.wait(for: "/Beethoven").ok)
        try session.send("Enter")
        let (ok, screen) = session.wait(for: "match 1/1")
        #expect(ok, "\(screen)")
        #expect(screen.contains("playing Beethoven"))
    }

    @Test func narrowTerminalShowsOnePaneAndResizeKeepsThePlace() throws {
        let session = try TmuxSession("\(dossier) \(seed)", width: 60, height: 20)
        var (ok, screen) = session.waitForAnalysedArticle(showing: "Article │ Entities │ Events")
        #expect(ok, "\(screen)")
        try session.send("Tab")
        (ok, screen) = session.wait { $0.contains("Entities (") && !$0.contains("Several allies") }
        #expect(ok, "\(screen)")
        try session.send("BTab")
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        for _ in 0..<12 { try session.send("j") }
        (ok, screen) = session.wait { !$0.contains("Several allies") }
        #expect(ok, "\(screen)")
        screen = session.waitUntilStable()
        let rows = screen.components(separatedBy: "\n").dropFirst()
        let topText = rows.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        let word = topText.components(separatedBy: " ").max { $0.count < $1.count } ?? "?"
        try session.resize(width: 100, height: 30)
        (ok, screen) = session.wait { $0.contains("Entities (") && !$0.contains("Article │ Entities") && $0.contains(word) }
        #expect(ok, "the top line (\(topText)) is still on screen after resizing: \(screen)")
        #expect(!screen.contains("Several allies and supporters"))
    }

    @Test func listOfArticlesOpensAnArticleAndQComesBack() throws {
        // The folder is indexed on opening: into a cache of the test's own, not the user's.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let session = try TmuxSession(dossier, environment: ["XDG_CACHE_HOME": cache])
        var (ok, screen) = session.wait(timeout: 30) { $0.contains("Articles in Articles") && !$0.contains("indexing") && !$0.contains("looking for") }
        #expect(ok, "\(screen)")
        try session.send("/")
        try session.type("allies")
        try session.send("Enter")
        (ok, screen) = session.wait(for: "Articles in Articles (1)")
        #expect(ok, "\(screen)")
        try session.send("Enter")
        (ok, screen) = session.wait(for: "Entities (")
        #expect(ok, "\(screen)")
        try session.send("q")
        (ok, screen) = session.wait(for: "Articles in Articles")
        #expect(ok, "\(screen)")
        try session.send("q")
        #expect(session.wait(for: "[exit 0]").ok)
    }

    @Test func articleFromAPipeWithKeysFromTheTerminal() throws {
        let session = try TmuxSession("cat \(seed) | \(dossier) -")
        var (ok, screen) = session.waitForAnalysedArticle(showing: "Several allies")
        #expect(ok, "\(screen)")
        #expect(screen.contains("stdin"))
        try session.send("G")
        (ok, screen) = session.wait(for: "100%")
        #expect(ok, "\(screen)")
        try session.send("q")
        #expect(session.wait(for: "[exit 0]").ok)
    }

    @Test func noColourStillDraws() throws {
        let session = try TmuxSession("\(dossier) \(seed)", environment: ["NO_COLOR": "1", "TERM": "vt100"])
        let (ok, screen) = session.waitForAnalysedArticle(showing: "Several allies")
        #expect(ok, "\(screen)")
        try session.send("q")
        #expect(session.wait(for: "[exit 0]").ok)
    }

    @Test func withoutAUTF8LocaleNonASCIITextStillShows() throws {
        let article = "Articles/2019-01-14-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on-stage.md"
        let session = try TmuxSession("\(dossier) \(article)", environment: ["LC_ALL": "C", "LANG": "C"])
        let (ok, screen) = session.wait(for: "Gdańsk")
        #expect(ok, "\(screen)")
        #expect(screen.contains("│"))
    }

    @Test func unknownTerminalTypeFallsBack() throws {
        let session = try TmuxSession("\(dossier) \(seed)", environment: ["TERM": "xterm-unknown-to-terminfo"])
        let (ok, screen) = session.waitForAnalysedArticle(showing: "Several allies")
        #expect(ok, "\(screen)")
    }

    @Test func dumbTerminalGetsPlainText() throws {
        let session = try TmuxSession("\(dossier) \(seed)", environment: ["TERM": "dumb"])
        let (ok, screen) = session.wait(for: "[exit 0]")
        #expect(ok, "\(screen)")
        #expect(screen.contains(" person "), "the entity summary ends the plain text")
        #expect(!screen.contains("│"))
        #expect(!screen.contains("Entities ("))
    }
}
