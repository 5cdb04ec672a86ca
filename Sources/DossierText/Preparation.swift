extension Document {
    /// An article with its tokens and sentences: the starting point of every analysis.
    public static func prepare(_ article: Article) -> Document {
        let tokens = Tokenizer.tokenize(article.text)
        let sentences = SentenceSplitter.split(article.text, tokens: tokens, blocks: article.blocks)
        return Document(article: article, tokens: tokens, sentences: sentences)
    }

    /// The token's text.
    public func string(_ token: Token) -> Substring { article.slice(token.range) }
}
