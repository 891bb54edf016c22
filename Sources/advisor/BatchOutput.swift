import Foundation

/// Where `advisor batch` writes as it goes: standard output, or a temporary file beside the
/// target that replaces it only when the batch is done (so a failed batch writes nothing).
final class BatchOutput {
    private let target: String?
    private let temporary: String?
    private var handle: FileHandle?

    /// Refuses (exit 2) an output that is an input file or a folder.
    init(path: String?, inputs: [String]) throws {
        target = path
        guard let path else {
            temporary = nil
            return
        }
        let inputPaths = Set(inputs.map(OutputWriter.canonical))
        if inputPaths.contains(OutputWriter.canonical(path)) {
            throw InputError("refusing to write \(path): it is an input file")
        }
        if OutputWriter.isFolder(path) { throw InputError("cannot write \(path): it is a folder") }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())"
        ).path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw InputError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.temporary = temporary
        self.handle = handle
    }

    func write(_ text: String) throws {
        guard let handle else {
            Terminal.write(text, to: .standardOutput)
            return
        }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            discard()
            throw InputError("cannot write \(target ?? ""): \(error.localizedDescription)")
        }
    }

    /// Puts the file in place.
    func commit() throws {
        guard let handle, let temporary, let target else { return }
        self.handle = nil
        do {
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError("cannot write \(target): \(error.localizedDescription)")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError("cannot write \(target): \(reason)")
        }
    }

    /// Removes the temporary file: nothing is written.
    func discard() {
        guard let temporary else { return }
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(atPath: temporary)
    }

    deinit { discard() }
}
