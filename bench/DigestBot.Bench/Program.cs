// Benchmarks: `dotnet run -c Release --project bench/DigestBot.Bench -- --filter '*'` (add `--job short` for a
// quick run). BenchmarkSwitcher finds every benchmark class in this assembly, so new ones need no wiring here.
// `generate` and `memory` are plain verbs (corpus writer, memory footprint), not benchmarks.
using BenchmarkDotNet.Running;
using DigestBot.Bench.Corpus;
using DigestBot.Bench.Scale;

switch (args)
{
    case ["generate", .. var rest]:
        return GenerateCommand.Run(rest);
    case ["memory", .. var rest]:
        return MemoryCommand.Run(rest);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
