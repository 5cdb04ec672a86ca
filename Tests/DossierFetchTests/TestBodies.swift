import FlyingFox
import FlyingSocks
import Foundation

/// A response body streamed in chunks (sent chunked, with no Content-Length) that goes on for
/// `totalBytes` (forever when nil), or stops sending after `stallAfter` bytes and waits until the
/// connection is closed.
struct StreamedBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    var totalBytes: Int?
    var stallAfter: Int?
    var byte: UInt8 = UInt8(ascii: "a")
    /// Sent between chunks, to make a slow server.
    var pause: Duration?
    var chunkSize = 64 * 1024

    func makeAsyncIterator() -> Iterator { Iterator(body: self) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        let body: StreamedBody
        var sent = 0

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if let stallAfter = body.stallAfter, sent >= stallAfter {
                try await Task.sleep(for: .seconds(3600))
                return nil
            }
            if let pause = body.pause, sent > 0 { try await Task.sleep(for: pause) }
            var size = Swift.max(1, Swift.min(count, body.chunkSize))
            if let stallAfter = body.stallAfter { size = Swift.min(size, stallAfter - sent) }
            if let totalBytes = body.totalBytes {
                guard sent < totalBytes else { return nil }
                size = Swift.min(size, totalBytes - sent)
            }
            sent += size
            return [UInt8](repeating: body.byte, count: size)
        }
    }

    var response: HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain"], body: HTTPBodySequence(from: self))
    }
}

/// Real gzip and zlib (HTTP "deflate") encodings of test bodies, made by the system's gzip.
enum Compressed {
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-fetch-\(UUID().uuidString)")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-n", "-9", input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// The same deflate stream in zlib's wrapper: what `Content-Encoding: deflate` means.
    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        let gzipped = try gzip(bytes)
        // gzip -n writes a 10-byte header and ends with CRC-32 and length (8 bytes).
        let raw = gzipped[10..<(gzipped.count - 8)]
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let adler = (b << 16) | a
        return [0x78, 0xDA] + raw + [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
    }
}
