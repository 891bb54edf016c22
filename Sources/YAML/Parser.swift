internal import CYAML

/// Reads one YAML document into a `Node` tree with a 1-based mark on every node.
///
/// Beyond libyaml it enforces: one document per file, no duplicate mapping keys, a nesting
/// limit checked as events arrive, a budget on alias expansion, a size limit and valid UTF-8.
public enum Parser {
    public static func parse(_ file: SourceFile, limits: ParserLimits = .standard) throws(YAMLError) -> Node {
        let origin = Mark(line: 1, column: 1)
        guard file.bytes.count <= limits.maxFileBytes else {
            throw YAMLError(
                .tooLarge,
                "the file is \(file.bytes.count) bytes, over the limit of \(limits.maxFileBytes) bytes",
                at: origin)
        }
        if let offset = UTF8Validation.firstInvalidOffset(file.bytes) {
            throw YAMLError(
                .invalidUTF8, "invalid UTF-8 byte sequence; the file must be UTF-8 text",
                at: file.mark(ofByteOffset: offset))
        }
        guard !file.bytes.isEmpty else {
            throw YAMLError(.empty, "the file is empty; expected a YAML mapping", at: origin)
        }
        return try LibYAMLParser.withParser(over: file.bytes) { parser throws(YAMLError) in
            var builder = TreeBuilder(limits: limits)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    throw LibYAMLParser.error(of: parser, in: file)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(&event)
            }
            guard let root = builder.root else {
                throw YAMLError(.empty, "the file holds no YAML document (only comments or blank lines)", at: origin)
            }
            return root
        }
    }
}
