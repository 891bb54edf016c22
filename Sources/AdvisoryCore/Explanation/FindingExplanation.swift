/// What `advisor explain` asks about.
public enum ExplanationSubject: Sendable, Equatable, Encodable {
    case threat(String)
    case strategy(String)
    case instrument(String)
    case rule(String)

    public var kind: String {
        switch self {
        case .threat: "threat"
        case .strategy: "strategy"
        case .instrument: "instrument"
        case .rule: "rule"
        }
    }

    public var id: String {
        switch self {
        case .threat(let id), .strategy(let id), .instrument(let id), .rule(let id): id
        }
    }
}

/// A rule explained, with the single change that would flip it.
public struct RuleCase: Sendable, Equatable, Encodable {
    public var rule: RuleExplanation
    /// For a fired rule: joining (or ratifying) an instrument the rule reads that would stop it,
    /// offered before any change to an indicator.
    public var lever: Counterfactual?
    public var counterfactual: Counterfactual?
}

/// A strategy on the path from an instrument to the rules behind it.
public struct StrategyLink: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String
    public var recommended: Bool
    public var score: Double?
}

/// Why a finding holds or does not: the rules behind it (fired first), each down to its leaves.
public struct FindingExplanation: Sendable, Equatable, Encodable {
    public var subject: ExplanationSubject
    public var title: String
    /// Whether the finding is in the report (threat listed, strategy recommended, instrument
    /// relevant, rule fired).
    public var holds: Bool
    /// One line: "critical, score 0.82", "not raised", "relevant: ratify (status signatory)".
    public var verdict: String
    /// Fired rules behind the finding, by id.
    public var supporting: [RuleCase]
    /// Rules that could produce the finding but did not fire, nearest first.
    public var others: [RuleCase]
    /// For instruments: the strategies that name it.
    public var strategies: [StrategyLink]
    /// For instruments: why this action (§10.3); for one the country may not join, why it is
    /// not listed.
    public var notes: [String] = []
}

