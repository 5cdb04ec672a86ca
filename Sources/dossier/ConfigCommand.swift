import ArgumentParser
import DossierConfiguration
import DossierReader
#if canImport(Glibc)
import Glibc
#endif

/// `dossier config --print | --path`: the effective configuration as TOML, or where its file is.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective configuration (the defaults with config.toml over them), or the file's path."
    )

    @Flag(help: "Print the effective configuration as TOML (the default).")
    var print = false

    @Flag(help: "Print the path of the configuration file.")
    var path = false

    @OptionGroup var configurationOption: ConfigurationOption

    func validate() throws {
        guard !(print && path) else { throw ValidationError("--print and --path: say one") }
    }

    func run() throws {
        if path {
            writeOut(configurationOption.path + "\n")
            return
        }
        let configuration = try configurationOption.load()
        let shown = VisibleText.plain(configurationOption.displayPath)
        let source: String
        if configurationOption.noConfig {
            source = "the defaults (--no-config)"
        } else if access(configurationOption.path, F_OK) == 0 {
            source = "the defaults with \(shown) over them"
        } else {
            source = "the defaults (there is no \(shown))"
        }
        writeOut(ConfigurationPrinter.toml(configuration, source: source))
    }
}
