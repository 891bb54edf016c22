/// A quantity leaves compare that a profile does not give directly: a trend of an indicator's
/// series (`change(x, 5)`, `slope(x, 5)`) or an arithmetic expression of two indicators
/// (`a - b`). Each distinct one has a slot of its own in a ``ProfileVector``, after the
/// indicators' slots, so that its leaves compile to plain number comparisons.
///
/// A trend is computed when the vector is built (``CompiledRuleset/rawVector(for:)``, from the
/// profile's series); an expression once applicability is decided, from its operands' slots, so
/// that changing an operand in a vector (a what-if, a Monte Carlo draw) changes the expression.
struct DerivedQuantity: Sendable {
    /// The leaf subject it computes (`change(x, 5)`, `a - b`).
    var subject: Leaf.Subject
    /// The slot of the indicator it reads (a trend's, or an expression's first operand).
    var indicator: Int32
    /// An expression's second operand, or -1 for a trend.
    var other: Int32
    /// An expression's operator; nil for a trend.
    var op: ArithmeticOperator?

    var isTrend: Bool { op == nil }

    /// The state and value of the quantity in `slot` of `vector`, whose indicators' states are
    /// decided (applicability included):
    ///
    /// - a trend is not applicable where its indicator is not, missing where the indicator has no
    ///   value, else as computed from the series when the vector was built (missing with fewer
    ///   than two points in the window), which `slot` holds;
    /// - an expression is not applicable where an operand is not, missing where an operand is, or
    ///   where the result is not a finite number (a division by zero), else its value.
    ///
    /// Deciding a vector twice gives the same result.
    @inline(__always)
    func evaluate(in vector: ProfileVector, slot: Int) -> (state: ProfileVector.ValueState, value: Double) {
        let left = Int(indicator)
        guard let op else {
            switch vector.states[left] {
            case .present: return (vector.states[slot], vector.values[slot])
            case .missing: return (.missing, 0)
            case .notApplicable: return (.notApplicable, 0)
            }
        }
        let right = Int(other)
        if vector.states[left] == .notApplicable || vector.states[right] == .notApplicable {
            return (.notApplicable, 0)
        }
        guard vector.states[left] == .present, vector.states[right] == .present else { return (.missing, 0) }
        let result = op.apply(vector.values[left], vector.values[right])
        return result.isFinite ? (.present, NumberFormat.withoutBinaryNoise(result)) : (.missing, 0)
    }
}
