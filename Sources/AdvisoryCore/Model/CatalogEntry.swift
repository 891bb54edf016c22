/// A threat the ruleset can raise.
public struct Threat: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var note: String?
    public var location: SourceLocation
}

/// A strategic priority that groups strategies.
public struct Priority: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var note: String?
    public var location: SourceLocation
}

/// A recommended measure, under one priority, addressing threats and drawing on instruments.
public struct Strategy: Sendable {
    public var id: String
    public var priority: Located<String>
    public var title: String
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

        /// Whether States become parties to it (and so can sign, ratify or accede).
        public var isTreatyLike: Bool { self == .treaty || self == .`protocol` }
    }

    public var id: String
    public var title: String
    public var short: String?
    public var kind: Kind
    public var adopted: Int?
    public var inForce: Int?
    public var parent: Located<String>?
    public var url: String?
    public var binding: Bool?
    public var note: String?
    public var location: SourceLocation

    /// The short name, else the title.
    public var displayName: String { short ?? title }
}
