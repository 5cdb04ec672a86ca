/// What the reader needs from a terminal: its size, drawing a frame, and the next input.
/// The ncurses implementation lives in DossierTerminal; tests use an in-memory one.
public protocol TerminalBackend {
    var size: Size { get }
    /// Shows a frame; `force` repaints every cell instead of only the changed ones.
    mutating func draw(_ frame: Frame, force: Bool)
    /// The next input, waiting as long as needed; nil when the terminal has gone away.
    mutating func nextInput() -> Input?
    /// Input already waiting (typed ahead), without blocking; nil when there is none.
    mutating func pendingInput() -> Input?
    /// Asks the terminal to put `text` on the system clipboard.
    mutating func copyToClipboard(_ text: String)
}

extension TerminalBackend {
    public mutating func copyToClipboard(_ text: String) {}
}

/// Runs the reader: draw, wait for input, update, run effects, until `.quit` or the terminal goes away.
public struct ReaderLoop<Backend: TerminalBackend> {
    public var backend: Backend
    public var state: ReaderState
    /// Runs the effects other than quitting and repainting (opening an article, asking the index);
    /// returns their result as an input, if any.
    public var perform: (Effect) -> Input?

    public init(backend: Backend, state: ReaderState, perform: @escaping (Effect) -> Input?) {
        self.backend = backend
        self.state = state
        self.perform = perform
    }

    public mutating func run() {
        if backend.size != state.size {
            _ = update(&state, .resize(width: backend.size.width, height: backend.size.height))
        }
        backend.draw(render(state, size: state.size), force: false)
        while let input = backend.nextInput() {
            var force = false
            var next: Input? = input
            // Apply everything typed ahead before drawing once.
            while let current = next {
                for effect in update(&state, current) {
                    switch effect {
                    case .quit: return
                    case .redrawAll: force = true
                    case .copyToClipboard(let text): backend.copyToClipboard(text)
                    case .openArticle, .findAppearances:
                        if let result = perform(effect) { _ = update(&state, result) }
                    }
                }
                next = backend.pendingInput()
            }
            backend.draw(render(state, size: state.size), force: force)
        }
    }
}
