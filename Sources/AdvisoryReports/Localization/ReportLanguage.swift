import AdvisoryCore

/// A report's language: its fixed words (``strings``) and the phrases, numbers and dates
/// written around values. English writes exactly what the reports wrote before languages
/// existed (ISO dates, decimal points); French and Spanish use a decimal comma and dates in
/// words.
struct ReportLanguage: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    var strings: ReportStrings {
        switch language {
        case .en: .english
        case .fr: .french
        case .es: .spanish
        }
    }

    // MARK: Numbers and dates

    /// A number with fixed decimals: "0.85" in English, "0,85" in French and Spanish.
    func fixed(_ value: Double, decimals: Int) -> String {
        let text = NumberFormat.fixed(value, decimals: decimals)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// A score with two decimals.
    func score(_ value: Double) -> String { fixed(value, decimals: 2) }

    /// The shortest form of a number ("0.7", "1"), with the language's decimal sign.
    func plain(_ value: Double) -> String {
        let text = NumberFormat.plain(value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// A `YYYY-MM-DD` date: as it is in English, "29 novembre 2026", "29 de noviembre de 2026".
    func date(_ iso: String) -> String {
        guard language != .en, let date = CalendarDate(parsing: iso) else { return iso }
        let months: [String] =
            switch language {
            case .fr:
                [
                    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre",
                ]
            default:
                [
                    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre",
                ]
            }
        let month = months[min(max(date.month, 1), 12) - 1]
        let day = language == .fr && date.day == 1 ? "1er" : String(date.day)
        return language == .fr ? "\(day) \(month) \(date.year)" : "\(day) de \(month) de \(date.year)"
    }

    // MARK: Labels of codes

    /// A threat level's label; a level the ruleset names itself is shown as named.
    func level(_ name: String) -> String {
        let known: [String: (String, String, String)] = [
            "none": ("None", "Aucun", "Ninguno"), "low": ("Low", "Faible", "Bajo"),
            "medium": ("Medium", "Moyen", "Medio"), "high": ("High", "Élevé", "Alto"),
            "critical": ("Critical", "Critique", "Crítico"),
        ]
        guard let labels = known[name] else { return name.capitalizedFirst }
        return pick(labels)
    }

    /// An instrument kind ("treaty", "traité", "tratado").
    func kind(_ kind: String) -> String {
        let known: [String: (String, String, String)] = [
            "treaty": ("treaty", "traité", "tratado"), "protocol": ("protocol", "protocole", "protocolo"),
            "resolution": ("resolution", "résolution", "resolución"), "standard": ("standard", "norme", "norma"),
            "guidance": ("guidance", "orientations", "orientaciones"),
        ]
        return known[kind].map(pick) ?? kind
    }

    /// A State's status towards an instrument, with its year ("party since 2003").
    func status(_ status: String, since: Int?) -> String {
        let known: [String: (String, String, String)] = [
            "party": ("party", "partie", "parte"), "signatory": ("signatory", "signataire", "signatario"),
            "none": ("none", "aucun", "ninguna"), "unknown": ("unknown", "inconnu", "desconocida"),
            "withdrawn": ("withdrawn", "retiré", "retirado"),
        ]
        let label = known[status].map(pick) ?? status
        guard let since else { return label }
        if status == "withdrawn" { return label + " " + pick(("in", "en", "en")) + " \(since)" }
        return label + " " + pick(("since", "depuis", "desde")) + " \(since)"
    }

    /// An action as a label ("Strengthen implementation").
    func action(_ action: String) -> String {
        let known: [String: (String, String, String)] = [
            "sign": ("Sign", "Signer", "Firmar"), "accede": ("Accede", "Adhérer", "Adherirse"),
            "ratify": ("Ratify", "Ratifier", "Ratificar"), "accept": ("Accept", "Accepter", "Aceptar"),
            "strengthen_implementation": (
                "Strengthen implementation", "Renforcer la mise en œuvre", "Reforzar la aplicación"
            ),
            "apply": ("Apply", "Appliquer", "Aplicar"),
            "verify_status": ("Verify status", "Vérifier le statut", "Verificar la situación"),
        ]
        return known[action].map(pick) ?? action.replacingOccurrences(of: "_", with: " ").capitalizedFirst
    }

    /// An action plan step on an instrument: "Ratify the ATT", "Ratifier l’instrument TCA".
    func joinStep(_ action: String, _ name: String) -> String {
        switch language {
        case .en: SummaryWriter.verb(action).capitalizedFirst + " the " + name
        case .fr: self.action(action) + (action == "accede" ? " à l’instrument " : " l’instrument ") + name
        case .es: self.action(action) + (action == "accede" ? " al instrumento " : " el instrumento ") + name
        }
    }

    /// A condition's result ("holds", "does not hold", "unknown").
    func result(_ result: String) -> String {
        switch result {
        case "true": pick(("holds", "vérifiée", "se cumple"))
        case "false": pick(("does not hold", "non vérifiée", "no se cumple"))
        default: pick(("unknown", "inconnue", "desconocida"))
        }
    }

    /// "in force since 2003" or "not yet in force".
    func inForce(year: Int?, notYet: Bool) -> String? {
        if notYet { return pick(("not yet in force", "pas encore en vigueur", "aún no en vigor")) }
        return year.map { pick(("in force since", "en vigueur depuis", "en vigor desde")) + " \($0)" }
    }

    /// "Status towards UNTOC", for the data to collect.
    /// "Rule of Law (estimate), earlier years": what a trend needs of an indicator that has a value.
    func earlierYears(of name: String) -> String {
        name + pick((", earlier years", ", années antérieures", ", años anteriores"))
    }

    func statusTowards(_ name: String) -> String {
        pick(("Status towards ", "Statut à l’égard de ", "Situación respecto de ")) + name
    }

    // MARK: Phrases around values

    /// "3 independent lines of evidence: gti 0.80 (VE-001, VE-002); VE-003 0.50".
    func evidence(_ evidence: [EvidenceGroup]) -> String {
        let lines = evidence.map { group -> String in
            let value = score(group.confidence)
            if group.rules == [group.group] { return "\(group.group) \(value)" }
            return "\(group.group) \(value) (\(group.rules.joined(separator: ", ")))"
        }
        let count = evidence.count
        let head =
            switch language {
            case .en: count == 1 ? "1 line of evidence" : "\(count) independent lines of evidence"
            case .fr: count == 1 ? "1 élément de preuve" : "\(count) éléments de preuve indépendants"
            case .es: count == 1 ? "1 línea de evidencia" : "\(count) líneas de evidencia independientes"
            }
        return head + colon + lines.joined(separator: "; ")
    }

    /// The data sentence of the HTML summary.
    func dataNote(_ data: Report.DataSummary) -> String {
        let total = data.rulesFired + data.rulesNotFired + data.rulesUnknown
        switch language {
        case .en:
            return
                "Data: \(data.indicatorsProvided) of \(data.indicatorsInRuleset) indicators and \(data.instrumentStatusesProvided) of \(data.instrumentsInRuleset) instrument statuses provided. Rules: \(total) evaluated, \(data.rulesFired) fired, \(data.rulesNotFired) not fired, \(data.rulesUnknown) unknown."
        case .fr:
            return
                "Données\(colon)\(data.indicatorsProvided) indicateurs sur \(data.indicatorsInRuleset) et \(data.instrumentStatusesProvided) statuts d’instruments sur \(data.instrumentsInRuleset) fournis. Règles\(colon)\(total) évaluées, \(data.rulesFired) déclenchées, \(data.rulesNotFired) non déclenchées, \(data.rulesUnknown) indécises."
        case .es:
            return
                "Datos: se proporcionaron \(data.indicatorsProvided) de \(data.indicatorsInRuleset) indicadores y \(data.instrumentStatusesProvided) de \(data.instrumentsInRuleset) situaciones respecto de instrumentos. Reglas: \(total) evaluadas, \(data.rulesFired) activadas, \(data.rulesNotFired) no activadas, \(data.rulesUnknown) desconocidas."
        }
    }

    /// The data sentence of the Markdown and Word summaries.
    func dataNoteShort(_ data: Report.DataSummary) -> String {
        switch language {
        case .en:
            return
                "Data: \(data.indicatorsProvided) of \(data.indicatorsInRuleset) indicators and \(data.instrumentStatusesProvided) of \(data.instrumentsInRuleset) instrument statuses provided; rules: \(data.rulesFired) fired, \(data.rulesNotFired) not fired, \(data.rulesUnknown) undecided."
        case .fr:
            return
                "Données\(colon)\(data.indicatorsProvided) indicateurs sur \(data.indicatorsInRuleset) et \(data.instrumentStatusesProvided) statuts d’instruments sur \(data.instrumentsInRuleset) fournis\u{A0}; règles\(colon)\(data.rulesFired) déclenchées, \(data.rulesNotFired) non déclenchées, \(data.rulesUnknown) indécises."
        case .es:
            return
                "Datos: se proporcionaron \(data.indicatorsProvided) de \(data.indicatorsInRuleset) indicadores y \(data.instrumentStatusesProvided) de \(data.instrumentsInRuleset) situaciones respecto de instrumentos; reglas: \(data.rulesFired) activadas, \(data.rulesNotFired) no activadas, \(data.rulesUnknown) sin decidir."
        }
    }

    /// A value quoted from the data ("6.75", "-0.82 (index)") with the language's decimal sign.
    func value(_ text: String) -> String {
        guard language != .en else { return text }
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let between =
                character == "." && index > 0 && index + 1 < characters.count
                && characters[index - 1].isASCII && characters[index - 1].isNumber
                && characters[index + 1].isASCII && characters[index + 1].isNumber
            out.append(between ? "," : character)
        }
        return out
    }

    /// "; " with French spacing.
    var semicolon: String { language == .fr ? "\u{A0}; " : "; " }

    /// ": " with French spacing (a no-break space before the colon).
    var colon: String { language == .fr ? "\u{A0}: " : ": " }

    /// The English, French or Spanish member of a triple.
    func pick(_ texts: (String, String, String)) -> String {
        switch language {
        case .en: texts.0
        case .fr: texts.1
        case .es: texts.2
        }
    }
}
