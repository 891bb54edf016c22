/// Inputs that once took time quadratic in their size, generated at any size: the scaling
/// tests build them small and compare two sizes, `advisor-bench goals` builds them at full
/// size and holds each operation to a time goal (docs/performance.md).
///
/// Each ruleset is the text of one `ruleset.yaml`, header included.
public enum LargeInputs {
    /// The header every generated ruleset starts with.
    public static let header = """
        ruleset:
          id: large
          title: Large ruleset
          version: 1.0.0
          levels: {low: 0.2, medium: 0.4, high: 0.6, critical: 0.8}
          stale_after_years: 3

        """

    /// A profile of country `XX` in 2024 with the given `indicators:` entries (YAML flow text).
    public static func profile(indicators: String) -> String {
        "country: {code: XX, name: X, year: 2024}\nindicators: {\(indicators)}\n"
    }

    /// A chain of `count` protocols, each the parent of the one before, ending in a cycle of
    /// three (`loop1` → `loop2` → `loop3`) and one instrument that is its own parent. Every
    /// instrument walked its whole ancestry: 20,000 took minutes to load.
    public static func parentChain(_ count: Int) -> String {
        var lines = (0..<count).map { "  - {id: c\($0), title: C, kind: protocol, parent: c\($0 + 1)}" }
        lines += [
            "  - {id: c\(count), title: C, kind: protocol, parent: loop1}",
            "  - {id: loop1, title: L, kind: protocol, parent: loop2}",
            "  - {id: loop2, title: L, kind: protocol, parent: loop3}",
            "  - {id: loop3, title: L, kind: protocol, parent: loop1}",
            "  - {id: self, title: S, kind: protocol, parent: self}",
        ]
        return header + "instruments:\n" + lines.joined(separator: "\n") + "\n"
    }

    /// `count` levels and one more (`clash`) sharing the lowest threshold. Each level was
    /// compared with every level before it: 50,000 took a minute to load.
    public static func manyLevels(_ count: Int) -> String {
        let levels =
            (0..<count).map { "l\($0): \(Double($0 + 1) / Double(count + 1))" } + ["clash: \(1 / Double(count + 1))"]
        return "ruleset: {id: x, title: X, version: '1', levels: {\(levels.joined(separator: ", "))}}\n"
    }

    /// Threat `t1` named by `count` rules `R0`…, each `x > i and y < 5`; the profile `x: 100,
    /// y: 1` fires the first 100. Explaining the threat traced the whole ruleset per rule: 40,000
    /// rules took 26 s.
    public static func threatOfManyRules(_ count: Int) -> (ruleset: String, profile: String) {
        let rules = (0..<count).map { "  - {id: R\($0), when: {all: [x > \($0), y < 5]}, then: {threats: [t1]}}" }
        let ruleset =
            header + """
                indicators:
                  - {id: x, type: number}
                  - {id: y, type: number}
                threats:
                  - {id: t1, title: Threat one}
                rules:
                \(rules.joined(separator: "\n"))

                """
        return (ruleset, profile(indicators: "x: 100, y: 1"))
    }

    /// Instrument `i` named by `count` strategies `s0`…, all recommended by one rule `R` that
    /// fires for `x: 2`. Explaining the instrument searched the recommended strategies for each:
    /// 15,000 took 15 s.
    public static func instrumentOfManyStrategies(_ count: Int) -> (ruleset: String, profile: String) {
        let strategies = (0..<count).map { "  - {id: s\($0), title: S, priority: p, instruments: [i]}" }
        let ruleset =
            header + """
                indicators:
                  - {id: x, type: number}
                priorities:
                  - {id: p, title: P}
                instruments:
                  - {id: i, title: I, kind: treaty}
                strategies:
                \(strategies.joined(separator: "\n"))
                rules:
                  - {id: R, when: x > 1, then: {strategies: [\((0..<count).map { "s\($0)" }.joined(separator: ", "))]}}

                """
        return (ruleset, profile(indicators: "x: 2"))
    }

