/// The who's-who row above the article text: " Oleg Navalny · brother of Alexey Navalny · …".
/// Relations are drawn as links, the chosen one as the selection. A line too long for the pane keeps the
/// chosen relation in view (the parts before it give way to "…") and ends in "…" where it is cut.
struct WhoIsWhoRenderer {
    let who: WhoIsWho
    let chosen: Int?
    let rect: Rect

    struct Part {
        var text: String
        var style: Style
    }

    /// The parts after the name, each with its separator: the roles as one part, then each relation.
    var parts: [Part] {
        var parts: [Part] = []
        if !who.roles.isEmpty { parts.append(Part(text: who.roles.joined(separator: ", "), style: .normal)) }
        for (index, link) in who.links.enumerated() {
            parts.append(Part(text: link.label, style: index == chosen ? .selection : .related))
        }
        return parts
    }

    static let separator = " · "
    static let ellipsis = "…"

    func draw(into frame: inout Frame) {
        guard rect.width > 2, rect.height > 0 else { return }
        frame.fill(x: rect.x, y: rect.y, width: rect.width, style: .normal)
        let limit = rect.x + rect.width - 1
        var parts = self.parts
        // Keep the chosen relation in view: drop whole parts before it while it would be cut.
        if let chosen, let last = parts.indices.last {
            let target = min(last, chosen + (who.roles.isEmpty ? 0 : 1))
            var first = 0
            func width(from start: Int) -> Int {
                let cut = start > 0 ? Self.columns(Self.separator) + Self.columns(Self.ellipsis) : 0
                return Self.columns(who.name) + cut
                    + parts[start...target].reduce(0) { $0 + Self.columns(Self.separator) + Self.columns($1.text) }
            }
            // The line may be cut after the chosen part: keep a column for "…".
            while first < target, width(from: first) > limit - 1 - (rect.x + 1) { first += 1 }
            if first > 0 { parts = [Part(text: Self.ellipsis, style: .dimmed)] + parts[first...] }
        }
        var pieces = [Part(text: who.name, style: .marked)]
        for part in parts { pieces += [Part(text: Self.separator, style: .dimmed), part] }
        let fits = pieces.reduce(rect.x + 1) { $0 + Self.columns($1.text) } <= limit
        var x = rect.x + 1
        for piece in pieces {
            let width = Self.columns(piece.text)
            if fits || x + width <= limit - 1 {
                x += frame.put(piece.text, x: x, y: rect.y, maxWidth: width, style: piece.style)
                continue
            }
            // Cut here: as much as fits before the last column, then "…".
            var kept = Self.prefix(piece.text, columns: max(0, limit - 1 - x))
            while kept.last == " " { kept = kept.dropLast() }
            x += frame.put(kept, x: x, y: rect.y, maxWidth: limit - 1 - x, style: piece.style)
            frame.put(Self.ellipsis, x: x, y: rect.y, maxWidth: 1, style: .dimmed)
            break
        }
    }

    /// Columns `text` takes when drawn (control characters spelled out, wide characters two columns).
    static func columns<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + VisibleText.glyph($1).width }
    }

    /// The longest start of `text` that fits in `columns` (a wide character is never cut in half).
    static func prefix(_ text: String, columns: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = VisibleText.glyph(text[index]).width
            if used + width > columns { break }
            used += width
            end = text.index(after: index)
        }
        return text[..<end]
    }
}
