/// Readers for the families whose layers differ by more than the attention span or the
/// feed-forward block. Each cites the config keys it reads; the architecture facts behind them
/// (what a `compress_ratios` entry or a `hybrid_override_pattern` letter means) are in the
/// performance-model article (DocC `PerformanceModel`).
extension HuggingFaceConfig {
    /// DeepSeek-V4: `compress_ratios[i]` per layer (0: window only; 4: compressed sparse attention
    /// with the indexer; 128: heavily compressed), a `sliding_window` on every layer, hash-routed
    /// experts on the first `num_hash_layers`, `hc_mult` residual streams. The list's extra last
    /// entry is the MTP module's.
    func deepSeekV4(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        guard let ratios = try intArray("compress_ratios"), ratios.count >= count else {
            throw invalid("compress_ratios", "is missing or shorter than num_hidden_layers", fix: "give one compression ratio per layer (0, 4 or 128)")
        }
        let heads = try text.count("num_attention_heads", limit: 100_000)
        let headDim = try text.count("head_dim", limit: 100_000)
        let qLoraRank = try text.count("q_lora_rank", limit: 1_000_000)
        if let kvHeads = try text.optionalCount("num_key_value_heads", limit: 100_000), kvHeads != 1 {
            throw invalid("num_key_value_heads", "is \(kvHeads); DeepSeek-V4 attention has one shared key/value head", fix: "use 1")
        }
        let indexer = SparseIndexer(
            heads: try text.count("index_n_heads", limit: 100_000), headDim: try text.count("index_head_dim", limit: 100_000),
            topK: try text.count("index_topk", limit: 1e9), queryInputWidth: qLoraRank)
        let window = try text.count("sliding_window", limit: 1e9)
        let streams = try text.optionalCount("hc_mult", limit: 64) ?? 1
        let hashLayers = try text.optionalCount("num_hash_layers", limit: 1e6, allowZero: true) ?? 0
        guard let moe = try mixtureOfExperts() else { throw InferCapError.missingField(path: path, field: text.name("n_routed_experts")) }
        // Every layer's attention has this shape; the ratio (and with it the indexer) varies.
        let shape = CompressedAttention(
            heads: heads, headDim: headDim, ropeHeadDim: try text.optionalCount("qk_rope_head_dim", limit: 100_000) ?? 64,
            qLoraRank: qLoraRank, oLoraRank: try text.count("o_lora_rank", limit: 1_000_000),
            oGroups: try text.optionalCount("o_groups", limit: 100_000) ?? 1, window: window, compressionRatio: 0)
        func mixer(_ ratio: Int) throws -> TokenMixer {
            guard ratio == 0 || ratio > 1 else {
                throw invalid("compress_ratios", "has \(ratio), expected 0 (window only) or a ratio above 1", fix: "use 0, 4 or 128")
            }
            var attention = shape
            attention.compressionRatio = ratio
            attention.indexer = ratio == 4 ? indexer : nil
            return .compressed(attention)
        }
        var layers: [DecoderLayer] = []
        for index in 0..<count {
            var experts = moe
            experts.hashRouted = index < hashLayers
            layers.append(DecoderLayer(mixer: try mixer(ratios[index]), feedForward: .mixture(experts), residualStreams: streams))
        }
        let mtp = DecoderLayer(mixer: try mixer(ratios.count > count ? ratios[count] : 0), feedForward: .mixture(moe), residualStreams: streams)
        return (layers, mtp)
    }

