import CZlib

/// gzip, zlib and raw-deflate streams in and out of memory, through the system's zlib.
/// Inflating stops with `.tooLarge` past `limit` output bytes, so a small compressed body cannot
/// expand into gigabytes (a decompression bomb).
public enum Zlib {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case corrupt
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            case .corrupt: "not a valid gzip or deflate stream"
            case .tooLarge(let limit): "expands past \(limit) bytes"
            }
        }
    }

    public enum Format: Sendable {
        /// gzip or zlib, told apart by their headers (zlib's automatic detection).
        case gzipOrZlib
        /// A deflate stream without header, as some servers send for `Content-Encoding: deflate`.
        case raw
        case gzip

        var windowBits: Int32 {
            switch self {
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            case .gzip: 15 + 16
            }
        }
    }

    /// True when the bytes open with gzip's magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    public static func inflate(_ input: [UInt8], format: Format = .gzipOrZlib, limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, format.windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(input.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        var input = input
        let inputCount = input.count
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(inputCount)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && produced > 0) { return }
                if output.count + produced > limit { status = Z_MEM_ERROR; return }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0 { status = Z_BUF_ERROR; return }
            } while status == Z_OK
        }
        if status == Z_MEM_ERROR { throw .tooLarge(limit: limit) }
        guard status == Z_STREAM_END else { throw .corrupt }
        return output
    }

    /// Deflates `input` as a gzip stream (level 6, zlib's default trade-off).
    public static func gzip(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, Format.gzip.windowBits, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 32
        var output = [UInt8](repeating: 0, count: bound)
        var input = input
        let inputCount = input.count
        let written: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(inputCount)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                guard CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END else { return 0 }
                return target.count - Int(stream.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
