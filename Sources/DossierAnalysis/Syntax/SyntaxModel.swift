/// A trained syntax model file: a 64-byte header and three flat arrays of Int8 weights
/// (part-of-speech tags, parser transitions, relations), memory-mapped, not parsed.
///
/// Header (little-endian): magic `DSSX`, u32 format version, u32 feature-template version, u32 tag count,
/// u32 relation count, u32 rows of each table (tags, transitions, relations), f32 scale of each table
/// (weight = Int8 / scale), at byte 48 the u64 fingerprint of the word classes it was trained with
/// (`WordClusters.bundledFingerprint`; 0 when unknown), reserved bytes up to 64.
public final class SyntaxModel: Sendable {
    public static let magic: [UInt8] = Array("DSSX".utf8)
    /// 2: Int8 weights (half the memory of version 1's Int16, UAS 0.1 lower on EWT dev).
    public static let formatVersion: UInt32 = 2
    /// Bump when a feature template, the word features or the tag/relation lists change.
    public static let templateVersion: UInt32 = 1
    public static let headerSize = 64
    static let fingerprintOffset = 48

    /// The fingerprint of the word classes the model was trained with (0: not recorded).
    public var clustersFingerprint: UInt64 { file.prefix(Self.headerSize).loadUInt64(at: Self.fingerprintOffset) }
    public static let fileName = "syntax.model"

    /// Rows of the three tables.
    public struct Rows: Sendable, Equatable {
        public var tags: Int, transitions: Int, relations: Int
        public init(tags: Int, transitions: Int, relations: Int) {
            self.tags = tags
            self.transitions = transitions
            self.relations = relations
        }
        var widths: (Int, Int, Int) { (UniversalTags.posCount, ArcEagerState.transitionCount, UniversalTags.relationCount) }
        var weightCount: Int { tags * widths.0 + transitions * widths.1 + relations * widths.2 }
    }

    public let rows: Rows
    let file: MappedFile
    /// The size of the model file.
    public var byteCount: Int { file.size }

    var tagWeights: Int8Rows { Int8Rows(rows: rows.tags, width: UniversalTags.posCount, base: file.int8s(at: Self.headerSize)) }
    var transitionWeights: Int8Rows {
        Int8Rows(rows: rows.transitions, width: ArcEagerState.transitionCount,
                  base: file.int8s(at: Self.headerSize + rows.tags * UniversalTags.posCount))
    }
    var relationWeights: Int8Rows {
        Int8Rows(rows: rows.relations, width: UniversalTags.relationCount,
                  base: file.int8s(at: Self.headerSize + (rows.tags * UniversalTags.posCount + rows.transitions * ArcEagerState.transitionCount)))
    }

    /// Maps a model file, refusing files of another format or feature-template version.
    public init(path: String) throws(ResourceFileError) {
        file = try MappedFile(path: path, minimumSize: Self.headerSize, kind: "syntax model")
        rows = try Self.validate(header: file.prefix(Self.headerSize), size: file.size, path: path)
    }

    static func validate(header: [UInt8], size: Int, path: String) throws(ResourceFileError) -> Rows {
        guard Array(header[0..<4]) == magic else { throw ResourceFileError(path: path, reason: "not a Dossier syntax model") }
        let format = header.loadUInt32(at: 4), templates = header.loadUInt32(at: 8)
        guard format == formatVersion else {
            throw ResourceFileError(path: path, reason: "syntax model format version \(format), this build reads version \(formatVersion); retrain with `dossier train-syntax`")
        }
        guard templates == templateVersion else {
            throw ResourceFileError(path: path, reason: "syntax model built for feature templates version \(templates), this build uses version \(templateVersion); retrain with `dossier train-syntax`")
        }
        let tags = Int(header.loadUInt32(at: 12)), relations = Int(header.loadUInt32(at: 16))
        guard tags == UniversalTags.posCount, relations == UniversalTags.relationCount else {
            throw ResourceFileError(path: path, reason: "syntax model has \(tags) tags and \(relations) relations, this build expects \(UniversalTags.posCount) and \(UniversalTags.relationCount)")
        }
        let rows = Rows(tags: Int(header.loadUInt32(at: 20)), transitions: Int(header.loadUInt32(at: 24)), relations: Int(header.loadUInt32(at: 28)))
        guard rows.tags > 0, rows.transitions > 0, rows.relations > 0, size == headerSize + rows.weightCount else {
            throw ResourceFileError(path: path, reason: "truncated or damaged syntax model (\(size) bytes)")
        }
        return rows
    }

    /// The bytes of a model file; `weights` holds the three quantised tables one after the other.
    static func encode(rows: Rows, scales: [Float], weights: [Int8], clustersFingerprint: UInt64 = 0,
                       formatVersion: UInt32 = formatVersion, templateVersion: UInt32 = templateVersion) -> [UInt8] {
        precondition(weights.count == rows.weightCount && scales.count == 3)
        var bytes = magic
        bytes.reserveCapacity(headerSize + weights.count)
        for value in [formatVersion, templateVersion, UInt32(UniversalTags.posCount), UInt32(UniversalTags.relationCount),
                      UInt32(rows.tags), UInt32(rows.transitions), UInt32(rows.relations)] {
            bytes.appendLittleEndian(value)
        }
        for scale in scales { bytes.appendLittleEndian(scale.bitPattern) }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: Self.fingerprintOffset - bytes.count))
        bytes.appendLittleEndian(clustersFingerprint)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: headerSize - bytes.count))
        for w in weights { bytes.append(UInt8(bitPattern: w)) }
        return bytes
    }

    /// Writes a model file (used by training and by tests that need a model of another version).
    public static func write(rows: Rows, scales: [Float], weights: [Int8], clustersFingerprint: UInt64 = 0, to path: String,
                             formatVersion: UInt32 = formatVersion) throws(ResourceFileError) {
        try BinaryFile.write(encode(rows: rows, scales: scales, weights: weights, clustersFingerprint: clustersFingerprint,
                                    formatVersion: formatVersion), path: path)
    }
}
