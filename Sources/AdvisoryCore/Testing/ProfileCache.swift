/// Profiles read by tests, each read once. Its warnings are attached to the first test that
/// uses it; its errors make every test using it invalid (PA602), the details shown once.
public struct ProfileCache: Sendable {
    private var loaded: [String: Profile?] = [:]

    public init() {}

    mutating func load(_ path: String, written: String, at location: SourceLocation, ruleset: Ruleset) -> (
        Profile?, [Diagnostic]
    ) {
        if let cached = loaded[path] {
            guard let profile = cached else {
                return (
                    nil,
                    [
                        .error(
                            .testProfileUnreadable, "the profile '\(written)' has errors (shown for an earlier test)",
                            at: location)
                    ]
                )
            }
            return (profile, [])
        }
        let (profile, diagnostics) = ProfileDecoder.load(path, ruleset: ruleset)
        loaded[path] = .some(profile)
        guard profile == nil else { return (profile, diagnostics) }
        if let unreadable = diagnostics.first(where: { [.unreadableFile, .fileTooLarge].contains($0.code) }) {
            return (
                nil,
                [
                    .error(
                        .testProfileUnreadable, "cannot read the profile '\(written)' (\(path)): \(unreadable.message)",
                        at: location,
                        help: "the path is relative to the folder of this test file")
                ]
            )
        }
        return (
            nil, [.error(.testProfileUnreadable, "the profile '\(written)' has errors", at: location)] + diagnostics
        )
    }
}
