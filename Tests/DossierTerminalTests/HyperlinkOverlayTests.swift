import DossierReader
@testable import DossierTerminal
import DossierTestSupport
import Testing

@Suite struct HyperlinkOverlayTests {
    @Test func autoTurnsLinksOnOnlyForTerminalsKnownToDrawThem() {
        #expect(HyperlinkSetting.auto.isEnabled(environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
        #expect(HyperlinkSetting.auto.isEnabled(environment: ["TERM": "xterm-kitty"]))
        #expect(HyperlinkSetting.auto.isEnabled(environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"]))
        #expect(!HyperlinkSetting.auto.isEnabled(environment: ["TERM": "xterm-256color"]))
        #expect(!HyperlinkSetting.auto.isEnabled(environment: ["TERM": "linux"]))
        #expect(!HyperlinkSetting.auto.isEnabled(environment: ["TERM": "screen", "TMUX": "/tmp/t,1,0", "VTE_VERSION": "7200"]))
        #expect(HyperlinkSetting.auto.isEnabled(environment: ["TERM": "vt100", "DOSSIER_HYPERLINKS": "always"]))
        #expect(!HyperlinkSetting.auto.isEnabled(environment: ["TERM": "xterm-kitty", "DOSSIER_HYPERLINKS": "never"]))
        #expect(!HyperlinkSetting.never.isEnabled(environment: ["TERM": "xterm-kitty"]))
        #expect(HyperlinkSetting.always.isEnabled(environment: [:]))
    }

    @Test func theOverlayRewritesTheLinkCellsWithTheirLookAndRestoresTheCursor() throws {
        let size = Size(width: 90, height: 5)
        let frame = render(ReaderState(document: SampleDocument("see https://x.org/a now").document, path: "a.txt", size: size), size: size)
        let link = try #require(frame.hyperlinks.first)
        let bytes = String(decoding: HyperlinkOverlay.bytes(for: [link], in: frame, colors: .eight, theme: .standard), as: UTF8.self)
        #expect(bytes == "\u{1B}7\u{1B}[\(link.y + 1);\(link.x + 1)H\u{1B}]8;;https://x.org/a\u{1B}\\"
                + "\u{1B}[0;4;34mhttps://x.org/a\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8")
        var forged = link
        forged.target = "https://x.org/\u{1B}]52;c;aGk=\u{07}"
        #expect(HyperlinkOverlay.bytes(for: [forged], in: frame, colors: .eight, theme: .standard).isEmpty)
    }
}

@Suite struct Base64Tests {
    @Test func encodesLikeRFC4648() {
        #expect(["", "f", "fo", "foo", "foob", "fooba", "foobar"].map { Base64.encode(Array($0.utf8)) }
                == ["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"])
        #expect(Base64.encode([0xFF, 0x00, 0x1B]) == "/wAb")
    }
}
