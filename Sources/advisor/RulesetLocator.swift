import AdvisoryCore
import ArgumentParser
import Foundation

/// Finds the bundled default ruleset without any flag.
///
/// In order: `$POLICYADVISOR_RULES`; a `Rules/` folder beside the executable or in one of its
/// parent folders (the repository a build came from); `share/policyadvisor/Rules` under the
/// prefix of an installed executable (`PREFIX/bin/advisor`, as `make install` lays it out); the
/// repository this binary was built from; `./Rules`.
enum RulesetLocator {
    static func defaultRuleset() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["POLICYADVISOR_RULES"], !path.isEmpty { return path }
        var candidates: [URL] = []
        // The executable's own path: argv[0] is only a name when it was found on the PATH.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Rules"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(
            executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/policyadvisor/Rules"))
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Rules"))
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Rules"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ruleset.yaml").path) {
            return displayPath(candidate.path)
        }
        throw InputError("cannot find the default ruleset; pass --rules DIR or set POLICYADVISOR_RULES")
    }

    /// A path relative to the working folder when it lies inside it, for shorter diagnostics.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
