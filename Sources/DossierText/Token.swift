/// A token: a UTF-8 range of the article text.
public struct Token: Sendable, Equatable, Hashable {
    public var range: TextRange
    public init(range: TextRange) { self.range = range }
    public init(_ start: Int, _ end: Int) { self.range = start..<end }
}

/// A sentence: a UTF-8 range of the text and the tokens inside it.
public struct Sentence: Sendable, Equatable, Hashable {
    public var range: TextRange
    public var tokens: Range<Int>
    public init(range: TextRange, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}
