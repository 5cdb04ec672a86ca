/// What the tagger knows about one token's spelling: hashes of its forms and its casing.
struct WordForm {
    var exact: UInt64 = 0
    var lower: UInt64 = 0
    /// Character classes with runs cut at four: "Xxxx", "dd-dd", "X.X.".
    var shape: UInt64 = 0
    /// Character classes with runs collapsed: "Xx", "d-d".
    var shortShape: UInt64 = 0
    var hasLetter = false
    var initialUpper = false
    var allUpper = false
    var isASCII = true

    /// Lowercases `range` of `bytes` onto `lowered` and analyses it.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowered: inout [UInt8]) {
        exact = FeatureHash.fnv(bytes, range)
        var shapeHash = FeatureHash.fnvOffset, shortHash = FeatureHash.fnvOffset
        var lastClass: UInt8 = 0, run = 0
        var letters = 0, uppers = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            var cls: UInt8
            if byte < 0x80 {
                switch byte {
                case 0x41...0x5A: cls = 0x58; uppers += 1; letters += 1; lowered.append(byte | 0x20)
                case 0x61...0x7A: cls = 0x78; letters += 1; lowered.append(byte)
                case 0x30...0x39: cls = 0x64; lowered.append(byte)
                default: cls = byte; lowered.append(byte)
                }
                if cls == 0x58 && i == range.lowerBound { initialUpper = true }
                i += 1
            } else {
                isASCII = false
                let (scalar, length) = Self.decode(bytes, at: i, end: range.upperBound)
                let properties = scalar.properties
                if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
                    cls = 0x58; uppers += 1; letters += 1
                    if i == range.lowerBound { initialUpper = true }
                } else if properties.isAlphabetic {
                    cls = 0x78; letters += 1
                } else if properties.numericType != nil {
                    cls = 0x64
                } else {
                    cls = 0x6F
                }
                if cls == 0x58 || cls == 0x78 {
                    lowered.append(contentsOf: String(Character(scalar)).lowercased().utf8)
                } else {
                    lowered.append(contentsOf: bytes[i..<(i + length)])
                }
                i += length
            }
            if cls == lastClass { run += 1 } else { run = 1; shortHash = FeatureHash.fnv(byte: cls, from: shortHash) }
            if run <= 4 { shapeHash = FeatureHash.fnv(byte: cls, from: shapeHash) }
            lastClass = cls
        }
        shape = shapeHash
        shortShape = shortHash
        hasLetter = letters > 0
        allUpper = letters > 0 && uppers == letters
    }

    init() {}

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard i + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : length == 2 ? 0x1F : 0x7F)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
