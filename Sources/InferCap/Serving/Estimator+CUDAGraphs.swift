/// Decode batches above the engine's CUDA-graph capture limit (``CUDAGraphCapture``).
///
/// A captured decode step replays every kernel from one graph launch: the calibration's
/// per-kernel overhead then shrinks to the engine's fitted replay overhead
/// (``EngineProfile/decodeKernelOverheadSeconds``). A batch above the limit runs eagerly: the
/// host launches each kernel itself, which the calibration timed as the GEMM curve's
/// `overheadSeconds` (single launches, host launch included). The host launches ahead of the
/// GPU, so the launches cost time only where they take longer than the kernels they launch:
/// the step is the longer of the two, `max(GPU step, kernels x launch)`. No constant is fitted.
extension Deployment {
    /// The engine's tensor-parallel size as its server counts it for `model`: tp x dp where MoE
    /// layers follow data-parallel attention groups (SGLang's `--tp-size` with
    /// `--enable-dp-attention`), else tp.
    func serverTensorParallel(model: ModelArchitecture) -> Int {
        model.moe != nil && parallelism.dp > 1 ? parallelism.tp * parallelism.dp : parallelism.tp
    }

    /// The largest decode micro-batch per rank, in sequences, this deployment of `model` runs
    /// from a captured CUDA graph; nil when every batch is (``EngineProfile/cudaGraphCapture``;
    /// a limit in tokens is divided by the tokens each sequence verifies a step).
    public func cudaGraphMaxBatch(model: ModelArchitecture) -> Int? {
        engine.cudaGraphCapture.maxBatch(
            deviceMemoryBytes: accelerator.memoryBytes, serverTensorParallel: serverTensorParallel(model: model),
            tokensPerSequence: speculative?.verifiedTokensPerSequence ?? 1)
    }
}

extension Estimator {
    /// The largest decode micro-batch per rank run from a captured CUDA graph (``Deployment/cudaGraphMaxBatch(model:)``).
    public var cudaGraphMaxBatch: Int? { deployment.cudaGraphMaxBatch(model: model) }

    /// Seconds the host needs to launch one eager decode step's kernels, one by one: the
    /// kernels of the fullest pipeline stage (with MTP, the draft and extend passes on the last)
    /// times the calibration's single-launch overhead, over the pipeline as a step's stages are
    /// (the sum of the stages, or `pp` times the fullest). Collectives count as kernels; the
    /// pipeline's send and receive do not.
    public func eagerDispatchSeconds(contextTokens: Int) -> Double {
        let speculative = deployment.speculative
        let context = Double(max(1, contextTokens))
        let step = StepShape.decodeIteration(batch: 1, context: context, speculative: speculative)
        func kernels(_ operators: [Operator]) -> Double {
            Double(operators.count { !$0.kind.isCommunication || ($0.groupSize > 1 && $0.communicationBytes > 0) })
        }
        let perBlock = evaluator.blocks(step).map(kernels)
        var perStage = evaluator.plan.stages.map { StepSkeleton.dot($0.blockCounts, perBlock) }
        if let speculative, !perStage.isEmpty {
            perStage[perStage.count - 1] += Double(speculative.draftTokens)
                * kernels(evaluator.multiTokenPredictionOperators(.decode(batch: 1, context: context), head: true))
                + kernels(evaluator.multiTokenPredictionOperators(step, head: false))
        }
        let launches = max(perStage.reduce(0, +), Double(perStage.count) * (perStage.max() ?? 0))
        return launches * deployment.calibration.gemm.overheadSeconds
    }

    /// A decode step's device seconds `seconds` at micro-batch `micro`, taken as eager above
    /// the capture limit: at least the host's dispatch.
    func capturedOrEager(_ seconds: Double, microBatch micro: Double, contextTokens: Int) -> Double {
        guard let limit = cudaGraphMaxBatch, micro > Double(limit) else { return seconds }
        return max(seconds, eagerDispatchSeconds(contextTokens: contextTokens))
    }
}
