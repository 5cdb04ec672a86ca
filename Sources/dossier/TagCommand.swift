import ArgumentParser

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier tag: not implemented yet")
        throw ExitCode(2)
    }
}
