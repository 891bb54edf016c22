/// Facts about the engine itself.
public enum Engine {
    /// The engine version, printed by `advisor --version` and recorded in report provenance.
    public static let version = "0.1.0"
}
