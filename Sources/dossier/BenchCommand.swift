import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "(not yet implemented)")

    func run() throws {
        printError("dossier bench: not implemented yet")
        throw ExitCode(2)
    }
}
