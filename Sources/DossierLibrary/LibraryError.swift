/// A failure of the library that users see as one line.
public struct LibraryError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
