import Foundation

// libFuzzer entry point for infercap (see scripts/fuzz.sh). Compiled with the library's
// sources into one module, so the parsers are fuzzed on bytes directly, without temporary
// files. INFERCAP_FUZZ_TARGET picks what the bytes feed:
//
//   accelerator  an accelerator spec (specs/accelerators/*.json), then an estimate on it
//   config       a HuggingFace config.json, then an estimate of it
//   profile      a calibration profile and an engine profile, then an estimate with each
//   estimate     arbitrary numbers for every numeric field of a model, a chip, a layout and
//                a workload, through the same validating loaders, then an estimate and the
//                sweep's batched evaluator, which must agree with it
//   requests     a requests file (fleet --requests-file): the same pairs whatever the read's
//                chunks, in range, never from a file over the cap, a mix that is a distribution
//   trace        a request trace (simulate --trace): the same requests whatever the chunks,
//                arrivals finite and in order from 0, lengths in range
//   scenario     a scenario file (specs/scenarios/*.json): what loads names known entries
//   reference    a reference-point file (specs/reference/*.json), then a replay of each point
//                on at most 1,024 chips, whose prediction must be finite and positive
//   solver       a small mixed-integer program for the fleet planner's branch and bound: the
//                answer satisfies every row and its bound; checked against enumeration
//   arguments    names and engine settings as the CLI's flags pass them (the CLI's parser
//                is not in this module): catalog lookups, weight precisions, engine overrides
//
// A thrown InferCapError is an honest answer (for the new targets: a one-line one). A trap,
// or an estimate that returns a non-finite or non-positive number, is a crash.

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = count > 0 && start != nil ? Data(bytes: start!, count: count) : Data()
    FuzzHarness.run(target: FuzzHarness.target, data: data)
    return 0
}
