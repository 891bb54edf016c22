/// Evaluates every rule in one pass over the ``RulePlan``, with the Kleene semantics of the
/// recursive evaluators (property tests hold them equal).
///
/// Truths are kept as ordered codes (false 0, unknown 1, true 2), so that `all` is the least of
/// its parts, `any` the greatest, and `not` is 2 − x.
extension CompiledRuleset {
    static let falseCode: UInt8 = 0
    static let unknownCode: UInt8 = 1
    static let trueCode: UInt8 = 2

    /// Fills `truths` (one per rule) from `vector` (after applicability); `codes` is scratch
    /// space, one byte per rule node, reused from call to call.
    func evaluateRulePass(_ vector: ProfileVector, into codes: inout [UInt8], truths: inout [Truth]) {
        if codes.count != plan.nodeCount { codes = Array(repeating: 0, count: plan.nodeCount) }
        withKernel(vector) { kernel in
            codes.withUnsafeMutableBufferPointer { codes in
                for group in plan.compareGroups {
                    switch group.op {
                    case .less: Self.compare(group, kernel, codes) { $0 < $1 }
                    case .lessOrEqual: Self.compare(group, kernel, codes) { $0 <= $1 }
                    case .greater: Self.compare(group, kernel, codes) { $0 > $1 }
                    case .greaterOrEqual: Self.compare(group, kernel, codes) { $0 >= $1 }
                    case .equal: Self.compare(group, kernel, codes) { $0 == $1 }
                    case .notEqual: Self.compare(group, kernel, codes) { $0 != $1 }
                    }
                }
                for group in plan.statusGroups {
                    switch group.op {
                    case .equal: Self.compareStatus(group, kernel, codes) { $0 == $1 }
                    case .notEqual: Self.compareStatus(group, kernel, codes) { $0 != $1 }
                    case .less, .lessOrEqual, .greater, .greaterOrEqual:
                        // Not compiled (statuses are not ordered); evaluated one by one if ever.
                        for node in group.nodes { codes[Int(node)] = Self.code(kernel.leaf(kernel.nodes[Int(node)])) }
                    }
                }
                for node in plan.otherLeaves {
                    codes[Int(node)] = Self.code(kernel.leaf(kernel.nodes[Int(node)]))
                }
                for run in plan.runs { Self.combine(run, codes) }
            }
        }
        for (rule, root) in ruleRoots.enumerated() { truths[rule] = Self.truth(codes[Int(root)]) }
    }

    /// One operator's comparisons: present → the test; missing → unknown; not applicable → false.
    @inline(__always)
    private static func compare(
        _ group: RulePlan.CompareGroup, _ kernel: ConditionKernel, _ codes: UnsafeMutableBufferPointer<UInt8>,
        _ test: (Double, Double) -> Bool
    ) {
        forEachLeaf(of: group, codes) { slot, threshold in
            let state = kernel.states[slot]
            let outcome: UInt8 = test(kernel.values[slot], threshold) ? trueCode : falseCode
            let absent: UInt8 = state == .missing ? unknownCode : falseCode
            return state == .present ? outcome : absent
        }
    }

    /// One operator's status comparisons: unknown when the status is.
    @inline(__always)
    private static func compareStatus(
        _ group: RulePlan.CompareGroup, _ kernel: ConditionKernel, _ codes: UnsafeMutableBufferPointer<UInt8>,
        _ test: (Double, Double) -> Bool
    ) {
        forEachLeaf(of: group, codes) { slot, threshold in
            let status = kernel.statuses[slot]
            let outcome: UInt8 = test(Double(status), threshold) ? trueCode : falseCode
            return status == ProfileVector.unknownStatus ? unknownCode : outcome
        }
    }

    /// Writes `leaf(slot, threshold)` for every leaf of the group.
    @inline(__always)
    private static func forEachLeaf(
        of group: RulePlan.CompareGroup, _ codes: UnsafeMutableBufferPointer<UInt8>, _ leaf: (Int, Double) -> UInt8
    ) {
        group.slots.withUnsafeBufferPointer { slots in
            group.thresholds.withUnsafeBufferPointer { thresholds in
                group.nodes.withUnsafeBufferPointer { nodes in
                    for index in 0..<slots.count {
                        codes[Int(nodes[index])] = leaf(Int(slots[index]), thresholds[index])
                    }
                }
            }
        }
    }

    /// One run of combinators of one kind: `all` the least of its parts, `any` the greatest,
    /// `not` 2 − x, `at_least` by counting.
    private static func combine(_ run: RulePlan.CombinatorRun, _ codes: UnsafeMutableBufferPointer<UInt8>) {
        run.nodes.withUnsafeBufferPointer { nodes in
            run.partEnds.withUnsafeBufferPointer { ends in
                run.parts.withUnsafeBufferPointer { parts in
                    var begin = 0
                    for index in 0..<nodes.count {
                        let end = Int(ends[index])
                        let code: UInt8
                        switch run.kind {
                        case .all:
                            var least = trueCode
                            for part in begin..<end { least = min(least, codes[Int(parts[part])]) }
                            code = least
                        case .any:
                            var greatest = falseCode
                            for part in begin..<end { greatest = max(greatest, codes[Int(parts[part])]) }
                            code = greatest
                        case .not:
                            code = trueCode - codes[Int(parts[begin])]
                        case .atLeast:
                            var trueCount = 0
                            var unknownCount = 0
                            for part in begin..<end {
                                let value = codes[Int(parts[part])]
                                trueCount += value == trueCode ? 1 : 0
                                unknownCount += value == unknownCode ? 1 : 0
                            }
                            code = Self.code(
                                Truth.atLeast(Int(run.needed[index]), trueCount: trueCount, unknownCount: unknownCount))
                        case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing,
                            .statusPresent:
                            code = unknownCode // a leaf is never combined
                        }
                        codes[Int(nodes[index])] = code
                        begin = end
                    }
                }
            }
        }
    }

    @inline(__always)
    static func code(_ truth: Truth) -> UInt8 {
        switch truth {
        case .false: falseCode
        case .unknown: unknownCode
        case .true: trueCode
        }
    }

    @inline(__always)
    static func truth(_ code: UInt8) -> Truth {
        code == trueCode ? .true : code == falseCode ? .false : .unknown
    }
}
