import AdvisoryCore
import AdvisoryReports
import Foundation
import FuzzHarness
import Testing

/// Every input that made a fuzzer find a bug (Inputs/inputs and Inputs/templates), replayed
/// through the fuzzers' harness: a crash or a hang fails the run. The tests below each input's
/// replay check what its bug was.
@Suite(.timeLimit(.minutes(2))) struct FuzzRegressionTests {
    static let inputs = Bundle.module.resourceURL?.appendingPathComponent("Inputs")

    /// The files of `folder` (`inputs` or `templates`), by name.
    static func files(_ folder: String) -> [String] {
        guard let url = inputs?.appendingPathComponent(folder) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ folder: String, _ name: String) throws -> [UInt8] {
        let url = try #require(inputs).appendingPathComponent(folder).appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }

    /// A scratch ruleset folder.
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test(arguments: files("inputs")) func replayInput(name: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FuzzHarness.runInputs(try Self.bytes("inputs", name), in: folder)
    }

    @Test(arguments: files("templates")) func replayTemplate(name: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try #require(FuzzHarness.sampleReport(in: folder))
        FuzzHarness.runTemplate(try Self.bytes("templates", name), report: report)
    }

    /// The harness's sample is a valid ruleset with a profile, a table and a passing test, so
    /// that the fuzzers start from inputs that reach every stage.
    @Test func theSampleReachesEveryStage() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try #require(FuzzHarness.sampleReport(in: folder))
        #expect(report.threats.map(\.id) == ["t1", "t2"])
        let (loaded, diagnostics) = RulesetLoader.load(directory: folder + "/rules", checks: RulesetChecks.all)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
        let ruleset = try #require(loaded)
        #expect(ProfileTable.load(folder + "/table.csv", ruleset: ruleset).0.count == 2)
        let tests = RuleTestDecoder.load(folder + "/rules/tests/t.yaml", ruleset: ruleset)
        #expect(
            RuleTestRunner(try CompiledRuleset(ruleset), date: .unixEpoch).run([tests]).summaryLine
                == "1 passed, 0 failed")
    }
}
