import AdvisoryCore
import Foundation
import YAML

/// The profiles a ruleset diff compares: profile files, CSV tables (`.csv`) and folders, whose
/// `*.yaml`, `*.yml` and `*.csv` files are read at any depth in path order (hidden entries
/// skipped). Each profile is read by both rulesets.
public enum ProfileInputs {
    /// What reading the inputs gave.
    public struct Loaded: Sendable {
        /// Every profile the head ruleset could read, in input order.
        public var pairs: [ProfilePair]
        /// The head ruleset's diagnostics (warnings, and the errors that make the run fail).
        public var diagnostics: [Diagnostic]
        /// The files read.
        public var files: [String]
    }

    /// The files named by `paths`, folders expanded; a message for a path that names nothing or
    /// a folder without profiles.
    public static func files(_ paths: [String]) -> Result<[String], InputFailure> {
        var files: [String] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .failure(InputFailure(message: "\(path): no such file or folder"))
            }
            let found = isDirectory.boolValue ? profileFiles(in: path) : [path]
            if isDirectory.boolValue, found.isEmpty {
                return .failure(InputFailure(message: "\(path): the folder holds no .yaml, .yml or .csv profile"))
            }
            for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
        }
        return .success(files)
    }

    /// Reads every file with both rulesets.
    public static func load(_ files: [String], base: Ruleset, head: Ruleset) -> Loaded {
        var loaded = Loaded(pairs: [], diagnostics: [], files: files)
        for file in files {
            if file.lowercased().hasSuffix(".csv") {
                let (profiles, diagnostics) = ProfileTable.load(file, ruleset: head)
                loaded.diagnostics += diagnostics
                guard !diagnostics.hasErrors else { continue }
                var (baseProfiles, baseDiagnostics) = ProfileTable.load(file, ruleset: base)
                if !baseDiagnostics.hasErrors, baseProfiles.count != profiles.count {
                    baseDiagnostics.append(
                        .error(
                            .invalidValue,
                            "the base ruleset reads \(baseProfiles.count) rows of this table, the head \(profiles.count)",
                            at: SourceLocation(file: SourceFile(path: file, bytes: []), mark: Mark(line: 1, column: 1)))
                    )
                    baseProfiles = []
                }
                for (index, profile) in profiles.enumerated() {
                    let baseProfile = index < baseProfiles.count ? baseProfiles[index] : nil
                    loaded.pairs.append(
                        ProfilePair(
                            source: profile.path, base: baseProfile,
                            baseErrors: baseProfile == nil ? baseDiagnostics : [], head: profile))
                }
            } else {
                let (profile, diagnostics) = ProfileDecoder.load(file, ruleset: head)
                loaded.diagnostics += diagnostics
                guard let profile else { continue }
                let (baseProfile, baseDiagnostics) = ProfileDecoder.load(file, ruleset: base)
                loaded.pairs.append(
                    ProfilePair(
                        source: file, base: baseProfile, baseErrors: baseProfile == nil ? baseDiagnostics : [],
                        head: profile))
            }
        }
        return loaded
    }

    /// The profile files under `folder`, at any depth, hidden entries skipped, in the byte
    /// order of their relative paths.
    private static func profileFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        let root = folder.hasSuffix("/") ? folder : folder + "/"
        var relative: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let lowered = path.lowercased()
            guard lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") || lowered.hasSuffix(".csv") else { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                relative.append(path)
            }
        }
        return relative.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { root + $0 }
    }
}

/// An input that names nothing to read.
public struct InputFailure: Error, Sendable, Equatable {
    public var message: String
}
