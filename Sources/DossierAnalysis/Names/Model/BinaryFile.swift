import DossierText

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
    /// FNV-1a of a file's bytes.
    static func fingerprint(ofFileAt path: String) throws(ResourceFileError) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in try read(path: path) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    static func read(path: String) throws(ResourceFileError) -> [UInt8] {
        do {
            return try FileLoading.readBytes(path: path, limit: Int.max)
        } catch {
            throw ResourceFileError(path: error.path, reason: error.reason)
        }
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
