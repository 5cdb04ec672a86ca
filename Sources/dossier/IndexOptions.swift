import ArgumentParser
import DossierLibrary

/// `--index PATH`, shared by the commands that use the library index.
struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index database file (default: $DOSSIER_INDEX, else $XDG_CACHE_HOME/dossier/index.sqlite, else ~/.cache/dossier/index.sqlite).",
        valueName: "path"))
    var indexPath: String?

    var resolvedPath: String { IndexLocation.resolve(explicit: indexPath) }

    /// The existing index for queries, telling the user when there is none or it had to be reset.
    func openForQueries() throws -> LibraryIndex {
        let path = resolvedPath
        guard let index = try LibraryIndex.openExisting(at: path) else {
            printError("dossier: no index at \(PrintableText.visible(path)) yet: run `dossier index FOLDER` first")
            throw ExitCode(1)
        }
        for note in index.notes { printError("dossier: " + PrintableText.visible(note)) }
        return index
    }
}
