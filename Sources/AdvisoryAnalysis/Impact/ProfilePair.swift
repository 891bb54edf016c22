import AdvisoryCore

/// One profile as each ruleset reads it. Profiles are typed by their ruleset, so the base
/// reads the same file again: a value may be ignored by one ruleset, or invalid for it.
public struct ProfilePair: Sendable {
    /// The file the profile was read from (`path:line` for a row of a table).
    public var source: String
    /// nil when the base ruleset cannot read the profile (see `baseErrors`).
    public var base: Profile?
    public var baseErrors: [Diagnostic]
    public var head: Profile

    public init(source: String, base: Profile?, baseErrors: [Diagnostic], head: Profile) {
        self.source = source
        self.base = base
        self.baseErrors = baseErrors
        self.head = head
    }
}
