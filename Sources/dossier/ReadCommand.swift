import ArgumentParser

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier read: not implemented yet")
        throw ExitCode(2)
    }
}
