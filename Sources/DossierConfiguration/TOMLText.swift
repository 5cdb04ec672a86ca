/// TOML spellings shared by the printer and the error messages.
enum TOMLText {
    /// The eight colours' names, palette indices 0–7.
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// A TOML basic string: quotes, backslashes and every control character (C0, DEL, C1) escaped, so
    /// that neither a file nor a message sends the terminal a raw control.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A key as TOML writes it: bare when it can be.
    static func key(_ text: String) -> String {
        let bare = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        return bare ? text : quoted(text)
    }

    /// A list of strings on one line.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// Seconds as a TOML number: `10`, `2.5`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return String(seconds) }
        return String(Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// A byte count as `config.toml` writes sizes: "20 MB", "512 KB", else the number of bytes.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return quoted("\(bytes / 1_048_576) MB") }
        if bytes >= 1024, bytes % 1024 == 0 { return quoted("\(bytes / 1024) KB") }
        return String(bytes)
    }
}
