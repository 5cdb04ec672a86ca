#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the folder holding Dossier's resources (model, gazetteer).
///
/// In order: `$DOSSIER_RESOURCES`; `<folder of the executable>/../share/dossier` (installs);
/// `Sources/DossierAnalysis/Resources` of the checkout this file was compiled from (`swift run`, `swift test`).
public enum ResourceLocator {
    public static let environmentVariable = "DOSSIER_RESOURCES"

    /// The resource folder, or nil when none of the candidates exists.
    public static func directory() -> String? {
        candidates().first(where: isDirectory)
    }

    /// The path of a resource file, or nil when no resource folder holds it.
    public static func path(of name: String) -> String? {
        for folder in candidates() {
            let path = folder + "/" + name
            if access(path, R_OK) == 0 { return path }
        }
        return nil
    }

    /// The path of a resource file, or an error naming the file when no resource folder holds it.
    public static func require(_ name: String) throws(ResourceFileError) -> String {
        guard let path = path(of: name) else {
            throw ResourceFileError(path: name, reason: "not found in any resource folder (set \(environmentVariable))")
        }
        return path
    }

    static func candidates() -> [String] {
        var result: [String] = []
        if let value = getenv(environmentVariable), value.pointee != 0 { result.append(String(cString: value)) }
        if let exe = executablePath(), let slash = exe.lastIndex(of: "/") {
            result.append(String(exe[..<slash]) + "/../share/dossier")
        }
        let source = "\(#filePath)"
        if let slash = source.lastIndex(of: "/") { result.append(String(source[..<slash]) + "/Resources") }
        return result
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
