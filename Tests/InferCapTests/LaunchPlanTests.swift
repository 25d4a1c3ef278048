import Testing
@testable import InferCap

/// `infercap launch`'s plans: the layout, precisions and engine settings of the estimate, written
/// as each engine's flags.
@Suite("Launch plans")
struct LaunchPlanTests {
    static func plan(_ request: EstimateRequest, _ engines: [ServingEngine]? = nil) throws -> LaunchPlan {
        try Fixtures.catalog.launchPlan(request, engines: engines)
    }

    static func launch(_ plan: LaunchPlan, _ engine: ServingEngine) throws -> EngineLaunch {
        try #require(plan.engines.first { $0.engine == engine })
    }

    /// The README's quick start: DeepSeek-R1 on H100 SXM at a 50 ms TPOT target.
    static let quickStart = EstimateRequest(
        model: "deepseek-r1", accelerator: "h100-sxm", workload: Workload(slo: LatencySLO(tpotSeconds: 0.05)))

    @Test("The quick start's H100 deployment: the layout estimate chooses, on two nodes, as each engine writes it")
    func quickStart() throws {
        let plan = try Self.plan(Self.quickStart)
        #expect(plan.parallelism == Parallelism(tp: 4, pp: 1, ep: 16, dp: 4))
        #expect(plan.huggingFaceRepo == "deepseek-ai/DeepSeek-R1")
        #expect(plan.chips == 16 && plan.chipsPerNode == 8 && plan.nodes == 2)
        #expect(plan.weightDType == .fp8 && plan.kvDType == .bf16)
        #expect(plan.engines.map(\.engine) == [.vllm, .sglang, .trtllm])
        let vllm = try Self.launch(plan, .vllm)
        let common = [
            "vllm", "serve", "deepseek-ai/DeepSeek-R1", "--tensor-parallel-size", "4", "--data-parallel-size", "4", "--enable-expert-parallel",
            "--kv-cache-dtype", "auto", "--gpu-memory-utilization", "0.9", "--max-num-seqs", "1024", "--max-num-batched-tokens", "8192",
        ]
        let shared = ["--data-parallel-size-local", "2", "--data-parallel-address", "HEAD_IP", "--data-parallel-rpc-port", "13345"]
        #expect(vllm.command == common + shared)
        #expect(vllm.otherNodeCommands == [common + ["--headless", "--data-parallel-start-rank", "2"] + shared])
        let sglang = try Self.launch(plan, .sglang)
        let sglangCommon = [
            "python", "-m", "sglang.launch_server", "--model-path", "deepseek-ai/DeepSeek-R1", "--tp-size", "16", "--dp-size", "4",
            "--enable-dp-attention", "--ep-size", "16", "--kv-cache-dtype", "auto", "--mem-fraction-static", "0.88",
            "--max-running-requests", "4096", "--chunked-prefill-size", "32768", "--nnodes", "2",
        ]
        #expect(sglang.command == sglangCommon + ["--node-rank", "0", "--dist-init-addr", "HEAD_IP:5000"])
        #expect(sglang.otherNodeCommands == [sglangCommon + ["--node-rank", "1", "--dist-init-addr", "HEAD_IP:5000"]])
        let trtllm = try Self.launch(plan, .trtllm)
        #expect(trtllm.command == [
            "trtllm-serve", "deepseek-ai/DeepSeek-R1", "--tp_size", "16", "--ep_size", "16", "--max_batch_size", "1024", "--max_num_tokens", "8192",
            "--kv_cache_free_gpu_memory_fraction", "0.77", "--extra_llm_api_options", "extra-llm-api-options.yaml",
        ])
        #expect(trtllm.yamlFile == "extra-llm-api-options.yaml")
        #expect(trtllm.yaml == """
            enable_attention_dp: true
            kv_cache_config:
              dtype: auto
              free_gpu_memory_fraction: 0.77
            cuda_graph_config:
              enable_padding: true
              max_batch_size: 1024

            """)
        #expect(trtllm.otherNodeCommands.isEmpty)
        #expect(trtllm.notes.contains { $0.hasPrefix("2 nodes: start the command in one MPI world") })
    }

    @Test("The memory fractions are derived from the estimate's memory plan and never exceed it")
    func memoryFractions() throws {
        let plan = try Self.plan(Self.quickStart)
        let estimate = try Fixtures.catalog.estimate(EstimateRequest(
            model: "deepseek-r1", accelerator: "h100-sxm", parallelism: plan.parallelism, engine: "sglang",
            workload: Self.quickStart.workload))
        let m = estimate.memory
        let command = try #require(try Self.launch(plan, .sglang).command)
        let index = try #require(command.firstIndex(of: "--mem-fraction-static"))
        let sglang = try #require(Double(command[index + 1]))
        #expect(sglang <= (m.weightBytesPerChip + m.kvCapacityBytesPerChip) / m.deviceBytes)
        #expect(sglang > (m.weightBytesPerChip + m.kvCapacityBytesPerChip) / m.deviceBytes - 0.01)
    }

    @Test("An explicit MoE layout with dp and ep: vLLM's --enable-expert-parallel cannot say ep < tp x dp, TensorRT-LLM's attention DP is tp=1")
    func explicitMoELayout() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "qwen3-235b-a22b", accelerator: "h200", parallelism: Parallelism(tp: 2, ep: 8, dp: 4), kvDType: .fp8,
            engineOverrides: EngineOverrides(maxSequencesPerRank: 128)))
        #expect(plan.nodes == 1)
        #expect(plan.notes == ["engine settings overridden: max_num_seqs 128 per rank"])
        let vllm = try Self.launch(plan, .vllm)
        #expect(vllm.command == [
            "vllm", "serve", "Qwen/Qwen3-235B-A22B", "--tensor-parallel-size", "2", "--data-parallel-size", "4", "--enable-expert-parallel",
            "--kv-cache-dtype", "fp8", "--gpu-memory-utilization", "0.9", "--max-num-seqs", "128", "--max-num-batched-tokens", "8192",
        ])
        #expect(vllm.otherNodeCommands.isEmpty)
        let sglang = try Self.launch(plan, .sglang)
        #expect(sglang.command?.contains("fp8_e4m3") == true)
        #expect(sglang.command.map { Array($0.drop { $0 != "--max-running-requests" }.prefix(4)) } == ["--max-running-requests", "512", "--chunked-prefill-size", "32768"])
        let trtllm = try Self.launch(plan, .trtllm)
        #expect(trtllm.yaml?.hasPrefix("enable_attention_dp: true\nkv_cache_config:\n  dtype: fp8\n") == true)
        #expect(trtllm.yaml?.hasSuffix("  max_batch_size: 128\n") == true)
        #expect(trtllm.notes.first == "TensorRT-LLM's attention DP runs attention on each of the 8 ranks alone (tp=1 dp=8), not infercap's tp=2 x dp=4: `infercap estimate --tp 1 --dp 8 --ep 8` predicts what this command runs")

        let partial = try Self.plan(EstimateRequest(
            model: "qwen3-235b-a22b", accelerator: "h200", parallelism: Parallelism(tp: 2, ep: 4, dp: 4)), [.vllm])
        #expect(try Self.launch(partial, .vllm).notes.first == "vLLM's --enable-expert-parallel spreads the experts over all tp x dp = 8 ranks; infercap's ep=4 (each expert split over 2 chips) has no vLLM flag, so this command runs ep=8")
    }

    @Test("fp8 weights of a bf16 model: vLLM and SGLang quantise on load, TensorRT-LLM needs an FP8 checkpoint; dense dp is replicas")
    func quantisedDenseReplicas() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "llama-3.1-70b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 4, dp: 2), weightDType: .fp8))
        let vllm = try Self.launch(plan, .vllm)
        #expect(vllm.command?.contains("--quantization") == true && vllm.command?.contains("--enable-expert-parallel") == false)
        #expect(vllm.notes.prefix(2) == [
            "--data-parallel-size 2 runs 2 independent replicas of tp=4 behind one API server",
            "fp8 weights of a bf16 checkpoint: vLLM quantises them at load time (--quantization fp8); a pre-quantised FP8 checkpoint runs the same",
        ])
        let sglang = try Self.launch(plan, .sglang)
        #expect(Array(sglang.command?.prefix(9) ?? []) == ["python", "-m", "sglang.launch_server", "--model-path", "meta-llama/Llama-3.1-70B-Instruct", "--tp-size", "4", "--dp-size", "2"])
        #expect(sglang.command?.contains("--enable-dp-attention") == false)
        let trtllm = try Self.launch(plan, .trtllm)
        #expect(trtllm.command?.contains("--ep_size") == false)
        #expect(trtllm.yaml?.contains("enable_attention_dp") == false)
        #expect(trtllm.notes.prefix(2) == [
            "trtllm-serve has no data parallelism for dense models: start 2 copies of this command (tp=4 each, own GPUs and --port) behind a load balancer",
            "fp8 weights of a bf16 checkpoint: TensorRT-LLM needs a pre-quantised FP8 (e.g. NVIDIA ModelOpt or llm-compressor) checkpoint of meta-llama/Llama-3.1-70B-Instruct; point the command at it",
        ])
    }

    @Test("A tp x pp group wider than a node runs vLLM on Ray")
    func ray() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "llama-3.1-405b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 8, pp: 2), weightDType: .fp8), [.vllm])
        let vllm = try Self.launch(plan, .vllm)
        #expect(vllm.command?.suffix(4) == ["--max-num-batched-tokens", "8192", "--distributed-executor-backend", "ray"])
        #expect(vllm.command?.contains("--pipeline-parallel-size") == true)
        #expect(vllm.otherNodeCommands == [["ray", "start", "--block", "--address", "HEAD_IP:6379"]])
    }

    @Test("Engine overrides reach every engine's flags")
    func overrides() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "llama-3.1-8b", accelerator: "h100-sxm", parallelism: Parallelism(tp: 1),
            engineOverrides: EngineOverrides(maxSequencesPerRank: 8, maxBatchedTokens: 2048, memoryUtilization: 0.5)))
        let vllm = try #require(try Self.launch(plan, .vllm).command)
        #expect(vllm.suffix(6) == ["--gpu-memory-utilization", "0.5", "--max-num-seqs", "8", "--max-num-batched-tokens", "2048"])
        let sglang = try #require(try Self.launch(plan, .sglang).command)
        #expect(sglang.suffix(4) == ["--max-running-requests", "8", "--chunked-prefill-size", "2048"])
        let fraction = try #require(Double(sglang[sglang.count - 5]))
        #expect(fraction < 0.5 && fraction > 0.4)
        let trtllm = try #require(try Self.launch(plan, .trtllm).command)
        #expect(Array(trtllm[4...7]) == ["--max_batch_size", "8", "--max_num_tokens", "2048"])
    }

    @Test("Without a repository id the commands load MODEL_DIR and a note says so")
    func noRepository() throws {
        let path = try Fixtures.catalog.model(named: "llama-3.1-8b").path
        let plan = try Self.plan(EstimateRequest(model: path, accelerator: "h100-sxm", parallelism: Parallelism(tp: 1)), [.vllm])
        #expect(plan.huggingFaceRepo == nil)
        #expect(try Self.launch(plan, .vllm).command?.prefix(3) == ["vllm", "serve", "MODEL_DIR"])
        #expect(plan.notes.contains("llama-3.1-8b has no huggingface_repo in the catalog (specs/models/index.json; a config given by path has none): replace MODEL_DIR with the checkpoint's folder or repository id"))
    }

    @Test("Ascend: vLLM-Ascend's vllm serve with W8A8 weights, MindIE as a note; engines that do not run there give a note")
    func ascend() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "deepseek-r1", accelerator: "ascend-910b-376t", parallelism: Parallelism(tp: 8, ep: 32, dp: 4)))
        #expect(plan.engines.map(\.engine) == [.vllmAscend, .mindie])
        let vllm = try Self.launch(plan, .vllmAscend)
        #expect(vllm.profile == "vllm-ascend")
        #expect(vllm.command?.prefix(3) == ["vllm", "serve", "deepseek-ai/DeepSeek-R1"])
        #expect(vllm.command?.contains("ascend") == true)
        #expect(vllm.notes.contains("int8 weights (W8A8) of a fp8 checkpoint: vLLM-Ascend loads a checkpoint quantised with msModelSlim (--quantization ascend); point the command at it"))
        let mindie = try Self.launch(plan, .mindie)
        #expect(mindie.command == nil)
        #expect(mindie.notes.first == "no command: MindIE Service has no command-line flags; write these settings in its config.json and start mindieservice_daemon")
        let trtllm = try Self.launch(try Self.plan(EstimateRequest(model: "llama-3.1-8b", accelerator: "mi300x"), [.trtllm]), .trtllm)
        #expect(trtllm.command == nil)
        #expect(trtllm.notes == ["no command: TensorRT-LLM does not run on mi300x (AMD); for this chip use vllm or sglang"])
    }

    @Test("Profiles map to engines", arguments: [
        ("vllm", ServingEngine.vllm), ("sglang", .sglang), ("trtllm", .trtllm), ("vllm-ascend", .vllmAscend),
        ("vllm-ascend-0.9", .vllmAscend), ("vllm-ascend-eager", .vllmAscend), ("mindie", .mindie),
    ])
    func profiles(id: String, engine: ServingEngine) {
        #expect(ServingEngine(profileID: id) == engine)
    }

    @Test("A profile of no engine maps to none")
    func generic() {
        #expect(ServingEngine(profileID: "generic") == nil)
    }

    @Test("The request's own profile is kept for its engine")
    func requestedProfile() throws {
        let plan = try Self.plan(EstimateRequest(
            model: "llama-3.1-8b", accelerator: "ascend-910b-376t", parallelism: Parallelism(tp: 1), engine: "vllm-ascend-0.9"), [.vllmAscend])
        #expect(try Self.launch(plan, .vllmAscend).profile == "vllm-ascend-0.9")
    }
}
