/// Article files built to break readers: escape sequences, controls, bidi overrides, giant lines,
/// broken encodings. Every stage (reading, analysis, rendering, the real binary) is run on each.
public enum HostileInputs {
    public struct Input: Sendable {
        public var name: String
        public var bytes: [UInt8]
        /// False for inputs that must be refused with a one-line error (binary, empty, too large).
        public var isReadable: Bool
    }

    static let lede = "Russian opposition leader Alexey Navalny was detained in Moscow on Thursday, his aide Ivan Zhdanov said."

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    public static let all: [Input] = {
        var inputs: [Input] = []
        func add(_ name: String, _ bytes: [UInt8], readable: Bool = true) { inputs.append(Input(name: name, bytes: bytes, isReadable: readable)) }
        add("csi-colour-and-clear", text("\u{1B}[31mRed\u{1B}[2J\u{1B}[H " + lede))
        add("osc52-clipboard-write", text("Hello \u{1B}]52;c;cm0gLXJmIH4=\u{07} " + lede))
        add("osc-title-change", text("\u{1B}]0;pwned\u{07}\u{1B}]2;pwned\u{1B}\\ " + lede))
        add("osc8-hyperlink", text("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\ " + lede))
        add("dcs-sequence", text("\u{1B}Pq#0;2;0;0;0#1~~\u{1B}\\ " + lede))
        add("c0-controls", text("a\u{00}b".replacingNUL() + "\u{01}\u{02}\u{07}\u{08}\u{0B}\u{0C}\u{0E}\u{7F} " + lede))
        add("c1-controls", text("\u{85}\u{8D}\u{90}\u{9B}31m\u{9D}0;x\u{9C} " + lede))
        add("bidi-override", text("\u{202E}ynlavaN yexelA\u{202C} and \u{2066}isolate\u{2069} " + lede))
        add("zero-width", text("Na\u{200B}val\u{200C}ny\u{200D} \u{FEFF}word\u{2060} " + lede))
        add("combining-pile", text("Z" + String(repeating: "\u{0301}", count: 5000) + " " + lede))
        add("emoji-zwj", text("👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 ❤️ " + lede))
        add("cjk-and-rtl", text("서울 시장 박원순 ، عربي 中文 " + lede))
        add("one-megabyte-line", text(String(repeating: lede + " ", count: 1_000_000 / (lede.utf8.count + 1))))
        add("giant-word", text(String(repeating: "a", count: 200_000) + " " + lede))
        add("invalid-utf8", text(lede) + [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0x20] + text(lede))
        add("latin1", text("Caf") + [0xE9, 0x20, 0x93] + text("Gda") + [0xF1] + text("sk") + [0x94, 0x20] + text(lede))
        add("utf16le-bom", [0xFF, 0xFE] + Array(lede.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        add("utf16be-bom", [0xFE, 0xFF] + Array(lede.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        add("crlf", text(lede + "\r\n\r\n" + lede + "\r\n"))
        add("lone-cr", text(lede + "\r" + lede + "\r\r" + lede))
        add("tabs", text("\t\t" + lede + "\tend\t\t\n\tnext"))
        add("broken-front-matter", text("---\ntitle: \"unterminated\ndate: 2021-99-99\nsource:\n" + lede))
        add("front-matter-only", text("---\ntitle: Nothing else\n---\n"))
        add("only-punctuation", text(String(repeating: ".,;:!?\"'()[]", count: 2000)))
        add("deep-quotes", text(String(repeating: "\"(", count: 5000) + lede))
        add("many-names", text((0..<3000).map { "Person\($0 % 97) Surname\($0 % 89) said." }.joined(separator: " ")))
        add("pronoun-flood", text(String(repeating: "He said she told him his her who. ", count: 3000)))
        add("nul-bytes", text(lede) + [0, 0, 0] + text(lede), readable: false)
        add("empty", [], readable: false)
        add("whitespace-only", text(" \n\t\n "), readable: false)
        return inputs
    }()
}

private extension String {
    func replacingNUL() -> String { String(unicodeScalars.filter { $0.value != 0 }.map(Character.init)) }
}
