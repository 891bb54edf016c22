/// A ruleset compiled once for many evaluations: references resolved to integer slots and
/// conditions flattened into `CompiledNode`s.
public struct CompiledRuleset: Sendable {
    /// Why a ruleset could not be compiled (it has validation errors).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let ruleset: Ruleset
    var nodes: [CompiledNode] = []
    var children: [Int32] = []
    var memberValues: [Double] = []
    /// The root node of each rule, in ruleset order.
    var ruleRoots: [Int32] = []
    /// The source condition of each node, for explanations.
    var sources: [Condition] = []
    /// The rule each node belongs to.
    var nodeRule: [Int32] = []

    public init(_ ruleset: Ruleset) throws(Failure) {
        self.ruleset = ruleset
        for (index, rule) in ruleset.rules.enumerated() {
            ruleRoots.append(try compile(rule.condition, rule: Int32(index)))
        }
    }

    public var nodeCount: Int { nodes.count }

    /// Whether `value` is among the members of a member leaf (sorted when compiled), by binary
    /// search: an `in` list of thousands of values costs a dozen comparisons.
    func isMember(_ value: Double, of node: CompiledNode) -> Bool {
        var low = Int(node.start)
        var high = Int(node.start + node.count)
        while low < high {
            let middle = (low + high) / 2
            if memberValues[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < Int(node.start + node.count) && memberValues[low] == value
    }

    /// The children of a combinator node; none for a leaf, whose `start` and `count` index
    /// its members in `memberValues`, not `children`.
    func children(of node: CompiledNode) -> ArraySlice<Int32> {
        switch node.kind {
        case .all, .any, .not, .atLeast: children[Int(node.start)..<Int(node.start + node.count)]
        default: []
        }
    }

    /// The flat vector of a profile.
    public func vector(for profile: Profile) -> ProfileVector {
        var vector = ProfileVector(
            values: Array(repeating: 0, count: ruleset.indicators.count),
            present: Array(repeating: false, count: ruleset.indicators.count),
            statuses: Array(repeating: ProfileVector.unknownStatus, count: ruleset.instruments.count))
        for (slot, indicator) in ruleset.indicators.enumerated() {
            guard let entry = profile.indicators[indicator.id], let code = code(entry.value, for: indicator) else {
                continue
            }
            vector.values[slot] = code
            vector.present[slot] = true
        }
        for (slot, instrument) in ruleset.instruments.enumerated() {
            if let entry = profile.instruments[instrument.id] {
                vector.statuses[slot] = ProfileVector.code(entry.status)
            }
        }
        return vector
    }

    private func code(_ value: Value, for indicator: Indicator) -> Double? {
        switch (indicator.kind, value) {
        case (.number, .number(let number)): number
        case (.boolean, .bool(let flag)): flag ? 1 : 0
        case (.category, .category(let word)): indicator.valueIndex[word].map(Double.init)
        default: nil
        }
    }

    private func literalCode(_ literal: Literal, for indicator: Indicator) throws(Failure) -> Double {
        switch (indicator.kind, literal) {
        case (.number, .number(let number)): return number
        case (.boolean, .bool(let flag)): return flag ? 1 : 0
        case (.category, .word(let word)):
            if let index = indicator.valueIndex[word] { return Double(index) }
        default: break
        }
        throw Failure(description: "'\(literal)' does not fit indicator '\(indicator.id)'")
    }

    private func statusCode(_ literal: Literal) throws(Failure) -> Double {
        if case .word(let word) = literal, let status = InstrumentStatus(rawValue: word) {
            return Double(ProfileVector.code(status))
        }
        throw Failure(description: "'\(literal)' is not an instrument status")
    }

    private mutating func append(_ node: CompiledNode, source: Condition, rule: Int32) -> Int32 {
        nodes.append(node)
        sources.append(source)
        nodeRule.append(rule)
        return Int32(nodes.count - 1)
    }

    /// Recursion is bounded by the YAML nesting limit.
    private mutating func compile(_ condition: Condition, rule: Int32) throws(Failure) -> Int32 {
        switch condition {
        case .leaf(let leaf):
            return append(try compileLeaf(leaf), source: condition, rule: rule)
        case .all(let parts, _), .any(let parts, _), .atLeast(_, let parts, _):
            let compiledParts = try parts.map { part throws(Failure) in try compile(part, rule: rule) }
            var node = CompiledNode(kind: .all)
            if case .any = condition { node.kind = .any }
            if case .atLeast(let count, _, _) = condition {
                node.kind = .atLeast
                node.threshold = Double(count)
            }
            node.start = Int32(children.count)
            node.count = Int32(compiledParts.count)
            children += compiledParts
            return append(node, source: condition, rule: rule)
        case .not(let inner, _):
            let child = try compile(inner, rule: rule)
            var node = CompiledNode(kind: .not)
            node.start = Int32(children.count)
            node.count = 1
            children.append(child)
            return append(node, source: condition, rule: rule)
        }
    }

    private mutating func compileLeaf(_ leaf: Leaf) throws(Failure) -> CompiledNode {
        switch leaf.reference {
        case .indicator(let id):
            guard let slot = ruleset.indicatorIndex[id] else { throw Failure(description: "unknown indicator '\(id)'") }
            let indicator = ruleset.indicators[slot]
            var node = CompiledNode(kind: .compare, slot: Int32(slot))
            switch leaf.test {
            case .isMissing: node.kind = .missing
            case .isPresent: node.kind = .present
            case .compare(let op, let literal):
                node.op = op
                node.threshold = try literalCode(literal, for: indicator)
            case .member(let literals):
                node.kind = .member
                node.start = Int32(memberValues.count)
                node.count = Int32(literals.count)
                for literal in literals { memberValues.append(try literalCode(literal, for: indicator)) }
                memberValues[Int(node.start)...].sort()
            }
            return node
        case .instrument(let id):
            guard let slot = ruleset.instrumentIndex[id] else {
                throw Failure(description: "unknown instrument '\(id)'")
            }
            var node = CompiledNode(kind: .statusCompare, slot: Int32(slot))
            switch leaf.test {
            case .isMissing: node.kind = .statusMissing
            case .isPresent: node.kind = .statusPresent
            case .compare(let op, let literal):
                guard !op.isOrdering else { throw Failure(description: "'\(op.rawValue)' on an instrument status") }
                node.op = op
                node.threshold = try statusCode(literal)
            case .member(let literals):
                node.kind = .statusMember
                node.start = Int32(memberValues.count)
                node.count = Int32(literals.count)
                for literal in literals { memberValues.append(try statusCode(literal)) }
                memberValues[Int(node.start)...].sort()
            }
            return node
        }
    }
}
