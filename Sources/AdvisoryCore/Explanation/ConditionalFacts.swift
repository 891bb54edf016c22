/// Why an indicator does not apply (§10.2) and whether a country may join an instrument
/// (§10.3), in words an adviser can check: the condition, and the values it read.
extension Explainer {
    /// "applies only if instrument.minamata == party; here instrument.minamata is none"; nil
    /// when the indicator applies (or has no `applies_if`).
    public func notApplicableReason(indicator id: String, _ profile: Profile) -> String? {
        notApplicableReason(indicator: id, profile, vector: compiled.vector(for: profile))
    }

    func notApplicableReason(indicator id: String, _ profile: Profile, vector: ProfileVector) -> String? {
        guard let slot = ruleset.indicatorIndex[id], vector.states[slot] == .notApplicable,
            let condition = ruleset.indicators[slot].appliesIf
        else { return nil }
        return "applies only if \(ConditionText.render(condition)); here \(values(read: condition, profile, vector))"
    }

    /// PA407: a warning for each value the profile gives for an indicator that does not apply to
    /// it (the value is ignored), in indicator order.
    public func notApplicableValueWarnings(_ profile: Profile) -> [Diagnostic] {
        let vector = compiled.vector(for: profile)
        return ruleset.indicators.indices.compactMap { slot -> Diagnostic? in
            let id = ruleset.indicators[slot].id
            guard vector.states[slot] == .notApplicable, let entry = profile.indicators[id],
                let reason = notApplicableReason(indicator: id, profile, vector: vector)
            else { return nil }
            return .warning(
                .notApplicableValue,
                "'\(id)' does not apply to \(profile.country.name): it \(reason); its value is ignored",
                at: entry.location,
                help: "remove the value, or check the data its 'applies_if' reads")
        }
    }

    /// Whether the country may join the instrument, and why: nil when it has no `open_to`.
    public func eligibility(instrument id: String, _ profile: Profile) -> (truth: Truth, reason: String)? {
        guard let slot = ruleset.instrumentIndex[id], let condition = ruleset.instruments[slot].openTo else {
            return nil
        }
        let vector = compiled.vector(for: profile)
        var noTrace = NoTracer()
        let truth = compiled.evaluate(node: compiled.openToRoots[slot], vector, tracer: &noTrace)
        return (
            truth,
            "open to States where \(ConditionText.render(condition)); here \(values(read: condition, profile, vector))"
        )
    }

    /// "region is europe, instrument.x is unknown": the distinct references a condition reads,
    /// each with the profile's value.
    private func values(read condition: Condition, _ profile: Profile, _ vector: ProfileVector) -> String {
        var seen: Set<Reference> = []
        return condition.leaves.flatMap(\.references).compactMap { reference -> String? in
            guard seen.insert(reference).inserted else { return nil }
            if case .indicator(let id) = reference, let slot = ruleset.indicatorIndex[id],
                vector.states[slot] == .notApplicable
            {
                return "\(reference) does not apply"
            }
            return "\(reference) is \(formatter.presentText(of: reference, in: profile) ?? "missing")"
        }.joined(separator: ", ")
    }
}
