/// Keys of the links overlay: move, `y` or Enter copies the address, `q`/Esc closes.
extension ReaderState {
    mutating func handleLinksKey(_ key: Key) -> [Effect] {
        guard var article else { overlay = nil; return [] }
        defer { self.article = article }
        let targets = article.model.linkTargets
        if key == .character("y") || key == .enter {
            guard targets.indices.contains(article.linkCursor.index) else { return [] }
            let target = targets[article.linkCursor.index]
            message = "copied to the clipboard (if the terminal allows OSC 52): \(target)"
            return [.copyToClipboard(target)]
        }
        guard let action = keyBindings.action(for: key) else { return [] }
        if article.linkCursor.move(action, count: targets.count, visibleRows: linkRows) { return [] }
        switch action {
        case .quit, .clearSelection, .links: overlay = nil
        case .help: overlay = .help
        default: break
        }
        return []
    }

    /// Rows of the links list (inside its box).
    var linkRows: Int { max(1, size.height - 4) }
}
