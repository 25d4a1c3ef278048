import Foundation

/// Expected expert usage when `tokens` tokens each pick `topK` of `experts` experts.
///
/// With uniform routing, one expert is missed by one token with probability 1 - k/E, so the
/// expected number of distinct experts touched is `E * (1 - (1 - k/E)^T)`. This is what a
/// decode step's grouped GEMM must read from memory: at small batch far fewer than all
/// experts, at large batch all of them.
public enum ExpertRouting {
    /// Expected distinct experts touched among `experts`.
    public static func expectedDistinctExperts(experts: Int, topK: Int, tokens: Double) -> Double {
        guard experts > 0, tokens > 0 else { return 0 }
        let miss = 1 - Double(topK) / Double(experts)
        return Double(experts) * (1 - pow(miss, tokens))
    }

    /// Expected distinct domains (nodes) one token's `topK` experts sit in, when the experts are
    /// laid out contiguously over `domains` equal domains.
    ///
    /// Without group-limited routing (`groups` or `selectedGroups` nil) the experts are uniform:
    /// `D (1 - (1 - 1/D)^k)`. With it (DeepSeek-V3: 8 contiguous groups, a token picks 4, then its
    /// 8 experts among their 128), a token first picks `L` of `G` groups, taken as uniform, then
    /// its experts uniformly among theirs. If each group spans `D / G` domains (`D >= G`) the
    /// picked groups cover `n = L D / G` domains and `n (1 - (1 - 1/n)^k)` of them get an expert.
    /// If each domain holds `m = G / D` groups, a domain holding `j` picked groups (hypergeometric,
    /// `C(m, j) C(G - m, L - j) / C(G, L)`) is missed by all `k` experts with probability
    /// `(1 - j/L)^k`. When the domains do not split the groups evenly, uniform routing capped at
    /// `L` domains. DeepSeek-V3 over 4 nodes: 2.91 nodes (uniform: 3.60); over 8: 3.60 (4.0 under
    /// a plain cap at 4 nodes); over 16: 5.25.
    public static func expectedDomainsTouched(domains: Int, topK: Int, groups: Int? = nil, selectedGroups: Int? = nil) -> Double {
        guard domains > 1 else { return domains == 1 ? 1 : 0 }
        let k = Double(topK)
        func uniform(_ n: Double) -> Double { n * (1 - pow(1 - 1 / n, k)) }
        let d = Double(domains)
        guard let g = groups, let l = selectedGroups, l < g, l > 0 else { return uniform(d) }
        if domains >= g { return uniform(Double(l) * d / Double(g)) }
        guard g % domains == 0 else { return min(uniform(d), Double(l)) }
        let m = g / domains
        var missed = 0.0
        for j in 0...min(m, l) where l - j <= g - m {
            missed += binomial(m, j) * binomial(g - m, l - j) / binomial(g, l) * pow(1 - Double(j) / Double(l), k)
        }
        return d * (1 - missed)
    }

    /// `n` choose `r` as a Double (small arguments: expert groups).
    static func binomial(_ n: Int, _ r: Int) -> Double {
        guard r >= 0, r <= n else { return 0 }
        var value = 1.0
        for i in 0..<min(r, n - r) { value = value * Double(n - i) / Double(i + 1) }
        return value
    }

    /// Fraction of experts touched (0...1).
    public static func touchedFraction(experts: Int, topK: Int, tokens: Double) -> Double {
        guard experts > 0 else { return 0 }
        return expectedDistinctExperts(experts: experts, topK: topK, tokens: tokens) / Double(experts)
    }
}

