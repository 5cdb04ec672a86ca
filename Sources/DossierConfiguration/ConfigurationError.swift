/// A configuration file that cannot be used; `description` is the one line users see:
/// `~/.config/dossier/config.toml:12: keys.quit: "ctrl+q" is not a key`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as users know it (`~/…` under the home folder).
    public var file: String
    /// 1-based; nil when the whole file is at fault (unreadable, not UTF-8).
    public var line: Int?
    /// The dotted key at fault (`network.timeout`, `feeds[2].url`); nil for syntax errors.
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += key + ": " }
        return text + message
    }
}
