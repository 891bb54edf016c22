import Foundation
import Testing

/// Outputs that can never destroy anything: every command that writes (`evaluate --output`,
/// `batch --output`, `test --junit`) writes through devices, FIFOs and its own standard
/// output, replaces only regular files, refuses every input, and leaves nothing behind when it
/// fails or is killed.
@Suite(.timeLimit(.minutes(2))) struct OutputSafetyTests {
    /// A copy of the repository's ruleset and examples in a scratch folder (the ruleset's tests
    /// name the example profiles by relative path).
    final class Workspace {
        let scratch: EvaluateCommandTests.Scratch
        var rules: String { scratch.path("Rules") }
        var arcadia: String { scratch.path("Examples/profiles/arcadia.yaml") }
        var table: String { scratch.path("Examples/countries.csv") }

        init() throws {
            scratch = try EvaluateCommandTests.Scratch()
            for folder in ["Rules", "Examples"] {
                try FileManager.default.copyItem(
                    at: AdvisorBinary.repositoryRoot.appendingPathComponent(folder),
                    to: scratch.url.appendingPathComponent(folder))
            }
        }

        /// The three writing commands, each writing to `output`.
        func commands(writingTo output: String) -> [[String]] {
            [
                ["evaluate", arcadia, "--rules", rules, "--output", output, "--date", "2025-01-15"],
                ["batch", table, "--rules", rules, "--output", output, "--date", "2025-01-15"],
                ["test", rules, "--junit", output],
            ]
        }

        func run(_ arguments: [String]) throws -> AdvisorBinary.Result {
            try AdvisorBinary.run(arguments, in: scratch.url)
        }

        /// The names in `folder` starting with '.' (temporary files).
        func hidden(in folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }.sorted()
        }
    }

    /// The file type bits of the file at `path` (not following a symbolic link).
    static func type(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Runs a tool from /usr/bin or /bin; its exit status.
    @discardableResult static func tool(_ name: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/" + name)
                ? "/usr/bin/" + name : "/bin/" + name)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether this machine lets the tests make device nodes (root, or CAP_MKNOD); never on the real /dev.
    static let canMakeDevices: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mknod-\(UUID().uuidString)").path
        defer { unlink(path) }
        return (try? tool("mknod", [path, "c", "1", "3"])) == 0 && type(path) == S_IFCHR
    }()

    // MARK: Devices, FIFOs, standard output

    /// `--output` onto a device renamed a temporary file over it (and exited 0 on a full one).
    @Test(.enabled(if: canMakeDevices, "mknod is not permitted here: the device cases need root or CAP_MKNOD"))
    func devicesAreWrittenThroughNeverReplaced() throws {
        let workspace = try Workspace()
        let null = workspace.scratch.path("null")
        let full = workspace.scratch.path("full")
        let disk = workspace.scratch.path("disk")
        #expect(try Self.tool("mknod", [null, "c", "1", "3"]) == 0)
        #expect(try Self.tool("mknod", [full, "c", "1", "7"]) == 0)
        #expect(try Self.tool("mknod", [disk, "b", "7", "200"]) == 0)
        for (nullCommand, fullCommand, diskCommand) in zip(
            workspace.commands(writingTo: null),
            zip(workspace.commands(writingTo: full), workspace.commands(writingTo: disk))
        ).map({ ($0, $1.0, $1.1) }) {
            let written = try workspace.run(nullCommand)
            #expect(written.status == 0, "\(nullCommand[0]): \(written.stderr)")
            let onFull = try workspace.run(fullCommand)
            #expect(onFull.status == 2, "\(fullCommand[0])")
            #expect(onFull.stderr.contains("cannot write \(full): No space left on device"), "\(onFull.stderr)")
            let onDisk = try workspace.run(diskCommand)
            #expect(onDisk.status == 2, "\(diskCommand[0])")
            #expect(onDisk.stderr.contains("it is a block device"), "\(onDisk.stderr)")
        }
        #expect(Self.type(null) == S_IFCHR)
        #expect(Self.type(full) == S_IFCHR)
        #expect(Self.type(disk) == S_IFBLK)
        #expect(try workspace.hidden(in: workspace.scratch.url.path) == [])
    }

    @Test func aFIFOIsWrittenThrough() throws {
        let workspace = try Workspace()
        for command in workspace.commands(writingTo: "report.fifo") {
            let fifo = workspace.scratch.path("report.fifo")
            unlink(fifo)
            #expect(mkfifo(fifo, 0o600) == 0)
            // A reader, and a writer of our own so that reading waits for the tool's report.
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            let keeper = open(fifo, O_WRONLY)
            #expect(reader >= 0 && keeper >= 0)
            _ = fcntl(reader, F_SETFL, 0)
            nonisolated(unsafe) var received = Data()
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                received = FileHandle(fileDescriptor: reader, closeOnDealloc: true).readDataToEndOfFile()
                done.signal()
            }
            let result = try workspace.run(command)
            close(keeper)
            done.wait()
            #expect(result.status == 0, "\(command[0]): \(result.stderr)")
            #expect(Self.type(fifo) == S_IFIFO, "\(command[0]) replaced the FIFO")
            let text = String(decoding: received, as: UTF8.self)
            #expect(
                text.hasPrefix(command[0] == "evaluate" ? "Advisory report" : command[0] == "batch" ? "code," : "<?xml")
            )
        }
        #expect(try workspace.hidden(in: workspace.scratch.url.path) == [])
    }

    /// `advisor evaluate P --output out.txt > out.txt`: the file standard output already writes
    /// to is written through that stream, not replaced under it.
    @Test func standardOutputsOwnFileIsWrittenThrough() throws {
        let workspace = try Workspace()
        let path = workspace.scratch.path("out.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let inode = Self.inode(path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let binary = try #require(AdvisorBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = workspace.commands(writingTo: path)[0]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0)
        #expect(Self.inode(path) == inode, "the file was replaced")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Advisory report: Republic of Arcadia"))
    }

    /// A symbolic link to a report keeps pointing at it; a link to nothing is refused.
    @Test func symbolicLinks() throws {
        let workspace = try Workspace()
        let real = try workspace.scratch.write("real.txt", "old")
        let link = workspace.scratch.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
        #expect(try workspace.run(workspace.commands(writingTo: link)[0]).status == 0)
        #expect(Self.type(link) == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("Advisory report"))
        let dangling = workspace.scratch.path("dangling.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/missing.txt")
        let refused = try workspace.run(workspace.commands(writingTo: dangling)[0])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("it is a symbolic link to a missing file"))
    }

    // MARK: Inputs

    /// `advisor test Rules --junit Rules/ruleset.yaml` replaced the ruleset (exit 0). Every
    /// input of every writing command is refused, by any path or hard link that names it.
    @Test func everyInputIsRefusedAsAnOutput() throws {
        let workspace = try Workspace()
        try FileManager.default.linkItem(
            atPath: workspace.rules + "/catalog/threats.yaml", toPath: workspace.scratch.path("linked.yaml"))
        let inputs = [
            "Rules/ruleset.yaml", "./Rules/../Rules/ruleset.yaml", workspace.rules + "/rules/organized-crime.yaml",
            "Rules/tests/arcadia.yaml", "Rules/README.md", "linked.yaml",
        ]
        var before: [String: Data] = [:]
        for input in inputs { before[input] = FileManager.default.contents(atPath: workspace.scratch.path(input)) }
        for input in inputs {
            for command in workspace.commands(writingTo: input) {
                let result = try workspace.run(command)
                #expect(result.status == 2, "\(command[0]) --output \(input)")
                #expect(result.stderr.contains("refusing to write \(input): it is an input file"), "\(result.stderr)")
            }
        }
        // The profile, the table and the template of the command that reads them.
        let profile = try workspace.run(workspace.commands(writingTo: "Examples/profiles/arcadia.yaml")[0])
        #expect(profile.status == 2)
        let table = try workspace.run(workspace.commands(writingTo: "Examples/countries.csv")[1])
        #expect(table.status == 2)
        let folderBatch = try workspace.run([
            "batch", "Examples/profiles", "--rules", "Rules", "--output", "Examples/profiles/borealia.yaml",
        ])
        #expect(folderBatch.status == 2)
        #expect(folderBatch.stderr.contains("it is an input file"))
        let template = try workspace.scratch.write("org.mustache", "{{country.code}}")
        let overTemplate = try workspace.run([
            "evaluate", workspace.arcadia, "--rules", "Rules", "--format", "html", "--template", template, "--output",
            template,
        ])
        #expect(overTemplate.status == 2)
        for input in inputs {
            #expect(FileManager.default.contents(atPath: workspace.scratch.path(input)) == before[input], "\(input)")
        }
        #expect(try workspace.scratch.read("org.mustache") == "{{country.code}}")
        #expect(try String(contentsOfFile: workspace.table, encoding: .utf8).hasPrefix("code,"))
    }

    // MARK: Leftovers

    /// This host's name as the tool writes it in temporary file names.
    static var host: String {
        var buffer = [CChar](repeating: 0, count: 256)
        _ = gethostname(&buffer, buffer.count - 1)
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let kept = name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return kept.isEmpty ? "host" : String(String.UnicodeScalarView(kept))
    }

    /// After kill -9 during a write, the hidden temporary file stayed beside the destination
    /// for good. The next run writing there removes those of its host whose process is gone,
    /// and leaves those of a live process (a run still writing) and of other hosts.
    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextRun() throws {
        let workspace = try Workspace()
        let folder = workspace.scratch.path("reports")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let stale = ".ARC.txt.advisor-\(Self.host)-\(dead)-0.tmp"
        let live = ".ARC.txt.advisor-\(Self.host)-\(getpid())-0.tmp"
        let elsewhere = ".ARC.txt.advisor-elsewhere-\(dead)-0.tmp"
        for name in [stale, live, elsewhere] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(count: 4096)))
        }
        let result = try workspace.run(workspace.commands(writingTo: folder + "/ARC.txt")[0])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try workspace.hidden(in: folder) == [live, elsewhere].sorted())
    }

    /// Runs `arguments` with writes to files limited to 0 bytes (as on a full disk); SIGXFSZ
    /// is ignored, so writes fail with EFBIG.
    static func runOnAFullDisk(_ workspace: Workspace, _ arguments: [String]) throws -> AdvisorBinary.Result {
        let binary = try #require(AdvisorBinary.url)
        let script = "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, binary.path] + arguments
        process.currentDirectoryURL = workspace.scratch.url
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// With `--output DIR` on a full disk, a new empty DIR was left behind.
    @Test func aFailedRunLeavesNothingBehind() throws {
        let workspace = try Workspace()
        let borealia = workspace.scratch.path("Examples/profiles/borealia.yaml")
        let folder = workspace.scratch.path("new/reports")
        let several = try Self.runOnAFullDisk(
            workspace, ["evaluate", workspace.arcadia, borealia, "--rules", "Rules", "--output", folder + "/"])
        #expect(several.status == 2)
        #expect(several.stderr.contains("File too large"), "\(several.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.scratch.path("new")))
        // A file that existed keeps its content, and no temporary file is left beside it.
        let existing = try workspace.scratch.write("kept.txt", "before")
        for command in workspace.commands(writingTo: existing) {
            let result = try Self.runOnAFullDisk(workspace, command)
            #expect(result.status == 2, "\(command[0])")
        }
        #expect(try workspace.scratch.read("kept.txt") == "before")
        #expect(try workspace.hidden(in: workspace.scratch.url.path) == [])
    }
}
