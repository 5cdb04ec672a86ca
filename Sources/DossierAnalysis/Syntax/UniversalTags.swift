/// The Universal Dependencies part-of-speech tags and relations the syntax model predicts, as small integers.
/// The order is part of the model format: changing it changes `SyntaxTemplates.version`.
public enum UniversalTags {
    public static let partsOfSpeech = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                                       "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]
    /// Every relation of UD English EWT 2.16, subtypes included.
    public static let relations = [
        "root", "punct", "case", "nsubj", "det", "advmod", "obj", "amod", "obl", "conj", "compound", "mark", "nmod",
        "cc", "aux", "cop", "advcl", "nmod:poss", "xcomp", "ccomp", "acl:relcl", "flat", "parataxis", "nummod", "appos",
        "acl", "aux:pass", "nsubj:pass", "obl:unmarked", "nmod:unmarked", "discourse", "compound:prt", "iobj", "list",
        "expl", "fixed", "nmod:desc", "obl:agent", "csubj", "nsubj:outer", "det:predet", "vocative", "goeswith",
        "advcl:relcl", "cc:preconj", "reparandum", "orphan", "csubj:pass", "dislocated", "dep", "csubj:outer",
    ]

    public static let posCount = partsOfSpeech.count
    public static let relationCount = relations.count

    /// The tag's number; unknown tags read as `X`.
    public static func pos(_ name: some StringProtocol) -> UInt8 {
        UInt8(partsOfSpeech.firstIndex { $0 == name } ?? partsOfSpeech.count - 1)
    }

    /// The relation's number; an unknown subtype reads as its base relation, anything else as `dep`.
    public static func relation(_ name: some StringProtocol) -> UInt8 {
        if let i = relations.firstIndex(where: { $0 == name }) { return UInt8(i) }
        if let colon = name.firstIndex(of: ":"), let i = relations.firstIndex(where: { $0 == name[..<colon] }) { return UInt8(i) }
        return UInt8(relations.firstIndex(of: "dep")!)
    }

    // The tags and relations the event extractor asks about.
    public static let noun = pos("NOUN"), propn = pos("PROPN"), pron = pos("PRON"), verb = pos("VERB"), punctuation = pos("PUNCT")
    public static let x = pos("X")
    public static let nsubj = relation("nsubj"), nsubjPass = relation("nsubj:pass"), obj = relation("obj"), iobj = relation("iobj")
    public static let obl = relation("obl"), oblAgent = relation("obl:agent"), caseMarker = relation("case"), conj = relation("conj")
    public static let relcl = relation("acl:relcl"), acl = relation("acl"), ccomp = relation("ccomp"), xcomp = relation("xcomp")
    public static let parataxis = relation("parataxis"), auxPass = relation("aux:pass"), appos = relation("appos")
    public static let flat = relation("flat"), compound = relation("compound"), nmodPoss = relation("nmod:poss"), nmod = relation("nmod")
    public static let root = relation("root"), aux = relation("aux"), amod = relation("amod")
    public static let advcl = relation("advcl"), punct = relation("punct")
}
