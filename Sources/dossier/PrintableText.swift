import DossierReader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from articles and file names made safe to print: control characters (escape sequences,
/// newlines in file names, bidi overrides) are shown as visible escapes, never written raw.
enum PrintableText {
    /// One line: newlines and tabs spelled `\n` `\t`, other controls as the reader shows them (`^[`, `<9b>`).
    static func visible(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if let spelling = VisibleText.escape(scalar) { output += spelling } else { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Writes without a newline (progress lines).
    static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    static func columns(_ descriptor: Int32) -> Int {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
