import Foundation

/// A file as the system knows it: its device and inode, whatever path or hard link names it.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the file at `path` (symbolic links followed); nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of the file open as `descriptor`.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}

/// Every file a run reads, which no output may replace: compared by identity (so hard links
/// and other spellings of a path are caught) and by resolved path.
struct InputFiles {
    private var identities: Set<FileIdentity> = []
    private var paths: Set<String> = []

    init(files: [String] = [], folders: [String] = []) {
        for file in files { add(file) }
        for folder in folders { addFolder(folder) }
    }

    /// Adds one input file.
    mutating func add(_ path: String) {
        paths.insert(Self.resolved(path))
        if let identity = FileIdentity(path: path) { identities.insert(identity) }
    }

    /// Adds every file under `root` (a ruleset folder: its rules, tests, templates and anything else).
    mutating func addFolder(_ root: String) {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = enumerator.nextObject() as? String {
            add(root.hasSuffix("/") ? root + relative : root + "/" + relative)
        }
    }

    /// Whether writing `path` would replace an input.
    func contains(_ path: String) -> Bool {
        if paths.contains(Self.resolved(path)) { return true }
        return FileIdentity(path: path).map(identities.contains) ?? false
    }

    /// `path` made absolute, without `.` and `..`, symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
