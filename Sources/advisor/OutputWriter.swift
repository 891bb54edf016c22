import ArgumentParser
import Foundation

/// Writes output files atomically (a temporary file in the same folder, then a rename) and
/// never over an input file.
enum OutputWriter {
    struct File {
        var path: String
        var data: Data

        init(path: String, contents: String) {
            self.path = path
            self.data = Data(contents.utf8)
        }

        init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// Checks every target first, then writes every file to a temporary beside it, then renames
    /// them all; exits 2 on a refused or failed write. A failure before the renames leaves no
    /// file changed.
    static func write(_ files: [File], inputs: [String]) throws {
        let inputPaths = Set(inputs.map(canonical))
        var targets: Set<String> = []
        for file in files {
            let target = canonical(file.path)
            if inputPaths.contains(target) { fail("refusing to write \(file.path): it is an input file") }
            if !targets.insert(target).inserted { fail("two reports would be written to \(file.path)") }
            if isExistingFolder(file.path) { fail("cannot write \(file.path): it is a folder") }
        }
        var staged: [(temporary: URL, target: URL, path: String)] = []
        let removeStaged = { for item in staged { try? FileManager.default.removeItem(at: item.temporary) } }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(
                ".\(url.lastPathComponent).tmp-\(getpid())")
            do {
                try file.data.write(to: temporary)
            } catch {
                removeStaged()
                try? FileManager.default.removeItem(at: temporary)
                fail("cannot write \(file.path): \(reason(error))")
            }
            staged.append((temporary, url, file.path))
        }
        for (index, item) in staged.enumerated() {
            guard rename(item.temporary.path, item.target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                for later in staged[index...] { try? FileManager.default.removeItem(at: later.temporary) }
                fail("cannot write \(item.path): \(reason)")
            }
        }
    }

    /// Whether `path` names a folder to write into: an existing folder, or a path ending in '/'.
    static func isFolder(_ path: String) -> Bool {
        path.hasSuffix("/") || isExistingFolder(path)
    }

    static func isExistingFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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
            fail("cannot create the folder \(path): \(reason(error))")
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The POSIX reason of a Foundation file error when there is one ("No such file or directory").
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }

    private static func fail(_ message: String) -> Never {
        Terminal.write("error: \(message)\n", to: .standardError)
        Advisor.exit(withError: ExitCode(2))
    }
}
