/// The `ruleset:` block of `ruleset.yaml`: identity, threat levels and the default data age limit.
public struct RulesetHeader: Sendable {
    /// A named threat level and the score threshold at which it starts.
    public struct Level: Sendable, Equatable {
        public var name: String
        public var threshold: Double
    }

    public var id: String
    public var title: String
    public var version: String
    public var description: String?
    /// Levels in ascending order of threshold.
    public var levels: [Level]
    public var staleAfterYears: Int?
    public var location: SourceLocation?

    public static let defaultLevels: [Level] = [
        Level(name: "low", threshold: 0.2), Level(name: "medium", threshold: 0.4),
        Level(name: "high", threshold: 0.6), Level(name: "critical", threshold: 0.8),
    ]

    /// How far below a threshold a score may be and still reach it: a score equal to a
    /// threshold reaches that level, and this absorbs binary rounding (1 - (1 - 0.3)(1 - 0.3) is
    /// 0.51 in decimal, 0.5099999... in binary).
    public static let thresholdTolerance = 1e-9

    /// The highest level whose threshold is at most `score`, or "none".
    public func level(for score: Double) -> String {
        levelName(rank: levels.lastIndex { $0.threshold <= score + Self.thresholdTolerance }.map { $0 + 1 } ?? 0)
    }

    /// The name of the level of rank `rank` (`i + 1` for `levels[i]`), "none" for 0.
    public func levelName(rank: Int) -> String {
        rank > 0 && rank <= levels.count ? levels[rank - 1].name : "none"
    }

    /// The rank of a level name (0 for "none"), for "at least" comparisons.
    public func rank(ofLevel name: String) -> Int? {
        if name == "none" { return 0 }
        return levels.firstIndex { $0.name == name }.map { $0 + 1 }
    }
}
