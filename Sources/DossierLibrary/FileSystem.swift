#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierText

/// What the index needs to know about a file to tell whether it changed.
public struct FileStatus: Sendable, Equatable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var isDirectory: Bool
    public var isRegularFile: Bool
    var device: UInt64
    var inode: UInt64
}

/// The few file-system calls the library makes, on raw byte paths.
enum FileSystem {
    static func status(_ path: RawPath) -> FileStatus? {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return FileStatus(size: Int64(info.st_size), modified: modified, isDirectory: kind == S_IFDIR,
                          isRegularFile: kind == S_IFREG, device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The names in a directory, without `.` and `..`; nil when it cannot be read.
    static func directoryEntries(_ path: RawPath) -> [[UInt8]]? {
        guard let directory = path.withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names
    }

    static func readBytes(_ path: RawPath, limit: Int) throws(ArticleFileError) -> [UInt8] {
        let fd = path.withCString { open($0, O_RDONLY) }
        guard fd >= 0 else { throw ArticleFileError(path: path.string, reason: lastError()) }
        defer { close(fd) }
        return try FileLoading.readAll(fd: fd, path: path.string, limit: limit)
    }

    /// The absolute path with symbolic links resolved, or nil when the file does not exist.
    static func canonical(_ path: RawPath) -> RawPath? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath(bytes: Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved))))
    }

    /// Creates a folder and its parents (`mkdir -p`).
    static func makeDirectories(_ path: String) throws(LibraryError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw LibraryError("cannot create the folder \(current): \(lastError())")
            }
        }
    }

    static func move(_ from: String, to destination: String) -> Bool { rename(from, destination) == 0 }

    static func remove(_ path: String) { unlink(path) }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func lastError() -> String { String(cString: strerror(errno)).lowercased() }
}
