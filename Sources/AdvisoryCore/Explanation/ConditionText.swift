/// A condition written on one line, as a rule author would read it:
/// `all(gti_score >= 5, any(a == 1, not(b is missing)))`.
public enum ConditionText {
    /// Recursion is bounded by the YAML nesting limit.
    public static func render(_ condition: Condition) -> String {
        switch condition {
        case .leaf(let leaf): leaf.text.trimmingCharacters(in: " ")
        case .all(let parts, _): "all(" + parts.map(render).joined(separator: ", ") + ")"
        case .any(let parts, _): "any(" + parts.map(render).joined(separator: ", ") + ")"
        case .not(let inner, _): "not(" + render(inner) + ")"
        case .atLeast(let count, let parts, _):
            "at_least(\(count) of " + parts.map(render).joined(separator: ", ") + ")"
        }
    }
}