    /// Qwen3-Next and Qwen3.5/3.6: `layer_types` (`linear_attention` / `full_attention`, or every
    /// `full_attention_interval`-th layer full): Gated DeltaNet layers and gated full attention
    /// (`attn_output_gate`, always on in Qwen3-Next); the recurrent state in `mamba_ssm_dtype`.
    func gatedDelta(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let types: [String]
        if let named = try layerNames("layer_types", layers: count) {
            types = named
        } else {
            let interval = try text.optionalCount("full_attention_interval", limit: 1e6) ?? 4
            types = (0..<count).map { ($0 + 1) % interval == 0 ? "full_attention" : "linear_attention" }
        }
        var attention = try softmaxAttention(hidden: hidden)
        attention.outputGate = try text.optionalBool("attn_output_gate") ?? true
        let delta = LinearAttention(
            variant: .gatedDeltaNet, keyHeads: try text.count("linear_num_key_heads", limit: 100_000),
            valueHeads: try text.count("linear_num_value_heads", limit: 100_000), keyHeadDim: try text.count("linear_key_head_dim", limit: 100_000),
            valueHeadDim: try text.count("linear_value_head_dim", limit: 100_000),
            convKernel: try text.optionalCount("linear_conv_kernel_dim", limit: 1_000) ?? 4,
            stateBytesPerElement: try stateBytes("mamba_ssm_dtype", default: 2))
        let ffn = try feedForwardBlocks(layers: count)
        let layers = try types.enumerated().map { index, type -> DecoderLayer in
            switch type {
            case "linear_attention": return DecoderLayer(mixer: .linear(delta), feedForward: ffn[index])
            case "full_attention": return DecoderLayer(mixer: .attention(attention), feedForward: ffn[index])
            default: throw invalid("layer_types[\(index)]", "is '\(type)'", fix: "use linear_attention or full_attention")
            }
        }
        return (layers, DecoderLayer(mixer: .attention(attention), feedForward: ffn[count - 1]))
    }

    /// Llama 4: chunked local attention (`attention_chunk_size`) on the RoPE layers and global
    /// attention on the NoPE ones (`no_rope_layers`, else every fourth); experts every
    /// `interleave_moe_layer_step`-th layer (or `moe_layers`) with one shared expert of the
    /// experts' width; dense layers use `intermediate_size_mlp`.
    func llama4(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let chunk = try text.optionalCount("attention_chunk_size", limit: 1e9)
        let ropeFlags = try intArray("no_rope_layers").map { $0.map { $0 != 0 } }
            ?? (0..<count).map { ($0 + 1) % (4) != 0 }
        guard ropeFlags.count >= count else { throw invalid("no_rope_layers", "lists \(ropeFlags.count) layers", fix: "give one flag per layer") }
        let attention = try softmaxAttention(hidden: hidden)
        guard var moe = try mixtureOfExperts() else { throw InferCapError.missingField(path: path, field: text.name("num_local_experts")) }
        moe.sharedIntermediateSize = moe.expertIntermediateSize
        let moeIndices: Set<Int>
        if let listed = try intArray("moe_layers") {
            moeIndices = Set(listed)
        } else {
            let step = try text.optionalCount("interleave_moe_layer_step", limit: 1e6) ?? 1
            moeIndices = Set(stride(from: step - 1, to: count, by: step))
        }
        let dense = try text.has("intermediate_size_mlp") ? denseMLP(key: "intermediate_size_mlp") : denseMLP()
        let layers = (0..<count).map { index -> DecoderLayer in
            var a = attention
            if ropeFlags[index], let chunk { a.span = .chunked(tokens: chunk) }
            return DecoderLayer(mixer: .attention(a), feedForward: moeIndices.contains(index) ? .mixture(moe) : .dense(dense))
        }
        return (layers, nil)
    }

