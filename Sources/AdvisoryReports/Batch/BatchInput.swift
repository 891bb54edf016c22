import AdvisoryCore

/// One input of a batch, in input order: a row of a profile table, a profile file, or a profile
/// already read (a country of a long table or a World Bank download).
public enum BatchInput: Sendable {
    case row(CSVRecord, ProfileTableLayout)
    case file(String)
    case profile(Profile)
}

/// Where a batch's inputs come from, read a chunk at a time on the calling thread.
public protocol BatchSource: AnyObject {
    /// Up to `count` further inputs, in order; empty at the end. Throws when reading cannot go on
    /// (the batch stops).
    func next(_ count: Int) throws -> [BatchInput]
    /// The part of the input read so far (0…1), for progress; nil when unknown.
    var fractionRead: Double? { get }
}

/// The rows of a profile table, read a record at a time.
public final class TableBatchSource: BatchSource {
    private let reader: ProfileTableReader
    private let size: Int?
    private var bytesRead = 0

    /// `size`: the table's size in bytes, for progress.
    public init(_ reader: ProfileTableReader, size: Int?) {
        self.reader = reader
        self.size = size
    }

    public func next(_ count: Int) throws -> [BatchInput] {
        var inputs: [BatchInput] = []
        while inputs.count < count, let record = try reader.next() {
            bytesRead += record.raw.count
            inputs.append(.row(record, reader.layout))
        }
        return inputs
    }

    public var fractionRead: Double? {
        guard let size, size > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(size))
    }
}

/// Profile files, in the order given.
public final class FileBatchSource: BatchSource {
    private let paths: [String]
    private var position = 0

    public init(_ paths: [String]) { self.paths = paths }

    public func next(_ count: Int) throws -> [BatchInput] {
        let end = min(paths.count, position + count)
        defer { position = end }
        return paths[position..<end].map(BatchInput.file)
    }

    public var fractionRead: Double? { paths.isEmpty ? nil : Double(position) / Double(paths.count) }
}

/// Profiles already read, in the order given (the countries of a long table or a World Bank
/// download, which are read whole).
public final class ProfileBatchSource: BatchSource {
    private let profiles: [Profile]
    private var position = 0

    public init(_ profiles: [Profile]) { self.profiles = profiles }

    public func next(_ count: Int) throws -> [BatchInput] {
        let end = min(profiles.count, position + count)
        defer { position = end }
        return profiles[position..<end].map(BatchInput.profile)
    }

    public var fractionRead: Double? { profiles.isEmpty ? nil : Double(position) / Double(profiles.count) }
}
