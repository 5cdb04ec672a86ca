/// How untrusted text becomes something safe to draw: control characters (C0, DEL, C1, ESC) and bidi
/// overrides are spelled out visibly (`^[`, `<9b>`, `<U+202E>`), never sent raw to the terminal.
public enum VisibleText {
    /// One grapheme cluster as drawn.
    public enum Glyph: Equatable, Sendable {
        /// Drawn as is (possibly trimmed, see `displayable`), taking `width` columns.
        case text(String, width: Int)
        /// A control character spelled out; each character of the spelling takes one column.
        case escaped(String)
        /// Whitespace: one blank column.
        case space
        /// Nothing to draw (zero-width format characters on their own).
        case hidden

        public var width: Int {
            switch self {
            case .text(_, let width): width
            case .escaped(let spelling): spelling.utf8.count
            case .space: 1
            case .hidden: 0
            }
        }
    }

    /// Combining marks kept on one base character; more would overflow ncurses' cell (and help nobody).
    static let maxCombiningMarks = 4

    public static func glyph(_ character: Character) -> Glyph {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if scalars.count == 1 {
            let value = first.value
            if value > 0x20 && value < 0x7F { return .text(String(character), width: 1) }
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x2028 || value == 0x2029 { return .space }
            if let spelling = escape(first) { return .escaped(spelling) }
        }
        if scalars.contains(where: { escape($0) != nil }) {
            var spelling = ""
            for scalar in scalars { spelling += escape(scalar) ?? "?" }
            return .escaped(spelling)
        }
        let kept = displayable(character)
        let width = DisplayWidth.of(kept)
        if width == 0 {
            if DisplayWidth.of(first) == 0 && !first.properties.isWhitespace,
               first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
                // A combining mark with no base: give it a space to sit on.
                return .text(" " + kept, width: 1)
            }
            return .hidden
        }
        return .text(kept, width: width)
    }

    /// The part of a cluster a terminal draws in the columns we count: up to the first ZWJ (terminals and
    /// ncurses disagree on joined emoji), with at most a few combining marks.
    static func displayable(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return String(character) }
        var result = String.UnicodeScalarView()
        var marks = 0
        for scalar in scalars {
            if scalar.value == 0x200D { break }
            if result.isEmpty {
                result.append(scalar)
                continue
            }
            if DisplayWidth.of(scalar) == 0 {
                marks += 1
                if marks > maxCombiningMarks { continue }
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// The visible spelling of a control character, or nil when the scalar is safe to draw.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(value) + 0x40))
        case 0x7F: return "^?"
        case 0x80...0x9F: return "<" + hex(value, digits: 2) + ">"
        case 0x202A...0x202E, 0x2066...0x2069: return "<U+" + hex(value, digits: 4).uppercased() + ">"
        default: return nil
        }
    }

    /// Text safe to print on a plain output stream: newlines and tabs kept, other controls spelled out.
    public static func plain<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { result.unicodeScalars.append(scalar); continue }
            if let spelling = escape(scalar) { result += spelling } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
