using DigestBot.Core.Sources;
using DigestBot.Host.Material;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>
/// What /sources and digest footers show: each folder, then each configured feed and page with its status,
/// item count, last success and last error. A web source is unhealthy after
/// <c>Sources:FailuresBeforeUnhealthy</c> failures in a row.
/// </summary>
internal sealed class SourceDirectory(
    IEnumerable<MaterialFolderLoader> folders,
    SourceHealth health,
    IOptions<SourcesOptions> options) : ISourceCatalog
{
    public IReadOnlyList<SourceStatus> Describe()
    {
        var statuses = folders.SelectMany(f => f.Describe()).ToList();
        foreach (var source in WebSource.From(options.Value))
        {
            var state = health.Get(source.Key);
            var error = state.LastError ?? (state.LastAttemptAt is null ? "not fetched yet" : null);
            statuses.Add(new SourceStatus(
                $"{source.Name} ({source.Url})",
                source.KindName,
                state.Failures < options.Value.FailuresBeforeUnhealthy,
                state.ItemCount,
                state.LastSuccessAt,
                error));
        }

        return statuses;
    }
}
