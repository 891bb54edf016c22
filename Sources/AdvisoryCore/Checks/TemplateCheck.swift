/// Every `{REF}` in a `because:` template names a known indicator or instrument.
struct TemplateCheck: RulesetCheck {
    let name = "templates"

    func run(_ ruleset: Ruleset) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in ruleset.rules {
            guard let template = rule.because else { continue }
            let references = template.parts.compactMap { part -> Reference? in
                if case .reference(let reference) = part { return reference }
                return nil
            }
            for (reference, location) in zip(references, template.placeholderLocations) {
                let known =
                    switch reference {
                    case .indicator(let id):
                        ruleset.indicatorIndex[id] != nil || ruleset.unread.mayDefine(.indicators, id)
                    case .instrument(let id):
                        ruleset.instrumentIndex[id] != nil || ruleset.unread.mayDefine(.instruments, id)
                    }
                guard !known else { continue }
                // Candidates are gathered only for an unknown reference (a lookup per placeholder
                // otherwise copied every id of the catalog).
                let candidates =
                    switch reference {
                    case .indicator: Array(ruleset.indicatorIndex.keys)
                    case .instrument: ruleset.instrumentIndex.keys.map { "instrument.\($0)" }
                    }
                diagnostics.append(
                    .error(
                        .unknownTemplateReference,
                        "'{\(reference)}' in 'because' names no indicator or instrument of this ruleset",
                        at: location, help: Suggestion.help(for: reference.description, in: candidates)))
            }
        }
        return diagnostics
    }
}
