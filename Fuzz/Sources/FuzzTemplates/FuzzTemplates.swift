import AdvisoryReports
import CFuzzerDriver
import FuzzHarness

/// The report every template renders, built once per process from FuzzHarness's sample.
let report = FuzzHarness.sampleReport(in: FuzzHarness.workingFolder("templates"))

/// libFuzzer's entry point: one input, read as a Markdown and an HTML template.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let report else { fatalError("the sample report could not be built") }
    FuzzHarness.runTemplate(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [], report: report)
    return 0
}

/// The executable's entry point (SwiftPM names it `FuzzTemplates_main`): libFuzzer's driver.
@_cdecl("FuzzTemplates_main")
public func fuzzTemplatesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (argc, argv) = (argc, argv)
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzTemplates($0, $1) }
}
