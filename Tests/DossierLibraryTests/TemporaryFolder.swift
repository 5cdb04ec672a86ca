#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierLibrary

/// A fresh folder under /tmp for one test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        var template = Array("/tmp/dossier-library-test-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "mkdtemp failed")
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { removeTree(RawPath(path)) }

    var indexPath: String { path + "/index/index.sqlite" }

    /// Writes a file (parent folders created) and returns its path; the name may hold any bytes.
    @discardableResult
    func write(_ contents: String, to name: String) -> RawPath {
        write(Array(contents.utf8), to: RawPath(bytes: Array(path.utf8) + [UInt8(ascii: "/")] + Array(name.utf8)))
    }

    @discardableResult
    func write(_ bytes: [UInt8], to file: RawPath) -> RawPath {
        var parent = file.bytes
        while let last = parent.last, last != UInt8(ascii: "/") { parent.removeLast() }
        makeFolders(RawPath(bytes: parent))
        let descriptor = file.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        precondition(descriptor >= 0, "cannot write \(file.string)")
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return file
    }

    func remove(_ file: RawPath) { _ = file.withCString { unlink($0) } }

    /// Sets a file's modification time (seconds since 1970), so a rewrite is seen as a change.
    func setModified(_ file: RawPath, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        _ = file.withCString { utimensat(AT_FDCWD, $0, &times, 0) }
    }

    private func makeFolders(_ folder: RawPath) {
        var current: [UInt8] = []
        for component in folder.bytes.split(separator: UInt8(ascii: "/")) {
            current += [UInt8(ascii: "/")] + component
            _ = RawPath(bytes: current).withCString { mkdir($0, 0o755) }
        }
    }

    private func removeTree(_ folder: RawPath) {
        if let directory = folder.withCString({ opendir($0) }) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if name == [46] || name == [46, 46] { continue }
                let child = folder.appending(name)
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) { removeTree(child) } else { _ = child.withCString { unlink($0) } }
            }
            closedir(directory)
        }
        _ = folder.withCString { rmdir($0) }
    }
}
