/// Builds explanations from complete evaluation traces: why a rule holds or not, leaf by leaf.
public struct Explainer: Sendable {
    public let compiled: CompiledRuleset
    public var ruleset: Ruleset { compiled.ruleset }
    let formatter: ValueFormatter

    public init(_ compiled: CompiledRuleset) {
        self.compiled = compiled
        self.formatter = ValueFormatter(ruleset: compiled.ruleset)
    }

    /// Every rule explained, in ruleset order.
    public func explainAll(_ profile: Profile) -> [RuleExplanation] {
        explain(rules: Array(ruleset.rules.indices), profile)
    }

    /// The rules at `indexes` explained, in that order, with one vector and one trace.
    public func explain(rules indexes: [Int], _ profile: Profile) -> [RuleExplanation] {
        let vector = compiled.vector(for: profile)
        var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
        return indexes.map { explain(rule: $0, profile, vector, &recorder) }
    }

    /// One rule explained.
    public func explain(rule index: Int, _ profile: Profile) -> RuleExplanation {
        var recorder = TruthRecorder(nodeCount: compiled.nodeCount)
        return explain(rule: index, profile, compiled.vector(for: profile), &recorder)
    }

    /// One rule explained with a vector and a trace shared by several rules (each rule writes
    /// only its own nodes of the trace).
    func explain(
        rule index: Int, _ profile: Profile, _ vector: ProfileVector,
        _ recorder: inout TruthRecorder
    ) -> RuleExplanation {
        let rule = ruleset.rules[index]
        let truth = compiled.evaluateRule(index, vector, tracer: &recorder)
        var leaves = compiled.leafNodesWithNegation(rule: index).map { node, negated -> LeafExplanation in
            var leaf = leafExplanation(
                node: node, truth: recorder.truths[Int(node)] ?? .unknown, profile: profile, vector: vector)
            // Under an odd number of `not`s a leaf is shown as the negated condition it is, so
            // that its mark says whether it supports the rule.
            if negated {
                leaf.condition = "not (\(leaf.condition))"
                leaf.test = "not (\(leaf.test))"
                leaf.truth = leaf.truth.negated
                leaf.negated = true
            }
            return leaf
        }
        let root = compiled.ruleRoots[index]
        let cost = compiled.flipCost(node: root, truths: recorder.truths)
        var tree = tree(root, truths: recorder.truths, profile: profile, vector: vector)
        Self.markHinges(&leaves, &tree, ruleTruth: truth)
        return RuleExplanation(
            id: rule.id, title: rule.title, truth: truth, confidence: rule.confidence, group: rule.evidenceGroup,
            because: formatter.because(rule, profile: profile, notApplicable: notApplicableIDs(vector)),
            leaves: leaves,
            tree: tree,
            missing: truth == .unknown
                ? compiled.missingReferences(rule: index, truths: recorder.truths, vector: vector) : [],
            distance: truth == .true ? cost.toFalse : cost.toTrue)
    }

    func leafExplanation(node: Int32, truth: Truth, profile: Profile, vector: ProfileVector) -> LeafExplanation {
        guard case .leaf(let leaf) = compiled.sources[Int(node)] else {
            return LeafExplanation(
                condition: "", reference: "", truth: truth, value: nil, year: nil, source: nil,
                stale: false, test: "", margin: nil, negated: false)
        }
        var explanation = LeafExplanation(
            condition: leaf.text, reference: leaf.reference.description, truth: truth, value: nil, year: nil,
            source: nil, stale: false, test: Self.testText(leaf.test), margin: nil, negated: false)
        if leaf.measure != .value {
            return computed(explanation, leaf, slot: Int(compiled.nodes[Int(node)].slot), profile, vector)
        }
        switch leaf.reference {
        case .indicator(let id):
            let indicator = ruleset.indicator(id)
            if let slot = ruleset.indicatorIndex[id], vector.states[slot] == .notApplicable {
                explanation.source = indicator?.source
                explanation.notApplicable = notApplicableReason(indicator: id, profile, vector: vector)
            } else if let entry = profile.indicators[id] {
                explanation.value = formatter.text(of: entry.value, indicator: indicator)
                explanation.year = entry.year
                explanation.source = entry.source ?? indicator?.source
                explanation.stale = isStale(entry, indicator, profile)
                // Two finite numbers can differ by more than a Double holds: no margin then.
                if case .number(let value) = entry.value, case .compare(_, .number(let threshold)) = leaf.test,
                    (value - threshold).isFinite
                {
                    explanation.margin = value - threshold
                }
                if case .number(let value) = entry.value, let indicator,
                    let stderr = indicator.standardError(of: entry),
                    case let thresholds = Self.numberThresholds(leaf.test), !thresholds.isEmpty
                {
                    explanation.uncertainty = LeafUncertainty(value: value, stderr: stderr, thresholds: thresholds)
                }
            } else {
                explanation.source = indicator?.source
            }
        case .instrument(let id):
            explanation.value = profile.instruments[id]?.status.rawValue
        }
        return explanation
    }

