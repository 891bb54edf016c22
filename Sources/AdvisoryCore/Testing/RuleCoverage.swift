/// What a set of rule tests exercised: the rules that fired at least once, and the leaves seen
/// both true and false. Built from complete evaluation traces (one `TruthRecorder` per test),
/// as OPA's `cover` is built from its trace.
public struct RuleCoverage: Sendable {
    /// One leaf of one rule and the outcomes it was seen with.
    public struct LeafRecord: Sendable {
        public var rule: String
        public var text: String
        public var location: SourceLocation
        public var seenTrue: Bool
        public var seenFalse: Bool
        public var isCovered: Bool { seenTrue && seenFalse }
    }

    let compiled: CompiledRuleset
    /// Per rule (ruleset order): fired in at least one test.
    public private(set) var ruleFired: [Bool]
    /// Leaf node index → position in `leaves`.
    private var leafPosition: [Int32: Int] = [:]
    /// Every leaf of every rule, in ruleset then document order.
    public private(set) var leaves: [LeafRecord] = []
    /// The number of traces recorded.
    public private(set) var testCount = 0

    public init(_ compiled: CompiledRuleset) {
        self.compiled = compiled
        ruleFired = Array(repeating: false, count: compiled.ruleset.rules.count)
        for (index, rule) in compiled.ruleset.rules.enumerated() {
            for node in compiled.leafNodes(rule: index) {
                guard case .leaf(let leaf) = compiled.sources[Int(node)] else { continue }
                leafPosition[node] = leaves.count
                leaves.append(
                    LeafRecord(
                        rule: rule.id, text: leaf.text, location: leaf.location, seenTrue: false, seenFalse: false))
            }
        }
    }

    /// Adds one test's complete trace (every node of every rule evaluated).
    public mutating func record(_ trace: TruthRecorder) {
        testCount += 1
        for (index, root) in compiled.ruleRoots.enumerated() where trace.truths[Int(root)] == .true {
            ruleFired[index] = true
        }
        for (node, position) in leafPosition {
            switch trace.truths[Int(node)] {
            case .true?: leaves[position].seenTrue = true
            case .false?: leaves[position].seenFalse = true
            default: break
            }
        }
    }

    public var ruleCount: Int { ruleFired.count }
    public var firedCount: Int { ruleFired.filter { $0 }.count }
    /// Ids of the rules no test fired, sorted.
    public var neverFired: [String] {
        zip(compiled.ruleset.rules, ruleFired).filter { !$0.1 }.map(\.0.id).sorted()
    }
    public var leafCount: Int { leaves.count }
    public var coveredLeafCount: Int { leaves.filter(\.isCovered).count }
    public var uncoveredLeaves: [LeafRecord] { leaves.filter { !$0.isCovered } }

    /// Rule coverage in percent (100 for a ruleset without rules).
    public var rulePercent: Double { Self.percent(firedCount, ruleCount) }
    public var leafPercent: Double { Self.percent(coveredLeafCount, leafCount) }

    /// Whether rule coverage reaches `threshold` percent (compared exactly, not rounded).
    public func meetsRuleThreshold(_ threshold: Double) -> Bool {
        ruleCount == 0 || Double(firedCount) * 100 >= threshold * Double(ruleCount)
    }

    /// "rule coverage 50.0% is under the threshold 80%" when rule coverage misses `threshold`.
    public func thresholdFailure(_ threshold: Double) -> String? {
        guard !meetsRuleThreshold(threshold) else { return nil }
        return "rule coverage \(Self.format(rulePercent)) is under the threshold \(NumberFormat.plain(threshold))%"
    }

    static func percent(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 100 : Double(part) * 100 / Double(whole)
    }

    /// "75.0%": one decimal, rounded down so that 99.95% never shows as 100.0%.
    public static func format(_ percent: Double) -> String {
        let tenths = Int((percent * 10 + 1e-9).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
