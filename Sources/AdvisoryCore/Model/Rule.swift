/// A rule: when its condition holds for a profile, it raises threats, recommends strategies and
/// names instruments.
public struct Rule: Sendable {
    /// A threat a rule raises, with an optional per-threat confidence override.
    public struct ThreatRef: Sendable {
        public var id: Located<String>
        public var confidence: Located<Double>?
    }

    public var id: String
    public var title: String?
    public var description: String?
    /// In (0, 1]; 1.0 when absent.
    public var confidence: Double
    public var confidenceLocation: SourceLocation?
    /// The evidence group as written (§10.1); see ``evidenceGroup``.
    public var group: Located<String>? = nil
    public var condition: Condition
    public var threats: [ThreatRef]
    public var strategies: [Located<String>]
    public var instruments: [Located<String>]
    public var because: Template?
    public var note: String?
    public var location: SourceLocation

    /// The evidence group the rule counts in: its `group`, else its own id.
    public var evidenceGroup: String { group?.value ?? id }

    /// The confidence this rule lends to `threat`.
    public func confidence(forThreat threat: String) -> Double {
        threats.first { $0.id.value == threat }?.confidence?.value ?? confidence
    }

}
