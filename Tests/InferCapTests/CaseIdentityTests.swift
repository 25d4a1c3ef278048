import Testing
@testable import InferCap

/// The String-backed enums that cache keys hold compare and hash by case (not by their raw
/// string, the standard library's default); that must not change which values are equal.
@Suite("Enums compared by case agree with their raw values")
struct CaseIdentityTests {
    static func check<T: Hashable & RawRepresentable>(_ cases: [T]) where T.RawValue == String {
        for a in cases {
            for b in cases {
                #expect((a == b) == (a.rawValue == b.rawValue), "\(a.rawValue) against \(b.rawValue)")
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
        }
        #expect(Set(cases).count == cases.count)
    }

    @Test("Precisions, operator kinds and step phases: equal exactly when their names are, one hash per case")
    func agree() {
        Self.check(DType.allCases)
        Self.check(Operator.Kind.allCases)
        Self.check([StepShape.Phase.prefill, .decode])
        #expect(DType.allCases.map(\.ordinal) == Array(0..<DType.allCases.count))
        #expect(Operator.Kind.allCases.map(\.ordinal) == Array(0..<Operator.Kind.allCases.count))
    }
}
