import Foundation
public import YAML

/// Reads input files into `SourceFile`s and parses them, turning every failure into a diagnostic.
public enum SourceReader {
    /// Reads the file at `path`, refusing files over the size limit before reading them.
    public static func read(_ path: String, limits: ParserLimits = .standard) -> Result<SourceFile, Diagnostic> {
        let placeholder = SourceFile(path: path, bytes: [])
        let origin = SourceLocation(file: placeholder, mark: Mark(line: 1, column: 1))
        if case .failure(let diagnostic) = checkReadableFile(path) { return .failure(diagnostic) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > limits.maxFileBytes
        {
            return .failure(
                .error(
                    .fileTooLarge, "the file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes",
                    at: origin))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(.unreadableFile, "the file cannot be read (check its permissions)", at: origin))
        }
        return .success(SourceFile(path: path, bytes: [UInt8](data)))
    }

    /// Whether `path` names a file (not a folder, not nothing): the checks made before reading.
    public static func checkReadableFile(_ path: String) -> Result<Void, Diagnostic> {
        let origin = SourceLocation(file: SourceFile(path: path, bytes: []), mark: Mark(line: 1, column: 1))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(.unreadableFile, "no such file", at: origin))
        }
        guard !isDirectory.boolValue else {
            return .failure(.error(.unreadableFile, "expected a file, found a folder", at: origin))
        }
        return .success(())
    }

    /// Parses a file's single YAML document.
    public static func parse(_ file: SourceFile, limits: ParserLimits = .standard) -> Result<Node, Diagnostic> {
        do {
            return .success(try Parser.parse(file, limits: limits))
        } catch {
            return .failure(diagnostic(for: error, in: file))
        }
    }

    /// Reads and parses in one step.
    public static func load(_ path: String, limits: ParserLimits = .standard) -> Result<(SourceFile, Node), Diagnostic>
    {
        read(path, limits: limits).flatMap { file in parse(file, limits: limits).map { (file, $0) } }
    }

    public static func diagnostic(for error: YAMLError, in file: SourceFile) -> Diagnostic {
        let code: DiagnosticCode =
            switch error.kind {
            case .tooLarge: .fileTooLarge
            case .invalidUTF8: .invalidUTF8
            case .syntax: .yamlSyntax
            case .duplicateKey: .duplicateKey
            case .tooDeep: .nestingTooDeep
            case .aliasBudget: .aliasBudgetExceeded
            case .multipleDocuments: .multipleDocuments
            case .empty: .emptyFile
            case .undefinedAlias: .undefinedAlias
            case .unsupportedTag: .unsupportedTag
            }
        let related =
            error.related.map { [Diagnostic.Note("first defined here", at: SourceLocation(file: file, mark: $0))] }
            ?? []
        let notes = error.notes.map { note in
            Diagnostic.Note(note.message, at: note.mark.map { SourceLocation(file: file, mark: $0) })
        }
        return .error(code, error.message, at: SourceLocation(file: file, mark: error.mark), notes: related + notes)
    }
}
