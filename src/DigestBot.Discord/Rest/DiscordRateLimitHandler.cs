using System.Net;
using System.Text.Json;
using DigestBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DigestBot.Discord.Rest;

/// <summary>
/// Sends every Discord REST request through the rate limiter: waits for its bucket and the global window,
/// reads the limit headers, waits out 429s (header or body <c>retry_after</c>) and retries 5xx with backoff.
/// Requests wait in line; none is dropped.
/// </summary>
internal sealed class DiscordRateLimitHandler(RestRateLimiter limiter, ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    private const int MaxServerErrorRetries = 3;

    // A server that keeps answering 429 is not going to let us through; after this many the caller hears of it.
    private const int MaxRateLimitRetries = 10;

    // Cloudflare's IP ban answers 429 with no rate-limit headers and often no retry_after: back off hard.
    private static readonly TimeSpan UnexplainedRateLimitPause = TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RestRoute.Of(request.Method, request.RequestUri!);
        var time = limiter.Time;
        var serverErrors = 0;
        var rateLimits = 0;
        while (true)
        {
            var bucket = limiter.BucketFor(route);
            await bucket.Gate.WaitAsync(cancellationToken);
            HttpResponseMessage response;
            RateLimitHeaders headers;
            try
            {
                await WaitForBucketAsync(bucket, time, cancellationToken);
                await WaitForGlobalAsync(route, time, cancellationToken);
                response = await base.SendAsync(request, cancellationToken);
                headers = RateLimitHeaders.Read(response.Headers);
                Update(route, bucket, headers, time);
            }
            finally
            {
                bucket.Gate.Release();
            }

            var status = (int)response.StatusCode;
            if (status is 401 or 403)
            {
                limiter.RecordInvalid();
                return response;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests && rateLimits++ < MaxRateLimitRetries)
            {
                var delay = await RetryAfterAsync(response, headers, route, bucket, time, cancellationToken);
                response.Dispose();
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            if (status >= 500 && serverErrors < MaxServerErrorRetries)
            {
                serverErrors++;
                var delay = TimeSpan.FromSeconds(Math.Pow(2, serverErrors - 1));
                Log.ServerErrorRetry(logger, status, route.Template, serverErrors, delay);
                response.Dispose();
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            return response;
        }
    }

    private static async Task WaitForBucketAsync(RateLimitBucket bucket, TimeProvider time, CancellationToken cancellationToken)
    {
        if (bucket.Remaining > 0)
        {
            return;
        }

        var wait = bucket.ResetAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task WaitForGlobalAsync(RestRoute route, TimeProvider time, CancellationToken cancellationToken)
    {
        // Loop: after waiting, another request may have taken the freed slot.
        for (var wait = limiter.ReserveGlobal(route.Global); wait > TimeSpan.Zero; wait = limiter.ReserveGlobal(route.Global))
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private void Update(RestRoute route, RateLimitBucket bucket, RateLimitHeaders headers, TimeProvider time)
    {
        if (headers.Bucket is { } hash)
        {
            limiter.LearnBucket(route, hash, bucket);
        }

        if (headers.Remaining is { } remaining)
        {
            bucket.Remaining = remaining;
        }

        if (headers.ResetAfter is { } resetAfter)
        {
            bucket.ResetAt = time.GetUtcNow() + resetAfter;
        }
        else if (bucket.Remaining == 0 && !headers.Any)
        {
            bucket.Remaining = 1;
        }
    }

    private async Task<TimeSpan> RetryAfterAsync(
        HttpResponseMessage response,
        RateLimitHeaders headers,
        RestRoute route,
        RateLimitBucket bucket,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken);
        var global = headers.Global || body?.Global == true;
        var retryAfter = (body?.RetryAfter is { } seconds ? RateLimitHeaders.Seconds(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null)
            ?? headers.RetryAfter
            ?? headers.ResetAfter;

        if (!string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase))
        {
            limiter.RecordInvalid();
        }

        if (retryAfter is null && !headers.Any)
        {
            global = true;
            retryAfter = UnexplainedRateLimitPause;
        }

        var delay = retryAfter ?? TimeSpan.FromSeconds(1);
        Log.RateLimited(logger, route.Template, delay, global);
        if (global)
        {
            limiter.PauseGlobally(delay);
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = time.GetUtcNow() + delay;
        }

        return delay;
    }

    private static async Task<DiscordErrorBody?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            // Cloudflare answers with HTML; the headers (or the default pause) decide then.
            return null;
        }
    }
}
