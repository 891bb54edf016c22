import Foundation

/// Writing to standard streams, and whether colour is wanted.
enum Terminal {
    enum Stream { case standardOutput, standardError }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything non-empty.
    static func useColor(for stream: Stream) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(stream == .standardOutput ? 1 : 2) == 1
    }

    static func write(_ text: String, to stream: Stream) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}
