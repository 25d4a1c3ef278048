import Foundation
import Testing

@Suite("infercap sweep and Ctrl-C")
struct InterruptTests {
    /// Starts a sweep far too large to finish (every chip, every layout up to 4,096 chips),
    /// sends SIGINT after `delay` seconds and collects what it printed.
    static func interruptedSweep(after delay: Double) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["sweep", "--model", "deepseek-r1", "--max-chips", "4096", "--threads", "1", "--format", "json"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        process.interrupt()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            status: process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus)
    }

    @Test("Ctrl-C stops a sweep between deployments: the partial frontier is printed, exit 130")
    func ctrlC() throws {
        // A slow machine may not have evaluated a deployment yet: wait longer and retry.
        var result = try Self.interruptedSweep(after: 3)
        for delay in [5.0, 10.0] where !result.stderr.contains("interrupted: partial frontier") || result.stderr.contains("of 0 evaluated") {
            result = try Self.interruptedSweep(after: delay)
        }
        #expect(result.status == 130, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("interrupted: partial frontier of "), "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["cancelled"] as? Bool == true)
        let deployments = try #require(object["deployments"] as? Int)
        let candidates = try #require(object["candidates"] as? Int)
        #expect(deployments >= 1 && deployments < candidates, "\(deployments) of \(candidates)")
        let frontier = try #require(object["frontier"] as? [[String: Any]])
        #expect(!frontier.isEmpty)
        #expect(frontier.allSatisfy { ($0["tokens_per_second_per_user"] as? Double ?? 0) > 0 })
        #expect(result.stderr.contains("of \(deployments) evaluated deployments (of \(candidates) candidates)"))
    }
}
