using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace DigestBot.Bench.Scale;

/// <summary>For operations of seconds (a whole snapshot build): in process, one call per iteration, few iterations.</summary>
internal sealed class BuildConfig : ManualConfig
{
    public BuildConfig() => AddJob(Job.Default
        .WithToolchain(ScaleToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithId("Build"));
}
