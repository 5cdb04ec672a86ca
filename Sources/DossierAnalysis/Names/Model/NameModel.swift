/// A trained name-tagger model file: a 32-byte header and one flat array of Int8 weights.
///
/// Header (little-endian): magic `DSNM`, u32 format version, u32 feature-template version,
/// u32 tag count, u32 row count, f32 scale (weight = Int8 / scale), u64 fingerprint of the word classes
/// it was trained with (`WordClusters.bundledFingerprint`; 0 when unknown).
/// The weights (`rows × tags` Int8, row-major) are memory-mapped, not parsed.
public final class NameModel: Sendable {
    public static let magic: [UInt8] = Array("DSNM".utf8)
    /// 2: Int8 weights (half the memory of version 1's Int16; F1 on testb 0.1 lower).
    public static let formatVersion: UInt32 = 2
    public static let headerSize = 32
    public static let fileName = "names.model"

    public let rows: Int
    public let scale: Float
    let file: MappedFile

    /// The fingerprint of the word classes the model was trained with (0: not recorded).
    public var clustersFingerprint: UInt64 { file.prefix(Self.headerSize).loadUInt64(at: 24) }

    var weights: QuantizedWeights { QuantizedWeights(rows: rows, base: file.int8s(at: Self.headerSize)) }

    /// Maps a model file, refusing files of another format or feature-template version.
    public init(path: String) throws(ResourceFileError) {
        file = try MappedFile(path: path, minimumSize: Self.headerSize, kind: "name model")
        (rows, scale) = try Self.validate(header: file.prefix(Self.headerSize), size: file.size, path: path)
    }

    static func validate(header: [UInt8], size: Int, path: String) throws(ResourceFileError) -> (Int, Float) {
        guard Array(header[0..<4]) == magic else { throw ResourceFileError(path: path, reason: "not a Dossier name model") }
        let format = header.loadUInt32(at: 4), templates = header.loadUInt32(at: 8)
        guard format == formatVersion else {
            throw ResourceFileError(path: path, reason: "name model format version \(format), this build reads version \(formatVersion); retrain with `dossier train`")
        }
        guard templates == FeatureTemplates.version else {
            throw ResourceFileError(path: path, reason: "name model built for feature templates version \(templates), this build uses version \(FeatureTemplates.version); retrain with `dossier train`")
        }
        let tags = Int(header.loadUInt32(at: 12)), rows = Int(header.loadUInt32(at: 16))
        guard tags == TagSet.count else {
            throw ResourceFileError(path: path, reason: "name model has \(tags) tags, this build expects \(TagSet.count)")
        }
        guard rows > 0, size == headerSize + rows * tags else {
            throw ResourceFileError(path: path, reason: "truncated or damaged name model (\(size) bytes for \(rows) rows)")
        }
        return (rows, Float(bitPattern: header.loadUInt32(at: 20)))
    }

    /// The bytes of a model file holding `weights` (`rows × TagSet.count`, already quantised).
    static func encode(rows: Int, scale: Float, weights: [Int8], clustersFingerprint: UInt64 = 0,
                       formatVersion: UInt32 = formatVersion, templateVersion: UInt32 = FeatureTemplates.version) -> [UInt8] {
        precondition(weights.count == rows * TagSet.count)
        var bytes = magic
        bytes.reserveCapacity(headerSize + weights.count)
        bytes.appendLittleEndian(formatVersion)
        bytes.appendLittleEndian(templateVersion)
        bytes.appendLittleEndian(UInt32(TagSet.count))
        bytes.appendLittleEndian(UInt32(rows))
        bytes.appendLittleEndian(scale.bitPattern)
        bytes.appendLittleEndian(clustersFingerprint)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: headerSize - bytes.count))
        for w in weights { bytes.append(UInt8(bitPattern: w)) }
        return bytes
    }

    /// Writes a model file (used by training and by tests that need a model of another version).
    public static func write(rows: Int, scale: Float, weights: [Int8], clustersFingerprint: UInt64 = 0, to path: String,
                             formatVersion: UInt32 = formatVersion) throws(ResourceFileError) {
        try BinaryFile.write(encode(rows: rows, scale: scale, weights: weights, clustersFingerprint: clustersFingerprint,
                                    formatVersion: formatVersion), path: path)
    }
}
