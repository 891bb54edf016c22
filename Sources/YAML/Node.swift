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
    /// The style, the verbatim flag and the (rare) tag, packed into one word so that a node
    /// stays small: a tree holds hundreds of thousands of them.
    private var details: Details

    /// The style, the tag and whether the text appears in the source exactly as written.
    private enum Details: Sendable {
        case untagged(Style, isVerbatim: Bool)
        case tagged(Tagged)

        init(style: Style, tag: String?, isVerbatim: Bool) {
            self =
                tag.map { .tagged(Tagged(tag: $0, style: style, isVerbatim: isVerbatim)) }
                ?? .untagged(style, isVerbatim: isVerbatim)
        }

        var style: Style {
            switch self {
            case .untagged(let style, _): style
            case .tagged(let tagged): tagged.style
            }
        }

        var tag: String? {
            if case .tagged(let tagged) = self { tagged.tag } else { nil }
        }

        var isVerbatim: Bool {
            switch self {
            case .untagged(_, let isVerbatim): isVerbatim
            case .tagged(let tagged): tagged.isVerbatim
            }
        }
    }

    private final class Tagged: Sendable {
        let tag: String
        let style: Style
        let isVerbatim: Bool

        init(tag: String, style: Style, isVerbatim: Bool) {
            self.tag = tag
            self.style = style
            self.isVerbatim = isVerbatim
        }
    }

    /// A scalar; `isVerbatim` (for the parser) says whether the text appears in the source
    /// exactly, after the mark and `contentOffset`. By default, a one-line plain or quoted text is.
    public init(text: String, style: Style = .plain, tag: String? = nil, isVerbatim: Bool? = nil) {
        self.text = text
        details = Details(style: style, tag: tag, isVerbatim: isVerbatim ?? !text.contains("\n"))
    }

    /// How the scalar was written.
    public var style: Style {
        get { details.style }
        set { details = Details(style: newValue, tag: details.tag, isVerbatim: details.isVerbatim) }
    }

    /// The explicit tag (`!!str` arrives as `tag:yaml.org,2002:str`), if any.
    public var tag: String? {
        get { details.tag }
        set { details = Details(style: details.style, tag: newValue, isVerbatim: details.isVerbatim) }
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
        case .plain, .singleQuoted, .doubleQuoted: details.isVerbatim
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
