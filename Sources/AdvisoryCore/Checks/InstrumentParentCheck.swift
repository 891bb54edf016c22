/// Instrument parents form no cycle, and an instrument is not its own parent.
struct InstrumentParentCheck: RulesetCheck {
    let name = "instrument-parents"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for instrument in ruleset.instruments {
            var seen: Set<String> = [instrument.id]
            var current = instrument.parent?.value
            while let id = current, let parent = ruleset.instrument(id) {
                if !seen.insert(id).inserted {
                    diagnostics.append(.error(.parentCycle, "instrument '\(instrument.id)' is its own ancestor through 'parent'",
                                              at: instrument.parent?.location ?? instrument.location))
                    break
                }
                current = parent.parent?.value
            }
        }
        return diagnostics
    }
}
