import ArgumentParser

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier train: not implemented yet")
        throw ExitCode(2)
    }
}
