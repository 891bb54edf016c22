import Foundation

/// An output written a piece at a time (``OutputWriter/openStream(_:)``): into a temporary file that
/// ``commit()`` renames over the destination (a regular file), or straight through a device, a
/// FIFO or a standard stream. ``discard()`` (or a failure) leaves the destination untouched.
final class StreamedOutput {
    let path: String
    private var descriptor: Int32
    private let staged: (temporary: String, final: String)?
    private let ownsDescriptor: Bool
    private var open = true

    init(path: String, descriptor: Int32, staged: (temporary: String, final: String)?, ownsDescriptor: Bool = true) {
        self.path = path
        self.descriptor = descriptor
        self.staged = staged
        self.ownsDescriptor = ownsDescriptor
    }

    /// Writes `text` whole; a failure discards the output and throws.
    func write(_ text: String) throws {
        guard open else { return }
        if let failure = Terminal.writeAll(Array(text.utf8), to: descriptor) {
            discard()
            throw InputError("cannot write \(path): \(OutputWriter.text(failure))")
        }
    }

    /// Puts the output in place: flushes and renames a staged file (only ever over a regular file).
    func commit() throws {
        guard open else { return }
        open = false
        guard let staged else {
            if ownsDescriptor, close(descriptor) != 0 {
                throw InputError("cannot write \(path): \(OutputWriter.text(errno))")
            }
            return
        }
        if let failure = OutputWriter.flushAndClose(descriptor) {
            unlink(staged.temporary)
            throw InputError("cannot write \(path): \(OutputWriter.text(failure))")
        }
        if let failure = OutputWriter.place(staged.temporary, over: staged.final) {
            throw InputError("cannot write \(path): \(failure)")
        }
    }

    /// Drops what was written: a staged file is removed, the destination stays as it was.
    func discard() {
        guard open else { return }
        open = false
        if ownsDescriptor { close(descriptor) }
        if let staged { unlink(staged.temporary) }
    }

    deinit { discard() }
}
