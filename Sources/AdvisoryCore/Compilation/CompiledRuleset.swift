/// A ruleset compiled once for many evaluations: references resolved to integer slots,
/// conditions flattened into `CompiledNode`s, and each rule's consequences resolved to indexes
/// of the catalogs.
public struct CompiledRuleset: Sendable {
    /// Why a ruleset could not be compiled (it has validation errors).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a rule concludes when it fires, as catalog indexes.
    struct Consequences: Sendable {
        /// The rule's evidence group (index into `groupNames`).
        var group: Int32
        /// Each threat named (first naming wins) with the confidence the rule lends it.
        var threats: [(threat: Int32, confidence: Double)]
        var strategies: [Int32]
        var instruments: [Int32]
    }

    public let ruleset: Ruleset
    var nodes: [CompiledNode] = []
    var children: [Int32] = []
    var memberValues: [Double] = []
    /// The root node of each rule, in ruleset order.
    var ruleRoots: [Int32] = []
    /// The source condition of each node, for explanations.
    var sources: [Condition] = []
    /// Per rule: what it concludes.
    var consequences: [Consequences] = []
    /// Evidence group ids, sorted (a rule without `group` is its own group, named by its id).
    var groupNames: [String] = []
    /// Per indicator slot: the root of its `applies_if`, or -1.
    var appliesIfRoots: [Int32] = []
    /// The indicator slots with `applies_if`, each after the indicators its condition reads.
    var applicabilityOrder: [Int] = []
    /// Per instrument slot: the root of its `open_to`, or -1.
    var openToRoots: [Int32] = []
    /// Per instrument slot: its parent's slot, or -1.
    var parentSlots: [Int32] = []
    /// The trends and expressions leaves compare, each with the slot `indicators.count + index`.
    var derived: [DerivedQuantity] = []
    /// The slot of each derived quantity, by the subject it computes.
    private var derivedSlots: [Leaf.Subject: Int32] = [:]
    /// Consequences and combination orders, flat, for the lean evaluator.
    var tables = ConsequenceTables()
    /// The rule conditions laid out for one pass (the lean evaluator).
    var plan = RulePlan()

    public init(_ ruleset: Ruleset) throws(Failure) {
        self.ruleset = ruleset
        for rule in ruleset.rules {
            ruleRoots.append(try compile(rule.condition))
        }
        plan = RulePlan(nodes: nodes[...], children: children, members: memberValues)
        for indicator in ruleset.indicators {
            // Applicability is decided before derived quantities are (validation says so: PA209).
            if let leaf = indicator.appliesIf?.leaves.first(where: { $0.measure != .value }) {
                throw Failure(description: "'\(leaf.subject)' in the 'applies_if' of '\(indicator.id)'")
            }
            appliesIfRoots.append(
                try indicator.appliesIf.map { condition throws(Failure) in try compile(condition) } ?? -1)
        }
        for instrument in ruleset.instruments {
            openToRoots.append(try instrument.openTo.map { condition throws(Failure) in try compile(condition) } ?? -1)
            parentSlots.append(instrument.parent.flatMap { ruleset.instrumentIndex[$0.value] }.map(Int32.init) ?? -1)
        }
        applicabilityOrder = try Self.applicabilityOrder(ruleset)
        try compileConsequences()
        tables = ConsequenceTables(self)
    }

    public var nodeCount: Int { nodes.count }

