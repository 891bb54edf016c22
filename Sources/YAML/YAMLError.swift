/// A problem that stops a YAML file from being read, with the position it was found at.
public struct YAMLError: Error, Sendable, Equatable {
    /// What went wrong; each kind maps to a stable diagnostic code.
    public enum Kind: String, Sendable {
        case tooLarge
        case invalidUTF8
        case syntax
        case duplicateKey
        case tooDeep
        case aliasBudget
        case multipleDocuments
        case empty
        case undefinedAlias
        case unsupportedTag
    }

    /// A remark attached to the error, at a position of its own or none.
    public struct Note: Sendable, Equatable {
        public var message: String
        public var mark: Mark?

        public init(_ message: String, at mark: Mark? = nil) {
            self.message = message
            self.mark = mark
        }
    }

    public var kind: Kind
    public var message: String
    public var mark: Mark
    /// A second position the message refers to (the first occurrence of a duplicate key).
    public var related: Mark?
    /// Further remarks: where the structure a line breaks started, libyaml's own words.
    public var notes: [Note]

    public init(_ kind: Kind, _ message: String, at mark: Mark, related: Mark? = nil, notes: [Note] = []) {
        self.kind = kind
        self.message = message
        self.mark = mark
        self.related = related
        self.notes = notes
    }
}
