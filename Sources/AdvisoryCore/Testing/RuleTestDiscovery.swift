import Foundation

/// Finds a ruleset's rule-test files: every `*.yaml`/`*.yml` under `<ruleset>/tests/`, in path
/// order, except hidden entries and files under a folder named `profiles` (where profiles used
/// only by tests can live).
public enum RuleTestDiscovery {
    /// The folder that holds the tests of the ruleset at `root`.
    public static func testsFolder(ofRuleset root: String) -> String {
        (root.hasSuffix("/") ? root : root + "/") + "tests"
    }

    /// The test files under `folder`, as paths starting with `folder`; empty when the folder
    /// does not exist.
    public static func files(in folder: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(atPath: folder)
        else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || components.dropLast().contains("profiles") {
                continue
            }
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                paths.append(relative)
            }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { folder + "/" + $0 }
    }
}
