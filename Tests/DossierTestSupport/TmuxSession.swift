import Foundation

/// A detached tmux session running one command, for end-to-end tests of what a user sees.
/// Waits poll the pane instead of sleeping for fixed times.
public final class TmuxSession {
    public let name: String
    public let width: Int
    public let height: Int

    /// Starts `command` (a shell command line) in a new detached session of the given size.
    public init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:],
                directory: String = Fixtures.repositoryRoot) throws {
        name = "dossier-test-\(getpid())-\(TmuxSession.nextNumber())"
        self.width = width
        self.height = height
        var exports = environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        if environment["TERM"] == nil { exports += " export TERM=xterm-256color;" }
        // The reader as shipped: the user's own config.toml (keys, colours) never reaches a test.
        if environment["XDG_CONFIG_HOME"] == nil { exports += " export XDG_CONFIG_HOME=/nonexistent/dossier-tests;" }
        // Keep the pane after the command exits so the test can still read it; show how it ended.
        // The shell outlives Ctrl-C (a trap, not an ignore: the command still gets the default action).
        let script = "trap : INT; cd '\(directory)'; \(exports) \(command); echo \"[exit $?]\"; sleep 30"
        // Sessions are started one at a time, and again if tmux refused: a server that another test's
        // last session is just shutting down turns a new session away.
        try TmuxSession.lock.withLock {
            var attempt = 0
            while true {
                do {
                    try TmuxSession.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), script])
                    return
                } catch where attempt < 4 {
                    attempt += 1
                    usleep(100_000)
                }
            }
        }
    }

    deinit { _ = try? TmuxSession.tmux(["kill-session", "-t", name]) }

    nonisolated(unsafe) private static var counter = 0
    fileprivate static let lock = NSLock()
    private static func nextNumber() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }

    /// Sends keys as tmux names them (`q`, `Enter`, `Tab`, `BTab`, `Escape`, `Down`, `NPage`).
    public func send(_ keys: String...) throws {
        try TmuxSession.tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends text literally (no key-name lookup).
    public func type(_ text: String) throws {
        try TmuxSession.tmux(["send-keys", "-t", name, "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try TmuxSession.tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The process id of the command the pane runs (the child of the pane's shell).
    public func commandProcessID() throws -> pid_t? {
        let shell = try TmuxSession.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// The pane's text now, one string per row.
    public func capture() throws -> [String] {
        let output = try TmuxSession.tmux(["capture-pane", "-p", "-t", name])
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    public var screen: String { ((try? capture()) ?? []).joined(separator: "\n") }

    /// Waits until the pane satisfies `condition`; returns the last screen either way.
    @discardableResult
    public func wait(timeout: Double = 10, until condition: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = self.screen
        while !condition(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(20_000)
            screen = self.screen
        }
        return (true, screen)
    }

    /// Waits until the pane stops changing (keys sent before have all been handled).
    @discardableResult
    public func waitUntilStable(timeout: Double = 5) -> String {
        var previous = screen
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            usleep(100_000)
            let current = screen
            if current == previous { return current }
            previous = current
        }
        return previous
    }

    /// Waits until `text` is on the pane and the background analysis has arrived (the status line
    /// says "analysing…" until then), so that keys act on the analysed article.
    @discardableResult
    public func waitForAnalysedArticle(showing text: String, timeout: Double = 10) -> (ok: Bool, screen: String) {
        // The status line (with its "%") is drawn last: a screen caught mid-draw does not count.
        wait(timeout: timeout) { $0.contains(text) && $0.contains("%") && !$0.contains("analysing…") }
    }

    /// Waits until `text` appears on the pane.
    @discardableResult
    public func wait(for text: String, timeout: Double = 10) -> (ok: Bool, screen: String) {
        wait(timeout: timeout) { $0.contains(text) }
    }

    /// Runs tmux and returns its standard output. Spawned with no signal blocked: Foundation's `Process`
    /// passes its blocked signal mask on, and a tmux server started that way hands it to every pane.
    @discardableResult
    public static func tmux(_ arguments: [String]) throws -> String {
        let (status, output) = CleanSpawn.run(["/usr/bin/env", "tmux"] + arguments)
        guard status == 0 else { throw TmuxError(arguments: arguments, status: status) }
        return output
    }

    public struct TmuxError: Error, CustomStringConvertible {
        public var arguments: [String]
        public var status: Int32
        public var description: String { "tmux \(arguments.joined(separator: " ")) exited with \(status)" }
    }
}

/// Runs a command line through the shell and collects its output and exit status (no terminal).
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String

    public static func run(_ commandLine: String, directory: String = Fixtures.repositoryRoot) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", commandLine]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                             standardError: String(decoding: errData, as: UTF8.self))
    }
}
