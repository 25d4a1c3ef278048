/// Finds the closest known name to a mistyped one (Levenshtein distance, ties to the first).
///
/// A name whose letters and digits all appear, in order, in a candidate's (`llama3-70b` in
/// `llama-3.1-70b`: a left-out minor version or separator) is preferred over one that
/// differs by a changed character (`llama2-70b`) when it is at most one edit further.
public enum NameSuggestion {
    static func closest(to name: String, in candidates: [String]) -> String? {
        let core = alphanumerics(name)
        let contained = candidates.filter { !core.isEmpty && isSubsequence(core, of: alphanumerics($0)) }
        let nearest = closestByDistance(to: name, in: candidates)
        guard let within = closestByDistance(to: name, in: contained) else { return nearest }
        guard let nearest else { return within }
        let target = Array(name.lowercased())
        return editDistance(target, Array(within)) <= editDistance(target, Array(nearest)) + 1 ? within : nearest
    }

    private static func alphanumerics(_ text: String) -> [Character] {
        text.lowercased().filter { $0.isLetter || $0.isNumber }.map { $0 }
    }

    private static func isSubsequence(_ needle: [Character], of haystack: [Character]) -> Bool {
        var index = needle.startIndex
        for character in haystack where index < needle.endIndex && needle[index] == character { index += 1 }
        return index == needle.endIndex
    }

    private static func closestByDistance(to name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        let target = Array(lowered)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate)
            // The distance is at least the difference in length: a candidate that cannot beat
            // the best so far (ties go to the first) is not measured.
            if best == nil || abs(letters.count - target.count) < best!.distance {
                let distance = editDistance(target, letters)
                if best == nil || distance < best!.distance { best = (candidate, distance) }
            }
            if candidate.hasPrefix(lowered) || lowered.hasPrefix(candidate) {
                let prefixDistance = abs(letters.count - target.count) / 2
                if prefixDistance < best!.distance { best = (candidate, prefixDistance) }
            }
        }
        guard let best, best.distance <= max(3, target.count / 2) else { return nil }
        return best.name
    }

    /// Levenshtein distance between two names (insertions, deletions and substitutions of one
    /// character each), for suggesting the closest one.
    public static func editDistance(_ a: String, _ b: String) -> Int { editDistance(Array(a), Array(b)) }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in 1...b.count { previous[j] = j }
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                var cell = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                if previous[j] + 1 < cell { cell = previous[j] + 1 }
                if current[j - 1] + 1 < cell { cell = current[j - 1] + 1 }
                current[j] = cell
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
