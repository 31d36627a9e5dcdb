// Benchmarks: `dotnet run -c Release --project bench/DigestBot.Bench -- --filter '*'` (add `--job short` for a
// quick run). BenchmarkSwitcher finds every benchmark class in this assembly, so new ones need no wiring here.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
