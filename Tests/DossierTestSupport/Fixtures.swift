/// Paths to the repository's files, for tests that read the bundled articles.
public enum Fixtures {
    /// The repository root, derived from this file's location.
    public static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)   // Tests/DossierTestSupport/Fixtures.swift
        return parts.joined(separator: "/")
    }()

    public static let articlesDirectory = repositoryRoot + "/Articles"
    public static let seedArticlePath = articlesDirectory + "/navalny-allies-detained.txt"
    /// The shared reference material beside the repository (corpora, gazetteers), when present.
    public static let sharedDirectory = repositoryRoot + "/../shared"
}