    /// Gemma 4: `layer_types` sliding (`num_key_value_heads` of `head_dim`, `sliding_window`) or
    /// full (`num_global_key_value_heads` of `global_head_dim`, keys doubling as values with
    /// `attention_k_eq_v`); with `enable_moe_block` every layer runs the dense MLP beside the
    /// experts (`top_k_experts` of `num_experts`, `moe_intermediate_size`).
    mutating func gemma4(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let sliding = try softmaxAttention(hidden: hidden)
        var full = sliding
        full.kvHeads = try text.optionalCount("num_global_key_value_heads", limit: 100_000) ?? sliding.kvHeads
        full.headDim = try text.optionalCount("global_head_dim", limit: 100_000) ?? sliding.headDim
        full.valueHeadDim = full.headDim
        full.sharedKeyValue = try text.optionalBool("attention_k_eq_v") ?? false
        let spans = try spans(layers: count)
        var ffn = FeedForward.dense(try denseMLP())
        if try text.optionalBool("enable_moe_block") ?? false, var moe = try mixtureOfExperts() {
            moe.expertIntermediateSize = try text.count("moe_intermediate_size", limit: 10_000_000)
            moe.parallelDenseIntermediateSize = try text.count("intermediate_size", limit: 10_000_000)
            ffn = .mixture(moe)
        }
        for (key, what) in [("num_kv_shared_layers", "cross-layer KV sharing"), ("hidden_size_per_layer_input", "per-layer input embeddings")] {
            if let value = try text.optionalCount(key, limit: 1e9, allowZero: true), value > 0 {
                ignored.append("\(key) = \(value) (\(what)) is not modelled: KV and embedding cost are counted as if it were 0")
            }
        }
        if try text.optionalBool("use_double_wide_mlp") ?? false {
            ignored.append("use_double_wide_mlp is not modelled: the MLP is costed at intermediate_size")
        }
        let layers = spans.map { span -> DecoderLayer in
            if case .full = span { return DecoderLayer(mixer: .attention(full), feedForward: ffn) }
            var a = sliding
            a.span = span
            return DecoderLayer(mixer: .attention(a), feedForward: ffn)
        }
        return (layers, nil)
    }

    /// MiniMax-M3: GQA with block-sparse attention (`sparse_attention_config`: on the layers whose
    /// `sparse_attention_freq` flag is 1, an indexer of `sparse_num_index_heads` x
    /// `sparse_index_dim` keeps `sparse_topk_blocks` blocks of `sparse_block_size` tokens, index keys
    /// cached in bf16); dense layers by `moe_layer_freq` with `dense_intermediate_size`.
    func minimaxM3(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        var attention = try softmaxAttention(hidden: hidden)
        attention.outputGate = try text.optionalBool("attention_output_gate") ?? false
        var sparseFlags = Array(repeating: false, count: count)
        var indexer: SparseIndexer?
        if let config = try text.optionalObject("sparse_attention_config"), try config.optionalBool("use_sparse_attention") ?? true {
            let dim = try config.count("sparse_index_dim", limit: 100_000)
            let block = try config.count("sparse_block_size", limit: 1e6)
            let blocks = try config.count("sparse_topk_blocks", limit: 1e6) + (try config.optionalCount("sparse_local_block", limit: 1e6, allowZero: true) ?? 0)
            indexer = SparseIndexer(
                heads: try config.count("sparse_num_index_heads", limit: 100_000), headDim: dim, topK: blocks * block,
                queryInputWidth: hidden, keyBytesPerToken: Double(dim) * 2)
            let flags = try intArray("sparse_attention_freq", in: config) ?? Array(repeating: 1, count: count)
            guard flags.count >= count else {
                throw invalid("sparse_attention_config.sparse_attention_freq", "lists \(flags.count) layers", fix: "give one flag per layer")
            }
            sparseFlags = flags.prefix(count).map { $0 != 0 }
        }
        let ffn = try feedForwardBlocks(layers: count, denseKey: text.has("dense_intermediate_size") ? "dense_intermediate_size" : "intermediate_size")
        let layers = (0..<count).map { index -> DecoderLayer in
            var a = attention
            if sparseFlags[index] { a.indexer = indexer }
            return DecoderLayer(mixer: .attention(a), feedForward: ffn[index])
        }
        return (layers, nil)
    }

