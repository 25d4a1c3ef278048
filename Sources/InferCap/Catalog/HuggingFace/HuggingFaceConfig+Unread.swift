import Foundation

/// Keys that would change the cost but that the loader did not read: named in one note, so a
/// config is never costed with something silently dropped.
///
/// A key counts as cost-relevant when its name speaks of shapes, layer kinds, windows, caches,
/// experts or precision (``costWords``), unless it is known to leave FLOPs, bytes and memory
/// alone at serving time (``harmless``: position encodings, norms' epsilons, routing scores,
/// training-only settings, tokens ids, vision towers, which are noted apart).
extension HuggingFaceConfig {
    static let costWords = [
        "window", "chunk", "compress", "linear", "mamba", "ssm", "index", "sparse", "latent", "expert", "moe", "lora", "head", "layer",
        "hash", "hc_", "kv", "mtp", "nextn", "intermediate", "hidden", "vocab", "attention", "attn", "block", "group", "share", "dense",
        "conv", "state", "pattern", "sink", "gate", "topk", "top_k", "quant", "embedding", "position", "mlp", "ffn", "router", "dim",
    ]

    static let harmless: Set<String> = [
        "attention_dropout", "attention_bias", "hidden_act", "hidden_activation", "mlp_hidden_act", "mamba_hidden_act", "hidden_dropout",
        "initializer_range", "router_aux_loss_coef", "output_router_logits", "norm_topk_prob", "moe_router_dtype", "routed_scaling_factor",
        "use_routing_bias", "use_moe_router_bias", "moe_router_scaling_factor", "moe_router_activation_func", "moe_renormalize",
        "add_swa_attention_sink_bias", "add_full_attention_sink_bias", "attention_value_scale", "final_logit_softcapping",
        "attn_logit_softcapping", "use_bidirectional_attention", "vision_soft_tokens_per_image", "rope_interleave", "indexer_rope_interleave",
        "index_share_for_mtp_iteration", "index_skip_topk_offset", "index_topk_freq", "index_topk_pattern", "mtp_use_dedicated_embeddings",
        "mtp_transformer_layers", "use_mtp", "moe_shared_expert_overlap", "latent_moe_use_norm", "attn_temperature_tuning", "floor_scale",
        "attn_scale", "num_logits_to_keep", "rescale_prenorm_residual", "residual_in_fp32", "full_attention_interval", "mlp_bias",
        "mamba_proj_bias", "use_conv_bias", "chunk_size", "expand", "time_step_rank", "ep_size", "pretraining_tp", "ignore_index",
        "image_token_id", "video_token_id", "vision_start_token_id", "vision_end_token_id", "image_token_index", "video_token_index",
        "eoa_token_index", "mla_use_nope", "mla_use_output_gate", "attn_res_block_size", "num_expert_group", "use_grouped_topk",
        "add_cross_attention", "cross_attention_hidden_size", "chunk_size_feed_forward", "tie_encoder_decoder", "is_encoder_decoder",
        "max_window_layers", "use_sliding_window", "num_hash_layers", "hc_eps", "hc_sinkhorn_iters", "mamba_ssm_cache_dtype",
        "mamba_ssm_dtype", "vocab_size_per_layer_input",
        "attention_chunk_size", "intermediate_size", "moe_layer_freq", "qk_head_dim", "head_dim", "use_unified_vision_chunk",
        "multimodal_projector_bias", "projector_hidden_size", "projector_hidden_act", "img_token_compression_config", "moe_layers",
        "mtp_hybrid_override_pattern", "mtp_layers_block_type", "sparse_attention_config", "mlp_layer_types", "indexer_types",
        "topk_method", "topk_group", "experts_per_token", "sliding_window_size", "use_mamba_kernels", "n_group",
        "num_beam_groups", "pruned_heads", "top_k", "output_gate_type",
    ]

    /// Whether `text` contains `part`, compared by UTF-8 bytes (keys are ASCII): Foundation's
    /// `String.contains` searches through CFString, and every catalog model's every key is checked
    /// against some forty words at start-up.
    static func has(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard !p.isEmpty else { return true }
                guard p.count <= t.count else { return false }
                for start in 0...(t.count - p.count) where t[start] == p[0] {
                    if memcmp(t.baseAddress! + start, p.baseAddress!, p.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// One note naming the unread cost-relevant keys, or none.
    func unreadCostKeys() -> [String] {
        var unread: [String] = []
        for key in text.fields.keys.sorted() {
            let name = text.name(key)
            guard !ledger.keys.contains(name), !Self.harmless.contains(key), !key.hasPrefix("rope"), !key.hasSuffix("_eps"), !key.hasSuffix("epsilon"),
                  !Self.has(key, "token_id"), !key.hasPrefix("vision"), !key.hasPrefix("audio"), !key.hasPrefix("swiglu"),
                  !key.hasPrefix("time_step"), !key.hasPrefix("activation_"), !key.hasSuffix("rope_theta"), !Self.has(key, "rotary"),
                  !Self.has(key, "qk_norm"), !Self.has(key, "dropout")
            else { continue }
            guard let value = text.fields[key], !(value is NSNull) else { continue }
            if let flag = value as? Bool, !flag { continue }
            if let list = value as? [Any], list.isEmpty { continue }
            if let object = value as? [String: Any], object.isEmpty { continue }
            if Self.costWords.contains(where: { Self.has(key, $0) }) { unread.append(name) }
        }
        guard !unread.isEmpty else { return [] }
        return ["not understood and not costed (they may change the cost): \(unread.joined(separator: ", "))"]
    }
}
