/// The bottom line: where you are and what is selected, or a message, or the prompt.
struct StatusLineRenderer {
    let state: ReaderState

    func draw(into frame: inout Frame) {
        let y = frame.size.height - 1
        let width = frame.size.width
        if let prompt = state.prompt {
            frame.fill(x: 0, y: y, width: width, style: .prompt)
            let label: String
            switch prompt.purpose {
            case .searchArticle: label = "/"
            case .filterEntities, .filterEvents, .filterLibrary: label = "filter: "
            }
            let used = frame.put(label + prompt.text, x: 0, y: y, maxWidth: width - 1, style: .prompt)
            frame.set(used, y, Cell(" ", style: .promptCursor))
            return
        }
        let (left, right) = texts
        frame.putRow(" " + left, trailer: right.isEmpty ? "" : right + " ", x: 0, y: y, width: width,
                     style: state.message != nil ? .statusMessage : .status)
    }

    var texts: (String, String) {
        if let article = state.article {
            var left = article.document.article.title ?? article.path
            if !article.document.article.notes.isEmpty { left += " · " + article.document.article.notes.joined(separator: "; ") }
            if article.analysisPending { left += " · analysing…" }
            if let message = state.message { left = message }
            var right: [String] = []
            if let entity = article.selectedEntity {
                let count = article.model.mentions[entity].count
                if let index = article.mentionIndex { right.append("mention \(index + 1)/\(count)") }
                else { right.append("\(count) mentions") }
            } else if let search = article.search, !search.matches.isEmpty {
                right.append("match \((search.current ?? 0) + 1)/\(search.matches.count)")
            }
            let lines = article.layout.lines.count
            let height = state.screenLayout.articleHeight
            let percent = lines <= height ? 100 : min(100, (article.topLine + height) * 100 / lines)
            right.append("\(percent)%")
            if !state.screenLayout.isNarrow || article.focus != .article { right.append("? help") }
            return (left, right.joined(separator: "  "))
        }
        if let library = state.library {
            let progress = library.progress.map { " · " + $0 } ?? ""
            return (state.message ?? "\(library.count) articles\(progress) · Enter open · / filter · q quit", "? help")
        }
        return (state.message ?? "", "")
    }
}
