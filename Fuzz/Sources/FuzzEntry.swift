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
//
// A thrown InferCapError is an honest answer. A trap, or an estimate that returns a
// non-finite or non-positive number, is a crash.

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = count > 0 && start != nil ? Data(bytes: start!, count: count) : Data()
    FuzzHarness.run(target: FuzzHarness.target, data: data)
    return 0
}
