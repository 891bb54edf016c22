// Temporary entry point until the load benchmark lands.
do { try EvaluationBenchmark.run() } catch { print("error: \(error)") }
