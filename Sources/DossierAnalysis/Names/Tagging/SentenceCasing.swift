/// How a sentence is capitalised: headlines in Title Case or ALL CAPS say little about which words are names.
enum SentenceCasing: UInt8 {
    case normal = 0, title = 1, allCaps = 2

    /// ALL CAPS: at least three words of two or more letters, four in five of them upper case, or two such
    /// words both upper case ("READ MORE:").
    /// Title Case: at least three words of four or more letters, all capitalised.
    static func of(_ forms: ArraySlice<WordForm>, lengths: ArraySlice<Int>) -> SentenceCasing {
        var words = 0, upper = 0, long = 0, longCapitalised = 0
        for i in forms.indices where forms[i].hasLetter {
            if lengths[i] >= 2 {
                words += 1
                if forms[i].allUpper { upper += 1 }
            }
            if lengths[i] >= 4 {
                long += 1
                if forms[i].initialUpper { longCapitalised += 1 }
            }
        }
        if (words >= 3 && upper * 5 >= words * 4) || (words == 2 && upper == 2) { return .allCaps }
        if long >= 3 && longCapitalised == long { return .title }
        return .normal
    }
}