extension Explainer {
    /// Explains a finding; nil when the id is not in the ruleset.
    public func explain(_ subject: ExplanationSubject, _ profile: Profile, evaluation: Evaluation)
        -> FindingExplanation?
    {
        let ruleIndexes: [Int]
        let title: String
        var holds = false
        var verdict: String
        var strategyLinks: [StrategyLink] = []
        var notes: [String] = []
        switch subject {
        case .threat(let id):
            guard let threat = ruleset.threat(id) else { return nil }
            title = threat.title
            ruleIndexes = ruleset.rules.indices.filter { ruleset.rules[$0].threats.contains { $0.id.value == id } }
            if let finding = evaluation.threats.first(where: { $0.id == id }) {
                holds = true
                verdict = "\(finding.level), score \(NumberFormat.fixed(finding.score, decimals: 2))"
                notes.append(EvidenceGroup.describe(finding.evidence))
            } else {
                verdict = "not raised"
            }
        case .strategy(let id):
            guard let strategy = ruleset.strategy(id) else { return nil }
            title = strategy.title
            ruleIndexes = ruleset.rules.indices.filter { ruleset.rules[$0].strategies.contains { $0.value == id } }
            if let finding = evaluation.strategies.first(where: { $0.id == id }) {
                holds = true
                verdict = "recommended, score \(NumberFormat.fixed(finding.score, decimals: 2))"
                notes.append(EvidenceGroup.describe(finding.evidence))
            } else {
                verdict = "not recommended"
            }
        case .instrument(let id):
            guard let instrument = ruleset.instrument(id) else { return nil }
            title = instrument.title
            let naming = ruleset.strategies.filter { $0.instruments.contains { $0.value == id } }
            let recommended = Dictionary(
                evaluation.strategies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            strategyLinks = naming.map { strategy in
                let finding = recommended[strategy.id]
                return StrategyLink(
                    id: strategy.id, title: strategy.title, recommended: finding != nil, score: finding?.score)
            }.sorted { ($0.recommended ? 0 : 1, $0.id) < ($1.recommended ? 0 : 1, $1.id) }
            let strategyIDs = Set(naming.map(\.id))
            ruleIndexes = ruleset.rules.indices.filter { index in
                let rule = ruleset.rules[index]
                return rule.instruments.contains { $0.value == id }
                    || rule.strategies.contains { strategyIDs.contains($0.value) }
            }
            let entry = evaluation.profile.instruments[id]
            let eligibility = self.eligibility(instrument: id, profile)
            if let finding = evaluation.instruments.first(where: { $0.id == id }) {
                holds = true
                verdict =
                    "relevant \(NumberFormat.fixed(finding.relevance, decimals: 2)): \(finding.action.rawValue) (status \(finding.statusName))"
                notes.append(
                    "\(finding.action.rawValue): "
                        + InstrumentAction.reason(instrument, status: entry, date: evaluation.date))
                if let parent = finding.requires {
                    let parentStatus = evaluation.profile.instruments[parent]?.status.rawValue ?? "unknown"
                    notes.append("requires \(parent) first: the country is not a party to it (status \(parentStatus))")
                }
            } else if let eligibility, eligibility.truth == .false {
                verdict = "not listed: the country may not join it"
            } else {
                verdict = "not relevant (status \(entry?.status.rawValue ?? "unknown"))"
            }
            if let eligibility {
                let state =
                    switch eligibility.truth {
                    case .true: "eligible"
                    case .unknown: "eligibility unknown"
                    case .false: "not eligible"
                    }
                notes.append("\(state): \(eligibility.reason)")
            }
        case .rule(let id):
            guard let index = ruleset.ruleIndex[id] else { return nil }
            title = ruleset.rules[index].title ?? id
            ruleIndexes = [index]
            let truth = evaluation.ruleTruths[index]
            holds = truth == .true
            verdict = Evaluation.resultName(truth)
        }
        // One vector and one trace for every rule (a trace per rule made explaining a threat
        // named by many rules quadratic).
        let vector = compiled.vector(for: evaluation.profile)
        var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
        let raw = compiled.rawVector(for: evaluation.profile)
        let cases = ruleIndexes.map { index in
            let rule = explain(rule: index, evaluation.profile, vector, &recorder)
            return RuleCase(
                rule: rule,
                lever: rule.truth == .true ? lever(rule: index, evaluation.profile, vector: raw) : nil,
                counterfactual: counterfactual(rule: index, evaluation.profile, vector: raw))
        }
        // Fired rules first, then by id.
        for ruleCase in cases.sorted(by: {
            ($0.rule.truth == .true ? 0 : 1, $0.rule.id) < ($1.rule.truth == .true ? 0 : 1, $1.rule.id)
        }) {
            notes += ruleCase.rule.hinges.map { Self.borderlineNote(rule: ruleCase.rule, leaf: $0) }
        }
        return FindingExplanation(
            subject: subject, title: title, holds: holds, verdict: verdict,
            supporting: cases.filter { $0.rule.truth == .true }.sorted { $0.rule.id < $1.rule.id },
            others: cases.filter { $0.rule.truth != .true }.sorted {
                ($0.rule.distance, $0.rule.id) < ($1.rule.distance, $1.rule.id)
            },
            strategies: strategyLinks, notes: notes)
    }
}

extension Explainer {
    /// "borderline: TOC-019 (fired) hinges on wgi_regulatory_quality <= -1.0: value -1.02, 90%
    /// interval -1.333 to -0.707 (stderr 0.19), which reaches the threshold".
    static func borderlineNote(rule: RuleExplanation, leaf: LeafExplanation) -> String {
        let state =
            rule.truth == .true ? "fired" : Evaluation.resultName(rule.truth).replacingOccurrences(of: "_", with: " ")
        let interval = leaf.uncertainty.map { ", \($0.intervalText)" } ?? ""
        return
            "borderline: \(rule.id) (\(state)) hinges on \(leaf.condition): value \(leaf.value ?? "missing")\(interval), "
            + "which reaches the threshold, so the measurement error alone could change the rule"
    }
}

extension ExplanationSubject {
    private enum CodingKeys: String, CodingKey { case kind, id }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
    }
}
