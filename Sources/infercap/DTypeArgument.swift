import ArgumentParser
import InferCap

/// Parses precision flags against the choices their help lists: `--kv-dtype` takes the KV-cache
/// precisions (bf16, fp8, int8), `--weight-dtype` and `--expert-dtype` the weight precisions.
enum DTypeArgument {
    static func kv(_ text: String) throws -> DType {
        try parse(text, choices: DType.kvChoices, what: "KV-cache precision", list: DType.kvChoiceList)
    }

    static func weight(_ text: String) throws -> DType {
        try parse(text, choices: DType.weightChoices, what: "weight precision", list: DType.weightChoiceList)
    }

    private static func parse(_ text: String, choices: [DType], what: String, list: String) throws -> DType {
        guard let dtype = DType(rawValue: text.lowercased()), choices.contains(dtype) else {
            throw ValidationError("'\(text)' is not a \(what); use \(list)")
        }
        return dtype
    }
}
