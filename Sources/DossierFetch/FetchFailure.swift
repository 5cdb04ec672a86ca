import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTPCompression
import NIOPosix
import NIOSSL

/// What the HTTP client's and the network's errors mean to a reader.
enum FetchFailure {
    static func reason(for error: any Error, policy: FetchPolicy) -> FetchError.Reason {
        if let error = error as? HTTPClientError { return reason(for: error, policy: policy) }
        if let error = error as? NIOConnectionError { return reason(for: error) }
        if let error = error as? IOError { return .cannotConnect(detail: errnoText(error.errnoCode)) }
        if let error = error as? ChannelError, error == .connectTimeout(TimeAmount(policy.connectTimeout)) {
            return .connectTimedOut(after: policy.connectTimeout)
        }
        if let error = error as? NIOHTTPDecompression.DecompressionError {
            return error == .limit ? .bodyTooLarge(maxBytes: policy.maxBytes) : .badCompression
        }
        if error is NIOHTTPDecompression.ExtraDecompressionError { return .badCompression }
        if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
            return .tls(detail: String(describing: error))
        }
        if error is CancellationError { return .cancelled }
        return .other(detail: String(describing: error))
    }

    private static func reason(for error: HTTPClientError, policy: FetchPolicy) -> FetchError.Reason {
        switch error {
        case .connectTimeout: .connectTimedOut(after: policy.connectTimeout)
        case .deadlineExceeded, .readTimeout, .writeTimeout: .timedOut(after: policy.totalTimeout)
        case .remoteConnectionClosed: .connectionClosed
        case .cancelled: .cancelled
        case .invalidURL, .emptyHost, .emptyScheme: .invalidURL
        case .tlsHandshakeTimeout: .tls(detail: "no handshake within \(DurationText.text(policy.connectTimeout))")
        default: .other(detail: error.shortDescription)
        }
    }

    private static func reason(for error: NIOConnectionError) -> FetchError.Reason {
        if let first = error.connectionErrors.first {
            if let io = first.error as? IOError { return .cannotConnect(detail: errnoText(io.errnoCode)) }
            return .cannotConnect(detail: String(describing: first.error))
        }
        return .cannotResolveHost(host: error.host)
    }

    /// "connection refused", "network is unreachable": the C library's text, lower-cased.
    private static func errnoText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