    /// One rule `R` (confidence 0.5) naming `count` threats `t0`… and `t0` once more with
    /// confidence 0.9; it fires for `x: 2`. Each threat's confidence was a search of the rule's
    /// threats: 20,000 took 22 s to evaluate.
    public static func ruleNamingManyThreats(_ count: Int) -> (ruleset: String, profile: String) {
        let threats = (0..<count).map { "t\($0)" }
        let ruleset =
            header + """
                indicators:
                  - {id: x, type: number}
                threats:
                \(threats.map { "  - {id: \($0), title: T}" }.joined(separator: "\n"))
                rules:
                  - {id: R, confidence: 0.5, when: x > 1, then: {threats: [\(threats.joined(separator: ", ")), {id: t0, confidence: 0.9}]}}

                """
        return (ruleset, profile(indicators: "x: 2"))
    }

    /// A category `k` of `count` values `v0`… and a rule `K` reading `k in [all of them]`; the
    /// profile gives the last value. Values were looked up by a search (loading took over a
    /// minute), the analysis tried every literal in every state (minutes), and membership was a
    /// scan that explaining repeated for every other value (11 s).
    public static func largeCategory(_ count: Int) -> (ruleset: String, profile: String) {
        let values = (0..<count).map { "v\($0)" }.joined(separator: ", ")
        let ruleset =
            header + """
                indicators:
                  - {id: k, type: category, values: [\(values)]}
                threats:
                  - {id: t, title: T}
                rules:
                  - {id: K, when: "k in [\(values)]", then: {threats: [t]}}

                """
        return (ruleset, profile(indicators: "k: v\(count - 1)"))
    }

    /// `count` threats, priorities, strategies and rules; threat `t(i/2)` is named (twice) by
    /// rule `Ri`, strategy `si` belongs to priority `p(i/2)`. Listing threats searched every rule
    /// for each threat (and priorities every strategy): half a minute for 15,000.
    public static func linkedCatalogs(_ count: Int) -> String {
        var text = header + "indicators:\n  - {id: x, type: number}\n"
        text += "threats:\n" + (0..<count).map { "  - {id: t\($0), title: T}\n" }.joined()
        text += "priorities:\n" + (0..<count).map { "  - {id: p\($0), title: P}\n" }.joined()
        text += "strategies:\n" + (0..<count).map { "  - {id: s\($0), title: S, priority: p\($0 / 2)}\n" }.joined()
        text +=
            "rules:\n"
            + (0..<count).map {
                "  - {id: R\($0), when: x > 1, then: {threats: [t\($0 / 2), t\($0 / 2)], strategies: [s\($0)]}}\n"
            }.joined()
        return text
    }

    /// `count` strategies in 10 priorities, all recommended by one rule that fires for `x: 5`.
    /// The report view looked each strategy of a priority up among all of them: a Markdown or
    /// HTML report recommending 10,000 strategies took 16 s.
    public static func manyRecommendedStrategies(_ count: Int) -> (ruleset: String, profile: String) {
        var text = header + "indicators:\n  - {id: x, type: number}\n"
        text += "priorities:\n" + (0..<10).map { "  - {id: p\($0), title: P}\n" }.joined()
        text += "strategies:\n" + (0..<count).map { "  - {id: s\($0), title: S, priority: p\($0 % 10)}\n" }.joined()
        text +=
            "rules:\n  - {id: R, when: x > 1, then: {strategies: ["
            + (0..<count).map { "s\($0)" }.joined(separator: ", ") + "]}}\n"
        return (text, profile(indicators: "x: 5"))
    }

