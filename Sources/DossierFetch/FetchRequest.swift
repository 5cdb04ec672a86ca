/// One page to fetch, with the validators of the copy already kept (for a conditional GET).
public struct FetchRequest: Sendable, Equatable {
    /// An http or https address; anything else is refused before any connection is made.
    public var url: String
    /// The `ETag` of the kept copy, sent as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the kept copy, sent as `If-Modified-Since`.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// What a fetch brought back.
public enum FetchOutcome: Sendable, Equatable {
    /// The server sent the page.
    case fetched(FetchedPage)
    /// The server answered 304: the kept copy is current.
    case notModified
}

/// A page as the server sent it, body decoded from gzip/deflate but not from its charset.
public struct FetchedPage: Sendable, Equatable {
    /// The address the page came from, after redirects (without any user name or password).
    public var finalURL: String
    public var status: Int
    /// The media type, lower-cased, without parameters ("text/html"), when the server named one.
    public var contentType: String?
    /// The `charset` parameter of `Content-Type`, lower-cased ("utf-8"), when present.
    public var charset: String?
    public var etag: String?
    public var lastModified: String?
    public var body: [UInt8]

    public init(
        finalURL: String, status: Int, contentType: String?, charset: String?,
        etag: String?, lastModified: String?, body: [UInt8]
    ) {
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.charset = charset
        self.etag = etag
        self.lastModified = lastModified
        self.body = body
    }
}
