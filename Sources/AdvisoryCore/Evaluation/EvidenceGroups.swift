/// The fired rules behind each threat (or strategy) gathered by evidence group (§10.1), with
/// each group's largest confidence: what findings list. (The scores, the noisy-OR of the
/// groups, come from ``LeanEvaluator``.)
struct EvidenceGroups {
    /// One finding's evidence.
    struct Evidence {
        /// Per group index: the largest confidence and the rules (ruleset indexes).
        var byGroup: [Int32: (confidence: Double, rules: [Int])] = [:]
        let groupNames: [String]
        let ruleIDs: (Int) -> String

        /// Every rule of every group, sorted by id.
        var rules: [String] { byGroup.values.flatMap { $0.rules.map(ruleIDs) }.sorted() }

        /// By confidence (descending), then group id.
        var groups: [EvidenceGroup] {
            byGroup.map { group, entry in
                EvidenceGroup(
                    group: groupNames[Int(group)], confidence: entry.confidence,
                    rules: entry.rules.map(ruleIDs).sorted())
            }.sorted { ($0.confidence, $1.group) > ($1.confidence, $0.group) }
        }
    }

    /// Per finding index (threat or strategy), its evidence.
    private(set) var findings: [Int: Evidence] = [:]

    /// `contributions(rule)` lists the findings a fired rule names, with the confidence it lends each.
    init(compiled: CompiledRuleset, fired: [Int], contributions: (Int) -> [(finding: Int, confidence: Double)]) {
        let rules = compiled.ruleset.rules
        for rule in fired {
            let group = compiled.consequences[rule].group
            for (finding, confidence) in contributions(rule) {
                var evidence =
                    findings[finding]
                    ?? Evidence(groupNames: compiled.groupNames, ruleIDs: { rules[$0].id })
                var entry = evidence.byGroup[group] ?? (confidence, [])
                entry.confidence = max(entry.confidence, confidence)
                entry.rules.append(rule)
                evidence.byGroup[group] = entry
                findings[finding] = evidence
            }
        }
    }
}