    /// MiMo-V2-Flash: `hybrid_layer_pattern` 1 = sliding-window layer with its own `swa_*` heads,
    /// 0 = full attention; `v_head_dim` narrower than `head_dim`; experts by `moe_layer_freq`.
    func mimoV2(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        guard let pattern = try intArray("hybrid_layer_pattern"), pattern.count >= count else {
            throw invalid("hybrid_layer_pattern", "is missing or shorter than num_hidden_layers", fix: "give one 0/1 flag per layer")
        }
        let full = try softmaxAttention(hidden: hidden, valueHeadDimKey: "v_head_dim")
        var swa = try softmaxAttention(
            hidden: hidden, headsKey: "swa_num_attention_heads", kvHeadsKey: "swa_num_key_value_heads", headDimKey: "swa_head_dim",
            valueHeadDimKey: "swa_v_head_dim")
        swa.span = .slidingWindow(tokens: try text.count("sliding_window", limit: 1e9))
        let ffn = try feedForwardBlocks(layers: count)
        return ((0..<count).map { DecoderLayer(mixer: .attention(pattern[$0] == 1 ? swa : full), feedForward: ffn[$0]) }, nil)
    }

    /// Nemotron-H: one block per layer from `hybrid_override_pattern` (`M` Mamba-2, `*` attention,
    /// `E` MoE, `-` MLP) or `layers_block_type`; plain (squared-ReLU) MLPs and experts, latent MoE
    /// (`moe_latent_size`); the MTP module is one attention and one MoE block.
    func nemotronH(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let letters: [Character]
        if let pattern = try text.optionalString("hybrid_override_pattern") {
            letters = Array(pattern)
        } else if let names = try layerNames("layers_block_type", layers: count) {
            letters = try names.enumerated().map { index, name in
                switch name {
                case "mamba": return "M"
                case "attention": return "*"
                case "moe": return "E"
                case "mlp": return "-"
                default: throw invalid("layers_block_type[\(index)]", "is '\(name)'", fix: "use mamba, attention, moe or mlp")
                }
            }
        } else {
            throw InferCapError.missingField(path: path, field: text.name("hybrid_override_pattern"))
        }
        guard letters.count == count else {
            throw invalid("hybrid_override_pattern", "has \(letters.count) blocks, num_hidden_layers is \(count)", fix: "give one letter per layer")
        }
        let mamba = StateSpaceMixer(
            heads: try text.count("mamba_num_heads", limit: 100_000), headDim: try text.count("mamba_head_dim", limit: 100_000),
            groups: try text.optionalCount("n_groups", limit: 100_000) ?? 1, stateSize: try text.count("ssm_state_size", limit: 100_000),
            convKernel: try text.optionalCount("conv_kernel", limit: 1_000) ?? 4, stateBytesPerElement: try stateBytes("mamba_ssm_cache_dtype", default: 4))
        let attention = try softmaxAttention(hidden: hidden)
        var moe = try mixtureOfExperts()
        moe?.gated = false
        moe?.latentSize = try text.optionalCount("moe_latent_size", limit: 10_000_000)
        let mlp = letters.contains("-") ? try denseMLP(gated: false) : nil
        let layers = try letters.enumerated().map { index, letter -> DecoderLayer in
            switch letter {
            case "M": return DecoderLayer(mixer: .stateSpace(mamba), feedForward: .none)
            case "*": return DecoderLayer(mixer: .attention(attention), feedForward: .none)
            case "E":
                guard let moe else { throw InferCapError.missingField(path: path, field: text.name("n_routed_experts")) }
                return DecoderLayer(mixer: .none, feedForward: .mixture(moe))
            case "-": return DecoderLayer(mixer: .none, feedForward: .dense(mlp!))
            default: throw invalid("hybrid_override_pattern", "has '\(letter)' at layer \(index)", fix: "use M, *, E or -")
            }
        }
        let mtp = moe.map { DecoderLayer(mixer: .attention(attention), feedForward: .mixture($0)) }
        return (layers, mtp)
    }

