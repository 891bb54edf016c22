import AdvisoryCore
import ArgumentParser
import Foundation

@main
struct Advisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advisor",
        abstract: "PolicyAdvisor: a rules-based policy advisory engine for crime prevention and criminal justice.",
        discussion: """
            Rules map a country's context indicators to threats, recommended strategies and relevant \
            international instruments, and say why. Without --rules the bundled default ruleset is used.
            Exit codes: 0 success; 1 validation errors, failing rule tests or changed advice (diff); 2 bad usage or unreadable/invalid input.
            """,
        version: Engine.version,
        subcommands: [
            EvaluateCommand.self, ExplainCommand.self, WhatIfCommand.self, ValidateCommand.self, TestCommand.self,
            BatchCommand.self, RobustnessCommand.self, ListCommand.self, DiffCommand.self, ImportCommand.self,
            NewCommand.self,
        ]
    )

    /// Runs the command, mapping usage errors to exit code 2 as the contract says.
    static func main() {
        // A reader that closes the pipe early (`advisor evaluate ... | head`) makes writes fail
        // with EPIPE, handled by `Terminal.write`, instead of killing the process with a signal.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch let error as InputError {
            Terminal.message("error: \(error.message)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .failure, !(error is ExitCode) {
                // Not a usage error nor a deliberate exit: an input the run could not handle.
                // Exit 1 would claim validation errors or failing tests.
                Terminal.message("error: \(error)")
                Foundation.exit(2)
            }
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Terminal.write(message + "\n", to: .standardOutput) }
                Foundation.exit(0)
            }
            if !message.isEmpty { Terminal.message(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A problem with an input found while running (exit 2, no usage text).
struct InputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
