import DossierText

/// What a cell means; the backend decides how that looks (colours, or attributes only).
public enum Style: Hashable, Sendable {
    case normal
    case title, subheading, caption, related, attribution
    /// A mention of an entity, by type.
    case entity(EntityType)
    /// Mentions of the selected entity: names, pronouns and descriptions, and the current one.
    case selectedMention, pronounMention, currentMention
    case searchMatch
    /// The sentence of the event jumped to.
    case focusedSentence
    /// A control character spelled out (`^[`).
    case control
    /// A web address (drawn as a terminal hyperlink where the terminal supports them).
    case link
    case border, paneTitle, paneTitleFocused
    /// The cursor row of a list, in the focused pane and in the others.
    case selection, selectionInactive
    /// A list entry of the selected entity, or a marked timeline entry.
    case marked
    case groupHeader
    /// An event whose modality is not "asserted" (planned, possible, negated).
    case uncertain
    case dimmed
    case status, statusMessage, prompt, promptCursor
}