    /// The leaves of all rule conditions: what one lean evaluation evaluates (every one of them).
    public var ruleLeafCount: Int { plan.leafCount }

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
        node.kind.isLeaf ? [] : children[Int(node.start)..<Int(node.start + node.count)]
    }

    private mutating func compileConsequences() throws(Failure) {
        groupNames = Array(Set(ruleset.rules.map(\.evidenceGroup))).sorted()
        var groupIndex: [String: Int32] = [:]
        for (index, name) in groupNames.enumerated() { groupIndex[name] = Int32(index) }
        for rule in ruleset.rules {
            var threats: [(threat: Int32, confidence: Double)] = []
            var seen: Set<Int> = []
            for reference in rule.threats {
                guard let threat = ruleset.threatIndex[reference.id.value] else {
                    throw Failure(description: "unknown threat '\(reference.id.value)'")
                }
                if seen.insert(threat).inserted {
                    threats.append((Int32(threat), reference.confidence?.value ?? rule.confidence))
                }
            }
            consequences.append(
                Consequences(
                    group: groupIndex[rule.evidenceGroup] ?? 0, threats: threats,
                    strategies: try Self.slots(rule.strategies, ruleset.strategyIndex, "strategy"),
                    instruments: try Self.slots(rule.instruments, ruleset.instrumentIndex, "instrument")))
        }
    }

    /// Distinct catalog indexes of `references`, in first-named order.
    private static func slots(_ references: [Located<String>], _ index: [String: Int], _ kind: String) throws(Failure)
        -> [Int32]
    {
        var result: [Int32] = []
        var seen: Set<Int> = []
        for reference in references {
            guard let slot = index[reference.value] else {
                throw Failure(description: "unknown \(kind) '\(reference.value)'")
            }
            if seen.insert(slot).inserted { result.append(Int32(slot)) }
        }
        return result
    }

    /// The indicators with `applies_if`, ordered so that each comes after those its condition
    /// reads (Kahn's algorithm); a cycle cannot be compiled (validation reports it).
    private static func applicabilityOrder(_ ruleset: Ruleset) throws(Failure) -> [Int] {
        let conditional = ruleset.indicators.indices.filter { ruleset.indicators[$0].appliesIf != nil }
        var dependents: [Int: [Int]] = [:]
        var pending: [Int: Int] = [:]
        for slot in conditional {
            let reads = Set(
                ruleset.indicators[slot].appliesIf?.leaves.compactMap { leaf -> Int? in
                    guard case .indicator(let id) = leaf.reference, let read = ruleset.indicatorIndex[id],
                        ruleset.indicators[read].appliesIf != nil
                    else { return nil }
                    return read
                } ?? [])
            pending[slot] = reads.count
            for read in reads { dependents[read, default: []].append(slot) }
        }
        var ready = conditional.filter { pending[$0] == 0 }
        var order: [Int] = []
        while let slot = ready.popLast() {
            order.append(slot)
            for dependent in dependents[slot] ?? [] {
                pending[dependent, default: 0] -= 1
                if pending[dependent] == 0 { ready.append(dependent) }
            }
        }
        guard order.count == conditional.count else {
            throw Failure(description: "the 'applies_if' conditions of some indicators form a cycle")
        }
        return order
    }

    /// The flat vector of a profile, with indicators that do not apply to it marked so (§10.2)
    /// and the trends and expressions its leaves compare decided.
    public func vector(for profile: Profile) -> ProfileVector {
        var vector = rawVector(for: profile)
        prepare(&vector)
        return vector
    }

    /// The flat vector of a profile as given, before applicability is decided: what
    /// ``LeanEvaluator`` takes (it decides applicability itself, so that a changed value changes
    /// which indicators apply).
    public func rawVector(for profile: Profile) -> ProfileVector {
        var vector = emptyVector()
        for (slot, indicator) in ruleset.indicators.enumerated() {
            guard let entry = profile.indicators[indicator.id], let code = code(entry.value, for: indicator) else {
                continue
            }
            vector.values[slot] = code
            vector.states[slot] = .present
        }
        for (slot, instrument) in ruleset.instruments.enumerated() {
            if let entry = profile.instruments[instrument.id] {
                vector.statuses[slot] = ProfileVector.code(entry.status)
            }
        }
        let base = ruleset.indicators.count
        for (index, quantity) in derived.enumerated() where quantity.isTrend {
            let id = ruleset.indicators[Int(quantity.indicator)].id
            guard let series = profile.indicators[id]?.series,
                let trend = SeriesTrend.value(quantity.subject.measure, of: series)
            else { continue }
            vector.values[base + index] = trend
            vector.states[base + index] = .present
        }
        return vector
    }

    /// A vector of this ruleset's size with every indicator missing and every status unknown.
    public func emptyVector() -> ProfileVector {
        ProfileVector(
            indicators: ruleset.indicators.count, derived: derived.count, instruments: ruleset.instruments.count)
    }

    /// The slot of an indicator in a ``ProfileVector``.
    public func indicatorSlot(_ id: String) -> Int? { ruleset.indicatorIndex[id] }

    /// The slot of an instrument in a ``ProfileVector``.
    public func instrumentSlot(_ id: String) -> Int? { ruleset.instrumentIndex[id] }

    /// Whether some indicator has `applies_if` (when none has, a vector needs no applicability pass).
    var hasApplicability: Bool { !applicabilityOrder.isEmpty }

    /// Whether a vector as given must be prepared (``prepare(_:)``) before its rules are evaluated.
    var needsPreparation: Bool { hasApplicability || !derived.isEmpty }

    /// Decides a vector as given (``rawVector(for:)``) for evaluation: which indicators apply
    /// (§10.2), then the trends and expressions leaves compare (``DerivedQuantity``).
    func prepare(_ vector: inout ProfileVector) {
        applyApplicability(to: &vector)
        let base = ruleset.indicators.count
        for (index, quantity) in derived.enumerated() {
            let (state, value) = quantity.evaluate(in: vector, slot: base + index)
            vector.states[base + index] = state
            vector.values[base + index] = value
        }
    }

    /// Marks each indicator whose `applies_if` is false as not applicable, in dependency order
    /// (each condition read by the kernel of the lean path, on the vector as the conditions
    /// before it left it).
    private func applyApplicability(to vector: inout ProfileVector) {
        for slot in applicabilityOrder where withKernel(vector, { $0.evaluate(appliesIfRoots[slot]) }) == .false {
            vector.states[slot] = .notApplicable
            vector.values[slot] = 0
        }
    }

    /// The code ``ProfileVector/setValue(_:at:)`` takes for `value` of the indicator in `slot`;
    /// nil when the value does not fit the indicator's type (or names no category of it).
    public func code(_ value: Value, forIndicator slot: Int) -> Double? {
        // Fields read one by one: copying the whole `Indicator` costs a reference count per field.
        switch (ruleset.indicators[slot].kind, value) {
        case (.number, .number(let number)): number
        case (.boolean, .bool(let flag)): flag ? 1 : 0
        case (.category, .category(let word)): ruleset.indicators[slot].valueIndex[word].map(Double.init)
        case (.number, _), (.boolean, _), (.category, _): nil
        }
    }

    private func code(_ value: Value, for indicator: Indicator) -> Double? {
        switch (indicator.kind, value) {
        case (.number, .number(let number)): number
        case (.boolean, .bool(let flag)): flag ? 1 : 0
        case (.category, .category(let word)): indicator.valueIndex[word].map(Double.init)
        case (.number, _), (.boolean, _), (.category, _): nil
        }
    }

    private func literalCode(_ literal: Literal, for indicator: Indicator) throws(Failure) -> Double {
        switch (indicator.kind, literal) {
        case (.number, .number(let number)): return number
        case (.boolean, .bool(let flag)): return flag ? 1 : 0
        case (.category, .word(let word)):
            if let index = indicator.valueIndex[word] { return Double(index) }
        case (.number, _), (.boolean, _), (.category, _): break
        }
        throw Failure(description: "'\(literal)' does not fit indicator '\(indicator.id)'")
    }

    private func statusCode(_ literal: Literal) throws(Failure) -> Double {
        if case .word(let word) = literal, let status = InstrumentStatus(rawValue: word) {
            return Double(ProfileVector.code(status))
        }
        throw Failure(description: "'\(literal)' is not an instrument status")
    }

    private mutating func append(_ node: CompiledNode, source: Condition) -> Int32 {
        nodes.append(node)
        sources.append(source)
        return Int32(nodes.count - 1)
    }

    /// Recursion is bounded by the YAML nesting limit.
    private mutating func compile(_ condition: Condition) throws(Failure) -> Int32 {
        switch condition {
        case .leaf(let leaf):
            return append(try compileLeaf(leaf), source: condition)
        case .all(let parts, _), .any(let parts, _), .atLeast(_, let parts, _):
            let compiledParts = try parts.map { part throws(Failure) in try compile(part) }
            var node = CompiledNode(kind: .all)
            if case .any = condition { node.kind = .any }
            if case .atLeast(let count, _, _) = condition {
                node.kind = .atLeast
                node.threshold = Double(count)
            }
            node.start = Int32(children.count)
            node.count = Int32(compiledParts.count)
            children += compiledParts
            return append(node, source: condition)
        case .not(let inner, _):
            let child = try compile(inner)
            var node = CompiledNode(kind: .not)
            node.start = Int32(children.count)
            node.count = 1
            children.append(child)
            return append(node, source: condition)
        }
    }

    private mutating func compileLeaf(_ leaf: Leaf) throws(Failure) -> CompiledNode {
        if leaf.measure != .value { return try compileDerivedLeaf(leaf) }
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

    /// A leaf over a trend or an expression: a number comparison of its quantity's slot.
    private mutating func compileDerivedLeaf(_ leaf: Leaf) throws(Failure) -> CompiledNode {
        guard case .compare(let op, .number(let threshold)) = leaf.test else {
            throw Failure(description: "'\(leaf.subject)' compared with something other than a number")
        }
        return CompiledNode(kind: .compare, op: op, slot: try derivedSlot(leaf.subject), threshold: threshold)
    }

    /// The slot of the quantity `subject` computes, added when first met.
    private mutating func derivedSlot(_ subject: Leaf.Subject) throws(Failure) -> Int32 {
        if let slot = derivedSlots[subject] { return slot }
        var slots: [Int32] = []
        for reference in subject.references {
            guard case .indicator(let id) = reference, let slot = ruleset.indicatorIndex[id],
                ruleset.indicators[slot].kind == .number
            else { throw Failure(description: "'\(subject)' reads '\(reference)', which is not a number indicator") }
            slots.append(Int32(slot))
        }
        var op: ArithmeticOperator?
        if case .arithmetic(let arithmetic, _) = subject.measure { op = arithmetic }
        derived.append(
            DerivedQuantity(subject: subject, indicator: slots[0], other: slots.count > 1 ? slots[1] : -1, op: op))
        let slot = Int32(ruleset.indicators.count + derived.count - 1)
        derivedSlots[subject] = slot
        return slot
    }
}
