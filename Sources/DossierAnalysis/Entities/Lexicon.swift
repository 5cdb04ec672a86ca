/// Small closed word lists shared by the rule-based stages. All entries are lowercase.
enum Lexicon {
    /// Titles written before a name and stripped from it ("President Vladimir Putin"). Value: gender hint.
    static let titles: [String: Gender] = [
        "president": .unknown, "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
        "dr": .unknown, "dr.": .unknown, "prof": .unknown, "prof.": .unknown, "professor": .unknown, "judge": .unknown,
        "senator": .unknown, "sen.": .unknown, "governor": .unknown, "gov.": .unknown, "mayor": .unknown, "chancellor": .unknown,
        "minister": .unknown, "premier": .unknown, "general": .unknown, "gen.": .unknown, "colonel": .unknown, "col.": .unknown,
        "captain": .unknown, "king": .male, "queen": .female, "prince": .male, "princess": .female, "pope": .male,
        "sir": .male, "lady": .female, "lord": .male, "father": .male, "sister": .female, "rev.": .unknown,
        "rep.": .unknown, "representative": .unknown, "secretary": .unknown, "ambassador": .unknown, "patriarch": .male,
        "sheikh": .male, "ayatollah": .male, "superintendent": .unknown, "inspector": .unknown, "sergeant": .unknown,
        "lieutenant": .unknown, "major": .unknown, "admiral": .unknown, "marshal": .unknown, "cardinal": .male, "rabbi": .unknown, "imam": .male, "archbishop": .male, "bishop": .male, "officer": .unknown, "detective": .unknown,
    ]

    /// Titles that say only how a person is addressed: a gender hint, never a role.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "sir", "lady", "madam"]

    /// Role nouns written before a name or after a possessive ("Sobol's lawyer Vladimir Voronin"). Value: gender hint.
    static let roles: [String: Gender] = [
        "leader": .unknown, "critic": .unknown, "aide": .unknown, "ally": .unknown, "lawyer": .unknown, "attorney": .unknown,
        "spokesman": .male, "spokeswoman": .female, "spokesperson": .unknown, "doctor": .unknown, "physician": .unknown,
        "analyst": .unknown, "head": .unknown, "chief": .unknown, "director": .unknown, "secretary": .unknown,
        "president": .unknown, "minister": .unknown, "prosecutor": .unknown, "judge": .unknown, "journalist": .unknown,
        "reporter": .unknown, "editor": .unknown, "activist": .unknown, "politician": .unknown, "opponent": .unknown,
        "deputy": .unknown, "colleague": .unknown, "adviser": .unknown, "advisor": .unknown, "official": .unknown,
        "founder": .unknown, "chairman": .male, "chairwoman": .female, "chair": .unknown, "ceo": .unknown,
        "coordinator": .unknown, "candidate": .unknown, "governor": .unknown, "mayor": .unknown, "ambassador": .unknown,
        "correspondent": .unknown, "blogger": .unknown, "dissident": .unknown, "economist": .unknown, "expert": .unknown,
        "investigator": .unknown, "manager": .unknown, "member": .unknown, "producer": .unknown, "professor": .unknown,
        "scientist": .unknown, "singer": .unknown, "actor": .male, "actress": .female, "writer": .unknown, "author": .unknown,
        "officer": .unknown, "commander": .unknown, "researcher": .unknown, "student": .unknown, "supporter": .unknown,
        "assistant": .unknown, "campaigner": .unknown, "businessman": .male, "businesswoman": .female, "associate": .unknown,
    ] .merging(kin) { a, _ in a }

    /// Kin nouns: relations with a gender.
    static let kin: [String: Gender] = [
        "brother": .male, "sister": .female, "wife": .female, "husband": .male, "son": .male, "daughter": .female,
        "father": .male, "mother": .female, "widow": .female, "widower": .male, "uncle": .male, "aunt": .female,
        "nephew": .male, "niece": .female, "cousin": .unknown, "grandson": .male, "granddaughter": .female,
        "grandfather": .male, "grandmother": .female, "partner": .unknown, "girlfriend": .female, "boyfriend": .male,
        "fiancee": .female, "fiance": .male, "stepson": .male, "stepdaughter": .female,
    ]

    /// Words that may stand before a role noun inside a role phrase ("opposition leader", "press secretary").
    static let roleModifiers: Set<String> = [
        "opposition", "press", "prime", "foreign", "defence", "defense", "interior", "finance", "political", "former",
        "chief", "deputy", "senior", "top", "personal", "family", "defence", "campaign", "party", "state", "vice", "general",
        "kremlin", "white", "house", "military", "security", "health", "justice", "legal", "lead", "main",
    ]

