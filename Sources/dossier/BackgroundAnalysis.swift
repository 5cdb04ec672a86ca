import DossierAnalysis
import DossierReader
import DossierText
#if canImport(Glibc)
import Glibc
#endif

/// Opens articles at once and analyses them off the terminal's thread: the text is on screen before the
/// analysis has run (a 1 MB article takes about a second), and the entities arrive as an input.
struct BackgroundAnalysis: Sendable {
    let analyzer: Analyzer
    let mailbox: InputMailbox

    /// The input that shows `article` now; its analysis is posted to the mailbox when done.
    func open(_ article: Article, path: String, part: Int = 0) -> Input {
        .articleOpened(path: path, document: start(article, path: path, part: part), analysisPending: true, part: part)
    }

    /// Starts the analysis and returns the document to show meanwhile (text and tokens only).
    func start(_ article: Article, path: String, part: Int = 0) -> Document {
        let analyzer = analyzer, mailbox = mailbox
        WorkerThread.start {
            mailbox.post(.analysisFinished(path: path, part: part, document: analyzer.analyze(article)))
        }
        return Document.prepare(article)
    }

    /// Blocks until the analysis arrives (for `--measure`).
    func waitForResult(_ mailbox: InputMailbox) -> Input? {
        while true {
            if let input = mailbox.take() { return input }
            var descriptor = pollfd(fd: mailbox.descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 5000) <= 0 { return nil }
        }
    }
}

/// A detached thread that never receives the signals that end the program, so that they reach the
/// terminal's thread, wake it from `poll`, and restore the terminal there. (Dispatch's worker pool
/// leaves those signals blocked on the main thread, which is why this is a plain thread.)
enum WorkerThread {
    private final class Work: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    static func start(_ body: @escaping @Sendable () -> Void) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let context = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, context)
        if started == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        }
    }
}
