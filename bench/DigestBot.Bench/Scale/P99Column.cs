using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DigestBot.Bench.Scale;

/// <summary>
/// The 99th percentile of the measured iterations, next to BenchmarkDotNet's built-in P95 and P100 (it has no P99).
/// Each iteration averages many operations, so this is the tail of iteration means, not of single calls.
/// </summary>
internal sealed class P99Column : IColumn
{
    public static readonly IColumn Instance = new P99Column();

    public string Id => "P99";

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "99th percentile of iteration means";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(99);
        return nanoseconds >= 1_000_000
            ? $"{nanoseconds / 1_000_000:N3} ms"
            : nanoseconds >= 1_000 ? $"{nanoseconds / 1_000:N3} μs" : $"{nanoseconds:N1} ns";
    }
}
