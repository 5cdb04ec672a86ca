#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grammatical gender of a person, as far as the text tells.
enum Gender: UInt8, Sendable {
    case unknown, male, female
}

/// First name → gender, from `Resources/firstname-genders.txt` (derived from Jörg Michael's and
/// Matthias Winkelmann's first-name dictionary, GNU FDL 1.2; see `Resources/LICENSES.md`), with a small
/// built-in list when the file cannot be found.
struct FirstNames: Sendable {
    static let fileName = "firstname-genders.txt"
    static let shared = FirstNames.load()

    private var table: [String: Gender]

    init(table: [String: Gender]) { self.table = table }

    /// The gender of a lowercased first name, `.unknown` when not listed.
    func gender(of lowercasedName: String) -> Gender { table[lowercasedName] ?? .unknown }
    func contains(_ lowercasedName: String) -> Bool { table[lowercasedName] != nil }

    static func load() -> FirstNames {
        var table = builtIn
        guard let path = ResourceLocator.path(of: fileName), let file = fopen(path, "r") else { return FirstNames(table: table) }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        table.reserveCapacity(14_000)
        while getline(&line, &capacity, file) > 0 {
            guard let line else { break }
            let text = String(cString: line)
            guard let space = text.firstIndex(of: " ") else { continue }
            let name = String(text[..<space])
            let tag = text[text.index(after: space)...].first
            table[name] = tag == "F" ? .female : .male
        }
        return FirstNames(table: table)
    }

    static let builtIn: [String: Gender] = {
        var table: [String: Gender] = [:]
        for name in ["alexander", "alexey", "alexei", "aleksei", "aleksey", "andrei", "andrey", "boris", "dmitry", "dmitri",
                     "ivan", "leonid", "mikhail", "nikolai", "oleg", "pavel", "sergei", "sergey", "vladimir", "yuri",
                     "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
                     "donald", "joe", "barack", "george", "emmanuel", "peter", "paul", "mark", "steven", "kevin",
                     "mohammed", "ahmed", "ali", "jean", "pierre", "hans", "carlos", "juan", "luis", "xi"] {
            table[name] = .male
        }
        for name in ["yulia", "julia", "lyubov", "anastasia", "maria", "olga", "elena", "natalia", "tatiana", "irina",
                     "mary", "patricia", "jennifer", "linda", "elizabeth", "susan", "sarah", "karen", "nancy", "lisa",
                     "angela", "hillary", "kamala", "theresa", "ursula", "marine", "anna", "emma", "sophie", "laura"] {
            table[name] = .female
        }
        return table
    }()
}
