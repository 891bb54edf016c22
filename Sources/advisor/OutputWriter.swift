import Foundation

/// The one place that decides how an output path is written (`evaluate --output`,
/// `batch --output`, `test --junit`).
///
/// - A regular file, or a path that does not exist yet, is written atomically: a temporary
///   file in the same folder, then a rename, which may only ever replace a regular file. A
///   symbolic link to a regular file keeps pointing at it: the file it names is replaced.
/// - A character device (a terminal, `/dev/null`) or a FIFO is written through: opened for
///   writing, never truncated, created or renamed over. Standard output's own file (and
///   standard error's) is written through that stream.
/// - An input of the run (by path or by file identity, so hard links are caught), a folder,
///   a socket, a block device and a symbolic link to nothing are refused.
///
/// Every target is checked before anything is written. A failure (a full disk, say) removes
/// the temporary files and the folders the run created, replaces nothing and ends the run with
/// exit 2. Temporary files are named `.NAME.advisor-HOST-PID-N.tmp`: a later run writing to
/// the same folder removes those of its host whose process is gone (killed while writing).
struct OutputWriter {
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

    let inputs: InputFiles
    /// Folders this run created, outermost first: removed again when the run fails.
    private var createdFolders: [String] = []

    init(inputs: InputFiles) { self.inputs = inputs }

    /// How one file reaches its target.
    enum Target {
        /// A regular file at `path` (after symbolic links) replaced by a rename, keeping its
        /// permissions; or a new file.
        case replace(path: String, mode: mode_t?)
        /// Standard output or standard error, whose own file the path names.
        case stream(Int32)
        /// A character device or a FIFO, opened for writing.
        case device(String)
    }

