import InferCap

/// The usage example in README.md ("Use it as a library"), compiled and run by
/// `ReadmeExampleTests`; the lines between the markers must appear in the README verbatim.
func readmeExample() throws {
    // README example begin
    let catalog = try Catalog()  // the built-in specs; Catalog(adding: ["my-specs"]) adds yours
    let estimate = try catalog.estimate(EstimateRequest(
        model: "llama-3.1-70b", accelerator: "h200", parallelism: Parallelism(tp: 4), weightDType: .fp8,
        workload: Workload(inputTokens: 2000, outputTokens: 500, slo: LatencySLO(tpotSeconds: 0.05))))
    print("\(estimate.serving.outputTokensPerSecondPerChip) output tokens/s per chip at batch \(estimate.batch)")
    for band in estimate.confidence {  // expected predicted/measured ratio, from validation
        print(band.metric, band.lowRatio, band.highRatio, band.extrapolating ? "(extrapolating)" : "")
    }
    // README example end
}