    /// Last words of organisation names.
    static let organizationHeads: Set<String> = [
        "committee", "foundation", "center", "centre", "ministry", "party", "council", "agency", "court", "university",
        "bank", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "group", "office", "service", "services",
        "union", "association", "institute", "commission", "department", "police", "army", "navy", "force", "forces",
        "company", "co.", "network", "organisation", "organization", "federation", "fund", "times", "post", "news",
        "parliament", "assembly", "senate", "congress", "duma", "government", "school", "college", "academy", "church",
        "club", "team", "airlines", "airways", "media", "press", "channel", "television", "tv", "radio", "journal",
        "guard", "bureau", "board", "authority", "alliance", "movement", "front", "society", "trust", "exchange",
        "hospital", "prison", "ministries", "nations", "system", "systems", "technologies", "international", "platform",
        "orchestra", "foundation", "institution", "parliament", "coalition", "brigade", "regiment", "battalion", "newspaper",
    ]

    /// Organisations often written as one word.
    static let knownOrganizations: Set<String> = [
        "kremlin", "twitter", "instagram", "tiktok", "facebook", "youtube", "google", "apple", "microsoft", "amazon",
        "reuters", "afp", "ap", "bbc", "cnn", "tass", "interfax", "ria", "nato", "un", "eu", "fbi", "cia", "kgb", "fsb",
        "nasa", "who", "opec", "telegram", "whatsapp", "vkontakte", "gazprom", "rosneft", "hamas", "hezbollah",
        "taliban", "mediazona", "pentagon", "interpol", "unicef", "unesco", "greenpeace", "amnesty", "sputnik",
        "xinhua", "bloomberg", "netflix", "tesla", "boeing", "airbus", "toyota", "uber",
    ]

    /// Countries, regions and large cities (a small list; the statistical tagger has the gazetteers).
    static let places: Set<String> = [
        "russia", "moscow", "st. petersburg", "petersburg", "germany", "berlin", "ukraine", "kyiv", "kiev", "belarus", "minsk",
        "france", "paris", "britain", "london", "england", "scotland", "wales", "ireland", "dublin", "spain", "madrid",
        "italy", "rome", "china", "beijing", "japan", "tokyo", "india", "delhi", "new delhi", "pakistan", "iran", "tehran",
        "iraq", "baghdad", "syria", "damascus", "israel", "jerusalem", "gaza", "turkey", "ankara", "istanbul", "egypt",
        "cairo", "america", "united states", "u.s.", "us", "washington", "new york", "california", "texas", "canada",
        "mexico", "brazil", "argentina", "australia", "sydney", "poland", "warsaw", "georgia", "tbilisi", "armenia",
        "azerbaijan", "kazakhstan", "siberia", "crimea", "chechnya", "europe", "asia", "africa", "tomsk", "omsk",
        "novosibirsk", "yekaterinburg", "kaliningrad", "vladivostok", "lithuania", "latvia", "estonia", "finland",
        "sweden", "norway", "denmark", "netherlands", "belgium", "brussels", "switzerland", "austria", "vienna", "greece",
        "hungary", "czech republic", "prague", "romania", "bulgaria", "serbia", "korea", "north korea", "south korea",
        "afghanistan", "kabul", "saudi arabia", "lebanon", "beirut", "jordan", "libya", "nigeria", "kenya", "ethiopia",
        "south africa", "venezuela", "colombia", "chile", "peru", "cuba", "indonesia", "vietnam", "thailand", "myanmar",
        "hong kong", "taiwan", "philippines", "malaysia", "singapore", "new zealand", "uk", "u.k.", "los angeles", "chicago",
        "salisbury", "manhattan", "brooklyn", "london", "boston", "miami", "florida", "ohio", "virginia", "tallinn", "riga", "vilnius", "helsinki", "stockholm", "oslo", "copenhagen", "amsterdam", "munich",
        "hamburg", "frankfurt", "geneva", "zurich", "milan", "barcelona", "lisbon", "portugal", "athens", "budapest",
        "bucharest", "sofia", "belgrade", "zagreb", "croatia", "moldova", "uzbekistan", "tajikistan", "kyrgyzstan",
    ]

