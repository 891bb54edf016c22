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
    /// Whether the text was written on one line, character for character (no escapes, no line
    /// folding, no anchor or tag before it); set by the parser.
    private var isVerbatim: Bool

    /// A scalar; `isVerbatim` (for the parser) says whether the text appears in the source
    /// exactly, after the mark and `contentOffset`. By default, a one-line plain or quoted text is.
    public init(text: String, style: Style = .plain, tag: String? = nil, isVerbatim: Bool? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        self.isVerbatim = isVerbatim ?? !text.contains("\n")
    }

    public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
        lhs.text == rhs.text && lhs.style == rhs.style && lhs.tag == rhs.tag
    }

    /// The value under the YAML 1.2 core schema.
    public var resolved: ScalarValue { CoreSchema.resolve(self) }

    /// Whether the text sits on one line of the source character for character, so that inner
    /// columns can be computed (as `mark + contentOffset + index`).
    public var isSingleLine: Bool {
        switch style {
        case .plain, .singleQuoted, .doubleQuoted: isVerbatim
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
