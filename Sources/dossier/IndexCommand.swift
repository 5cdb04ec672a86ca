import ArgumentParser

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier index: not implemented yet")
        throw ExitCode(2)
    }
}
