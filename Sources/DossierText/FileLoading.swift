#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that cannot be read as an article; `description` is the one-line message users see.
public struct ArticleFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

public enum FileLoading {
    /// 20 MB: larger files are refused rather than read.
    public static let defaultSizeLimit = 20 * 1024 * 1024

    /// Reads a whole regular file, refusing directories, missing files and files over `limit`.
    public static func readBytes(path: String, limit: Int = defaultSizeLimit) throws(ArticleFileError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ArticleFileError(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ArticleFileError(path: path, reason: "is a directory") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ArticleFileError(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(fd) }
        return try readAll(fd: fd, path: path, limit: limit)
    }

    /// Reads a descriptor (a file or a pipe) to end of file.
    public static func readAll(fd: Int32, path: String, limit: Int = defaultSizeLimit) throws(ArticleFileError) -> [UInt8] {
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ArticleFileError(path: path, reason: String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw ArticleFileError(path: path, reason: "larger than \(describe(bytes: limit)) (the size limit; see --max-size)")
            }
        }
        return bytes
    }

    /// "20 MB", "512 KB": a size for messages.
    public static func describe(bytes: Int) -> String {
        bytes >= 1_048_576 && bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MB" : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }

    /// Reads and parses an article file into an `Article`.
    public static func loadArticle(path: String, limit: Int = defaultSizeLimit) throws(ArticleFileError) -> Article {
        let bytes = try readBytes(path: path, limit: limit)
        return try article(from: bytes, path: path)
    }

    public static func article(from bytes: [UInt8], path: String) throws(ArticleFileError) -> Article {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            switch error {
            case .binary: throw ArticleFileError(path: path, reason: "looks like a binary file, not an article")
            case .empty: throw ArticleFileError(path: path, reason: "is empty")
            }
        }
        var article = ArticleParser.parse(decoded.text)
        if let note = decoded.note { article.notes.append(note) }
        return article
    }
}
