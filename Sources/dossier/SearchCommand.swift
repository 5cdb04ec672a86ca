import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier search: not implemented yet")
        throw ExitCode(2)
    }
}
