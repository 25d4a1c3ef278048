import Foundation

extension Accelerator {
    /// Reads an accelerator spec (see `specs/accelerators/README.md`) and checks units and ranges.
    static func load(from document: JSONDocument) throws -> Accelerator {
        let path = document.path
        // Every key sets a figure (or documents one): a misspelled optional one would read as absent.
        try document.refuseKeys(outside: [
            "id", "name", "aliases", "vendor", "family", "dense_flops_per_second", "memory_bytes", "memory_bytes_per_second",
            "scale_up", "scale_out", "tdp_watts", "price_usd", "rental_usd_per_hour", "calibration", "sources", "notes",
        ], of: "an accelerator spec")
        let flopsObject = try document.object("dense_flops_per_second")
        var flops: [DType: Double] = [:]
        for key in flopsObject.fields.keys.sorted() {
            guard let dtype = DType(rawValue: key), DType.peakChoices.contains(dtype) else {
                throw InferCapError.invalidField(
                    path: path, field: "dense_flops_per_second.\(key)", problem: "is not a known precision",
                    fix: "use \(DType.peakChoiceList)")
            }
            let value = try flopsObject.positive(key)
            try Plausibility.flops.check(value, path: path, field: "dense_flops_per_second.\(key)")
            flops[dtype] = value
        }
        guard flops[.bf16] != nil || flops[.fp16] != nil else {
            throw InferCapError.missingField(path: path, field: "dense_flops_per_second.bf16")
        }
        let memory = try document.positive("memory_bytes")
        try Plausibility.memory.check(memory, path: path, field: "memory_bytes")
        let bandwidth = try document.positive("memory_bytes_per_second")
        try Plausibility.memoryBandwidth.check(bandwidth, path: path, field: "memory_bytes_per_second")
        let id = try document.string("id").lowercased()
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InferCapError.invalidField(path: path, field: "id", problem: "is empty", fix: "write the id used on the command line, e.g. \"h100-sxm\"")
        }
        return Accelerator(
            id: id,
            name: try document.string("name"),
            aliases: try document.stringArray("aliases").map { $0.lowercased() },
            vendor: try document.optionalString("vendor") ?? "unknown",
            family: try document.optionalString("family") ?? "unknown",
            denseFlopsPerSecond: flops,
            memoryBytes: memory,
            memoryBytesPerSecond: bandwidth,
            scaleUp: try link(document.object("scale_up"), path: path, needsDomain: true),
            scaleOut: try link(document.object("scale_out"), path: path, needsDomain: false),
            tdpWatts: try optional(document, "tdp_watts", Plausibility.power),
            priceUSD: try optional(document, "price_usd", Plausibility.price),
            rentalUSDPerHour: try optional(document, "rental_usd_per_hour", Plausibility.rental),
            calibration: try document.optionalString("calibration") ?? "default",
            sources: try document.stringMap("sources"),
            notes: try document.stringArray("notes"))
    }

    /// An optional positive figure within its plausible range.
    private static func optional(_ document: JSONDocument, _ key: String, _ plausibility: Plausibility) throws -> Double? {
        guard let value = try document.optionalPositive(key) else { return nil }
        try plausibility.check(value, path: document.path, field: key)
        return value
    }

    private static func link(_ object: JSONDocument, path: String, needsDomain: Bool) throws -> Link {
        try object.refuseKeys(outside: ["bytes_per_second_per_direction", "domain_size", "name"], of: "a link")
        let bandwidth = try object.positive("bytes_per_second_per_direction")
        try Plausibility.linkBandwidth.check(bandwidth, path: path, field: object.name("bytes_per_second_per_direction"))
        let domain = needsDomain ? try object.count("domain_size", limit: 1_000_000) : (try object.optionalCount("domain_size") ?? 1)
        return Link(
            name: try object.optionalString("name") ?? "link",
            bytesPerSecondPerDirection: bandwidth, domainSize: domain)
    }
}
