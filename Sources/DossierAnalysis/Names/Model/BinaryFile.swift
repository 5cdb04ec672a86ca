#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A resource file that cannot be used; `description` is the one-line message users see.
public struct ResourceFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

/// Whole-file reads and writes for binary resources: one `read` loop, no parsing.
enum BinaryFile {
    static func read(path: String) throws(ResourceFileError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ResourceFileError(path: path, reason: systemReason()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ResourceFileError(path: path, reason: systemReason()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ResourceFileError(path: path, reason: "is a directory") }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ResourceFileError(path: path, reason: systemReason())
            }
            if count == 0 { break }
            done += count
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    static func write(_ bytes: [UInt8], path: String) throws(ResourceFileError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ResourceFileError(path: path, reason: systemReason()) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ResourceFileError(path: path, reason: systemReason())
            }
            done += count
        }
    }

    static func systemReason() -> String { String(cString: strerror(errno)).lowercased() }
}

/// Little-endian readers and writers over byte arrays.
extension Array where Element == UInt8 {
    func loadUInt32(at offset: Int) -> UInt32 {
        withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    }
    func loadUInt64(at offset: Int) -> UInt64 {
        withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian }
    }
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
