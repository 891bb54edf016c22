import Testing

@testable import YAML

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    @Test(
        "valid text",
        arguments: [
            "", "plain ascii that is longer than eight bytes", "é", "€uro", "😀 at the start", "mixed é € 😀 text",
            "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        ])
    func valid(text: String) {
        #expect(UTF8Validation.firstInvalidOffset(Array(text.utf8)) == nil)
    }

    @Test(
        "invalid sequences and their offsets",
        arguments: [
            ([0xFF], 0), ([0x41, 0x80], 1), ([0xC0, 0x80], 0), ([0xC1, 0xBF], 0), // lone continuation, overlong
            ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0), // overlong 3-byte, surrogate
            // overlong, > U+10FFFF
            ([0xF0, 0x80, 0x80, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF5, 0x80, 0x80, 0x80], 0),
            ([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xE2, 0x82], 9), // truncated after the fast path
            ([0xC3, 0xA9, 0xC3], 2), ([0xE2, 0x28, 0xA1], 0), ([0xF0, 0x9F, 0x98, 0x41], 0),
        ] as [([UInt8], Int)])
    func invalid(bytes: [UInt8], offset: Int) {
        #expect(UTF8Validation.firstInvalidOffset(bytes) == offset)
    }

    @Test("agrees with the standard library on every two-byte prefix")
    func agreesWithStandardLibrary() {
        for first in UInt8.min...UInt8.max {
            for second in [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] as [UInt8] {
                let bytes = [first, second, 0x80, 0x80]
                let expected = String(validating: bytes, as: UTF8.self) == nil
                let ours = UTF8Validation.firstInvalidOffset(bytes) != nil
                #expect(expected == ours, "\(bytes)")
            }
        }
    }
}
