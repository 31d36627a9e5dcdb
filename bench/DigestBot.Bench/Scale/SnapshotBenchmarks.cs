using BenchmarkDotNet.Attributes;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Bench.Scale;

/// <summary>Building the snapshot and its indexes from parsed articles: what a reload costs after parsing.</summary>
[MemoryDiagnoser]
[Config(typeof(BuildConfig))]
public class SnapshotBenchmarks
{
    private Article[] _articles = [];

    [Params(1_000, 10_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _articles = ScaleMaterial.Articles(Articles);

    [Benchmark]
    public MaterialSnapshot Build() => MaterialSnapshot.Build(_articles);
}