    /// NVIDIA's NAS models (DeciLM `block_configs`): per layer, attention with
    /// `num_attention_heads / n_heads_in_group` KV heads or none (`no_op`), and an MLP of
    /// `round_up_256(2 x ffn_mult x hidden / 3)` or none.
    func nemotronNAS(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let blocks = try text.objectArray("block_configs")
        guard blocks.count == count else {
            throw invalid("block_configs", "lists \(blocks.count) blocks, num_hidden_layers is \(count)", fix: "give one block per layer")
        }
        let heads = try text.count("num_attention_heads", limit: 100_000)
        let headDim = try text.optionalCount("head_dim", limit: 100_000) ?? hidden / heads
        return (try blocks.map { block -> DecoderLayer in
            let attention = try block.object("attention"), ffn = try block.object("ffn")
            for part in [attention, ffn] where try part.optionalBool("replace_with_linear") ?? false {
                throw InferCapError.invalidField(
                    path: path, field: part.name("replace_with_linear"), problem: "is true: linear-replacement blocks are not modelled",
                    fix: "use a checkpoint without replace_with_linear blocks")
            }
            let mixer: TokenMixer
            if try attention.optionalBool("no_op") ?? false {
                mixer = .none
            } else {
                let group = try attention.count("n_heads_in_group", limit: 100_000)
                mixer = .attention(SoftmaxAttention(heads: heads, kvHeads: max(1, heads / group), headDim: headDim))
            }
            let feedForward: FeedForward
            if try ffn.optionalBool("no_op") ?? false {
                feedForward = .none
            } else {
                let multiplier = try ffn.positive("ffn_mult")
                guard multiplier <= 100 else {
                    throw InferCapError.invalidField(
                        path: path, field: ffn.name("ffn_mult"), problem: "is \(JSONDocument.format(multiplier)), above 100",
                        fix: "write the MLP width as a multiple of the hidden size, e.g. 5.25")
                }
                let width = Int(2 * multiplier * Double(hidden) / 3)
                feedForward = .dense(DenseMLP(intermediateSize: (width + 255) / 256 * 256))
            }
            return DecoderLayer(mixer: mixer, feedForward: feedForward)
        }, nil)
    }

    /// Kimi Linear / Kimi-K3: `linear_attn_config` lists the KDA layers and the full (MLA) layers,
    /// 1-based; KDA keeps `num_heads` states of `head_dim` squared in float32; latent MoE over
    /// `routed_expert_hidden_size`; `first_k_dense_replace` dense layers.
    func kimiLinear(hidden: Int, layers count: Int) throws -> ([DecoderLayer], DecoderLayer?) {
        let config = try text.object("linear_attn_config")
        let kdaLayers = Set(try intArray("kda_layers", in: config) ?? [])
        let heads = try config.count("num_heads", limit: 100_000)
        let dim = try config.count("head_dim", limit: 100_000)
        let kda = LinearAttention(
            variant: .kimiDelta, keyHeads: heads, valueHeads: heads, keyHeadDim: dim, valueHeadDim: dim,
            convKernel: try config.optionalCount("short_conv_kernel_size", limit: 1_000) ?? 4, stateBytesPerElement: 4)
        let mla = try latentMixers(layers: 1)[0]
        var ffn = try feedForwardBlocks(layers: count)
        if let latent = try text.optionalCount("routed_expert_hidden_size", limit: 10_000_000) {
            ffn = ffn.map { block in
                guard case var .mixture(moe) = block else { return block }
                moe.latentSize = latent
                return .mixture(moe)
            }
        }
        return ((0..<count).map { DecoderLayer(mixer: kdaLayers.contains($0 + 1) ? .linear(kda) : mla, feedForward: ffn[$0]) }, nil)
    }

    /// Bytes per element of a recurrent state from a dtype key (`float32` -> 4, `bfloat16` -> 2).
    func stateBytes(_ key: String, default fallback: Double) throws -> Double {
        guard let name = try text.optionalString(key) else { return fallback }
        switch name.lowercased() {
        case "float32", "fp32": return 4
        case "bfloat16", "float16", "bf16", "fp16": return 2
        case "auto": return fallback
        default: throw invalid(key, "is '\(name)'", fix: "use float32 or bfloat16")
        }
    }
}
