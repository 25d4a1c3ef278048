extension InferCapError {
    /// Runs library code at a public entry point so that the entry point can promise
    /// `throws(InferCapError)`.
    ///
    /// Every `throw` inside the library throws an ``InferCapError``; internal functions are
    /// declared with untyped `throws` so that the model code stays plain Swift, and the public
    /// functions narrow the type here. Anything else reaching this point is a bug in InferCap:
    /// it trips an assertion in debug builds and is reported as an invalid configuration in
    /// release builds rather than stopping the caller's process.
    static func narrowing<T>(_ body: () throws -> T) throws(InferCapError) -> T {
        do {
            return try body()
        } catch let error as InferCapError {
            throw error
        } catch {
            assertionFailure("InferCap threw \(type(of: error)), not InferCapError: \(error)")
            throw InferCapError.invalidWorkload(
                field: "configuration", value: "\(error)", fix: "this is a bug in InferCap; please report it")
        }
    }
}
