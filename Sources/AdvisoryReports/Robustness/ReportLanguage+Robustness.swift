import AdvisoryCore

/// The words and phrases of the robustness section and of borderline values, in the report's
/// language.
extension ReportLanguage {
    var robustnessHeading: String {
        pick(
            (
                "Robustness under data uncertainty", "Robustesse face à l’incertitude des données",
                "Robustez ante la incertidumbre de los datos"
            ))
    }

    /// A share of the draws: "58.2%" ("58,2 %" in French and Spanish); a whole number without
    /// decimals ("100%", "90%"); "<0.1%" and ">99.9%" for shares that would round to 0 or 100
    /// but are not, so that a rare outcome never reads as none.
    func percent(_ share: Double) -> String {
        let value = share * 100
        let tenths = (value * 10).rounded()
        let text: String
        if value > 0, value < 0.05 {
            text = "<" + fixed(0.1, decimals: 1)
        } else if value < 100, value > 99.95 {
            text = ">" + fixed(99.9, decimals: 1)
        } else if tenths.truncatingRemainder(dividingBy: 10) == 0 {
            text = NumberFormat.fixed(value, decimals: 0)
        } else {
            text = fixed(value, decimals: 1)
        }
        return language == .en ? text + "%" : text + "\u{A0}%"
    }

