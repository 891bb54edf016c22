import AdvisoryCore

/// The two or three sentences at the top of a report: top threats and first actions (from the
/// action plan, never from id order).
struct SummaryWriter {
    let language: ReportLanguage

    func summary(_ evaluation: Evaluation, threats: [Report.Threat], plan: Report.ActionPlan) -> String {
        let country = evaluation.profile.country.name
        let lang = language.language
        var sentences: [String] = []
        if threats.isEmpty {
            sentences.append(
                language.pick(
                    (
                        "No threat is raised for \(country) on the data provided.",
                        "Aucune menace n’est relevée pour \(country) au vu des données fournies.",
                        "No se detecta ninguna amenaza para \(country) con los datos proporcionados."
                    )))
        } else {
            let top = threats.prefix(2).map { threat in
                let lines = threat.evidence.count
                let level = lang == .en ? threat.level : language.level(threat.level).lowercased()
                let evidence = language.pick(
                    (
                        "\(lines) line\(lines == 1 ? "" : "s") of evidence",
                        "\(lines) élément\(lines == 1 ? "" : "s") de preuve",
                        "\(lines) línea\(lines == 1 ? "" : "s") de evidencia"
                    ))
                let separator = lang == .fr ? "\u{A0}; " : "; "
                return
                    "\(threat.title.lowercasedFirst) (\(level), \(language.score(threat.score))\(separator)\(evidence))"
            }
            let count = threats.count
            let and = language.pick((" and ", " et ", " y "))
            let list = top.joined(separator: and)
            sentences.append(
                language.pick(
                    (
                        "\(count) threat\(count == 1 ? " is" : "s are") raised for \(country); the highest: \(list).",
                        count == 1
                            ? "1 menace est relevée pour \(country)\u{A0}; la plus élevée\u{A0}: \(list)."
                            : "\(count) menaces sont relevées pour \(country)\u{A0}; les plus élevées\u{A0}: \(list).",
                        count == 1
                            ? "Se detecta 1 amenaza para \(country); la más alta: \(list)."
                            : "Se detectan \(count) amenazas para \(country); las más altas: \(list)."
                    )))
        }
        var actions = plan.strategies.prefix(2).map(\.title.lowercasedFirst)
        if let treaty = plan.instruments.first {
            actions.append(language.joinStep(treaty.action, treaty.short ?? treaty.title).lowercasedFirst)
        }
        if !actions.isEmpty {
            let list = actions.joined(separator: lang == .fr ? "\u{A0}; " : "; ")
            sentences.append(
                language.pick(
                    (
                        "First actions: \(list).", "Premières actions\u{A0}: \(list).",
                        "Primeras acciones: \(list)."
                    )))
        }
        if !evaluation.dataGaps.isEmpty {
            let gaps = evaluation.dataGaps.count
            sentences.append(
                language.pick(
                    (
                        "\(gaps) rule\(gaps == 1 ? "" : "s") could not be decided for lack of data.",
                        gaps == 1
                            ? "1 règle n’a pu être tranchée faute de données."
                            : "\(gaps) règles n’ont pu être tranchées faute de données.",
                        gaps == 1
                            ? "1 regla no pudo decidirse por falta de datos."
                            : "\(gaps) reglas no pudieron decidirse por falta de datos."
                    )))
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
