import AdvisoryCore

/// The two or three sentences at the top of a report: top threats and first actions.
struct SummaryWriter {
    let ruleset: Ruleset

    func summary(_ evaluation: Evaluation) -> String {
        let country = evaluation.profile.country
        var sentences: [String] = []
        if evaluation.threats.isEmpty {
            sentences.append("No threat is raised for \(country.name) on the data provided.")
        } else {
            let top = evaluation.threats.prefix(2).map {
                "\($0.title.lowercasedFirst) (\($0.level), \(NumberFormat.fixed($0.score, decimals: 2)))"
            }
            let count = evaluation.threats.count
            sentences.append(
                "\(count) threat\(count == 1 ? " is" : "s are") raised for \(country.name); the highest: \(top.joined(separator: " and "))."
            )
        }
        var actions = evaluation.strategies.prefix(2).map(\.title.lowercasedFirst)
        if let treaty = evaluation.instruments.first(where: { $0.action == .accede || $0.action == .ratify }) {
            let name = ruleset.instrument(treaty.id)?.displayName ?? treaty.id
            actions.append("\(treaty.action == .accede ? "accede to" : "ratify") the \(name)")
        }
        if !actions.isEmpty { sentences.append("First actions: \(actions.joined(separator: "; ")).") }
        if !evaluation.dataGaps.isEmpty {
            let gaps = evaluation.dataGaps.count
            sentences.append("\(gaps) rule\(gaps == 1 ? "" : "s") could not be decided for lack of data.")
        }
        return sentences.joined(separator: " ")
    }
}

extension String {
    /// The string with its first letter lowercased, unless it starts an acronym ("UNTOC").
    var lowercasedFirst: String {
        guard let first = first, first.isUppercase else { return self }
        let second = dropFirst().first
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
