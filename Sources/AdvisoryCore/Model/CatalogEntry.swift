/// A threat the ruleset can raise.
public struct Threat: Sendable {
    public var id: String
    public var title: String
    /// The title in other languages (`title: {en: …, fr: …, es: …}`).
    public var titles = Translations()
    public var description: String?
    public var note: String?
    public var location: SourceLocation
}

/// A strategic priority that groups strategies.
public struct Priority: Sendable {
    public var id: String
    public var title: String
    /// The title in other languages.
    public var titles = Translations()
    public var description: String?
    public var note: String?
    public var location: SourceLocation
}

/// A recommended measure, under one priority, addressing threats and drawing on instruments.
public struct Strategy: Sendable {
    public var id: String
    public var priority: Located<String>
    public var title: String
    /// The title in other languages.
    public var titles = Translations()
    public var description: String?
    public var addresses: [Located<String>]
    public var instruments: [Located<String>]
    public var note: String?
    public var location: SourceLocation
}

/// An international instrument: a treaty, protocol, resolution, standard or guidance.
public struct Instrument: Sendable {
    /// The instrument's kind, which decides the recommended action.
    public enum Kind: String, Sendable, CaseIterable {
        case treaty, `protocol`, resolution, standard, guidance

        /// Whether States become parties to it (and so can sign, ratify, accept or accede).
        public var isTreatyLike: Bool { self == .treaty || self == .`protocol` }
    }

    /// How a State that has not signed becomes a party (contract §10.3).
    public enum Joining: String, Sendable, CaseIterable {
        /// Treaties open to accession once signature has closed (the default).
        case accession
        /// Instruments ratified without signature, as ILO conventions are.
        case ratification
        /// Instruments accepted, as amendments are.
        case acceptance
    }

    /// When the instrument entered into force.
    public enum EntryIntoForce: Sendable, Equatable {
        case year(Int)
        /// `in_force: null`: adopted but not yet in force.
        case notYet
    }

    public var id: String
    public var title: String
    /// The official title in other languages.
    public var titles = Translations()
    public var short: String?
    /// The short name in other languages (UNTOC is CTO in French, for one).
    public var shorts = Translations()
    public var kind: Kind
    public var adopted: Int?
    /// nil when the catalog does not say.
    public var inForce: EntryIntoForce?
    public var parent: Located<String>?
    public var url: String?
    public var binding: Bool?
    /// Who may join (a region, a membership); nil: open to every State.
    public var openTo: Condition?
    /// As written; ``joiningMode`` gives the default.
    public var joining: Joining?
    /// The last day the instrument is open for signature.
    public var openForSignatureUntil: Located<CalendarDate>?
    public var note: String?
    public var location: SourceLocation

    public init(
        id: String, title: String, short: String? = nil, kind: Kind, adopted: Int? = nil,
        inForce: EntryIntoForce? = nil, parent: Located<String>? = nil, url: String? = nil, binding: Bool? = nil,
        openTo: Condition? = nil, joining: Joining? = nil, openForSignatureUntil: Located<CalendarDate>? = nil,
        note: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.short = short
        self.kind = kind
        self.adopted = adopted
        self.inForce = inForce
        self.parent = parent
        self.url = url
        self.binding = binding
        self.openTo = openTo
        self.joining = joining
        self.openForSignatureUntil = openForSignatureUntil
        self.note = note
        self.location = location
    }

    /// The short name, else the title.
    public var displayName: String { short ?? title }

    /// How a non-signatory joins: `joining`, else accession.
    public var joiningMode: Joining { joining ?? .accession }
}
