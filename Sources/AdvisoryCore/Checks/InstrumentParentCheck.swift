/// Instrument parents form no cycle, and an instrument is not its own parent.
struct InstrumentParentCheck: RulesetCheck {
    let name = "instrument-parents"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for instrument in ruleset.instruments {
            // Only an instrument on the cycle is reported; one whose ancestors merely lead into a
            // cycle stops at the first repeated id.
            var seen: Set<String> = []
            var current = instrument.parent?.value
            while let id = current, let parent = ruleset.instrument(id) {
                if id == instrument.id {
                    diagnostics.append(.error(.parentCycle, "instrument '\(instrument.id)' is its own ancestor through 'parent'",
                                              at: instrument.parent?.location ?? instrument.location))
                    break
                }
                guard seen.insert(id).inserted else { break }
                current = parent.parent?.value
            }
        }
        return diagnostics
    }
}
