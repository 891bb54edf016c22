import AdvisoryCore

/// Which raised threats each recommended strategy and listed instrument answers, in threat
/// rank order: the threats of the fired rules behind it, the raised threats a strategy
/// addresses, those of the strategies naming an instrument, and for a parent that listed
/// instruments require, their threats.
struct ThreatAnswers {
    private var strategyThreats: [String: [String]] = [:]
    private var instrumentThreats: [String: [String]] = [:]

    init(evaluation: Evaluation, ruleset: Ruleset) {
        var rank: [String: Int] = [:]
        for (index, threat) in evaluation.threats.enumerated() { rank[threat.id] = index }
        func threats(ofRules ids: [String]) -> Set<String> {
            Set(ids.flatMap { ruleset.rule($0)?.threats.map(\.id.value) ?? [] }.filter { rank[$0] != nil })
        }
        func ordered(_ ids: Set<String>) -> [String] { ids.sorted { (rank[$0] ?? 0, $0) < (rank[$1] ?? 0, $1) } }
        var strategySets: [String: Set<String>] = [:]
        for finding in evaluation.strategies {
            let addressed = (ruleset.strategy(finding.id)?.addresses.map(\.value) ?? []).filter { rank[$0] != nil }
            strategySets[finding.id] = threats(ofRules: finding.rules).union(addressed)
        }
        var instrumentSets: [String: Set<String>] = [:]
        for finding in evaluation.instruments {
            instrumentSets[finding.id] = finding.strategies.reduce(threats(ofRules: finding.rules)) {
                $0.union(strategySets[$1] ?? [])
            }
        }
        // A required parent answers what its children answer; children come before parents when
        // walked up each chain (bounded by the number of instruments).
        var requires: [String: String] = [:]
        for finding in evaluation.instruments { requires[finding.id] = finding.requires }
        for finding in evaluation.instruments where finding.requires != nil {
            var child = finding.id
            var steps = 0
            while let parent = requires[child], instrumentSets[parent] != nil, steps < evaluation.instruments.count {
                instrumentSets[parent, default: []].formUnion(instrumentSets[child] ?? [])
                child = parent
                steps += 1
            }
        }
        strategyThreats = strategySets.mapValues(ordered)
        instrumentThreats = instrumentSets.mapValues(ordered)
    }

    func forStrategy(_ id: String) -> [String] { strategyThreats[id] ?? [] }
    func forInstrument(_ id: String) -> [String] { instrumentThreats[id] ?? [] }
}
