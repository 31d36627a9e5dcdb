using DigestBot.Host.Material;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>Counts web sources through their first poll since start, so starting with many feeds shows progress.</summary>
internal sealed class FirstFetchProgress
{
    private const int ReportAbove = 10;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly LoadProgress _progress;

    public FirstFetchProgress(IOptions<SourcesOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _progress = new LoadProgress(options.Value.Feeds.Count + options.Value.Pages.Count, time, ReportAbove);
    }

    /// <returns>A report to log, when one is due.</returns>
    public (int Done, int Total, double PerSecond)? Polled(string sourceKey)
    {
        lock (_gate)
        {
            return _done.Add(sourceKey) ? _progress.Advance() : null;
        }
    }
}
