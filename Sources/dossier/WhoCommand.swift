import ArgumentParser

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "who", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier who: not implemented yet")
        throw ExitCode(2)
    }
}
