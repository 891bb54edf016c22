/// A `because:` text with `{REF}` placeholders filled from the profile.
public struct Template: Sendable {
    /// A piece of literal text or a placeholder.
    public enum Part: Sendable, Equatable {
        case text(String)
        case reference(Reference)
    }

    public var source: String
    public var parts: [Part]
    public var location: SourceLocation
    /// Where each placeholder sits, for diagnostics (same order as the reference parts).
    public var placeholderLocations: [SourceLocation]

    /// Renders the template, asking `value` for each placeholder's text.
    public func render(_ value: (Reference) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .reference(let reference): value(reference)
            }
        }.joined()
    }
}
