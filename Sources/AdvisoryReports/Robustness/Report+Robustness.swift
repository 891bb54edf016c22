import AdvisoryCore

extension Report {
    /// How the findings hold up under the published uncertainty of the data: the outcome of a
    /// Monte Carlo run (`advisor robustness`, `evaluate --robustness N`) in which every number
    /// with a standard error is drawn again from a normal distribution around it.
    ///
    /// Shares are fractions of the draws (0 to 1). A finding is *stable* when one outcome (a
    /// level; recommended or not; an action, or not listed) holds in at least ``stableShare`` of
    /// the draws, else *fragile*.
    public struct Robustness: Encodable, Sendable {
        public var draws: Int
        public var seed: UInt64
        public var stableShare: Double
        /// Stable and fragile findings counted.
        public var summary: Summary
        /// The values drawn, in catalog order.
        public var values: [UncertainValue]
        /// The threats raised by the profile as given (in report order), then those raised in
        /// some draws only (most often raised first).
        public var threats: [Threat]
        /// Likewise the strategies.
        public var strategies: [Strategy]
        /// The instruments listed for the profile as given (in report order), then those listed
        /// in some draws only.
        public var instruments: [Instrument]
        /// The rules whose result is not the same in every draw, by id.
        public var rules: [Rule]
        /// The uncertain values, the one whose error alone most often changes a threat's level
        /// first; empty when not measured (`advisor batch`).
        public var sensitivity: [Sensitivity]

        public struct Summary: Encodable, Sendable {
            public var stableThreats: Int
            public var fragileThreats: Int
            public var stableStrategies: Int
            public var fragileStrategies: Int
            public var stableInstruments: Int
            public var fragileInstruments: Int
            /// Rules whose result holds in fewer than ``stableShare`` of the draws.
            public var fragileRules: Int
        }

        /// A value with a standard error, and where the error comes from.
        public struct UncertainValue: Encodable, Sendable {
            public var indicator: String
            public var name: String
            public var value: Double
            /// The value with its unit.
            public var text: String
            public var stderr: Double
            /// `profile` (the value's own `stderr`) or `catalog` (the indicator's default).
            public var origin: String
            /// The 90 % interval, value ∓ 1.645 standard errors.
            public var low: Double
            public var high: Double
        }

        /// An outcome and the share of the draws in which it held.
        public struct Share: Encodable, Sendable {
            /// A level name (threats) or an action, `not_listed` for an instrument not listed.
            public var outcome: String
            public var share: Double
        }

        /// An indicator, or a rule, and a share of the draws.
        public struct Mover: Encodable, Sendable {
            public var id: String
            public var share: Double
        }

        public struct Threat: Encodable, Sendable {
            public var id: String
            public var title: String
            /// The level for the profile as given (`none` when it is not raised).
            public var level: String
            /// The share of the draws at that level.
            public var share: Double
            /// `stable` or `fragile`.
            public var label: String
            /// Every level reached, from the lowest, with its share.
            public var levels: [Share]
            /// The uncertain values that alone change its level, and how often (most often first).
            public var movedBy: [Mover]
            /// The rules naming it that fire in some draws but not all, with the share in which
            /// they fire.
            public var rules: [Mover]
            /// The borderline values its rules hinge on: those of its fired rules, then those of
            /// the rules firing in some draws only.
            public var borderline: [Report.Borderline]
        }

        public struct Strategy: Encodable, Sendable {
            public var id: String
            public var title: String
            /// Whether the profile as given recommends it.
            public var recommended: Bool
            /// The share of the draws recommending it.
            public var share: Double
            public var label: String
            public var movedBy: [Mover]
            /// The rules recommending it that fire in some draws but not all.
            public var rules: [Mover]
            public var borderline: [Report.Borderline]
        }

        public struct Instrument: Encodable, Sendable {
            public var id: String
            public var title: String
            /// The action for the profile as given; `not_listed` when it is not listed.
            public var action: String
            /// The share of the draws with that outcome.
            public var share: Double
            public var label: String
            /// Every outcome reached, most frequent first.
            public var actions: [Share]
        }

        /// A rule whose result changes in some draws.
        public struct Rule: Encodable, Sendable {
            public var id: String
            public var title: String?
            /// `fired`, `not_fired` or `unknown` for the profile as given.
            public var result: String
            /// The share of the draws in which it fires.
            public var share: Double
            public var label: String
            /// What it names: threats and strategies.
            public var threats: [String]
            public var strategies: [String]
            /// The uncertain values that alone change its result, most often first.
            public var movedBy: [Mover]
            /// The borderline values its result hinges on.
            public var borderline: [Report.Borderline]
        }

        public struct Sensitivity: Encodable, Sendable {
            public var indicator: String
            public var name: String
            /// The share of the draws in which this value's error alone (every other value as
            /// given) changes the level of at least one threat.
            public var levelChanges: Double
            /// The same for any advice: a threat's level, a strategy recommended or not, an
            /// instrument's action or listing.
            public var adviceChanges: Double
            /// The threats whose level it changes, most often first.
            public var threats: [Mover]
            /// The strategies it adds or removes, most often first.
            public var strategies: [Mover]
            /// The share of the draws in which it alone changes the result of a rule.
            public var ruleChanges: Double
            /// The rules whose result it changes, most often first.
            public var rules: [Mover]
        }
    }
}

extension Report.Robustness {
    /// The section with `f` applied to every text from the ruleset or the profile.
    func mapText(_ f: (String) -> String) -> Report.Robustness {
        var copy = self
        func movers(_ list: [Mover]) -> [Mover] { list.map { Mover(id: f($0.id), share: $0.share) } }
        copy.values = values.map {
            var value = $0
            value.indicator = f($0.indicator)
            value.name = f($0.name)
            value.text = f($0.text)
            return value
        }
        copy.threats = threats.map {
            var threat = $0
            threat.id = f($0.id)
            threat.title = f($0.title)
            threat.level = f($0.level)
            threat.levels = $0.levels.map { Share(outcome: f($0.outcome), share: $0.share) }
            threat.movedBy = movers($0.movedBy)
            threat.rules = movers($0.rules)
            threat.borderline = $0.borderline.map { $0.mapText(f) }
            return threat
        }
        copy.strategies = strategies.map {
            var strategy = $0
            strategy.id = f($0.id)
            strategy.title = f($0.title)
            strategy.movedBy = movers($0.movedBy)
            strategy.rules = movers($0.rules)
            strategy.borderline = $0.borderline.map { $0.mapText(f) }
            return strategy
        }
        copy.instruments = instruments.map {
            var instrument = $0
            instrument.id = f($0.id)
            instrument.title = f($0.title)
            return instrument
        }
        copy.rules = rules.map {
            var rule = $0
            rule.id = f($0.id)
            rule.title = $0.title.map(f)
            rule.threats = $0.threats.map(f)
            rule.strategies = $0.strategies.map(f)
            rule.movedBy = movers($0.movedBy)
            rule.borderline = $0.borderline.map { $0.mapText(f) }
            return rule
        }
        copy.sensitivity = sensitivity.map {
            var entry = $0
            entry.indicator = f($0.indicator)
            entry.name = f($0.name)
            entry.threats = movers($0.threats)
            entry.strategies = movers($0.strategies)
            entry.rules = movers($0.rules)
            return entry
        }
        return copy
    }
}
