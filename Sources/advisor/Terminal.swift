import AdvisoryCore
import Foundation

/// Writing to standard streams, and whether colour is wanted.
enum Terminal {
    enum Stream { case standardOutput, standardError }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything non-empty.
    static func useColor(for stream: Stream) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(stream == .standardOutput ? 1 : 2) == 1
    }

    /// The width to wrap text for: the terminal's columns when standard output is one (at least
    /// 60), else `COLUMNS` when set, else 100.
    static func width() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(60, Int(size.ws_col))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return max(60, columns)
        }
        return 100
    }

    /// Writes a message (an error, a note) and a line break to standard error, cleaned for the
    /// terminal: messages quote paths, arguments and text from the inputs.
    static func message(_ text: String) {
        write(TerminalText.clean(text, keepingLineBreaks: true) + "\n", to: .standardError)
    }

    /// Writes `text` whole. Standard output that cannot take it (a full disk, a closed pipe:
    /// `advisor main` ignores SIGPIPE) ends the run with exit 2, the reason on standard error
    /// unless the pipe was closed by its reader; standard error is written on a best-effort basis.
    static func write(_ text: String, to stream: Stream) {
        let descriptor: Int32 = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
        guard let failure = writeAll(Array(text.utf8), to: descriptor), stream == .standardOutput else { return }
        if failure != EPIPE {
            _ = writeAll(
                Array("error: cannot write to standard output: \(String(cString: strerror(failure)))\n".utf8),
                to: STDERR_FILENO)
        }
        exit(2)
    }

    /// Writes every byte, retrying short writes and interruptions; the errno of a failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                remaining -= written
                pointer += written
            }
            return nil
        }
    }
}
