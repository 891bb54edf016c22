import ArgumentParser
import Foundation

/// Writes output files atomically (a temporary file in the same folder, then a rename) and
/// never over an input file.
enum OutputWriter {
    struct File {
        var path: String
        var contents: String
    }

    /// Checks every target first, then writes them all; exits 2 on a refused or failed write.
    static func write(_ files: [File], inputs: [String]) throws {
        let inputPaths = Set(inputs.map(canonical))
        for file in files where inputPaths.contains(canonical(file.path)) {
            fail("refusing to write \(file.path): it is an input file")
        }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let folder = url.deletingLastPathComponent()
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
            do {
                try Data(file.contents.utf8).write(to: temporary)
            } catch {
                fail("cannot write \(file.path): \(error.localizedDescription)")
            }
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                fail("cannot write \(file.path): \(reason)")
            }
        }
    }

    /// Creates `path` as a folder when it does not exist; exits 2 when it is a file.
    static func ensureFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { fail("--output \(path) must be a folder when several profiles are given") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            fail("cannot create the folder \(path): \(error.localizedDescription)")
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func fail(_ message: String) -> Never {
        Terminal.write("error: \(message)\n", to: .standardError)
        Advisor.exit(withError: ExitCode(2))
    }
}
