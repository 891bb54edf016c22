internal import CYAML

/// Folds libyaml events into a node tree, enforcing the limits as events arrive.
///
/// Finished nodes wait on one value stack: the children of an open collection are the top of
/// that stack from the collection's start (a mapping's alternate key, value). When the
/// collection ends they move into one array of exactly the right size, so no collection needs
/// buffers of its own while it is being read.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        /// Where the children start on the value stack.
        var start: Int
        /// `expandedNodes` when the collection started (for the anchor's size).
        var startCount: Int
        /// The deepest nesting of collections among the children so far.
        var childDepth = 0
        /// The keys by text, built only once a mapping is too large for a linear scan.
        var keyIndex: [String: Mark]?
    }

    /// Mappings with fewer keys are checked for duplicates by scanning their keys.
    private static let linearScanLimit = 16

    let limits: ParserLimits
    private(set) var root: Node?
    private var stack: [Frame] = []
    private let values = NodeStack()
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
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
            let text = String(decoding: bytes, as: UTF8.self)
            let style = Self.style(data.style)
            let tag = data.tag.map { String(cString: $0) }
            try CoreSchema.checkTag(tag, onScalar: text, at: mark)
            let isVerbatim = data.anchor == nil && tag == nil && Self.isVerbatim(bytes, style: style, event: event)
            let scalar = Scalar(text: text, style: style, tag: tag, isVerbatim: isVerbatim)
            expandedNodes += 1
            try add(.scalar(scalar, mark), anchor: data.anchor.map { String(cString: $0) }, size: 1, depth: 0)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maxDepth else {
                throw YAMLError(.tooDeep, "nesting deeper than \(limits.maxDepth) levels", at: mark)
            }
            expandedNodes += 1
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            try CoreSchema.checkTag(tag.map { String(cString: $0) }, onCollection: isMapping ? .map : .seq, at: mark)
            stack.append(
                Frame(
                    isMapping: isMapping, mark: mark, anchor: anchor.map { String(cString: $0) },
                    start: values.count, startCount: expandedNodes))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node: Node =
                frame.isMapping
                ? .mapping(values.popPairs(from: frame.start), frame.mark)
                : .sequence(values.popArray(from: frame.start), frame.mark)
            try add(node, anchor: frame.anchor, size: expandedNodes - frame.startCount + 1, depth: frame.childDepth + 1)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(.undefinedAlias, "alias *\(name) names no anchor defined before it", at: mark)
            }
            // An alias repeats its target's nesting where it stands: the limit holds for the result.
            guard stack.count + target.depth <= limits.maxDepth else {
                throw YAMLError(
                    .tooDeep, "nesting deeper than \(limits.maxDepth) levels (through alias *\(name))", at: mark)
            }
            try expand(target.size, at: mark)
            try add(target.node, anchor: nil, size: target.size, depth: target.depth)
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(.multipleDocuments, "a second YAML document; expected one document per file", at: mark)
            }
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

    /// Adds a finished node to the open collection (or makes it the root). The node is consumed
    /// (moved, not copied) onto the value stack.
    private mutating func add(_ node: consuming Node, anchor: String?, size: Int, depth: Int) throws(YAMLError) {
        if let anchor { anchors[anchor] = (copy node, size, depth) }
        guard let top = stack.indices.last else {
            root = node
            return
        }
        if depth > stack[top].childDepth { stack[top].childDepth = depth }
        if stack[top].isMapping, (values.count - stack[top].start) % 2 == 0, case .scalar(let key, let mark) = node {
            try checkDuplicate(key.text, at: mark, frame: top)
        }
        values.push(node)
    }

    /// Throws when the open mapping `frame` already has the key `text`.
    private mutating func checkDuplicate(_ text: String, at mark: Mark, frame: Int) throws(YAMLError) {
        let start = stack[frame].start
        var first: Mark?
        if values.count - start < 2 * Self.linearScanLimit {
            for index in stride(from: start, to: values.count, by: 2) {
                first = values.markOfScalar(at: index, withText: text)
                if first != nil { break }
            }
        } else {
            var index = stack[frame].keyIndex ?? keyIndex(from: start)
            stack[frame].keyIndex = nil // keep the dictionary uniquely referenced while it changes
            first = index.updateValue(mark, forKey: text)
            if let first { index[text] = first }
            stack[frame].keyIndex = index
        }
        if let first {
            throw YAMLError(
                .duplicateKey, "duplicate key '\(text)' in this mapping (first at \(first))", at: mark, related: first)
        }
    }

    /// The scalar keys of the open mapping whose children start at `start`.
    private func keyIndex(from start: Int) -> [String: Mark] {
        var index: [String: Mark] = [:]
        for position in stride(from: start, to: values.count, by: 2) {
            if case .scalar(let key, let mark) = values[position] { index[key.text] = mark }
        }
        return index
    }

    /// Whether a scalar without anchor or tag appears in the source exactly as its text (the
    /// UTF-8 `bytes`), on one line: plain text always does; quoted text unless it has escapes
    /// (or `''`), which shows as fewer code points in the text than columns between the quotes.
    private static func isVerbatim(_ bytes: UnsafeBufferPointer<UInt8>, style: Scalar.Style, event: yaml_event_t)
        -> Bool
    {
        guard event.start_mark.line == event.end_mark.line else { return false }
        switch style {
        case .plain: return true
        case .singleQuoted, .doubleQuoted:
            let written = Int(event.end_mark.column) - Int(event.start_mark.column) - 2
            guard written <= bytes.count else { return false }
            var codePoints = 0
            for byte in bytes where byte & 0xC0 != 0x80 { codePoints += 1 }
            return written == codePoints
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
