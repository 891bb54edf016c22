import Foundation
import YAML

/// Reads a CSV file record by record, a block at a time, so that memory stays flat however many
/// records the file holds (only the records not yet consumed and one block are held).
///
/// Each record knows the line it starts on, counted as ``SourceFile`` counts lines (LF, CRLF,
/// CR, NEL, LS, PS), so that a diagnostic about a cell names the line and column the whole file
/// would give.
public final class CSVRecordReader {
    /// Why reading stopped before the end of the file.
    public enum Failure: Error, Equatable {
        /// The file could not be read (errno's text).
        case unreadable(String)
        /// A record longer than the limit (a quote never closed, or not a CSV file).
        case recordTooLong(line: Int, limit: Int)
    }

    public let path: String
    /// The longest record accepted, in bytes.
    public let maxRecordBytes: Int
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEndOfFile = false
    private var nextLine = 1
    private var blockSize: Int
    /// Whether the start of the file was looked at for a byte order mark.
    private var startedFile = false
    /// Bytes before the next record's first field (a byte order mark).
    private var skip = 0

    /// Opens `path`; nil when it cannot be opened.
    public init?(path: String, maxRecordBytes: Int = 32 << 20, blockSize: Int = 1 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.path = path
        self.handle = handle
        self.maxRecordBytes = maxRecordBytes
        self.blockSize = max(1, blockSize)
    }

    deinit { try? handle.close() }

    /// The next record; nil at the end of the file. Throws when the file cannot be read or a
    /// record exceeds the limit (nothing can sensibly follow either).
    public func next() throws(Failure) -> CSVRecord? {
        if !startedFile {
            while buffer.count < 3, !atEndOfFile { try fill() }
            startedFile = true
            // A UTF-8 byte order mark (as spreadsheets write) is not part of the first cell; it
            // stays in the record's raw bytes, so that columns count as in the whole file.
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { skip = 3 }
        }
        while true {
            if position + skip >= buffer.count {
                if atEndOfFile { return nil }
                try fill()
                continue
            }
            let parsed = buffer.withUnsafeBufferPointer {
                CSVRecordParser.parse($0, from: position + skip, isFinal: atEndOfFile)
            }
            guard let parsed else {
                if buffer.count - position > maxRecordBytes {
                    throw .recordTooLong(line: nextLine, limit: maxRecordBytes)
                }
                // The record goes on past the block: read a larger one (linear for long records).
                blockSize = max(blockSize, (buffer.count - position) * 2)
                try fill()
                continue
            }
            let raw = Array(buffer[position..<parsed.end])
            let record = CSVRecord(
                line: nextLine, raw: raw,
                fieldStarts: skip == 0 ? parsed.fieldStarts : parsed.fieldStarts.map { $0 + Int32(skip) },
                valueBytes: parsed.valueBytes, valueEnds: parsed.valueEnds)
            nextLine += Self.lineBreaks(in: raw)
            position = parsed.end
            skip = 0
            return record
        }
    }

    /// Appends a block, first dropping the bytes already consumed.
    private func fill() throws(Failure) {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let data: Data?
        do {
            data = try handle.read(upToCount: blockSize)
        } catch {
            throw .unreadable(String(describing: error))
        }
        guard let data, !data.isEmpty else {
            atEndOfFile = true
            return
        }
        buffer.append(contentsOf: data)
    }

    /// The line breaks in `bytes` as ``SourceFile`` counts them.
    static func lineBreaks(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2,
                    let length = SourceFile.lineBreakLength(bytes, at: index)
                {
                    count += 1
                    index += length
                } else {
                    index += 1
                }
            }
            return count
        }
    }
}
