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
            throw YAMLError(.invalidUTF8, "invalid UTF-8 byte sequence; the file must be UTF-8 text",
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

/// Folds libyaml events into a node tree, enforcing the limits as events arrive.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        var startCount: Int
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        var keyMarks: [String: Mark] = [:]
        /// The deepest nesting of collections among the children so far.
        var childDepth = 0
    }

    let limits: ParserLimits
    private(set) var root: Node?
    private var stack: [Frame] = []
    /// Each anchor's node, its size once expanded, and its depth (nested collections, 0 for a scalar).
    private var anchors: [String: (node: Node, size: Int, depth: Int)] = [:]
    /// Nodes in the tree so far, counting every node an alias repeats (for anchor sizes).
    private var expandedNodes = 0
    /// Nodes added by aliases so far (the budget).
    private var aliasNodes = 0
    private var documents = 0

    init(limits: ParserLimits) { self.limits = limits }

    mutating func consume(_ event: inout yaml_event_t) throws(YAMLError) {
        let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(.multipleDocuments, "a second YAML document; expected one document per file", at: mark)
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = data.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
            } ?? ""
            let style = Self.style(data.style)
            let tag = data.tag.map { String(cString: $0) }
            let isVerbatim = data.anchor == nil && tag == nil && Self.isVerbatim(text, style: style, event: event)
            let scalar = Scalar(text: text, style: style, tag: tag, isVerbatim: isVerbatim)
            expandedNodes += 1
            try add(.scalar(scalar, mark), anchor: data.anchor.map { String(cString: $0) }, size: 1, depth: 0)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(.undefinedAlias, "alias *\(name) names no anchor defined before it", at: mark)
            }
            // An alias repeats its target's nesting where it stands: the limit holds for the result.
            guard stack.count + target.depth <= limits.maxDepth else {
                throw YAMLError(.tooDeep, "nesting deeper than \(limits.maxDepth) levels (through alias *\(name))", at: mark)
            }
            try expand(target.size, at: mark)
            try add(target.node, anchor: nil, size: target.size, depth: target.depth)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maxDepth else {
                throw YAMLError(.tooDeep, "nesting deeper than \(limits.maxDepth) levels", at: mark)
            }
            expandedNodes += 1
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor.map { String(cString: $0) },
                               startCount: expandedNodes))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node: Node = frame.isMapping ? .mapping(frame.pairs, frame.mark) : .sequence(frame.items, frame.mark)
            try add(node, anchor: frame.anchor, size: expandedNodes - frame.startCount + 1, depth: frame.childDepth + 1)
        default:
            break
        }
    }

    /// Counts the nodes an alias repeats against the budget. Nodes written out in the file are
    /// not counted: the size limit bounds them, and an alias-free file must not be refused here.
    private mutating func expand(_ nodes: Int, at mark: Mark) throws(YAMLError) {
        expandedNodes += nodes
        aliasNodes += nodes
        if aliasNodes > limits.maxExpandedNodes {
            throw YAMLError(
                .aliasBudget,
                "the aliases in this document expand to more than \(limits.maxExpandedNodes) nodes; refusing to expand them",
                at: mark)
        }
    }

    private mutating func add(_ node: Node, anchor: String?, size: Int, depth: Int) throws(YAMLError) {
        if let anchor { anchors[anchor] = (node, size, depth) }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if depth > stack[top].childDepth { stack[top].childDepth = depth }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append(Node.Pair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            if case .scalar(let scalar, let mark) = node {
                if let first = stack[top].keyMarks[scalar.text] {
                    throw YAMLError(
                        .duplicateKey,
                        "duplicate key '\(scalar.text)' in this mapping (first at \(first))",
                        at: mark, related: first)
                }
                stack[top].keyMarks[scalar.text] = mark
            }
            stack[top].pendingKey = node
        }
    }

    /// Whether a scalar without anchor or tag appears in the source exactly as its text, on one
    /// line: plain text always does; quoted text unless it has escapes (or `''`).
    private static func isVerbatim(_ text: String, style: Scalar.Style, event: yaml_event_t) -> Bool {
        guard event.start_mark.line == event.end_mark.line else { return false }
        switch style {
        case .plain: return true
        case .singleQuoted, .doubleQuoted:
            let written = Int(event.end_mark.column) - Int(event.start_mark.column) - 2
            return written == text.unicodeScalars.count
        case .literal, .folded: return false
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