    /// Whether the value is older than its indicator's data age limit allows.
    func isStale(_ entry: IndicatorValue, _ indicator: Indicator?, _ profile: Profile) -> Bool {
        guard let year = entry.year, let indicator else { return false }
        return ruleset.staleness(ofYear: year, indicator: indicator, assessmentYear: profile.country.year) != nil
    }

    /// The numbers a leaf compares its value with: the literal of a comparison, the members of
    /// an `in` list; none for other tests.
    static func numberThresholds(_ test: Leaf.Test) -> [Double] {
        switch test {
        case .compare(_, .number(let threshold)): [threshold]
        case .member(let literals):
            literals.compactMap {
                if case .number(let number) = $0 { number } else { nil }
            }
        case .compare, .isMissing, .isPresent: []
        }
    }

    /// Marks the borderline leaves whose outcome alone, negated, would change the rule's result,
    /// in the leaf list and in the tree (both in document order).
    static func markHinges(_ leaves: inout [LeafExplanation], _ tree: inout ConditionTree, ruleTruth: Truth) {
        let positions = leaves.indices.filter { leaves[$0].isBorderline }
        guard !positions.isEmpty else { return }
        let truths = tree.truths(negatingLeavesAt: positions)
        var hinges: Set<Int> = []
        for (position, truth) in zip(positions, truths) where truth != ruleTruth {
            leaves[position].uncertainty?.hinge = true
            hinges.insert(position)
        }
        var position = 0
        tree.markHinges(hinges, position: &position)
    }

    /// The ids of the indicators that do not apply in `vector`.
    func notApplicableIDs(_ vector: ProfileVector) -> Set<String> {
        guard !compiled.applicabilityOrder.isEmpty else { return [] }
        return Set(
            compiled.applicabilityOrder.filter { vector.states[$0] == .notApplicable }.map { ruleset.indicators[$0].id }
        )
    }

    static func testText(_ test: Leaf.Test) -> String {
        switch test {
        case .compare(let op, let literal): "\(op.rawValue) \(literal)"
        case .member(let literals): "in [\(literals.map(\.description).joined(separator: ", "))]"
        case .isMissing: "is missing"
        case .isPresent: "is present"
        }
    }
}

extension CompiledRuleset {
    /// The leaf nodes of rule `index`, in document order.
    func leafNodes(rule index: Int) -> [Int32] {
        leafNodesWithNegation(rule: index).map(\.node)
    }

    /// The leaf nodes of rule `index` in document order, each with whether it sits under an
    /// odd number of `not`s.
    func leafNodesWithNegation(rule index: Int) -> [(node: Int32, negated: Bool)] {
        var result: [(node: Int32, negated: Bool)] = []
        var pending: [(Int32, Bool)] = [(ruleRoots[index], false)]
        while let (node, negated) = pending.popLast() {
            let compiledNode = nodes[Int(node)]
            let parts = children(of: compiledNode)
            switch compiledNode.kind {
            case .not: pending += parts.map { ($0, !negated) }
            case .all, .any, .atLeast: pending += parts.reversed().map { ($0, negated) }
            case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing,
                .statusPresent:
                result.append((node, negated))
            }
        }
        return result
    }

    /// The fewest leaves whose outcome must change to make a node true (`toTrue`) or false
    /// (`toFalse`), from a complete trace. Recursion is bounded by the YAML nesting limit.
    func flipCost(node index: Int32, truths: [Truth?]) -> (toTrue: Int, toFalse: Int) {
        let node = nodes[Int(index)]
        let parts = children(of: node).map { flipCost(node: $0, truths: truths) }
        switch node.kind {
        case .all:
            return (parts.reduce(0) { $0 + $1.toTrue }, parts.map(\.toFalse).min() ?? 0)
        case .any:
            return (parts.map(\.toTrue).min() ?? 0, parts.reduce(0) { $0 + $1.toFalse })
        case .not:
            return (parts.first?.toFalse ?? 0, parts.first?.toTrue ?? 0)
        case .atLeast:
            let needed = Int(node.threshold)
            let toTrue = parts.map(\.toTrue).sorted().prefix(needed).reduce(0, +)
            let toFalse = parts.map(\.toFalse).sorted().prefix(max(0, parts.count - needed + 1)).reduce(0, +)
            return (toTrue, toFalse)
        case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing, .statusPresent:
            let truth = truths[Int(index)] ?? .unknown
            return (truth == .true ? 0 : 1, truth == .false ? 0 : 1)
        }
    }
}
