/// A small mixed-integer linear program: minimise `objective · x` subject to linear rows,
/// `x ≥ 0`, and the variables marked in `integer` whole numbers.
///
/// Fleet planning is one of these (instances of each pool are whole numbers, flows between
/// prefill and decode pools are not). The problems are small (tens of rows, at most a few
/// hundred columns), so a dense simplex (`Simplex`) with branch and bound
/// (``BranchAndBound``) solves them exactly.
public struct LinearProgram: Sendable, Hashable {
    /// Relation of a row to its bound.
    public enum Relation: Sendable, Hashable {
        /// `coefficients · x ≤ bound`.
        case lessOrEqual
        /// `coefficients · x ≥ bound`.
        case greaterOrEqual
        /// `coefficients · x = bound`.
        case equal
    }

    /// One linear row: `coefficients · x (relation) bound`.
    public struct Row: Sendable, Hashable {
        /// Sparse coefficients: variable index to coefficient.
        public var coefficients: [Int: Double]
        /// How the row compares with its bound.
        public var relation: Relation
        /// The right-hand side.
        public var bound: Double

        /// A row `coefficients · x (relation) bound`.
        public init(_ coefficients: [Int: Double], _ relation: Relation, _ bound: Double) {
            self.coefficients = coefficients
            self.relation = relation
            self.bound = bound
        }
    }

    /// Number of variables.
    public var variableCount: Int
    /// Cost per unit of each variable (minimised).
    public var objective: [Double]
    /// The rows.
    public var rows: [Row]
    /// Which variables must be whole numbers.
    public var integer: [Bool]

    /// A program over `objective.count` variables.
    public init(objective: [Double], rows: [Row], integer: [Bool]) {
        variableCount = objective.count
        self.objective = objective
        self.rows = rows
        self.integer = integer
    }
}

/// The outcome of solving a ``LinearProgram``.
public enum LinearProgramResult: Sendable, Hashable {
    /// An optimum: the variable values and the objective there.
    case optimal(values: [Double], objective: Double)
    /// No point satisfies every row.
    case infeasible
    /// The objective decreases without limit.
    case unbounded
}
