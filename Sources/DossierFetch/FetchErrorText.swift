/// Server-controlled text (a Location header, an error detail) made safe for one terminal line:
/// only printable ASCII, everything else percent-encoded, and capped so a hostile header cannot
/// flood the screen.
enum PrintableText {
    static let maxLength = 300

    static func address(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if result.utf8.count >= maxLength { return result + "…" }
            if byte > 0x20, byte < 0x7F {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hex(byte)
            }
        }
        return result
    }

    /// Free text (an OS error message): printable ASCII and spaces kept, other bytes become "?".
    static func line(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if result.utf8.count >= maxLength { return result + "…" }
            result.unicodeScalars.append(byte >= 0x20 && byte < 0x7F ? Unicode.Scalar(byte) : "?")
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

/// "20 MB", "512 KB", "900 bytes" (binary units, as the size cap is set).
enum ByteCountText {
    static func text(_ bytes: Int) -> String {
        let mebi = 1024 * 1024
        if bytes >= mebi { return scaled(bytes, mebi) + " MB" }
        if bytes >= 1024 { return scaled(bytes, 1024) + " KB" }
        return "\(bytes) byte\(bytes == 1 ? "" : "s")"
    }

    private static func scaled(_ bytes: Int, _ unit: Int) -> String {
        if bytes % unit == 0 { return "\(bytes / unit)" }
        let tenths = (bytes * 10 + unit / 2) / unit
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// "30 s", "1.5 s", "250 ms".
enum DurationText {
    static func text(_ duration: Duration) -> String {
        let milliseconds = Int(duration.components.seconds) * 1000
            + Int(duration.components.attoseconds / 1_000_000_000_000_000)
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        let tenths = (milliseconds + 50) / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }
}

/// The standard reason phrase of a status code; the server's own phrase is never shown.
enum HTTPStatusPhrase {
    static func phrase(for code: Int) -> String {
        switch code {
        case 300: "Multiple Choices"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 407: "Proxy Authentication Required"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 410: "Gone"
        case 411: "Length Required"
        case 412: "Precondition Failed"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 416: "Range Not Satisfiable"
        case 418: "I'm a teapot"
        case 421: "Misdirected Request"
        case 422: "Unprocessable Content"
        case 425: "Too Early"
        case 426: "Upgrade Required"
        case 428: "Precondition Required"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        case 508: "Loop Detected"
        case 511: "Network Authentication Required"
        default: ""
        }
    }
}
