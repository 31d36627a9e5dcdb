using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace DigestBot.Bench.Scale;

/// <summary>
/// In process (the parsed corpus is shared by all cases, see <see cref="ScaleMaterial"/>), enough iterations for
/// tail percentiles, no forced collection between iterations, and P95/P99/P100 columns.
/// </summary>
internal sealed class ScaleConfig : ManualConfig
{
    public ScaleConfig()
    {
        AddJob(Job.Default
            .WithToolchain(ScaleToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(20)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            // A forced full collection between iterations walks the whole multi-GB corpus: a minute per 100k case.
            .WithGcForce(false)
            .WithId("InProcess"));
        AddColumn(StatisticColumn.P95, P99Column.Instance, StatisticColumn.P100);
    }
}
