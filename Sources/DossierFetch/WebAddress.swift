import Foundation

/// An http(s) address ready to request: the scheme checked, any user name and password taken out
/// (they go in an Authorization header to the same origin only, never into a log line or a redirect).
struct WebAddress: Sendable, Equatable {
    /// The absolute address without user info and fragment: what is requested and reported.
    let url: String
    let scheme: String
    let host: String
    let port: Int
    let credentials: Credentials?

    struct Credentials: Sendable, Equatable {
        let user: String
        let password: String

        var basicAuthorization: String {
            "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
    }

    enum Problem: Error, Equatable {
        case invalid
        case scheme(String)
    }

    static let allowedSchemes: Set<String> = ["http", "https"]

    /// The origin (scheme, host, port): credentials are only sent back to the same one.
    var origin: String { "\(scheme)://\(host.lowercased()):\(port)" }

    static func parse(_ text: String) throws(Problem) -> WebAddress {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x7F }),
              var components = URLComponents(string: trimmed) else { throw .invalid }
        guard let scheme = components.scheme?.lowercased() else { throw .invalid }
        guard allowedSchemes.contains(scheme) else { throw .scheme(scheme) }
        guard let host = components.host, !host.isEmpty else { throw .invalid }
        let credentials = components.user.map { Credentials(user: $0, password: components.password ?? "") }
        components.user = nil
        components.password = nil
        components.fragment = nil
        components.scheme = scheme
        if components.path.isEmpty { components.path = "/" }
        guard let url = components.string else { throw .invalid }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        return WebAddress(url: url, scheme: scheme, host: host, port: port, credentials: credentials)
    }

    /// The address a `Location` header points to, relative to this one. Credentials in the
    /// Location are dropped: a server does not get to choose what Dossier authenticates with.
    func resolving(_ location: String) throws(Problem) -> WebAddress {
        let trimmed = location.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let base = URL(string: url),
              let target = URL(string: trimmed, relativeTo: base)?.absoluteString else { throw .invalid }
        let resolved = try WebAddress.parse(target)
        return WebAddress(
            url: resolved.url, scheme: resolved.scheme, host: resolved.host, port: resolved.port,
            credentials: nil)
    }
}
