/// The bytes of one input file, its display path, and a line index for diagnostics.
///
/// Lines break where libyaml breaks them (LF, CRLF, a lone CR, NEL, LS, PS), so that the line
/// of a mark libyaml reports is the line shown under the diagnostic.
public final class SourceFile: Sendable, Hashable {
    /// The path as the user named it (used in every diagnostic).
    public let path: String
    /// The raw bytes of the file.
    public let bytes: [UInt8]
    /// The number of the first line of `bytes`: 1 for a whole file, more for an excerpt.
    public let firstLine: Int
    /// Where each line starts, and where its text ends (before its line break).
    private let lineStarts: [Int]
    private let lineEnds: [Int]

    public convenience init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, firstLine: 1)
    }

    /// An excerpt of the file at `path` that starts at the beginning of line `firstLine` (a
    /// record of a table read in chunks): its marks and lines are numbered as in the whole file.
    public init(path: String, bytes: [UInt8], firstLine: Int) {
        self.path = path
        self.bytes = bytes
        self.firstLine = max(1, firstLine)
        var starts = [0]
        var ends: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Every line break starts with one of these bytes; anything else is text.
                let byte = buffer[index]
                guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2,
                    let length = Self.lineBreakLength(buffer, at: index)
                else {
                    index += 1
                    continue
                }
                ends.append(index)
                index += length
                starts.append(index)
            }
        }
        ends.append(bytes.count)
        lineStarts = starts
        lineEnds = ends
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The length in bytes of the line break starting at `index` (LF, CRLF, CR, NEL, LS or
    /// PS), or nil when no line break starts there.
    public static func lineBreakLength<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.endIndex ? bytes[index + offset] : nil }
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return byte(1) == 0x0A ? 2 : 1
        case 0xC2: return byte(1) == 0x85 ? 2 : nil
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : nil
        default: return nil
        }
    }

    /// The text of the 1-based line `number`, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        let index = number - firstLine
        guard index >= 0, index < lineStarts.count else { return nil }
        return String(decoding: bytes[lineStarts[index]..<lineEnds[index]], as: UTF8.self)
    }

    /// The 1-based mark of a byte offset into the file.
    public func mark(ofByteOffset offset: Int) -> Mark {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = bytes[lineStart..<max(lineStart, min(offset, bytes.count))]
        let column = prefix.reduce(0) { count, byte in (byte & 0xC0) == 0x80 ? count : count + 1 }
        return Mark(line: low + firstLine, column: column + 1)
    }

    /// The marks of byte offsets in ascending order, in one pass over the file: per offset,
    /// only the bytes since the previous one are counted (`mark(ofByteOffset:)` counts from
    /// the start of the line each time).
    public func marks(ofAscendingByteOffsets offsets: [Int]) -> [Mark] {
        var marks: [Mark] = []
        marks.reserveCapacity(offsets.count)
        var line = 0
        var position = 0
        var column = 1
        for offset in offsets {
            let target = min(max(offset, 0), bytes.count)
            guard target >= position else {
                marks.append(mark(ofByteOffset: target))
                continue
            }
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= target {
                line += 1
                position = lineStarts[line]
                column = 1
            }
            while position < target {
                if bytes[position] & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
            marks.append(Mark(line: line + firstLine, column: column))
        }
        return marks
    }

    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
