import ArgumentParser
import DossierText

/// `--max-size MB`: the largest single article file read; larger ones are refused with a message.
struct SizeLimitOption: ParsableArguments {
    @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest article file to read, in MB.", valueName: "MB"))
    var megabytes: Int = FileLoading.defaultSizeLimit / 1_048_576

    var bytes: Int { max(1, megabytes) * 1_048_576 }

    func validate() throws {
        guard megabytes >= 1 else { throw ValidationError("--max-size must be at least 1 (MB)") }
    }
}