    /// `count` indicators `v0`…, each read by its own rule `Ri`, and a profile giving each a
    /// value from 2000 (stale in 2024). The CSV report searched the whole annex for the rules
    /// reading each stale value: 8,000 took 21 s.
    public static func manyStaleValues(_ count: Int) -> (ruleset: String, profile: String) {
        var text = header + "threats:\n  - {id: t, title: T}\n"
        text += "indicators:\n" + (0..<count).map { "  - {id: v\($0), type: number}\n" }.joined()
        text += "rules:\n" + (0..<count).map { "  - {id: R\($0), when: v\($0) > 0, then: {threats: [t]}}\n" }.joined()
        let values = (0..<count).map { "v\($0): {value: 1, year: 2000}" }.joined(separator: ", ")
        return (text, profile(indicators: values))
    }

    /// A ruleset with indicator `x` and rule `R` (fires when `x > 1`), and a rule-test file
    /// opening with a comment of `padding` bytes, then `count` tests with inline profiles. Each
    /// inline profile hashed the whole file: 100 tests in a 2 MB file took most of a minute.
    public static func inlineTests(_ count: Int, padding: Int) -> (ruleset: String, tests: String) {
        let ruleset =
            header + """
                indicators:
                  - {id: x, type: number}
                threats:
                  - {id: t, title: T}
                rules:
                  - {id: R, when: x > 1, then: {threats: [t]}}

                """
        let test = """
              - name: inline
                profile: {country: {code: TST, name: Test, year: 2024}, indicators: {x: 3}}
                expect: {fired: [R]}

            """
        return (
            ruleset,
            "# " + String(repeating: "x", count: padding) + "\ntests:\n" + String(repeating: test, count: count)
        )
    }

    /// A ruleset of `columns` number indicators `v0`…, and a CSV table (`advisor batch`) of one
    /// country whose name is `nameLength` bytes long, with a value for each. Each cell's column
    /// was found by scanning its line again: a 4 MB name and 150 values took most of a minute.
    public static func longTableLine(columns: Int, nameLength: Int) -> (ruleset: String, table: String) {
        let ids = (0..<columns).map { "v\($0)" }
        let ruleset = header + "indicators:\n" + ids.map { "  - {id: \($0), type: number}\n" }.joined()
        let table =
            "code,name,year," + ids.joined(separator: ",") + "\nA,\(String(repeating: "y", count: nameLength)),2024,"
            + ids.map { _ in "1" }.joined(separator: ",") + "\n"
        return (ruleset, table)
    }
}

extension LargeInputs {
    /// Rulesets that make static analysis work hard; `advisor validate` spent from 23 s to over
    /// 300 s on a few hundred kilobytes of them before its work budget.
    public enum AnalysisStress: String, CaseIterable, Sendable {
        /// `count` rules naming one threat, `x > i and b(i mod 64)`: a question per pair of rules.
        case pairs
        /// `count` rules `at_least N of 64 booleans`: thousands of alternatives per part.
        case atLeast
        /// `count` rules, each `any` of 250 thresholds on one number: 500 states per state set.
        case thresholds
    }

    /// A ruleset of 64 booleans `b0`…, a number `x`, a threat `t` and `count` rules of `kind`.
    public static func analysisStress(_ kind: AnalysisStress, _ count: Int) -> String {
        var text = header + "indicators:\n  - {id: x, type: number}\n"
        text += (0..<64).map { "  - {id: b\($0), type: boolean}\n" }.joined()
        text += "threats:\n  - {id: t, title: T}\nrules:\n"
        switch kind {
        case .pairs:
            for index in 0..<count {
                text +=
                    "  - {id: P\(index), when: {all: [x > \(index), b\(index % 64) == true]}, then: {threats: [t]}}\n"
            }
        case .atLeast:
            let parts = (0..<64).map { "b\($0) == true" }.joined(separator: ", ")
            for index in 0..<count {
                text +=
                    "  - {id: L\(index), when: {at_least: {count: \(index % 32 + 1), of: [\(parts)]}}, then: {threats: [t]}}\n"
            }
        case .thresholds:
            for index in 0..<count {
                let leaves = (0..<250).map { "x > \(index * 1_000 + $0)" }.joined(separator: ", ")
                text += "  - {id: T\(index), when: {any: [\(leaves)]}, then: {threats: [t]}}\n"
            }
        }
        return text
    }
}
