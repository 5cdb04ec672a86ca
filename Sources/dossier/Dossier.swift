import ArgumentParser

struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal news reader that knows who is who.",
        subcommands: [
            ReadCommand.self, AnalyzeCommand.self, TagCommand.self, EvalCommand.self, TrainCommand.self, TrainSyntaxCommand.self, ParseCommand.self,
            BenchCommand.self, IndexCommand.self, SearchCommand.self, WhoCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
