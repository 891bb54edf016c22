/// What the catalog says of the quantity a leaf compares: its unit and the values it can take.
extension Ruleset {
    /// The unit of `subject`: the indicator's for its value and its change, per year for its
    /// slope; a sum or difference keeps its operands' unit when they share it (or only one
    /// declares one); a product or quotient has none.
    public func unit(of subject: Leaf.Subject) -> String? {
        guard case .indicator(let id) = subject.reference, let indicator = indicator(id) else { return nil }
        switch subject.measure {
        case .value, .change: return indicator.unit
        case .slope: return indicator.unit.map { $0 + " per year" } ?? "per year"
        case .arithmetic(let op, let other):
            guard op.keepsUnit else { return nil }
            let units = [indicator.unit, self.indicator(other)?.unit].compactMap { $0 }
            return Set(units).count == 1 ? units.first : nil
        }
    }

    /// The values `subject` can take when its indicators' values are within their ranges; nil
    /// when some indicator has no range (or a divisor's range holds 0), so that any value can be
    /// reached. A trend's change and slope (per year) are at most the range's width either way.
    public func possibleRange(of subject: Leaf.Subject) -> ClosedRange<Double>? {
        guard case .indicator(let id) = subject.reference, let range = indicator(id)?.range else { return nil }
        let width = range.upperBound - range.lowerBound
        switch subject.measure {
        case .value: return range
        case .change, .slope: return width.isFinite ? -width...width : nil
        case .arithmetic(let op, let other):
            guard let otherRange = indicator(other)?.range else { return nil }
            return Self.interval(op, range, otherRange)
        }
    }

    /// Interval arithmetic: every value of `a OP b` for `a` in `left` and `b` in `right`.
    static func interval(_ op: ArithmeticOperator, _ left: ClosedRange<Double>, _ right: ClosedRange<Double>)
        -> ClosedRange<Double>?
    {
        let bounds: [Double]
        switch op {
        case .add: bounds = [left.lowerBound + right.lowerBound, left.upperBound + right.upperBound]
        case .subtract: bounds = [left.lowerBound - right.upperBound, left.upperBound - right.lowerBound]
        case .multiply, .divide:
            if op == .divide, right.contains(0) { return nil }
            bounds = [left.lowerBound, left.upperBound].flatMap { a in
                [right.lowerBound, right.upperBound].map { b in op.apply(a, b) }
            }
        }
        guard bounds.allSatisfy(\.isFinite), let low = bounds.min(), let high = bounds.max() else { return nil }
        return low...high
    }
}
