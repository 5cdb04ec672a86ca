import DossierConfiguration
import DossierReader
import DossierText
import Testing

/// `config.toml` to `Configuration`: defaults, every section's overrides, and each kind of error as the
/// one line users see (file, line, key).
@Suite struct ConfigurationParserTests {
    let file = "~/.config/dossier/config.toml"

    func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationParser.parse(text, file: file)
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anEmptyFileOrOnlyCommentsIsTheDefaults() throws {
        #expect(try parse("") == .defaults)
        #expect(try parse("# nothing set yet\n\n[network]\n[keys]\n") == .defaults)
        let network = Configuration.defaults.network
        #expect(network.connectTimeout == .seconds(10) && network.timeout == .seconds(30))
        #expect(network.maxSize == 20 * 1_048_576 && network.maxConnections == 8)
        #expect(Configuration.defaults.keys == .standard && Configuration.defaults.theme == .standard)
    }

    @Test func everySectionOverridesTheDefaults() throws {
        let configuration = try parse("""
            [network]
            connect_timeout = 2.5
            timeout = 60
            max_size = "5 MB"
            max_connections = 3
            user_agent = "Dossier-test/1"

            [keys]
            next_pane = "x"
            quit = ["Q", "ctrl+d"]

            [colors]
            person = { color256 = 196, color8 = "red" }
            place.color8 = 4

            [[feeds]]
            url = "https://example.org/feed.xml"
            title = "Example"
            tags = ["world", "tech"]
            full_text = "always"

            [[feeds]]
            url = "http://news.example/rss"
            """)
        #expect(configuration.network.connectTimeout == .milliseconds(2500))
        #expect(configuration.network.timeout == .seconds(60))
        #expect(configuration.network.maxSize == 5 * 1_048_576)
        #expect(configuration.network.maxConnections == 3)
        #expect(configuration.network.userAgent == "Dossier-test/1")
        #expect(configuration.keys.action(for: .character("x")) == .nextPane)
        #expect(configuration.keys.action(for: .tab) == nil)
        #expect(configuration.keys.keys(for: .quit) == [.character("Q"), .control("d")])
        #expect(configuration.keys.action(for: .character("q")) == nil)
        #expect(configuration.theme.entityColors[.person] == EntityColor(color256: 196, color8: 1))
        #expect(configuration.theme.entityColors[.place] == EntityColor(color256: 114, color8: 4))
        #expect(configuration.theme.entityColors[.group] == Theme.standardEntityColors[.group])
        #expect(configuration.feeds == [
            FeedSettings(url: "https://example.org/feed.xml", title: "Example", tags: ["world", "tech"], fullText: .always),
            FeedSettings(url: "http://news.example/rss"),
        ])
    }

    @Test(arguments: [
        ("123456", 123_456), ("\"20 MB\"", 20 * 1_048_576), ("\"512KB\"", 512 * 1024), ("\"1 GB\"", 1_073_741_824), ("\"1.5 MiB\"", 1_572_864),
    ])
    func sizesInBytesOrUnits(written: String, bytes: Int) throws {
        #expect(try parse("[network]\nmax_size = \(written)\n").network.maxSize == bytes)
    }

    @Test(arguments: [
        // A value of the wrong kind, named by its line and dotted key.
        ("# network\n\n[network]\ntimeout = \"fast\"\n", ":4: network.timeout: expected seconds, got \"fast\""),
        ("[network]\nconnect_timeout = 0\n", ":2: network.connect_timeout: expected seconds above 0 (at most a day), got 0"),
        ("[network]\nmax_size = \"big\"\n", ":2: network.max_size: expected a size such as \"20 MB\" or a number of bytes, got \"big\""),
        ("[network]\nmax_connections = 0\n", ":2: network.max_connections: expected a whole number from 1 to 64, got 0"),
        ("[network]\nuser_agent = \"a\\nb\"\n", ":2: network.user_agent: expected printable ASCII text, got \"a\\nb\""),
        ("network = 5\n", ":1: network: expected a table, got 5"),
        // Keys.
        ("[keys]\n\n\nquit = \"ctrl+q\"\n", ":4: keys.quit: \"ctrl+q\" is not a key (the terminal keeps Ctrl-Q for flow control)"),
        ("[keys]\nquit = \"hyper+q\"\n", ":2: keys.quit: \"hyper+q\" is not a key"),
        ("[keys]\nquit = 7\n", ":2: keys.quit: expected a key or a list of keys, got 7"),
        ("[keys]\nquit = \"x\"\nhelp = [\"?\", \"x\"]\n", ":3: keys.help: \"x\" is also bound to keys.quit"),
        // Colours.
        ("[colors]\nperson = { color256 = 300 }\n", ":2: colors.person.color256: expected a colour from 0 to 255, a name (black, red, green, yellow, blue, magenta, cyan, white) or \"default\", got 300"),
        ("[colors.place]\ncolor8 = \"pink\"\n", ":2: colors.place.color8: expected a colour from 0 to 7, a name (black, red, green, yellow, blue, magenta, cyan, white) or \"default\", got \"pink\""),
        // Feeds.
        ("[[feeds]]\nurl = \"https://a.example/\"\n[[feeds]]\nurl = \"file:///etc/passwd\"\n", ":4: feeds[2].url: expected an http or https address, got \"file:///etc/passwd\""),
        ("[[feeds]]\nurl = \"https://a.example/\"\nfull_text = \"sometimes\"\n", ":3: feeds[1].full_text: expected \"always\", \"never\" or \"auto\", got \"sometimes\""),
        ("[[feeds]]\ntitle = \"No address\"\n", ":1: feeds[1]: a feed needs a url"),
        ("[[feeds]]\nurl = \"https://a.example/\"\n[[feeds]]\nurl = \"https://a.example/\"\n", ":4: feeds[2].url: \"https://a.example/\" is already feeds[1]"),
        ("feeds = \"https://a.example/\"\n", ":1: feeds: expected [[feeds]] tables, got \"https://a.example/\""),
    ])
    func aBadValueIsOneLineNamingTheFileLineAndKey(text: String, message: String) {
        #expect(error(text) == file + message)
    }

    @Test(arguments: [
        ("[network]\ntimout = 3\n", ":2: network.timout: unknown key (expected connect_timeout, timeout, max_size, max_connections, user_agent)"),
        ("[colours]\n", ":1: colours: unknown key (expected network, keys, colors, feeds)"),
        ("[keys]\nnext_entity = \"x\"\n", ":2: keys.next_entity: unknown key (expected line_down, line_up, page_down, page_up, top, bottom, next_pane, previous_pane, activate, next_match, previous_match, next_relation, previous_relation, search, clear_selection, timeline, links, other_articles, person_timeline, help, quit, redraw)"),
        ("[colors]\npeople = { color256 = 1 }\n", ":2: colors.people: unknown key (expected person, organization, place, group, other)"),
        ("[colors]\nperson = { colour = 1 }\n", ":2: colors.person.colour: unknown key (expected color256, color8)"),
        ("[[feeds]]\nurl = \"https://a.example/\"\n\n[[feeds]]\nurl = \"https://b.example/\"\nfulltext = \"always\"\n", ":6: feeds[2].fulltext: unknown key (expected url, title, tags, full_text)"),
    ])
    func anUnknownKeyIsAnErrorNamingIt(text: String, message: String) {
        #expect(error(text) == file + message)
    }

    @Test func ofSeveralErrorsTheFirstInTheFileIsReported() {
        // TOMLKit hands tables over in key order, not file order.
        #expect(error("[network]\ntimeout = \"z\"\n[keys]\nquit = 1\n")?.hasPrefix(file + ":2: network.timeout") == true)
        #expect(error("[network]\ntimeout = 1\nmax_connections = 99\nconnect_timeout = \"a\"\n")?.hasPrefix(file + ":3: network.max_connections") == true)
    }

    @Test(arguments: [
        ("[keys\nquit = \"q\"\n", 1), ("[network]\ntimeout = 5\ntimeout = 6\n", 3), ("\n\n[keys]\nquit = \"q\n", 4), ("a = 1\n= 2\n", 2),
    ])
    func aTOMLSyntaxErrorNamesItsLine(text: String, line: Int) throws {
        let message = try #require(error(text))
        #expect(message.hasPrefix(file + ":\(line): "), "\(message)")
        #expect(!message.contains("\n"))
    }

    @Test func keysInQuotesDottedOrAfterMultiLineValuesAreFoundOnTheirLine() {
        let text = """
            [[feeds]]
            url = "https://a.example/"
            title = \"\"\"
            timeout = 5
            [keys]\"\"\"
            "full_text" = "sometimes"
            """
        #expect(error(text) == file + ":6: feeds[1].full_text: expected \"always\", \"never\" or \"auto\", got \"sometimes\"")
        #expect(error("[keys]\nquit = [\n  \"q\",\n  [\"not a header\"],\n]\n") == file + ":2: keys.quit: expected a key or a list of keys, got a list")
        #expect(error("[keys]\nquit = [\n  \"q\",\n]\n[network]\ntimeout = \"x\"\n") == file + ":6: network.timeout: expected seconds, got \"x\"")
        #expect(error("network.timeout = 1\nnetwork.max_size = 1\n") == file + ":2: network.max_size: expected at least 1 KB, got 1")
    }

    @Test func theKeyNamesOfTheFileAreTheKeysTheReaderReceives() throws {
        let configuration = try parse("""
            [keys]
            line_down = ["space", "Tab", "pgdn", "ctrl+e", "C-y", "é"]
            previous_pane = "shift+tab"
            clear_selection = ["esc", "backspace"]
            """)
        let keys = configuration.keys
        #expect(keys.keys(for: .lineDown) == [.character(" "), .tab, .pageDown, .control("e"), .control("y"), .character("é")])
        #expect(keys.keys(for: .pageDown) == [.control("f")], "Space and PgDn moved to line_down")
        #expect(keys.action(for: .backTab) == .previousPane)
        #expect(keys.keys(for: .nextPane).isEmpty)
        #expect(keys.action(for: .backspace) == .clearSelection)
    }

    @Test func anEmptyListUnbindsAnAction() throws {
        let keys = try parse("[keys]\nredraw = []\n").keys
        #expect(keys.action(for: .control("l")) == nil)
    }
}
