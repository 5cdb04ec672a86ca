#if canImport(Glibc)
import Glibc
#endif

/// The built `dossier` executable, found next to the running test bundle (.build/<config>/).
public enum DossierBinary {
    public static var path: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        var directory = executable
        // The test runner is .build/<config>/<Package>PackageTests.xctest (a file on Linux) or inside it.
        while !directory.isEmpty {
            directory = String(directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)])
            let candidate = directory + "/dossier"
            if access(candidate, X_OK) == 0, !isDirectory(candidate) { return candidate }
        }
        return Fixtures.repositoryRoot + "/.build/debug/dossier"
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
