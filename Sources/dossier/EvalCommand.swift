import ArgumentParser

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier eval: not implemented yet")
        throw ExitCode(2)
    }
}