    /// "10,000" in English, "10 000" in French and Spanish.
    func count(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language == .en ? "," : "\u{A0}" }
            out.append(digit)
        }
        return out
    }

    func stability(_ label: String) -> String {
        label == "stable" ? pick(("Stable", "Stable", "Estable")) : pick(("Fragile", "Fragile", "Frágil"))
    }

    /// What the draws did and what "stable" means.
    func robustnessIntro(_ robustness: Report.Robustness) -> String {
        let draws = count(robustness.draws)
        let values = robustness.values.count
        let threshold = percent(robustness.stableShare)
        if values == 0 {
            return pick(
                (
                    "No value of the profile has a standard error, so all \(draws) draws are the profile as given and every finding is stable.",
                    "Aucune valeur du profil n’a d’erreur type\u{A0}: les \(draws) tirages sont tous le profil tel quel, et chaque constat est stable.",
                    "Ningún valor del perfil tiene error típico: las \(draws) extracciones son todas el perfil tal cual, y cada resultado es estable."
                ))
        }
        return pick(
            (
                "\(draws) draws (seed \(robustness.seed)) over the \(values) value\(values == 1 ? "" : "s") with a standard error: each draw moves every such value by a normal error (clipped to the indicator's range) and keeps every other value as given. A finding is stable when one outcome holds in at least \(threshold) of the draws, else fragile.",
                "\(draws) tirages (graine \(robustness.seed)) sur \(values == 1 ? "la valeur qui a" : "les \(values) valeurs qui ont") une erreur type\u{A0}: chaque tirage déplace chacune d’elles d’une erreur normale (bornée à l’échelle de l’indicateur) et garde les autres valeurs telles quelles. Un constat est stable quand une même issue se produit dans au moins \(threshold) des tirages, sinon fragile.",
                "\(draws) extracciones (semilla \(robustness.seed)) sobre \(values == 1 ? "el valor que tiene" : "los \(values) valores que tienen") error típico: cada extracción desplaza cada uno de ellos con un error normal (acotado a la escala del indicador) y deja los demás valores como están. Un resultado es estable cuando un mismo desenlace se da en al menos el \(threshold) de las extracciones; si no, es frágil."
            ))
    }

    /// "Threats: 5 stable, 2 fragile. Strategies: … Instruments: …".
    func robustnessSummary(_ summary: Report.Robustness.Summary) -> String {
        let (stable, fragile) = (pick(("stable", "stables", "estables")), pick(("fragile", "fragiles", "frágiles")))
        let part = { (name: String, stableCount: Int, fragileCount: Int) in
            "\(name)\(self.colon)\(stableCount) \(stable), \(fragileCount) \(fragile)."
        }
        return [
            part(strings.threats, summary.stableThreats, summary.fragileThreats),
            part(strings.strategies, summary.stableStrategies, summary.fragileStrategies),
            part(strings.instruments, summary.stableInstruments, summary.fragileInstruments),
        ].joined(separator: " ")
    }

    /// "medium 41.8%, high 58.2%".
    func levelShares(_ shares: [Report.Robustness.Share]) -> String {
        shares.map { "\(level($0.outcome).lowercased()) \(percent($0.share))" }.joined(separator: ", ")
    }

    /// "ratify 58.2%, not listed 41.8%".
    func actionShares(_ shares: [Report.Robustness.Share]) -> String {
        shares.map { "\(outcomeLabel($0.outcome).lowercased()) \(percent($0.share))" }.joined(separator: ", ")
    }

    /// An instrument's action, or "Not listed".
    func outcomeLabel(_ outcome: String) -> String {
        outcome == "not_listed" ? pick(("Not listed", "Non retenu", "No incluido")) : action(outcome)
    }

    /// "moved by wgi_regulatory_quality (41.8%)": the values whose error alone changes it.
    func movedBy(_ movers: [Report.Robustness.Mover]) -> String? {
        guard !movers.isEmpty else { return nil }
        return pick(("moved by", "déplacé par", "movido por")) + colon
            + movers.map { "\($0.id) (\(percent($0.share)))" }.joined(separator: ", ")
    }

    /// "rules firing in some draws only: TOC-019 (58.2%)".
    func rulesInPlay(_ rules: [Report.Robustness.Mover]) -> String? {
        guard !rules.isEmpty else { return nil }
        return pick(
            (
                "rules firing in some draws only", "règles déclenchées dans une partie des tirages",
                "reglas activadas solo en parte de las extracciones"
            )) + colon
            + rules.map { "\($0.id) (\(percent($0.share)))" }.joined(separator: ", ")
    }

    /// "TOC-019 hinges on wgi_regulatory_quality <= -1.0: value -1.02, 90% interval -1.333 to
    /// -0.707 (stderr 0.19)".
    func borderline(_ item: Report.Borderline) -> String {
        let interval = "\(plain(item.low)) \(pick(("to", "à", "a"))) \(plain(item.high))"
        return pick(
            (
                "\(item.rule) hinges on \(item.condition): value \(value(item.value)), 90% interval \(interval) (stderr \(plain(item.stderr)))",
                "\(item.rule) dépend de \(item.condition)\u{A0}: valeur \(value(item.value)), intervalle à 90\u{A0}% \(interval) (erreur type \(plain(item.stderr)))",
                "\(item.rule) depende de \(item.condition): valor \(value(item.value)), intervalo al 90\u{A0}% \(interval) (error típico \(plain(item.stderr)))"
            ))
    }

    /// "Robustness: fragile, high in 58.2% of the draws (medium 41.8%, high 58.2%)".
    func stabilityNote(_ threat: Report.Robustness.Threat) -> String {
        let head =
            pick(("Robustness", "Robustesse", "Robustez")) + colon + stability(threat.label).lowercased() + ", "
            + level(threat.level).lowercased() + " " + pick(("in", "dans", "en")) + " " + percent(threat.share) + " "
            + pick(("of the draws", "des tirages", "de las extracciones"))
        return threat.label == "fragile" ? head + " (\(levelShares(threat.levels)))" : head
    }

    /// "90% interval -1.333 to -0.707 (stderr 0.19)".
    func interval(_ uncertainty: LeafUncertainty) -> String {
        pick(("90% interval", "intervalle à 90\u{A0}%", "intervalo al 90\u{A0}%")) + " " + plain(uncertainty.low) + " "
            + pick(("to", "à", "a")) + " " + plain(uncertainty.high) + " ("
            + pick(("stderr", "erreur type", "error típico")) + " " + plain(uncertainty.stderr) + ")"
    }

    /// "fires in 54.1% of the draws (fired as given)".
    func firesShare(_ rule: Report.Robustness.Rule) -> String {
        let given =
            switch rule.result {
            case "fired": pick(("fired as given", "déclenchée telle quelle", "activada tal cual"))
            case "not_fired": pick(("not fired as given", "non déclenchée telle quelle", "no activada tal cual"))
            default: pick(("undecided as given", "indécise telle quelle", "sin decidir tal cual"))
            }
        return pick(("fires in", "se déclenche dans", "se activa en")) + " " + percent(rule.share) + " "
            + pick(("of the draws", "des tirages", "de las extracciones")) + " (\(given))"
    }

    /// A rule's result as given: "fired", "not fired", "undecided".
    func ruleResult(_ result: String) -> String {
        switch result {
        case "fired": pick(("fired", "déclenchée", "activada"))
        case "not_fired": pick(("not fired", "non déclenchée", "no activada"))
        default: pick(("undecided", "indécise", "sin decidir"))
        }
    }

    /// "Robustness (2,000 draws): weak_rule_of_law medium in 89.4% (fragile), organized_crime
    /// high in 100% (stable)": the raised threats, in report order.
    func countryStability(_ robustness: Report.Robustness, raised: [String]) -> String {
        let byID = Dictionary(robustness.threats.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let head =
            pick(("Robustness", "Robustesse", "Robustez")) + " (\(count(robustness.draws)) "
            + pick(("draws", "tirages", "extracciones")) + ")" + colon
        let items = raised.compactMap { byID[$0] }.map { threat in
            "\(threat.id) \(level(threat.level).lowercased()) \(pick(("in", "dans", "en"))) \(percent(threat.share)) (\(stability(threat.label).lowercased()))"
        }
        return head
            + (items.isEmpty
                ? pick(("no threat raised", "aucune menace relevée", "ninguna amenaza"))
                : items.joined(separator: ", "))
    }

    /// "Borderline" as a label.
    var borderlineLabel: String { pick(("Borderline", "Valeur limite", "Valor límite")) }

    /// "-1.02 on a -2.5 to 2.5 scale ± 0.19".
    func valueWithError(_ value: Report.Robustness.UncertainValue) -> String {
        "\(self.value(value.text)) ± \(plain(value.stderr))"
    }

    /// "profile" or "catalog default".
    func origin(_ origin: String) -> String {
        origin == "profile"
            ? pick(("profile", "profil", "perfil"))
            : pick(("catalog default", "valeur par défaut du catalogue", "valor por defecto del catálogo"))
    }
}
