import AdvisoryCore
import Foundation
import Testing
import YAML

@testable import AdvisoryAnalysis

/// Conditions compared leaf by leaf.
@Suite struct ConditionComparisonTests {
    static let origin = SourceLocation(file: SourceFile(path: "test.yaml", text: ""), mark: Mark(line: 1, column: 1))

    static func leaf(_ text: String) -> Condition {
        switch LeafParser.parse(text, origin: origin, inline: true) {
        case .success(let leaf): .leaf(leaf)
        case .failure: .any([], origin)
        }
    }

    static func all(_ parts: Condition...) -> Condition { .all(parts, origin) }
    static func any(_ parts: Condition...) -> Condition { .any(parts, origin) }

    @Test("a threshold change names the leaf, old and new, and the reference it reads")
    func thresholdChange() {
        let changes = ConditionComparison.changes(
            Self.leaf("wgi_rule_of_law <= -1.0"), Self.leaf("wgi_rule_of_law <= -0.8"), path: "when")
        #expect(
            changes == [
                FieldChange(
                    path: "when", before: "wgi_rule_of_law <= -1.0", after: "wgi_rule_of_law <= -0.8",
                    reference: "wgi_rule_of_law")
            ])
        #expect(changes.first?.shortAfter == "<= -0.8")
    }

    @Test("a value, its trend and an expression over it are different leaves")
    func computedSubjects() {
        let value = Self.leaf("goci_criminality >= 2")
        let changes = ConditionComparison.changes(
            value, Self.leaf("goci_criminality - goci_resilience >= 2"), path: "when")
        #expect(
            changes == [
                FieldChange(
                    path: "when", before: "goci_criminality >= 2", after: "goci_criminality - goci_resilience >= 2",
                    reference: "goci_criminality")
            ])
        #expect(
            !ConditionComparison.changes(value, Self.leaf("change(goci_criminality, 5) >= 2"), path: "when").isEmpty)
        #expect(
            !ConditionComparison.changes(
                Self.leaf("change(goci_criminality, 5) >= 2"), Self.leaf("change(goci_criminality, 3) >= 2"),
                path: "when"
            ).isEmpty)
        #expect(
            ConditionComparison.changes(
                Self.leaf("slope(x, 5) >= 2"), Self.leaf("slope( x , 5 ) >= 2.0"), path: "when"
            ).isEmpty)
    }

    @Test("parts in another order, and a number written another way, are no change")
    func sameMeaning() {
        let before = Self.all(Self.leaf("x >= 6"), Self.any(Self.leaf("y in [a, b]"), Self.leaf("z is missing")))
        let after = Self.all(Self.any(Self.leaf("z is missing"), Self.leaf("y in [b, a]")), Self.leaf("x >= 6.0"))
        #expect(ConditionComparison.changes(before, after, path: "when").isEmpty)
    }

    @Test("a part added deep down is named by its path in the head's condition")
    func nestedAddition() {
        let before = Self.all(Self.leaf("x >= 6"), Self.any(Self.leaf("y == a")))
        let after = Self.all(Self.leaf("x >= 6"), Self.any(Self.leaf("y == a"), Self.leaf("instrument.untoc != party")))
        #expect(
            ConditionComparison.changes(before, after, path: "when") == [
                FieldChange(
                    path: "when.all[1].any[1]", before: nil, after: "instrument.untoc != party",
                    reference: "instrument.untoc")
            ])
    }

    @Test("a removed part is named by its index in the base's condition; a changed one is paired by reference")
    func removalAndPairing() {
        let before = Self.all(Self.leaf("a > 1"), Self.leaf("b is present"), Self.leaf("c < 3"))
        let after = Self.all(Self.leaf("c < 2"), Self.leaf("a > 1"))
        #expect(
            ConditionComparison.changes(before, after, path: "when") == [
                FieldChange(path: "when.all[0]", before: "c < 3", after: "c < 2", reference: "c"),
                FieldChange(path: "when.all[1]", before: "b is present", after: nil, reference: "b"),
            ])
    }

    @Test("at_least: its count, and a leaf that became a combinator")
    func atLeastAndReplacement() {
        let before = Condition.atLeast(2, [Self.leaf("a > 1"), Self.leaf("b > 1"), Self.leaf("c > 1")], Self.origin)
        let after = Condition.atLeast(
            1, [Self.leaf("a > 1"), Self.leaf("b > 1"), Self.any(Self.leaf("c > 1"), Self.leaf("d > 1"))], Self.origin)
        #expect(
            ConditionComparison.changes(before, after, path: "when") == [
                FieldChange(path: "when.at_least.count", before: "2", after: "1"),
                FieldChange(path: "when.at_least.of[2]", before: "c > 1", after: "any(c > 1, d > 1)"),
            ])
    }

    @Test("a combinator of another kind replaces the whole condition; a condition added or removed is whole")
    func kindChange() {
        let before = Self.all(Self.leaf("a > 1"), Self.leaf("b > 1"))
        let after = Self.any(Self.leaf("a > 1"), Self.leaf("b > 1"))
        #expect(
            ConditionComparison.changes(before, after, path: "applies_if") == [
                FieldChange(path: "applies_if", before: "all(a > 1, b > 1)", after: "any(a > 1, b > 1)")
            ])
        #expect(
            ConditionComparison.changes(nil, Self.leaf("region == africa"), path: "open_to") == [
                FieldChange(path: "open_to", before: nil, after: "region == africa", reference: "region")
            ])
        #expect(ConditionComparison.changes(nil, nil, path: "open_to").isEmpty)
    }

    /// An `any` of n leaves against one with every other leaf changed: parts are matched through
    /// dictionaries, so 8 times the leaves must cost well under 8² = 64 times the time.
    @Test("comparing long lists of parts scales linearly")
    func linearInParts() {
        func lists(_ count: Int) -> (Condition, Condition) {
            let before = (0..<count).map { Self.leaf("x\($0) >= \($0)") }
            let after = (0..<count).map { Self.leaf("x\($0) >= \($0 % 2 == 0 ? $0 : $0 + 1)") }
            return (.any(before, Self.origin), .any(after, Self.origin))
        }
        func seconds(_ count: Int) -> (Double, Int) {
            let (before, after) = lists(count)
            let start = ContinuousClock.now
            let changes = ConditionComparison.changes(before, after, path: "when")
            let elapsed = ContinuousClock.now - start
            return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, changes.count)
        }
        _ = seconds(500) // warm up
        let (small, smallChanges) = seconds(1_000)
        let (large, largeChanges) = seconds(8_000)
        #expect(smallChanges == 500)
        #expect(largeChanges == 4_000)
        #expect(large / max(small, 1e-6) < 32, "8x the parts took \(large / max(small, 1e-6))x the time")
    }
}
