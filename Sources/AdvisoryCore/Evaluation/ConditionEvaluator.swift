/// Evaluates compiled conditions over a profile vector with Kleene logic.
extension CompiledRuleset {
    /// The truth of rule `index`'s condition.
    public func evaluateRule<T: Tracer>(_ index: Int, _ vector: ProfileVector, tracer: inout T) -> Truth {
        evaluate(node: ruleRoots[index], vector, tracer: &tracer)
    }

    /// The truth of every rule, in ruleset order.
    public func evaluateRules<T: Tracer>(_ vector: ProfileVector, tracer: inout T) -> [Truth] {
        (0..<ruleRoots.count).map { evaluate(node: ruleRoots[$0], vector, tracer: &tracer) }
    }

    /// Recursion depth is bounded by the YAML nesting limit.
    func evaluate<T: Tracer>(node index: Int32, _ vector: ProfileVector, tracer: inout T) -> Truth {
        let node = nodes[Int(index)]
        let truth: Truth
        switch node.kind {
        case .compare:
            let slot = Int(node.slot)
            truth = Self.leafTruth(vector.states[slot]) { Self.compare(vector.values[slot], node.op, node.threshold) }
        case .member:
            let slot = Int(node.slot)
            truth = Self.leafTruth(vector.states[slot]) { isMember(vector.values[slot], of: node) }
        case .statusCompare:
            let status = vector.statuses[Int(node.slot)]
            truth =
                status == ProfileVector.unknownStatus
                ? .unknown : Truth(Self.compare(Double(status), node.op, node.threshold))
        case .statusMember:
            let status = vector.statuses[Int(node.slot)]
            truth = status == ProfileVector.unknownStatus ? .unknown : Truth(isMember(Double(status), of: node))
        case .missing: truth = Truth(!vector.isPresent(Int(node.slot)))
        case .present: truth = Truth(vector.isPresent(Int(node.slot)))
        case .statusMissing: truth = Truth(vector.statuses[Int(node.slot)] == ProfileVector.unknownStatus)
        case .statusPresent: truth = Truth(vector.statuses[Int(node.slot)] != ProfileVector.unknownStatus)
        case .all, .any:
            let decisive: Truth = node.kind == .all ? .false : .true
            var sawUnknown = false
            var result: Truth?
            for offset in Int(node.start)..<Int(node.start + node.count) {
                let part = evaluate(node: children[offset], vector, tracer: &tracer)
                if part == decisive {
                    result = decisive
                    if !T.isComplete { break }
                } else if part == .unknown {
                    sawUnknown = true
                }
            }
            truth = result ?? (sawUnknown ? .unknown : decisive.negated)
        case .not:
            truth = evaluate(node: children[Int(node.start)], vector, tracer: &tracer).negated
        case .atLeast:
            var trueCount = 0
            var unknownCount = 0
            let needed = Int(node.threshold)
            for offset in Int(node.start)..<Int(node.start + node.count) {
                switch evaluate(node: children[offset], vector, tracer: &tracer) {
                case .true: trueCount += 1
                case .unknown: unknownCount += 1
                case .false: break
                }
                if !T.isComplete, trueCount >= needed { break }
            }
            truth = Truth.atLeast(needed, trueCount: trueCount, unknownCount: unknownCount)
        }
        tracer.record(node: index, isLeaf: node.kind.isLeaf, truth: truth)
        return truth
    }

    /// A comparison or membership leaf: unknown over a missing value, false over one that does
    /// not apply (§10.2), else the test's outcome.
    @inline(__always)
    static func leafTruth(_ state: ProfileVector.ValueState, _ test: () -> Bool) -> Truth {
        switch state {
        case .present: Truth(test())
        case .missing: .unknown
        case .notApplicable: .false
        }
    }

    @inline(__always)
    static func compare(_ value: Double, _ op: ComparisonOperator, _ threshold: Double) -> Bool {
        switch op {
        case .less: value < threshold
        case .lessOrEqual: value <= threshold
        case .greater: value > threshold
        case .greaterOrEqual: value >= threshold
        case .equal: value == threshold
        case .notEqual: value != threshold
        }
    }
}
