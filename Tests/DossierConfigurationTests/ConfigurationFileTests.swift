import DossierConfiguration
import DossierReader
import DossierTestSupport
import DossierText
import Foundation
import Testing

/// Where the file is, reading it, and `config --print`'s TOML reading back to the same configuration.
@Suite struct ConfigurationFileTests {
    @Test func theFileIsUnderXDGConfigHomeElseUnderHome() {
        #expect(ConfigurationFile.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"]) == "/x/conf/dossier/config.toml")
        #expect(ConfigurationFile.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/dossier/config.toml")
        // The XDG spec: a relative path is ignored.
        #expect(ConfigurationFile.path(environment: ["XDG_CONFIG_HOME": "conf", "HOME": "/home/u"]) == "/home/u/.config/dossier/config.toml")
        #expect(ConfigurationFile.displayPath("/home/u/.config/dossier/config.toml", environment: ["HOME": "/home/u"]) == "~/.config/dossier/config.toml")
        #expect(ConfigurationFile.displayPath("/home/user2/c.toml", environment: ["HOME": "/home/u"]) == "/home/user2/c.toml")
    }

    @Test func noFileIsTheDefaultsAndABadFileIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/config.toml"
        #expect(try ConfigurationFile.load(path: path, displayPath: "c.toml") == .defaults)
        try Data([0x5B, 0x6B, 0x65, 0x79, 0x73, 0x5D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigurationError(file: "c.toml", line: nil, key: nil, message: "is not UTF-8 text")) {
            try ConfigurationFile.load(path: path, displayPath: "c.toml")
        }
        try "\u{FEFF}[keys]\nquit = \"Q\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ConfigurationFile.load(path: path, displayPath: "c.toml").keys.action(for: .character("Q")) == .quit)
        #expect(throws: ConfigurationError(file: "dir", line: nil, key: nil, message: "is not a regular file")) {
            try ConfigurationFile.load(path: folder, displayPath: "dir")
        }
    }

    @Test func printedDefaultsReadBackAsTheDefaults() throws {
        let text = ConfigurationPrinter.toml(.defaults, source: "the defaults")
        #expect(try ConfigurationParser.parse(text, file: "printed") == .defaults)
        #expect(text.contains("\n[network]\nconnect_timeout = 10\ntimeout = 30\nmax_size = \"20 MB\"\nmax_connections = 8\n"))
        #expect(text.contains("\nline_down = [\"j\", \"down\"]\n"))
        #expect(text.contains("\npage_down = [\"space\", \"pgdn\", \"ctrl+f\"]\n"))
        #expect(text.contains("\nnext_pane = \"tab\"\n"))
        #expect(text.contains("\nperson = { color256 = 81, color8 = \"cyan\" }\n"))
        #expect(text.contains("\nother = { color256 = 250, color8 = \"default\" }\n"))
        #expect(!text.contains("[[feeds]]"))
    }

    @Test func aPrintedConfigurationReadsBackToTheSameValue() throws {
        let configuration = try ConfigurationParser.parse("""
            [network]
            timeout = 2.5
            max_size = 3000
            user_agent = "Test \\"quoted\\" agent"
            [keys]
            quit = ["j", "\\""]
            redraw = []
            [colors]
            group = { color256 = "default", color8 = 0 }
            [[feeds]]
            url = "https://example.org/a?b=c"
            title = "Tab\\there \\u0007 bell"
            tags = ["x y", "z"]
            full_text = "never"
            """, file: "in")
        let text = ConfigurationPrinter.toml(configuration, source: "test")
        #expect(try ConfigurationParser.parse(text, file: "printed") == configuration)
        #expect(text.contains("title = \"Tab\\there \\u0007 bell\""), "controls are escaped, never printed raw")
        #expect(text.contains("timeout = 2.5\n") && text.contains("max_size = 3000\n"))
    }
}

/// The README's example file is a configuration file that reads.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleIsAValidConfiguration() throws {
        let readme = try String(contentsOfFile: Fixtures.repositoryRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Configuration").dropFirst().first)
        let example = try #require(section.components(separatedBy: "```toml\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let configuration = try ConfigurationParser.parse(example, file: "README.md")
        #expect(configuration.keys.keys(for: .nextPane) == [.tab, .character("x")])
        #expect(configuration.keys.action(for: .character("Q")) == .quit)
        #expect(configuration.feeds.map(\.url) == ["https://example.org/feed.xml"])
    }
}
