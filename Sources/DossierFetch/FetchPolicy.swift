/// The limits every fetch obeys: time, size, redirects, and how Dossier names itself to servers.
///
/// The defaults are the ones newsboat's and browsers' users expect of a reader: a slow server gets
/// 10 s to accept the connection and 30 s for the whole page (every redirect and the body included),
/// a page is at most 20 MB (after decompression), and at most 5 redirects are followed.
public struct FetchPolicy: Sendable, Equatable {
    /// The version Dossier reports in its User-Agent.
    public static let dossierVersion = "0.1"
    public static let defaultUserAgent =
        "Dossier/\(dossierVersion) (+https://github.com/dossier-reader; terminal news reader)"

    /// Time to establish one connection (TCP and TLS).
    public var connectTimeout: Duration
    /// Time for the whole fetch: every hop of the redirect chain and the whole body.
    public var totalTimeout: Duration
    /// The largest body accepted, counted after gzip/deflate decoding.
    public var maxBytes: Int
    /// Redirects followed before the fetch is refused.
    public var maxRedirects: Int
    public var userAgent: String
    /// Connections kept open to one host at a time (the pool is shared by all fetches of a fetcher).
    public var maxConnectionsPerHost: Int

    public init(
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        maxBytes: Int = 20 * 1024 * 1024,
        maxRedirects: Int = 5,
        userAgent: String = FetchPolicy.defaultUserAgent,
        maxConnectionsPerHost: Int = 4
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.maxConnectionsPerHost = maxConnectionsPerHost
    }
}
