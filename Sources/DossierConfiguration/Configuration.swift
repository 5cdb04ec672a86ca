import DossierReader

/// Everything the user can set in `config.toml`, with today's behaviour as the defaults.
public struct Configuration: Sendable, Equatable {
    public var network = NetworkSettings()
    /// The reader's keys: the standard table with `[keys]` over it.
    public var keys = KeyBindings.standard
    /// Entity colours (`[colors]`) over the standard look.
    public var theme = Theme.standard
    /// `[[feeds]]`, in the file's order.
    public var feeds: [FeedSettings] = []

    public init() {}

    /// The configuration without a file (or with `--no-config`).
    public static let defaults = Configuration()
}

/// `[network]`: limits of fetching pages and feeds.
public struct NetworkSettings: Sendable, Equatable {
    /// Longest wait for a connection to be made.
    public var connectTimeout: Duration = .seconds(10)
    /// Longest time for a whole request, body included.
    public var timeout: Duration = .seconds(30)
    /// Largest body read, in bytes; a larger one is refused.
    public var maxSize = 20 * 1_048_576
    /// Most connections open at once (a refresh fetches feeds in parallel up to this).
    public var maxConnections = 8
    public var userAgent = "Dossier/0.1 (terminal news reader)"

    public init() {}
}

/// One `[[feeds]]` entry: data only; the feed machinery reads it.
public struct FeedSettings: Sendable, Equatable {
    /// Whether an item's full article is fetched: always, never, or when the feed gives only a summary.
    public enum FullText: String, Sendable, Equatable, CaseIterable {
        case always, never, auto
    }

    public var url: String
    public var title: String?
    public var tags: [String]
    public var fullText: FullText

    public init(url: String, title: String? = nil, tags: [String] = [], fullText: FullText = .auto) {
        self.url = url
        self.title = title
        self.tags = tags
        self.fullText = fullText
    }
}
