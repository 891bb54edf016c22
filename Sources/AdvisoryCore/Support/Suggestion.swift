/// "Did you mean ...?" suggestions: by prefix and by edit distance.
public enum Suggestion {
    /// The candidate `word` most likely stands for, in this order:
    /// 1. a candidate that starts with the word and then a separator (`_`, `.`, `-`): the word is
    ///    its first parts (`gti` → `gti_score`, `basel_aml` → `basel_aml_index`);
    /// 2. the closest by edit distance, when close enough to be a typo: at most max(2, length / 3)
    ///    edits, and fewer edits than the word has characters (so "" or "x" is not "close" to
    ///    every short id);
    /// 3. a candidate that starts with the word (`desc` → `description`).
    /// A prefix counts from 3 characters; among several, the shortest candidate wins, then the
    /// alphabetically first. Letter case is ignored.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let lowered = word.lowercased()
        var boundaryPrefix: String?
        var plainPrefix: String?
        if lowered.count >= 3 {
            for candidate in candidates {
                let text = candidate.lowercased()
                guard text.count > lowered.count, text.hasPrefix(lowered) else { continue }
                let next = text[text.index(text.startIndex, offsetBy: lowered.count)]
                if "_.-".contains(next) {
                    boundaryPrefix = shorter(boundaryPrefix, candidate)
                } else {
                    plainPrefix = shorter(plainPrefix, candidate)
                }
            }
        }
        return boundaryPrefix ?? closestByEdits(to: word, in: candidates) ?? plainPrefix
    }

    /// The shorter of two candidates, then the alphabetically first.
    private static func shorter(_ current: String?, _ candidate: String) -> String {
        guard let current else { return candidate }
        return (candidate.count, candidate) < (current.count, current) ? candidate : current
    }

    private static func closestByEdits<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let limit = min(max(2, word.count / 3), word.count - 1)
        guard limit >= 0 else { return nil }
        // The word is prepared once; a candidate whose length alone is too far is skipped
        // before it is compared (many unknown keys met with one catalog made this quadratic).
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            guard abs(candidate.unicodeScalars.count - target.count) <= limit else { continue }
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            guard distance <= limit else { continue }
            if let current = best, (current.1, current.0) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.0
    }

    /// "did you mean 'x'?" or nil.
    public static func help<S: Sequence>(for word: String, in candidates: S) -> String? where S.Element == String {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
    static func editDistance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        editDistance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: limit)
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
