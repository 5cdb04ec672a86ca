import ArgumentParser

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal news reader that knows who is who.",
        subcommands: [AnalyzeCommand.self]
    )
}
