/// Picks a parallel layout when the caller gives none: the layouts real deployments use,
/// at the smallest chip count that fits and the next two doublings, keeping the one with the
/// most output tokens per second per chip (within the SLOs, if any).
///
/// Candidates per chip count `n` (powers of two up to 256): tensor parallelism inside the
/// scale-up domain (`tp = n`), pipeline stages across domains (`tp = domain, pp = n/domain`);
/// for MoE models also expert parallelism with TP attention (`tp = n, ep = n`) and with
/// data-parallel attention (`tp = 1, dp = n, ep = n`, DeepSeek's and SGLang's large-EP layout),
/// TP attention per domain with EP across domains (`tp = domain, dp = n/domain, ep = n`), and the
/// attention groups in between (`tp = 2, 4, …` below both `n` and the domain, `dp = n/tp, ep = n`),
/// as vLLM-Ascend's Qwen3-235B-A22B reference runs (`tp = 4, dp = 4, ep = 16` on 16 910C dies,
/// specs/reference/serving-cases.json). MLA keeps one copy of its latent KV per TP rank, so a
/// smaller group holds more sequences per chip, while a larger one replicates fewer attention
/// weights: which wins depends on the chip's memory, hence all are tried.
public enum LayoutAdvisor {
    /// Candidate layouts on `chips` chips for this model and chip.
    public static func candidates(model: ModelArchitecture, accelerator: Accelerator, chips n: Int) -> [Parallelism] {
        let domain = max(1, accelerator.scaleUp.domainSize)
        var layouts: [Parallelism] = []
        if n <= domain {
            layouts.append(Parallelism(tp: n))
        } else if n % domain == 0 {
            layouts.append(Parallelism(tp: domain, pp: n / domain))
        }
        if model.moe != nil {
            if n <= domain { layouts.append(Parallelism(tp: n, ep: n)) }
            layouts.append(Parallelism(tp: 1, ep: n, dp: n))
            if n > domain, n % domain == 0 { layouts.append(Parallelism(tp: domain, ep: n, dp: n / domain)) }
            // Smaller TP attention groups inside the domain: less KV replication than tp = domain,
            // fewer replicated attention weights than tp = 1.
            for tp in sequence(first: 2, next: { $0 * 2 }).prefix(while: { $0 < min(n, domain) }) where n % tp == 0 {
                layouts.append(Parallelism(tp: tp, ep: n, dp: n / tp))
            }
        }
        return layouts.filter { (try? $0.validate(for: model)) != nil }
    }

    /// The best layout for a workload, with the estimate it gives; throws the last layout's
    /// error when none up to `maxChips` chips runs.
    public static func best(
        model: ModelArchitecture, deployment template: Deployment, workload: Workload, maxChips: Int = 256
    ) throws(InferCapError) -> (Parallelism, Estimate) {
        var best: (Parallelism, Estimate)?
        var firstFit: Int?
        var lastError: InferCapError?
        var chips = 1
        while chips <= maxChips {
            if let first = firstFit, chips > first * 4 { break }
            for layout in candidates(model: model, accelerator: template.accelerator, chips: chips) {
                var deployment = template
                deployment.parallelism = layout
                do {
                    let estimate = try Estimator(model: model, deployment: deployment).estimate(workload)
                    firstFit = firstFit ?? chips
                    if best == nil || estimate.serving.outputTokensPerSecondPerChip > best!.1.serving.outputTokensPerSecondPerChip {
                        best = (layout, estimate)
                    }
                } catch {
                    lastError = error
                }
            }
            chips *= 2
        }
        if let best { return best }
        throw lastError ?? InferCapError.invalidParallelism(detail: "no layout up to \(maxChips) chips", fix: "give --tp/--pp/--ep/--dp")
    }
}
