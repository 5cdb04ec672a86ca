#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the index lives: `--index PATH`, else `$DOSSIER_INDEX`, else the user's cache folder
/// (`$XDG_CACHE_HOME/dossier/index.sqlite`, else `~/.cache/dossier/index.sqlite`).
public enum IndexLocation {
    public static let environmentVariable = "DOSSIER_INDEX"
    public static let fileName = "index.sqlite"

    public static func resolve(explicit: String?, environment: [String: String] = currentEnvironment()) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/dossier/" + fileName }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.cache/dossier/" + fileName
    }

    public static func currentEnvironment() -> [String: String] {
        var values: [String: String] = [:]
        for name in [environmentVariable, "XDG_CACHE_HOME", "HOME"] {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
