/// DeepSeek-V4 attention: multi-query attention with one shared key/value head of `headDim`,
/// over the last `window` tokens plus, when `compressionRatio` > 0, a cache that keeps one entry
/// per `compressionRatio` tokens.
///
/// `compress_ratios` sets the ratio per layer: 0 keeps only the sliding window; 4 is compressed
/// sparse attention (CSA: an ``indexer`` picks `topK` of the compressed entries); 128 is heavily
/// compressed attention (HCA: every compressed entry is attended). Queries come through a
/// low-rank `q_lora_rank` projection; the output goes through `o_groups` grouped low-rank
/// projections of `o_lora_rank` before the final one back to `hidden_size`.
public struct CompressedAttention: Sendable, Hashable {
    /// Query heads (`num_attention_heads`).
    public var heads: Int
    /// Width of the shared key/value head and of each query head (`head_dim`).
    public var headDim: Int
    /// Rotary part of the head (`qk_rope_head_dim`).
    public var ropeHeadDim: Int
    /// Query low-rank width (`q_lora_rank`).
    public var qLoraRank: Int
    /// Low-rank width of each output group (`o_lora_rank`).
    public var oLoraRank: Int
    /// Output projection groups (`o_groups`).
    public var oGroups: Int
    /// Sliding-window length every layer keeps uncompressed (`sliding_window`).
    public var window: Int
    /// Tokens per compressed entry (`compress_ratios[i]`); 0 for a window-only layer.
    public var compressionRatio: Int
    /// The indexer of compressed sparse attention (ratio 4 layers), nil otherwise.
    public var indexer: SparseIndexer?

    /// A V4 attention shape.
    public init(
        heads: Int, headDim: Int, ropeHeadDim: Int, qLoraRank: Int, oLoraRank: Int, oGroups: Int, window: Int,
        compressionRatio: Int, indexer: SparseIndexer? = nil
    ) {
        self.heads = heads
        self.headDim = headDim
        self.ropeHeadDim = ropeHeadDim
        self.qLoraRank = qLoraRank
        self.oLoraRank = oLoraRank
        self.oGroups = oGroups
        self.window = window
        self.compressionRatio = compressionRatio
        self.indexer = indexer
    }

    /// Windows each compressed entry pools: two overlapping ones at ratio 4 (`coff` 2 in
    /// DeepSeek's `Compressor`), one otherwise.
    public var compressorWindows: Int { compressionRatio == 4 ? 2 : 1 }

    /// Bytes of the compressor's running state per sequence (float32): `coff x ratio` slots of
    /// `2 coff d` values (key/value and score) for the main compressor (d = `headDim`) and, with an
    /// indexer, for its own (d = its head dim). vLLM's `CompressorStateCache`: 64 + 16 KiB at ratio 4,
    /// 512 KiB at ratio 128 for a 512-wide head.
    public var compressorStateBytes: Double {
        guard compressionRatio > 0 else { return 0 }
        let c = Double(compressorWindows), slots = c * Double(compressionRatio)
        let dims = Double(headDim) + Double(indexer?.headDim ?? 0)
        return slots * 2 * c * dims * 4
    }

    /// Compressed entries a sequence of `context` tokens holds (whole entries only).
    public func compressedEntries(context: Double) -> Double {
        compressionRatio > 0 ? (context / Double(compressionRatio)).rounded(.down) : 0
    }
}
