/// A YAML node with the position where it starts.
///
/// Mappings keep their pairs in document order; duplicate keys are rejected by the parser.
public enum Node: Sendable {
    case scalar(Scalar, Mark)
    case sequence([Node], Mark)
    case mapping([Pair], Mark)

    /// A key and its value in a mapping.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    /// Where the node starts (its anchor or tag included).
    public var mark: Mark {
        switch self {
        case .scalar(_, let mark), .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar, _) = self { scalar } else { nil }
    }

    /// A short name of the node's kind for messages ("a mapping", "a list", "a string", ...).
    public var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar, _): scalar.resolved.kindDescription
        }
    }
}

/// A scalar's text, style and explicit tag.
public struct Scalar: Sendable, Equatable {
    /// How the scalar was written.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    public var tag: String?

    public init(text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// The value under the YAML 1.2 core schema.
    public var resolved: ScalarValue { CoreSchema.resolve(self) }

    /// Whether the text sits on one line of the source, so that inner columns can be computed.
    public var isSingleLine: Bool {
        switch style {
        case .plain, .singleQuoted, .doubleQuoted: !text.contains("\n")
        case .literal, .folded: false
        }
    }

    /// The number of code points between the node's mark and the first character of the text.
    public var contentOffset: Int {
        switch style {
        case .singleQuoted, .doubleQuoted: 1
        default: 0
        }
    }
}
