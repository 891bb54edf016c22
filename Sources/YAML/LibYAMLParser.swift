internal import CYAML

/// Owns one heap-allocated libyaml parser reading a byte buffer, and yields its events.
///
/// libyaml stores the parser's own address and keeps the input pointer, so the parser is
/// allocated once and the bytes must outlive it: `withEvents` scopes both.
struct LibYAMLParser {
    /// Runs `body` with a parser over `bytes` (non-empty); frees every C object before returning.
    static func withParser<Result>(
        over bytes: [UInt8],
        _ body: (UnsafeMutablePointer<yaml_parser_t>) throws(YAMLError) -> Result
    ) throws(YAMLError) -> Result {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.syntax, "libyaml could not allocate a parser", at: Mark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        let result: Swift.Result<Result, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return .failure(YAMLError(.empty, "the file is empty", at: Mark(line: 1, column: 1)))
            }
            yaml_parser_set_input_string(parser, base, buffer.count)
            do throws(YAMLError) { return .success(try body(parser)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The error libyaml reports, with its position made 1-based.
    static func error(of parser: UnsafeMutablePointer<yaml_parser_t>, in file: SourceFile) -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        if state.error == YAML_READER_ERROR {
            return YAMLError(.syntax, problem, at: file.mark(ofByteOffset: Int(state.problem_offset)))
        }
        let mark = Mark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        let context = state.context.map { String(cString: $0) }
        let contextMark = Mark(line: Int(state.context_mark.line) + 1, column: Int(state.context_mark.column) + 1)
        return SyntaxErrorWording.error(
            problem: problem, at: mark, context: context, startedAt: context == nil ? nil : contextMark, in: file)
    }
}