    /// Nationality and group words (singular or plural form → canonical plural), typed `group`.
    static let demonyms: [String: String] = {
        var table: [String: String] = [:]
        for (singular, plural) in [
            ("russian", "russians"), ("american", "americans"), ("german", "germans"), ("ukrainian", "ukrainians"),
            ("belarusian", "belarusians"), ("british", "british"), ("briton", "britons"), ("french", "french"),
            ("chinese", "chinese"), ("japanese", "japanese"), ("indian", "indians"), ("iranian", "iranians"),
            ("iraqi", "iraqis"), ("syrian", "syrians"), ("israeli", "israelis"), ("palestinian", "palestinians"),
            ("turkish", "turks"), ("turk", "turks"), ("egyptian", "egyptians"), ("canadian", "canadians"), ("mexican", "mexicans"),
            ("brazilian", "brazilians"), ("australian", "australians"), ("polish", "poles"), ("pole", "poles"),
            ("georgian", "georgians"), ("armenian", "armenians"), ("european", "europeans"), ("african", "africans"),
            ("asian", "asians"), ("italian", "italians"), ("spanish", "spaniards"), ("spaniard", "spaniards"),
            ("soviet", "soviets"), ("chechen", "chechens"), ("afghan", "afghans"), ("pakistani", "pakistanis"),
            ("saudi", "saudis"), ("korean", "koreans"), ("vietnamese", "vietnamese"), ("muslim", "muslims"),
            ("christian", "christians"), ("jewish", "jews"), ("jew", "jews"), ("catholic", "catholics"),
            ("democrat", "democrats"), ("republican", "republicans"), ("kurdish", "kurds"), ("kurd", "kurds"),
            ("arab", "arabs"), ("greek", "greeks"), ("dutch", "dutch"), ("swedish", "swedes"), ("finnish", "finns"),
            ("lithuanian", "lithuanians"), ("latvian", "latvians"), ("estonian", "estonians"), ("western", "westerners"),
        ] {
            table[singular] = plural
            table[plural] = plural
        }
        return table
    }()

    /// Party and nationality words written before a person's name ("Democrat Rod Blagojevich").
    static let affiliations: Set<String> = Set(demonyms.keys).union([
        "democratic", "conservative", "labour", "liberal", "tory", "socialist", "communist", "libertarian", "nationalist",
    ])

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
        "oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// 0 = Sunday … 6 = Saturday.
    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "against", "about", "over", "under", "after",
        "before", "during", "without", "through", "across", "between", "among", "near", "outside", "inside", "toward",
        "towards", "via", "like", "despite", "than", "since", "until", "behind", "upon", "within", "per",
    ]

    static let beForms: Set<String> = ["was", "were", "been", "be", "is", "are", "being", "am", "'s", "’s", "get", "got", "gets"]

    /// Capitalised words that start sentences or headlines without being names.
    static let commonCapitalized: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "with", "of", "and", "but", "or", "nor", "so", "yet",
        "after", "before", "during", "despite", "according", "although", "though", "while", "when", "where", "what",
        "who", "whom", "whose", "which", "why", "how", "if", "as", "since", "because", "until", "unless", "once",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "his", "her", "him", "they", "them",
        "their", "we", "our", "us", "i", "my", "you", "your", "several", "some", "many", "more", "most", "much", "few",
        "all", "any", "each", "every", "both", "either", "neither", "no", "not", "other", "another", "such", "only",
        "also", "still", "even", "just", "now", "then", "later", "earlier", "meanwhile", "however", "instead", "yesterday",
        "today", "tomorrow", "tonight", "last", "next", "first", "second", "third", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "tens", "dozens", "millions", "police",
        "officials", "authorities", "protests", "protesters", "searches", "law", "political", "source", "sources", "read",
        "related", "see", "real", "photo", "video", "image", "breaking", "update", "updated", "editing", "reporting",
        "additional", "writing", "people", "officers", "supporters", "allies", "critics", "lawyers", "investigators",
        "prosecutors", "analysts", "experts", "residents", "witnesses", "members", "leaders", "ministers", "opposition",
        "state", "government", "security", "local", "federal", "national", "international", "new", "old", "former",
        "prominent", "senior", "top", "chief", "deputy", "acting", "interim", "around", "about", "over", "under", "up",
        "out", "off", "down", "away", "back", "again", "never", "always", "often", "already", "almost", "about",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "said", "says", "told", "asked", "do", "does", "did", "let", "please", "yes", "thank", "thanks",
        "mass", "media", "social", "breaking", "exclusive", "analysis", "opinion", "comment", "editorial", "watch",
        "listen", "live", "latest", "more", "read", "note", "warning", "alert", "update", "correction", "tens",
        "let", "together", "especially", "reports", "footage", "violence", "politicians", "vigils",
    ]

    static let clauseBreakers: Set<String> = [
        "that", "who", "which", "whom", "whose", "when", "where", "while", "because", "although", "though", "if",
        "unless", "since", "after", "before", "until", "as", ";", ":", "\"", "“", "”", "said", "says", "told", "tells",
        "say", "added", "announced", "stated", "but",
    ]
}
