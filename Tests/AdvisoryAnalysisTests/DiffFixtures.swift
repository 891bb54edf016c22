import AdvisoryAnalysis
import AdvisoryCore
import Foundation

/// The diff fixture: `Fixtures/diff/base` and `head` (one of each kind of change) and the
/// profiles in `Fixtures/diff/profiles`.
enum DiffFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diff")
    static let date = CalendarDate(parsing: "2025-01-15") ?? .unixEpoch

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func compiled(_ name: String) throws -> CompiledRuleset {
        let path = folder.appendingPathComponent(name).path
        let (ruleset, diagnostics) = RulesetLoader.load(directory: path)
        guard let ruleset, !diagnostics.hasErrors else {
            throw Failure(description: "fixture ruleset \(path) is invalid: \(diagnostics.map(\.message))")
        }
        return try CompiledRuleset(ruleset)
    }

    static var analysis: ImpactAnalysis {
        get throws { ImpactAnalysis(base: try compiled("base"), head: try compiled("head")) }
    }

    /// The diff of every fixture profile.
    static var diff: RulesetDiff {
        get throws {
            let analysis = try analysis
            let files = try ProfileInputs.files([folder.appendingPathComponent("profiles").path]).get()
            let loaded = ProfileInputs.load(files, base: analysis.base.ruleset, head: analysis.head.ruleset)
            guard !loaded.diagnostics.hasErrors else {
                throw Failure(description: "fixture profiles are invalid: \(loaded.diagnostics.map(\.message))")
            }
            return RulesetDiff(
                analysis: analysis, baseLabel: "base", headLabel: "head", profiles: loaded.pairs, date: date)
        }
    }

    static func profile(_ code: String) throws -> ProfileImpact {
        guard let profile = try diff.profiles.first(where: { $0.country.code == code }) else {
            throw Failure(description: "no fixture profile \(code)")
        }
        return profile
    }
}
