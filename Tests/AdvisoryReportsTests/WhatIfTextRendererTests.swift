import Testing

@testable import AdvisoryCore
@testable import AdvisoryReports

@Suite struct WhatIfTextRendererTests {
    static func change(_ before: String?, _ after: String?, _ scoreBefore: Double?, _ scoreAfter: Double?)
        -> EvaluationDiff.Change
    {
        EvaluationDiff.Change(
            id: "t", title: "T", before: before, after: after, scoreBefore: scoreBefore, scoreAfter: scoreAfter)
    }

    /// A change showed as "critical 0.99 → critical 0.99": the decimals now show it.
    @Test("a change of score shows with as many decimals as it needs")
    func decimals() {
        #expect(WhatIfTextRenderer.decimals(Self.change("critical", "critical", 0.987, 0.991)) == 3)
        #expect(WhatIfTextRenderer.decimals(Self.change("critical", "critical", 0.99001, 0.99002)) == 5)
        #expect(WhatIfTextRenderer.decimals(Self.change("critical", "critical", 0.93, 0.78)) == 2)
        // A change of level shows with 2 decimals, whatever the scores.
        #expect(WhatIfTextRenderer.decimals(Self.change("high", "critical", 0.7999, 0.8001)) == 2)
        #expect(WhatIfTextRenderer.decimals(Self.change(nil, "critical", nil, 0.8)) == 2)
    }

    @Test func renderedLine() {
        #expect(
            WhatIfTextRenderer.line(Self.change("critical", "critical", 0.9871, 0.9912))
                == "~ t: critical 0.987 → critical 0.991")
        #expect(
            WhatIfTextRenderer.line(Self.change("high", "critical", 0.78, 0.93)) == "~ t: high 0.78 → critical 0.93")
        #expect(WhatIfTextRenderer.line(Self.change(nil, "critical", nil, 0.93)) == "+ t: critical 0.93 (added)")
    }
}
