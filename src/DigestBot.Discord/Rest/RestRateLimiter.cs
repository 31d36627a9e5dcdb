using System.Collections.Concurrent;
using DigestBot.Discord.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Shared rate-limit state for all REST calls: buckets learned from <c>X-RateLimit-Bucket</c> per
/// top-level resource, the 50 requests/s global limit, global pauses from a global 429, and a breaker that
/// pauses everything before invalid responses approach Discord's 10,000 per 10 minutes. Callers wait;
/// nothing is dropped.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, IOptions<DiscordOptions> options, ILogger<RestRateLimiter> logger)
{
    public const int GlobalPerSecond = 50;
    public static readonly TimeSpan InvalidWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentSends = new(GlobalPerSecond);
    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _globalPauseUntil = DateTimeOffset.MinValue;

    public TimeProvider Time => time;

    // Interaction routes make a bucket per interaction token; old idle ones are dropped past this many.
    private const int PruneAbove = 5_000;

    public RateLimitBucket BucketFor(RestRoute route)
    {
        if (_buckets.Count > PruneAbove)
        {
            Prune();
        }

        var bucket = _bucketOfRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return _buckets.GetOrAdd($"{bucket}|{route.MajorId}", _ => new RateLimitBucket());
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.ResetAt < now && bucket.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    /// <summary>
    /// Remembers which Discord bucket a route belongs to, so routes sharing a bucket share a queue; the state
    /// just read moves with it, or the next request would start from a blank bucket.
    /// </summary>
    public void LearnBucket(RestRoute route, string hash, RateLimitBucket current)
    {
        _bucketOfRoute.TryAdd(route.Template, hash);
        _buckets.TryAdd($"{hash}|{route.MajorId}", current);
    }

    /// <summary>Whether a global 429 has paused every request right now.</summary>
    public bool PausedGlobally
    {
        get
        {
            lock (_lock)
            {
                return _globalPauseUntil > time.GetUtcNow();
            }
        }
    }

    /// <summary>How long to wait before sending: a global pause, the open breaker, or the 50/s window.</summary>
    public TimeSpan ReserveGlobal(bool countsTowardsGlobal)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var wait = _globalPauseUntil - now;
            var breaker = BreakerWait(now);
            if (breaker > wait)
            {
                wait = breaker;
            }

            if (wait > TimeSpan.Zero || !countsTowardsGlobal)
            {
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            while (_recentSends.Count > 0 && now - _recentSends.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recentSends.Dequeue();
            }

            if (_recentSends.Count >= GlobalPerSecond)
            {
                return _recentSends.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _recentSends.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    public void PauseGlobally(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _globalPauseUntil)
            {
                _globalPauseUntil = until;
            }
        }
    }

    /// <summary>Counts a 401, 403 or (non-shared) 429 towards the invalid-request breaker.</summary>
    public void RecordInvalid()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Trim(now);
            _invalid.Enqueue(now);
            if (_invalid.Count == options.Value.InvalidRequestBudget)
            {
                Log.InvalidRequestBreakerOpen(logger, _invalid.Count, _invalid.Peek() + InvalidWindow - now);
            }
        }
    }

    private TimeSpan BreakerWait(DateTimeOffset now)
    {
        Trim(now);
        return _invalid.Count >= options.Value.InvalidRequestBudget ? _invalid.Peek() + InvalidWindow - now : TimeSpan.Zero;
    }

    private void Trim(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= InvalidWindow)
        {
            _invalid.Dequeue();
        }
    }
}
