#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory: model weights are used in place, never parsed or copied.
final class MappedFile: @unchecked Sendable {
    // @unchecked: the mapping is read-only and never changes after init; unmapped only in deinit.
    let base: UnsafeMutableRawPointer
    let size: Int

    /// Maps `path`; files shorter than `minimumSize` are refused as "not a Dossier `kind`".
    init(path: String, minimumSize: Int, kind: String) throws(ResourceFileError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ResourceFileError(path: path, reason: BinaryFile.systemReason()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ResourceFileError(path: path, reason: BinaryFile.systemReason()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ResourceFileError(path: path, reason: "is a directory") }
        let size = Int(info.st_size)
        guard size >= minimumSize else { throw ResourceFileError(path: path, reason: "not a Dossier \(kind) (too short)") }
        guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
            throw ResourceFileError(path: path, reason: BinaryFile.systemReason())
        }
        base = pointer
        self.size = size
    }

    deinit { munmap(base, size) }

    /// The first `count` bytes, copied (for header checks).
    func prefix(_ count: Int) -> [UInt8] { Array(UnsafeRawBufferPointer(start: base, count: min(count, size))) }

    /// Int8 values starting `offset` bytes into the file.
    func int8s(at offset: Int) -> UnsafePointer<Int8> {
        UnsafePointer(base.advanced(by: offset).assumingMemoryBound(to: Int8.self))
    }
}
