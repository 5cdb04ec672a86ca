/// A file path as the bytes the file system uses: names that are not valid UTF-8 (or contain
/// newlines) survive the round trip through the index unchanged.
public struct RawPath: Hashable, Sendable, Comparable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The path for people: invalid UTF-8 shown as U+FFFD (control characters are left to the caller to escape).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var fileName: String {
        let name = bytes.split(separator: UInt8(ascii: "/")).last ?? []
        return String(decoding: name, as: UTF8.self)
    }

    public func appending(_ component: [UInt8]) -> RawPath {
        if bytes.last == UInt8(ascii: "/") { return RawPath(bytes: bytes + component) }
        return RawPath(bytes: bytes + [UInt8(ascii: "/")] + component)
    }

    /// True when `self` is `root` or inside it.
    public func isInside(_ root: RawPath) -> Bool {
        guard bytes.starts(with: root.bytes) else { return false }
        return bytes.count == root.bytes.count || root.bytes.last == UInt8(ascii: "/") || bytes[root.bytes.count] == UInt8(ascii: "/")
    }

    /// Calls `body` with a NUL-terminated copy for the C file APIs.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try terminated.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    public static func < (lhs: RawPath, rhs: RawPath) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

extension RawPath {
    /// The absolute path with symbolic links resolved, as the index stores paths; nil when it does not exist.
    public var canonical: RawPath? { FileSystem.canonical(self) }
}
