/// Decodes character references in HTML and XML text: numeric (`&#8217;`, `&#x2019;`) and the
/// named entities that occur in news pages. Unknown names are left as written.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(of: UInt8(ascii: "&")) else { return nil }
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            output.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "&") else { output.append(byte); index += 1; continue }
                if let (decoded, end) = reference(in: bytes, at: index) {
                    output.append(contentsOf: decoded.utf8)
                    index = end
                } else {
                    output.append(byte)
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// The character a reference starting at `ampersand` stands for, and the byte after it.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at ampersand: Int) -> (String, Int)? {
        var index = ampersand + 1
        let nameStart = index
        while index < bytes.count, index - nameStart <= 32 {
            let byte = bytes[index]
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#")
            guard isNameByte else { break }
            index += 1
        }
        guard index > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" { value = UInt32(digits.dropFirst(), radix: 16) }
            else { value = UInt32(digits) }
            guard let value else { return nil }
            // Windows-1252 code points written as references (`&#146;`) mean their cp1252 characters.
            let scalarValue = (0x80...0x9F).contains(value) ? UInt32(TextDecoding.windows1252(UInt8(value))) : value
            guard scalarValue != 0, let scalar = Unicode.Scalar(scalarValue) else { return ("\u{FFFD}", index) }
            return (String(Character(scalar)), index)
        }
        guard let decoded = named[name] else { return nil }
        return (decoded, index)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "hellip": "…", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "middot": "·", "bull": "•",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "sect": "§", "para": "¶", "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "dagger": "†", "prime": "′", "Prime": "″", "iexcl": "¡", "iquest": "¿", "ordm": "º", "ordf": "ª", "micro": "µ",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ",
        "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "OElig": "Œ", "oelig": "œ",
    ]
}
