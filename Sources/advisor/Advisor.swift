import AdvisoryCore
import ArgumentParser

@main
struct Advisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "PolicyAdvisor: a rules-based policy advisory engine for crime prevention and criminal justice.",
        discussion: """
            Rules map a country's context indicators to threats, recommended strategies and relevant \
            international instruments, and say why. Without --rules the bundled default ruleset is used.
            Exit codes: 0 success; 1 validation errors or failing rule tests; 2 bad usage or unreadable/invalid input.
            """,
        version: Engine.version,
        subcommands: [ValidateCommand.self]
    )
}
