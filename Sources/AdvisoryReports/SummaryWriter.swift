import AdvisoryCore

/// The two or three sentences at the top of a report: top threats and first actions (from the
/// action plan, never from id order).
struct SummaryWriter {
    let ruleset: Ruleset

    func summary(_ evaluation: Evaluation, plan: Report.ActionPlan) -> String {
        let country = evaluation.profile.country
        var sentences: [String] = []
        if evaluation.threats.isEmpty {
            sentences.append("No threat is raised for \(country.name) on the data provided.")
        } else {
            let top = evaluation.threats.prefix(2).map { threat in
                let lines = threat.evidence.count
                return
                    "\(threat.title.lowercasedFirst) (\(threat.level), \(NumberFormat.fixed(threat.score, decimals: 2)); \(lines) line\(lines == 1 ? "" : "s") of evidence)"
            }
            let count = evaluation.threats.count
            sentences.append(
                "\(count) threat\(count == 1 ? " is" : "s are") raised for \(country.name); the highest: \(top.joined(separator: " and "))."
            )
        }
        var actions = plan.strategies.prefix(2).map(\.title.lowercasedFirst)
        if let treaty = plan.instruments.first {
            let name = ruleset.instrument(treaty.id)?.displayName ?? treaty.id
            actions.append("\(Self.verb(treaty.action)) the \(name)")
        }
        if !actions.isEmpty { sentences.append("First actions: \(actions.joined(separator: "; ")).") }
        if !evaluation.dataGaps.isEmpty {
            let gaps = evaluation.dataGaps.count
            sentences.append("\(gaps) rule\(gaps == 1 ? "" : "s") could not be decided for lack of data.")
        }
        return sentences.joined(separator: " ")
    }

    /// "sign", "accede to", "ratify", "accept".
    static func verb(_ action: String) -> String {
        action == InstrumentAction.accede.rawValue ? "accede to" : action.replacingOccurrences(of: "_", with: " ")
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
