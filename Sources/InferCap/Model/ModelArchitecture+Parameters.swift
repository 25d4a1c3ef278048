extension TokenMixer {
    /// Parameters of the mixer in a model of `hidden` width: every projection, bias and norm.
    ///
    /// - Softmax attention: q `h x H d` (doubled by an output gate), k `h x Hkv d`, v `h x Hkv dv`
    ///   (none when keys double as values), o `H dv x h`; q/k/v biases; q/k norms `2 d`.
    /// - MLA: `q_a h x qr`, its norm, `q_b qr x H (nope + rope)` (or `q h x H (nope + rope)`),
    ///   `kv_a h x (r + rope)`, its norm, `kv_b r x H (nope + v)`, `o H v x h`.
    /// - An indexer: its query `in x Hi di`, key `h x di` with a LayerNorm `2 di`, head weights `h x Hi`.
    /// - DeepSeek-V4: `q_a h x qr`, its norm, `q_b qr x H d`, `kv h x d`, its norm, the grouped
    ///   output `H d x o_lora` and `G o_lora x h`, per-head sinks; compressed layers add a
    ///   compressor (key/value and gate `h x c d` each, `c` = 2 overlapping windows for ratio 4,
    ///   1 otherwise) and CSA its indexer with its own compressor.
    /// - Gated DeltaNet / KDA: `qkvz h x (2 Hk dk + 2 Hv dv)`, `ba h x 2 Hv`, the convolution over
    ///   `2 Hk dk + Hv dv` channels, `A`, `dt` per head, the gated norm `dv`, `o Hv dv x h`.
    /// - Mamba-2: `in h x (2 I + 2 G N + heads)`, the convolution over `I + 2 G N` channels with
    ///   bias, `A`, `D`, `dt` per head, the gated norm `I`, `out I x h` (I = heads x head dim).
    public func parameters(hidden: Int) -> Double {
        let h = Double(hidden)
        switch self {
        case let .attention(a):
            let q = Double(a.heads * a.headDim), k = Double(a.kvHeads * a.headDim)
            let v = a.sharedKeyValue ? 0 : Double(a.kvHeads * a.valueHeadDim)
            var total = h * q * (a.outputGate ? 2 : 1) + h * k + h * v + Double(a.heads * a.valueHeadDim) * h
            if a.bias { total += q + k + v }
            if a.qkNorm { total += 2 * Double(a.headDim) }
            if let indexer = a.indexer { total += indexer.parameters(hidden: hidden) }
            return total
        case let .latent(l):
            let heads = Double(l.heads)
            let qHead = Double(l.qkNopeHeadDim + l.qkRopeHeadDim)
            var total: Double
            if let qr = l.qLoraRank.map(Double.init) {
                total = h * qr + qr + qr * heads * qHead
            } else {
                total = h * heads * qHead
            }
            total += h * Double(l.kvLoraRank + l.qkRopeHeadDim) + Double(l.kvLoraRank)
            total += Double(l.kvLoraRank) * heads * Double(l.qkNopeHeadDim + l.valueHeadDim)
            total += heads * Double(l.valueHeadDim) * h
            if let indexer = l.indexer { total += indexer.parameters(hidden: hidden) }
            return total
        case let .compressed(c):
            let d = Double(c.headDim), heads = Double(c.heads), qr = Double(c.qLoraRank)
            var total = h * qr + qr + qr * heads * d + h * d + d
            total += heads * d * Double(c.oLoraRank) + Double(c.oGroups * c.oLoraRank) * h + heads
            if c.compressionRatio > 0 {
                // Compressor: key/value and gate projections, the positional bias `ape`, the norm.
                let windows = Double(c.compressorWindows), ratio = Double(c.compressionRatio)
                total += 2 * h * windows * d + ratio * windows * d + d
                if let indexer = c.indexer {
                    // V4's indexer takes its keys from its own compressor (no key projection).
                    let di = Double(indexer.headDim)
                    total += Double(indexer.queryInputWidth) * Double(indexer.heads) * di + h * Double(indexer.heads) + 2 * di
                        + 2 * h * windows * di + ratio * windows * di + di
                }
            }
            return total
        case let .linear(l):
            let keys = Double(l.keyHeads * l.keyHeadDim), values = Double(l.valueHeads * l.valueHeadDim)
            return h * (2 * keys + 2 * values) + h * 2 * Double(l.valueHeads) + l.convChannels * Double(l.convKernel)
                + 2 * Double(l.valueHeads) + Double(l.valueHeadDim) + values * h
        case let .stateSpace(s):
            let inner = s.innerWidth, bc = 2 * Double(s.groups * s.stateSize), heads = Double(s.heads)
            return h * (2 * inner + bc + heads) + s.convChannels * Double(s.convKernel + 1) + 3 * heads + inner + inner * h
        case .none:
            return 0
        }
    }
}

