import DossierTestSupport
import Testing

/// The binary without a terminal: plain text, errors and exit codes.
@Suite struct PlainOutputTests {
    let dossier = DossierBinary.path

    @Test func pipedOutputIsTheArticleWithAnEntitySummary() throws {
        let result = try CommandResult.run("\(dossier) Articles/navalny-allies-detained.txt | cat")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Several allies and supporters of Russian opposition leader Alexey Navalny"))
        #expect(result.standardOutput.components(separatedBy: "Law enforcement officers gather").count == 2)
        #expect(result.standardOutput.contains("\nEntities\n"))
        #expect(!result.standardOutput.contains("\u{1B}"))
    }

    @Test func plainFlagForcesPlainOutput() throws {
        let result = try CommandResult.run("\(dossier) --plain Articles/navalny-allies-detained.txt")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Source: AFP"))
    }

    @Test func controlCharactersAreEscapedInPlainOutput() throws {
        let result = try CommandResult.run("printf 'Hello \\033]0;pwned\\007 world \\302\\233 x\\n' | \(dossier) - | head -1")
        #expect(result.status == 0)
        #expect(result.standardOutput == "Hello ^[]0;pwned^G world <9b> x\n")
    }

    @Test func stdinArticleIsRead() throws {
        let result = try CommandResult.run("\(dossier) - < Articles/navalny-allies-detained.txt")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Several allies"))
    }

    @Test(arguments: [
        ("no-such-file.txt", "no-such-file.txt: no such file or directory"),
        ("/dev/null", "/dev/null: is empty"),
    ])
    func badInputIsOneLineOnStandardErrorAndExitOne(path: String, message: String) throws {
        let result = try CommandResult.run("\(dossier) \(path)")
        #expect(result.status == 1)
        #expect(result.standardError == message + "\n")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func binaryFileIsRefused() throws {
        let result = try CommandResult.run("\(dossier) /bin/true")
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix("looks like a binary file, not an article\n"))
    }

    @Test func folderPipedListsItsArticles() throws {
        let result = try CommandResult.run("\(dossier) Articles | cat")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Articles/navalny-allies-detained.txt"))
    }
}