    /// Creates `path` as a folder (and its missing parents) when it does not exist; refuses a file.
    mutating func createFolder(_ path: String) throws {
        var missing: [String] = []
        var folder = path
        while !folder.isEmpty, folder != "/", !FileManager.default.fileExists(atPath: folder) {
            missing.insert(folder, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        if missing.isEmpty {
            guard Self.isExistingFolder(path) else {
                throw InputError("--output \(path) must be a folder when several profiles are given")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            removeCreatedFolders(missing)
            throw InputError("cannot create the folder \(path): \(Self.reason(error))")
        }
        createdFolders += missing
    }

    /// Checks every target, stages the regular files, writes through devices and streams, then
    /// renames the staged files; on a failure, undoes what it can and throws.
    func write(_ files: [File]) throws {
        var targets: [Target] = []
        var seen: Set<String> = []
        var seenIdentities: Set<FileIdentity> = []
        do {
            for file in files {
                let target = try target(for: file.path)
                let identity = FileIdentity(path: file.path)
                guard seen.insert(InputFiles.resolved(file.path)).inserted,
                    identity.map({ seenIdentities.insert($0).inserted }) ?? true
                else { throw InputError("two reports would be written to \(file.path)") }
                targets.append(target)
            }
        } catch {
            removeCreatedFolders(createdFolders)
            throw error
        }
        var staged: [(temporary: String, final: String, file: File)] = []
        let fail = { (message: String) -> InputError in
            for item in staged { unlink(item.temporary) }
            removeCreatedFolders(createdFolders)
            return InputError(message)
        }
        let folders = Set(
            targets.compactMap { target -> String? in
                if case .replace(let path, _) = target { return Self.folder(of: path) }
                return nil
            })
        for folder in folders.sorted() { TemporaryFiles.removeStale(in: folder) }
        for (index, (file, target)) in zip(files, targets).enumerated() {
            guard case .replace(let path, let mode) = target else { continue }
            let temporary = TemporaryFiles.name(for: path, index: index)
            if let failure = Self.stage(file.data, at: temporary, mode: mode) {
                throw fail("cannot write \(file.path): \(failure)")
            }
            staged.append((temporary, path, file))
        }
        for (file, target) in zip(files, targets) {
            let failure: String? =
                switch target {
                case .replace: nil
                case .stream(let descriptor):
                    Terminal.writeAll(Array(file.data), to: descriptor).map(Self.text)
                case .device(let path): Self.writeThrough(file.data, to: path)
                }
            if let failure { throw fail("cannot write \(file.path): \(failure)") }
        }
        for (index, item) in staged.enumerated() {
            if let failure = Self.place(item.temporary, over: item.final) {
                for later in staged[(index + 1)...] { unlink(later.temporary) }
                throw InputError("cannot write \(item.file.path): \(failure)")
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

    /// Decides how `path` is written, or refuses it.
    func target(for path: String) throws -> Target {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno
            var link = stat()
            if reason == ENOENT, lstat(path, &link) == 0 {
                throw InputError("cannot write \(path): it is a symbolic link to a missing file")
            }
            guard reason == ENOENT else { throw InputError("cannot write \(path): \(Self.text(reason))") }
            return .replace(path: path, mode: nil)
        }
        if inputs.contains(path) { throw InputError("refusing to write \(path): it is an input file") }
        let identity = FileIdentity(info)
        for descriptor in [STDOUT_FILENO, STDERR_FILENO] where FileIdentity(descriptor: descriptor) == identity {
            return .stream(descriptor)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            var link = stat()
            let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
            return .replace(path: isLink ? InputFiles.resolved(path) : path, mode: info.st_mode & 0o7777)
        case S_IFDIR: throw InputError("cannot write \(path): it is a folder")
        case S_IFCHR, S_IFIFO: return .device(path)
        case S_IFSOCK: throw InputError("cannot write \(path): it is a socket")
        case S_IFBLK: throw InputError("refusing to write \(path): it is a block device (a disk)")
        default: throw InputError("cannot write \(path): it is not a regular file")
        }
    }

    /// Renames the staged `temporary` over `final`, only ever over a regular file (a path that
    /// became something else since it was checked is refused); on a failure the temporary file
    /// is removed and the reason returned.
    static func place(_ temporary: String, over final: String) -> String? {
        var info = stat()
        if lstat(final, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            unlink(temporary)
            return "it is no longer a regular file"
        }
        guard rename(temporary, final) == 0 else {
            let reason = text(errno)
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Flushes `descriptor` to disk (where the file system can) and closes it; the error of the
    /// first step that failed.
    static func flushAndClose(_ descriptor: Int32) -> Int32? {
        var failure: Int32?
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        return failure
    }

    /// Writes `contents` to a new file at `temporary`, flushed to disk; the reason of a failure.
    private static func stage(_ contents: Data, at temporary: String, mode: mode_t?) -> String? {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return text(errno) }
        var failure: Int32?
        if let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        failure = failure ?? Terminal.writeAll(Array(contents), to: descriptor)
        if let written = failure {
            close(descriptor)
            failure = written
        } else {
            failure = flushAndClose(descriptor)
        }
        guard let failure else { return nil }
        unlink(temporary)
        return text(failure)
    }

    /// Writes `contents` through the device or FIFO at `path`; the reason of a failure.
    private static func writeThrough(_ contents: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return text(errno) }
        let failure = Terminal.writeAll(Array(contents), to: descriptor)
        let closed = close(descriptor) == 0 ? nil : errno
        return (failure ?? closed).map(text)
    }

    /// Opens `path` for an output written a piece at a time (`advisor batch`), with the same
    /// rules as ``write(_:)``: a regular file is staged and renamed into place by
    /// ``StreamedOutput/commit()``, a device, FIFO or standard stream is written through.
    func openStream(_ path: String) throws -> StreamedOutput {
        switch try target(for: path) {
        case .replace(let final, let mode):
            TemporaryFiles.removeStale(in: Self.folder(of: final))
            let temporary = TemporaryFiles.name(for: final, index: 0)
            let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw InputError("cannot write \(path): \(Self.text(errno))") }
            if let mode, fchmod(descriptor, mode) != 0 {
                let reason = Self.text(errno)
                close(descriptor)
                unlink(temporary)
                throw InputError("cannot write \(path): \(reason)")
            }
            return StreamedOutput(path: path, descriptor: descriptor, staged: (temporary, final))
        case .stream(let descriptor):
            return StreamedOutput(path: path, descriptor: descriptor, staged: nil, ownsDescriptor: false)
        case .device(let device):
            let descriptor = Foundation.open(device, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw InputError("cannot write \(path): \(Self.text(errno))") }
            return StreamedOutput(path: path, descriptor: descriptor, staged: nil)
        }
    }

    /// Removes `folders` (outermost first) when they are empty, innermost first.
    private func removeCreatedFolders(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The POSIX reason of a Foundation file error when there is one ("No such file or directory").
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return text(Int32(underlying.code))
        }
        return nsError.localizedDescription
    }
}

/// The temporary files of ``OutputWriter``: named after the host and process that write
/// them, so that a later run can tell its own stale ones (whose process is gone) from those
/// of a run still writing.
enum TemporaryFiles {
    /// This host's name, reduced to letters, digits and '-'.
    static let host: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "host" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let kept = name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return kept.isEmpty ? "host" : String(String.UnicodeScalarView(kept))
    }()

    static var marker: String { ".advisor-\(host)-" }

    /// `.NAME.advisor-HOST-PID-N.tmp` beside `path`, the name shortened to fit a file name.
    static func name(for path: String, index: Int) -> String {
        let suffix = "\(marker)\(getpid())-\(index).tmp"
        var name = (path as NSString).lastPathComponent
        while !name.isEmpty, 1 + name.utf8.count + suffix.utf8.count > 255 { name.removeLast() }
        return OutputWriter.folder(of: path) + "/." + name + suffix
    }

    /// Removes this host's temporary files in `folder` whose process no longer exists.
    static func removeStale(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let range = name.range(of: marker, options: .backwards),
                let pid = Int32(name[range.upperBound...].prefix { $0 != "-" }), pid > 0, pid != getpid(),
                kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }
}
