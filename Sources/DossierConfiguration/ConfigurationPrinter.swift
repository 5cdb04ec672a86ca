import DossierReader
import DossierText

/// `dossier config --print`: the effective configuration as TOML that reads back to the same value.
public enum ConfigurationPrinter {
    public static func toml(_ configuration: Configuration, source: String) -> String {
        var lines = ["# The effective configuration: \(source).", ""]
        let network = configuration.network
        lines += [
            "[network]",
            "connect_timeout = \(TOMLText.seconds(network.connectTimeout))",
            "timeout = \(TOMLText.seconds(network.timeout))",
            "max_size = \(TOMLText.size(network.maxSize))",
            "max_connections = \(network.maxConnections)",
            "user_agent = \(TOMLText.quoted(network.userAgent))",
            "",
            "[keys]",
        ]
        for binding in configuration.keys.all {
            let names = binding.keys.map(KeyNames.name)
            lines.append("\(binding.action.rawValue) = " + (names.count == 1 ? TOMLText.quoted(names[0]) : TOMLText.list(names)))
        }
        lines += ["", "[colors]"]
        for type in EntityType.allCases {
            let color = configuration.theme.entityColors[type] ?? EntityColor(color256: nil, color8: nil)
            lines.append("\(type.rawValue) = { color256 = \(paletteValue(color.color256)), color8 = \(paletteValue(color.color8, names: true)) }")
        }
        for feed in configuration.feeds {
            lines += ["", "[[feeds]]", "url = \(TOMLText.quoted(feed.url))"]
            if let title = feed.title { lines.append("title = \(TOMLText.quoted(title))") }
            lines.append("tags = \(TOMLText.list(feed.tags))")
            lines.append("full_text = \(TOMLText.quoted(feed.fullText.rawValue))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func paletteValue(_ index: Int?, names: Bool = false) -> String {
        guard let index else { return TOMLText.quoted("default") }
        if names, index < 8 { return TOMLText.quoted(TOMLText.colorNames[index]) }
        return String(index)
    }
}
