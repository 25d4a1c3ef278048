@testable import InferCap

/// Shortcuts the tests use to look at one block's operators of a model whose layers share a shape.
extension OperatorBuilder {
    /// The operators of the model's (first) MoE block; empty for dense models.
    func mixtureOfExperts(step: StepShape) -> [Operator] {
        guard let moe = model.moe else { return [] }
        return mixtureOfExperts(moe, step: step)
    }

    /// The operators of the first layer's token mixer.
    func attention(step: StepShape) -> [Operator] { mixer(model.layers[0].mixer, step: step) }
}
