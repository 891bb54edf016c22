import Foundation
import Testing

@testable import AdvisoryReports

/// Headless Chromium renders the HTML report (screen and print). Skipped, with a message,
/// where chromium is not on PATH; .ci/run installs it.
@Suite struct ChromiumTests {
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments =
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.environment = ProcessInfo.processInfo.environment.merging([
            "HOME": FileManager.default.temporaryDirectory.path
        ]) { _, new in new }
        try process.run()
        // Not a time limit on the check (a busy machine may take minutes): a hung browser is
        // stopped so that the suite ends, and the test fails on its status.
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(600)) {
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(
        .enabled(if: chromium != nil, "chromium is not on PATH: the HTML screenshot check is skipped"))
    func screenshot() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html")
        try Data(try ReportFormat.html.render(try Fixtures.arcadia).utf8).write(to: html)
        let png = folder.appendingPathComponent("report.png")
        let status = try Self.run(["--screenshot=\(png.path)", "--window-size=1240,1754", html.absoluteString])
        #expect(status == 0)
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // A blank 1240x1754 page compresses to a few kilobytes; a rendered report is far larger.
        #expect(data.count > 40_000, "the screenshot is \(data.count) bytes: is the page blank?")
    }

    @Test(
        .enabled(if: chromium != nil, "chromium is not on PATH: the HTML print check is skipped"))
    func printsToA4() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html")
        try Data(try ReportFormat.html.render(try Fixtures.arcadia).utf8).write(to: html)
        let pdf = folder.appendingPathComponent("report.pdf")
        let status = try Self.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString])
        #expect(status == 0)
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Array("%PDF".utf8)))
        let text = String(decoding: data, as: UTF8.self)
        // A4 is 595 x 842 points.
        #expect(text.contains("/MediaBox [0 0 594.9") || text.contains("/MediaBox [0 0 595"), "the page is not A4")
        #expect(data.count > 20_000)
    }
}
