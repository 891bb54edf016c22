/// The condition evaluator of the lean path: the same Kleene semantics as
/// ``CompiledRuleset/evaluate(node:_:tracer:)`` (a property test holds them equal), over
/// unsafe views of the compiled nodes and of one profile vector, without a tracer, so that a
/// leaf costs a load, a comparison and no reference counting.
///
/// Every index it follows was written by the compiler (a node's children and members, a leaf's
/// slot within a vector of the same ruleset), so the views are read without bounds checks.
struct ConditionKernel {
    let nodes: UnsafeBufferPointer<CompiledNode>
    let children: UnsafeBufferPointer<Int32>
    let members: UnsafeBufferPointer<Double>
    let values: UnsafeBufferPointer<Double>
    let states: UnsafeBufferPointer<ProfileVector.ValueState>
    let statuses: UnsafeBufferPointer<Int8>

    /// The truth of the condition rooted at `index`. Recursion depth is bounded by the YAML
    /// nesting limit; leaves below a combinator are evaluated in its loop, without a call.
    func evaluate(_ index: Int32) -> Truth {
        let node = nodes[Int(index)]
        switch node.kind {
        case .all:
            var sawUnknown = false
            for offset in Int(node.start)..<Int(node.start) + Int(node.count) {
                switch child(children[offset]) {
                case .false: return .false
                case .unknown: sawUnknown = true
                case .true: break
                }
            }
            return sawUnknown ? .unknown : .true
        case .any:
            var sawUnknown = false
            for offset in Int(node.start)..<Int(node.start) + Int(node.count) {
                switch child(children[offset]) {
                case .true: return .true
                case .unknown: sawUnknown = true
                case .false: break
                }
            }
            return sawUnknown ? .unknown : .false
        case .not:
            return child(children[Int(node.start)]).negated
        case .atLeast:
            var trueCount = 0
            var unknownCount = 0
            let needed = Int(node.threshold)
            for offset in Int(node.start)..<Int(node.start) + Int(node.count) {
                switch child(children[offset]) {
                case .true:
                    trueCount += 1
                    if trueCount >= needed { return .true }
                case .unknown: unknownCount += 1
                case .false: break
                }
            }
            return Truth.atLeast(needed, trueCount: trueCount, unknownCount: unknownCount)
        case .compare, .member, .statusCompare, .statusMember, .missing, .present, .statusMissing, .statusPresent:
            return leaf(node)
        }
    }

    /// A part of a combinator: a leaf evaluated in place, a combinator by recursion.
    @inline(__always)
    private func child(_ index: Int32) -> Truth {
        let node = nodes[Int(index)]
        return node.kind.isLeaf ? leaf(node) : evaluate(index)
    }

    @inline(__always)
    func leaf(_ node: CompiledNode) -> Truth {
        switch node.kind {
        case .compare:
            let slot = Int(node.slot)
            switch states[slot] {
            case .present: return Truth(CompiledRuleset.compare(values[slot], node.op, node.threshold))
            case .missing: return .unknown
            case .notApplicable: return .false
            }
        case .member:
            let slot = Int(node.slot)
            switch states[slot] {
            case .present: return Truth(isMember(values[slot], node))
            case .missing: return .unknown
            case .notApplicable: return .false
            }
        case .statusCompare:
            let status = statuses[Int(node.slot)]
            if status == ProfileVector.unknownStatus { return .unknown }
            return Truth(CompiledRuleset.compare(Double(status), node.op, node.threshold))
        case .statusMember:
            let status = statuses[Int(node.slot)]
            if status == ProfileVector.unknownStatus { return .unknown }
            return Truth(isMember(Double(status), node))
        case .missing: return Truth(states[Int(node.slot)] != .present)
        case .present: return Truth(states[Int(node.slot)] == .present)
        case .statusMissing: return Truth(statuses[Int(node.slot)] == ProfileVector.unknownStatus)
        case .statusPresent: return Truth(statuses[Int(node.slot)] != ProfileVector.unknownStatus)
        case .all, .any, .not, .atLeast: return .unknown // not a leaf: never asked
        }
    }

    /// Binary search over the member leaf's sorted members.
    @inline(__always)
    private func isMember(_ value: Double, _ node: CompiledNode) -> Bool {
        var low = Int(node.start)
        let end = Int(node.start) + Int(node.count)
        var high = end
        while low < high {
            let middle = (low + high) / 2
            if members[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < end && members[low] == value
    }
}

extension CompiledRuleset {
    /// Runs `body` with a kernel over this ruleset's nodes and `vector` (of this ruleset).
    func withKernel<R>(_ vector: ProfileVector, _ body: (ConditionKernel) -> R) -> R {
        nodes.withUnsafeBufferPointer { nodes in
            children.withUnsafeBufferPointer { children in
                memberValues.withUnsafeBufferPointer { members in
                    vector.values.withUnsafeBufferPointer { values in
                        vector.states.withUnsafeBufferPointer { states in
                            vector.statuses.withUnsafeBufferPointer { statuses in
                                body(
                                    ConditionKernel(
                                        nodes: nodes, children: children, members: members, values: values,
                                        states: states, statuses: statuses))
                            }
                        }
                    }
                }
            }
        }
    }
}