extension SparseIndexer {
    /// Parameters of the indexer: query `in x heads dim`, key `h x dim` with its LayerNorm, head weights `h x heads`.
    public func parameters(hidden: Int) -> Double {
        guard !reusesSelection else { return 0 }
        let h = Double(hidden), d = Double(headDim), heads = Double(self.heads)
        return Double(queryInputWidth) * heads * d + h * d + 2 * d + h * heads
    }
}

extension FeedForward {
    /// Parameters of the block in a model of `hidden` width, and those one token reads.
    ///
    /// Dense: `matrices x h x I` (+ biases). MoE: router `h x E` (none when hash-routed), the
    /// routed experts `E x matrices x w x I` (w = the latent width where the block has one, else
    /// h), shared experts `matrices x h x S`, a parallel dense MLP `3 x h x P`, the latent
    /// projections `2 x h x latent`; a token reads `k` of the `E` experts.
    public func parameters(hidden: Int) -> (total: Double, active: Double) {
        let h = Double(hidden)
        switch self {
        case let .dense(mlp):
            let total = Double(mlp.matrices) * h * Double(mlp.intermediateSize)
                + (mlp.bias ? Double((mlp.matrices - 1) * mlp.intermediateSize) + h : 0)
            return (total, total)
        case let .mixture(moe):
            let width = Double(moe.latentSize ?? hidden)
            let expert = Double(moe.matrices) * width * Double(moe.expertIntermediateSize)
                + (moe.bias ? Double((moe.matrices - 1) * moe.expertIntermediateSize) + width : 0)
            var always = moe.hashRouted ? 0 : h * Double(moe.expertCount) + (moe.bias ? Double(moe.expertCount) : 0)
            always += Double(moe.matrices) * h * Double(moe.sharedIntermediateSize)
            always += 3 * h * Double(moe.parallelDenseIntermediateSize)
            if let latent = moe.latentSize { always += 2 * h * Double(latent) }
            return (always + Double(moe.expertCount) * expert, always + Double(moe.expertsPerToken) * expert)
        case .none:
            return (0, 0)
        }
    }
}

extension ModelArchitecture {
    /// Input embedding parameters.
    public var embeddingParameters: Double { Double(vocabularySize) * Double(hiddenSize) }

    /// Output projection (lm_head) parameters; 0 when tied to the embedding.
    public var outputHeadParameters: Double { tiedEmbeddings ? 0 : embeddingParameters }

    /// RMSNorm weights: two per layer plus the final norm.
    public var normParameters: Double { Double(2 * layerCount + 1) * Double(hiddenSize) }

    /// Parameters of one decoder layer: mixer, feed-forward block, hyper-connections (total and read per token).
    func parameters(of layer: DecoderLayer) -> (total: Double, active: Double) {
        let mixer = layer.mixer.parameters(hidden: hiddenSize) + layer.hyperConnectionParameters(hidden: hiddenSize)
        let ffn = layer.feedForward.parameters(hidden: hiddenSize)
        return (mixer + ffn.total, mixer + ffn.active)
    }

    /// Every parameter of the checkpoint's language model (multi-token-prediction modules and any
    /// vision tower excluded).
    public var totalParameters: Double {
        layerGroups.reduce(0) { $0 + Double($1.count) * parameters(of: $1.layer).total }
            + embeddingParameters + outputHeadParameters + normParameters
    }

    /// Parameters one token's products read: all but the routed experts it is not sent to and the
    /// input embedding, a table lookup of one row (OpenAI's and Qwen3.5's convention for "active";
    /// Qwen3 and Mixtral count the embedding in, so theirs read about 2-9% higher). A tied output
    /// head counts once, as the product it is.
    public var activeParameters: Double {
        layerGroups.reduce(0) { $0 + Double($1.count) * parameters(of: $1.layer).active }
            + embeddingParameters + normParameters
    }
}

extension ModelArchitecture {
    /// Parameters of one routed expert of the model's MoE block (gate, up, down; two matrices
    /// when plain), 0 for dense models.
    public var expertParameters: Double {
        guard let moe else { return 0 }
        return Double(moe.matrices) * Double(moe.latentSize ?? hiddenSize) * Double(moe.expertIntermediateSize)
    }

    /// Number of layers without routed experts.
    public var denseLayerCount: Int { layerCount - moeLayerCount }
}
