import Foundation
import Testing

/// `infercap launch` end to end: the whole output of the built binary.
@Suite("infercap launch")
struct LaunchCommandTests {
    @Test("The quick start's H100 deployment (DeepSeek-R1 at a 50 ms TPOT target): every NVIDIA engine, two nodes")
    func quickStart() throws {
        let result = try CLIRunner.run("launch --model deepseek-r1 --accelerator h100-sxm --tpot-slo-ms 50")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == Self.quickStart + "\n")
    }

    @Test("An explicit MoE layout with dp and ep, fp8 KV and --max-num-seqs, as a shell script")
    func explicitMoELayout() throws {
        let result = try CLIRunner.run(
            "launch --model qwen3-235b-a22b --accelerator h200 --tp 2 --dp 4 --ep 8 --kv-dtype fp8 --max-num-seqs 128 --format shell")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == Self.explicitMoE + "\n")
    }

    @Test("--engine trtllm --format json: one object with the argument vector, the YAML and the notes")
    func json() throws {
        let result = try CLIRunner.run("launch --model qwen3-235b-a22b --accelerator h200 --tp 2 --dp 4 --ep 8 --engine trtllm --format json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["huggingface_repo"] as? String == "Qwen/Qwen3-235B-A22B")
        #expect(object["nodes"] as? Int == 1)
        let engines = try #require(object["engines"] as? [[String: Any]])
        #expect(engines.count == 1)
        let trtllm = try #require(engines.first)
        #expect(trtllm["engine"] as? String == "trtllm")
        #expect(trtllm["profile"] as? String == "trtllm")
        let command = try #require(trtllm["command"] as? [String])
        #expect(Array(command.prefix(6)) == ["trtllm-serve", "Qwen/Qwen3-235B-A22B", "--tp_size", "8", "--ep_size", "8"])
        #expect(command.suffix(2) == ["--extra_llm_api_options", "extra-llm-api-options.yaml"])
        #expect(trtllm["yaml_file"] as? String == "extra-llm-api-options.yaml")
        #expect((trtllm["yaml"] as? String)?.hasPrefix("enable_attention_dp: true\nkv_cache_config:\n  dtype: auto\n") == true)
        #expect((trtllm["notes"] as? [String])?.isEmpty == false)
    }

    @Test("--gpu-memory-utilization and --max-num-batched-tokens reach the printed flags")
    func overrides() throws {
        let result = try CLIRunner.run(
            "launch --model llama-3.1-8b --accelerator h100-sxm --tp 1 --engine vllm --gpu-memory-utilization 0.5 --max-num-batched-tokens 2048")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("    --gpu-memory-utilization 0.5 \\\n    --max-num-seqs 1024 \\\n    --max-num-batched-tokens 2048\n"))
        #expect(result.stdout.contains("note: engine settings overridden: max_num_batched_tokens 2048, gpu_memory_utilization 0.5\n"))
    }

    @Test("--cuda-graph-max-bs reaches each engine in its own terms; a batch above the default limit gets a note")
    func cudaGraphs() throws {
        let line = "launch --model llama-3.1-8b --accelerator h200 --tp 1 --weight-dtype fp8 --batch 300"
        let given = try CLIRunner.run(line + " --cuda-graph-max-bs 320")
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.contains("    --cuda-graph-max-bs 320"))
        #expect(given.stdout.contains(#"--compilation-config '{"max_cudagraph_capture_size": 320}'"#))
        #expect(given.stdout.contains("max_batch_size: 320"))
        #expect(!given.stdout.contains("run without CUDA graphs"))
        let defaults = try CLIRunner.run(line)
        #expect(defaults.status == 0, "\(defaults.stderr)")
        #expect(!defaults.stdout.contains("    --cuda-graph-max-bs") && !defaults.stdout.contains("compilation-config"))
        // SGLang captures 256 on one H200; vLLM's 512 and infercap's TensorRT-LLM file cover 300.
        #expect(defaults.stdout.components(separatedBy: "decode batches above 256 per rank (this one: 300) run without CUDA graphs").count == 2)
        #expect(!defaults.stdout.contains("decode batches above 512"))
    }

    @Test("Ascend: vLLM-Ascend's command and MindIE's note")
    func ascend() throws {
        let result = try CLIRunner.run("launch --model llama-3.1-70b --accelerator ascend-910b-376t --tp 8")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nvLLM-Ascend (profile vllm-ascend):\n  vllm serve meta-llama/Llama-3.1-70B-Instruct \\\n"))
        #expect(result.stdout.contains("\nMindIE (profile mindie):\nnote: no command: MindIE Service has no command-line flags;"))
    }

    @Test("Bad input: one line, status 2", arguments: [
        ("launch --model llama-3.1-8b --accelerator h100-sxm --engine generic", "error: launch writes commands for vllm, sglang, trtllm, vllm-ascend, mindie; the 'generic' profile belongs to none of them: leave --engine out for all"),
        ("launch --model llama-3.1-8b --accelerator h100-sxm --gpu-memory-utilization 2", "error: invalid gpu_memory_utilization '2.0'; give a fraction of device memory in (0, 1], e.g. 0.9 (--gpu-memory-utilization)"),
        ("launch --model llama-3.1-8b --accelerator h100-sxm --format yaml", "error: the value 'yaml' is invalid for '--format <format>'. Please provide one of 'table', 'json' or 'shell'."),
    ])
    func refused(line: String, message: String) throws {
        let result = try CLIRunner.run(line)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message + "\n")
    }

    static let quickStart = #"""
            deepseek-r1 on 16 x h100-sxm (tp=4 pp=1 ep=16 dp=4), fp8 weights, bf16 KV, 2 nodes of 8
            note: layout chosen automatically (tp=4 pp=1 ep=16 dp=4): most output tokens/s per chip among the standard layouts at the smallest fitting chip count and two doublings (rated with sglang, the chip's default engine)
            note: 16 chips exceed h100-sxm's scale-up domain of 8: the layout spans 2 nodes of 8 and its collectives cross the scale-out network (8x400Gb/s compute NICs per 8-GPU node), as infercap costed them; HEAD_IP is node 0's address

            vLLM (profile vllm):
              node 0:
                vllm serve deepseek-ai/DeepSeek-R1 \
                  --tensor-parallel-size 4 \
                  --data-parallel-size 4 \
                  --enable-expert-parallel \
                  --kv-cache-dtype auto \
                  --gpu-memory-utilization 0.9 \
                  --max-num-seqs 1024 \
                  --max-num-batched-tokens 8192 \
                  --data-parallel-size-local 2 \
                  --data-parallel-address HEAD_IP \
                  --data-parallel-rpc-port 13345
              node 1:
                vllm serve deepseek-ai/DeepSeek-R1 \
                  --tensor-parallel-size 4 \
                  --data-parallel-size 4 \
                  --enable-expert-parallel \
                  --kv-cache-dtype auto \
                  --gpu-memory-utilization 0.9 \
                  --max-num-seqs 1024 \
                  --max-num-batched-tokens 8192 \
                  --headless \
                  --data-parallel-start-rank 2 \
                  --data-parallel-size-local 2 \
                  --data-parallel-address HEAD_IP \
                  --data-parallel-rpc-port 13345
            note: 2 nodes, 2 data-parallel ranks each: node 0 serves the API, the others run headless from their --data-parallel-start-rank
            note: infercap's estimate with the vllm profile: 63 running sequences per DP rank (the largest within the SLOs; cap the running sequences there to hold them), 315 output tokens/s per chip

            SGLang (profile sglang):
              node 0:
                python -m sglang.launch_server \
                  --model-path deepseek-ai/DeepSeek-R1 \
                  --tp-size 16 \
                  --dp-size 4 \
                  --enable-dp-attention \
                  --ep-size 16 \
                  --kv-cache-dtype auto \
                  --mem-fraction-static 0.88 \
                  --max-running-requests 4096 \
                  --chunked-prefill-size 32768 \
                  --nnodes 2 \
                  --node-rank 0 \
                  --dist-init-addr HEAD_IP:5000
              node 1:
                python -m sglang.launch_server \
                  --model-path deepseek-ai/DeepSeek-R1 \
                  --tp-size 16 \
                  --dp-size 4 \
                  --enable-dp-attention \
                  --ep-size 16 \
                  --kv-cache-dtype auto \
                  --mem-fraction-static 0.88 \
                  --max-running-requests 4096 \
                  --chunked-prefill-size 32768 \
                  --nnodes 2 \
                  --node-rank 1 \
                  --dist-init-addr HEAD_IP:5000
            note: --tp-size counts all 16 ranks of a stage; --enable-dp-attention splits attention into 4 groups of tp=4; --max-running-requests and --chunked-prefill-size are totals SGLang divides by --dp-size
            note: --mem-fraction-static 0.88 = (weights 46.5 GB + KV cache 29.5 GB) / 85.9 GB per chip, the activation workspace outside it (memory utilisation 0.9 in infercap's terms)
            note: 2 nodes: the same command on each with its --node-rank; node 0 serves the API
            note: infercap's estimate with the sglang profile: 86 running sequences per DP rank (the largest within the SLOs; cap the running sequences there to hold them), 430 output tokens/s per chip

            TensorRT-LLM (profile trtllm):
              extra-llm-api-options.yaml:
                enable_attention_dp: true
                kv_cache_config:
                  dtype: auto
                  free_gpu_memory_fraction: 0.77
                cuda_graph_config:
                  enable_padding: true
                  max_batch_size: 1024
              trtllm-serve deepseek-ai/DeepSeek-R1 \
                --tp_size 16 \
                --ep_size 16 \
                --max_batch_size 1024 \
                --max_num_tokens 8192 \
                --kv_cache_free_gpu_memory_fraction 0.77 \
                --extra_llm_api_options extra-llm-api-options.yaml
            note: TensorRT-LLM's attention DP runs attention on each of the 16 ranks alone (tp=1 dp=16), not infercap's tp=4 x dp=4: `infercap estimate --tp 1 --dp 16 --ep 16` predicts what this command runs
            note: free_gpu_memory_fraction 0.77 = KV cache 29.5 GB / 38.1 GB left after weights and workspace per chip (memory utilisation 0.9 in infercap's terms)
            note: 2 nodes: start the command in one MPI world across them, e.g. `srun -N 2 --ntasks-per-node 8 --mpi pmix trtllm-llmapi-launch` before it (or mpirun with trtllm-llmapi-launch)
            note: infercap's estimate with the trtllm profile: 110 running sequences per DP rank (the largest within the SLOs; cap the running sequences there to hold them), 552 output tokens/s per chip
            """#

    static let explicitMoE = #"""
            #!/bin/sh
            # qwen3-235b-a22b on 8 x h200 (tp=2 pp=1 ep=8 dp=4), bf16 weights, fp8 KV
            # note: engine settings overridden: max_num_seqs 128 per rank

            # vLLM (profile vllm)
            vllm serve Qwen/Qwen3-235B-A22B \
              --tensor-parallel-size 2 \
              --data-parallel-size 4 \
              --enable-expert-parallel \
              --kv-cache-dtype fp8 \
              --gpu-memory-utilization 0.9 \
              --max-num-seqs 128 \
              --max-num-batched-tokens 8192
            # note: infercap's estimate with the vllm profile: 128 running sequences per DP rank (the largest that fits and the cap allow), 778 output tokens/s per chip

            # SGLang (profile sglang)
            python -m sglang.launch_server \
              --model-path Qwen/Qwen3-235B-A22B \
              --tp-size 8 \
              --dp-size 4 \
              --enable-dp-attention \
              --ep-size 8 \
              --kv-cache-dtype fp8_e4m3 \
              --mem-fraction-static 0.89 \
              --max-running-requests 512 \
              --chunked-prefill-size 32768
            # note: --tp-size counts all 8 ranks of a stage; --enable-dp-attention splits attention into 4 groups of tp=2; --max-running-requests and --chunked-prefill-size are totals SGLang divides by --dp-size
            # note: --mem-fraction-static 0.89 = (weights 64.8 GB + KV cache 70.6 GB) / 151.4 GB per chip, the activation workspace outside it (memory utilisation 0.9 in infercap's terms)
            # note: infercap's estimate with the sglang profile: 128 running sequences per DP rank (the largest that fits and the cap allow), 878 output tokens/s per chip

            # TensorRT-LLM (profile trtllm)
            cat > extra-llm-api-options.yaml <<'EOF'
            enable_attention_dp: true
            kv_cache_config:
              dtype: fp8
              free_gpu_memory_fraction: 0.82
            cuda_graph_config:
              enable_padding: true
              max_batch_size: 128
            EOF
            trtllm-serve Qwen/Qwen3-235B-A22B \
              --tp_size 8 \
              --ep_size 8 \
              --max_batch_size 128 \
              --max_num_tokens 8192 \
              --kv_cache_free_gpu_memory_fraction 0.82 \
              --extra_llm_api_options extra-llm-api-options.yaml
            # note: TensorRT-LLM's attention DP runs attention on each of the 8 ranks alone (tp=1 dp=8), not infercap's tp=2 x dp=4: `infercap estimate --tp 1 --dp 8 --ep 8` predicts what this command runs
            # note: free_gpu_memory_fraction 0.82 = KV cache 70.6 GB / 85.7 GB left after weights and workspace per chip (memory utilisation 0.9 in infercap's terms)
            # note: infercap's estimate with the trtllm profile: 128 running sequences per DP rank (the largest that fits and the cap allow), 1052 output tokens/s per chip
            """#
}
