import CFuzzerDriver
import FuzzHarness

/// The folder the inputs are written to, one per process.
let folder = FuzzHarness.workingFolder("inputs")

/// libFuzzer's entry point: one input, split into the files of a ruleset folder (FuzzHarness).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInputs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.runInputs(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [], in: folder)
    return 0
}

/// The executable's entry point (SwiftPM names it `FuzzInputs_main`): libFuzzer's driver.
@_cdecl("FuzzInputs_main")
public func fuzzInputsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (argc, argv) = (argc, argv)
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzInputs($0, $1) }
}
