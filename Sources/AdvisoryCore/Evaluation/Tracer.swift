/// Receives the truth of every evaluated condition node. Evaluation is generic over the tracer,
/// so `NoTracer` compiles away and tracing costs nothing when it is off.
public protocol Tracer {
    /// When true, combinators evaluate every part (no short-circuit) so that the trace is complete.
    static var isComplete: Bool { get }
    mutating func record(node: Int32, isLeaf: Bool, truth: Truth)
}

/// The tracer that records nothing.
public struct NoTracer: Tracer {
    public static var isComplete: Bool { false }
    public init() {}
    @inline(__always) public mutating func record(node: Int32, isLeaf: Bool, truth: Truth) {}
}

/// Records the truth of every node: the trace explanations and coverage are built from.
public struct TruthRecorder: Tracer {
    public static var isComplete: Bool { true }
    /// Per compiled node: nil when not evaluated.
    public private(set) var truths: [Truth?]

    public init(nodeCount: Int) { truths = Array(repeating: nil, count: nodeCount) }

    public mutating func record(node: Int32, isLeaf: Bool, truth: Truth) { truths[Int(node)] = truth }
}

/// Counts leaf evaluations (with the usual short-circuits): for benchmarks.
public struct LeafCounter: Tracer {
    public static var isComplete: Bool { false }
    public private(set) var leaves = 0
    public init() {}
    @inline(__always) public mutating func record(node: Int32, isLeaf: Bool, truth: Truth) {
        if isLeaf { leaves += 1 }
    }
}
