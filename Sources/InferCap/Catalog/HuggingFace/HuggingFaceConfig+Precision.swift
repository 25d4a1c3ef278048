/// The precisions a checkpoint is published in, from its `quantization_config` (in the config or
/// its `text_config`), DeepSeek-V4's `expert_dtype`, or the `hf_quant_config.json` a ModelOpt
/// export ships beside the config.
///
/// - `quant_method: fp8` (block FP8): every linear layer fp8.
/// - `quant_method: mxfp4` (gpt-oss): the experts MXFP4, the rest (attention, router, embedding,
///   head: `modules_to_not_convert`) bf16.
/// - `expert_dtype: fp4` (DeepSeek-V4): the experts MXFP4 beside the fp8 rest.
/// - `config_groups` (compressed-tensors and ModelOpt exports): 4-bit float weights with 16-element
///   groups are NVFP4, with 32-element groups MXFP4, 4-bit integers are int4 (W4A16), 8-bit floats
///   fp8; when the `ignore` list keeps attention out, only the experts take the 4-bit format.
/// - `hf_quant_config.json` `quant_algo`: NVFP4, FP8, or MIXED_PRECISION (its `quantized_layers`
///   say which experts are NVFP4).
struct Precision {
    /// The linear layers' precision.
    var weights: DType = .bf16
    /// The routed experts' precision where it differs.
    var experts: DType?
    /// What a reader should know (an FP8 KV cache the export calibrated, formats read as others).
    var notes: [String] = []

    static func read(_ config: HuggingFaceConfig, quantization sibling: JSONDocument?) throws -> Precision {
        var precision = Precision()
        let document = try config.text.optionalObject("quantization_config") ?? config.root.optionalObject("quantization_config")
        if let document {
            try precision.apply(quantizationConfig: document)
        }
        if let expert = try config.text.optionalString("expert_dtype") {
            switch expert.lowercased() {
            case "fp4", "mxfp4": precision.experts = .mxfp4
            case "fp8": precision.experts = precision.weights == .fp8 ? nil : .fp8
            default: precision.notes.append("expert_dtype '\(expert)' is not understood: the experts are costed in the weight precision")
            }
        }
        if let sibling {
            try precision.apply(modelOpt: sibling)
        }
        if precision.experts == precision.weights { precision.experts = nil }
        precision.notes = precision.notes.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        return precision
    }

    mutating func apply(quantizationConfig document: JSONDocument) throws {
        let method = try document.optionalString("quant_method")?.lowercased()
        switch method {
        case "fp8"?:
            weights = .fp8
            return
        case "mxfp4"?:
            experts = .mxfp4
            return
        default: break
        }
        if let format = try document.optionalString("quant_algo")?.uppercased() {
            if format == "MIXED_PRECISION" {
                try applyMixed(document)
                return
            }
            try applyAlgorithm(format, excludesAttention: try Self.excludesAttention(document, key: "ignore"))
            return
        }
        guard let groups = try document.optionalObject("config_groups") else {
            if let method { notes.append("quant_method '\(method)' is not understood: weights are costed in bf16 unless --weight-dtype says otherwise") }
            return
        }
        let excludes = try Self.excludesAttention(document, key: "ignore")
        let format = try document.optionalString("format")?.lowercased() ?? ""
        for key in groups.fields.keys.sorted() {
            guard let group = try groups.optionalObject(key), let weights = try group.optionalObject("weights") else { continue }
            let bits = try weights.optionalCount("num_bits", limit: 64) ?? 16
            let type = try weights.optionalString("type")?.lowercased() ?? "int"
            let groupSize = try weights.optionalCount("group_size", limit: 1e6)
            let dtype: DType?
            switch (bits, type) {
            case (4, "float"): dtype = (groupSize == 32 || format.contains("mxfp4")) ? .mxfp4 : .fp4
            case (4, _): dtype = .int4
            case (8, "float"): dtype = .fp8
            case (8, _): dtype = .int8
            default: dtype = nil
            }
            guard let dtype else { continue }
            if [.fp4, .mxfp4, .int4].contains(dtype) {
                experts = dtype
                if !excludes { self.weights = dtype }
            } else if experts == nil || [.fp8, .int8].contains(dtype) {
                // An 8-bit group alongside 4-bit experts (Qwen3.6 NVFP4: FP8 attention and GDN).
                self.weights = dtype
            }
        }
    }

    mutating func apply(modelOpt document: JSONDocument) throws {
        guard let quantization = try document.optionalObject("quantization") else { return }
        if let kv = try quantization.optionalString("kv_cache_quant_algo"), kv.uppercased() == "FP8" {
            notes.append("the export ships FP8 KV-cache scales (kv_cache_quant_algo FP8): pass --kv-dtype fp8 to cost the cache as it runs")
        }
        guard let algorithm = try quantization.optionalString("quant_algo")?.uppercased() else { return }
        if algorithm == "MIXED_PRECISION" {
            try applyMixed(quantization)
            return
        }
        try applyAlgorithm(algorithm, excludesAttention: try Self.excludesAttention(quantization, key: "exclude_modules"))
    }

    /// ModelOpt's MIXED_PRECISION: `quantized_layers` names each layer's algorithm. NVFP4 on the
    /// routed experts makes them fp4; FP8 elsewhere makes the rest fp8; 4-bit dense MLPs (Qwen3.6-27B)
    /// cannot be told apart from attention in one weight precision, so they are noted.
    private mutating func applyMixed(_ document: JSONDocument) throws {
        guard let layers = try document.optionalObject("quantized_layers") else { return }
        var expertFP4 = false, denseFP4 = false, sawFP8 = false
        for key in layers.fields.keys {
            guard let layer = try layers.optionalObject(key), let algo = try layer.optionalString("quant_algo")?.uppercased() else { continue }
            if algo.contains("NVFP4") {
                if key.contains("experts") { expertFP4 = true } else { denseFP4 = true }
            } else if algo.contains("FP8") {
                sawFP8 = true
            }
        }
        if expertFP4 { experts = .fp4 }
        if sawFP8 { weights = .fp8 }
        if denseFP4 && !expertFP4 {
            notes.append("the export keeps its dense MLPs in 4-bit NVFP4 and the rest in \(weights.rawValue): every linear layer is costed in \(weights.rawValue)")
        }
    }

    private mutating func applyAlgorithm(_ algorithm: String, excludesAttention: Bool) throws {
        switch algorithm {
        case "NVFP4", "W4A16_NVFP4", "NVFP4_AWQ":
            experts = .fp4
            if !excludesAttention { weights = .fp4 }
        case "MXFP4":
            experts = .mxfp4
        case "FP8", "FP8_PB_WO", "FP8_BLOCK":
            weights = .fp8
        case "W4A16_AWQ", "W4A8_AWQ", "INT4_AWQ":
            experts = .int4
            if !excludesAttention { weights = .int4 }
        default:
            notes.append("quant_algo '\(algorithm)' is not understood: weights are costed in bf16 unless --weight-dtype says otherwise")
        }
    }

    /// Whether an exclusion list keeps the attention projections in high precision.
    private static func excludesAttention(_ document: JSONDocument, key: String) throws -> Bool {
        let names = (try? document.stringArray(key)) ?? []
        return names.contains { $0.contains("attn") || $0.contains("attention") }
    }
}
