using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>
/// One poll of one feed or page: conditional GET with the stored validators, parse, store (deduplicated),
/// record health, and refresh this instance's snapshot. A failure of any kind becomes the source's last
/// error and pushes its next attempt back exponentially; it never reaches other sources.
/// </summary>
internal sealed partial class SourcePoller(
    WebFetcher fetcher,
    SourceArticleRepository articles,
    SourceStateRepository states,
    StoredArticleSync sync,
    SourceHealth health,
    FirstFetchProgress progress,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    public IReadOnlyList<WebSource> Sources { get; } = WebSource.From(options.Value);

    /// <summary>What the poll job calls: polls unless the source is backing off after failures.</summary>
    public async Task PollIfDueAsync(string sourceKey, CancellationToken cancellationToken)
    {
        var source = Find(sourceKey);
        if (source is null)
        {
            Log.Unknown(logger, sourceKey);
            return;
        }

        var state = await states.GetAsync(source.Key, cancellationToken);

        // The trigger fires every PollInterval; a fire a little before the backoff ends still counts as due.
        if (state.NextAttemptAt is { } next && time.GetUtcNow() + source.PollInterval / 4 < next)
        {
            Log.BackingOff(logger, source.Name, next, state.Failures);
            return;
        }

        await PollAsync(source, cancellationToken);
    }

    public Task PollAsync(string sourceKey, CancellationToken cancellationToken) =>
        PollAsync(Find(sourceKey) ?? throw new ArgumentException($"No configured feed or page has key {sourceKey}.", nameof(sourceKey)), cancellationToken);

    public async Task PollAsync(WebSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var limits = options.Value;
        var state = await states.GetAsync(source.Key, cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            var fetched = await fetcher.FetchAsync(source.Url, state.Validators, cancellationToken);
            var outcome = fetched.NotModified
                ? new ApplyOutcome(0, 0, state.ItemCount, [], state.ItemCount)
                : await articles.ApplyAsync(source.Key, Parse(source, fetched), limits.MaxArticleChars, now, now - limits.Retention, cancellationToken);
            state = state with
            {
                Validators = fetched.Validators,
                LastAttemptAt = now,
                LastSuccessAt = now,
                LastError = outcome.Refused.Count == 0 ? null : string.Join("; ", outcome.Refused.Take(2)) + (outcome.Refused.Count > 2 ? $" (+{outcome.Refused.Count - 2} more)" : ""),
                Failures = 0,
                NextAttemptAt = null,
                ItemCount = outcome.Total,
            };
            Log.Polled(logger, source.Name, fetched.NotModified ? "not modified" : "fetched", outcome.Added, outcome.Updated, outcome.Total);
            await articles.PruneAsync(now - limits.Retention, cancellationToken);
        }
        catch (Exception exception) when (exception is SourceFetchException or ArgumentException or FormatException or InvalidOperationException)
        {
            var failures = state.Failures + 1;
            var next = now + Backoff.After(failures, source.PollInterval, limits.MaxBackoff);
            state = state with { LastAttemptAt = now, LastError = exception.Message, Failures = failures, NextAttemptAt = next };
            Log.Failed(logger, source.Name, exception.Message, failures, next);
        }

        await states.SaveAsync(state, now, cancellationToken);
        health.Set(state);
        if (progress.Polled(source.Key) is { } report)
        {
            Log.Progress(logger, report.Done, report.Total, report.PerSecond);
        }

        await sync.RefreshAsync(cancellationToken);
    }

    private static IReadOnlyList<FetchedItem> Parse(WebSource source, FetchResult fetched) =>
        source.Kind == SourceKind.Feed ? FeedParser.Parse(fetched) : [PageExtractor.Extract(fetched)];

    private WebSource? Find(string sourceKey) => Sources.FirstOrDefault(s => s.Key == sourceKey);

    private static partial class Log
    {
        [LoggerMessage(7001, LogLevel.Information, "Polled {Source}: {Status}, {Added} new, {Updated} edited, {Total} stored")]
        public static partial void Polled(ILogger logger, string source, string status, int added, int updated, int total);

        [LoggerMessage(7002, LogLevel.Warning, "Polling {Source} failed: {Problem} ({Failures} in a row; next try at {Next:u})")]
        public static partial void Failed(ILogger logger, string source, string problem, int failures, DateTimeOffset next);

        [LoggerMessage(7003, LogLevel.Debug, "{Source} is backing off until {Next:u} after {Failures} failures")]
        public static partial void BackingOff(ILogger logger, string source, DateTimeOffset next, int failures);

        [LoggerMessage(7004, LogLevel.Information, "First fetch of sources: {Done}/{Total} done ({PerSecond:F1}/s)")]
        public static partial void Progress(ILogger logger, int done, int total, double perSecond);

        [LoggerMessage(7005, LogLevel.Warning, "A poll job names source {Source}, which is no longer configured; ignored")]
        public static partial void Unknown(ILogger logger, string source);
    }
}
