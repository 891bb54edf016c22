import Foundation

/// Where `advisor batch` writes, a piece at a time: standard output, or `--output` through
/// ``OutputWriter/openStream(_:)`` (staged and renamed into place at the end for a regular file,
/// written through for a device or FIFO; never an input).
final class BatchOutput {
    private let output: StreamedOutput?

    /// Refuses (exit 2) an output that is an input of the run, a folder, a socket, ….
    /// `inputs` is called only when there is a path.
    init(path: String?, inputs: () -> InputFiles) throws {
        output = try path.map { try OutputWriter(inputs: inputs()).openStream($0) }
    }

    func write(_ text: String) throws {
        guard let output else {
            Terminal.write(text, to: .standardOutput)
            return
        }
        try output.write(text)
    }

    /// Puts the file in place.
    func commit() throws { try output?.commit() }

    /// Drops what was written: the destination stays as it was.
    func discard() { output?.discard() }
}
