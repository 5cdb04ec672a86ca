/// Why a page could not be fetched, printed as one line naming the address the user asked for.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The address as requested (without any user name or password), made printable.
    public var url: String
    public var reason: Reason

    public init(url: String, reason: Reason) {
        self.url = PrintableText.address(url)
        self.reason = reason
    }

    public var description: String { "\(url): \(reason)" }

    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// The address is not a URL with a host.
        case invalidURL
        /// The requested address is not http or https.
        case schemeRefused(scheme: String)
        /// A redirect pointed at another scheme (file:, ftp:, javascript:…).
        case redirectSchemeRefused(target: String)
        /// A redirect without a usable `Location`.
        case invalidRedirect(status: Int, location: String?)
        case tooManyRedirects(max: Int)
        case redirectLoop(at: String)
        /// A non-2xx answer; `at` is the address that answered when a redirect led there.
        case httpStatus(code: Int, at: String?)
        case bodyTooLarge(maxBytes: Int)
        case timedOut(after: Duration)
        case connectTimedOut(after: Duration)
        /// The connection failed: refused, reset, unreachable; the detail says which.
        case cannotConnect(detail: String)
        case cannotResolveHost(host: String)
        case tls(detail: String)
        /// The server closed the connection before the page was complete.
        case connectionClosed
        /// The body is not valid gzip/deflate.
        case badCompression
        case cancelled
        case other(detail: String)

        public var description: String {
            switch self {
            case .invalidURL:
                return "not a web address (expected http://… or https://…)"
            case .schemeRefused(let scheme):
                return "only http and https addresses are fetched, not \(PrintableText.address(scheme)):"
            case .redirectSchemeRefused(let target):
                return "redirect to \(PrintableText.address(target)) refused (only http and https)"
            case .invalidRedirect(let status, let location):
                if let location {
                    return "HTTP \(status) redirect to an invalid address \(PrintableText.address(location))"
                }
                return "HTTP \(status) redirect without a Location"
            case .tooManyRedirects(let max):
                return "more than \(max) redirect\(max == 1 ? "" : "s")"
            case .redirectLoop(let at):
                return "redirect loop at \(PrintableText.address(at))"
            case .httpStatus(let code, let at):
                let phrase = HTTPStatusPhrase.phrase(for: code)
                let status = phrase.isEmpty ? "HTTP \(code)" : "HTTP \(code) \(phrase)"
                return at.map { "\(status) at \(PrintableText.address($0))" } ?? status
            case .bodyTooLarge(let maxBytes):
                return "body larger than \(ByteCountText.text(maxBytes))"
            case .timedOut(let duration):
                return "timed out after \(DurationText.text(duration))"
            case .connectTimedOut(let duration):
                return "cannot connect (no answer after \(DurationText.text(duration)))"
            case .cannotConnect(let detail):
                return "cannot connect (\(PrintableText.line(detail)))"
            case .cannotResolveHost(let host):
                return "cannot find the host \(PrintableText.address(host))"
            case .tls(let detail):
                return "secure connection failed (\(PrintableText.line(detail)))"
            case .connectionClosed:
                return "the server closed the connection before the page was complete"
            case .badCompression:
                return "the page's gzip/deflate encoding is broken"
            case .cancelled:
                return "cancelled"
            case .other(let detail):
                return PrintableText.line(detail)
            }
        }
    }
}
