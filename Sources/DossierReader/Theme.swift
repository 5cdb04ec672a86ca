import DossierText

/// How many colours the terminal can show (or may show: `NO_COLOR` means none).
public enum ColorMode: Sendable, Equatable {
    case none, eight, full256
}

/// The look of a style: attributes, and colours where the terminal has them.
public struct Appearance: Sendable, Equatable, Hashable {
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
    /// Palette indices (0–7 or 0–255); nil is the terminal's default colour.
    public var foreground: Int?
    public var background: Int?

    init(bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false,
         foreground: Int? = nil, background: Int? = nil) {
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.foreground = foreground
        self.background = background
    }
}

/// The colours of one entity type: a 256-colour palette index and the 8-colour fallback (nil: the
/// terminal's default colour, the type then told apart by its attributes alone).
public struct EntityColor: Sendable, Equatable, Hashable {
    public var color256: Int?
    public var color8: Int?

    public init(color256: Int?, color8: Int?) {
        self.color256 = color256
        self.color8 = color8
    }
}

/// Styles to appearances. Without colour every style that marks text stays distinguishable by
/// bold / underline / reverse alone. A value: the entity colours come from the configuration's `[colors]`.
public struct Theme: Sendable, Equatable {
    public var entityColors: [EntityType: EntityColor]

    public init(entityColors: [EntityType: EntityColor] = Theme.standardEntityColors) {
        self.entityColors = Theme.standardEntityColors.merging(entityColors) { _, chosen in chosen }
    }

    /// The look without a configuration file.
    public static let standard = Theme()

    public static let standardEntityColors: [EntityType: EntityColor] = [
        .person: EntityColor(color256: 81, color8: 6),
        .organization: EntityColor(color256: 214, color8: 3),
        .place: EntityColor(color256: 114, color8: 2),
        .group: EntityColor(color256: 176, color8: 5),
        .other: EntityColor(color256: 250, color8: nil),
    ]

    public func appearance(of style: Style, colors: ColorMode) -> Appearance {
        var look: Appearance
        switch colors {
        case .none: return Theme.monochrome(style)
        case .eight: look = Theme.eight(style)
        case .full256: look = Theme.full(style)
        }
        if case .entity(let type) = style, let color = entityColors[type] {
            look.foreground = colors == .eight ? color.color8 : color.color256
        }
        return look
    }

    static func monochrome(_ style: Style) -> Appearance {
        switch style {
        case .normal, .border: Appearance()
        case .title: Appearance(bold: true, underline: true)
        case .subheading, .marked, .groupHeader, .paneTitle, .prompt: Appearance(bold: true)
        case .caption, .attribution, .uncertain, .dimmed: Appearance(dim: true)
        case .related: Appearance(underline: true, dim: true)
        case .link: Appearance(underline: true)
        case .entity(.person): Appearance(bold: true)
        case .entity(.organization): Appearance(underline: true)
        case .entity(.place): Appearance(bold: true, underline: true)
        case .entity(.group): Appearance(underline: true, dim: true)
        case .entity(.other): Appearance(dim: true)
        case .selectedMention, .searchMatch, .selection, .status, .promptCursor: Appearance(reverse: true)
        case .pronounMention: Appearance(underline: true, reverse: true)
        case .currentMention, .paneTitleFocused, .statusMessage: Appearance(bold: true, reverse: true)
        case .focusedSentence, .selectionInactive: Appearance(underline: true)
        case .control: Appearance(reverse: true, dim: true)
        }
    }

    static func eight(_ style: Style) -> Appearance {
        let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6
        switch style {
        case .entity(.person): return Appearance(bold: true, foreground: cyan)
        case .entity(.organization): return Appearance(foreground: yellow)
        case .entity(.place): return Appearance(foreground: green)
        case .entity(.group): return Appearance(foreground: magenta)
        case .selectedMention: return Appearance(foreground: black, background: yellow)
        case .pronounMention: return Appearance(underline: true, foreground: black, background: yellow)
        case .currentMention: return Appearance(bold: true, reverse: true)
        case .searchMatch: return Appearance(foreground: black, background: cyan)
        case .control: return Appearance(foreground: red)
        case .related: return Appearance(underline: true, foreground: blue)
        case .link: return Appearance(underline: true, foreground: blue)
        case .paneTitleFocused: return Appearance(bold: true, foreground: black, background: cyan)
        case .marked: return Appearance(bold: true, foreground: cyan)
        default: return monochrome(style)
        }
    }

    static func full(_ style: Style) -> Appearance {
        switch style {
        case .entity(.person): Appearance(bold: true, foreground: 81)
        case .entity(.organization): Appearance(foreground: 214)
        case .entity(.place): Appearance(foreground: 114)
        case .entity(.group): Appearance(foreground: 176)
        case .entity(.other): Appearance(underline: true, foreground: 250)
        case .selectedMention: Appearance(foreground: 16, background: 222)
        case .pronounMention: Appearance(underline: true, foreground: 16, background: 180)
        case .currentMention: Appearance(bold: true, foreground: 16, background: 208)
        case .searchMatch: Appearance(foreground: 16, background: 117)
        case .control: Appearance(foreground: 203)
        case .caption, .attribution: Appearance(foreground: 245)
        case .related: Appearance(underline: true, foreground: 110)
        case .link: Appearance(underline: true, foreground: 75)
        case .border: Appearance(foreground: 240)
        case .paneTitle: Appearance(bold: true, foreground: 252, background: 236)
        case .paneTitleFocused: Appearance(bold: true, foreground: 16, background: 81)
        case .selection: Appearance(foreground: 231, background: 24)
        case .selectionInactive: Appearance(background: 237)
        case .marked: Appearance(bold: true, foreground: 81)
        case .groupHeader: Appearance(bold: true, foreground: 244)
        case .uncertain, .dimmed: Appearance(foreground: 244)
        case .status: Appearance(foreground: 231, background: 238)
        case .statusMessage: Appearance(bold: true, foreground: 16, background: 222)
        default: monochrome(style)
        }
    }
}

extension Style {
    /// Every style, for backends that prepare colour pairs up front.
    public static let all: [Style] = [
        .normal, .title, .subheading, .caption, .related, .attribution,
    ] + EntityType.allCases.map { .entity($0) } + [
        .selectedMention, .pronounMention, .currentMention, .searchMatch, .focusedSentence, .control, .link,
        .border, .paneTitle, .paneTitleFocused, .selection, .selectionInactive, .marked, .groupHeader,
        .uncertain, .dimmed, .status, .statusMessage, .prompt, .promptCursor,
    ]
}
