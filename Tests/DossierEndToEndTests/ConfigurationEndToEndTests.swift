import DossierTestSupport
import Foundation
import Testing

/// The real binary with `XDG_CONFIG_HOME` pointing at a folder of the test's own: `config --print`,
/// a bad file's one-line error and exit code, `--no-config`, and rebound keys and colours in the reader.
@Suite(.serialized) struct ConfigurationEndToEndTests {
    let dossier = DossierBinary.path
    let seed = "Articles/navalny-allies-detained.txt"

    /// A config home holding `text` as dossier/config.toml (nil: no file).
    final class ConfigHome {
        let path: String
        var file: String { path + "/dossier/config.toml" }

        init(_ text: String?) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-e2e-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path + "/dossier", withIntermediateDirectories: true)
            if let text { try text.write(toFile: file, atomically: true, encoding: .utf8) }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var environment: String { "XDG_CONFIG_HOME='\(path)'" }
    }

    @Test func configPrintShowsTheDefaultsWithTheFileOverThem() throws {
        let home = try ConfigHome("[network]\ntimeout = 5\n\n[keys]\nnext_pane = \"x\"\n\n[[feeds]]\nurl = \"https://example.org/feed\"\ntags = [\"world\"]\n")
        let result = try CommandResult.run("\(home.environment) \(dossier) config --print")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let printed = result.standardOutput
        #expect(printed.hasPrefix("# The effective configuration: the defaults with \(home.file) over them.\n"))
        #expect(printed.contains("\nconnect_timeout = 10\ntimeout = 5\nmax_size = \"20 MB\"\n"))
        #expect(printed.contains("\nnext_pane = \"x\"\n"))
        #expect(printed.contains("\nquit = \"q\"\n"))
        #expect(printed.contains("\n[[feeds]]\nurl = \"https://example.org/feed\"\ntags = [\"world\"]\nfull_text = \"auto\"\n"))
        // What it prints is itself a configuration file that gives the same configuration.
        let again = try ConfigHome(printed)
        let reprinted = try CommandResult.run("\(again.environment) \(dossier) config --print")
        #expect(reprinted.standardOutput.drop { $0 != "\n" } == printed.drop { $0 != "\n" })
    }

    @Test func configPathIsUnderXDGConfigHomeElseHome() throws {
        let home = try ConfigHome(nil)
        let xdg = try CommandResult.run("\(home.environment) \(dossier) config --path")
        #expect(xdg.status == 0 && xdg.standardOutput == home.file + "\n")
        let plain = try CommandResult.run("env -u XDG_CONFIG_HOME HOME=/nonexistent/home \(dossier) config --path")
        #expect(plain.standardOutput == "/nonexistent/home/.config/dossier/config.toml\n")
        let none = try CommandResult.run("\(home.environment) \(dossier) config --print")
        #expect(none.status == 0)
        #expect(none.standardOutput.hasPrefix("# The effective configuration: the defaults (there is no \(home.file)).\n"))
    }

    @Test func aBadFileIsOneLineOnStandardErrorAndExitOne() throws {
        let home = try ConfigHome("# my settings\n\n[network]\ntimeout = \"fast\"\n")
        for command in ["config --print", seed, "--plain \(seed)"] {
            let result = try CommandResult.run("\(home.environment) \(dossier) \(command)")
            #expect(result.status == 1, "\(command)")
            #expect(result.standardError == "\(home.file):4: network.timeout: expected seconds, got \"fast\"\n", "\(command)")
            #expect(result.standardOutput.isEmpty, "\(command)")
        }
    }

    @Test func aSyntaxErrorAndAnUnknownKeyNameTheirLines() throws {
        let syntax = try ConfigHome("[keys]\nquit = \"q\"\n[network\n")
        let broken = try CommandResult.run("\(syntax.environment) \(dossier) config --print")
        #expect(broken.status == 1)
        #expect(broken.standardError.hasPrefix("\(syntax.file):3: "), "\(broken.standardError)")
        #expect(broken.standardError.filter { $0 == "\n" }.count == 1)
        let unknown = try ConfigHome("[keys]\nquit = \"q\"\nnext_entity = \"x\"\n")
        let result = try CommandResult.run("\(unknown.environment) \(dossier) \(seed)")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("\(unknown.file):3: keys.next_entity: unknown key (expected line_down, "))
    }

    @Test func noConfigStartsWithTheDefaultsDespiteABadFile() throws {
        let home = try ConfigHome("[keys]\nquit = \"ctrl+q\"\n")
        let reader = try CommandResult.run("\(home.environment) \(dossier) --no-config \(seed) | head -1")
        #expect(reader.status == 0)
        #expect(reader.standardError.isEmpty, "\(reader.standardError)")
        #expect(reader.standardOutput.hasPrefix("Several allies and supporters"))
        let printed = try CommandResult.run("\(home.environment) \(dossier) config --print --no-config")
        #expect(printed.status == 0)
        #expect(printed.standardOutput.hasPrefix("# The effective configuration: the defaults (--no-config).\n"))
        #expect(printed.standardOutput.contains("\nquit = \"q\"\n"))
    }

    @Test func aReboundKeyDoesItsActionInTheReader() throws {
        let home = try ConfigHome("[keys]\nnext_pane = \"x\"\nquit = \"Q\"\n")
        let session = try TmuxSession("\(dossier) \(seed)", environment: ["XDG_CONFIG_HOME": home.path])
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        // x is now what Tab was: the entity pane, where Enter selects the most mentioned person.
        try session.send("x", "Enter")
        var (ok, screen) = session.wait(for: "mention 1/")
        #expect(ok, "\(screen)")
        #expect(screen.contains("▸Alexey Navalny"), "\(screen)")
        try session.send("?")
        (ok, screen) = session.wait(for: "Keys · any key closes")
        #expect(ok, "\(screen)")
        #expect(screen.range(of: #"│ *x +next pane"#, options: .regularExpression) != nil, "help shows x for the next pane: \(screen)")
        try session.send("Escape")
        #expect(session.wait { !$0.contains("Keys · any key closes") }.ok)
        // q no longer quits; Q does.
        try session.send("q")
        screen = session.waitUntilStable()
        #expect(!screen.contains("[exit"), "\(screen)")
        try session.send("Q")
        (ok, screen) = session.wait(for: "[exit 0]")
        #expect(ok, "\(screen)")
    }

    @Test func aConfiguredColourIsDrawn() throws {
        let home = try ConfigHome("[colors]\nperson = { color256 = 199, color8 = \"red\" }\n")
        // An empty NO_COLOR allows colour, whatever the test runner's environment says.
        let environment = ["XDG_CONFIG_HOME": home.path, "NO_COLOR": ""]
        let session = try TmuxSession("\(dossier) \(seed)", environment: environment)
        #expect(session.waitForAnalysedArticle(showing: "Several allies").ok)
        let coloured = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", session.name])
        #expect(coloured.contains("38;5;199m"), "the person colour 199 is used: \(coloured.prefix(400))")
        let standard = try TmuxSession("\(dossier) --no-config \(seed)", environment: environment)
        #expect(standard.waitForAnalysedArticle(showing: "Several allies").ok)
        let plain = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", standard.name])
        #expect(!plain.contains("38;5;199m") && plain.contains("38;5;81m"))
    }
}
