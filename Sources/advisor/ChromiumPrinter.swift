import Foundation

/// Prints HTML to an A4 PDF with headless Chromium (`--format pdf`). The page size, margins,
/// running header and page numbers come from the report's print CSS; Chromium's own header
/// and footer are switched off. The HTML is self-contained, so nothing is fetched.
struct ChromiumPrinter {
    /// The browser: `chromium` or `chromium-browser` on PATH.
    let executable: String

    /// How long one page may take to print before the run gives up.
    static let timeLimit: TimeInterval = 180

    /// Finds Chromium on PATH, or fails with an error that names the package to install.
    static func locate() throws -> ChromiumPrinter {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return ChromiumPrinter(executable: candidate)
                }
            }
        }
        throw InputError(
            "--format pdf prints the HTML report with headless Chromium, which is not on PATH: install it "
                + "(Debian: apt-get install chromium) or write --format html and print that")
    }

    /// The PDF of `html`; `name` names the report in errors.
    func print(_ html: String, name: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "advisor-pdf-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw InputError("cannot run \(executable) to print \(name): \(error.localizedDescription)")
        }
        // Chromium's messages are read while it runs, so that a full pipe never stalls it.
        let messages = ChromiumMessages(errors.fileHandleForReading)
        if finished.wait(timeout: .now() + Self.timeLimit) == .timedOut {
            process.terminate()
            finished.wait()
            throw InputError("Chromium did not print \(name) within \(Int(Self.timeLimit)) seconds")
        }
        let data = (try? Data(contentsOf: pdf)) ?? Data()
        guard process.terminationStatus == 0, data.starts(with: Array("%PDF".utf8)) else {
            let detail = messages.lastLines()
            throw InputError(
                "Chromium could not print \(name) (exit \(process.terminationStatus))"
                    + (detail.isEmpty ? "" : ":\n" + detail))
        }
        return data
    }
}

/// Collects a child's standard error in the background; keeps the last few lines.
private final class ChromiumMessages: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                self.lock.lock()
                self.data.append(chunk)
                if self.data.count > 64 << 10 { self.data = self.data.suffix(32 << 10) }
                self.lock.unlock()
            }
            self.done.signal()
        }
    }

    func lastLines() -> String {
        _ = done.wait(timeout: .now() + 5)
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: "\n")
    }
}
