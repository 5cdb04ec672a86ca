#if canImport(Glibc)
import Glibc
#endif

/// Where `config.toml` is (`$XDG_CONFIG_HOME/dossier/config.toml`, else `~/.config/dossier/config.toml`)
/// and reading it: no file is the defaults; a file that cannot be used is a `ConfigurationError`.
public enum ConfigurationFile {
    /// The file's path for this environment (XDG: a relative `XDG_CONFIG_HOME` is ignored).
    public static func path(environment: [String: String]) -> String {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/dossier/config.toml"
        }
        return (environment["HOME"] ?? "") + "/.config/dossier/config.toml"
    }

    /// The path as messages show it: `~/…` under the home folder.
    public static func displayPath(_ path: String, environment: [String: String]) -> String {
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Config files larger than this are refused (a config file is a few KB).
    static let sizeLimit = 1_048_576

    /// The configuration in `path` over the defaults; the defaults when there is no file.
    public static func load(path: String, displayPath: String) throws(ConfigurationError) -> Configuration {
        func failure(_ message: String) -> ConfigurationError {
            ConfigurationError(file: displayPath, line: nil, key: nil, message: message)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .defaults }
            throw failure(String(cString: strerror(errno)).lowercased())
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw failure("is not a regular file") }
        guard Int(info.st_size) <= sizeLimit else { throw failure("is larger than 1 MB: not a configuration file") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno)).lowercased()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= sizeLimit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        guard bytes.count <= sizeLimit else { throw failure("is larger than 1 MB: not a configuration file") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("is not UTF-8 text") }
        return try ConfigurationParser.parse(text, file: displayPath)
    }
}
