extension ReaderState {
    /// Keys while the prompt is open: text is typed, never matched against bindings.
    mutating func handlePromptKey(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .character(let character):
            prompt.text.append(character)
        case .backspace, .delete, .control("h"):
            if prompt.text.isEmpty {
                cancelPrompt(prompt)
                return []
            }
            prompt.text.removeLast()
        case .escape, .control("c"), .control("g"):
            cancelPrompt(prompt)
            return []
        case .enter:
            self.prompt = nil
            apply(prompt, confirmed: true)
            return []
        default:
            return []
        }
        self.prompt = prompt
        apply(prompt, confirmed: false)
        return []
    }

    mutating func cancelPrompt(_ prompt: Prompt) {
        self.prompt = nil
        if prompt.purpose != .searchArticle {
            apply(Prompt(purpose: prompt.purpose, text: prompt.previous, previous: prompt.previous), confirmed: false)
        }
    }

    /// Filters follow the typing; the article search runs when confirmed.
    mutating func apply(_ prompt: Prompt, confirmed: Bool) {
        switch prompt.purpose {
        case .searchArticle:
            guard confirmed, var article else { return }
            message = article.runSearch(prompt.text, screen: ScreenLayout(size: size, focus: .article))
            self.article = article
        case .filterEntities:
            article?.entityFilter = prompt.text
            article?.entityCursor = ListCursor()
        case .filterEvents:
            article?.eventFilter = prompt.text
            article?.eventCursor = ListCursor()
        case .filterLibrary:
            library?.filter = prompt.text
            library?.cursor = ListCursor()
        }
        clampScrolling()
    }
}
