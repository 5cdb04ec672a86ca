import ArgumentParser
import DossierConfiguration
import DossierReader

/// `--no-config`, and loading `config.toml` for the commands that use it (a bad file: one line, exit 1).
struct ConfigurationOption: ParsableArguments {
    @Flag(name: .customLong("no-config"), help: "Start with the default configuration: do not read config.toml.")
    var noConfig = false

    /// `$XDG_CONFIG_HOME/dossier/config.toml`, else `~/.config/dossier/config.toml`.
    var path: String { ConfigurationFile.path(environment: ProcessEnvironment.variables) }

    var displayPath: String { ConfigurationFile.displayPath(path, environment: ProcessEnvironment.variables) }

    /// The effective configuration, or exit 1 after printing the file's error.
    func load() throws -> Configuration {
        guard !noConfig else { return .defaults }
        do {
            return try ConfigurationFile.load(path: path, displayPath: displayPath)
        } catch {
            printError(VisibleText.plain(error.description))
            throw ExitCode(1)
        }
    }
}
