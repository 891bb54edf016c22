internal import CYAML

/// A bare libyaml event loop: the speed floor that benchmarks compare the loader with.
public enum EventScanner {
    /// Parses `bytes` and returns the number of events, or nil on a syntax error.
    public static func countEvents(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty else { return 0 }
        let file = SourceFile(path: "", bytes: [])
        return try? LibYAMLParser.withParser(over: bytes) { parser throws(YAMLError) in
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else { throw LibYAMLParser.error(of: parser, in: file) }
                defer { yaml_event_delete(&event) }
                count += 1
                if event.type == YAML_STREAM_END_EVENT { return count }
            }
        }
    }
}
