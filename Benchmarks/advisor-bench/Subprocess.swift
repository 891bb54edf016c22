import Foundation

/// Runs other programs and measures them whole: wall time, CPU time (user + system) and peak
/// resident memory, from `wait4`'s resource usage.
enum Subprocess {
    struct Measurement {
        var wall: Double
        var cpu: Double
        var peakMegabytes: Double
    }

    /// A program in the same folder as this benchmark (the build's products folder).
    static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent(name).path
    }

    /// Runs `program` once with its output discarded; throws when it does not exit 0.
    static func measure(_ program: String, _ arguments: [String]) throws -> Measurement {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = ContinuousClock.now
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            throw BenchmarkError("cannot run \(program)")
        }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchmarkError("wait4 failed for \(program)") }
        let elapsed = ContinuousClock.now - start
        guard status == 0 else {
            throw BenchmarkError("\(program) \(arguments.joined(separator: " ")) exited with status \(status)")
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return Measurement(
            wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// The smallest wall time, CPU time and peak memory over `runs` runs (after one warm-up run):
    /// on a shared machine the minimum is the measurement least disturbed by others.
    static func best(of runs: Int, _ program: String, _ arguments: [String]) throws -> Measurement {
        _ = try measure(program, arguments)
        var best = try measure(program, arguments)
        for _ in 1..<max(1, runs) {
            let next = try measure(program, arguments)
            best.wall = min(best.wall, next.wall)
            best.cpu = min(best.cpu, next.cpu)
            best.peakMegabytes = min(best.peakMegabytes, next.peakMegabytes)
        }
        return best
    }
}
