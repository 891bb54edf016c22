import AdvisoryCore
import Foundation
import Testing

@testable import AdvisoryAnalysis

/// Which files a diff reads for its profile arguments.
@Suite struct ProfileInputsTests {
    static let profiles = DiffFixtures.folder.appendingPathComponent("profiles")

    @Test("a folder gives its .yaml and .csv files in path order; a file given twice is read once")
    func folder() throws {
        let files = try ProfileInputs.files([
            Self.profiles.path, Self.profiles.appendingPathComponent("brevia.yaml").path,
        ])
        .get()
        #expect(
            files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "alfaria.yaml", "brevia.yaml", "celestia.yaml", "dravia.yaml", "table.csv",
            ])
    }

    @Test("a path that names nothing, and a folder without profiles, are refused")
    func refusals() throws {
        let missing = Self.profiles.appendingPathComponent("nowhere").path
        #expect(throws: InputFailure(message: "\(missing): no such file or folder")) {
            try ProfileInputs.files([missing]).get()
        }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("diff-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: InputFailure(message: "\(empty.path): the folder holds no .yaml, .yml or .csv profile")) {
            try ProfileInputs.files([empty.path]).get()
        }
    }

    @Test("the head's errors are reported; the base's only make the profile uncompared")
    func errorsBySide() throws {
        let analysis = try DiffFixtures.analysis
        let dravia = Self.profiles.appendingPathComponent("dravia.yaml").path
        let headReads = ProfileInputs.load([dravia], base: analysis.base.ruleset, head: analysis.head.ruleset)
        #expect(!headReads.diagnostics.hasErrors)
        #expect(headReads.pairs.count == 1)
        #expect(headReads.pairs.first?.base == nil)
        let baseReads = ProfileInputs.load([dravia], base: analysis.head.ruleset, head: analysis.base.ruleset)
        #expect(baseReads.diagnostics.hasErrors)
        #expect(baseReads.pairs.isEmpty)
    }
}
