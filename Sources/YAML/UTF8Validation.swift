/// Finds the byte offset of the first invalid UTF-8 sequence, if any.
///
/// ASCII is skipped eight bytes at a time; other sequences are checked by hand against the
/// Unicode rules (no overlong forms, no surrogates, nothing above U+10FFFF).
public enum UTF8Validation {
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                guard let length = sequenceLength(base + index, available: count - index) else { return index }
                index += length
            }
            return nil
        }
    }

    /// The length of the valid multi-byte sequence at `start`, or nil when it is invalid.
    private static func sequenceLength(_ start: UnsafePointer<UInt8>, available: Int) -> Int? {
        let lead = start[0]
        let length: Int
        // The allowed range of the second byte depends on the lead byte (Unicode Table 3-7).
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard available >= length, (low...high).contains(start[1]) else { return nil }
        for offset in 2..<max(2, length) where start[offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
