import Foundation

/// Reads a ruleset folder as it is at a git revision (`advisor diff --base HEAD~1`), into a
/// temporary folder that the caller removes.
///
/// `REV` names the head's folder at that revision (the same path in the same repository);
/// `REV:path` names a path of the repository, as `git show` takes it. The tree is exported
/// with `git archive` and unpacked with `tar`.
enum GitRevision {
    /// An exported tree: the temporary folder to remove, the ruleset folder inside it, and how
    /// to name it (`HEAD~1:Rules`).
    struct Export {
        var temporary: URL
        var folder: String
        var label: String
    }

    static func export(_ revision: String, headFolder: String) throws -> Export {
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            throw InputError("--base '\(revision)' is neither a ruleset folder nor a git revision")
        }
        let workTree: String
        let treeish: String
        let label: String
        if let colon = revision.firstIndex(of: ":") {
            // REV:path, as git reads it: relative to the repository's root (./path: to the
            // working folder).
            workTree = FileManager.default.currentDirectoryPath
            treeish = revision
            label = revision
            try requireRepository(workTree, for: revision)
            try requireCommit(String(revision[..<colon]), in: workTree, for: revision)
        } else {
            workTree = headFolder
            let prefix = try requireRepository(headFolder, for: revision)
            treeish = revision + ":" + prefix
            label = revision + ":" + (prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix)
            try requireCommit(revision, in: workTree, for: revision)
        }
        let object = run(["git", "cat-file", "-t", treeish], in: workTree)
        guard object.status == 0, object.output.trimmingCharacters(in: .whitespacesAndNewlines) == "tree" else {
            throw InputError("--base \(revision): the revision has no folder '\(label)' (it was added later, or moved)")
        }
        // `git archive` run below the repository's root keeps only what lies under the working
        // folder: the tree is named by its id and archived from the root.
        let tree = run(["git", "rev-parse", treeish], in: workTree).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let root = run(["git", "rev-parse", "--show-toplevel"], in: workTree).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-diff-\(getpid())-\(UUID().uuidString)")
        let folder = temporary.appendingPathComponent("ruleset")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create a temporary folder for the base ruleset: \(error.localizedDescription)")
        }
        let archive = temporary.appendingPathComponent("base.tar").path
        let steps: [([String], String)] = [
            (["git", "archive", "--format=tar", "-o", archive, tree], root.isEmpty ? workTree : root),
            (["tar", "-xf", archive, "-C", folder.path], FileManager.default.currentDirectoryPath),
        ]
        for (arguments, directory) in steps {
            let result = run(arguments, in: directory)
            if result.status != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw InputError("--base \(revision): '\(arguments[0]) \(arguments[1])' failed: \(result.message)")
            }
        }
        return Export(temporary: temporary, folder: folder.path, label: label)
    }

    /// The path of `folder` inside its repository (`Rules/`, empty at the root); an error when
    /// git is missing or `folder` is not in a repository.
    @discardableResult
    private static func requireRepository(_ folder: String, for revision: String) throws -> String {
        let result = run(["git", "rev-parse", "--show-prefix"], in: folder)
        guard result.status == 0 else {
            if result.status == 127 || result.launchFailed {
                throw InputError(
                    "--base \(revision) is not a folder, and git, needed to read a revision, is not available")
            }
            throw InputError(
                "--base \(revision) is not a folder, and \(folder) is not in a git repository, so it cannot be read as a git revision (git: \(result.message))"
            )
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func requireCommit(_ revision: String, in folder: String, for written: String) throws {
        guard !revision.isEmpty, !revision.hasPrefix("-"),
            run(["git", "rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: folder).status == 0
        else {
            throw InputError(
                "--base \(written) is not a folder, nor a revision of the git repository at \(folder) (unknown revision '\(revision)')"
            )
        }
    }

    private struct Outcome {
        var status: Int32
        var output: String
        var message: String
        var launchFailed = false
    }

    /// Runs a program found on PATH in `directory`, capturing its output.
    private static func run(_ arguments: [String], in directory: String) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Outcome(status: -1, output: "", message: "\(error)", launchFailed: true)
        }
        // Standard error is small (a message); standard output is read to its end first so that
        // the child cannot block on a full pipe.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            message: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
