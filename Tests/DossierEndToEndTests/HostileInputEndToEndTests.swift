import DossierTestSupport
import Foundation
import Testing

/// The real binary on every hostile input: `analyze` and the plain output never pass a control
/// character through, and the reader under tmux draws, never lets the text retitle the terminal
/// or write the clipboard, and quits cleanly.
@Suite struct HostileInputEndToEndTests {
    let dossier = DossierBinary.path
    static let directory: String = {
        // The files are needed until the last parameterised test ends, so each run removes the folders
        // that earlier runs (processes no longer alive) left behind instead of its own.
        let temporary = NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix("dossier-hostile-") {
            if let pid = Int32(name.dropFirst("dossier-hostile-".count)), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: temporary + name)
            }
        }
        let path = temporary + "dossier-hostile-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for input in HostileInputs.all {
            FileManager.default.createFile(atPath: path + "/" + input.name + ".txt", contents: Data(input.bytes))
        }
        return path
    }()

    static func file(_ name: String) -> String { directory + "/" + name + ".txt" }

    @Test(arguments: HostileInputs.all.map(\.name))
    func analyzeNeverCrashesNorEmitsControlCharacters(name: String) throws {
        let input = try #require(HostileInputs.all.first { $0.name == name })
        let path = Self.file(name)
        let result = try CommandResult.run("\(dossier) analyze --format json '\(path)'")
        if input.isReadable {
            #expect(result.status == 0, "\(name): \(result.standardError)")
            #expect(result.standardOutput.hasPrefix("{\"text\":"))
            #expect(!result.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!result.standardOutput.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        } else {
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix(path + ": "))
            #expect(result.standardError.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test(arguments: HostileInputs.all.filter(\.isReadable).map(\.name))
    func plainOutputShowsControlCharactersVisibly(name: String) throws {
        let result = try CommandResult.run("\(dossier) --plain '\(Self.file(name))'")
        #expect(result.status == 0, "\(name): \(result.standardError)")
        #expect(!result.standardOutput.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
    }

    @Test(arguments: HostileInputs.all.filter(\.isReadable).map(\.name))
    func readerDrawsAndQuitsWithoutObeyingTheText(name: String) throws {
        let session = try TmuxSession("'\(dossier)' '\(Self.file(name))'", width: 100, height: 30)
        let drawn = session.wait(timeout: 10) { $0.contains("? help") }
        #expect(drawn.ok, "\(name): the reader did not draw:\n\(drawn.screen)")
        try session.send("G")
        try session.send("q")
        let exited = session.wait(for: "[exit 0]", timeout: 5)
        #expect(exited.ok, "\(name): no clean exit:\n\(exited.screen)")
        let title = try TmuxSession.tmux(["display-message", "-p", "-t", session.name, "#{pane_title}"])
        #expect(!title.contains("pwned"))
        #expect((try? TmuxSession.tmux(["show-buffer"])).map { !$0.contains("rm -rf") } ?? true)
    }

    @Test func fileSizeLimitIsConfigurableAndNamesTheFile() throws {
        let path = Self.directory + "/large.txt"
        let line = String(repeating: "Navalny was detained in Moscow. ", count: 32) + "\n"
        FileManager.default.createFile(atPath: path, contents: Data(String(repeating: line, count: 2_600).utf8))
        let refused = try CommandResult.run("\(dossier) analyze --max-size 2 '\(path)'")
        #expect(refused.status == 1)
        #expect(refused.standardError == "\(path): larger than 2 MB (the size limit; see --max-size)\n")
        let reader = try CommandResult.run("\(dossier) --max-size 2 '\(path)'")
        #expect(reader.status == 1)
        #expect(reader.standardError.hasPrefix(path + ": larger than 2 MB"))
        let accepted = try CommandResult.run("\(dossier) analyze --max-size 3 --format json '\(path)'")
        #expect(accepted.status == 0)
        #expect(accepted.standardOutput.hasPrefix("{\"text\":\"Navalny was detained"))
    }
}
