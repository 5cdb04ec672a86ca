import DossierLibrary

/// Command-line paths as the bytes the shell passed: a file name that is not valid UTF-8 reaches
/// the argument parser repaired (U+FFFD), so the original bytes are looked up in `argv`.
enum RawArguments {
    static func path(_ argument: String) -> RawPath {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return RawPath(argument) }
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: pointer, count: strlenOf(pointer)))
            if String(decoding: bytes, as: UTF8.self) == argument { return RawPath(bytes: bytes) }
        }
        return RawPath(argument)
    }

    private static func strlenOf(_ pointer: UnsafeMutablePointer<CChar>) -> Int {
        var length = 0
        while pointer[length] != 0 { length += 1 }
        return length
    }
}
