/// The deployments a sweep considers for one model on one accelerator.
///
/// Layouts: tensor, pipeline and data-parallel degrees are powers of two with
/// `tp * pp * dp <= maxChips`; MoE models add every power-of-two expert-parallel degree that
/// divides a stage's `tp * dp` chips. Layouts the model cannot run (heads not divisible,
/// more stages than layers) are dropped. Precisions: every one of bf16, fp8 and int8 the chip
/// supports (or those asked for).
public enum SweepSpace {
    /// Every valid layout on at most `maxChips` chips.
    public static func layouts(model: ModelArchitecture, maxChips: Int) -> [Parallelism] {
        let powers = Array(sequence(first: 1) { $0 * 2 < Int.max / 2 ? $0 * 2 : nil }.prefix { $0 <= max(1, maxChips) })
        var layouts: [Parallelism] = []
        for tp in powers {
            for pp in powers where tp * pp <= maxChips {
                for dp in powers where tp * pp * dp <= maxChips {
                    let expertDegrees = model.moe == nil ? [1] : powers.filter { (tp * dp) % $0 == 0 }
                    for ep in expertDegrees {
                        let layout = Parallelism(tp: tp, pp: pp, ep: ep, dp: dp)
                        if (try? layout.validate(for: model)) != nil { layouts.append(layout) }
                    }
                }
            }
        }
        return layouts
    }

    /// A cheap lower bound on weight bytes per chip: all parameters at the smaller of the weight
    /// and expert precisions, spread evenly over the chips. A layout above the chip's memory cannot fit.
    static func cannotFit(model: ModelArchitecture, accelerator: Accelerator, dtype: DType, expertDType: DType? = nil, chips: Int) -> Bool {
        let bytes = min(dtype.bytesPerElement, expertDType?.bytesPerElement ?? dtype.bytesPerElement)
        return model.totalParameters * bytes / Double(chips) > accelerator.memoryBytes
    }
}
